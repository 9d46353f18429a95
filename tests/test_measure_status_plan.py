"""A form's plan that states a status ("已纳入2026年信息化建设计划") is no action to 落实 as quoted: the measure answers
the cause in its own words and follows the status up ("…，自评表所述“已纳入…”的事项按季度跟踪落实"). A plan that
is an action ("下年度增加抽检频次") is still carried out as the form words it."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from drafter.pipeline import draft

TESTING_INSTITUTE = {  # 质量技术监督检测所 · 项目
    "项目名称": "2025年度检验检测数据平台运维项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "汉中市市场监督管理局",
    "实施单位": "汉中市质量技术监督检测所",
    "项目资金": {"单位": "万元", "年初预算数": 80, "全年预算数": 80, "全年执行数": 79.20},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "检测报告电子化率", "年度指标值": "≥95%",
         "实际完成值": "91.5%",
         "偏差原因": "检测报告电子化率未达标，主要是部分老旧检测设备无数据接口，需设备更新后才能接入。已纳入2026年信息化建设计划。"},
    ],
}


def _measures(tmp_path: Path, data: dict) -> str:
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    return next(s for s in result.sections if s.name == "改进措施").text


def test_a_plan_stating_a_status_is_followed_up_not_carried_out(tmp_path: Path):
    text = _measures(tmp_path, TESTING_INSTITUTE)
    assert "落实自评表提出的“已纳入" not in text
    assert "自评表所述“已纳入2026年信息化建设计划”的事项按季度跟踪落实" in text


def test_a_plan_that_is_an_action_is_carried_out_as_worded(tmp_path: Path):
    data = copy.deepcopy(TESTING_INSTITUTE)
    data["绩效指标"][0]["偏差原因"] = ("检测报告电子化率未达标，主要是部分老旧检测设备无数据接口。"
                                  "改进措施：下年度分批更新老旧设备并加装数据采集模块。")
    text = _measures(tmp_path, data)
    assert "落实自评表提出的“下年度分批更新老旧设备并加装数据采集模块”" in text
