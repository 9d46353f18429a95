"""A total of a work log's entries (累计发现隐患43处): the entries each stating the same event (发现设备隐患17处 /
发现隐患11处 …), one per dated line of one log, summed. An entry's words may carry a modifier the others lack (设备);
the entries are the log's lines naming the event, and their sum must equal the figure. A wrong total stays unsupported.

A unit of our own: 兴安盟应急广播运维中心 (its maintenance log); names and figures invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LOG = [SourceText(name="2025年运维日志.md", text=(
    "# 2025年应急广播运维日志\n\n"
    "- 2025-03-20 第一轮巡检结束，发现设备故障14处，当场排除12处。\n"
    "- 2025-06-18 第二轮巡检，发现故障9处，全部排除。\n"
    "- 2025-08-02 更换终端音柱35套。\n"
    "- 2025-09-12 第三轮巡检，发现故障7处，排除7处。\n"
    "- 2025-11-21 第四轮巡检，发现故障5处，排除5处。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text", [
    "全年开展巡检4轮，累计发现故障35处。",
    "全年开展巡检4轮，累计发现设备故障35处。",  # the modifier on the text's side: most entries lack it
])
def test_a_total_of_the_logs_entries_of_one_event_is_their_sum(text):
    got = status(text)
    assert got["35处"] == "derived", got


def test_a_wrong_total_with_the_modifier_stays_unsupported():
    assert status("全年开展巡检4轮，累计发现设备故障36处。")["36处"] == "unsupported"


def test_a_wrong_total_of_the_logs_entries_stays_unsupported():
    assert status("全年开展巡检4轮，累计发现故障53处。")["53处"] == "unsupported"


@pytest.mark.parametrize("text, figure, want", [
    ("第二至四轮发现故障21处，全部排除。", "21处", "derived"),   # 9 + 7 + 5
    ("第一至三轮共发现故障30处。", "30处", "derived"),          # 14 + 9 + 7
    ("第二至四轮发现故障23处，全部排除。", "23处", "unsupported"),
])
def test_a_range_of_numbered_rounds_is_the_sum_of_their_entries(text, figure, want):
    assert status(text)[figure] == want
