"""Counts and wholes a sentence's own list or words fix (issue 10): a count of kinds right after a 、-list
(门诊、住院、体检三类) is the number of items listed; a share of 全部 X is of the 合计 row that X names; an
average is never over a target's count; a figure listed after an average (每场…、…) is of the same breakdown.

A district youth-activity centre (青少年宫): its course table in Markdown and its activity log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

COURSES = SourceText(name="课程开设情况.md", text=(
    "| 序号 | 课程 | 班数 | 参训人数 | 课时费（元） |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 书法 | 6 | 148 | 86,400 |\n| 2 | 舞蹈 | 8 | 212 | 115,200 |\n| 3 | 编程 | 5 | 126 | 90,000 |\n"
    "| | 合计 | 19 | 486 | 291,600 |\n"))
LOG = SourceText(name="青少年宫工作日志.md", text=(
    "- 2024-07-20 暑期公益托管开班，全年共开设托管班32期，服务学生2,560人次。\n"
    "- 2024-12-30 全年开展周末公益讲座46场，听众3,128人次。\n"))
TARGETS = SourceData(name="绩效目标.yaml", data={
    "绩效指标": [{"三级指标": "周末公益讲座", "年度指标值": "≥40场", "实际完成值": "46场"}]})
SOURCES = [COURSES, LOG, TARGETS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_count_of_kinds_right_after_a_list_is_the_number_of_items_listed():
    assert status("开设书法、舞蹈、编程、美术四类课程。")["四类"] == "derived"
    assert status("开设书法、舞蹈、编程、美术五类课程。")["五类"] == "unsupported"


def test_a_share_of_all_of_something_is_of_the_total_row_the_words_name():
    assert status("舞蹈课参训212人，占全部参训学员的43.62%。")["43.62%"] == "derived"  # 212 ÷ 486
    assert status("舞蹈课参训212人，占全部参训学员的45.62%。")["45.62%"] == "unsupported"


def test_an_average_is_never_over_the_count_a_target_sets():
    assert status("周末公益讲座场均听众68人次。")["68人次"] == "derived"  # 3128 ÷ 46
    assert status("周末公益讲座场均听众78.2人次。")["78.2人次"] == "unsupported"  # 3128 ÷ 40, the target


def test_a_figure_listed_after_an_average_is_of_the_same_breakdown():
    # 每班 … 、课时费: 舞蹈's 115,200元 ÷ 8班 of the same line; the 托管班 log's figures are another breakdown
    got = status("舞蹈课开设8班，每班学员26.5人、课时费14400元。")
    assert got["26.5人"] == got["14400元"] == "derived"
    assert status("舞蹈课开设8班，每班学员26.5人、服务学生320人次。")["320人次"] == "unsupported"  # 2560 ÷ 8
