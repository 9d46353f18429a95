"""A works' duration (工期) between the start and end dates its sentence states (issue 10, precision; told.told_days):
writers count 工期 both ways — the days between the dates (4月7日开工、6月18日完工，工期72天) or both ends (73天) — and
both are the duration of those dates; a count of neither stays unsupported.

A unit of our own: 临川市停车管理中心 (a parking platform's second phase); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = [SourceText(name="停车管理中心工作记录.txt", text=(
    "临川市停车管理中心 2025年工作记录（节选）\n"
    "2025-04-07  智慧停车平台二期开工。\n"
    "2025-06-18  智慧停车平台二期完工验收。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


def test_a_works_duration_counts_the_days_between_its_dates_or_both_ends():
    text = "智慧停车平台二期于4月7日开工、6月18日完工，工期{}。"
    assert status(text.format("72天"))["72天"] == "derived"  # the days between
    assert status(text.format("73天"))["73天"] == "derived"  # both ends counted
    assert status(text.format("75天"))["75天"] == "unsupported"
    assert status(text.format("70天"))["70天"] == "unsupported"
