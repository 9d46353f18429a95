"""占全年X的 with no 其中 (issue 10, point 2): '全年分两批完成电梯更新86部…。第一批40部；第二批46部，占全年改造电梯数的
53.49%' — the whole the words name is the year's count of what the parts count, which the paragraph stated before
the part's sentence in the part's unit (a level whose words say it is the year's), whatever name the sources give it.

Every positive case has its negative beside it: a share of the target, a share of a flagged year's figure.

A street office (街道办事处), its lift renewal programme: the form names the count otherwise than the text does.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="电梯更新项目自评表.yaml", data={
    "项目名称": "2024年街道既有住宅电梯更新项目",
    "绩效指标": [
        {"三级指标": "既有住宅加装及更新电梯", "年度指标值": "≥80部", "实际完成值": "86部"},
        {"三级指标": "居民满意度", "年度指标值": "≥90%", "实际完成值": "94.5%"}],
})
LOG = SourceText(name="工作记录.md", text=(
    "- 2024-06-28：第一批更新电梯 40 部，完成验收。\n"
    "- 2024-11-30：第二批更新电梯 46 部，完成验收。\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


TEXT = "全年分两批完成电梯更新{}部，完成目标80部的{}。第一批于6月完成40部；第二批46部，占全年改造电梯数的{}。"


def test_a_share_of_the_years_count_the_words_name_is_of_the_years_level_stated_before():
    # 46 ÷ 86 = 53.49 %
    got = status(TEXT.format(86, "107.50%", "53.49%"))
    assert got["53.49%"] == "derived"


def test_a_share_of_the_target_named_as_the_years_count_is_unsupported():
    # 46 ÷ 80 = 57.50 %: the target is no year's count
    assert status(TEXT.format(86, "107.50%", "57.50%"))["57.50%"] == "unsupported"


def test_a_share_of_a_flagged_years_level_is_unsupported():
    # 88 is not the year's count (86): 46 ÷ 88 = 52.27 % leans on a figure the checker flagged
    got = status(TEXT.format(88, "110.00%", "52.27%"))
    assert got["88部"] == "unsupported"
    assert got["52.27%"] == "unsupported"
