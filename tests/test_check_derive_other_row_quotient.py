"""Another named row's per-unit, compared right after a row's per-unit (城西片区每次110.21元，仅高于城东片区的
106.80元): the same two columns of the row the clause names (issue 10, precision; rows.other_row_quotient). Another
row's value given to the named one stays unsupported.

A unit of our own: 临川市停车管理中心 (patrols and their money by district); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

DISTRICTS = [SourceText(name="停车管理中心分片区巡查.txt", text=(
    "临川市停车管理中心 2025年违停劝导巡查分片区统计\n"
    "片区\t巡查次数(次)\t巡查经费(元)\n"
    "城东片区\t1426\t152,300\n"
    "城西片区\t1102\t121,450\n"
    "城南片区\t1334\t139,870\n"
    "合计\t3862\t413,620\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, DISTRICTS).mentions if m.status != "ignored"}


def test_another_named_rows_per_unit_is_over_its_own_row():
    text = "城西片区每次110.21元，仅高于城东片区的{}。"
    assert status(text.format("106.80元"))["106.80元"] == "derived"  # 152,300 ÷ 1426
    assert status(text.format("104.85元"))["104.85元"] == "unsupported"  # 城南's per-unit given to 城东


def test_the_gap_of_two_named_rows_per_unit_is_the_first_less_the_second():
    text = "问题：片区间巡查成本差距较大，城西片区每次比{}。"
    assert status(text.format("城东片区高3.41元"))["3.41元"] == "derived"  # 121,450 ÷ 1102 − 152,300 ÷ 1426
    assert status(text.format("城东片区低3.41元"))["3.41元"] == "unsupported"  # the side the other way
    assert status(text.format("城南片区高3.41元"))["3.41元"] == "unsupported"  # 城南's gap is 5.36
