"""A ledger's unit is often stated in its heading or caption — "## 经费执行（单位：元）", "表2 项目支出明细
（金额单位：万元）" — not on a line of its own. It applies to the table below, so a report's 万元 figures
and the balances derived from the table's columns are traced."""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="流动图书车经费.md", text="""# 2024年流动图书车服务经费

## 经费执行（单位：元）

| 项目 | 年初预算 | 调整后预算 | 实际支出 |
| --- | ---: | ---: | ---: |
| 车辆运行 | 420,000 | 400,000 | 386,250 |
| 图书采购 | 300,000 | 320,000 | 318,600 |
| 合计 | 720,000 | 720,000 | 704,850 |

## 服务情况

| 指标 | 目标 | 实际 |
| --- | --- | --- |
| 流动服务点 | ≥40个 | 46个 |
""")


def test_a_unit_in_the_tables_heading_applies_to_its_cells():
    report = check("全年实际支出70.49万元，其中图书采购31.86万元。", [LEDGER])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]


def test_a_balance_is_derived_from_the_columns_of_a_ledger_whose_unit_is_in_its_heading():
    report = check("全年结余1.52万元。", [LEDGER])
    assert [(m.text, m.status) for m in report.mentions] == [("1.52万元", "derived")]


def test_the_headings_unit_is_no_unit_of_a_count_table_below_another_heading():
    report = check("设置流动服务点46万个。", [LEDGER])
    assert not report.ok
