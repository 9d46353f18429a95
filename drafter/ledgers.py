"""Ledgers kept beside a form (台账: a CSV or tab-separated file of rows — batches, districts, half-years) read as data.

    read_ledger(path) -> Ledger | None      # None: not a table of rows with a figure column

A ledger's first non-empty line is its header; each column is a key (text: 批次, 县区, 半年), a date (2025-04-10,
4月10日) or a figure (every filled cell a number); the header's bracketed word is the figure's unit (新增接口（个）).
A row whose first filled cell is 合计 / 总计 / 小计 is the ledger's own total, kept apart from the rows.
The offline engine writes from it what a report says of a ledger (drafter.domain.ledger_story).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

LEDGER_SUFFIXES = (".csv", ".tsv")
_TOTAL = re.compile(r"^(?:合计|总计|小计|累计|全年合计)")
_UNIT = re.compile(r"^(?P<label>.*?)\s*[（(](?P<unit>[^（）()]{1,6})[）)]\s*$")
_ISO_DATE = re.compile(r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?$")
_MONTH_DAY = re.compile(r"^(?P<m>\d{1,2})月(?P<d>\d{1,2})日$")
# a word that names a quantity's unit, not what was done: 讲座场次 → 讲座, 新增接口数量 → 新增接口
_COUNT_TAIL = re.compile(r"(?:数量|场次|人次数|次数|人数|件数|个数|数)$")
MIN_ROWS = 2


class LedgerColumn(BaseModel):
    name: str = Field(description="the header as written: 新增接口（个）")
    label: str = Field(description="what it holds, without its unit: 新增接口; a key column's brackets dropped: 县区")
    unit: str = Field("", description="the bracketed unit of a figure column: 个, 例, 人次, 万次")
    kind: Literal["key", "date", "number"]

    @property
    def noun(self) -> str:
        """The column as a report names its figure: 讲座场次 → 讲座."""
        short = _COUNT_TAIL.sub("", self.label)
        return short if len(short) >= 2 else self.label


class LedgerRow(BaseModel):
    cells: list[str]
    line: int


class Ledger(BaseModel):
    source: str
    columns: list[LedgerColumn]
    rows: list[LedgerRow]
    total: LedgerRow | None = None

    def cell(self, row: LedgerRow, ci: int) -> str:
        return row.cells[ci] if ci < len(row.cells) else ""

    def figure(self, row: LedgerRow, ci: int) -> Decimal | None:
        return number(self.cell(row, ci))

    def column_sum(self, ci: int, rows: Iterable[LedgerRow] | None = None) -> Decimal:
        return sum((v for r in (self.rows if rows is None else rows) if (v := self.figure(r, ci)) is not None),
                   Decimal(0))

    def groups(self, ci: int) -> dict[str, list[LedgerRow]]:
        """The rows by the value of key column `ci`, in the ledger's order."""
        out: dict[str, list[LedgerRow]] = {}
        for r in self.rows:
            value = self.cell(r, ci)
            if value:
                out.setdefault(value, []).append(r)
        return out


def number(text: str) -> Decimal | None:
    text = text.strip().replace(",", "").replace("，", "")
    if not text or not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def ledger_date(text: str, year: int | None = None) -> dt.date | None:
    m = _ISO_DATE.match(text.strip()) or _MONTH_DAY.match(text.strip())
    if m is None:
        return None
    y = int(m["y"]) if "y" in m.groupdict() and m["y"] else year or 2000
    try:
        return dt.date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _column(name: str, cells: list[str]) -> LedgerColumn:
    filled = [c for c in cells if c]
    m = _UNIT.match(name)
    if filled and all(number(c) is not None for c in filled):
        return LedgerColumn(name=name, label=(m["label"] if m else name).strip() or name,
                            unit=m["unit"].strip() if m else "", kind="number")
    label = re.sub(r"[（）()\s]", "", name) or name
    if filled and all(ledger_date(c) is not None for c in filled):
        return LedgerColumn(name=name, label=label, kind="date")
    return LedgerColumn(name=name, label=label, kind="key")


def parse_ledger(text: str, source: str) -> Ledger | None:
    """Tab-separated lines (a CSV is read into them first) → a Ledger, or None when no figure column is there."""
    lines = [(i, [c.strip() for c in raw.split("\t")]) for i, raw in enumerate(text.splitlines(), start=1)]
    lines = [(i, cells) for i, cells in lines if any(cells)]
    if len(lines) < MIN_ROWS + 1 or len(lines[0][1]) < 2:
        return None
    (_, header), body = lines[0], lines[1:]
    width = len(header)
    if any(not h for h in header) or len(set(header)) != width:
        return None  # a header with a blank or a repeated name is no ledger this reader can name
    rows, total = [], None
    for i, cells in body:
        cells = (cells + [""] * width)[:width]
        first = next((c for c in cells if c), "")
        if _TOTAL.match(first):
            total = LedgerRow(cells=cells, line=i)
        else:
            rows.append(LedgerRow(cells=cells, line=i))
    if len(rows) < MIN_ROWS:
        return None
    columns = [_column(h, [r.cells[ci] for r in rows]) for ci, h in enumerate(header)]
    if not any(c.kind == "number" for c in columns) or not any(c.kind == "key" for c in columns):
        return None
    return Ledger(source=source, columns=columns, rows=rows, total=total)


def read_ledger(path: Path) -> Ledger | None:
    from .load import read_csv_text, read_text

    text = read_csv_text(path) if path.suffix.lower() == ".csv" else read_text(path)
    return parse_ledger(text, str(path))


def ledgers_in(folder: Path) -> list[Ledger]:
    """The ledgers kept in a form's (or an input's) own folder, by name."""
    from .safefile import list_files

    out = []
    for path in list_files(folder, LEDGER_SUFFIXES):
        if path.parent == folder and (ledger := read_ledger(path)) is not None:
            out.append(ledger)
    return out
