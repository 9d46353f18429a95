"""What a figure counts when the words compare it (issue 10, point 1): a change on last year (比上年减少3起) is no
level the sources state for something else of equal value; the base of a comparison with no subject of its own
(比上年的27分钟) is the last-year figure of the record its sentence has been citing; and a shorter name of the same
item (查处案件 for 查处违法案件) names no other figure — the join of two kept words (处案) is no word of its own."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a change on last year is no level ------------------------------------------------------------------------
# A township fire station: this year's and last year's figures; one change the source states as a change; and
# a part of this year's fires (电气火灾 3起), a level.
FIRE = SourceData(name="消防救援站.yaml", data={
    "单位": "某镇专职消防救援站",
    "年度": 2024,
    "指标": [
        {"名称": "接警出动", "本年": "148次", "较上年增加": "9次"},
        {"名称": "火灾起数", "本年": "9起", "上年": "11起", "其中电气火灾": "3起"},
    ],
})


def test_a_change_on_last_year_equal_to_a_level_of_the_same_item_is_unsupported():
    got = verdicts("火灾起数比上年减少3起。", FIRE)
    assert got["3起"] == "unsupported", got


def test_a_change_on_last_year_the_two_years_give_is_derived():
    got = verdicts("全年发生火灾9起，比上年减少2起。", FIRE)
    assert got["2起"] == "derived", got


def test_a_change_the_source_states_as_a_change_is_exact():
    got = verdicts("接警出动比上年增加9次。", FIRE)
    assert got["9次"] == "exact", got


def test_a_level_stated_as_a_level_still_matches():
    got = verdicts("全年火灾中电气火灾3起。", FIRE)
    assert got["3起"] == "exact", got


# A county library: the level of new books (3.2万册) is no change in loans.
LIBRARY = SourceText(name="图书馆年报.md", text=(
    "# 某县图书馆2024年运行情况\n\n"
    "| 指标 | 2024年 | 2023年 |\n| --- | --- | --- |\n"
    "| 馆藏图书（万册） | 48.6 | 45.1 |\n| 其中新购图书（万册） | 3.2 | 2.9 |\n"))


def test_a_libraries_change_in_holdings_equal_to_its_new_books_is_unsupported():
    got = verdicts("馆藏图书比上年增加3.2万册。", LIBRARY)
    assert got["3.2万册"] == "unsupported", got


# -- 2. the base of a comparison is the cited record's last-year figure ------------------------------------------
# A county hospital's indicators with a 上年实际 column: the base of 比上年的 is the row the sentence cites.
HOSPITAL = SourceText(name="自评表.md", text=(
    "| 指标 | 目标值 | 实际值 | 上年实际 | 分值 | 得分 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 门诊预约候诊时间 | 30分钟以内 | 22分钟 | 27分钟 | 5 | 5 |\n"
    "| 检验报告出具时间 | 40分钟以内 | 31分钟 | 35分钟 | 5 | 5 |\n"))


def test_last_years_figure_of_the_cited_row_is_the_base_of_the_comparison():
    got = verdicts("门诊患者平均候诊22分钟，比“30分钟以内”的要求快8分钟，比上年的27分钟缩短5分钟。", HOSPITAL)
    assert got["27分钟"] == "exact", got


def test_last_years_figure_of_another_row_is_no_base_of_the_cited_rows_comparison():
    got = verdicts("门诊患者平均候诊22分钟，比“30分钟以内”的要求快8分钟，比上年的35分钟缩短13分钟。", HOSPITAL)
    assert got["35分钟"] == "unsupported", got


# A town's service hall: the same shape in days, for another kind of unit.
HALL = SourceText(name="便民服务中心自评表.txt", text=(
    "指标\t目标值\t实际值\t上年实际\n"
    "不动产登记办结时间\t5个工作日以内\t3.5个工作日\t4.2个工作日\n"
    "社保卡补办时间\t3个工作日以内\t1.5个工作日\t2.4个工作日\n"))


def test_last_years_figure_of_a_service_halls_cited_row_is_exact():
    got = verdicts("不动产登记平均3.5个工作日办结，比上年的4.2个工作日缩短0.7个工作日。", HALL)
    assert got["4.2个工作日"] == "exact", got


def test_last_years_figure_of_the_halls_other_row_is_unsupported():
    got = verdicts("不动产登记平均3.5个工作日办结，比上年的2.4个工作日缩短1.1个工作日。", HALL)
    assert got["2.4个工作日"] == "unsupported", got


# -- 3. a shorter name of the same item names no other figure ----------------------------------------------------
# A market-supervision office: the year's indicator, and a log line of the first half with the shorter name.
MARKET_FORM = SourceData(name="自评表.yaml", data={
    "单位": "某区市场监督管理所",
    "年度": 2024,
    "绩效指标": [{"三级指标": "受理消费者来电来访", "年度指标值": "≥100件", "实际完成值": "126件"}],
})
MARKET_LOG = SourceText(name="工作日志.md", text=(
    "# 某区市场监督管理所工作日志\n\n"
    "- 2024-06-30：上半年受理来访 48 件，均已办结。\n"
    "- 2024-07-15：开展夏季食品安全检查。\n"))


def test_a_shorter_name_of_the_indicator_names_no_log_lines_figure():
    got = verdicts("全年受理来访126件，全部按时办结。", MARKET_FORM, MARKET_LOG)
    assert got["126件"] == "exact", got


# A water-supply company's log: a rival that the words name with a word of its own (投诉) still wins.
WATER_FORM = SourceData(name="自评表.yaml", data={
    "单位": "某县供水公司",
    "年度": 2024,
    "绩效指标": [{"三级指标": "受理用户报修", "实际完成值": "312件"}],
})
WATER_LOG = SourceText(name="工作日志.md", text=(
    "# 某县供水公司工作日志\n\n"
    "- 2024-12-31：全年受理用户报修投诉 86 件。\n"))


def test_a_rival_named_with_a_word_of_its_own_still_names_another_figure():
    got = verdicts("全年受理用户报修投诉312件。", WATER_FORM, WATER_LOG)
    assert got["312件"] == "unsupported", got


# -- 4. a clause that names nothing of its own is of the figure just before it -----------------------------------
# A township's rural-road project: a ledger of sections, each with its investment and its share.
ROADS = SourceText(name="农村公路建设台账.txt", text=(
    "某镇2024年农村公路提档升级台账（金额单位：万元）\n"
    "路段      里程（公里）   投资      占比\n"
    "东段      3.2            128.00    40%\n"
    "西段      2.8            112.00    35%\n"
    "南段      2.0            80.00     25%\n"
    "合计      8.0            320.00    100%\n"))


def test_a_share_right_after_a_rows_amount_is_that_rows_share():
    got = verdicts("东段完成投资128万元，占40%。", ROADS)
    assert got["40%"] in ("exact", "derived"), got


def test_another_rows_share_after_a_rows_amount_is_unsupported():
    got = verdicts("东段完成投资128万元，占35%。", ROADS)
    assert got["35%"] == "unsupported", got


# A sports school's form: targets and results as parallel sections with the same field names.
SPORTS_SCHOOL = SourceData(name="体校项目.yaml", data={
    "单位": "某县业余体育学校",
    "年度": 2024,
    "目标": {"暑期训练营培训人数": "≥300人", "基层教练员培训人数": "≥120人"},
    "实际": {"暑期训练营培训人数": "342人", "基层教练员培训人数": "126人"},
})


def test_the_target_quoted_after_a_result_is_the_same_fields_target():
    got = verdicts("暑期训练营共培训342人，完成目标300人的114%。", SPORTS_SCHOOL)
    assert got["300人"] == "exact", got


def test_another_fields_target_quoted_after_a_result_is_unsupported():
    got = verdicts("暑期训练营共培训342人，完成目标120人的285%。", SPORTS_SCHOOL)
    assert got["120人"] == "unsupported", got
