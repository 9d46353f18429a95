"""The 其中 lines of a project's funds: besides 财政资金 and its kin, the income a unit spends on the project
(运营收入, 事业收入, 门票收入) and its own money (单位自筹) are lines of the total, not the end of the table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form


def text_form(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "自评表.md"
    path.write_text(
        "# 项目支出绩效自评表（2024年度）\n\n"
        "| 项目名称 | 城区公共停车场运营管理项目 |\n|---|---|\n\n单位：万元\n\n"
        "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 260.00 | 248.00 | 236.40 | 95.32% |\n"
        "| 其中：区级财政资金 | 180.00 | 170.00 | 166.10 | 97.71% |\n"
        f"| {line} | 80.00 | 78.00 | 70.30 | 90.13% |\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|---|---|\n"
        "| 产出指标 | 数量指标 | 停车泊位 | ≥1800个 | 1860个 |\n", encoding="utf-8")
    return path


def test_a_units_income_spent_on_the_project_is_a_line_of_its_funds(tmp_path):
    for line in ("运营收入", "事业收入", "停车收费收入", "单位自筹"):
        result = import_form(text_form(tmp_path, line))
        lines = {x["名称"]: x["全年执行数"] for x in result.input["项目资金"]["其中"]}
        assert lines == {"区级财政资金": Decimal("166.10"), line: Decimal("70.30")}, line
        assert not [w for w in result.warnings if "不一致" in w.message], line


def test_a_budget_income_total_is_still_no_line():
    from drafter.forms.layout import Recognizer

    assert Recognizer._fund_row("部门年初预算收入") != "部门年初预算收入"


def test_a_funding_line_named_in_the_units_own_words_is_a_line_of_its_funds(tmp_path):
    """A unit names its sources after the programme that pays (省级农业科技推广资金, 乡村振兴衔接补助, 市级文化发展经费):
    the row after 其中：区级财政资金 is the second line, and the total equals the two — no 合计 mismatch reported."""
    for line in ("省级农业科技推广资金", "中央财政衔接推进乡村振兴补助", "市级文化发展经费", "省级一般性转移支付"):
        result = import_form(text_form(tmp_path, line))
        lines = {x["名称"]: x["全年执行数"] for x in result.input["项目资金"]["其中"]}
        assert lines == {"区级财政资金": Decimal("166.10"), line: Decimal("70.30")}, line
        assert not [w for w in result.warnings if "不一致" in w.message], line


def test_a_spending_item_or_a_heading_is_no_funding_line():
    from drafter.forms.layout import Recognizer

    for label in ("试验材料费", "支出明细", "项目资金（万元）", "资金使用情况说明"):
        assert Recognizer._fund_row(label) is None, label



def department_form(tmp_path: Path, line: str) -> Path:
    """A department-wide form whose total's lines sit under it with no 其中 label: by source, then by kind of spending."""
    path = tmp_path / "部门整体支出绩效自评表.md"
    path.write_text(
        "# 部门整体支出绩效自评表（2025年度）\n\n"
        "| 单位名称 | 永定区质量技术监督检测所 |\n|---|---|\n\n单位：万元\n\n"
        "| 预算资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 结余 | 情况说明 |\n|---|---|---|---|---|---|---|\n"
        "| 年度资金总额 | 346.30 | 358.70 | 346.37 | 96.56% | 12.33 | |\n"
        "| 区本级财政拨款 | 286.30 | 286.30 | 279.52 | 97.63% | 6.78 | |\n"
        f"| {line} | 60.00 | 72.40 | 66.85 | 92.33% | 5.55 | 8月追加检测设备计量检定经费12.40万元 |\n"
        "| 基本支出 | 198.60 | 198.60 | 196.14 | 98.76% | 2.46 | |\n"
        "| 项目支出 | 147.70 | 160.10 | 150.23 | 93.84% | 9.87 | |\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|---|---|\n"
        "| 产出指标 | 数量指标 | 计量器具检定 | ≥12000台件 | 12680台件 |\n", encoding="utf-8")
    return path


def test_a_payer_with_one_word_for_money_and_a_remark_is_a_line_of_its_funds(tmp_path):
    """上级补助（省…专项）, 中央补助, 省级补贴 name only the payer and the money (no programme between), and 单位自有资金
    is the unit's own money: each is the total's second line beside 区本级财政拨款 — never dropped, so no false 合计
    mismatch is reported."""
    for line in ("上级补助（省质量技术监督专项）", "中央补助", "省级补贴", "单位自有资金", "自有资金"):
        result = import_form(department_form(tmp_path, line))
        funds = next(v for v in result.input.values() if isinstance(v, dict) and "其中" in v)
        names = [x["名称"] for x in funds["其中"]]
        assert line in names and "区本级财政拨款" in names, (line, names)
        assert not [w for w in result.warnings if "不一致" in w.message], line
