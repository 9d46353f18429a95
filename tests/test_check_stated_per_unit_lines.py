"""A cost per unit whose amount the text stated before for the spending line its words or its paragraph's heading
name (issue 10, point 2): '（二）水样检测。全年检测水样1,248份，…，每份平均经费501.04元' is the 执行 of the line the
heading names (水样检测62.53万元, stated in an earlier paragraph) over the count its sentence states; '设备运维方面，
…巡检站点86站次，每站次运维经费…' the line its own words name (运维). Only the line's 执行, stated before. A
measure word of two characters (课时) is the count's, however the words after 每 run on (每课时平均经费). With no
line named at all (每份平均成本), the whole project's spending (全年执行). And with no count in its sentence
(平均每份收费302.0元), the count of its measure word the paragraph before stated, of the level its words name in its
own paragraph.

Every positive case has its negative beside it: another line's money over the count, a wrong cost, the whole
budget.

A county's rural drinking-water quality monitoring (县农村饮水水质监测项目): the form with its spending lines.
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="水质监测项目自评表.yaml", data={
    "项目名称": "2024年县农村饮水水质监测项目",
    "项目资金": {"全年预算": "104.00万元", "全年执行数": "98.53万元"},
    "项目支出明细": [
        {"支出内容": "水样检测", "全年预算": "66.00万元", "执行数": "62.53万元"},
        {"支出内容": "设备运维", "全年预算": "30.00万元", "执行数": "28.16万元"},
        {"支出内容": "技术培训", "全年预算": "8.00万元", "执行数": "7.84万元"}],
    "绩效指标": [
        {"三级指标": "检测水样", "年度指标值": "≥1200份", "实际完成值": "1,248份"},
        {"三级指标": "监测站点巡检", "年度指标值": "≥80站次", "实际完成值": "86站次"},
        {"三级指标": "技术培训课程", "年度指标值": "≥60课时", "实际完成值": "64课时"}],
})
SOURCES = [FORM]

LINES = ("项目支出中，水样检测预算66.00万元，执行62.53万元；设备运维预算30.00万元，执行28.16万元；"
         "技术培训预算8.00万元，执行7.84万元。\n\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_cost_per_unit_is_the_execution_of_the_line_its_heading_names_over_the_count():
    # 625,300 ÷ 1,248 = 501.04
    got = status(LINES + "（二）水样检测。全年检测水样1,248份，完成目标的104.00%，每份平均经费501.04元。")
    assert got["501.04元"] == "derived", got


def test_a_cost_per_unit_from_another_line_than_its_heading_names_is_unsupported():
    # 281,600 ÷ 1,248 = 225.64: 设备运维's money over the samples of 水样检测
    got = status(LINES + "（二）水样检测。全年检测水样1,248份，完成目标的104.00%，每份平均经费225.64元。")
    assert got["225.64元"] == "unsupported", got


def test_a_cost_per_unit_is_the_execution_of_the_line_its_own_words_name():
    # 281,600 ÷ 86 = 3,274.42
    got = status(LINES + "设备维护方面，全年巡检监测站点86站次，每站次运维经费3,274.42元。")
    assert got["3,274.42元"] == "derived", got


def test_a_wrong_cost_per_unit_is_unsupported():
    got = status(LINES + "设备维护方面，全年巡检监测站点86站次，每站次运维经费3,472.42元。")
    assert got["3,472.42元"] == "unsupported", got


def test_a_cost_per_unit_of_a_two_character_measure_word_is_over_that_count():
    # 78,400 ÷ 64 = 1,225.00
    got = status(LINES + "（三）技术培训。全年开设技术培训课程64课时，每课时平均经费1,225.00元。")
    assert got["1,225.00元"] == "derived", got


# -- 每X平均成本, no line named: the whole project's spending ---------------------------------------------------------

WHOLE = "项目全年预算104.00万元，全年执行98.53万元，执行率94.74%。\n\n"


def test_a_cost_per_unit_naming_no_line_is_the_whole_spending_over_the_count():
    # 985,300 ÷ 1,248 = 789.50
    got = status(WHOLE + LINES + "全年检测水样1,248份，完成目标的104.00%，每份平均成本789.50元。")
    assert got["789.50元"] == "derived", got


def test_a_cost_per_unit_naming_no_line_from_the_whole_budget_is_unsupported():
    # 1,040,000 ÷ 1,248 = 833.33: the budget, not the spending
    got = status(WHOLE + LINES + "全年检测水样1,248份，完成目标的104.00%，每份平均成本833.33元。")
    assert got["833.33元"] == "unsupported", got


def test_a_cost_per_unit_is_over_the_level_not_the_gap_stated_right_after_its_target():
    # 超出目标1200份48份: 48 is the gap to the target, no count the cost is per (625,300 ÷ 1,248 = 501.04)
    got = status(LINES + "（二）水样检测。全年检测水样1,248份，超出目标1200份48份，每份平均经费501.04元。")
    assert got["501.04元"] == "derived", got


def test_a_cost_per_unit_over_the_gap_is_unsupported():
    # 625,300 ÷ 48 = 13,027.08
    got = status(LINES + "（二）水样检测。全年检测水样1,248份，超出目标1200份48份，每份平均经费13,027.08元。")
    assert got["13,027.08元"] == "unsupported", got


# -- 平均每份X, no count in its sentence: over the count its paragraph before stated -----------------------------------

RESULTS = SourceData(name="成果统计.yaml", data={"成果": [
    {"指标": "农村水样检测", "完成": "1,248份", "上年完成": "1,130份"},
    {"指标": "检测收费总额", "完成": "37.69万元", "上年完成": "33.12万元"}]})
COUNTED = "全年完成农村水样检测1,248份，比上年的1,130份增加118份。\n\n检测收费总额37.69万元，比上年的33.12万元增加4.57万元。"


def test_an_average_with_no_count_in_its_sentence_is_over_the_count_the_paragraph_before_stated():
    # 376,900 ÷ 1,248 = 302.0
    got = {m.text: m.status for m in check(COUNTED + "平均每份收费302.0元。", [RESULTS]).mentions}
    assert got["302.0元"] == "derived", got


def test_an_average_with_no_count_in_its_sentence_of_last_years_figures_is_unsupported():
    # 331,200 ÷ 1,248 = 265.4 (last year's fees); 376,900 ÷ 1,130 = 333.5 (last year's samples)
    for wrong in ("265.4元", "333.5元"):
        got = {m.text: m.status for m in check(COUNTED + f"平均每份收费{wrong}。", [RESULTS]).mentions}
        assert got[wrong] == "unsupported", got
