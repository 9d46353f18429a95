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


# a sheet printed without cell borders has no ruling lines: its columns are found from where the text lines up
_UNRULED = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _text_grid(table, page_no: int, t_no: int) -> list[list[Cell]]:
    """Rows of a table found from the text alone. A cell that wraps prints its lines one under another with no
    gap, the other cells of its row centred beside them; rows are parted by a gap (an empty row here): so each
    run of rows between gaps is one row, and each column's pieces, top to bottom, one cell."""
    out: list[list[Cell]] = []
    run: list[tuple[int, list]] = []
    for i, row in enumerate([*table.extract(), []]):
        if any((c or "").strip() for c in row):
            run.append((i, row))
            continue
        if run:
            width = max(len(r) for _, r in run)
            out.append([Cell(join_lines("\n".join((r[j] or "") for _, r in run if j < len(r))),
                             f"第{page_no}页表{t_no}第{run[0][0] + 1}行第{j + 1}列") for j in range(width)])
            run = []
    return out


def _edges(table) -> list[float]:
    """A ruled table's column edges, left to right."""
    return sorted({round(c[0], 1) for c in table.cells} | {round(max(c[2] for c in table.cells), 1)})


def _same_edges(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) > 2 and all(abs(x - y) <= 1.5 for x, y in zip(a, b))


def _form_labels(doc: FormDocument) -> bool:
    """Whether a table found from the text alone holds a 自评表's own row or column labels."""
    labels = {"项目名称", "部门名称", "三级指标", "年初预算数", "全年执行数", "关键指标", "一级指标"}
    return any(re.sub(r"\s+", "", c.text) in labels for t in doc.tables for row in t.rows for c in row)


def _read_pages(pdf, doc: FormDocument, settings: dict | None) -> int:
    chars = 0
    last: Table | None = None  # the previous page's last table, and its column edges
    last_edges: list[float] = []
    for p_no, page in enumerate(pdf.pages, start=1):
        chars += len(page.chars)
        tables = page.find_tables(table_settings=settings) if settings else page.find_tables()
        outside = page
        placed: list[tuple[float, Table | Paragraph]] = []  # (top, block): the page's order, top to bottom
        for t_no, table in enumerate(tables, start=1):
            rows = _text_grid(table, p_no, t_no) if settings else _grid(table, p_no, t_no)
            edges = [] if settings else _edges(table)
            if t_no == 1 and last is not None and _continues(last, rows):
                last.rows.extend(rows[1:])  # the table goes on under its repeated header row
            elif t_no == 1 and last is not None and edges and _same_edges(edges, last_edges) and rows \
                    and len(rows[0]) == len(last.rows[-1]):
                last.rows.extend(rows)  # the table goes on in the same ruled columns, no header repeated
            else:
                placed.append((table.bbox[1], Table(rows=rows, place=f"第{p_no}页表{t_no}")))
            outside = outside.outside_bbox(table.bbox)
            last_edges = edges
        for n, line in enumerate(outside.extract_text_lines(), start=1):
            if line["text"].strip():
                placed.append((line["top"], Paragraph(line["text"].strip(), f"第{p_no}页第{n}行")))
        # a title or 单位：万元 above a table comes before it, as on the page (the checker reads them so)
        doc.blocks.extend(block for _, block in sorted(placed, key=lambda tb: tb[0]))
        last = doc.tables[-1] if tables else None
    return chars


def read_pdf(path: Path) -> FormDocument:
    import pdfplumber

    from ..safefile import check_pdf_streams

    check_pdf_streams(path, "form")  # pdfminer inflates streams without a limit: a flate bomb is refused first
    doc = FormDocument(path=str(path), format="pdf")
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:  # pdfminer raises its own types for damaged or encrypted files
        raise InputError(path, f"无法打开 PDF（文件损坏或设有密码）/ cannot open the PDF ({type(e).__name__})") from None
    with pdf:
        chars = _read_pages(pdf, doc, None)
        if chars and not doc.tables:  # no ruled table anywhere: read the columns the text lines up in
            unruled = FormDocument(path=str(path), format="pdf")
            _read_pages(pdf, unruled, _UNRULED)
            doc = unruled if _form_labels(unruled) else doc  # prose lined up by chance stays prose
    if chars == 0:
        raise InputError(path, "PDF 没有文字层（扫描件），请先做文字识别（OCR）或提供 Excel / Word 原表"
                               " / scanned PDF without a text layer", where="第1页")
    return doc
