"""What a figure in a spreadsheet or Word table is, whatever the table's shape (issue 10, index): a header over
two lines whose upper cells are merged (2025年 over 目标值 | 实际值, 上年实际 merged down both lines), a line of
units under it (单位 | 场 | 场 | 场 and an empty 备注 cell, which a sheet writes as a trailing tab), and a Word
header whose upper cell spans two columns (集中供养人数 over 本年 | 上年). Each cell then carries its row label, its
column's role (目标 / 实际), its year and its unit.

Units: a county funeral home (县殡仪馆: 场) and a town nursing home (镇敬老院: 人, 床).
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from drafter.check import SourceIndex, check
from drafter.subjects import tokens


def statuses(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def facts(path: Path) -> dict[str, object]:
    return {f.written: f for f in SourceIndex.build([path]).facts if f.kind != "year"}


def funeral_sheet(tmp_path: Path, units_row: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["县殡仪馆2025年殡葬服务统计"])
    ws.append(["服务项目", "2025年", None, "上年实际", "备注"])
    ws.append([None, "目标值", "实际值", None, None])
    if units_row:
        ws.append(["单位", "场", "场", "场", None])
    ws.append(["遗体告别仪式", 1150, 1286, 1204, None])
    ws.append(["生命文化讲座", 12, 15, 11, None])
    for rng in ("A1:E1", "B2:C2", "A2:A3", "D2:D3", "E2:E3"):
        ws.merge_cells(rng)
    path = tmp_path / "殡葬服务统计.xlsx"
    wb.save(path)
    return path


def test_a_units_row_ending_in_an_empty_cell_gives_each_column_its_unit(tmp_path):
    got = facts(funeral_sheet(tmp_path))
    assert {got[w].unit for w in ("1150", "1286", "1204")} == {"场"}
    assert got["1150"].role == "target" and got["1286"].role == "actual"
    assert got["1204"].ytag == -1 and got["1286"].ytag != -1


def test_a_units_row_under_a_two_line_header_lets_the_words_meet_the_columns(tmp_path):
    path = funeral_sheet(tmp_path)
    got = statuses("全年举办遗体告别仪式1286场，完成目标1150场的111.83%，比上年的1204场增加82场。", path)
    assert got == {"1286场": "exact", "1150场": "exact", "111.83%": "derived", "1204场": "exact", "82场": "derived"}
    assert statuses("全年举办遗体告别仪式1204场。", path) == {"1204场": "unsupported"}  # last year's, not this year's


def test_without_a_units_row_the_header_still_dates_and_names_its_columns(tmp_path):
    """Negative beside the units row: the same sheet without it reads the same roles and years (no unit)."""
    got = facts(funeral_sheet(tmp_path, units_row=False))
    assert got["1150"].role == "target" and got["1286"].role == "actual" and got["1204"].ytag == -1
    assert got["1286"].unit == ""


def test_a_data_row_ending_in_an_empty_cell_is_no_units_row(tmp_path):
    """Negative: a row of figures right under the header, its 备注 empty, is a row of the table, not its units."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["服务项目", "目标值（场）", "实际值（场）", "备注"])
    ws.append(["遗体告别仪式", 1150, 1286, None])
    ws.append(["生命文化讲座", 12, 15, None])
    path = tmp_path / "殡葬.xlsx"
    wb.save(path)
    got = facts(path)
    assert got["1286"].unit == "场" and got["1286"].role == "actual" and got["15"].role == "actual"


def nursing_home_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("2025年镇敬老院供养服务统计")
    table = document.add_table(rows=5, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "供养类别"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "集中供养人数"
    table.cell(1, 1).text = "本年（人）"
    table.cell(1, 2).text = "上年（人）"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "床位（张）"
    for i, row in enumerate((["特困老人", "86", "79", "96"], ["低保老人", "24", "21", "30"], ["合计", "110", "100", "126"]), 2):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    path = tmp_path / "供养统计.docx"
    document.save(path)
    return path


def test_a_word_headers_cell_spanning_two_columns_names_both(tmp_path):
    got = facts(nursing_home_docx(tmp_path))
    head = tokens("集中供养人数")
    assert head <= got["86"].subj and head <= got["79"].subj
    assert not head <= got["96"].subj  # the 床位 column is not under it
    assert got["79"].ytag == -1 and got["86"].ytag != -1


def test_a_word_headers_spanning_cell_lets_the_words_find_their_column(tmp_path):
    path = nursing_home_docx(tmp_path)
    got = statuses("全年集中供养特困老人86人，比上年增加7人。", path)
    assert got == {"86人": "exact", "7人": "derived"}, got
    assert statuses("全年集中供养特困老人79人。", path) == {"79人": "unsupported"}
