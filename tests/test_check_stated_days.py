"""日均 over the days the text or the words fix (issue 10, point 2): '按开放286天计，日均接待1998人次' is the figure its
sentence stated for the period over the day count the sentence states — a figure the checker traced, never one it
flagged; '三季度接待…，日均2300人次' is the quarter's figure over that quarter's days (92 for July–September), not a
year's 365 and not a 90-day quarter. An approximation right after the average restates it. And the last quarter's
figure after a year's is the year's less the figure to date the sources give (前三季度累计), whatever was asked of
that source line before; and a change naming no base right after a quarter's figure is on the quarter before, as
its paragraph stated it.

Every positive case has its negative beside it: no day count stated, a flagged day count, another quarter's length,
a wrong remainder, a quarter before that was never stated, a change the wrong way.

A district fitness centre's swimming hall (区全民健身中心游泳馆), its free-opening programme: the project form and a
work log with two quarters and the figure to date.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="游泳馆免费开放项目自评表.yaml", data={
    "项目名称": "2024年区全民健身中心游泳馆免费开放项目",
    "项目资金": {"全年预算": "120.00万元", "全年执行数": "116.38万元"},
    "绩效指标": [
        {"三级指标": "接待游泳者人次", "年度指标值": "≥50万人次", "实际完成值": "57.14万人次", "上年实际": "52.36万人次"},
        {"三级指标": "免费开放天数", "年度指标值": "≥280天", "实际完成值": "286天"},
        {"三级指标": "水质检测合格率", "年度指标值": "≥98%", "实际完成值": "99.6%"}],
})
LOG = SourceText(name="运行日志.md", text=(
    "# 游泳馆运行日志（2024年）\n\n"
    "- 2024-06-30：二季度接待游泳者 14.56 万人次。\n"
    "- 2024-09-30：三季度接待游泳者 21.16 万人次；前三季度累计接待 48.54 万人次。\n"))
SOURCES = [FORM, LOG]

YEAR = "全年接待游泳者57.14万人次，完成目标50万人次的114.28%，比上年的52.36万人次增加4.78万人次；"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 按N天计，日均: over the days its sentence states ------------------------------------------------------------------

def test_a_daily_average_is_over_the_days_its_sentence_states():
    # 571,400 ÷ 286 = 1997.9 → 1998; 接近2000 restates it from below
    got = status(YEAR + "按开放286天计，日均接待1998人次，接近2000人次。")
    assert got["286天"] == "exact"
    assert got["1998人次"] == "derived"
    assert got["接近2000人次"] == "derived"


def test_a_daily_average_with_no_day_count_stated_is_not_over_the_opening_days():
    # no 按N天计: nothing says the year's figure is over 286 days (over the year's 366 it is 1561)
    assert status("全年接待游泳者57.14万人次；日均接待1998人次。")["1998人次"] == "unsupported"


def test_a_daily_average_over_a_flagged_day_count_is_unsupported():
    # 300天 is not the opening days (286): 571,400 ÷ 300 = 1904.7 leans on a figure the checker flagged
    got = status(YEAR + "按开放300天计，日均接待1905人次。")
    assert got["300天"] == "unsupported"
    assert got["1905人次"] == "unsupported"


# -- 三季度…，日均: over the quarter's days ---------------------------------------------------------------------------

def test_a_quarters_daily_average_is_over_that_quarters_days():
    # 211,600 ÷ 92 (July–September) = 2300; 145,600 ÷ 91 (April–June) = 1600
    got = status("三季度接待游泳者21.16万人次，比二季度增加6.6万人次，日均2300人次；二季度14.56万人次，日均1600人次。")
    assert got["2300人次"] == "derived"
    assert got["1600人次"] == "derived"


def test_a_quarters_daily_average_over_another_length_is_unsupported():
    # 145,600 ÷ 90 = 1617.8: a 90-day quarter, but April–June has 91 days
    assert status("二季度接待游泳者14.56万人次，日均1618人次。")["1618人次"] == "unsupported"


# -- 其中四季度: the year less the figure to date ----------------------------------------------------------------------

def test_the_last_quarter_is_the_year_less_the_figure_to_date():
    # 57.14 − 48.54 = 8.60万; 8.60 ÷ 57.14 = 15.05 %
    got = status(YEAR + "其中四季度接待8.60万人次，占全年的15.05%。")
    assert got["8.60万人次"] == "derived"
    assert got["15.05%"] == "derived"


def test_a_wrong_last_quarter_is_unsupported():
    assert status(YEAR + "其中四季度接待9.60万人次。")["9.60万人次"] == "unsupported"


# -- 三季度…，增长N%: a change naming no base is on the quarter before, as the paragraph stated it -----------------------

def test_a_change_naming_no_base_after_a_quarter_is_on_the_quarter_before():
    # (21.16 − 14.56) ÷ 14.56 = 45.33 %
    got = status("二季度接待游泳者14.56万人次；三季度接待21.16万人次，增长45.33%。")
    assert got["45.33%"] == "derived"


def test_a_change_after_a_quarter_whose_quarter_before_was_never_stated_is_unsupported():
    assert status("三季度接待游泳者21.16万人次，增长45.33%。")["45.33%"] == "unsupported"


def test_a_change_on_the_quarter_before_with_the_wrong_direction_is_unsupported():
    assert status("二季度接待游泳者14.56万人次；三季度接待21.16万人次，下降45.33%。")["45.33%"] == "unsupported"
