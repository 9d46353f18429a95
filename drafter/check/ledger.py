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

from ..numbers import COUNT_MEASURES, unit_family
from ..subjects import tokens
from ._common import _ROLE_MARKS

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Target

_WHOLE_CELL = re.compile(r"^(?:合计|总计|小计|总数|全部|全年合计|累计)")
_CLAUSE_MARK = re.compile(r"[，,；;。：:！？\n]")
_DIGIT = re.compile(r"\d")
MIN_ROWS = 3  # a table of fewer rows is read row by row


def _head_family(head: str) -> str:
    """The family of a bare column whose header ends in its measure word (发现隐患处, 排查隐患处 — as 检查船舶艘次 ends
    in 艘次), '' when it names none: 次数 / 数 end no measure word."""
    last = head.strip()[-1:]
    return unit_family(last)[0] if last and last in COUNT_MEASURES and len(head.strip()) >= 3 else ""


class _Mean(NamedTuple):
    by: str  # the grouping column's header (批次)
    suffix: str  # the ending its values share (批), '' when none
    n: int  # how many groups it holds
    column: str
    facts: tuple["_Fact", ...]
    total: Decimal


class _Table(NamedTuple):
    grouping: dict[str, dict[str, frozenset[int]]]  # text column → value → its lines (a row name's column too)
    cells: dict[int, dict[str, "_Fact"]]  # line → numeric column → its figure
    family: dict[str, str]  # numeric column → unit family


class LedgerGroups:
    """Per source index: each table's grouping columns and numeric cells, the tables holding each family, and each
    column's total over each grouping (for means)."""

    def __init__(self, ix: "SourceIndex") -> None:
        now = ix.year_now
        rows: dict[int, dict[int, list["_Fact"]]] = defaultdict(lambda: defaultdict(list))  # table → line → facts
        halves: dict[int, set[bool]] = defaultdict(set)  # line → whether its dates fall in the first half
        for f in ix.facts:
            if f.tab >= 0 and f.group in ix.row_cells and f.date is None and f.approx is None and f.hi_mag is None \
                    and f.family not in ("%", "pt") and f.role != "target" and f.ytag in (None, now) and f.head:
                rows[f.tab][f.group].append(f)
            elif f.date is not None and f.date[1] and f.group in ix.row_cells:
                halves[f.group].add(f.date[1] <= 6)
        self.tables: dict[int, _Table] = {}
        self.by_family: dict[str, list[int]] = defaultdict(list)  # family → the tables with a column of it
        self.values: dict[int, set[str]] = {}  # table → the values its grouping columns hold
        self.heads: dict[int, dict[str, tuple[str, frozenset[str]]]] = {}  # table → numeric column → (family, words)
        self.means: dict[str, list[_Mean]] = defaultdict(list)  # family → each column's total over each grouping
        for tab, lines in rows.items():
            if len(lines) < MIN_ROWS:
                continue
            by_column: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
            for g in lines:
                for head, cell in ix.row_cells[g]:
                    if not _WHOLE_CELL.match(cell) and len(cell) >= 2:  # (是 / 否 name nothing a clause could)
                        by_column[head][cell].append(g)
            grouping = {h: {v: frozenset(gs) for v, gs in vs.items()} for h, vs in by_column.items()
                        if len(vs) >= 2 and any(len(gs) >= 2 for gs in vs.values())}
            stems = {STEM + h: got for h, vs in by_column.items() if (got := _stems(vs, len(lines)))}
            grouping.update(stems)
            # 上半年 / 下半年: the rows its date column puts in each half — when every row but a 合计 row has its date
            # in one half
            dated = {g: next(iter(halves[g])) for g in lines if len(halves.get(g, ())) == 1}
            if len(dated) >= 2 and all(g in dated or any(_WHOLE_CELL.match(c) for _, c in ix.row_cells[g])
                                       for g in lines):
                split = {v: frozenset(g for g, first in dated.items() if first == want)
                         for v, want in (("上半年", True), ("下半年", False))}
                if all(split.values()):
                    grouping["§半年"] = split
            if not grouping:
                continue
            family = {f.head: f.family or _head_family(f.head) for fs in lines.values() for f in fs}
            cells = {g: {f.head: f for f in fs} for g, fs in lines.items()}
            # the rows a clause selects: by the groups it names, and by the row names it lists (第一批…信州区、广信区)
            select = {h: {v: frozenset(gs) for v, gs in vs.items()} for h, vs in by_column.items() if len(vs) >= 2}
            select.update(grouping)
            self.tables[tab] = _Table(select, cells, family)
            for fam in set(family.values()) - {""}:
                self.by_family[fam].append(tab)
            self.values[tab] = {v for vs in select.values() for v in vs}
            self.heads[tab] = {h: (fam, tokens(h) - _ROLE_MARKS) for h, fam in family.items()}
            whole: dict[str, list["_Fact"]] = defaultdict(list)  # each numeric column over every row
            for fs in lines.values():
                for f in fs:
                    whole[f.head].append(f)
            for by, vs in grouping.items():
                if by.startswith(STEM) or sum(len(gs) for gs in vs.values()) != len(lines):
                    continue  # a column some rows leave blank (or a 合计 row) groups no mean
                suffix = _common_suffix(list(vs))
                for head, fs in whole.items():
                    if len(fs) == len(lines) and len({(f.family, f.unit) for f in fs}) == 1 and family[head]:
                        self.means[family[head]].append(_Mean(by.strip(), suffix, len(vs), head, tuple(fs),
                                                              sum((f.mag for f in fs), Decimal(0))))


