"""A list of dates shares the event its clause names after the last (4月9日、10月15日两次开展联合执法检查): each date is
read as a date of that event, and the count right after the list (两次) — or before a bracket listing
them (两次联席会议（3月12日、9月26日）) — counts the dates listed (issue 10). A count that is not the list's stays
unsupported.

Units of our own: 云岭县散装水泥办公室 (its work log) and 临湘市消费者协会 (its 工作记录).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CEMENT = [SourceText(name="云岭县散装水泥办公室2024年工作日志.md", text=(
    "# 云岭县散装水泥办公室2024年工作日志\n"
    "- 2024-04-09　联合执法检查，检查预拌砂浆站5家。\n"
    "- 2024-06-03　散装水泥宣传周启动。\n"
    "- 2024-10-15　联合执法检查，检查预拌砂浆站7家。\n"))]

CONSUMER = [SourceText(name="临湘市消费者协会2024年工作记录.txt", text=(
    "临湘市消费者协会2024年工作记录\n"
    "3月12日召开消费维权联席会议；6月5日开展食品安全进社区活动；9月26日召开消费维权联席会议。\n"))]


def statuses(text: str, sources: list[SourceText]) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, sources).mentions if m.status != "ignored"]


def test_listed_dates_share_the_event_after_the_list():
    got = dict(statuses("全年于4月9日、10月15日两次开展联合执法检查。", CEMENT))
    assert got["4月9日"] == "exact" and got["10月15日"] == "exact"
    assert got["两次"] in ("exact", "derived")


def test_a_count_of_the_dates_in_the_bracket_after_it():
    got = dict(statuses("全年召开两次消费维权联席会议（3月12日、9月26日）。", CONSUMER))
    assert got["两次"] in ("exact", "derived")
    assert got["3月12日"] == "exact" and got["9月26日"] == "exact"  # the bracket's dates: the event before it
    assert dict(statuses("全年召开三次消费维权联席会议（3月12日、9月26日）。", CONSUMER))["三次"] == "unsupported"


def test_a_count_that_is_not_the_lists_is_unsupported():
    assert dict(statuses("全年于4月9日、10月15日三次开展联合执法检查。", CEMENT))["三次"] == "unsupported"
