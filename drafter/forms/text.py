"""Text copied out of a form: tab-separated rows (OCR, a copied sheet), Markdown pipe tables, and plain lines.

Plain lines stay paragraphs; when a text holds no table at all, its lines are read as run-on rows, where a
row's cells follow one another separated by spaces (what copying a PDF table gives).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ..load import read_text
from .model import Cell, FormDocument, Paragraph, Table

_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff，。、；：）》”])\s+(?=[\u3400-\u9fff，。、；：（《“])")


def ocr_wraps(text: str) -> str:
    """'完成物资仓库 装修' → '完成物资仓库装修': a space between Chinese characters is where OCR wrapped a cell."""
    return _CJK_GAP.sub("", text.strip())


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


_BR = re.compile(r"<br\s*/?>", re.I)


def _pipe_cells(line: str) -> list[str]:
    """A Markdown table row's cells; a line break inside a cell, written <br> by converters, is a line break."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [_BR.sub("\n", c).strip() for c in inner.split("|")]


# a cause written under an indicator row as a line of its own ('偏差原因：…'): a row of the open table, read
# with the indicators, not text that ends the table
_CAUSE_LINE = re.compile(r"^\s*(?:偏差原因|未完成原因)[^：:\s]{0,8}\s*[：:]")

_YAML_LINE = re.compile(r"^\s*(?:-\s+)?[^\s:：#|]+:(?:\s|$)")


_OPEN_QUOTE = re.compile(r'(?:^|\t)"')


def _records(lines: list[str]) -> list[tuple[int, str, list[str] | None]]:
    """(line number, line, cells): a sheet copied from Excel quotes a cell holding a line break ("≥⏎95%", a
    two-line cause), so such a row spans lines until its quote closes; it is one row of cells, the quotes gone.
    Other lines are returned as they are (cells None)."""
    out: list[tuple[int, str, list[str] | None]] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if "\t" in line and _OPEN_QUOTE.search(line) and line.count('"') % 2:
            end = n + 1
            while end < len(lines) and end - n <= 20 and "\n".join(lines[n:end]).count('"') % 2:
                end += 1
            record = "\n".join(lines[n:end])
            if record.count('"') % 2 == 0:
                cells = next(csv.reader(io.StringIO(record), delimiter="\t", quotechar='"'))
                out.append((n + 1, record.replace("\n", " "), cells))
                n = end
                continue
        out.append((n + 1, line, None))
        n += 1
    return out


def read_text_form(path: Path) -> FormDocument:
    text = read_text(path, "form")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if lines and sum(bool(_YAML_LINE.match(ln)) for ln in lines) >= 0.6 * len(lines):
        from ..errors import InputError

        raise InputError(path, "文件内容是 YAML 格式的 drafter 输入，不是自评表：请把扩展名改为 .yaml"
                               " / YAML content: rename the file to .yaml")
    return parse_text_form(text, str(path))


def parse_text_form(text: str, source: str = "<text>") -> FormDocument:
    doc = FormDocument(path=source, format="text")
    table: list[list[Cell]] = []
    lines: list[str] = []
    plain: list[tuple[int, str]] = []  # lines as written: run-on rows are split where the spaces are
    start = 0

    def close(end: int) -> None:
        nonlocal table
        if table:
            width = max(len(r) for r in table)
            rows = [r + [Cell("", f"{line}第{k}栏") for k in range(len(r) + 1, width + 1)]  # trailing cells cut
                    for r, line in zip(table, lines)]
            doc.blocks.append(Table(rows=rows, place=f"第{start}–{end}行"))
            table = []
            lines.clear()

    for n, raw, quoted in _records(text.splitlines()):
        line = raw.rstrip()
        if quoted is not None:
            cells = quoted
        elif "\t" in line:
            cells = line.split("\t")
        elif line.lstrip().startswith("|"):
            if _PIPE_RULE.match(line):
                if len(table) > 1:  # a Markdown table begins at its header row, which this rule closes: a new one
                    header, where = table.pop(), lines.pop()
                    close(int(re.search(r"\d+", where)[0]) - 1)
                    start = int(re.search(r"\d+", where)[0])
                    table.append(header)
                    lines.append(where)
                continue
            cells = _pipe_cells(line)
        elif table and _CAUSE_LINE.match(line):
            cells = [line.strip()]
        else:
            if not line.strip():  # OCR text breaks a table with blank lines; only a text line ends it
                continue
            close(n - 1)
            if line.strip():
                heading = line.lstrip().startswith("#")
                doc.blocks.append(Paragraph(ocr_wraps(line.lstrip().lstrip("#")), f"第{n}行", heading=heading))
                plain.append((n, line))
            continue
        if not table:
            start = n
        lines.append(f"第{n}行")
        table.append([Cell(ocr_wraps(c), f"第{n}行第{k}栏") for k, c in enumerate(cells, start=1)])
    close(len(text.splitlines()))
    if not doc.tables:  # no table: the lines themselves are rows whose cells follow one another
        rows = [[Cell(tok, f"第{n}行第{k}项") for k, tok in enumerate(line.lstrip("#").split(), start=1)]
                for n, line in plain]
        if rows:
            doc.blocks.append(Table(rows=rows, place="全文", run_on=True))
    return doc
