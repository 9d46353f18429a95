"""A Word or Excel form whose 年度总体目标 row holds its narrative as labelled lines inside a cell ("预期目标：…",
"实际完成情况：…", "偏差原因：…", one cell or side by side): each label fills the field a row of that label
fills, as the text and PDF readers do with such lines (tests/test_import_narrative_lines.py). A cell with no
such label is read as before. Units: a city relief station (救助管理站), a notary office (公证处), an agricultural
machinery extension station (农机推广站).
"""

from __future__ import annotations

from pathlib import Path

from drafter.forms import import_form

GOAL = "全年救助流浪乞讨人员不少于600人次，护送返乡率不低于90%。"
DONE = "全年救助流浪乞讨人员682人次，护送返乡率93%，冬季寒潮期间开展街面巡查48次。"


def relief_xlsx(tmp_path: Path, goal_cells: list[tuple[str, str]]) -> Path:
    """救助管理站 · 流浪乞讨人员救助: the 年度总体目标 row's cells given as (range, text)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows = [
        ["项目支出绩效自评表"], ["（2023年度）"],
        ["项目名称", "2023年流浪乞讨人员救助项目"],
        ["主管部门", "某市民政局", "", "实施单位", "某市救助管理站"],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", 120, 120, 114.6, 10, "95.50%", 9.55],
        ["年度总体目标"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "救助人次", "≥600人次", "682人次", 40, 40],
        ["满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%", "94%", 40, 40],
        ["总分", "", "", "", "", 100, 99.55],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    for rng, text in goal_cells:
        ws[rng.split(":")[0]] = text
        if ":" in rng:
            ws.merge_cells(rng)
    path = tmp_path / "救助项目自评表.xlsx"
    wb.save(path)
    return path


def logs(result) -> dict[str, str]:
    return {log.title: log.text for log in result.logs}


def test_labelled_lines_in_one_merged_sheet_cell_are_the_goal_and_its_completion(tmp_path):
    result = import_form(relief_xlsx(tmp_path, [("B7:G7", f"预期目标：{GOAL}\n实际完成情况：{DONE}")]))
    assert result.input["年度总体目标"] == [GOAL]
    assert result.sources["年度总体目标[0]"] == "自评表!B7"
    assert logs(result)["年度总体目标-实际完成情况"] == DONE


def test_labelled_cells_side_by_side_in_the_goal_row_are_the_goal_and_its_completion(tmp_path):
    result = import_form(relief_xlsx(tmp_path, [("B7:D7", f"预期目标：{GOAL}"), ("E7:G7", f"实际完成情况：{DONE}")]))
    assert result.input["年度总体目标"] == [GOAL]
    assert logs(result)["年度总体目标-实际完成情况"] == DONE
    assert [r["三级指标"] for r in result.input["绩效指标"]] == ["救助人次", "受助人员满意度"]


def test_a_goal_cell_without_labels_is_not_split(tmp_path):
    result = import_form(relief_xlsx(tmp_path, [("B7:G7", GOAL)]))
    assert "年度总体目标-实际完成情况" not in logs(result)
    assert result.input.get("年度总体目标", [GOAL]) == [GOAL]  # read as the goal, or left out: never split


def notary_docx(tmp_path: Path, goal_cell: str) -> Path:
    """公证处 · 公证法律援助: a Word form whose goal row is one merged cell holding the labelled lines, each
    label its own paragraph of the cell, the completion wrapped over two paragraphs."""
    import docx

    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2023年度）")
    grid = [
        ["项目名称", "2023年公证法律援助项目", "", "", "", ""],
        ["主管部门", "某县司法局", "", "实施单位", "某县公证处", ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
        ["年度资金总额", "36.00", "36.00", "33.84", "94.00%", "9.4"],
        ["年度总体目标", goal_cell, "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
        ["产出指标", "数量指标", "办理法律援助公证件数", "≥400件", "372件", "27.9"],
        ["满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%", "96%", "40"],
        ["总分", "", "", "", "", "97.3"],
    ]
    table = document.add_table(rows=len(grid), cols=6)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                cell = table.cell(r, c)
                lines = text.split("\n")
                cell.text = lines[0]
                for more in lines[1:]:
                    cell.add_paragraph(more)
    table.cell(4, 1).merge(table.cell(4, 5))
    path = tmp_path / "公证援助自评表.docx"
    document.save(path)
    return path


NOTARY = ("预期目标：为低保对象、残疾人等困难群众减免办理公证不少于400件，当事人满意度不低于90%。\n"
          "实际完成情况：全年减免办理公证372件，减免公证费6.1万元，\n"
          "当事人满意度96%。\n"
          "偏差原因：下半年申请量低于预期，下年度与乡镇司法所联合宣传。")


def test_labelled_paragraphs_of_a_word_cell_fill_the_goal_the_completion_and_a_cause(tmp_path):
    result = import_form(notary_docx(tmp_path, NOTARY))
    assert result.input["年度总体目标"] == ["为低保对象、残疾人等困难群众减免办理公证不少于400件，当事人满意度不低于90%。"]
    assert result.sources["年度总体目标[0]"] == "表1第5行第2列"
    found = logs(result)
    assert found["年度总体目标-实际完成情况"] == "全年减免办理公证372件，减免公证费6.1万元，当事人满意度96%。"
    assert found["偏差原因"] == "下半年申请量低于预期，下年度与乡镇司法所联合宣传。"


def test_a_label_in_the_middle_of_a_sentence_opens_no_field(tmp_path):
    # 农机推广站: the words 实际完成情况 inside a sentence, no colon line: the cell is not cut there
    text = "预期目标：推广农机新技术12项，实际完成情况按季度报县农业农村局备案。"
    path = relief_xlsx(tmp_path, [("B7:G7", text)])
    result = import_form(path)
    assert result.input["年度总体目标"] == ["推广农机新技术12项，实际完成情况按季度报县农业农村局备案。"]
    assert "年度总体目标-实际完成情况" not in logs(result)
