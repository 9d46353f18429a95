"""What every reader produces: tables of cells and paragraphs, each with the place it was read from.

A table is a grid: a merged cell appears in every position it covers as the same `Cell` (same place), so a
row can be read by column and a label's neighbour found by moving right until the place changes.
"""

from __future__ import annotations

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


@dataclass
class FormDocument:
    path: str
    format: str  # xlsx | docx | pdf | text
    blocks: list[Table | Paragraph] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]
