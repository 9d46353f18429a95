"""Days between two dated periods the text told, and the count of those periods (issue 10, precision; dates.py):
"春季班…3月10日至3月14日，共5天；秋季班9月15日开班，两期开班相隔189天" — the second period told by its start alone
still has a start to count to; "相隔189天开班" names the starts after the figure; and "两期" before the gap word counts
the two periods just told. Beside each, the planted error that stays unsupported: one day off, the ends' gap when the
words name the starts, the ends of a period whose end the text never told.

Unit: a news centre (抚州市新闻中心) and its two reporter-training sessions; names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LOG = [SourceText(name="2025年采编培训记录.txt", text=(
    "2025年采编培训记录\n"
    "春季班新闻采编培训3月10日开班，3月14日结业。\n"
    "秋季班新闻采编培训9月15日开班，9月18日结业。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


START_ONLY = "春季班新闻采编培训3月10日至3月14日，共5天；秋季班9月15日开班，两期培训{}相隔{}。"


def test_the_starts_gap_when_the_second_period_is_told_by_its_start():
    got = status(START_ONLY.format("开班", "189天"))
    assert got["189天"] == "derived"  # 3月10日 → 9月15日


@pytest.mark.parametrize("words, days", [("开班", "188天"), ("结业", "189天"), ("结业", "185天")])
def test_a_wrong_count_or_an_end_never_told_stays_unsupported(words, days):
    assert status(START_ONLY.format(words, days))[days] == "unsupported"


BOTH = "春季班新闻采编培训3月10日开班、3月14日结业；秋季班9月15日开班、9月18日结业，两期相隔{}{}。"


def test_the_words_after_the_gap_name_the_ends_it_counts():
    assert status(BOTH.format("189天", "开班"))["189天"] == "derived"  # start → start
    assert status(BOTH.format("188天", "结业"))["188天"] == "derived"  # 3月14日 → 9月18日


@pytest.mark.parametrize("days, words", [("188天", "开班"), ("189天", "结业")])
def test_the_other_ends_gap_stays_unsupported(days, words):
    assert status(BOTH.format(days, words))[days] == "unsupported"


def test_the_count_before_the_gap_word_counts_the_two_periods_told():
    got = status(START_ONLY.format("开班", "189天"))
    assert got["两期"] != "unsupported"
    got = status("春季班新闻采编培训3月10日至3月14日，共5天；秋季班9月15日至9月18日，共4天，两期培训开班相隔189天。")
    assert got["两期"] != "unsupported" and got["189天"] == "derived"


def test_the_words_of_the_next_sentence_name_no_ends():
    got = status(START_ONLY.format("开班", "189天") + "结业考核全部通过。")
    assert got["189天"] == "derived"


STUDIO = [SourceText(name="直播间运行记录.txt", text=(
    "直播间运行记录\n2025-07-18 县融媒体临时直播间启用，至7月28日共直播66场。\n"))]


def test_a_daily_mean_over_a_period_opened_by_its_start_of_use():
    text = "县融媒体临时直播间7月18日启用，至7月28日共直播66场，日均{}。"
    got = {m.text: m.status for m in check(text.format("6场"), STUDIO).mentions}
    assert got["6场"] == "derived"  # 66 ÷ 11 (both days counted)
    got = {m.text: m.status for m in check(text.format("6.6场"), STUDIO).mentions}
    assert got["6.6场"] == "unsupported"  # over 10 days
