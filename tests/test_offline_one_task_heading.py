"""A project form (or a department form filed as an indicator tree) has no 主要任务: its indicators are the work of
the unit itself, one task named after the project. Its paragraph is not "（一）2024年校园食堂提质改造项目。" — a
numbered heading with no （二） that repeats the report's own title — but the indicators' own paragraph, "绩效指标
完成情况：…". A form with several tasks keeps its numbered task headings. Units: a county school canteen project
(学校食堂提质改造), a township cultural station (乡镇综合文化站)."""

from __future__ import annotations

from drafter.pipeline import draft


def make_unit(tmp_path, yaml_text, logs=None):
    from conftest import write_unit

    return write_unit(tmp_path, yaml_text, logs)


CANTEEN = """
    项目名称: 2024年校园食堂提质改造项目
    被评价年度: 2024
    表格类型: 项目支出
    主管部门: 安远县教育局
    实施单位: 安远县第三中学
    项目资金: {单位: 万元, 年初预算数: 86.00, 全年预算数: 86.00, 全年执行数: 83.40}
    年度总体目标:
      - 完成食堂操作间改造1处，更新厨具设备42台（套）。
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 更新厨具设备数量, 年度指标值: ≥42台（套）, 实际完成值: 45台（套）, 分值: 20, 得分: 20}
      - {一级指标: 满意度指标, 二级指标: 服务对象满意度指标, 三级指标: 师生就餐满意度, 年度指标值: ≥90%, 实际完成值: 93.8%, 分值: 10, 得分: 10}
"""

STATION = """
    部门名称: 瑞金市壬田镇综合文化站
    被评价年度: 2024
    部门资金情况: {年初预算: 64.00, 调整预算: 64.00, 实际支出: 62.30}
    主要任务:
      - 编号: 任务1
        任务: 群众文化活动
        预期目标: 全年组织群众文化活动不少于30场。
        关键指标:
          - {指标: 组织群众文化活动场次, 目标值: ≥30场, 实际值: 34场}
        任务涉及金额: 22.00
      - 编号: 任务2
        任务: 农家书屋管理
        预期目标: 更新农家书屋图书1200册。
        关键指标:
          - {指标: 更新图书册数, 目标值: ≥1200册, 实际值: 1260册}
        任务涉及金额: 15.00
"""


def section(tmp_path, name: str) -> str:
    return next(s.text for s in draft(tmp_path / "input.yaml").sections if s.name == name)


def test_a_project_forms_indicators_are_its_own_paragraph_not_a_numbered_task(tmp_path):
    make_unit(tmp_path, CANTEEN)
    done = section(tmp_path, "目标完成情况")
    assert "（一）2024年校园食堂提质改造项目。" not in done
    assert "绩效指标完成情况：“更新厨具设备数量”目标≥42台（套），实际完成45台（套），达到目标" in done
    assert "“师生就餐满意度”" in done


def test_a_form_with_several_tasks_keeps_its_numbered_task_headings(tmp_path):
    make_unit(tmp_path, STATION)
    done = section(tmp_path, "目标完成情况")
    assert "（一）群众文化活动。" in done and "（二）农家书屋管理。" in done
