"""收回 / 收缴 / 退回 funds lower a budget line (issue 10): a source's 年中收回11.50万元 is a cut, so a text giving the
same amount as a raise (市级财政年中调增11.50万元) is unsupported, while the cut (调减 / 收回) stays exact.

Unit of our own: 临湘市消费者协会 (its funds record).
"""

from __future__ import annotations

from drafter.check import SourceData, check

CONSUMER = [SourceData(name="临湘市消费者协会2024年项目资金.json", data={
    "单位": "临湘市消费者协会",
    "年度": 2024,
    "资金": {
        "合计": {"年初": 86.00, "调整后": 79.40, "支出": 76.12},
        "来源": {
            "省级消费维权补助": {"年初": 30.00, "调整后": 30.00, "支出": 28.65},
            "市级财政": {"年初": 56.00, "调整后": 49.40, "支出": 47.47, "备注": "年中收回6.60万元"},
        },
    }})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CONSUMER).mentions if m.status != "ignored"}


def test_reclaimed_funds_are_a_cut():
    assert status("市级财政年中调减6.60万元。")["6.60万元"] == "exact"
    assert status("市级财政年中收回6.60万元。")["6.60万元"] == "exact"


def test_reclaimed_funds_given_as_a_raise_are_unsupported():
    assert status("市级财政年中调增6.60万元。")["6.60万元"] == "unsupported"
