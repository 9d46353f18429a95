"""The item a figure is compared with is not the item it is of (issue 10, point 1): in 第四季度更换灯具620盏，比第三季度少
85盏，占全年的26.22% the share is the fourth quarter's — 第三季度 is what the 85 compares with, not the subject of the
clause after it. The third quarter's share given there is unsupported."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A city street-lighting office's quarterly ledger (tab cells, as a CSV is read).
LIGHTING = SourceText(name="城市照明管理所分季度台账.txt", text=(
    "季度\t更换灯具（盏）\t维修工单（件）\n"
    "第一季度\t520\t356\n"
    "第二季度\t520\t372\n"
    "第三季度\t705\t418\n"
    "第四季度\t620\t372\n"
    "合计\t2,365\t1,518\n"))


def test_a_share_after_a_comparison_is_of_the_clauses_own_quarter():
    got = verdicts("第四季度更换灯具620盏，比第三季度少85盏，占全年的26.22%。", LIGHTING)
    assert got == {"620盏": "exact", "85盏": "derived", "26.22%": "derived"}, got


def test_the_compared_quarters_share_given_there_is_unsupported():
    got = verdicts("第四季度更换灯具620盏，比第三季度少85盏，占全年的29.81%。", LIGHTING)
    assert got["29.81%"] == "unsupported", got
