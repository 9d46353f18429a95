"""A multiple of a figure the text stated before (issue 10, point 2): '当天参与读者1,355人次，是场均的9.6倍' is the
figure its sentence states right before it over the figure the words after 是 name (场均), which the text stated
and the checker traced — anywhere before it in the text, at the exact value where the text derived it and rounded
it to write it (16,850 ÷ 120 = 140.4167, written 140.4). A wrong multiple, a base the text never stated, and a
base the checker flagged stay unsupported.

A district library's reading-promotion activities (阅读推广活动): a log with the year's events and one day's.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="阅读活动记录.md", text=(
    "# 2024年阅读推广活动记录\n\n"
    "- 全年举办阅读推广活动120场，参与读者16,850人次。\n"
    "- 4月23日世界读书日当天开展主题活动，参与读者1,355人次。\n"))
YEAR = "全年举办阅读推广活动120场，参与读者16,850人次，场均{}人次。\n\n"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_multiple_of_an_average_the_text_derived_paragraphs_before_is_derived():
    # 1,355 ÷ 140.4167 = 9.6499 → 9.6: at the average's exact value (the written 140.4 would give 9.651 → 9.7)
    text = YEAR.format("140.4") + "读书日活动反响热烈。\n\n世界读书日当天参与读者1,355人次，是场均的9.6倍。"
    got = status(text)
    assert got["140.4人次"] == "derived"
    assert got["9.6倍"] == "derived"


def test_a_wrong_multiple_of_the_stated_average_is_unsupported():
    text = YEAR.format("140.4") + "世界读书日当天参与读者1,355人次，是场均的10.6倍。"
    assert status(text)["10.6倍"] == "unsupported"


def test_a_multiple_of_an_average_the_text_never_stated_is_unsupported():
    text = "全年举办阅读推广活动120场，参与读者16,850人次。世界读书日当天参与读者1,355人次，是日均的9.6倍。"
    assert status(text)["9.6倍"] == "unsupported"


def test_a_multiple_of_an_average_the_checker_flagged_is_unsupported():
    # 150.4 is no 16,850 ÷ 120: flagged, it is no base — 1,355 ÷ 150.4 = 9.0 must not pass by it
    text = YEAR.format("150.4") + "世界读书日当天参与读者1,355人次，是场均的9.0倍。"
    got = status(text)
    assert got["150.4人次"] == "unsupported"
    assert got["9.0倍"] == "unsupported"
