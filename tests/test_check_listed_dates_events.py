"""A list of dates sharing one event (issue 10): 全年于4月9日、10月15日两次开展联合执法检查 — each date is a date of that
event. A date the sources give ANOTHER event (6月3日, the 安全宣传周's) in such a list is no date of it, whether it
comes first or later; a source that lists the dates itself in one sentence under the event named before them
(专项整治分别于5月8日、9月20日开始) gives both to that event, as does a text naming the event before its list.

Units of our own: 南岭市城市客运管理处 (its work log and a summary).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = [
    SourceText(name="南岭市城市客运管理处2024年工作日志.md", text=(
        "# 南岭市城市客运管理处2024年工作日志\n"
        "- 2024-04-09　联合执法检查，检查出租车候客站点12处。\n"
        "- 2024-06-03　公交安全宣传周启动。\n"
        "- 2024-10-15　联合执法检查，检查出租车候客站点15处。\n")),
    SourceText(name="南岭市城市客运管理处2024年工作总结.txt", text=(
        "南岭市城市客运管理处2024年工作总结\n"
        "非法营运专项整治分别于5月8日、9月20日开始，各持续十天。\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


def test_the_lists_dates_of_its_event_are_supported():
    got = status("全年于4月9日、10月15日两次开展联合执法检查。")
    assert got["4月9日"] == "exact" and got["10月15日"] == "exact"


def test_another_events_date_later_in_the_list_is_unsupported():
    got = status("全年于4月9日、6月3日两次开展联合执法检查。")
    assert got["4月9日"] == "exact" and got["6月3日"] == "unsupported"


def test_another_events_date_first_in_the_list_is_unsupported():
    got = status("全年于6月3日、10月15日两次开展联合执法检查。")
    assert got["6月3日"] == "unsupported" and got["10月15日"] == "exact"


def test_a_source_listing_the_dates_under_the_event_before_them():
    got = status("非法营运专项整治分别于5月8日、9月20日开始，各持续十天。")
    assert got["5月8日"] == "exact" and got["9月20日"] == "exact"


def test_the_event_named_before_the_texts_list():
    got = status("联合执法检查分别于4月9日、10月15日开展。")
    assert got["4月9日"] == "exact" and got["10月15日"] == "exact"
    got = status("联合执法检查分别于4月9日、6月3日开展。")
    assert got["6月3日"] == "unsupported"