def groups_of(ix: "SourceIndex") -> LedgerGroups:
    got = getattr(ix, "_ledger_groups", None)
    if got is None:
        got = ix._ledger_groups = LedgerGroups(ix)  # type: ignore[attr-defined]
    return got


def group_sum(ix: "SourceIndex", t: "_Target", text: str) -> tuple[str, list["_Fact"], Decimal] | None:
    """'其中社区店32个' / '第一批完成冷水滩区、零陵区64个': the sum over the rows its clause names — of each grouping
    column it names a value of, the rows holding one of those values (社区店; 第一批 and 冷水滩区 or 零陵区) — of the
    column its unit (and words) give; or, naming no group, the column's total its words name. (formula, facts, sum),
    or None."""
    from .match import _fits, count_alias

    if t.family in ("%", "pt") or t.m.hi is not None or not ix.row_cells:
        return None
    ledger = groups_of(ix)
    # 22场 sums a column of 场次 as a direct match meets it (match.count_alias)
    families = {t.family} | ({alias} if (alias := count_alias(ix, t, text)) else set())
    tabs = sorted({tab for fam in families for tab in ledger.by_family.get(fam, ())})
    if not tabs:
        return None
    lo = _clause_start(text, t.m.start)
    clause = text[lo:t.m.start]
    if (digits := [d.end() for d in _DIGIT.finditer(clause)]) and any(
            v in clause[digits[-1]:] for tab in tabs for v in ledger.values[tab]):
        clause = clause[digits[-1]:]  # 第一批47艘次、第二批: from the figure before it, when a group is named after it
    words = tokens(text[max(0, lo - 40):t.m.start]) - _ROLE_MARKS
    found, named_any = _group_sums(ledger, tabs, families, clause, words, t)
    if not named_any:
        # 全年开展培训370人次: the column's total over every row, when its words name that column and no group
        whole = {(g.facts[0].tab, g.column): g for fam in families for g in ledger.means.get(fam, ())
                 if _fits(t, g.total) and ledger.heads[g.facts[0].tab][g.column][1] & words}
        if len(whole) == 1:
            w = next(iter(whole.values()))
            facts = sorted(w.facts, key=lambda f: f.seq)
            return " + ".join(f.written for f in facts) + f" = {t.m.text}（{w.column}合计）", facts, w.total
        if lo and text[lo - 1] in "，," and not _DIGIT.search(clause):
            # 在合作市举办3场，观众20200人次 / 其中宏村镇7栋，修缮面积952平方米，合同金额83.68万元: a bare clause goes on
            # from the nearest clause before it in its sentence that names a group
            end = lo - 1
            for _ in range(MAX_CLAUSES_BACK):
                start = _clause_start(text, end)
                found, named = _group_sums(ledger, tabs, families, text[start:end], words, t)
                if named or not start or text[start - 1] not in "，,":
                    break
                end = start - 1
    if len({(tab, head) for tab, head, *_ in found}) != 1:
        return None
    _, _, fs, total, label = found[0]
    facts = sorted(fs, key=lambda f: f.seq)
    return " + ".join(f.written for f in facts) + f" = {t.m.text}（{label}）", facts, total


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` opens: after the last clause mark, at most 40 characters back."""
    lo = end
    while lo > 0 and not _CLAUSE_MARK.match(text, lo - 1) and end - lo < 40:
        lo -= 1
    return lo


def _picked(table: _Table, clause: str) -> tuple[frozenset[int] | None, list[str]]:
    """The rows the clause names by the values of the table's grouping columns (of each column it names a value of,
    the rows holding one of them), and the values named; (None, []) when it names none."""
    picked: frozenset[int] | None = None
    said: list[str] = []
    for by, vs in table.grouping.items():
        here = [v for v in vs if v in clause]
        if by.startswith(STEM):  # (垃圾转运站改造 names no 垃圾转运站 of a wider stem)
            here = [v for v in here if not any(v != w and v in w for w in here)]
        if not here:
            continue
        said += here
        rows = frozenset().union(*(vs[v] for v in here))
        picked = rows if picked is None else picked & rows
    return picked, said


def _group_sums(ledger: LedgerGroups, tabs: list[int], families: set[str], clause: str, words: frozenset[str],
                t: "_Target") -> tuple[list[tuple[int, str, list["_Fact"], Decimal, str]], bool]:
    """Each (table, column, cells, sum, group) whose sum over the rows the clause names fits the figure, and whether
    the clause named a group of any table."""
    from .match import _fits

    found: list[tuple[int, str, list["_Fact"], Decimal, str]] = []
    named_any = False
    for tab in tabs:
        table = ledger.tables[tab]
        picked, said = _picked(table, clause)
        if picked is None:
            continue
        named_any = True
        if len(picked) < 2:
            continue  # one row: its own cell, which a direct match reads
        heads = ledger.heads[tab]
        named = {h for h, (fam, w) in heads.items() if fam in families and w & words}
        for head, fam in table.family.items():
            if fam not in families or named and head not in named:
                continue  # 撤销网点5个 is no sum of the 新增网点 column
            fs = [table.cells[g].get(head) for g in sorted(picked)]
            if any(f is None for f in fs) or len({(f.family, f.unit) for f in fs}) != 1:  # type: ignore[union-attr]
                continue
            total = sum((f.mag for f in fs), Decimal(0))  # type: ignore[union-attr]
            if _fits(t, total):
                found.append((tab, head, fs, total, "、".join(said)))  # type: ignore[arg-type]
    return found, named_any


def group_count(ix: "SourceIndex", t: "_Target", text: str) -> str | None:
    """'在合作市举办展览3场': a count (a measure word of items, in no column of the table) of the rows its clause names
    by one grouping value — each row one item. The formula, or None (no group named, another count, or two tables
    agreeing)."""
    m = t.m
    if m.value is None or m.hi is not None or m.approx or m.scale or m.value != m.value.to_integral_value() \
            or m.base_unit not in _ROW_ITEMS or not ix.row_cells:
        return None
    ledger = groups_of(ix)
    clause = text[_clause_start(text, m.start):m.start]
    if _DIGIT.search(clause):
        return None  # 第一批47艘次、第二批3场: the figure before it leads the clause
    got = []
    for tab, table in ledger.tables.items():
        if t.family in table.family.values():
            continue  # a column of the figure's measure: its sum, not the rows' count (group_sum)
        picked, said = _picked(table, clause)
        if picked is not None and len(picked) == m.value and len(said) == 1:
            got.append(f"{said[0]}：{len(picked)}行 = {m.text}（台账中该组的行数）")
    return got[0] if len(got) == 1 else None


_ROW_ITEMS = frozenset("场次个项期批家处所座栋户间套")
MAX_CLAUSES_BACK = 3  # how far back in its sentence a bare clause looks for the group it goes on from  # what a ledger's row is one of (an exhibition, a batch, a site …)


STEM = "§stem:"  # a grouping of a text column by the names its values open with
MIN_STEM = 4  # characters of a shared opening that name an item (道路养护 — 梅州市 or 第一批 open many an unrelated row)
_STEM_CHARS = re.compile(r"[\u4e00-\u9fff]+")


def _stems(values: dict[str, list[int]], n_lines: int) -> dict[str, frozenset[int]]:
    """A text column's values grouped by the name two or more of them open with (垃圾转运站改造预付款 / 进度款 / 尾款 →
    垃圾转运站改造: one contract paid in instalments, each row a payment of it) — the longest opening each pair of values
    shares, MIN_STEM Chinese characters at least, itself no value of the column, and not every row's (a stem of the
    whole ledger groups nothing)."""
    names = [v for v in values if _STEM_CHARS.fullmatch(v[:MIN_STEM])]
    out: dict[str, frozenset[int]] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            stem = _STEM_CHARS.match(a[:n])
            if stem is None or len(stem[0]) < MIN_STEM or stem[0] in values or stem[0] in out:
                continue
            rows = frozenset(g for v, gs in values.items() if v.startswith(stem[0]) for g in gs)
            if len(rows) < n_lines:
                out[stem[0]] = rows
    return out


def _common_suffix(values: list[str]) -> str:
    """The ending every value shares (第一批 / 第二批 → 批; 东营港区 / 广利港区 → 港区), '' when none."""
    first = values[0]
    n = 0
    while n < len(first) and all(len(v) > n and v[-1 - n] == first[-1 - n] for v in values):
        n += 1
    return first[len(first) - n:] if n else ""


_MEAN_WORD = re.compile(r"均")
_EACH = "每各"


def group_mean(ix: "SourceIndex", t: "_Target", text: str) -> tuple[str, list["_Fact"]] | None:
    """'平均每批46艘次' / '四个港区平均每个港区34.5艘次' / '各县区平均92.5人次': the total of a ledger's numeric column
    over the groups of the grouping column the 每 / 各-noun names — its header (批次, 港区) or the ending its values
    share (批) — in the figure's family (the column its words name, when several). (formula, facts), or None."""
    if t.family in ("%", "pt") or t.m.hi is not None or not ix.row_cells:
        return None  # (before the import below: asked of every figure a direct match left, most sources hold no ledger)
    from .match import _fits, count_alias

    lo = t.m.start
    while lo > 0 and not _CLAUSE_MARK.match(text, lo - 1) and t.m.start - lo < 40:
        lo -= 1
    clause = text[lo:t.m.start]
    if not _MEAN_WORD.search(clause):
        return None
    ledger = groups_of(ix)
    families = {t.family} | ({alias} if (alias := count_alias(ix, t, text)) else set())
    candidates = [g for fam in families for g in ledger.means.get(fam, ())]
    if not candidates:
        return None
    words = tokens(text[max(0, lo - 40):t.m.start]) - _ROLE_MARKS
    found = []
    for g in candidates:
        nouns = {g.by, g.by.rstrip("次") if len(g.by) > 2 else g.by, g.suffix}
        if not any(noun and any(f"{e}{noun}" in clause or f"{e}个{noun}" in clause for e in _EACH) for noun in nouns):
            continue
        tab = g.facts[0].tab
        named = {h for h, (fam, w) in ledger.heads[tab].items() if fam in families and w & words}
        if named and g.column not in named:
            continue
        if _fits(t, g.total / g.n):
            found.append(g)
    if len({(g.by, g.column) for g in found}) != 1:
        return None
    g = found[0]
    return f"{g.total.normalize():f} ÷ {g.n} = {t.m.text}（{g.column}，按{g.by}）", sorted(g.facts, key=lambda f: f.seq)
