"""PDF forms with a text layer (pdfplumber): ruled tables with their merged cells, and the text around them."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .model import Cell, FormDocument, Paragraph, Table


def join_lines(text: str) -> str:
    """A cell's wrapped lines are one text; Chinese wraps anywhere, so lines join without a space."""
    parts = [p.strip() for p in (text or "").splitlines() if p.strip()]
    out = ""
    for p in parts:
        out += (" " if out and re.match(r"[A-Za-z]", p) and re.search(r"[A-Za-z]$", out) else "") + p
    return out


def _grid(table, page_no: int, t_no: int) -> list[list[Cell]]:
    """Positions covered by a merged cell (pdfplumber gives None there) show that cell, found by geometry."""
    texts = table.extract()
    rows = table.rows
    n_cols = max(len(r.cells) for r in rows)
    col_x = [min((r.cells[j][0] for r in rows if j < len(r.cells) and r.cells[j] is not None), default=None)
             for j in range(n_cols)]
    real = []  # (bbox, Cell)
    for i, row in enumerate(rows):
        for j, bbox in enumerate(row.cells):
            if bbox is not None:
                real.append((bbox, Cell(join_lines(texts[i][j] or ""), f"第{page_no}页表{t_no}第{i + 1}行第{j + 1}列")))
    grid = []
    for i, row in enumerate(rows):
        top = row.bbox[1]
        line = []
        for j in range(n_cols):
            x = col_x[j]
            found = next((cell for (x0, y0, x1, y1), cell in real
                          if x is not None and x0 - 0.5 <= x < x1 - 0.5 and y0 - 0.5 <= top < y1 - 0.5), None)
            line.append(found or Cell("", f"第{page_no}页表{t_no}第{i + 1}行第{j + 1}列"))
        grid.append(line)
    return grid


def _continues(previous: Table, rows: list[list[Cell]]) -> bool:
    """A table at the top of a page that opens with a header row of the previous page's last table, in the same
    columns, is that table going on: Word and Excel repeat the header row on every printed page."""
    def texts(row: list[Cell]) -> list[str]:
        return [re.sub(r"\s+", "", c.text) for c in row]

    first = texts(rows[0]) if rows else []
    return (sum(1 for t in first if t) >= 3 and all(len(r) == len(first) for r in previous.rows)
            and any(texts(r) == first for r in previous.rows))


def read_pdf(path: Path) -> FormDocument:
    import pdfplumber

    from ..safefile import check_pdf_streams

    check_pdf_streams(path, "form")  # pdfminer inflates streams without a limit: a flate bomb is refused first
    doc = FormDocument(path=str(path), format="pdf")
    chars = 0
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:  # pdfminer raises its own types for damaged or encrypted files
        raise InputError(path, f"无法打开 PDF（文件损坏或设有密码）/ cannot open the PDF ({type(e).__name__})") from None
    with pdf:
        last: Table | None = None  # the previous page's last table
        for p_no, page in enumerate(pdf.pages, start=1):
            chars += len(page.chars)
            tables = page.find_tables()
            outside = page
            placed: list[tuple[float, Table | Paragraph]] = []  # (top, block): the page's order, top to bottom
            for t_no, table in enumerate(tables, start=1):
                rows = _grid(table, p_no, t_no)
                if t_no == 1 and last is not None and _continues(last, rows):
                    last.rows.extend(rows[1:])  # the table goes on under its repeated header row
                else:
                    placed.append((table.bbox[1], Table(rows=rows, place=f"第{p_no}页表{t_no}")))
                outside = outside.outside_bbox(table.bbox)
            for n, line in enumerate(outside.extract_text_lines(), start=1):
                if line["text"].strip():
                    placed.append((line["top"], Paragraph(line["text"].strip(), f"第{p_no}页第{n}行")))
            # a title or 单位：万元 above a table comes before it, as on the page (the checker reads them so)
            doc.blocks.extend(block for _, block in sorted(placed, key=lambda tb: tb[0]))
            last = doc.tables[-1] if tables else None
    if chars == 0:
        raise InputError(path, "PDF 没有文字层（扫描件），请先做文字识别（OCR）或提供 Excel / Word 原表"
                               " / scanned PDF without a text layer", where="第1页")
    return doc
