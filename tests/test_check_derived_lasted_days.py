"""历时 between two dated events is counted either way in use (issue 10): across the dev corpora "3月6日启动、4月14日
结束，历时40天" counts both ends and "10月20日启动、11月28日完成，历时39天" / "8月4日开排，11月8日首演，历时96天" the days
between — like 工期. Dates joined by 至 (a period: 9月10日至9月25日) still count both ends only, and a count of neither
stays unsupported.

A hybrid rice research centre (塔城), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="工作日志.txt", text=(
    "塔城地区杂交水稻研究中心 2025年工作日志\n2025年9月10日　田间测产启动。\n2025年9月25日　田间测产完成。\n"))


def days(text: str) -> str:
    return next(m.status for m in check(text, [LOG]).mentions if m.text.endswith("天"))


def test_lasted_between_two_events_counts_either_way():
    assert days("田间测产9月10日启动、9月25日完成，历时15天。") == "derived"
    assert days("田间测产9月10日启动、9月25日完成，历时16天。") == "derived"


def test_lasted_over_a_period_joined_by_zhi_counts_both_ends_only():
    assert days("田间测产9月10日至9月25日，历时16天。") == "derived"
    assert days("田间测产9月10日至9月25日，历时15天。") == "unsupported"


def test_lasted_of_neither_count_stays_unsupported():
    assert days("田间测产9月10日启动、9月25日完成，历时18天。") == "unsupported"
