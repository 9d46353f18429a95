"""A goal cell that starts with its own label (年度总体目标 | 年度预期目标：全年开展…, as units paste the form's text into
one cell) is told once: the draft wrote "年度预期目标：年度预期目标：…". A goal without a label is told as before.
Unit: a planetarium (天文馆)."""

from __future__ import annotations

from drafter.engines.offline import write_draft

PLANETARIUM = """
    项目名称: 天文科普惠民服务项目
    实施单位: 通辽市天文馆
    被评价年度: 2025
    表格类型: 项目支出
    项目资金: {单位: 万元, 年初预算数: 180.00, 全年预算数: 180.00, 全年执行数: 171.20}
    年度总体目标:
      - "GOAL"
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 球幕科普放映场次, 年度指标值: ≥900场, 实际完成值: 946场}
"""


def told(tmp_path, goal: str) -> str:
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, PLANETARIUM.replace("GOAL", goal))
    return "".join(p.text for p in write_draft(report, sheet).sections[0].paragraphs)


def test_a_goal_cell_starting_with_its_label_is_told_once(tmp_path):
    text = told(tmp_path, "年度预期目标：全年开展球幕科普放映900场以上；观众满意度90%以上。")
    assert "年度预期目标：年度预期目标" not in text
    assert "年度预期目标：全年开展球幕科普放映900场以上；观众满意度90%以上。" in text


def test_a_goal_without_a_label_is_told_as_written(tmp_path):
    text = told(tmp_path, "全年开展球幕科普放映900场以上；观众满意度90%以上。")
    assert "年度预期目标：全年开展球幕科普放映900场以上；观众满意度90%以上。" in text
