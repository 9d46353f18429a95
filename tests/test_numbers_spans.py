"""How far a mention reaches: the words that belong to the figure are part of its span, so a report's
"11月底" or "两成多" is the figure a reader (and a labelled corpus) sees, not a truncated "11月" or "两成"."""

from __future__ import annotations

import pytest

from drafter.numbers import extract_mentions


@pytest.mark.parametrize("text, span, month", [
    ("轮换入库于11月底全部完成", "11月底", 11),
    ("年度审计计划12月末完成", "12月末", 12),
    ("设备更新于9月初完成", "9月初", 9),
    ("改造工程12月中旬完成验收", "12月中旬", 12),
    ("6月上旬开班，10月下旬结业", "6月上旬", 6),
])
def test_a_part_of_a_month_belongs_to_the_month(text, span, month):
    m = extract_mentions(text)[0]
    assert (m.text, m.kind, m.date) == (span, "date", (None, month, None))


def test_a_deadline_keeps_its_before_word_outside_the_month():
    (m,) = extract_mentions("要求6月底前完成")
    assert m.text == "6月底"


def test_a_month_count_is_no_part_of_a_month():
    assert [m.text for m in extract_mentions("用时3个月初步完成")] == ["3个月"]


def test_more_than_a_fraction_in_tenths_is_above_it():
    (m,) = extract_mentions("维权援助案件增长两成多")
    assert (m.text, m.unit, m.approx) == ("两成多", "成", "≥")


def test_most_is_not_more_than():
    assert [m.text for m in extract_mentions("三成多数为小微企业")] == ["三成"]
