"""A gap in 个百分点 to the target its words name when the text states none (城东片区办结率99.40%，距目标仅1.40个百分点)
— issue 10, precision; rows.target_gap: the sources' rate target whose indicator shares the rate's words (办结率 ↔
投诉办结率 ≥98%), on the side the words say. Another indicator's target and the wrong side stay unsupported.

A unit of our own: 临川市道路运输服务中心 (complaints by district, vehicle inspections); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

SOURCES = [SourceText(name="道路运输服务中心绩效指标.txt", text=(
    "临川市道路运输服务中心 2025年绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\n"
    "营运车辆年审合格率\t≥96%\t98.6%\n"
    "投诉办结率\t≥98%\t99.1%\n")),
    SourceText(name="分片区投诉统计.txt", text=(
        "片区\t受理投诉(件)\t办结(件)\n"
        "城东片区\t500\t497\n"
        "城西片区\t420\t415\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_gap_to_the_target_its_words_name_is_against_that_indicators_target():
    text = "城东片区受理投诉500件，办结497件，办结率99.40%，{}。"
    assert status(text.format("距目标仅1.40个百分点"))["1.40个百分点"] == "derived"  # 99.40 − 98
    assert status(text.format("距目标仅3.40个百分点"))["3.40个百分点"] == "unsupported"  # the inspections' 96 %
    assert status(text.format("低于目标1.40个百分点"))["1.40个百分点"] == "unsupported"  # above it, not below
