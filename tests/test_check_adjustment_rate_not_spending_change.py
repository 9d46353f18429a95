"""The 预算调整率 a source states compares the adjusted budget with the initial one; it is never how far the spending
fell short of the initial budget. 实际支出较年初预算下降8.34% matched to the field 预算调整率: -8.34% names the wrong
pair — the spending's change on the initial budget is its own quotient.

Found on the spent corpus blind2/holdout (fund: 实际支出较年初预算下降8.34% passed as exact against 部门资金情况.
预算调整率: 8.34%).

A county archives' department budget (县档案馆部门整体支出), as drafter's input YAML.
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="input.yaml", data={
    "部门名称": "县档案馆", "被评价年度": 2025, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": 500.00, "调整预算": 458.30, "实际支出": 445.12, "预算调整率": "-8.34%"},
})

# adjusted on initial: (458.30 − 500.00) ÷ 500.00 = −8.34 %; spending on initial: (445.12 − 500.00) ÷ 500.00 = −10.98 %


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [FORM]).mentions if m.text == figure][-1]


def test_the_adjustment_rate_of_the_budget_is_supported():
    assert status("全年预算较年初预算下降8.34%。", "8.34%") in ("exact", "derived")


def test_the_spendings_change_on_the_initial_budget_is_its_own():
    assert status("实际支出较年初预算下降10.98%。", "10.98%") == "derived"


def test_the_adjustment_rate_given_as_the_spendings_change_is_unsupported():
    assert status("实际支出较年初预算下降8.34%。", "8.34%") == "unsupported"
