"""A count word of the items its own text lists right before it (A、B、C和D四项支出; 基本支出和项目支出两类): borne out
when the list holds that many items, each a name the sources hold — 和 / 与 / 及 inside a source's own name
(康复理疗设备运维及耗材) join, between two names they separate. A count that is not the list's (四项 for five
listed) stays unsupported. Items no source names are split at every mark, as before; two joined by 和 alone\n(A和B两项) are the sentence's own list of two.

A 疗养院 (职工疗养院) project: its data file and a finance log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

DATA = SourceData(name="疗休养项目自评数据.yaml", data={
    "单位": "滨江市职工疗养院",
    "项目": "职工疗休养服务保障项目",
    "资金": {
        "年初预算": 1026000, "调整后预算": 1080000, "支出": 1026000,
        "来源": [
            {"名称": "市级财政资金", "年初预算": 800000, "调整后预算": 800000, "支出": 781400},
            {"名称": "工会经费补助", "年初预算": 226000, "调整后预算": 280000, "支出": 244600},
        ],
    },
    "支出构成": {
        "疗养床位维护": 412300,
        "膳食保障": 286450,
        "康复理疗设备运维及耗材": 198700,
        "文体活动组织": 75600,
        "安全巡查与消防演练": 52950,
    },
})
LOG = SourceText(name="财务工作记录.md", text="12月31日：全年基本支出执行598.73万元，项目支出执行102.60万元，合计701.33万元。\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA, LOG]).mentions if m.status != "ignored"}


FIVE = "项目用于疗养床位维护、膳食保障、康复理疗设备运维及耗材、文体活动组织和安全巡查与消防演练{}支出。"


def test_a_count_of_the_items_listed_before_it_each_a_source_name_is_borne_out():
    assert status(FIVE.format("五项"))["五项"] != "unsupported"


def test_a_conjunction_inside_a_source_name_does_not_split_it_and_the_count_stays_the_lists():
    assert status(FIVE.format("六项"))["六项"] == "unsupported"  # 及 / 与 inside two names: five items, not seven
    assert status(FIVE.format("七项"))["七项"] == "unsupported"


def test_a_count_short_of_the_list_stays_unsupported():
    assert status(FIVE.format("四项"))["四项"] == "unsupported"


def test_two_source_lines_joined_by_he_are_two_kinds():
    text = "资金来源为市级财政资金和工会经费补助两类，全年执行102.60万元。"
    assert status(text)["两类"] != "unsupported"
    assert status(text.replace("两类", "三类"))["三类"] == "unsupported"


def test_two_blocks_after_words_of_their_own_are_two_kinds():
    text = "2024年部门整体支出包括基本支出和项目支出两类，合计执行701.33万元。"
    assert status(text)["两类"] != "unsupported"
    assert status(text.replace("两类", "三类"))["三类"] == "unsupported"


def test_items_no_source_names_are_counted_as_the_marks_split_them():
    text = "疗养期间组织了读书分享、书法体验和茶艺交流三项活动。"
    assert status(text)["三项"] != "unsupported"
    assert status(text.replace("三项", "四项"))["四项"] == "unsupported"


def test_two_items_joined_by_he_that_no_source_names_are_counted_by_the_sentence_itself():
    # issue 10 §2: a count of the items its own sentence lists is checked against that list (PRECISION16)
    assert status("疗养期间组织了读书分享和茶艺交流两项活动。")["两项"] == "derived"
    assert status("疗养期间组织了读书分享和茶艺交流三项活动。")["三项"] == "unsupported"


FORM = SourceText(name="项目支出绩效自评表.txt", text=(
    "项目资金\t\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t\t102.60\t108.00\t102.60\n"
    "支出明细\t\t支出内容\t\t全年执行数\n"
    "支出明细\t\t疗养床位维护\t\t41.23\n"
    "支出明细\t\t膳食保障\t\t28.65\n"
    "支出明细\t\t康复理疗设备运维\t\t19.87\n"
    "支出明细\t\t文体活动组织\t\t7.56\n"
    "支出明细\t\t安全巡查\t\t3.12\n"
    "支出明细\t\t职工体检\t\t2.17\n"
    "合计\t\t\t\t102.60\n"))


def form_status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_partial_list_counts_the_rows_a_form_lists_under_one_merged_group_cell():
    text = "项目用于疗养床位维护、膳食保障、康复理疗设备运维等六项支出。"
    assert form_status(text)["六项"] != "unsupported"  # 支出明细: six rows, named in the column after the merged cell
    assert form_status(text.replace("六项", "五项"))["五项"] == "unsupported"


def test_a_numeral_after_a_list_as_long_counts_its_items_with_the_noun_after_it_as_measure():
    # 两区 / 三地: no measure word of the lexicon, but the list before it is as long as the numeral says
    log = SourceText(name="服务点建设记录.md", text="3月：滨江区、临湖区职工疗养服务点挂牌运行，全年接待职工2860人次。\n")
    got = {m.text: m.status for m in check("在滨江、临湖两区设立职工疗养服务点。", [log]).mentions}
    assert got.get("两区") == "derived"
    got = {m.text: m.status for m in check("在滨江、临湖三区设立职工疗养服务点。", [log]).mentions}
    assert "三区" not in got and got.get("三") == "ignored"  # a numeral the list does not bear out stays a word
