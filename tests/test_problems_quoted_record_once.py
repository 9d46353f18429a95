"""A work-log record that explains the balance is quoted in the budget problem ("据工作记录，市级配套资金因…结余9.88万元")
and is not listed again as a problem of its own ("工作中反映：市级配套资金因…"): one record, said once. A further
difficulty of the log is still its own problem. A county swimming hall (游泳馆)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

PROJECT = """
    项目名称: 2025年游泳馆免费低收费开放项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 宜城市文化和旅游局
    实施单位: 宜城市游泳馆
    项目资金:
      单位: 万元
      全年预算数: 120.00
      全年执行数: 104.60
      其中:
        - {名称: 中央补助资金, 全年预算数: 80.00, 全年执行数: 78.20}
        - {名称: 市级配套资金, 全年预算数: 40.00, 全年执行数: 26.40}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 接待游泳群众人次, 年度指标值: ≥15万人次, 实际完成值: 16.2万人次}
"""

LOG = """\
- 12月30日：市级配套资金因水处理设备采购结算审计未完成，结余13.60万元。
- 7月15日：暑期开放时段因停电暂停三天。
"""


def problems(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, PROJECT, {"2025年工作记录.md": LOG})
    return detect_problems(report, sheet)


def test_a_record_quoted_for_the_balance_is_not_a_problem_again(tmp_path):
    found = problems(tmp_path)
    assert any("结算审计未完成" in p.text for p in found if p.kind is ProblemKind.budget_under_execution)
    assert not [p for p in found if p.kind is ProblemKind.stated_in_logs and "结算审计" in p.text]


def test_another_log_difficulty_is_still_a_problem(tmp_path):
    assert [p for p in problems(tmp_path) if p.kind is ProblemKind.stated_in_logs and "暂停三天" in p.text]
