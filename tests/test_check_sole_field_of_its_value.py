"""The only figure of its value in the sources, a field of a named record (issue 10): 全年修缮36册 where the form's
古籍修复 indicator states 实际值 36 and no other source figure is 36 — the words (修缮) share no word with the record's
name (古籍修复), yet nothing else in the sources could be the figure, so it is that field, not a coincidence.

Measured on the 30 spent corpora (2cd3ab5 + this session's index changes): of the 43 figures the subject gate refused
as "the value is in the sources, but not as what the text says it counts", 27 are planted errors, none of them the
only figure of its value in a named record's field of the figure's measure; 3 correct figures are (组织结对67对,
完成目标12个, 目标6场: three corpora).

The gate stays closed where the value is also elsewhere in the sources (a log's 36册 too), where the words name another
record (馆藏数字化36册: its record states 1260册), for an approximation, for a field with no measure of its own (a bare
数量: 47 is no 历时47天), and for a gap (比…要求提前18天 where a 确诊时间 field is 18天).

Units of our own: 汾阳市图书馆 (its project form as drafter's input, its work log).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="input.yaml", data={
    "部门名称": "汾阳市图书馆",
    "被评价年度": 2025,
    "表格类型": "部门整体支出",
    "主要任务": [
        {"编号": "任务1", "任务": "古籍保护", "关键指标": [
            {"指标": "古籍修复", "目标值": "≥30册", "实际值": 36, "单位": "册"},
            {"指标": "馆藏数字化", "目标值": "≥1200册", "实际值": 1260, "单位": "册"},
        ]},
        {"编号": "任务2", "任务": "阅读推广", "关键指标": [
            {"指标": "读书讲座", "目标值": "≥40场", "实际值": 46, "单位": "场"},
        ]},
    ],
})

LOG = SourceText(name="工作日志.txt", text="3月5日　接收社会捐赠线装书36册，登记入藏。\n")


def status_of(text: str, figure: str, sources: list) -> str:
    return next(m.status for m in check(text, sources).mentions if m.text == figure)


def test_the_sole_figure_of_its_value_in_a_named_field_is_that_field():
    assert status_of("馆内全年修缮36册，均达到修复标准。", "36册", [FORM]) == "exact"


def test_a_value_also_elsewhere_in_the_sources_stays_unsupported():
    assert status_of("馆内全年修缮36册，均达到修复标准。", "36册", [FORM, LOG]) == "unsupported"


def test_words_naming_another_record_stay_unsupported():
    assert status_of("馆藏数字化36册，全部上线。", "36册", [FORM]) == "unsupported"


def test_a_gap_is_no_field_of_its_value():
    form = SourceData(name="input.yaml", data={"部门名称": "汾阳市图书馆", "被评价年度": 2025, "主要任务": [
        {"任务": "读者服务", "关键指标": [{"指标": "古籍查阅预约办结时间", "目标值": "≤20天", "实际值": "18天"}]}]})
    got = [m for m in check("数字阅读平台6月12日上线，比6月30日前的要求提前18天。", [form]).mentions if m.text == "18天"]
    assert got and got[0].status != "exact"
