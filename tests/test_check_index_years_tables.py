"""Years of a table row's figures, in every shape a source table reaches the index (issue 10, index): a Markdown
pipe table, a tab ledger, a whitespace ledger, an Excel sheet, a Word table and a PDF form, with columns
本年 | 上年, 2024年 | 2023年, 年度目标 | 实际完成值 | 上年实际, rows labelled by their year (2023年 | 680), or
cells that carry their own year (2023: 680 | 2024: 742). A growth or difference takes this year's figure
against last year's; a figure the text gives as this year's is never supported by last year's cell.
Unit: a senior citizens' university of a county (县老年大学), its 2024 report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import SourceIndex, SourceText, check

TITLE = "某县老年大学2024年教学情况"
# (header, rows): this year's 742 人次 / 40 班, last year's 680 / 34
COLUMNS = {
    "本年/上年": (["指标", "本年", "上年"], [["培训人次", "742", "680"], ["开设班级", "40", "34"]]),
    "2024年/2023年": (["指标", "2024年", "2023年"], [["培训人次", "742", "680"], ["开设班级", "40", "34"]]),
    "上年实际": (["指标", "年度目标", "实际完成值", "上年实际"],
                 [["培训人次", "≥700", "742", "680"], ["开设班级", "≥36", "40", "34"]]),
    "年度行": (["年度", "培训人次"], [["2023年", "680"], ["2024年", "742"]]),
}


def _text_table(kind: str, header: list[str], rows: list[list[str]]) -> str:
    if kind == "pipe":
        lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    elif kind == "tab":
        lines = ["\t".join(r) for r in [header, *rows]]
    else:
        lines = ["".join(c.ljust(12) for c in r).rstrip() for r in [header, *rows]]
    return TITLE + "\n" + "\n".join(lines) + "\n"


def _xlsx(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for r in rows:
        ws.append([int(c) if c.isdigit() else c for c in r])
    path = tmp_path / "教学情况.xlsx"
    wb.save(path)
    return path


def _docx(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=0, cols=len(header))
    for r in [header, *rows]:
        for cell, value in zip(table.add_row().cells, r):
            cell.text = value
    path = tmp_path / "教学情况.docx"
    document.save(path)
    return path


def _pdf(tmp_path: Path, header: list[str], rows: list[list[str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    ruled = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light")])
    path = tmp_path / "教学情况.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph(TITLE, ParagraphStyle("title", fontName="STSong-Light", fontSize=9)),
        Table([header, *rows], style=ruled)])
    return path


def source(shape: str, columns: str, tmp_path: Path):
    header, rows = COLUMNS[columns]
    if shape in ("pipe", "tab", "space"):
        return SourceText(name=f"教学情况.{'md' if shape == 'pipe' else 'txt'}", text=_text_table(shape, header, rows))
    return {"xlsx": _xlsx, "docx": _docx, "pdf": _pdf}[shape](tmp_path, header, rows)


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SHAPES = ("pipe", "tab", "space", "xlsx", "docx", "pdf")


@pytest.mark.parametrize("columns", list(COLUMNS))
@pytest.mark.parametrize("shape", SHAPES)
def test_last_years_cell_is_last_years_and_the_growth_is_this_year_over_last(shape, columns, tmp_path):
    src = source(shape, columns, tmp_path)
    years = {f.written.rstrip("人次"): f.ytag for f in SourceIndex.build([src]).facts if f.kind != "year"}
    assert years["680"] in (-1, 2023) and years["742"] in (None, 2024), years
    assert status("全年培训学员742人次。", src) == {"742人次": "exact"}
    assert status("全年培训学员680人次。", src) == {"680人次": "unsupported"}  # last year's, not this year's
    got = status("全年培训学员742人次，比上年增加62人次，增长9.12%。", src)
    assert got == {"742人次": "exact", "62人次": "derived", "9.12%": "derived"}, got
    # 62 ÷ 742: the growth over this year's figure is no growth over last year's
    assert status("全年培训学员742人次，比上年增长8.36%。", src)["8.36%"] == "unsupported"


@pytest.mark.parametrize("columns", ["本年/上年", "2024年/2023年", "年度行"])
@pytest.mark.parametrize("shape", SHAPES)
def test_this_years_cell_is_no_figure_of_last_year(shape, columns, tmp_path):
    """A column headed 本年 (or the year of the sources) holds this year's figures: 上年培训742人次 is not borne
    out by it, as 全年培训680人次 is not by the 上年 column."""
    src = source(shape, columns, tmp_path)
    assert status("上年培训学员680人次。", src) == {"680人次": "exact"}
    assert status("上年培训学员742人次。", src) == {"742人次": "unsupported"}


# -- cells that carry their own year ------------------------------------------------------------------------

LABELLED = SourceText(name="教学台账.md", text=(
    f"# {TITLE}\n\n"
    "| 指标 | 上年 | 本年 |\n"
    "| --- | --- | --- |\n"
    "| 培训人次 | 2023: 680 | 2024: 742 |\n"
    "| 开设班级 | 2023: 34 | 2024: 40 |\n"))

LINES = SourceText(name="教学统计.txt", text=(
    f"{TITLE}\n"
    "培训人次 | 2023: 680 | 2024: 742\n"
    "开设班级 | 2023：34 | 2024：40\n"))


@pytest.mark.parametrize("src", [LABELLED, LINES], ids=["table", "lines"])
def test_a_year_written_as_a_cells_label_dates_its_figure(src):
    years = {f.written: f.ytag for f in SourceIndex.build([src]).facts if f.kind != "year"}
    assert years["680"] == 2023 and years["34"] == 2023, years
    assert years["742"] in (None, 2024) and years["40"] in (None, 2024), years
    assert status("全年培训学员680人次。", src) == {"680人次": "unsupported"}
    assert status("全年开设班级34个。", src) == {"34个": "unsupported"}
    got = status("培训人次比上年增长9.12%，开设班级比上年增加6个。", src)
    assert got == {"9.12%": "derived", "6个": "derived"}, got

