"""How the checker reads number forms of sources and text (issue 10):

- a day count after a comparison sign ("≤15日", "≥3日") or after 平均 is a duration, not a day of a month;
- a ledger's date column ("03-28", "10-20" under 日期) dates the row's payment, not a range 3–28;
- spaced digit groups ("1 200 000.00") in a table cell or before 元 are one amount;
- a fraction word with its approximation word (超过一半, 接近一半, 略超一半) is read whole, with its direction;
- compound measure words of their trades: 台件 (metrology), 单位 (blood banks).

Units: a county hospital's IT contract ledger, a street office's complaint hotline, a veterinary station, a
sports centre, a blood station, a quality inspection institute.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- durations are no dates ---------------------------------------------------------------------------------

def test_days_after_a_comparison_sign_or_average_are_a_duration():
    got = {m.text: m.kind for m in extract_mentions("热线工单办结时限≤15日，平均办结用时12日，首次响应≥1日，")}
    assert got == {"15日": "count", "12日": "count", "1日": "count"}


def test_days_in_a_list_or_range_of_days_are_still_dates():
    got = {m.text: m.kind for m in extract_mentions("分别于5日、18日开展集中接访，6日至10日完成回访。")}
    assert got == {"5日": "date", "18日": "date", "6日": "date", "10日": "date"}


HOTLINE = SourceText(name="热线自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n"
    "| 工单办结时限 | ≤15日 | 11日 |\n| 群众满意率 | ≥90% | 93.6% |\n"))


def test_a_time_limit_quoted_with_its_sign_is_the_forms_time_limit():
    assert status("工单办结时限目标≤15日，实际平均11日，群众满意率93.6%。", HOTLINE) == {
        "15日": "exact", "11日": "exact", "93.6%": "exact"}


# -- a ledger's dates ---------------------------------------------------------------------------------------

LEDGER_SPACES = SourceText(name="付款台账.txt", text=(
    "某县人民医院2024年信息化建设项目付款台账（单位：元）\n\n"
    "日期      收款单位              内容                  金额\n"
    "02-26     某某软件有限公司      电子病历系统首付款    318,400\n"
    "06-30     某某软件有限公司      电子病历系统进度款    477,600\n"
    "11-18     某某网络科技有限公司  机房改造              265,300\n"
    "合计                                                  1,061,300\n"))

LEDGER_TABS = SourceText(name="付款台账.docx", text=(
    "某镇文化体育中心2024年场馆改造付款台账\n"
    "日期\t收款单位\t内容\t金额（元）\n"
    "4-9\t某某建设工程有限公司\t灯光改造预付款\t126,000\n"
    "10-21\t某某建设工程有限公司\t灯光改造尾款\t84,000\n"
    "合计\t\t\t210,000\n"))


def test_a_zero_padded_month_day_is_a_date_not_a_range():
    m = next(x for x in extract_mentions("02-26     某某软件有限公司      首付款    318,400", source_mode=True)
             if x.start == 0)
    assert (m.text, m.kind, m.date) == ("02-26", "date", (None, 2, 26))
    assert [(x.text, x.kind, x.lo, x.hi) for x in extract_mentions("每组10-20人", source_mode=True)] == [
        ("10-20人", "count", Decimal(10), Decimal(20))]


def test_a_ledger_rows_date_dates_its_payment():
    got = status("电子病历系统合同：2月26日支付首付款318400元，6月30日支付进度款477600元；11月18日完成机房改造付款。",
                 LEDGER_SPACES)
    assert got == {"2月26日": "exact", "318400元": "exact", "6月30日": "exact", "477600元": "exact",
                   "11月18日": "exact"}, got
    assert status("2月28日支付首付款318400元。", LEDGER_SPACES)["2月28日"] == "unsupported"


def test_a_date_column_of_a_tab_ledger_dates_its_rows():
    got = status("灯光改造4月9日预付126000元，10月21日支付尾款84000元。", LEDGER_TABS)
    assert got == {"4月9日": "exact", "126000元": "exact", "10月21日": "exact", "84000元": "exact"}, got
    assert status("灯光改造4月19日预付126000元。", LEDGER_TABS)["4月19日"] == "unsupported"


# -- spaced digit groups ------------------------------------------------------------------------------------

VET = SourceText(name="动物防疫自评表.md", text=(
    "| 项目资金（元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
    "| 年度资金总额 | 1 350 000.00 | 1 350 000.00 | 1 287 640.00 | 95.38% |\n"))

VET_TABS = SourceText(name="动物防疫自评表.docx", text=(
    "资金来源\t年初预算数（元）\t全年执行数（元）\n"
    "年度资金总额\t860 000\t812 450\n"
    "其中：本级财政资金\t600 000\t571 200\n"))


def test_spaced_digit_groups_in_a_table_cell_are_one_amount():
    got = status("全年预算1,350,000元，执行1,287,640元，执行率95.38%，结余62,360元。", VET)
    assert got == {"1,350,000元": "exact", "1,287,640元": "exact", "95.38%": "exact", "62,360元": "derived"}, got
    got = status("年初预算860000元，执行812450元；其中本级财政资金执行571200元。", VET_TABS)
    assert got == {"860000元": "exact", "812450元": "exact", "571200元": "exact"}, got


def test_spaced_groups_before_yuan_in_prose_are_one_amount_and_cells_of_a_spaced_row_stay_apart():
    got = [(m.text, m.value) for m in extract_mentions("全年支付 1 287 640.00 元。", source_mode=True)]
    assert got == [("1 287 640.00 元", Decimal("1287640.00"))]
    # a form copied out of a PDF with one space between its cells: 序号 2, 120 户, 436 人 — three figures
    row = [m.value for m in extract_mentions("2 120 436\n", source_mode=True)]
    assert row == [Decimal(2), Decimal(120), Decimal(436)]


# -- fraction words with their approximation word ---------------------------------------------------------------

def test_a_fraction_word_is_read_with_its_approximation_word():
    got = [(m.text, m.approx) for m in extract_mentions(
        "场馆运维占47.6%，接近一半；人员经费占52.4%，超过一半，略超一半；赛事占50.2%，略超过一半。") if m.unit == "成"]
    assert got == [("接近一半", "≤"), ("超过一半", ">"), ("略超一半", ">"), ("略超过一半", ">")]


SPORTS = SourceText(name="体育中心支出.md", text=(
    "| 支出项目 | 金额（万元） |\n|---|---|\n| 场馆运维 | 95.20 |\n| 赛事活动 | 104.80 |\n| 合计 | 200.00 |\n"))


def test_the_direction_of_a_fraction_word_is_checked():
    assert status("赛事活动104.80万元，占52.40%，超过一半。", SPORTS)["超过一半"] != "unsupported"
    assert status("场馆运维95.20万元，占47.60%，超过一半。", SPORTS)["超过一半"] == "unsupported"


# -- trade measure words ---------------------------------------------------------------------------------

def test_compound_measure_words_of_trades_are_read_whole():
    got = [(m.text, m.unit) for m in extract_mentions("全年采血5216单位，检定计量器具3860台件。")]
    assert got == [("5216单位", "单位"), ("3860台件", "台件")]
    # 单位 after a measure word is the organisations counted: 28个单位
    assert [(m.text, m.unit) for m in extract_mentions("检查28个单位。")] == [("28个", "个")]


BLOOD = SourceText(name="采供血统计.md", text=(
    "| 指标 | 2024年 | 2023年 |\n|---|---|---|\n| 采血量（单位） | 5216 | 4980 |\n"))


def test_a_count_in_blood_units_matches_its_table():
    assert status("全年采血5216单位，比上年增加236单位。", BLOOD) == {"5216单位": "exact", "236单位": "derived"}


SERVICE_TIMES = SourceText(name="政务服务时效.md", text=(
    "| 事项 | 平均办结时间 | 承诺办结时间 |\n|---|---|---|\n| 不动产登记 | 2.5 | 5 |\n| 户籍迁移 | 1.5 | 3 |\n"))


def test_a_time_column_of_durations_holds_figures_not_dates():
    got = status("不动产登记平均办结时间2.5天，户籍迁移1.5天。", SERVICE_TIMES)
    assert got == {"2.5天": "exact", "1.5天": "exact"}, got
