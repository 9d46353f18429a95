"""When the budget is under-executed and nothing in the logs says why, the problem names the funding line that lags
("其中省级康复补助资金执行率86.67%，4.00万元未形成支出") instead of the vague "部分已安排的支出未能在年度内完成" — a reviewer
asks which money was left. The line's rate and balance are facts of the sheet, traced by the checker like any other.
A line that keeps pace with the whole, or a budget of one line, names nothing. A county rehabilitation centre
(康复中心)."""

from __future__ import annotations

from decimal import Decimal

from drafter.domain.problems import ProblemKind, detect_problems

TWO_LINES = """
    项目名称: 2025年残疾儿童康复救助项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 枝江市残疾人联合会
    实施单位: 枝江市康复中心
    项目资金:
      单位: 万元
      全年预算数: 90.00
      全年执行数: 85.00
      其中:
        - {名称: 县级财政资金, 全年预算数: 60.00, 全年执行数: 59.00}
        - {名称: 省级康复补助资金, 全年预算数: 30.00, 全年执行数: 26.00}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 救助残疾儿童人数, 年度指标值: ≥120人, 实际完成值: 126人}
"""

EVEN_LINES = TWO_LINES.replace("全年预算数: 60.00, 全年执行数: 59.00", "全年预算数: 60.00, 全年执行数: 56.70").replace(
    "全年预算数: 30.00, 全年执行数: 26.00", "全年预算数: 30.00, 全年执行数: 28.30")

ONE_LINE = TWO_LINES.split("      其中:")[0] + TWO_LINES.split("26.00}\n")[1]


def budget_problem(tmp_path, yaml_text):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, yaml_text)
    found = [p for p in detect_problems(report, sheet) if p.kind is ProblemKind.budget_under_execution]
    assert len(found) == 1
    return found[0], sheet


def test_the_problem_names_the_lagging_line_with_its_rate_and_balance(tmp_path):
    problem, _ = budget_problem(tmp_path, TWO_LINES)
    assert "省级康复补助资金执行率86.67%" in problem.text
    assert "4.00万元未形成支出" in problem.text
    assert "部分已安排的支出未能在年度内完成" not in problem.text
    assert "县级财政资金执行率" not in problem.text  # the line that kept pace is not the problem


def test_the_lines_rate_and_balance_are_facts_of_the_sheet(tmp_path):
    _, sheet = budget_problem(tmp_path, TWO_LINES)
    rates = {f.label: f.value for f in sheet.facts if f.label.endswith("执行率") and "其中" in f.label}
    assert rates["其中省级康复补助资金执行率"] == Decimal("86.67")
    assert rates["其中县级财政资金执行率"] == Decimal("98.33")


def test_lines_that_keep_pace_with_the_whole_name_nothing(tmp_path):
    problem, _ = budget_problem(tmp_path, EVEN_LINES)  # 94.50 % and 94.33 % against 94.44 %
    assert "执行率94.33%" not in problem.text and "执行率94.50%" not in problem.text


def test_a_budget_of_one_line_names_nothing(tmp_path):
    problem, _ = budget_problem(tmp_path, ONE_LINE)
    assert "其中" not in problem.text


def test_the_draft_names_the_line_in_its_measure_and_every_figure_is_traced(tmp_path):
    from conftest import write_unit
    from drafter.pipeline import draft

    write_unit(tmp_path, TWO_LINES)
    result = draft(tmp_path)
    measures = next(s.text for s in result.sections if s.name == "改进措施")
    assert "省级康复补助资金" in measures
    assert result.check.ok, [m.text for m in result.check.unsupported]
