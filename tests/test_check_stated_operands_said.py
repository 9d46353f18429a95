"""Operands the TEXT states (issue 10, point 2; CHECKER.md principle 2): a figure the checker traced — found in the
sources or derived from them — is an operand of the figures after it that its words relate to it:

- the days of a span the text derived from its two dates (自3月4日至5月17日，历时75天) are what a daily average
  after it is over, in its sentence or a later one of its paragraph — never in another paragraph;
- a span's two dates whose own words open and close it (7月15日开班…至8月9日结班, 于9月2日开工…至11月14日完工)
  count both ends, as 自…至 does, even with a clause between them;
- a daily average over the days its sentence states is of the level the paragraph stated before for what the
  average's words count (全年扫描档案6.45万页…，日均扫描), never of a quantity they do not name;
- a budget line's 执行率 right after its 预算 and 决算 in the same clause is the one over the other;
- 三馆合计 sums the last three figures of its measure the sentence listed, whatever noun counts them;
- 合格率 right after 其中不合格N is the rest of the whole the 其中 hangs on, over that whole.

Every positive case has its negative beside it: the wrong day count, the wrong paragraph, the wrong line's budget, a
wrong sum, the wrong complement. A city archives (市档案馆), never a unit of a corpus.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="档案馆项目自评表.json", data={
    "项目名称": "2024年馆藏档案数字化及征集项目",
    "金额单位": "万元",
    "项目资金": {
        "档案数字化加工": {"调整后预算": 86.00, "决算数": 82.13},
        "档案征集": {"调整后预算": 48.00, "决算数": 44.87},
    },
    "指标": [
        {"名称": "扫描档案页数", "目标值": "≥6万页", "完成值": "6.45万页", "上年完成": "5.80万页"},
        {"名称": "数字化成果抽检", "目标值": "≥1000卷", "完成值": "1250卷"},
    ],
})
LOG = SourceText(name="数字化工作记录.md", text=(
    "# 2024年馆藏档案数字化工作记录\n\n"
    "## 2024-03-04\n第一批档案数字化集中加工启动。\n\n"
    "## 2024-05-17\n第一批集中加工结束，共扫描档案6.45万页。\n\n"
    "## 2024-07-15\n档案利用暑期讲解班开班。\n\n"
    "## 2024-08-09\n暑期讲解班结班。\n\n"
    "## 2024-09-02\n库房恒温恒湿改造开工。\n\n"
    "## 2024-11-14\n库房恒温恒湿改造完工。\n\n"
    "## 2024-12-10\n数字化成果抽检1250卷，其中不合格15卷，已返工。\n"))
BRANCHES = SourceText(name="分馆接收档案统计.md", text=(
    "# 2024年各分馆接收进馆档案\n\n"
    "| 分馆 | 接收档案（卷） |\n|---|---|\n"
    "| 城东分馆 | 2140 |\n| 城西分馆 | 1860 |\n| 城北分馆 | 1520 |\n| 城南分馆 | 980 |\n| 合计 | 6500 |\n"))
SOURCES = [FORM, LOG, BRANCHES]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- the days of a span the text derived, as an average's operand


def test_a_daily_average_is_over_the_days_of_the_span_its_sentence_derived():
    # 3月4日 through 5月17日 is 75 days; 64,500 ÷ 75 = 860.00
    got = status("第一批档案自3月4日至5月17日集中加工，历时75天，扫描档案6.45万页，日均扫描860.00页。")
    assert got["75天"] == "derived"
    assert got["860.00页"] == "derived"


def test_a_daily_average_over_a_day_less_than_the_span_is_unsupported():
    # 64,500 ÷ 74 = 871.62: the days between the dates, not through the last one
    got = status("第一批档案自3月4日至5月17日集中加工，历时75天，扫描档案6.45万页，日均扫描871.62页。")
    assert got["871.62页"] == "unsupported"


def test_a_daily_average_is_over_the_days_an_earlier_sentence_of_its_paragraph_states():
    got = status("第一批档案自3月4日至5月17日集中加工，共75天。期间扫描档案6.45万页，日均860.00页。")
    assert got["860.00页"] == "derived"


def test_a_daily_average_is_not_over_the_days_another_paragraph_states():
    got = status("第一批档案自3月4日至5月17日集中加工，共75天。\n\n全年扫描档案6.45万页，日均860.00页。")
    assert got["860.00页"] == "unsupported"


# -- the days of a span whose dates' own words open and close it


def test_a_span_its_dates_open_and_close_counts_both_ends():
    # 7月15日 through 8月9日: 17 + 9 = 26 days
    assert status("暑期讲解班自7月15日开班至8月9日结班，共26天。")["26天"] == "derived"


def test_the_days_between_the_dates_of_a_span_they_open_and_close_are_unsupported():
    assert status("暑期讲解班自7月15日开班至8月9日结班，共25天。")["25天"] == "unsupported"


def test_a_span_opened_and_closed_with_a_clause_between_counts_both_ends():
    # 9月2日 through 11月14日: 29 + 31 + 14 = 74 days
    got = status("库房恒温恒湿改造于9月2日开工，施工单位分区连续作业，至11月14日完工，工期74天。")
    assert got["74天"] == "derived"


def test_a_works_duration_of_neither_count_of_its_span_is_unsupported():
    # 工期 is counted either way in use (the days between, 73, or both ends, 74: test_check_derive_works_duration) —
    # a count of neither is no duration of the span
    got = status("库房恒温恒湿改造于9月2日开工，施工单位分区连续作业，至11月14日完工，工期72天。")
    assert got["72天"] == "unsupported"


# -- a daily average of a level its paragraph stated before, over the days its sentence states


def test_a_daily_average_is_of_the_level_an_earlier_sentence_states_for_what_it_counts():
    got = status("全年扫描档案6.45万页，完成目标的107.50%。集中加工期自3月4日至5月17日，共75天，日均扫描860.00页。")
    assert got["860.00页"] == "derived"


def test_a_daily_average_of_what_no_earlier_figure_counts_is_unsupported():
    # 修裱 is no 扫描: the paragraph's 6.45万页 is not what the average is of
    got = status("全年扫描档案6.45万页，完成目标的107.50%。集中加工期自3月4日至5月17日，共75天，日均修裱860.00页。")
    assert got["860.00页"] == "unsupported"


# -- a budget line's execution rate after its 预算 and 决算


def test_a_lines_execution_rate_is_its_final_accounts_over_the_budget_its_clause_states():
    # 44.87 ÷ 48.00 = 93.48 %
    got = status("档案征集调整后预算48.00万元，决算44.87万元，执行率93.48%，结余3.13万元。")
    assert got["93.48%"] == "derived"
    got = status("档案征集预算48.00万元，决算44.87万元，执行率93.48%。")
    assert got["93.48%"] == "derived"


def test_a_lines_execution_rate_over_another_lines_budget_is_unsupported():
    # 44.87 ÷ 86.00 = 52.17 %: the digitisation line's budget, not the collection line's
    got = status("档案征集调整后预算48.00万元，决算44.87万元，执行率52.17%。")
    assert got["52.17%"] == "unsupported"
    assert status("档案征集预算48.00万元，决算44.87万元，执行率94.48%。")["94.48%"] == "unsupported"


# -- a sum its words count by the noun of its items


def test_a_sum_of_three_named_branches_adds_the_three_figures_listed_before_it():
    got = status("分馆看，城东分馆接收档案2,140卷，城西分馆1,860卷，城北分馆1,520卷，三馆合计5,520卷。")
    assert got["5,520卷"] == "derived"


def test_a_wrong_sum_of_three_named_branches_is_unsupported():
    got = status("分馆看，城东分馆接收档案2,140卷，城西分馆1,860卷，城北分馆1,520卷，三馆合计5,620卷。")
    assert got["5,620卷"] == "unsupported"


# -- a pass rate after the failed part of a whole


def test_a_pass_rate_after_the_failed_part_is_the_rest_of_the_whole_over_it():
    # 1 − 15 ÷ 1,250 = 98.80 %
    got = status("全年抽检数字化成果1,250卷，其中不合格15卷，合格率98.80%。")
    assert got["98.80%"] == "derived"


def test_a_pass_rate_that_is_not_the_rest_of_the_whole_is_unsupported():
    # 15 ÷ 1,250 = 1.20 % is the failure rate; 98.50 % is neither
    got = status("全年抽检数字化成果1,250卷，其中不合格15卷，合格率98.50%。")
    assert got["98.50%"] == "unsupported"
    assert status("全年抽检数字化成果1,250卷，其中不合格15卷，合格率1.20%。")["1.20%"] == "unsupported"
