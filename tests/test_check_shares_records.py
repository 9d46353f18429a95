"""Derivations on one source record (issue 10, points 2 and 3): a rate of the change its own sentence states
(由A调减为B，调整率) is of those two figures, not of the unit's adjusted budget; an approximation word on a rate the
words name (执行率约98%, 比上年增长超过三成) is judged on that record's exact rate, on the side it says; a 结余 or
调增 is of the budget line its sentence names, never of another line the paragraph stated; and a level with no
difference word is no difference of two cells of one ledger row.

Units not in any corpus: a street culture and sports centre (街道文体中心) and a city street-lighting office.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

CENTRE = SourceData(name="文体中心部门整体支出.json", data={
    "单位名称": "某区东湖街道文体中心", "评价年度": 2024, "金额单位": "万元",
    "收支情况": {"年初预算": D("310.00"), "调整预算": D("298.00"), "决算支出": D("289.06"),
                 "预算调整率": "-3.87%"},
    "资金来源": [
        {"名称": "区级财政资金", "年初预算": D("240.00"), "全年预算": D("230.00"), "执行": D("224.02")},
        {"名称": "街道配套资金", "年初预算": D("70.00"), "全年预算": D("68.00"), "执行": D("65.04")}],
    "项目支出明细": [
        {"项目": "文体器材购置", "年初预算": D("60.00"), "全年预算": D("48.00"), "执行": D("46.80")},
        {"项目": "群众文体活动", "年初预算": D("90.00"), "全年预算": D("96.00"), "执行": D("94.56")}],
    "绩效": [{"指标": "全民健身步道", "目标": "≥10公里", "实际": "12.6公里", "上年": "9.4公里"},
             {"指标": "文体活动", "目标": "≥120场", "实际": "131场", "上年": "118场"}]})

# the funds' lines as a ledger keeps them: in 元, with no unit stated (the text writes 万元)
FUNDS = SourceData(name="文体中心资金到位.json", data={"资金来源": [
    {"名称": "区级财政资金", "年初预算": 2400000, "全年预算": 2300000, "执行": 2240200},
    {"名称": "街道配套资金", "年初预算": 700000, "全年预算": 680000, "执行": 650400}]})

LIGHT = SourceData(name="照明管理所项目自评.json", data={
    "单位名称": "某市城市照明管理所", "评价年度": 2024, "金额单位": "万元",
    "项目支出明细": [
        {"项目": "路灯维修养护", "调整预算": D("420.00"), "决算支出": D("412.30")},
        {"项目": "节能改造", "调整预算": D("95.00"), "决算支出": D("92.70")}],
    "绩效": [{"指标": "更换节能灯具", "目标": "≥3000盏", "实际": "3520盏", "上年": "2680盏"}]})

LEDGER = SourceText(name="路灯报修台账.md", text=(
    "# 2024年路灯运维处置台账\n\n"
    "| 片区 | 受理报修 | 按时修复 | 投诉 |\n| --- | --- | --- | --- |\n"
    "| 东片 | 1642 | 1611 | 9 |\n| 西片 | 1297 | 1270 | 7 |\n| 合计 | 2939 | 2881 | 16 |\n"))


def status(text: str, *sources: SourceData | SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_rate_of_the_change_its_sentence_states_is_of_those_two_figures():
    text = "文体器材购置由60.00万元调减为48.00万元，调减12.00万元，调整率-20.00%，执行46.80万元。"
    assert status(text, CENTRE)["-20.00%"] == "derived"  # (48 − 60) ÷ 60, not the unit's 预算调整率
    assert status(text.replace("-20.00%", "-25.00%"), CENTRE)["-25.00%"] == "unsupported"


def test_an_approximate_rate_the_words_name_is_judged_on_the_records_exact_rate():
    got = status("路灯维修养护执行率约98%，节能改造执行率近98%。", LIGHT)
    assert got["约98%"] == "derived"  # 412.30 ÷ 420.00 = 98.17 %
    assert got["近98%"] == "derived"  # 92.70 ÷ 95.00 = 97.58 %: below, as 近 says
    # on the wrong side, or far from it: unsupported
    got = status("节能改造执行率超过98%，路灯维修养护执行率约90%。", LIGHT)
    assert got["超过98%"] == "unsupported"
    assert got["约90%"] == "unsupported"


def test_an_approximate_growth_the_words_name_is_judged_on_the_indicators_two_years():
    assert status("全民健身步道比上年增长超过三成。", CENTRE)["超过三成"] == "derived"  # 12.6 ÷ 9.4 − 1 = 34.0 %
    assert status("全民健身步道比上年增长超过四成。", CENTRE)["超过四成"] == "unsupported"
    assert status("更换节能灯具比上年增长近三成。", LIGHT)["近三成"] == "unsupported"  # 31.3 %: above 三成


def test_a_balance_is_of_the_budget_line_its_sentence_names():
    text = ("区级财政资金全年预算230.00万元，比年初的240.00万元调减10.00万元，执行2,240,200元，结余5.98万元；"
            "街道配套资金全年预算68万元，执行65.04万元。街道配套资金结余{}，调减{}。")
    got = status(text.format("2.96万元", "2.00万元"), FUNDS)
    assert got["2.96万元"] == got["2.00万元"] == "derived"
    # the other line's balance and adjustment, stated of this one: no pair of the other line stands in
    got = status(text.format("5.98万元", "10.00万元"), FUNDS)
    assert got["5.98万元"] == got["10.00万元"] == "unsupported"


def test_a_level_with_no_difference_word_is_no_difference_of_one_rows_cells():
    # 2923 = 2939 − 16 (受理 less 投诉 of the 合计 row): a chance difference, no count of anything
    assert status("全年受理路灯报修2923件，按时修复2881件。", LEDGER)["2923件"] == "unsupported"
    # a difference its words state is still derived
    got = status("全年受理路灯报修2939件，按时修复2881件，未按时修复58件。", LEDGER)
    assert got["58件"] == "derived"


# in 元, as a finance system exports it (the text writes 万元)
FUNDS_LIGHT = SourceData(name="照明管理所项目资金.json", data={
    "金额单位": "元", "资金": {"全年预算": 10250000, "执行": 10000000},
    "资金来源": [{"名称": "市级财政资金", "全年预算": 8000000, "执行": 7760000},
                 {"名称": "上级补助资金", "全年预算": 2250000, "执行": 2240000}]})


def test_a_rate_named_by_its_relation_alone_right_after_a_figure_is_that_figures_rate():
    assert status("项目执行1000.00万元，执行率97.56%。", FUNDS_LIGHT)["97.56%"] == "derived"  # 1000 ÷ 1025
    # 776 ÷ 800 = 97.00 % is a funding line's rate, not the rate of the 1000.00 the sentence just stated
    assert status("项目执行1000.00万元，执行率97.00%。", FUNDS_LIGHT)["97.00%"] == "unsupported"
    # the line's own rate, its words naming it, still derives
    assert status("市级财政资金执行率97.00%。", FUNDS_LIGHT)["97.00%"] == "derived"
