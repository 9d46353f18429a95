"""'目标值设置偏低' is a finding about a target the unit could have seen was low: 2 awards against a target of 1, where
last year also brought 1, is chance, not a target set low (held-out gen60 drafted '新作品获省级以上奖项 目标≥1项，实际完成2项'
as a problem). A small count target is raised only where last year's actual already passed it; a larger target
exceeded by half is raised as before. A 盐场 (saltworks)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

SALTWORKS = """
    项目名称: 2025年盐田生产及晒盐技艺传承项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 儋州市农业农村局
    实施单位: 儋州市莺歌盐场
    项目资金: {单位: 万元, 全年预算数: 150.00, 全年执行数: 148.20}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 获评省级非遗工坊, 年度指标值: ≥1个, 实际完成值: 2个, 上年实际: 1个}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 晒盐技艺展示活动, 年度指标值: ≥20场, 实际完成值: 36场, 上年实际: 22场}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 新建盐田观光栈道, 年度指标值: ≥2条, 实际完成值: 4条, 上年实际: 3条}
"""


def too_low(tmp_path) -> str:
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, SALTWORKS)
    return "".join(p.text for p in detect_problems(report, sheet) if p.kind is ProblemKind.target_too_low)


def test_a_small_count_target_met_twice_over_by_chance_is_no_finding(tmp_path):
    assert "获评省级非遗工坊" not in too_low(tmp_path)


def test_a_larger_target_exceeded_by_half_is_still_raised(tmp_path):
    assert "晒盐技艺展示活动" in too_low(tmp_path)


def test_a_small_count_target_below_last_years_actual_is_raised(tmp_path):
    assert "新建盐田观光栈道" in too_low(tmp_path)


def test_a_target_in_ten_thousands_is_no_small_count(tmp_path):
    from conftest import write_unit

    big = SALTWORKS.replace("三级指标: 晒盐技艺展示活动, 年度指标值: ≥20场, 实际完成值: 36场, 上年实际: 22场",
                            "三级指标: 盐田观光游客, 年度指标值: ≥3万人次, 实际完成值: 8.62万人次, 上年实际: 2.90万人次")
    report, sheet = write_unit(tmp_path, big)
    assert any("盐田观光游客" in p.text for p in detect_problems(report, sheet) if p.kind is ProblemKind.target_too_low)
