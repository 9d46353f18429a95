"""A span of dates is one event (issue 10, point 5): the date that closes a span (自A至B, A启动…至B结束) is the date of
the event its opening date names, so the text may state either end; a date of another event is still not it. And the
year a date writes (自2023年11月1日) is that date's own, no year of the figures after it: a season over the year's end
does not make the next year's figures last year's."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A youth activity centre's log: a summer day-care programme opened on one date and closed on another.
CENTRE_LOG = SourceText(name="青少年活动中心工作日志.md", text=(
    "# 某区青少年活动中心2024年工作日志\n\n"
    "- 2024年7月8日：启动“七彩假期”暑期托管服务，至8月16日结束。托管期间服务学生1260人次。\n"
    "- 2024年9月20日：完成秋季兴趣班招生，录取学员860人。\n"))


def test_the_closing_date_of_a_span_is_the_date_of_the_event_it_closes():
    got = verdicts("“七彩假期”暑期托管服务自7月8日至8月16日，服务学生1260人次。", CENTRE_LOG)
    assert got == {"7月8日": "exact", "8月16日": "exact", "1260人次": "exact"}, got


def test_a_closing_date_the_source_never_states_is_unsupported():
    got = verdicts("“七彩假期”暑期托管服务自7月8日至8月20日。", CENTRE_LOG)
    assert got["8月20日"] == "unsupported", got


def test_a_date_of_another_event_is_still_not_the_spans():
    got = verdicts("秋季兴趣班招生于8月16日完成。", CENTRE_LOG)
    assert got["8月16日"] == "unsupported", got


# A district heating office's statistics of a season over the year's end, its span in a note under the table.
HEATING_OFFICE = SourceText(name="供热办采暖季统计.txt", text=(
    "某区供热办2024年采暖季运行统计\n"
    "街道\t供热面积\t室温抽测\t供热投诉\n"
    "单位\t万平方米\t户次\t件\n"
    "东关街道\t412\t1,260\t186\n"
    "西关街道\t388\t1,140\t164\n"
    "合计\t800\t2,400\t350\n"
    "注：采暖季自2023年11月15日至2024年3月15日。\n"))


def test_both_ends_of_a_season_in_a_table_note_are_its_dates():
    got = verdicts("本采暖季自11月15日起至3月15日止，室温抽测2400户次，受理供热投诉350件。", HEATING_OFFICE)
    assert got == {"11月15日": "exact", "3月15日": "exact", "2400户次": "exact", "350件": "exact"}, got


def test_a_figure_after_a_dates_year_is_no_figure_of_that_year():
    got = verdicts("2023年11月15日至2024年3月15日采暖季，全区受理供热投诉350件。", HEATING_OFFICE)
    assert got["350件"] == "exact", got
