"""A form's 预算执行率 row (its actual the budget's own execution rate) short of its 100% target is the budget problem,
told once: when 存在问题 raises the budget's under-execution, the row is not raised a second time among the missed
绩效指标 (nor measured twice in 改进措施). Where the budget raises nothing (99.20% executed), the row's shortfall is
the only place it is told and stays. A national park administration (国家公园管理局)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

PARK = """
    项目名称: 2025年度国家公园生态巡护与监测项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 河池市林业局
    实施单位: 河池国家公园管理局
    项目资金:
      单位: 万元
      全年预算数: 240.00
      全年执行数: 226.80
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 生态巡护里程, 年度指标值: ≥6000公里, 实际完成值: 5620公里, 偏差原因: 8月山洪冲毁北线巡护步道，北线巡护暂停40天}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 红外相机布设, 年度指标值: ≥150台, 实际完成值: 162台}
      - {一级指标: 预算执行, 二级指标: 预算执行率, 三级指标: 预算执行率, 年度指标值: 100%, 实际完成值: 94.50%}
"""

FULLY_SPENT = PARK.replace("全年执行数: 226.80", "全年执行数: 238.08").replace("实际完成值: 94.50%", "实际完成值: 99.20%")


def _missed(tmp_path, text):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, text)
    problems = detect_problems(report, sheet)
    missed = [p for p in problems if p.kind is ProblemKind.indicator_below_target]
    return problems, [s for p in missed for s in p.subjects]


def test_the_budget_rows_shortfall_is_the_budget_problem_told_once(tmp_path):
    problems, missed = _missed(tmp_path, PARK)
    assert any(p.kind is ProblemKind.budget_under_execution for p in problems)
    assert "生态巡护里程" in missed
    assert "预算执行率" not in missed


def test_without_a_budget_problem_the_rows_shortfall_is_still_told(tmp_path):
    problems, missed = _missed(tmp_path, FULLY_SPENT)
    assert not any(p.kind is ProblemKind.budget_under_execution for p in problems)
    assert "预算执行率" in missed and "生态巡护里程" in missed
