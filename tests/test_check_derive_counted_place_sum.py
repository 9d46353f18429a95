"""A sum of the places a clause lists and counts (城东、城西两片区巡查2,528次: the two told figures those names name) —
issue 10, precision; drafter/check/told.py. Beside it, the planted errors that must stay unsupported: a sum of other
places, and a figure each of them is said to have (两片区各…) that is no sum.

A unit of our own: 临川市停车管理中心 (patrols by district); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

DISTRICTS = [SourceText(name="停车管理中心分片区巡查.txt", text=(
    "临川市停车管理中心 2025年违停劝导巡查分片区统计\n"
    "片区\t巡查次数(次)\t劝导车辆(辆)\n"
    "城东片区\t1426\t5210\n"
    "城西片区\t1102\t4388\n"
    "城南片区\t1334\t4967\n"
    "合计\t3862\t14565\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, DISTRICTS).mentions if m.status != "ignored"}


def test_a_sum_of_the_places_a_clause_lists_and_counts():
    text = "分片区看，城东片区巡查1,426次，城西片区1,102次，城南片区1,334次；城东、城西两片区巡查{}。"
    assert status(text.format("2,528次"))["2,528次"] == "derived"  # 1,426 + 1,102
    assert status(text.format("2,760次"))["2,760次"] == "unsupported"  # 城东 + 城南: places not listed
    each = "分片区看，城东片区巡查1,426次，城西片区1,102次，城南片区1,334次；城东、城西两片区各巡查{}。"
    assert status(each.format("2,528次"))["2,528次"] == "unsupported"  # 各: each, no sum
