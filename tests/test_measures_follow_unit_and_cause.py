"""A measure is worded for the unit it is given to and the cause the sources state, else it stays generic: an
academy of sciences (科学院) is no school (no 学期, 寒暑假 or 总务部门); a delivery that came late is no failed
tender (流标 only where a tender failed); an IT or survey project is no construction (续建 only for building
work a village or town carries out); a closure of someone else's venue is no closure of the unit's own (临时场地
only for a unit that runs a venue)."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.domain.measures import action_for
from drafter.domain.units import classify
from drafter.pipeline import draft


def test_an_academy_of_sciences_is_no_school():
    assert classify("澄江市社会科学院") != "school"
    assert classify("澄江市农业科学院") != "school"


def test_a_college_is_still_a_school():
    """The negative: 学院 of a school keeps the school's wording."""
    assert classify("澄江职业技术学院") == "school"
    assert classify("澄江师范学院") == "school"


def test_a_late_delivery_is_answered_without_a_failed_tender():
    answer = action_for("无人机激光雷达设备到货延迟，10月才完成安装调试")
    assert "流标" not in answer and "到货" in answer


def test_a_failed_tender_is_answered_as_one():
    assert "流标" in action_for("第二批测绘服务招标两次流标，11月才签订合同")


def test_a_closure_elsewhere_is_no_closure_of_the_units_own_venue():
    cause = "赴省档案馆查阅历史地籍资料因档案馆闭馆整理，推迟至次年3月"
    assert "临时场地" not in action_for(cause, unit="bureau")
    assert "临时场地" in action_for("本馆外墙改造闭馆两个月", unit="culture")  # a venue the unit runs


SURVEY = {  # 自然资源调查监测院 · 项目: a low-executing IT item, no building work anywhere
    "项目名称": "2025年度自然资源监测数据平台运维项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "澄江市自然资源和规划局",
    "实施单位": "澄江市自然资源调查监测院",
    "项目资金": {"单位": "万元", "年初预算数": 150, "全年预算数": 150, "全年执行数": 139.7},
    "支出明细": [
        {"名称": "监测数据平台运维", "全年预算数": "90.00", "全年执行数": "88.20"},
        {"名称": "遥感解译模型开发", "全年预算数": "60.00", "全年执行数": "51.50"},
    ],
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "更新监测图层", "年度指标值": "≥40个",
         "实际完成值": "42个", "分值": 50, "得分": 50},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度指标", "三级指标": "用图单位满意度", "年度指标值": "≥90%",
         "实际完成值": "95%", "分值": 40, "得分": 40},
    ],
}


def test_a_project_with_no_building_work_is_not_told_to_carry_over_construction(tmp_path: Path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(SURVEY, allow_unicode=True), encoding="utf-8")
    measures = "\n".join(p.text for s in draft(folder).sections if s.name == "改进措施" for p in s.paragraphs)
    assert "遥感解译模型开发" in measures and "续建" not in measures
