"""An average cost per item counted (issue 10): "每件案件平均成本550.00元" is the project's spending over the cases
its sentence counts (成本 names no spending line, so the whole), and "普法讲座104场，…，场均经费1800.00元" is the
spending line of what the count counts (the 支出明细 row 普法讲座) over it — not the whole project's spending, the
target's count or last year's.

A district legal aid centre's public legal service project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年公共法律服务项目绩效自评表（东城区法律援助中心）\n\n金额单位：万元\n\n"
    "| 项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 项目资金合计 | 96.00 | 92.40 |\n\n"
    "| 支出明细 | 全年执行数 |\n| --- | --- |\n| 法律援助案件补贴 | 61.20 |\n| 普法讲座 | 18.72 |\n"
    "| 热线值守 | 12.48 |\n| 合计 | 92.40 |\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 办理法律援助案件 | ≥1500件 | 1680件 | 1544件 |\n| 普法讲座 | ≥100场 | 104场 | 96场 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


CASES = "全年办理法律援助案件1680件，比上年的1544件增加136件，每件案件平均成本{}。"
LECTURES = "开展普法讲座104场，完成目标100场的104.00%，比上年的96场增加8场，场均经费{}。"


def test_a_cost_per_case_is_the_spending_over_the_cases_counted():
    assert status(CASES.format("550.00元"))["550.00元"] == "derived"  # 924,000 ÷ 1680


def test_a_cost_per_case_over_last_years_cases_stays_unsupported():
    assert status(CASES.format("598.45元"))["598.45元"] == "unsupported"  # ÷ 1544


def test_a_cost_per_lecture_is_the_lectures_spending_line_over_the_lectures():
    assert status(LECTURES.format("1800.00元"))["1800.00元"] == "derived"  # 187,200 ÷ 104


def test_a_cost_per_lecture_is_neither_over_the_target_nor_the_whole_projects_spending():
    assert status(LECTURES.format("1872.00元"))["1872.00元"] == "unsupported"  # ÷ 100, the target
    assert status(LECTURES.format("8884.62元"))["8884.62元"] == "unsupported"  # 924,000 ÷ 104: the whole project's
