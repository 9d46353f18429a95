"""What every reader produces: tables of cells and paragraphs, each with the place it was read from.

A table is a grid: a merged cell appears in every position it covers as the same `Cell` (same place), so a
row can be read by column and a label's neighbour found by moving right until the place changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str
    place: str  # 'Sheet1!D7', '表1第3行第2列', '第1页表1第3行第2列', '第12行第3栏'


@dataclass
class Table:
    rows: list[list[Cell]]
    place: str  # 'Sheet1', '表1', '第1页表1', '第5–40行'
    run_on: bool = False  # cells of a row follow one another; empty cells are gone, columns do not line up


@dataclass
class Paragraph:
    text: str
    place: str
    heading: bool = False
    raw: str = ""  # a text print's line as written, its gaps kept (the gaps part a label from its value)


@dataclass
class FormDocument:
    path: str
    format: str  # xlsx | docx | pdf | text
    blocks: list[Table | Paragraph] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        """The document as text lines, each with its place, for reading as a check source: a table row is read
        as a Word source's row is (`drafter.load.row_lines`: short cells one tab-separated line, a merged cell's
        text once and its other columns empty so columns line up with the header row; a long 偏差原因 cell on a
        line of its own after its row's figures)."""
        from ..load import row_lines

        out: list[tuple[str, str]] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append((block.text.replace("\n", ""), block.place))
                continue
            for row in block.rows:
                cells: list[Cell] = []
                texts = []
                for cell in row:  # a merged cell is the same Cell object in every position it covers: its
                    if not any(cell is c for c in cells):  # text once, its other columns empty, so that the
                        cells.append(cell)  # columns line up with the rows below (上年 over 预算 | 执行)
                        texts.append(cell.text)
                    elif cell is cells[-1]:
                        texts.append("")
                if not any(t.strip() for t in texts):
                    continue
                place = _row_place([c.place for c in cells])
                out.extend((line, place) for line in row_lines(texts))
        return out

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]


_CELL_A1 = re.compile(r"^(?P<sheet>.*)!(?P<col>[A-Z]+)(?P<row>\d+)$")  # Sheet1!D7
_CELL_NTH = re.compile(r"^(?P<pre>.*?)第(?P<row>\d+)行第(?P<col>\d+)[列栏]$")  # 第1页表1第3行第2列, 第12行第3栏


def _row_place(places: list[str]) -> str:
    """A row's place from its cells' places: the row is the latest one its cells name (a cell merged down
    from a row above keeps that row's place): 自评表!A4:E4, 第1页表1第6行."""
    a1 = [m for m in map(_CELL_A1.match, places) if m]
    if a1 and len(a1) == len(places):
        row = max(int(m["row"]) for m in a1)
        cols = [m["col"] for m in a1 if int(m["row"]) == row]
        first, last = min(cols, key=lambda c: (len(c), c)), max(cols, key=lambda c: (len(c), c))
        span = f"{first}{row}" if first == last else f"{first}{row}:{last}{row}"
        return f"{a1[0]['sheet']}!{span}"
    nth = [m for m in map(_CELL_NTH.match, places) if m]
    if nth and len(nth) == len(places):
        row = max(int(m["row"]) for m in nth)
        return f"{nth[0]['pre']}第{row}行"
    return places[0]
