"""The national template's goal table: a header row '年度总体目标 | 预期目标' (the second cell names the column, it is
no goal), the goal's text in the row below under 预期目标. The goal is that text — never the column's label
('年度预期目标：预期目标。'); a row whose second cell is the goal itself ('年度总体目标 | 确保…') is read as before."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from drafter.forms import import_form
from drafter.pipeline import draft

GOAL = ("完成铁路沿线安全隐患排查整治120处以上，组织护路联防队员培训600人次以上，开展铁路安全宣传进村入校40场以上；"
        "全年不发生因护路工作不到位引发的铁路交通事故，沿线群众满意度90%以上。")


def _word_form(tmp_path: Path, goal_rows: list[list[str]]) -> Path:
    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2025年度）")
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("项目名称", "2025年度铁路沿线安全环境整治项目"), ("主管部门", "松岭市委政法委员会"),
                                ("实施单位", "松岭市铁路护路联防工作领导小组办公室")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    f = d.add_table(rows=3, cols=6)
    for i, r in enumerate([["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
                           ["年度资金总额", "86.00", "86.00", "81.32", "94.56%", "9.46"],
                           ["其中：市级财政资金", "86.00", "86.00", "81.32", "94.56%", ""]]):
        for j, v in enumerate(r):
            f.cell(i, j).text = v
    g = d.add_table(rows=len(goal_rows), cols=2)
    for i, r in enumerate(goal_rows):
        for j, v in enumerate(r):
            g.cell(i, j).text = v
    ind = d.add_table(rows=3, cols=7)
    for i, r in enumerate([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                           ["产出指标", "数量指标", "排查整治安全隐患", "≥120处", "134处", "50", "50"],
                           ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93.2%", "40", "40"]]):
        for j, v in enumerate(r):
            ind.cell(i, j).text = v
    path = tmp_path / "项目支出绩效自评表.docx"
    d.save(path)
    return path


def test_a_goal_table_whose_header_names_the_column_takes_the_text_below(tmp_path):
    data = import_form(_word_form(tmp_path, [["年度总体目标", "预期目标"], ["", GOAL]])).input
    assert data["年度总体目标"] == [GOAL]


def test_a_goal_row_holding_its_text_beside_the_label_is_read_as_before(tmp_path):
    """The negative: '年度总体目标 | 完成…' — the cell beside the label is the goal."""
    data = import_form(_word_form(tmp_path, [["年度总体目标", GOAL]])).input
    assert data["年度总体目标"] == [GOAL]


def test_a_markdown_goal_table_whose_header_names_the_column_takes_the_text_below(tmp_path):
    path = tmp_path / "项目支出绩效自评表.md"
    path.write_text("\n".join([
        "# 项目支出绩效自评表（2025年度）", "",
        "| 项目名称 | 2025年度铁路沿线安全环境整治项目 |", "| --- | --- |",
        "| 实施单位 | 松岭市铁路护路联防工作领导小组办公室 |", "",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |", "| --- | --- | --- | --- | --- |",
        "| 年度资金总额 | 86.00 | 86.00 | 81.32 | 94.56% |", "",
        "| 年度总体目标 | 预期目标 |", "| --- | --- |", f"|  | {GOAL} |", "",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| 产出指标 | 数量指标 | 排查整治安全隐患 | ≥120处 | 134处 | 50 | 50 |",
    ]) + "\n", encoding="utf-8")
    data = import_form(path).input
    assert data["年度总体目标"] == [GOAL]
    assert data["项目资金"]["全年执行数"] == Decimal("81.32")


def test_the_draft_quotes_the_goal_not_the_column_label(tmp_path):
    folder = tmp_path / "护路办"
    folder.mkdir()
    _word_form(folder, [["年度总体目标", "预期目标"], ["", GOAL]])
    text = "\n".join(p.text for s in draft(folder).sections for p in s.paragraphs)
    assert "预期目标：预期目标" not in text and "完成铁路沿线安全隐患排查整治120处以上" in text
