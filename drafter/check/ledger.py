"""A ledger's rows summed by one of its own columns (a late stage of run.py).

Reports summarise ledgers by batch, county or kind — "其中社区店32个，商超店13个", "埇桥区新增网点22个", "第一批上线46个"
— and no row of the ledger states those sums. A table's text column whose values several rows share (网点类型: 社区店
×5, 商超店 ×3; 区县: 埇桥区 ×2) groups its rows; each numeric column summed over each group is a figure the sources
give by structure. The text's figure is such a sum when:
- its clause (from the last clause mark before it) names exactly one value of the table's grouping columns — the
  group (a clause naming two, 萧县商超店, names one row, which a direct match reads);
- the sum of one numeric column over that group's rows equals it at its stated precision (or on the side its
  approximation word says), in its unit family;
- no other numeric column of that family is the one its words name (撤销网点 is not 新增网点).
A 合计 / 小计 row is no group. The groups are built once per index, on the stage's first use, from the text cells the
index keeps per table line (SourceIndex.row_cells); each figure looks up the sums of its family only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from ..subjects import tokens
from ._common import _ROLE_MARKS

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Target

_WHOLE_CELL = re.compile(r"^(?:合计|总计|小计|总数|全部|全年合计|累计)")
_CLAUSE_MARK = re.compile(r"[，,；;。：:！？\n]")
MIN_ROWS = 3  # a table of fewer rows is read row by row


class _Group(NamedTuple):
    value: str  # the grouping cell (社区店)
    column: str  # the numeric column summed (新增网点（个）)
    facts: tuple["_Fact", ...]
    total: Decimal


class LedgerGroups:
    """Per source index: each table's group sums by family, and each table's grouping values."""

    def __init__(self, ix: "SourceIndex") -> None:
        now = ix.year_now
        rows: dict[int, dict[int, list["_Fact"]]] = defaultdict(lambda: defaultdict(list))  # table → line → facts
        for f in ix.facts:
            if f.tab >= 0 and f.group in ix.row_cells and f.date is None and f.approx is None and f.hi_mag is None \
                    and f.family not in ("%", "pt") and f.role != "target" and f.ytag in (None, now) and f.head:
                rows[f.tab][f.group].append(f)
        self.sums: dict[str, list[_Group]] = defaultdict(list)
        self.values: dict[int, set[str]] = {}  # table → the values its grouping columns hold
        self.heads: dict[int, dict[str, tuple[str, frozenset[str]]]] = {}  # table → numeric column → (family, words)
        for tab, lines in rows.items():
            if len(lines) < MIN_ROWS:
                continue
            by_column: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for g in lines:
                for head, cell in ix.row_cells[g]:
                    if not _WHOLE_CELL.match(cell):
                        by_column[head][cell].append(g)
            grouping = {h: vs for h, vs in by_column.items() if len(vs) >= 2 and any(len(gs) >= 2 for gs in vs.values())}
            if not grouping:
                continue
            self.values[tab] = {v for vs in grouping.values() for v in vs}
            self.heads[tab] = {f.head: (f.family, tokens(f.head) - _ROLE_MARKS) for fs in lines.values() for f in fs}
            for vs in grouping.values():
                for value, gs in vs.items():
                    if len(gs) < 2:
                        continue  # one row: its own cell, which a direct match reads
                    columns: dict[str, list["_Fact"]] = defaultdict(list)
                    for g in gs:
                        for f in lines[g]:
                            columns[f.head].append(f)
                    for head, fs in columns.items():
                        if len(fs) == len(gs) and len({(f.family, f.unit) for f in fs}) == 1:
                            self.sums[fs[0].family].append(
                                _Group(value, head, tuple(fs), sum((f.mag for f in fs), Decimal(0))))


def groups_of(ix: "SourceIndex") -> LedgerGroups:
    got = getattr(ix, "_ledger_groups", None)
    if got is None:
        got = ix._ledger_groups = LedgerGroups(ix)  # type: ignore[attr-defined]
    return got


def group_sum(ix: "SourceIndex", t: "_Target", text: str) -> tuple[str, list["_Fact"], Decimal] | None:
    """'其中社区店32个': the sum over the rows of the one group its clause names, of the column its unit (and words)
    give — (formula, facts, sum), or None."""
    from .match import _fits, count_alias

    if t.family in ("%", "pt") or t.m.hi is not None or not ix.row_cells:
        return None
    ledger = groups_of(ix)
    # 22场 sums a column of 场次 as a direct match meets it (match.count_alias)
    families = {t.family} | ({alias} if (alias := count_alias(ix, t, text)) else set())
    candidates = [g for fam in families for g in ledger.sums.get(fam, ())]
    if not candidates:
        return None
    lo = t.m.start
    while lo > 0 and not _CLAUSE_MARK.match(text, lo - 1) and t.m.start - lo < 40:
        lo -= 1
    clause = text[lo:t.m.start]
    words = tokens(text[max(0, lo - 40):t.m.start]) - _ROLE_MARKS
    found: list[_Group] = []
    for g in candidates:
        if g.value not in clause or not _fits(t, g.total):
            continue
        tab = g.facts[0].tab
        if sum(v in clause for v in ledger.values[tab]) != 1:
            continue  # 萧县商超店: two groups' values name one row
        heads = ledger.heads[tab]
        named = {h for h, (fam, w) in heads.items() if fam in families and w & words}
        if named and g.column not in named:
            continue  # 撤销网点5个 is no sum of the 新增网点 column
        found.append(g)
    if len({(g.value, g.column) for g in found}) != 1:
        return None
    g = found[0]
    facts = sorted(g.facts, key=lambda f: f.seq)
    return " + ".join(f.written for f in facts) + f" = {t.m.text}（{g.value}）", facts, g.total
