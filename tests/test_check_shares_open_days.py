"""A daily average of a year's figure is over the days the sources state the unit was open that year (issue 10):
"全年接待读者41.7万人次，日均1399.33人次" where the library's form notes 全年开馆298天 — 417000 ÷ 298; the calendar's
365 days stand in only where the sources state no such days (then 417000 ÷ 365 = 1142.47 is borne out).

A county library (a form with its note) and, for the calendar case, the same form without the note.
"""

from __future__ import annotations

from drafter.check import SourceText, check

TABLE = ("# 2024年度公共图书馆免费开放项目支出绩效自评表（某县图书馆）\n\n"
         "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
         "| 到馆读者 | ≥38万人次 | 41.7万人次 |\n| 新增馆藏图书 | ≥1.2万册 | 1.35万册 |\n")
WITH_NOTE = SourceText(name="自评表.md", text=TABLE + "\n注：全年开馆298天（每周一闭馆，春节闭馆）。\n")
WITHOUT = SourceText(name="自评表.md", text=TABLE)


def status(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_daily_average_is_over_the_open_days_the_sources_state():
    assert status("全年到馆读者41.7万人次，日均1399.33人次。", WITH_NOTE)["1399.33人次"] == "derived"  # ÷ 298


def test_over_the_calendars_days_it_stays_unsupported_where_the_sources_state_open_days():
    # 417000 ÷ 366 (2024) = 1139.34: the library was open 298 days
    assert status("全年到馆读者41.7万人次，日均1139.34人次。", WITH_NOTE)["1139.34人次"] == "unsupported"


def test_without_open_days_in_the_sources_the_calendars_days_stand_in():
    assert status("全年到馆读者41.7万人次，日均1139.34人次。", WITHOUT)["1139.34人次"] == "derived"
