"""A balance's share is of the whole its words name (issue 10, recall): "结余6.30万元，占项目结余的53.85%" is 6.30 of
the project's 11.70; the same 53.85% written "占自治区水产专项结余的" names one funding line's balance (7.20) and
"占项目全年预算的" the budget (240.00) — the whole the words name is not the one the figure was computed on, the
planted "share of the wrong whole" of every generated form. The share of the whole the words name stays supported.

Unit of our own: 昌吉州水产研究所 (its 自评表 as Markdown tables: funding lines and the spending items).
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2025年度冷水鱼产业技术支撑项目支出绩效自评表（昌吉州水产研究所）\n\n"
    "单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 240.00 | 240.00 | 228.30 | 95.13% |\n"
    "| 其中：市级财政资金 | 180.00 | 180.00 | 175.50 | 97.50% |\n"
    "| 自治区水产专项 | 60.00 | 60.00 | 52.80 | 88.00% |\n\n"
    "项目支出明细（单位：万元）\n\n"
    "| 支出内容 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- |\n"
    "| 冷水鱼良种繁育 | 96.00 | 89.70 | 93.44% |\n"
    "| 水质监测 | 64.00 | 62.40 | 97.50% |\n"
    "| 渔业技术培训 | 50.00 | 47.80 | 95.60% |\n"
    "| 病害防控 | 30.00 | 28.40 | 94.67% |\n"
    "| 合计 | 240.00 | 228.30 | 95.13% |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_balance_s_share_of_the_whole_it_names_stands():
    got = status("冷水鱼良种繁育执行89.70万元，结余6.30万元，占项目结余的53.85%。")
    assert got["6.30万元"] == "derived" and got["53.85%"] == "derived"
    assert status("冷水鱼良种繁育结余6.30万元，占全部结余的53.85%。")["53.85%"] == "derived"


@pytest.mark.parametrize("whole", ["自治区水产专项结余", "市级财政资金结余", "项目全年预算"])
def test_a_balance_s_share_of_another_whole_than_it_names_is_unsupported(whole):
    got = status(f"冷水鱼良种繁育执行89.70万元，结余6.30万元，占{whole}的53.85%。")
    assert got["6.30万元"] == "derived"
    assert got["53.85%"] == "unsupported"


DEPARTMENT = SourceText(name="部门整体支出绩效自评表.md", text=(
    "# 2025年度部门整体支出绩效自评表（昌吉州水产研究所）\n\n"
    "单位：万元\n\n"
    "| 支出类型 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- |\n"
    "| 基本支出 | 520.00 | 516.40 | 99.31% |\n"
    "| 项目支出 | 240.00 | 228.30 | 95.13% |\n"
    "| 合计 | 760.00 | 744.70 | 97.99% |\n\n"
    "项目支出明细（单位：万元）\n\n"
    "| 项目名称 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- |\n"
    "| 冷水鱼良种繁育 | 96.00 | 89.70 | 93.44% |\n"
    "| 水质监测 | 64.00 | 62.40 | 97.50% |\n"
    "| 渔业技术培训 | 50.00 | 47.80 | 95.60% |\n"
    "| 病害防控 | 30.00 | 28.40 | 94.67% |\n"
    "| 合计 | 240.00 | 228.30 | 95.13% |\n"))


def test_the_whole_unit_s_balance_is_no_line_s():
    def share(whole: str, figure: str) -> str:
        report = check(f"冷水鱼良种繁育执行89.70万元，结余6.30万元，占{whole}的{figure}。", [DEPARTMENT])
        return next(m.status for m in report.mentions if m.text == figure)

    assert share("项目支出结余", "53.85%") == "derived"
    assert share("全所结余", "53.85%") == "unsupported"  # 全所: the institute's 15.30, not the 项目支出 line's 11.70
