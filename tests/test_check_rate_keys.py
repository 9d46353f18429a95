"""A rate field sits in a record whose 单位 is an amount unit (部门资金情况: 单位 万元 … 预算完成率: 98): the rate is
a percentage, never 98万元. Forms put 执行率 / 预算完成率 / 调整率 beside the amounts, under the amounts' unit."""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, check

# A maternal and child health hospital (妇幼保健院): the form's own rate beside its amounts in 万元.
FORM = SourceData(name="妇幼保健院自评表.yaml", data={
    "部门资金情况": {"单位": "万元", "年初预算": Decimal("5600"), "调整预算": Decimal("5600"),
                     "实际支出": Decimal("6048"), "预算完成率": Decimal("98"), "预算调整率": Decimal("0")},
    "绩效指标": [{"指标": "孕产妇系统管理率", "目标值": "≥90%", "实际值": Decimal("95.2"), "单位": "%"}],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_rate_beside_amounts_in_wan_yuan_is_a_percentage():
    assert status("表内填报的预算完成率98%。") == {"98%": "exact"}


def test_a_rate_beside_amounts_never_supports_an_amount():
    assert status("全年结转资金98万元。") == {"98万元": "unsupported"}


def test_the_amounts_keep_their_unit():
    assert status("实际支出6048万元。") == {"6048万元": "exact"}
