"""The gap between two lines' execution rates (issue 10): "省级补助资金执行率比县级财政资金高1.83个百分点" where the
sources give each line's 执行 and 全年预算 but no rate — each rate is its line's 执行 ÷ its adjusted budget, derived,
and the gap is of the two lines the words name; the whole's rate, or rates on the 年初 budget, give no gap.

A county library's project form (two funding lines) and a district archives' department form (基本 / 项目支出).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

PROJECT = SourceText(name="阅读推广项目自评表.md", text=(
    "# 2024年度全民阅读推广项目支出绩效自评表\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 320.00 | 310.00 | 301.60 | 97.29% |\n"
    "| 其中：省级补助资金 | 200.00 | 190.00 | 186.20 | — |\n"
    "| 县级财政资金 | 120.00 | 120.00 | 115.40 | — |\n"))

DEPARTMENT = SourceData(name="档案馆部门整体支出.yaml", data={
    "部门名称": "某区档案馆", "被评价年度": 2023, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": D("800.00"), "调整预算": D("840.00"), "实际支出": D("804.44"), "其中": [
        {"名称": "基本支出", "年初预算": D("500.00"), "调整预算": D("520.00"), "实际支出": D("515.80")},
        {"名称": "项目支出", "年初预算": D("300.00"), "调整预算": D("320.00"), "实际支出": D("288.64")}]}})


def status(text: str, source: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_the_gap_of_two_funding_lines_rates_is_derived_from_each_lines_spending_and_budget():
    # 186.20 ÷ 190.00 = 98.00 %, 115.40 ÷ 120.00 = 96.17 %: 1.83 points
    got = status("省级补助资金执行率比县级财政资金高1.83个百分点。", PROJECT)
    assert got["1.83个百分点"] == "derived"


def test_the_gap_to_the_wholes_rate_is_not_the_gap_to_the_other_line():
    # 98.00 % − 97.29 % (年度资金总额) = 0.71: the words compare with 县级财政资金
    got = status("省级补助资金执行率比县级财政资金高0.71个百分点。", PROJECT)
    assert got["0.71个百分点"] == "unsupported"


def test_a_lower_rate_is_the_other_lines_rate_less_the_subjects():
    # 288.64 ÷ 320.00 = 90.20 %, 515.80 ÷ 520.00 = 99.19 %: 项目支出 is 8.99 points lower
    got = status("基本支出结余4.20万元，项目支出执行率比基本支出低8.99个百分点。", DEPARTMENT)
    assert got["8.99个百分点"] == "derived"


def test_rates_on_the_initial_budget_give_no_gap_of_execution_rates():
    # on the 年初 budgets: 515.80 ÷ 500 = 103.16 %, 288.64 ÷ 300 = 96.21 %: 6.95 points is no 执行率 gap
    got = status("项目支出执行率比基本支出低6.95个百分点。", DEPARTMENT)
    assert got["6.95个百分点"] == "unsupported"


CARRIED = SourceText(name="体育场馆维护项目自评表.md", text=(
    "# 2025年度公共体育场馆维护项目支出绩效自评表\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 150.00 | 165.00 | 158.22 |\n"
    "| 其中：当年财政拨款 | 150.00 | 150.00 | 144.60 |\n"
    "| 上年结转资金 | 0 | 15.00 | 13.62 |\n"))


def test_a_line_named_last_years_carry_over_is_a_line_not_last_year():
    # 比上年结转资金: the 上年结转 line (13.62 ÷ 15.00 = 90.80 %), not last year's rate: 96.40 − 90.80 = 5.60
    got = status("当年财政拨款执行率比上年结转资金高5.60个百分点。", CARRIED)
    assert got["5.60个百分点"] == "derived"
    assert status("当年财政拨款执行率比上年结转资金高6.60个百分点。", CARRIED)["6.60个百分点"] == "unsupported"
