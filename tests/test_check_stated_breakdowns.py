"""A breakdown the text states in one sentence (issue 10, point 2): '主体活动分三类共12场：A 3场、…，B 4场、…，C 5场…'
states its sum before the items the colon lists — the sum of those items, each traced; '其余N' after such a sum is
the rest of the whole the breakdown is of — a level of that unit the text stated before the sentence — less the
sum.

Every positive case has its negative beside it: a wrong sum, a flagged item, a wrong rest.

A county senior citizens' university (县老年大学): its form and a record of its courses.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="老年大学项目自评表.yaml", data={
    "项目名称": "2024年县老年大学办学项目",
    "绩效指标": [
        {"三级指标": "开设班级数", "年度指标值": "≥40个", "实际完成值": "46个", "上年实际": "41个"},
        {"三级指标": "在册学员", "年度指标值": "≥1800人", "实际完成值": "2032人"}],
})
RECORD = SourceText(name="教学记录.md", text=(
    "# 2024年教学工作记录\n\n"
    "全年开设班级46个，其中书画类班级9个，声乐类班级11个，健身类班级14个，其余为文史、手工等班级。\n"))
SOURCES = [FORM, RECORD]

HEAD = "全年开设班级46个，较上年的41个增加5个。\n\n"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_sum_before_its_colon_is_the_sum_of_the_items_listed_after_it():
    # 9 + 11 + 14 = 34
    got = status(HEAD + "主干课程分三类共34个班级：书画类9个，声乐类11个，健身类14个。")
    assert got["34个"] == "derived"


def test_a_wrong_sum_before_its_colon_is_unsupported():
    assert status(HEAD + "主干课程分三类共36个班级：书画类9个，声乐类11个，健身类14个。")["36个"] == "unsupported"


def test_a_sum_before_its_colon_with_a_flagged_item_is_unsupported():
    # 声乐类 has 11 classes: the text's 13 is flagged, and 9 + 13 + 14 = 36 adds up to nothing the checker vouches for
    got = status(HEAD + "主干课程分三类共36个班级：书画类9个，声乐类13个，健身类14个。")
    assert got["13个"] == "unsupported"
    assert got["36个"] == "unsupported"


def test_the_rest_after_a_breakdowns_sum_is_the_whole_less_that_sum():
    # 46 − 34 = 12
    got = status(HEAD + "主干课程分三类共34个班级：书画类9个，声乐类11个，健身类14个，其余12个为文史、手工等班级。")
    assert got["34个"] == "derived"
    assert got["12个"] == "derived"


def test_a_wrong_rest_after_a_breakdowns_sum_is_unsupported():
    got = status(HEAD + "主干课程分三类共34个班级：书画类9个，声乐类11个，健身类14个，其余10个为文史、手工等班级。")
    assert got["10个"] == "unsupported"
