"""The number checker: trace every number of a text to the sources, or flag it.

    check(text, sources) -> CheckReport
    SourceIndex.build(sources) -> SourceIndex      build once, check many times (engines' repair loops)

`sources` is a list of paths (files or folders, read recursively: .yaml/.yml/.json of any shape, .txt/.md,
.docx), in-memory `SourceText(name, text)` / `SourceData(name, data)`, or a prebuilt `SourceIndex`.

Every mention of the text gets one status:

    exact        the same value in a compatible unit (a unitless source number matches by value)
    converted    the same quantity in another unit: 552万元 = 5520000元, 0.9294 = 92.94%, 5‰ = 0.5%
    rounded      a source value rounded (half-up) or truncated to the precision the text shows: 92.94% → 92.9%
    approximate  the text says 约/近/超过/余/以上 … and a source value lies on that side, near enough
    derived      one arithmetic step on two source numbers: a/b as %, (a−b)/b as %, a−b, a+b
    unsupported  none of the above
    ignored      not a quantity (enumerator, name, idiom, code) or a 《title》 found verbatim in a source

Chance matches are the danger of derivations, so both operands must come from one source record or
paragraph, or both be cited by the text paragraph itself; small integers (≤ 31) are derived only from
numbers the paragraph cites; years and dates are never derived. When several derivations fit, the report
says so.

Index: facts are kept in per-unit-family lists sorted by magnitude (bisect windows, no scan of all
facts per mention), years and dates in hash maps, and facts grouped by record/paragraph for derivations.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from decimal import ROUND_HALF_UP, Context, Decimal, DivisionByZero, InvalidOperation, localcontext
from pathlib import Path
from typing import Any, Callable, Container, Iterable, Iterator, Literal, Sequence, cast

from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError
from .injection import Instruction, find_in_source, is_instruction, scan_file
from .limits import MAX_MAGNITUDE, limit
from .numbers import (COMPOUND_CI, COUNT_MEASURES, SCALES, UNITS, NumberMention, extract_mentions, iter_mentions,
                      kind_of, line_of, line_starts, unit_family)
from .subjects import (_STOP, clause_before, direction, noun_after, own_clause, role_mark, roles, sentence_bounds,
                       tokens, year_tag)

__all__ = [
    "Status", "STATUSES", "Evidence", "MentionCheck", "CheckSummary", "CheckReport", "SourceText", "SourceData",
    "SourceIndex", "check", "check_files", "read_text_arg", "source_paths",
]

Status = Literal["exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored"]
STATUSES: tuple[str, ...] = ("exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored")
SOURCE_SUFFIXES = (".yaml", ".yml", ".json", ".txt", ".md", ".markdown", ".docx")
SMALL_INT = 31          # 1–31 match almost anything: derive only from numbers the paragraph cites
GLOBAL_CAP = 4000       # search derivations over every record only while the sources hold fewer facts
MAX_EXPLANATIONS = 6
MAX_TEXT_GROUPS = 64   # structured records cited anywhere in the text, searched for a derivation's operands
MAX_POOL = 120          # a record with more numbers than this is a list, not a record: no pairs
MAX_POSTING = 64        # a word shared by more facts than this tells none of them apart
ONE = Decimal(1)
HUNDRED = Decimal(100)


# ---------------------------------------------------------------------------------------------- models


class SourceText(BaseModel):
    """An in-memory text source: every number in it counts, located by line."""

    name: str
    text: str


class SourceData(BaseModel):
    """An in-memory data source (any shape): every number in any value counts, located by field path."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    data: Any


class Evidence(BaseModel):
    source: str = Field(description="source file or name")
    location: str = Field(description="'line 12' for text, a field path like tasks[2].indicators[0].actual for data")
    text: str = Field(description="the source number in context")


class MentionCheck(BaseModel):
    text: str
    start: int
    end: int
    value: Decimal | None = None
    unit: str = ""
    kind: str = "plain"
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    formula: str | None = None
    lo: Decimal | None = None
    hi: Decimal | None = None
    approx: str | None = None
    reason: str = Field("", description="why ignored; for derived ones, other explanations that fit")
    alternatives: list[str] = Field(default_factory=list, description="other derivations that give the same number")


CHECK_APPENDIX = "附：数字核验"  # the heading under which a .docx draft lists its numbers' sources

STATUS_LABELS = {
    "exact": "一致 exact", "converted": "换算 converted", "rounded": "四舍五入 rounded", "approximate": "约数 approximate",
    "derived": "推算 derived", "unsupported": "无法溯源 unsupported", "ignored": "非数量 ignored",
}


def explain(m: "MentionCheck") -> str:
    """Where a number comes from, for people: the formula and/or 'file:line  snippet' / 'file › field'."""
    if m.status == "unsupported":
        return m.reason
    parts = [m.formula] if m.formula else []
    for e in (m.evidence[:2] if m.formula else m.evidence[:1]):
        where = f"{e.source}:{e.location[5:]}" if e.location.startswith("line ") else f"{e.source} › {e.location}"
        parts.append(f"{where}  {e.text}")
    if m.reason and m.status == "derived":
        parts.append(m.reason)
    return "\n".join(parts) or m.reason


class CheckSummary(BaseModel):
    numbers: int = Field(description="mentions that are quantities (not ignored)")
    exact: int = 0
    converted: int = 0
    rounded: int = 0
    approximate: int = 0
    derived: int = 0
    unsupported: int = 0
    ignored: int = 0
    sources: list[str] = Field(default_factory=list)
    facts: int = Field(0, description="numbers read from the sources")
    ok: bool = True


class CheckReport(BaseModel):
    mentions: list[MentionCheck]
    summary: CheckSummary
    warnings: list[Instruction] = Field(default_factory=list, description=(
        "source lines that read as instructions to a model (drafter.injection): reported, never evidence"))

    @property
    def unsupported(self) -> list[MentionCheck]:
        return [m for m in self.mentions if m.status == "unsupported"]

    @property
    def ok(self) -> bool:
        return not any(m.status == "unsupported" for m in self.mentions)

    def summary_line(self) -> str:
        s = self.summary
        parts = [f"{name} {getattr(s, name)}" for name in STATUSES if getattr(s, name)]
        verdict = "全部可溯源 / all traced" if s.ok else f"{s.unsupported} 个无法溯源 / unsupported"
        return f"数字 {s.numbers} 个：{verdict}（{'，'.join(parts) or '无数字'}）"


# ---------------------------------------------------------------------------------------------- facts


_SEQ = itertools.count()


@dataclass(slots=True, eq=False)
class _Fact:
    value: Decimal                 # as written, scale split off
    mag: Decimal                   # value × scale × family factor
    family: str                    # '' for unitless
    unit: str                      # as written (万元, %, 人次)
    kind: str
    src: int
    location: str
    snippet: str
    group: int
    written: str                   # the number as the source wrote it
    approx: str | None = None
    hi_mag: Decimal | None = None
    date: tuple[int | None, int | None, int | None] | None = None
    key: float = 0.0               # float(mag) for bisect
    pmag: Decimal = field(default=Decimal(0))  # value × scale (own unit, no family factor)
    subj: frozenset[str] = frozenset()  # what it counts: bigrams of its clause or field label (subjects.tokens)
    role: str = ""                 # actual / budget / initial / target / '' (subjects.roles)
    ytag: int | None = None        # an earlier year it belongs to (2022 for 较2022年的…, -1 for 上年)
    shadowed: bool = False         # a target whose record also states the actual value
    dirn: str | None = None        # the source's own 增长 / 下降 before it (subjects.direction)
    near_text: str = ""            # its sentence around it: weaker evidence of what it counts (see _near)
    near_words: frozenset[str] | None = None
    lead: frozenset[str] | None = None  # its words and those of its sentence before it (see _near)
    seq: int = field(default_factory=_SEQ.__next__)  # creation order: a stable order for a + b, unlike id()
    alt: str = ""                  # the bracketed alternative measure word: 6台（套） is also 6套


class _Sorted:
    """Facts sorted by a float key: window look-ups by bisect."""

    __slots__ = ("keys", "facts")

    def __init__(self, pairs: list[tuple[float, _Fact]]):
        pairs.sort(key=itemgetter(0))  # by key only: equal keys keep their order
        self.keys = [p[0] for p in pairs]
        self.facts = [p[1] for p in pairs]

    def window(self, lo: float, hi: float) -> list[_Fact]:
        i = bisect_left(self.keys, lo)
        j = bisect_right(self.keys, hi)
        return self.facts[i:j]

    def nearest(self, lo: float, hi: float, k: int = 4) -> list[_Fact]:
        """Up to k facts on each side of the window's centre, within the window."""
        mid = (lo + hi) / 2
        c = bisect_left(self.keys, mid)
        i = max(bisect_left(self.keys, lo), c - k)
        j = min(bisect_right(self.keys, hi), c + k)
        return self.facts[i:j]


_UNIT_LABEL = re.compile(r"^(万亿|千万|百万|万|亿|千)?(" + COMPOUND_CI + "|" + "|".join(
    re.escape(u) for u in sorted(set(UNITS) | {"%", "％"}, key=len, reverse=True)) + r")$")
# A key that names what it counts: 培训人次 → 人次, 户数 → 户, 人数 → 人
_KEY_COUNT = re.compile(r"(人次|家次|户次|[" + COUNT_MEASURES + r"]次)$|([" + COUNT_MEASURES + r"天])数$")
_NO_RECORD_UNIT = re.compile(r"score|weight|分值|得分|总分|year|^年度$|评价年度|年份|^id$|序号|编号|rank|line|权重|index",
                             re.I)
_UNIT_KEYS = ("unit", "单位", "计量单位", "度量单位", "金额单位")
_RATE_KEY = re.compile(r"率$|占比$|比例$|比重$|进度$")  # a rate's field name, whatever unit its record has
_TITLE = re.compile(r"《([^《》\n]{1,80})》")


def _fmt(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


class SourceIndex:
    """Every number of the sources, indexed for look-up by unit family and magnitude."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.facts: list[_Fact] = []
        self.titles: dict[str, Evidence] = {}
        self._groups: dict[tuple[int, str], int] = {}
        self.groups: list[list[_Fact]] = []
        self.years: dict[int, list[_Fact]] = defaultdict(list)
        self.dates: list[_Fact] = []
        self._by_family: dict[str, _Sorted] = {}
        self._by_value: _Sorted | None = None
        self._by_pmag: _Sorted | None = None
        self._dates_md: dict[tuple[int | None, int | None], list[_Fact]] = defaultdict(list)
        self._evidence: dict[int, Evidence] = {}
        self._money: tuple[str, str] | None = None
        self.warnings: list[Instruction] = []  # instruction-like source lines: no evidence comes from them
        # explicit pairs (a, b, why): a part and its total, 执行 and 预算, 调整 and 年初, 实际 and 目标
        self.pairs: list[tuple[_Fact, _Fact, str]] = []
        self.partners: dict[int, list[tuple[_Fact, _Fact, str]]] = defaultdict(list)
        self._inv: dict[str, dict[str, list[_Fact]]] = {}
        self._pair_keys: dict[str, _Sorted] = {}
        self.key_names: dict[str, tuple[int, str]] = {}  # a field name with digits (12345热线工单) → (source, path)
        self._list_paths: set[str] = set()  # paths of lists of records, whose count is a fact of their own
        self._key_blob = ""
        self._max_facts = limit("source_figures").amount  # 10 MB of "巡查3处，" is 800,000 facts: refused
        self.year_now: int | None = None  # the year the sources are mostly about: a figure without a year is of it

    # -- building ---------------------------------------------------------------------------------------
    @classmethod
    def build(cls, sources: Iterable[str | Path | SourceText | SourceData] | str | Path | SourceText | SourceData
              ) -> "SourceIndex":
        if isinstance(sources, (str, Path, SourceText, SourceData)):
            sources = [sources]
        with _gc_paused():
            return cls._build(sources)

    @classmethod
    def _build(cls, sources: Iterable[str | Path | SourceText | SourceData]) -> "SourceIndex":
        index = cls()
        index._read(sources)
        index._finish()
        return index

    def _read(self, sources: Iterable[str | Path | SourceText | SourceData]) -> None:
        """Every number of the sources, before _finish (drafter.index_cache stores the index at this point)."""
        for item in sources:
            if isinstance(item, SourceText):
                self.add_text(item.name, item.text)
            elif isinstance(item, SourceData):
                self.add_data(item.name, item.data)
            elif isinstance(item, (str, Path)):
                for loaded in load_source_path(Path(item)):
                    if isinstance(loaded, SourceText):
                        self.add_text(loaded.name, loaded.text)
                    else:
                        self.add_data(loaded.name, loaded.data)
            else:
                raise TypeError(f"not a source: {item!r}")

    def _group(self, src: int, key: str) -> int:
        gid = self._groups.get((src, key))
        if gid is None:
            gid = self._groups[(src, key)] = len(self.groups)
            self.groups.append([])
        return gid

    def _add(self, fact: _Fact) -> None:
        self.facts.append(fact)
        if len(self.facts) > self._max_facts:
            raise limit("source_figures").error(self.names[fact.src])
        self.groups[fact.group].append(fact)
        if fact.date is not None:
            self.dates.append(fact)
            y, mo, d = fact.date
            if y is not None:
                self.years[y].append(fact)
            self._dates_md[(mo, d)].append(fact)
            if d is not None:
                self._dates_md[(mo, None)].append(fact)
                self._dates_md[(None, d)].append(fact)
            return
        v = fact.value
        if (fact.kind == "year" or (fact.family == "" and fact.kind == "plain")) and v == v.to_integral_value() \
                and 1900 <= v <= 2100:
            self.years[int(v)].append(fact)
            if fact.hi_mag is not None and fact.kind == "year":
                for y in range(int(v) + 1, min(int(fact.hi_mag), int(v) + MAX_YEAR_SPAN) + 1):
                    self.years[y].append(fact)

    def add_text(self, name: str, text: str) -> None:
        src = len(self.names)
        self.names.append(name)
        starts = line_starts(text)
        ends = _sentence_ends(text)
        for m in _TITLE.finditer(text):
            self.titles.setdefault(m[1], Evidence(source=name, location=f"line {line_of(starts, m.start())}",
                                                  text=m.group()))
        orders, skip = find_in_source(text, name)
        self.warnings += orders
        # a source that repeats itself (a template log, a 10 MB line of one phrase) keeps each string once
        same: Callable[[str, str], str] = {}.setdefault
        table, captions = _table_rows(text, starts)
        units: dict[int, str] = {}  # table id → the 单位：元 / 万元 line last stated before it
        if table:
            stated = [(u.start(), u[1]) for u in _UNIT_LINE.finditer(text)]
            for row_line, (tid, cells, _) in table.items():
                before = [u for pos, u in stated if pos < cells[0][0]]
                if before and tid not in units:
                    units[tid] = before[-1]
        cells_of: dict[tuple[int, int], dict[int, _Fact]] = defaultdict(dict)  # (table, line) → column → fact
        placed: list[tuple[int, int, _Fact]] = []  # (offset, sentence, fact) of each number, in text order
        for m in iter_mentions(text, source_mode=True):
            if m.ignored:
                continue
            line = line_of(starts, m.start)
            if line in skip:
                continue
            sidx = bisect_right(ends, m.start)
            group = self._group(src, f"S{sidx}")  # one sentence (or one table line) is a record
            ls, le = starts[line - 1], (starts[line] - 1 if line < len(starts) else len(text))
            snippet = text[max(ls, m.start - 14): min(le, m.end + 10)].strip()
            snippet = same(snippet, snippet)
            subj, role, ytag, clause = mention_context(text, m, ends[sidx - 1] if sidx else 0)
            if m.kind == "date" and text.startswith("#", ls):  # "## 2022-06-28": the entry under the heading
                subj = subj | tokens(text[le: le + 80])
            column = -1
            row = table.get(line)
            if row is not None:  # a table row: its column header and row label say what the cell counts
                tid, cells, header = row
                column = next((k for k, (a, b) in enumerate(cells) if a <= m.start < b), -1)
                if column >= 0:
                    labels = [text[a:b] for a, b in cells if not _HAS_DIGIT.search(text[a:b])]
                    subj = subj | tokens(header[column], captions.get(tid, ""), *labels)
                    if any(_TOTAL_KEY.search(w) for w in labels):
                        subj = subj | _TOTAL_MARK
                    role = roles(header[column]) or role
                    if not m.unit and m.kind == "plain":
                        m = _cell_unit(m, header, column, units.get(tid))
            location = f"line {line}"
            fact = self._add_mention(m, src, same(location, location), snippet, group, subj, role, ytag)
            if fact is not None and column >= 0:
                cells_of[(table[line][0], line)].setdefault(column, fact)
            if fact is not None and fact.date is None:
                placed.append((m.start, sidx, fact))
            if fact is not None:
                fact.dirn = direction(clause)
                s0 = ends[sidx - 1] if sidx and m.kind != "date" else 0  # a date: the lines around it
                s1 = ends[sidx] if sidx < len(ends) and m.kind != "date" else len(text)
                near = text[max(s0, m.start - 40): m.start] + _AFTER + text[m.end: min(s1, m.end + 30)]
                fact.near_text = same(near, near)

        # 合计 / 总额 row of a table: each other row's cell is a part of the total's cell in its column
        by_table: dict[int, list[tuple[int, dict[int, _Fact]]]] = defaultdict(list)
        for (tid, line), cols in cells_of.items():
            by_table[tid].append((line, cols))
        for rows in by_table.values():
            totals = [cols for line, cols in rows if _TOTAL_KEY.search(_row_label(text, table[line][1]))]
            for total in totals[:1]:
                for _, cols in rows:
                    if cols is not total:
                        for k, part in cols.items():
                            whole = total.get(k)
                            if whole is not None and whole.family == part.family and part.date is None:
                                self._pair(part, whole, "part")
        self._pair_line_parts(text, starts, ends, placed)

    def _pair_line_parts(self, text: str, starts: list[int], ends: list[int],
                         placed: list[tuple[int, int, _Fact]]) -> None:
        """A total and its parts on a source line: "清查单位28472个，其中法人单位16835个、个体经营户9530个" (the figures
        after 其中 in its sentence are parts of the one before it) and "消费券补贴1,052,000元；…；合计1,276,000元"
        (the figures of the line before a 合计 / 共计 / 总计 are parts of the figure after it)."""
        if not placed:
            return
        offsets = [p[0] for p in placed]
        for mk in _PARTS_WORD.finditer(text):
            j = bisect_left(offsets, mk.start())
            if j == 0 or placed[j - 1][1] != bisect_right(ends, mk.start()):
                continue
            total = placed[j - 1][2]
            for _, sidx, f in placed[j:]:
                if sidx != placed[j - 1][1]:
                    break
                if f.family == total.family and abs(f.mag) < abs(total.mag):
                    self._pair(f, total, "part")
        for mk in _TOTAL_WORD.finditer(text):
            j = bisect_left(offsets, mk.end())
            if j == len(placed) or placed[j][0] - mk.end() > 2:
                continue
            total = placed[j][2]
            line_start = starts[line_of(starts, mk.start()) - 1]
            k = j - 1
            while k >= 0 and placed[k][0] >= line_start:
                f = placed[k][2]
                if f.family == total.family and abs(f.mag) < abs(total.mag):
                    self._pair(f, total, "part")
                k -= 1

    def _add_mention(self, m: NumberMention, src: int, location: str, snippet: str, group: int,
                     subj: frozenset[str] = frozenset(), role: str = "", ytag: int | None = None) -> _Fact | None:
        if m.kind == "date":
            fact = _Fact(Decimal(0), Decimal(0), "date", "", "date", src, location, snippet, group, m.text,
                         date=m.date, subj=subj, role=role, ytag=ytag)
            self._add(fact)
            return fact
        if m.value is None or not _sane(m.value):
            return None
        family, factor = unit_family(m.base_unit)
        # × 1 is exact for a sane value (≤ 27 digits): the value itself serves, one Decimal fewer per fact
        pmag = m.value if m.factor == 1 else m.value * m.factor
        mag = pmag if factor == 1 else pmag * factor
        hi_mag = m.hi * m.factor * factor if m.hi is not None else None
        if m.kind == "year" and m.hi is not None:
            hi_mag = m.hi
        fact = _Fact(m.value, mag, family, m.unit, m.kind, src, location, snippet, group,
                     m.text.strip(), m.approx, hi_mag, None, pmag=pmag, subj=subj, role=role, ytag=ytag,
                     alt=m.alt)
        self._add(fact)
        return fact

    def add_data(self, name: str, data: Any) -> None:
        src = len(self.names)
        self.names.append(name)
        self._money = _money_unit(data)
        self.warnings += scan_file(name)  # the raw file, so a warning names its line
        self._walk(src, data, "", None, frozenset(), 0)

    def _walk(self, src: int, node: Any, path: str, unit: tuple[str, str] | None, ctx: frozenset[str],
              depth: int) -> Any:
        """Index the numbers under `node`. Returns {key: fact} of a dict's own numbers (for linking a total
        with its 其中 parts), a list of those for a list of records, or the fact of a number.

        `ctx` names the record a number belongs to (its 指标 / 名称 / 项目名称 and the key it sits under):
        each number's subject is that plus its own key, or the clause around it inside a string."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, dict):
            record_unit = None
            for key in _UNIT_KEYS:
                label = node.get(key)
                if isinstance(label, str):
                    m = _UNIT_LABEL.match(label.strip().replace("％", "%"))
                    if m:
                        record_unit = (m[1] or "", m[2].replace("％", "%"))
                        break
            outer = record_unit or unit
            named = _record_names(node, _LIST_TAIL.search(path) is not None) if depth else ()
            own_names = tokens(*named) if named else frozenset()
            if any(_TOTAL_KEY.search(v) for v in named):
                own_names |= _TOTAL_MARK  # the 合计 record of a list: the whole its sibling records are parts of
            names = ctx | own_names  # the root's 部门名称 / 项目名称 names every number: it tells none apart
            own: dict[str, Any] = {}
            rows: dict[str, Any] = {}
            for key, value in node.items():
                child = f"{path}.{key}" if path else str(key)
                if _HAS_DIGIT.search(str(key)):
                    self.key_names.setdefault(str(key), (src, child))
                for ym in (_YEAR_IN_KEY.finditer(str(key)) if "年" in str(key) else
                           _BARE_YEAR.finditer(str(key)) if _BARE_YEAR.fullmatch(str(key)) else ()):  # "2022年助餐服务人次", 2022
                    y = Decimal(ym[1])
                    self._add(_Fact(y, y, "", "", "year", src, child, str(key), self._group(src, _record_of(child)),
                                    ym.group(), pmag=y))
                inherited = outer if outer and not _NO_RECORD_UNIT.search(str(key)) else None
                if inherited and _RATE_KEY.search(str(key)) and unit_family(inherited[1])[0] == "元":
                    inherited = ("", "%")  # 预算完成率: 98 beside amounts in 万元 is 98 %, never 98万元
                if isinstance(value, (dict, list, tuple)) and (km := _KEY_UNIT.search(str(key))):
                    label = _UNIT_LABEL.match(km[1].replace("％", "%"))
                    if label:
                        inherited = (label[1] or "", label[2])
                sub_ctx = own_names | tokens(str(key)) if isinstance(value, dict) else (
                    own_names if isinstance(value, (list, tuple)) else names)
                got = self._walk(src, value, child, inherited, sub_ctx, depth + 1)
                if isinstance(got, _Fact):
                    own[str(key)] = got
                elif got:
                    rows[str(key)] = got
            self._link_parts(own, rows)
            return own
        if isinstance(node, (list, tuple)):
            out = []
            for i, value in enumerate(node):
                got = self._walk(src, value, f"{path}[{i}]", unit, ctx, depth + 1)
                if isinstance(got, dict):
                    out.append(got)
            if len(node) and all(isinstance(v, dict) for v in node) and path:
                # a list of records is itself a count: 两个重点项目, 六项任务, 11项绩效指标
                key = path.rsplit(".", 1)[-1]
                group = self._group(src, _record_of(path))
                self._list_paths.add(path)
                names = [_record_names(item, True) for item in node]
                parts = [ns for ns in names if not any(_TOTAL_KEY.search(v) for v in ns)]  # 合计 is no item
                common = frozenset.intersection(*(tokens(*ns) for ns in parts)) if parts and all(parts) \
                    else frozenset()  # what every item is: 新建站合同, 升级改造合同 → 合同
                subj = ctx | tokens(*_LIST_TAIL.sub("", path).split(".")) | common  # 专项经费.明细: 三个专项
                for mw in ("个", "项") if parts else ():
                    n = Decimal(len(parts))
                    self._add(_Fact(n, n, mw, mw, "count", src, path, f"{key}: {len(parts)}{mw}", group,
                                    f"{len(parts)}{mw}", subj=subj, pmag=n))
            if len(node) > 1 and path and all(isinstance(v, str) and _LABEL_ITEM.fullmatch(v) for v in node):
                # a list of names is a count too: 维权援助分中心: [拱北分中心, 前山分中心, 南屏分中心] → 3个分中心
                key = path.rsplit(".", 1)[-1]
                n = Decimal(len(node))
                subj = ctx | tokens(*_LIST_TAIL.sub("", path).split(".")) | frozenset.intersection(
                    *(tokens(v) for v in node))
                for mw in ("个", "项"):
                    self._add(_Fact(n, n, mw, mw, "count", src, path, f"{key}: {len(node)}{mw}",
                                    self._group(src, _record_of(path)), f"{len(node)}{mw}", subj=subj, pmag=n))
            return out
        record = _record_of(path)
        if isinstance(node, bool) or node is None:
            return None
        key = path.rsplit(".", 1)[-1]
        if isinstance(node, (dt.date, dt.datetime)):
            d = node if isinstance(node, dt.date) else node.date()
            fact = _Fact(Decimal(0), Decimal(0), "date", "", "date", src, path, str(node),
                         self._group(src, record), str(node), date=(d.year, d.month, d.day),
                         subj=ctx | tokens(key), role=roles(key))
            self._add(fact)
            return fact
        if isinstance(node, (int, float, Decimal)):
            try:
                value = Decimal(repr(node)) if isinstance(node, float) else Decimal(node)
            except (ValueError, InvalidOperation):
                return None
            if not value.is_finite() or not _sane(value):
                return None  # 1e400 or a 5,000-digit integer is no figure a report can state
            if unit is not None and unit[1] == "元" and _KEY_COUNT.search(key):
                unit = None  # 门诊和住院救助人次 counts 人次 though the file's 金额单位 is 元
            if unit is None and self._money and key in _MONEY_KEYS and not _INDICATOR_PATH.search(path):
                unit = self._money  # drafter's schema: budget and project amounts are in 部门资金情况.单位
            if km := _KEY_UNIT.search(key):  # the key's own unit beats the file's: 年度轮换数量（吨） under 金额单位 元
                label = _UNIT_LABEL.match(km[1].replace("％", "%"))
                if label:  # 预算（万元）: 486.3
                    unit = (label[1] or "", label[2].replace("％", "%"))
            if unit is None and (kc := _KEY_COUNT.search(key)):
                unit = ("", kc[1] or kc[2])  # 培训人次: 12860 counts 人次, not 人
            if unit is None and _SCORE_KEY.search(key):
                unit = ("", "分")  # 分值 10 is ten points, not ten of anything else
            scale, base = unit or ("", "")
            family, factor = unit_family(base)
            sf = SCALES.get(scale, ONE)
            kind = "plain"
            if base:
                kind = kind_of(base, value)
            elif _YEAR_KEY.search(key):
                kind = "year"
            text = format(value, "f")  # as the data wrote it: 56.70 stays 56.70
            fact = _Fact(value, value * sf * factor, family, scale + base, kind, src, path,
                         f"{key}: {text}{scale + base}", self._group(src, record), text + scale + base,
                         pmag=value * sf, subj=ctx | _key_subject(key, family == "元"),
                         role=roles(key), ytag=_key_year(key))
            self._add(fact)
            return fact
        if isinstance(node, str):
            for m in _TITLE.finditer(node):
                self.titles.setdefault(m[1], Evidence(source=self.names[src], location=path, text=m.group()))
            if not _HAS_NUM.search(node):
                return None
            if is_instruction(node):  # an order to a model is no evidence (drafter.injection)
                return None
            ends = _sentence_ends(node)
            single = len(ends) <= 1 and len(node) <= 200  # a value like "≥12000亩" belongs to its record
            first: _Fact | None = None
            for m in extract_mentions(node, source_mode=True):
                if m.ignored:
                    continue
                if unit and not m.unit and m.kind == "plain" and _BARE_BOUND.fullmatch(node[:m.start] + node[m.end:]):
                    # "≤3.5" under 失业率（%）: a bare bound takes the unit of its key or record
                    m = replace(m, unit=unit[0] + unit[1], scale=unit[0], base_unit=unit[1],
                                kind=kind_of(unit[1], m.value))
                sidx = bisect_right(ends, m.start)
                group = self._group(src, record if single else f"{path}#S{sidx}")
                snippet = node[max(0, m.start - 14): m.end + 10].replace("\n", " ").strip()
                subj, role, ytag, clause = mention_context(node, m, ends[sidx - 1] if sidx else 0)
                if single or not (subj - _ROLE_MARKS):  # "12600亩" as 实际完成值: the record says what it is
                    subj = subj | ctx | tokens(key)
                fact = self._add_mention(m, src, path, snippet, group, subj, role or roles(key),
                                         ytag if ytag is not None else _key_year(key))
                if fact is not None:
                    fact.dirn = direction(clause)
                    s0 = ends[sidx - 1] if sidx else 0
                    fact.near_text = key + "，" + node[max(s0, m.start - 40): m.start]
                    fact.near_words = ctx
                first = first or fact
            return first if single else None
        return None

    def _link_parts(self, own: dict[str, Any], rows: dict[str, Any]) -> None:
        """A total and its parts: the record's 其中 list (or dict), or sibling rows under a 总额 / 合计 row;
        the same field of each (全年预算数 of the part with 全年预算数 of the total) is an explicit pair."""
        parts: list[dict[str, Any]] = []
        total: dict[str, Any] = own
        for key, got in rows.items():
            if _PARTS_KEY.match(key):
                parts += [g for g in (got if isinstance(got, list) else [got]) if isinstance(g, dict)]
        totals = [k for k in rows if _TOTAL_KEY.search(k) and isinstance(rows[k], dict)]
        if totals:
            total = rows[totals[0]]
            parts += [g for k, g in rows.items() if k not in totals and isinstance(g, dict)]
        for part in parts:
            for key, fact in part.items():
                whole = total.get(key)
                if isinstance(fact, _Fact) and isinstance(whole, _Fact) and fact.family == whole.family:
                    self._pair(fact, whole, "part")
        # 执行 and 预算, 调整 and 年初, 实际 and 目标 of one record
        by_role: dict[str, _Fact] = {}
        if any(isinstance(f, _Fact) and f.role in ("budget", "initial") for f in own.values()):
            for key, fact in own.items():  # 已支付 / 支出 / 拨付 beside a budget: the record's spending
                if isinstance(fact, _Fact) and not fact.role and fact.date is None and "§执" in tokens(key):
                    fact.role = "actual"
        for fact in own.values():
            if isinstance(fact, _Fact) and fact.role and fact.role not in by_role:
                by_role[fact.role] = fact
        a, b = by_role.get("actual"), by_role.get("target")
        if a is not None and b is not None and a.family == "" and b.family and a.date is None and b.date is None:
            # 实际完成值: 236 beside 年度指标值: ≥200场 counts 场 too
            family, factor = unit_family(b.unit.lstrip("万亿千百"))
            scale = b.unit[: len(b.unit) - len(b.unit.lstrip("万亿千百"))]
            a.unit, a.family, a.kind = b.unit, b.family, b.kind
            a.pmag = a.value * SCALES.get(scale, ONE)
            a.mag = a.pmag * factor
            a.written += b.unit
        for new, old in _ROLE_PAIRS:
            a, b = by_role.get(new), by_role.get(old)
            if a is not None and b is not None and a.family == b.family and a.date is None:
                self._pair(a, b, "role")

    def _pair(self, a: _Fact, b: _Fact, why: str) -> None:
        self.pairs.append((a, b, why))
        self.partners[id(a)].append((a, b, why))
        self.partners[id(b)].append((a, b, why))

    def _finish(self) -> None:
        for f in [f for f in self.facts if f.alt]:  # 6台（套） counts 套 too: the same fact in the other unit
            family, factor = unit_family(f.alt)
            scale = f.unit[: len(f.unit) - len(f.unit.lstrip("万亿千百"))]
            old = unit_family(f.unit[len(scale):])[1]
            twin = replace(f, family=family, unit=scale + f.alt, mag=f.pmag * factor, kind=kind_of(f.alt, f.value),
                           hi_mag=None if f.hi_mag is None else f.hi_mag / old * factor, alt="")
            self._add(twin)
        fams: dict[str, list[tuple[float, _Fact]]] = defaultdict(list)
        by_value: list[tuple[float, _Fact]] = []
        by_pmag: list[tuple[float, _Fact]] = []
        for f in self.facts:
            if f.date is not None:
                continue
            f.key = abs(float(f.mag))  # signs are compared loosely: 调减15.74% states −15.74 %
            fams[f.family].append((f.key, f))
            by_value.append((abs(float(f.value)), f))
            by_pmag.append((abs(float(f.pmag)), f))
        self._by_family = {k: _Sorted(v) for k, v in fams.items()}
        self._key_blob = "\n".join(self.key_names)
        if self.years:
            self.year_now = max(self.years, key=lambda y: (len(self.years[y]), y))
        self._by_value = _Sorted(by_value)
        self._by_pmag = _Sorted(by_pmag)
        # what each family's facts count, for finding the fact a mention's words name (inverted index)
        inv: dict[str, dict[str, list[_Fact]]] = defaultdict(lambda: defaultdict(list))
        for f in self.facts:
            if f.date is None and f.subj:
                posting = inv[f.family]
                for tok in f.subj:
                    posting[tok].append(f)
        self._inv = {fam: {t: fs for t, fs in d.items() if len(fs) <= MAX_POSTING} for fam, d in inv.items()}
        # a target whose record also states the actual value supports only a mention about the target
        lists = self._list_paths  # a list's count (关键指标: 1个) is no result
        for group in self.groups:
            # in a structured record, any other figure of the target's unit is its result (目标: 30个 beside
            # 建成: 27个, 其中社区: 19个), whatever its field is called; in a sentence, only one said to be actual
            record = bool(group) and not group[0].location.startswith("line ") and "#S" not in group[0].location
            actual = [f for f in group if f.role == "actual" or (record and f.role == "" and f.date is None
                                                                  and f.kind != "year" and f.ytag is None
                                                                  and f.location not in lists)]
            if actual:
                for f in group:
                    if f.role == "target" and f.family in {a.family for a in actual}:
                        f.shadowed = True
        self._pair_years()
        self._sign_changes()
        # a source sentence that states 调整预算 and 实际支出 pairs them as a record does
        paired = {(id(a), id(b)) for a, b, _ in self.pairs}
        for group in self.groups:
            if not 2 <= len(group) <= MAX_POOL or not (group[0].location.startswith("line ") or "#S" in group[0].location):
                continue  # records were paired as they were read (_link_parts)
            by_role: dict[str, _Fact] = {}
            for f in group:
                if f.role and f.date is None:
                    by_role.setdefault(f.role, f)
            for new, old in _ROLE_PAIRS:
                a, b = by_role.get(new), by_role.get(old)
                if a is not None and b is not None and a.family == b.family and (id(a), id(b)) not in paired:
                    self._pair(a, b, "role")
        # values one step from an explicit pair, by family, for derivations the text's paragraph doesn't cite
        keyed: dict[str, list[tuple[float, tuple[_Fact, _Fact, str]]]] = defaultdict(list)
        for a, b, why in self.pairs:
            if b.mag == 0 or a.date is not None:
                continue
            ratio = a.mag / b.mag * HUNDRED
            keyed["%"].append((abs(float(ratio)), (a, b, why)))
            keyed["%"].append((abs(float(ratio - HUNDRED)), (a, b, why)))
            keyed[a.family].append((abs(float(a.mag - b.mag)), (a, b, why)))
        self._pair_keys = {k: _Sorted(v) for k, v in keyed.items()}  # type: ignore[arg-type]

    def _sign_changes(self) -> None:
        """A form prints 预算调整率 15.74 without its sign: a rate of a record that holds the 调整 and 年初 budgets
        and equals their relative change (at its precision) takes the change's direction, so 调增 is no cut."""
        for a, b, why in self.pairs:
            if why != "role" or (a.role, b.role) != ("budget", "initial") or b.mag == 0 or a.mag == b.mag:
                continue
            change = abs((a.mag - b.mag) / b.mag * HUNDRED)
            for f in self.groups[a.group]:
                if f.family == "%" and f.dirn is None and f.value > 0 \
                        and _close(change, f.mag, _pow10(f.value.as_tuple().exponent)) is not None:  # type: ignore[arg-type]
                    f.dirn = "+" if a.mag > b.mag else "−"

    def _pair_years(self) -> None:
        """The same item in two years is an explicit pair: a figure of an earlier year (上年同期.救助资金执行,
        "2022年核销消费券4310笔") and the current figure whose words name it best — one of its own source line or
        record if there is one, else the best-named one of its family anywhere (a form's 实际完成值 5360笔)."""
        for f in self.facts:  # 上年同期: {救助资金执行: …} — a record under an earlier year's key belongs to it
            if f.ytag is None and f.date is None and not f.location.startswith("line ") and ("年" in f.location
                                                                                          or "同期" in f.location):
                for part in f.location.split(".")[:-1]:
                    if (y := _key_year(part)) is not None:
                        f.ytag = y
        for e in self.facts:
            if e.ytag is None or e.date is not None or e.kind == "year" or e.role == "target":
                continue
            own = [f for f in self.groups[e.group] if f.family == e.family and f.ytag is None and f.date is None
                   and f.role != "target" and f.kind != "year"]
            if own:
                if len(own) == 1:
                    self._pair(own[0], e, "year")
                continue
            if not e.subj:
                continue
            best, top = [], 1
            for n, f in self.naming(e.family, e.subj - _ROLE_MARKS).values():
                if f.ytag is not None or f.role == "target" or f.hi_mag is not None or f.approx:
                    continue
                if n > top:
                    best, top = [f], n
                elif n == top:
                    best.append(f)
            if len({f.mag for f in best}) == 1:  # one current figure (or the same one in several sources)
                self._pair(best[0], e, "year")

    def naming(self, family: str, subj: frozenset[str]) -> dict[int, tuple[int, _Fact]]:
        """Facts of `family` whose subjects share words with `subj`: id → (shared words, fact)."""
        posting = self._inv.get(family)
        out: dict[int, tuple[int, _Fact]] = {}
        if not posting:
            return out
        for tok in subj:
            for f in posting.get(tok, ()):
                n, _ = out.get(id(f), (0, f))
                out[id(f)] = (n + 1, f)
        return out

    def pairs_near(self, family: str, lo: float, hi: float) -> list[tuple[_Fact, _Fact, str]]:
        keyed = self._pair_keys.get(family)
        return keyed.window(lo, hi) if keyed else []  # type: ignore[return-value]

    # -- look-ups ----------------------------------------------------------------------------------------
    def family(self, name: str) -> _Sorted | None:
        return self._by_family.get(name)

    def evidence(self, f: _Fact) -> Evidence:
        if f.src < 0:  # a figure the text states itself: lives only as long as its check
            return _construct(Evidence, source="本文 / this text", location=f.location, text=f.snippet)
        e = self._evidence.get(f.seq)
        if e is None:
            e = self._evidence[f.seq] = _construct(Evidence, source=self.names[f.src], location=f.location,
                                                   text=f.snippet)
        return e


def _construct(cls: type[BaseModel], fields_set: set[str] | None = None, **values: Any) -> Any:
    """`cls.model_construct(**values)` for values already known valid and complete, minus its per-call
    overhead: a 1 MB text has tens of thousands of mentions. Same object layout as model_construct.
    `fields_set`: one set shared by objects that set every field (pydantic only ever adds a field's name)."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values) if fields_set is None else fields_set)
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_EVERY_MENTION_FIELD = set(MentionCheck.model_fields)


def _mention_check(m: NumberMention, status: str, evidence: list[Evidence], formula: str | None, reason: str,
                   alternatives: list[str]) -> MentionCheck:
    return _construct(  # type: ignore[no-any-return]
        MentionCheck, _EVERY_MENTION_FIELD, text=m.text, start=m.start, end=m.end, value=m.value, unit=m.unit,
        kind=m.kind, status=status, evidence=evidence, formula=formula, lo=m.lo, hi=m.hi, approx=m.approx,
        reason=reason, alternatives=alternatives)


_MONEY_KEYS = {
    "initial", "adjusted", "actual", "budget", "amount", "年初预算", "年初预算数", "调整预算", "全年预算",
    "全年预算数", "预算数", "实际支出", "实际支出数", "全年执行数", "执行数", "任务涉及金额", "金额",
    "部门年初预算收入", "部门调整预算收入",
}
_YEAR_KEY = re.compile(r"year|年度", re.I)
_LIST_TAIL = re.compile(r"\[\d+\]$")
_KEY_UNIT = re.compile(r"[（(]([^（()）]{1,4})[）)]\s*$")
_BARE_BOUND = re.compile(r"[\s≤≥<>=＜＞≦≧约不低高于超过以上下内]*")
_SCORE_KEY = re.compile(r"score|分值|得分|总分|weight|权重", re.I)
_INDICATOR_PATH = re.compile(r"indicators|关键指标|绩效指标")
_BUDGET_KEYS = ("budget", "部门资金情况", "项目资金", "资金情况")
_DATA_UNIT_KEYS = ("资金单位", "金额单位", "单位")
_YEAR_IN_KEY = re.compile(r"((?:19|20)\d\d)年")
_BARE_YEAR = re.compile(r"((?:19|20)\d\d)")
# Bounds as data (drafter.limits, README "限额"): read once when drafter starts.
MAX_DEPTH = limit("depth").amount             # nesting deeper than this in a source is not a form
MAX_YEAR_SPAN = limit("range_span").amount    # 2015—2022年 stands for at most this many years after the first
MAX_ABS = MAX_MAGNITUDE
_NAME_KEY = re.compile(r"指标|名称|name|任务|项目|来源|事项|title|科目|内容|item|类别|类型|label", re.I)
_PARTS_KEY = re.compile(r"^(?:其中|资金来源|来源构成|明细|分项|构成|lines|parts)$")
_LABEL_ITEM = re.compile(r"[^\d〇零一二两三四五六七八九十百千万亿%％≥≤<>=＜＞]{2,30}")
_TOTAL_KEY = re.compile(r"总额|合计|总计|小计|总数|^total$", re.I)
_ROLE_PAIRS = (("actual", "budget"), ("budget", "initial"), ("actual", "target"), ("actual", "initial"))
_TOTAL_MARK = frozenset({"§合"})
_ROLE_MARKS = frozenset({"§执", "§预", "§率", "§分", "§初"}) | _TOTAL_MARK
_SENT_END = re.compile(r"[。；;！？!?\n]")
_PARTS_WORD = re.compile(r"其中")
_TOTAL_WORD = re.compile(r"合计|共计|总计")


_HAS_NUM = re.compile(r"[\d〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾半番]")


@lru_cache(maxsize=4096)
def _name_key(key: Any) -> bool:
    return bool(_NAME_KEY.search(str(key)))


def _record_names(node: dict[Any, Any], listed: bool) -> list[str]:
    """What a record names: its 名称 / 指标 / 项目 … fields; a record in a list that has none of those
    (明细: [{用途: 保管费用补贴, …}]) is named by its first short text field without figures."""
    named = [v for k, v in node.items() if isinstance(v, str) and len(v) <= 60 and _name_key(k)]
    if not named and listed:
        named = [v for k, v in node.items() if isinstance(v, str) and _LABEL_ITEM.fullmatch(v)
                 and str(k) not in _UNIT_KEYS][:1]
    return named


@lru_cache(maxsize=4096)
def _key_subject(key: str, money: bool) -> frozenset[str]:
    return tokens(key) | role_mark(roles(key), money)


@lru_cache(maxsize=4096)
def _key_year(key: str) -> int | None:
    if _BARE_YEAR.fullmatch(key):
        return int(key)  # a column keyed by its year (2022: 312, 2023: 386) dates its figure
    return year_tag(key, len(key), s0=0)


def _sane(value: Decimal) -> bool:
    """A figure a report can state: below 10^15 and at most 12 decimals (1e400, 1e-400 and 5,000-digit
    integers are not figures; arithmetic on them would overflow the Decimal context)."""
    try:
        return abs(value) < MAX_ABS and value.as_tuple().exponent >= -12  # type: ignore[operator]
    except TypeError:
        return False


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each 。；！？ or line end: bisect_right(ends, pos) is the sentence index of pos."""
    return [m.end() for m in _SENT_END.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _subject(clause: str, after: str, role: str, money: bool) -> frozenset[str]:
    """One set for each wording: repeated phrases (a long table, a log written from a template) share it."""
    return tokens(clause, after) | role_mark(role, money)


def mention_context(text: str, m: NumberMention, sentence_start: int = 0
                    ) -> tuple[frozenset[str], str, int | None, str]:
    """(subject tokens, role, year tag, clause) of a mention: the clause before it and the noun after its measure
    word; the role (实际 / 目标 / 预算 …) from the clause or the words right after (…的目标, …的时限)."""
    clause = clause_before(text, m.start)
    after = noun_after(text, m.end)
    if m.kind == "date":  # 9月29日，组织…: a date is about the event after it (OCR lines break sentences)
        after = _DATE_AFTER.match(text, m.end, m.end + 40).group()  # type: ignore[union-attr]
    tail = text[m.end: m.end + 7]
    role = "target" if _TARGET_AFTER.match(tail) else (roles(clause) or "")
    if not role:  # 年度预期目标：硬化村道15公里，惠及3万人 — a label before a colon names its sentence's values
        seg = text[max(sentence_start, m.start - 120): m.start]
        k = max(seg.rfind("："), seg.rfind(":"))
        if k >= 0:
            role = roles(_CLAUSE_BREAK.split(seg[:k])[-1])
    own = own_clause(text, m.start, clause)  # its words, less the noun of a count just before it
    subj = _subject(own, after, role, m.base_unit == "元")
    ytag = year_tag(text, m.start, s0=sentence_start)
    if ytag is not None and role != "target" and direction(clause) is None:
        k = max(text.rfind("，", sentence_start, m.start), text.rfind(",", sentence_start, m.start))
        if k >= 0 and year_tag(text, m.start, s0=k + 1) is None and tokens(text[k + 1:m.start]):
            cm = None
            for cm in _COMPARED_YEAR.finditer(text, max(sentence_start, m.start - 24), k):
                pass
            if cm is not None and _HAS_DIGIT.search(text, cm.end(), k):
                ytag = None  # 较上年增长40%，已整改问题250个: the base year is the change's, not the next clause's level
    return subj, role, ytag, clause


_COMPARED_YEAR = re.compile(r"(?:较|比|同比|与)(?:(?:19|20)\d\d年|上年|去年|上一年|前一年|同期)")
_DATE_AFTER = re.compile(r"[^。；;！？!?]*")
_CLAUSE_BREAK = re.compile(r"[，,。；;、！？!?]")
_PER_WORD = re.compile(r"(?:平均)?每[个位名]?([\u4e00-\u9fff]{1,12})")


@lru_cache(maxsize=4096)
def _average_item(clause: str) -> tuple[str, str, str] | None:
    """(what an average is per, the words before it, the words after it) when the words state an average:
    笔均 → 笔, 宗均拆除 → 宗 (of 拆除), 平均每个商圈核销消费券 → 商圈… (the item and what is averaged run together:
    no boundary is guessed), 每个普查区平均划分普查小区 → 普查区 (of 划分普查小区); ('', …) for 平均 alone; None
    when they state none."""
    tail = clause[-8:]
    k = tail.rfind("均")
    if k > 0 and tail[k - 1] != "平" and len(tail) - k <= 3:
        return tail[k - 1], clause[: len(clause) - len(tail) + k - 1], tail[k + 1:]
    m = None
    for m in _PER_WORD.finditer(clause):
        pass
    if m is not None and ("均" in clause[m.start():] or len(m[1]) == 1):
        region = m[1]
        item, _, after = region.partition("平均")
        return item, clause[: m.start()], after or region
    if "平均" in tail:
        k = clause.rfind("平均")
        return "", clause[:k], clause[k + 2:]
    return None


def _per(b: "_Fact", item: str) -> bool:
    """Does b count what an average is per: its measure word (笔均 over 2618笔) or the thing named (每个镇街 over
    10个镇街; 案均 over 立案 892宗)?"""
    if b.family in _NOT_COUNTS or b.date is not None:
        return False
    if not item:
        return True
    if b.unit.lstrip("万亿千百") == item[0] or b.family == unit_family(item[0])[0]:
        return True  # 笔均 over 2618笔, 人均 over 3862名
    if len(item) == 1:
        return any(item in w for w in b.subj)
    return bool(tokens(item[:3]) & b.subj)  # 商圈… over 重点商圈8个
_BALANCE = re.compile(r"结余|节余|结存|未执行|未支出|未使用")
_MONEY_RATE = re.compile(r"执行率|支出率|预算完成率|执行进度")
_SUMS = re.compile(r"合计|共计|总计|之和|相加|两项|三项")
_TARGET_AFTER = re.compile(r"[底末]?前?的?(?:年度|全年|年|计划)?(?:目标|时限|上限|下限|要求|标准|以内|之内|内|控制)|[底末]?前")
_SHARE_TAIL = ("比重", "比例", "的", "之", "为", "达到", "达", "约")
_RATE_NAMED = re.compile(r"率(?:为|是|达到|达)?$")
_ROLE_WORD = re.compile(r"执行|支出|支付|拨付|使用资金|预算|完成|得分|总分|评分|分值|进度")  # words a role mark stands for
_STOP_WORDS = re.compile("|".join(sorted(_STOP, key=len, reverse=True)))


@lru_cache(maxsize=4096)
def _share_whole(clause: str) -> str | None:
    """The words that name a share's whole: 占全年预算的 → 全年预算, 占全部支出的比重为 → 全部支出; '' for 占 or 占比
    alone (the whole is the total the sentence or the part's record gives); None when the words state no share."""
    k = clause.rfind("占", max(0, len(clause) - 14))
    if k < 0:
        return None
    words = clause[k + 1:]
    while True:
        tail = next((w for w in _SHARE_TAIL if words.endswith(w)), None)
        if tail is None:
            break
        words = words[: -len(tail)]
    return "" if words.startswith("比") else words


def _phrase(words: str) -> frozenset[str]:
    """The tokens of a phrase that names a figure, with the words every report uses taken out first: 全部支出 is
    支出 (not 部支 as well), 实际支出 is 支出 — its role mark (§执) then meets 全年执行数."""
    return tokens(_STOP_WORDS.sub(" ", words))


@lru_cache(maxsize=4096)
def _whole_words(whole: str) -> tuple[frozenset[str], ...]:
    """The ways the words can name a whole: 建成数 is the field 建成 as well as a 建成数 (and 拆除宗数 a 宗数)."""
    variants = [_phrase(whole)] + ([_phrase(whole[:-1])] if len(whole) >= 3 and whole.endswith("数") else [])
    return tuple(w for w in variants if w)


_BUDGET_MARKS = frozenset({"§执", "§预", "§初"})


def _named_by(words: frozenset[str], f: "_Fact") -> int:
    """How well `words` (a phrase's tokens) name the fact: the words it shares, 0 when fewer than the phrase
    needs (two, or all of a one-word phrase) or when they name another budget role (预算 is not 年初预算)."""
    marks = words & _BUDGET_MARKS
    if marks and (own := f.subj & _BUDGET_MARKS) and not marks & own:
        return 0
    n = len(words & f.subj)
    return n if n >= min(2, max(1, len(words - _ROLE_MARKS))) else 0


def _money_unit(data: Any) -> tuple[str, str] | None:
    """The unit of a drafter input's amounts (万元 unless stated), when the data has the input's shape."""
    if not isinstance(data, dict):
        return None
    for key in _BUDGET_KEYS:
        budget = data.get(key)
        if isinstance(budget, dict):
            label = next((budget[k] for k in _UNIT_KEYS if isinstance(budget.get(k), str)), None) or next(
                (data[k] for k in _DATA_UNIT_KEYS if isinstance(data.get(k), str)), "万元")
            m = _UNIT_LABEL.match(label.strip())
            if m and m[2] == "元":
                return (m[1] or "", "元")
    return None


def _record_of(path: str) -> str:
    """tasks[2].indicators[0].actual → tasks[2].indicators[0]: numbers of one record are 'local'."""
    if "." in path:
        return path.rsplit(".", 1)[0]
    return _LIST_TAIL.sub("", path)


_SCORE_WORDS = (("得分", "分值"), ("分值", "得分"))
_NOT_MONEY = re.compile(r"率|分值|得分|权重|数量|人数|次数|户数|%|％|序号|编号|年度|年份")
_HAS_DIGIT = re.compile(r"\d")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
_UNIT_LINE = re.compile(r"^[ \t\u3000（(]*(?:金额|资金)?单位[:：][ \u3000]*(万元|元|亿元)[ \u3000）)]*$", re.M)
_PIPE_CELL = re.compile(r"[^|｜]+")
_TAB_CELL = re.compile(r"[^\t]+")
_SPACE_CELL = re.compile(r"[^ \u3000\t]+")
_RULE_CELL = re.compile(r"[\s:：\-—]*")


def _table_rows(text: str, starts: list[int]
                ) -> tuple[dict[int, tuple[int, list[tuple[int, int]], list[str]]], dict[int, str]]:
    """Rows of the tables in a text source, by line number: (table id, cell spans, the header's cells); and
    each table's caption (the line of words above it: what its 合计 row totals).

    A Markdown or tab table, or a form copied out of a PDF as space-separated cells: a line of three or more
    cells none of which holds a digit is a header; each following line with as many cells is a row under it,
    until a line that is no such row. 实际支出 over 18,512,360 is then a 实际支出, in the row 政府专职消防队员经费."""
    out: dict[int, tuple[int, list[tuple[int, int]], list[str]]] = {}
    captions: dict[int, str] = {}
    header: list[str] | None = None
    tid = 0
    caption = ""
    for n, ls in enumerate(starts, 1):
        le = starts[n] - 1 if n < len(starts) else len(text)
        line = text[ls:le]
        if line.count("|") + line.count("｜") >= 2:
            rx = _PIPE_CELL
        elif "\t" in line:
            rx = _TAB_CELL
        elif " " in line.strip() or "\u3000" in line.strip():
            rx = _SPACE_CELL
        else:
            header = None
            if _CJK_RUN.search(line) and not _UNIT_LINE.fullmatch(line.strip()) and not _SENTENCE_MARK.search(line):
                caption = line  # the title over a table: what its 合计 row totals (a sentence is no title)
            continue
        if rx is _PIPE_CELL:  # | a | | c |: an empty cell still holds its column
            cells = _pipe_cells(line, ls, "|｜")
        elif rx is _TAB_CELL:
            cells = _pipe_cells(line, ls, "\t")
        else:
            cells = [(ls + c.start() + len(c.group()) - len(c.group().lstrip()),
                      ls + c.end() - (len(c.group()) - len(c.group().rstrip())))
                     for c in rx.finditer(line) if c.group().strip()]
        if len(cells) < 3:
            header = None
            if _CJK_RUN.search(line) and not _SENTENCE_MARK.search(line):
                caption = line  # "# …执行情况表"
            continue
        words = [text[a:b] for a, b in cells]
        if all(_RULE_CELL.fullmatch(w) for w in words):
            continue  # | --- | --- |
        if not any(_HAS_DIGIT.search(w) for w in words):
            header, tid = words, tid + 1
            captions[tid] = caption
            continue
        if header is not None and len(cells) == len(header):
            out[n] = (tid, cells, header)
        elif header is not None and rx is not _SPACE_CELL and len(header) - 2 <= len(cells) < len(header) \
                and not _HAS_DIGIT.search(words[0]):
            out[n] = (tid, cells, header)  # a .docx row whose last cells were merged: its cells from the left
        # else a row of another shape (总分 97.5 自评等级 优): no column to name
    return out, captions


_SENTENCE_MARK = re.compile(r"[。；;，,！？!?]")


def _pipe_cells(line: str, ls: int, seps: str) -> list[tuple[int, int]]:
    """Cell spans of a pipe (or tab) row, empty cells included (as zero-width spans). A pipe row's blank outer
    edges are no cells (| a | b |); a tab row's leading one is (the empty cell of a merged first column)."""
    bounds = [k for k, ch in enumerate(line) if ch in seps]
    edges = "\t" in seps
    if edges or line[: bounds[0]].strip():
        bounds.insert(0, -1)
    if line[bounds[-1] + 1:].strip():
        bounds.append(len(line))
    out = []
    for a, b in zip(bounds, bounds[1:]):
        cell = line[a + 1: b]
        lead = len(cell) - len(cell.lstrip())
        out.append((ls + a + 1 + lead, ls + a + 1 + len(cell.rstrip())) if cell.strip() else (ls + a + 1, ls + a + 1))
    return out


def _cell_unit(m: NumberMention, header: list[str], column: int, stated: str | None) -> NumberMention:
    """The unit of a bare table cell: 分 under 分值 / 得分, the unit its header names (实际支出（万元）), or the
    money unit stated for the table (单位：元 above it, 项目资金（万元） as its first header) unless the column
    counts or rates something."""
    head = header[column]
    if _SCORE_KEY.search(head):
        return replace(m, unit="分", base_unit="分", kind=kind_of("分", m.value))
    km = _KEY_UNIT.search(head)
    label = _UNIT_LABEL.match(km[1].replace("％", "%")) if km else None
    if label is None and not _NOT_MONEY.search(head):
        km = _KEY_UNIT.search(header[0])
        money = km[1] if km and km[1] in ("元", "万元", "亿元") else stated
        label = _UNIT_LABEL.match(money) if money else None
    if label is None:
        return m
    scale, base = label[1] or "", label[2].replace("％", "%")
    return replace(m, unit=scale + base, scale=scale, base_unit=base, kind=kind_of(base, m.value))


def _row_label(text: str, cells: list[tuple[int, int]]) -> str:
    return "".join(text[a:b] for a, b in cells if not _HAS_DIGIT.search(text[a:b]))


def _block_starts(text: str) -> list[int]:
    """Offsets where paragraphs (blocks separated by blank lines) start."""
    starts = [0]
    for m in re.finditer(r"\n[ \t\u3000]*\n", text):
        starts.append(m.end())
    return starts


# ---------------------------------------------------------------------------------------------- reading


def load_source_path(path: Path) -> list[SourceText | SourceData]:
    """A file, or a folder read recursively; unreadable or unknown files raise InputError (exit 2)."""
    from .load import parse_data_file, read_docx_text, read_text
    from .safefile import list_files, os_error

    try:
        is_dir = path.is_dir()
        if not is_dir and not path.exists() and not path.is_symlink():
            raise InputError(path, "来源文件不存在 / source not found")
    except OSError as e:  # a name too long, a loop: one line
        raise os_error(path, e) from None
    if is_dir:
        files = list_files(path, SOURCE_SUFFIXES)
        if not files:
            raise InputError(path, "目录中没有可读取的来源文件（.yaml .json .txt .md .docx）/ no readable source in folder")
        out: list[SourceText | SourceData] = []
        for f in files:
            out.extend(load_source_path(f))
        return out
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return [SourceData(name=str(path), data=parse_data_file(path, "source"))]
    if suffix == ".json":
        return [SourceData(name=str(path), data=parse_data_file(path, "source"))]
    if suffix == ".docx":
        return [SourceText(name=str(path), text=read_docx_text(path, "source"))]
    return [SourceText(name=str(path), text=read_text(path, "source"))]


def read_text_arg(text_path: str) -> str:
    """The TEXT argument of `drafter check`: a UTF-8 file, a .docx (offsets then refer to its extracted text,
    paragraphs and tables in document order), or '-' for standard input."""
    if text_path.lower().endswith(".docx") and text_path != "-":
        from .load import read_docx_text

        text = read_docx_text(Path(text_path))
        text = text.split(f"\n# {CHECK_APPENDIX}\n")[0]  # drafter's own report on the numbers is not text to check
        if not text.strip():
            raise InputError(text_path, "文本为空 / the text is empty")
        return text
    if text_path == "-":
        from .limits import limit

        name, data = "<stdin>", sys.stdin.buffer.read(limit("text").amount + 1)
        if len(data) > limit("text").amount:
            raise limit("text").error(name)
    else:
        from .safefile import read_bytes

        name = text_path
        data = read_bytes(Path(text_path), "text")  # a FIFO, device, folder or loop: one line, never a hang
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(name, f"不是 UTF-8 文本（第 {e.start} 字节）/ not UTF-8 text") from None
    text = text.split(f"\n## {CHECK_APPENDIX}\n")[0]  # a downloaded .md's number table, as for .docx
    if not text.strip():
        raise InputError(name, "文本为空 / the text is empty")
    return text


def source_paths(paths: Sequence[str | Path]) -> list[Path]:
    if not paths:
        from .errors import UsageError

        raise UsageError("至少需要一个 --source / at least one --source is required")
    return [Path(p) for p in paths]


def check_files(text_path: str, sources: Sequence[str | Path]) -> CheckReport:
    """`drafter check TEXT --source …`: read TEXT ('-' = stdin) and the sources, then check."""
    paths = source_paths(sources)
    text = read_text_arg(text_path)
    return check(text, SourceIndex.build(paths), name=text_path if text_path != "-" else "<stdin>")


# ---------------------------------------------------------------------------------------------- matching


def _close(src: Decimal, shown: Decimal, q: Decimal) -> str | None:
    """'exact' when equal; 'rounded' when src rounds half-up to `shown` at quantum q (1.29万 needs
    12850–12949: truncating 12990 to 1.29万 is not rounding)."""
    a, b = abs(src), abs(shown)
    if a == b:
        return "exact"
    try:  # _CTX's methods rather than a localcontext block: this runs for every candidate
        if _CTX.multiply(_CTX.divide(a, q).quantize(ONE, rounding=ROUND_HALF_UP, context=_CTX), q) == b:
            return "rounded"
    except (InvalidOperation, ArithmeticError):
        return None
    return None


_CTX = Context(prec=60, Emax=999999, Emin=-999999, traps=[InvalidOperation, DivisionByZero])
_POW10: dict[int, Decimal] = {}


def _pow10(exponent: int) -> Decimal:
    p = _POW10.get(exponent)
    if p is None:
        p = _POW10[exponent] = Decimal(1).scaleb(exponent)
    return p


def _sig_digits(d: Decimal) -> int:
    d = abs(d)
    if d == 0:
        return 0
    return len(d.normalize().as_tuple().digits)


def _step(d: Decimal) -> Decimal:
    """Place value of the last non-zero digit: 1800 → 100, 15.6 → 0.1."""
    d = abs(d)
    if d == 0:
        return ONE
    return _pow10(d.normalize().as_tuple().exponent)  # type: ignore[arg-type]


_HALF, _TENTH, _TWENTIETH = Decimal("0.5"), Decimal("0.1"), Decimal("0.05")


_OPEN = re.compile(r"^(?:不少于|不低于|至少|不超过|不高于|最多)|(?:以上|以下)$")


def _open(m: NumberMention) -> bool:
    """以上 / 不少于 / 不超过 …: a bound, not an approximation — any value on its side bears it out."""
    return bool(m.approx) and bool(_OPEN.search(m.text))


def _approx_ok(src: Decimal, x: Decimal, direction: str, step: Decimal, bound: bool = False) -> bool:
    """Does a source value `src` bear out 约 / 余 / 超过 / 近 / 不足 … `x`, on the stated side and as near as
    the wording allows? 约 (≈): what rounds to x at its last digit; 近 / 接近 (≤): up to x and within half a
    step (近九成: 85–90 %); 不足 / 不到 (<): below x within a step (不足四成: the thirties); 超过 / 逾 (>) and
    余 / 多 / 以上 (≥): above x within a step (超过九成: 90–100 %, 过半: 50–60 %)."""
    x, src = abs(x), abs(src)
    if bound:
        return src >= x if direction in ("≥", ">") else src <= x if direction in ("≤", "<") else src == x
    if direction == "≈":
        return abs(src - x) <= step * _HALF
    if direction == "≤":
        return x - max(step * _HALF, x * _TWENTIETH) <= src <= x
    width = max(step, x * _TENTH)
    if direction == ">":
        return x < src <= x + width
    if direction == "≥":
        return x <= src <= x + width
    return x - width <= src < x  # "<"


@dataclass(slots=True)
class _Target:
    """A text mention reduced to what matching needs."""

    m: NumberMention
    family: str
    x: Decimal          # magnitude in the family base
    q: Decimal          # quantum in the family base
    pmag: Decimal       # value × scale
    para: int
    ff: Decimal = ONE   # family factor (‰ → % is 0.1, 公里 → 米 is 1000)
    subj: frozenset[str] = frozenset()
    role: str = ""
    ytag: int | None = None
    clause: str = ""
    sent: int = 0
    own: frozenset[str] = frozenset()   # the mention's own words, before any inherited from its sentence
    prev: frozenset[int] = frozenset()  # ids of the facts the figure just before it in the sentence cites
    context: tuple[int, int] = (0, 0)   # the span of its sentence up to it


_ABOVE, _BELOW = frozenset({"≥", ">"}), frozenset({"≤", "<"})
_BOUNDS = _ABOVE | _BELOW
_APPROX_WORD = re.compile(r"余|多|约|近|超|逾|左右|上下|不足|不到")  # a source figure so marked is an approximation, not a bound


def _is_bound(f: "_Fact") -> bool:
    """不少于20场, ≥98%: a bound (a target), not a figure — no 余 / 约 / 近 / 超过 word makes it an approximation."""
    return f.approx is not None and f.approx != "≈" and not _APPROX_WORD.search(f.written)
_RANK = {"exact": 0, "converted": 1, "rounded": 2, "approximate": 3}
_Cand = tuple[tuple[bool, int], str, str, _Fact]   # (rank, verdict, how, fact)


_BOTH = re.compile(r"[和与及、]")
_AFTER = "\x00"  # in near_text: what precedes is the sentence before the fact, what follows is after it


def _near(f: _Fact) -> frozenset[str]:
    """The words of the fact's sentence around it (and its record), computed once when first asked."""
    if f.near_words is None or f.near_text:
        ctx = f.subj | (f.near_words or frozenset())
        before, _, after = f.near_text.partition(_AFTER)
        f.lead = ctx | tokens(before)
        f.near_words = f.lead | tokens(after) if after else f.lead
        f.near_text = ""
    return f.near_words


def _lead(f: _Fact) -> frozenset[str]:
    """Its words and its sentence's before it: 经验收合格398家 after 安装油烟净化设施426家 is about those 设施."""
    if f.lead is None:
        _near(f)
    return f.lead or f.subj


def _specific(m: NumberMention) -> bool:
    """Precise enough that an equal number elsewhere is no coincidence: three significant digits or more."""
    return m.value is not None and _sig_digits(m.value) >= 3 and not m.approx


def _newer(a: _Fact, b: _Fact, now: int | None = None) -> bool | None:
    """Is a the later figure of the pair (实际 of 预算, 调整 of 年初, 本年 of 上年)? None when unknown."""
    if (a.role, b.role) in _ROLE_PAIRS:
        return True
    if (b.role, a.role) in _ROLE_PAIRS:
        return False
    if a.ytag == b.ytag:
        return None
    if a.ytag is None:
        return None if now is not None and b.ytag == now else True  # 目标 ≤6 and 2023: 4.2 are both of this year
    if b.ytag is None:
        return None if now is not None and a.ytag == now else False
    if a.ytag < 0 or b.ytag < 0:
        return None
    return a.ytag > b.ytag


def _same_year(t: _Target, f: _Fact, now: int | None) -> bool:
    """False when a level the text gives for this year (no year named) is the source's figure of an earlier
    year (2022年…, 上年…), or one it gives for an earlier year is the source's figure of this year (较上年的
    68.43万人次 when 2023年 68.43万人次). Rates and changes are left alone: 较2022年增长7.33% is tagged with its
    base year; a source figure with no year may be of either."""
    if f.ytag is None or now is None or f.dirn or f.family in ("%", "pt", "倍"):
        return True
    if t.ytag is None or t.ytag == now:
        return not (f.ytag < 0 or f.ytag < now)
    if t.ytag > 0 and f.ytag > 0:
        return t.ytag == f.ytag  # 2021年的 is not the source's 2022年的
    return f.ytag != now or not (t.ytag < 0 or t.ytag < now)


class _Checker:
    def __init__(self, index: SourceIndex, text: str):
        self.ix = index
        self.text = text
        self._cache: dict[tuple[Any, ...], list[_Cand]] = {}
        self._bounds: dict[Decimal, list[_Fact]] = {}  # value → bounds in the sources that equal it (不少于20场)
        self._actual_dates: list[_Fact] | None = None  # the results stated as dates (实际完成值: 7月), once asked
        self._months: list[tuple[_Fact, _Fact]] | None = None  # deadline indicators' (result, target) months

    # -- direct matches --------------------------------------------------------------------------------
    def candidates(self, t: _Target, wide: bool = False) -> list[tuple[str, _Fact]]:
        """Facts near the mention, each with how it compares: by family magnitude, by the number as
        written (unitless sources), by value × scale, or as a fraction of a percentage.

        Tight windows (the text's quantum) for exact/converted/rounded; with wide=True, for 约/近/超过 …, only
        the few facts nearest to the value on each side, so a dense index costs no more than a sparse one.
        """
        m, ix = t.m, self.ix
        out: list[tuple[str, _Fact]] = []
        widen = 1.0000001
        v = abs(float(m.value))
        wv = float(_pow10(m.exponent))
        if wide:
            wv = max(wv, float(_step(m.value)), v * 0.1)
        wv *= widen
        xf = abs(float(t.x))
        wx = wv * float(m.factor * t.ff)
        pick = _Sorted.nearest if wide else _Sorted.window
        if t.family:
            fam = ix.family(t.family)
            if fam:
                out.extend(("fam", f) for f in pick(fam, xf - wx, xf + wx))
            unitless = ix.family("")
            if unitless and m.base_unit != "成":  # 四成 is 40 %, not the 4 of "任务 4"
                # a unitless source number matches the value as written (552 for 552万元) or the magnitude
                out.extend(("written", f) for f in pick(unitless, v - wv, v + wv))
                if m.factor != 1:
                    pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                    out.extend(("pmag", f) for f in pick(unitless, pm - wp, pm + wp))
                if t.family == "%" and xf <= 150:  # 0.9294 in a source is 92.94 %
                    out.extend(("fraction", f) for f in pick(unitless, (xf - wx) / 100, (xf + wx) / 100)
                               if f.value != f.value.to_integral_value())
        else:
            assert ix._by_value is not None and ix._by_pmag is not None
            out.extend(("written", f) for f in pick(ix._by_value, v - wv, v + wv))
            if m.factor != 1:
                pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                out.extend(("pmag", f) for f in pick(ix._by_pmag, pm - wp, pm + wp))
        return out

    def matches(self, t: _Target) -> list[_Cand]:
        """Every source fact with the mention's value (at its precision, or on the side its 约 / 近 / 超过
        says), best verdict first; which of them is the same fact is decided by `choose`."""
        m = t.m
        # a figure repeated in the text is looked up once (a target's bound supports only a target: see _direct)
        key = (m.value, m.unit, m.exponent, m.approx, t.role == "target")
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._direct(t, bool(m.approx))
        return hit

    def direct(self, t: _Target) -> tuple[str | None, list[_Fact]]:
        """The best verdict on value alone, and its facts (for ranges)."""
        found = self.matches(t)
        if not found:
            return None, []
        best = found[0][0]
        return found[0][1], [c[3] for c in found if c[0] == best]

    def _direct(self, t: _Target, wide: bool) -> list[_Cand]:
        m = t.m
        out: list[_Cand] = []
        sig_ok = _sig_digits(m.value) >= 2
        q_written = _pow10(m.exponent)
        step_written = _step(m.value)
        for how, f in self.candidates(t, wide):
            if f.hi_mag is not None and m.hi is None and f.kind != "year":
                continue  # a source range supports only a range
            if how == "fam":
                src, shown, q, step = f.mag, t.x, t.q, step_written * m.factor * t.ff
            elif how == "written":
                src, shown, q, step = f.value, m.value, q_written, step_written
            elif how == "pmag":
                src, shown, q, step = f.pmag, t.pmag, q_written * m.factor, step_written * m.factor
            else:  # fraction
                src, shown, q, step = f.value * HUNDRED, t.x, t.q, step_written * m.factor * t.ff
            bound = _is_bound(f)
            if m.approx:
                verdict = None
                if (f.approx in _ABOVE and m.approx in _BELOW and (bound or src >= abs(shown))) or \
                        (f.approx in _BELOW and m.approx in _ABOVE and (bound or src <= abs(shown))):
                    continue  # 不低于90% is 90 % or more: no 接近九成 / 不足九成 (1800余人 may still be 近两千人)
                if bound and m.approx == "≈":
                    continue  # ≥98% says nothing of where the figure lies: no 约98%
                if f.approx == m.approx and src == abs(shown):
                    verdict = "exact"  # 超过5000 in the source too
                elif (how == "fam" or not t.family) and _approx_ok(src, shown, m.approx, step, _open(m)):
                    verdict = "approximate"  # only within the unit family: a unitless 452.18 is no 超过400人
            else:
                if bound and t.role != "target":
                    if _close(src, shown, q) == "exact":
                        self._bounds.setdefault(m.value, []).append(f)  # said in the verdict: a bound, not a result
                    continue  # 不少于20场 / ≥300家 is a bound, no count of 20 or 300 (unless the text names the target)
                verdict = _close(src, shown, q)
                if verdict == "rounded" and (not sig_ok or shown == 0):
                    verdict = None
            if verdict is None:
                continue
            if verdict == "exact":
                if how == "fraction" or (how == "fam" and f.unit and m.unit and f.unit != m.unit):
                    verdict = "converted"
                elif how == "pmag" and f.unit and f.unit != m.base_unit:
                    verdict = "converted"
            # A fact in the mention's own unit family outranks a unitless one whatever the verdict:
            # 612万元 is the 6120000 元 of 金额（元）, not the 612 of 户数.
            out.append(((bool(t.family) and how != "fam", _RANK[verdict]), verdict, how, f))
        out.sort(key=lambda c: c[0])
        return out

    def choose(self, t: _Target, found: list[_Cand]) -> tuple[str | None, list[_Fact], str, list[_Fact]]:
        """Which of the equal-valued facts is the one the text speaks of: (verdict, facts, reason, near).

        The words before the number (and the noun after its measure word) must share a word with the
        fact's clause or field label; a fact of the same unit whose words match the mention's better, with
        another value, means the text put the figure in the wrong place; a target value stated as done
        (危桥改造完成12座 where 12 is the target) is not the achievement. With no words to compare, only a
        figure of three significant digits or more in the same unit passes: 28个 met in another phrase
        fails closed, the near candidates listed."""
        if not found:
            return None, [], "", []
        m = t.m
        scored = []
        dirn = direction(t.clause)
        plain = t.subj - _ROLE_MARKS
        around: frozenset[str] | None = None  # its words and its sentence's up to it: read once, when needed
        other_year = False
        counted: frozenset[str] | None = None  # the words of the noun after it: what it counts, read when needed
        for rank, verdict, how, f in found:
            if (f.shadowed or f.role == "target" or (f.approx in _BOUNDS and not _APPROX_WORD.search(f.written))) \
                    and t.role != "target" and not m.approx:
                continue  # a target or a bound (不少于20家) is what was planned, not what was done
            if dirn and f.dirn and dirn != f.dirn:
                continue  # 上升12.5% is not the source's 下降12.5%
            if not _same_year(t, f, self.ix.year_now):
                other_year = True
                continue  # （2022年发放2304笔） is last year's figure, not this year's
            if any(w in t.own and w not in f.subj and v in f.subj for w, v in _SCORE_WORDS):
                continue  # 得分10分 is not the row's 分值 10 (the weight), nor 分值 its 得分
            n = len(t.subj & f.subj)
            if not n:
                if counted is None:
                    counted = tokens(noun_after(self.text, m.end)) - _ROLE_MARKS
                if counted and not counted & _lead(f):
                    pass  # 覆盖24个镇街 after 服务站建成24个: it counts 镇街, a thing the fact's words never name
                elif id(f) in t.prev:
                    n = 1  # 即5.43万剂次 restates the figure before it
                else:
                    if around is None:
                        around = (plain | tokens(self.text[t.context[0]:t.context[1]])) - _ROLE_MARKS
                    if len(around & _near(f)) >= 2:
                        n = 1  # its sentence in the source says it (参训3200人次 after 农机手培训)
            scored.append((n, rank, verdict, how, f, len(t.own & f.subj)))
        if not scored:
            why = ("来源中该数值是另一年度的数字 / the source gives this figure for another year" if other_year else
                   "来源中该数值是目标值，不是完成值 / the source states this as the target, not the result")
            return None, [], why, [c[3] for c in found[:3]]
        own = max(s[5] for s in scored)
        words = t.own - _ROLE_MARKS
        if words:
            own = max(len(words & s[4].subj) for s in scored)
            other_best, other, values = 0, None, set()
            xf, qf = abs(float(t.x)), float(t.q) * 1.01
            named = self.ix.naming(t.family, words)
            if t.family and t.family not in ("%", "pt", "倍"):  # a ledger without units: 受理 9421, 按时办结 9180
                named = {**self.ix.naming("", words), **named}
            qw = _pow10(m.exponent)
            rivals: list[_Fact] = []
            for n, f in named.values():
                if f.family != t.family and (f.kind == "year" or _close(f.value, m.value, qw) is not None
                                             or _close(f.value, t.pmag, qw * m.factor) is not None):
                    continue  # the same number as written: not another figure
                if f.hi_mag is not None or f.approx or (t.role and f.role and f.role != t.role) \
                        or (t.ytag is not None and f.ytag != t.ytag) \
                        or (f.role == "target" and t.role != "target"):
                    continue  # a target or a bound (不少于200场) is no rival for the figure achieved
                if m.approx:
                    if _approx_ok(f.mag, t.x, m.approx, t.q):
                        continue
                elif abs(f.key - xf) <= qf and _close(f.mag, t.x, t.q) is not None:
                    continue  # the same value: not another figure
                rivals.append(f)
                if n < other_best:
                    continue
                if n > other_best:
                    other_best, other, values = n, f, set()
                values.add(f.mag)
            # only words that single out one other figure (not 得分 shared by every indicator) contradict
            if not (other is not None and other_best >= own + 2 and len(values) == 1):
                other = self._names_more(t, rivals, [s[4] for s in scored]) if rivals else None
            if other is not None:
                return None, [], (f"文中说法对应来源中的另一数字 {other.written} / the words name another figure, "
                                  f"{other.written}"), [other] + [s[4] for s in scored[:2]]
        good = [s for s in scored if s[0] >= 1]
        if not good and _specific(m):
            good = scored
        if not good:
            return None, [], ("数值相同，但无法确认是同一事项 / the value is in the sources, but not as what the text "
                              "says it counts"), [s[4] for s in scored[:3]]
        best = min(s[1] for s in good)
        chosen = sorted((s for s in good if s[1] == best), key=lambda s: -s[0])
        return chosen[0][2], [s[4] for s in chosen], "", []

    def _names_more(self, t: _Target, rivals: list[_Fact], candidates: list[_Fact]) -> _Fact | None:
        """A figure of another value that the words before the mention name more fully than every fact with its
        value — each of those words naming a candidate (in its sentence before it) names the rival too, plus a
        word of the rival's own: 验收合格426家 when 426 is the 安装 of 油烟净化设施 and 398 their 验收合格.
        None unless one value; a part of a candidate 合计 record (one 专项 of 三个专项's total) is no rival."""
        if _BOTH.search(t.clause) or self.text.startswith(("、", "，", ","), t.m.end) and \
                _HAS_DIGIT.match(self.text, t.m.end + 1):
            return None  # 生态公益林和经济林分别为2140亩、1720亩, 得分15分、15分、10分: the words name several
        words = tokens(t.clause) - _ROLE_MARKS
        have = [words & _lead(c) for c in candidates]
        if not all(have):
            return None  # a candidate its words don't name at all is judged elsewhere
        totals = {c.src for c in candidates if _TOTAL_MARK <= c.subj}  # its parts are named more fully
        best: frozenset[str] = frozenset()
        found: list[_Fact] = []
        for f in rivals:
            if not _same_year(t, f, self.ix.year_now) or f.src in totals:
                continue
            got = words & _lead(f)
            if not (got & f.subj - _ROLE_MARKS) or not all(h < got and (got - h) & f.subj for h in have):
                continue
            if len(got) > len(best):
                best, found = got, [f]
            elif len(got) == len(best):
                found.append(f)
        values = {f.mag for f in found}
        return found[0] if len(values) == 1 else None

    def year(self, y: int) -> list[_Fact]:
        return self.ix.years.get(y, [])

    def date(self, m: NumberMention) -> list[_Fact]:
        y, mo, d = m.date or (None, None, None)
        facts = list(self.ix._dates_md.get((mo, d), []))
        if y is None and d is None and mo is not None:
            # 9月 as a month value: a deadline indicator's target (≤10 月) or actual (9 月)
            fam = self.ix.family("月")
            if fam:
                facts += [f for f in fam.window(mo - 1e-9, mo + 1e-9) if f.value == mo]
        if y is None:
            return facts
        same = [f for f in facts if f.date and f.date[0] == y]
        if same:
            return same
        if self.year(y):
            return [f for f in facts if f.date and f.date[0] is None]
        return []

    def month_pairs(self) -> list[tuple[_Fact, _Fact]]:
        """(result month, target month) of each deadline indicator record (实际完成值: 9月, 年度指标值: 10月前)."""
        if self._months is None:
            self._months = []
            groups = {f.group for f in self.ix.dates if f.role == "target" and f.date and f.date[1] and not f.date[2]}
            for gid in groups:
                months = [f for f in self.ix.groups[gid] if f.date is not None and f.date[1] and not f.date[2]]
                self._months += [(a, b) for a in months if a.role == "actual" for b in months if b.role == "target"]
        return self._months

    def date_rival(self, words: frozenset[str], facts: list[_Fact], date: tuple[int | None, ...]) -> _Fact | None:
        """A stated result (实际完成值: 7月) of the item the words name, in another month than the mention's: the
        words name it at least as well as any date found (better than a log's, or as well where those are only
        a log's entries), so a log heading of that month is no support."""
        if self._actual_dates is None:
            self._actual_dates = [f for f in self.ix.dates if f.role == "actual" and f.date is not None]
        best = max((len(words & f.subj) for f in facts), default=0)
        logged = all(f.location.startswith("line ") for f in facts)
        for g in self._actual_dates:
            n = len(words & g.subj)
            if n >= max(2, best) and g.date[1] != date[1] and g not in facts \
                    and (n > best or (logged and not g.location.startswith("line "))):
                return g
        return None

    # -- derivations ------------------------------------------------------------------------------------
    def _part_list(self, total: _Fact) -> list[_Fact]:
        return [x for x, y, why in self.ix.partners.get(id(total), ()) if y is total and why == "part"]

    def _parts_of(self, total: _Fact) -> int:
        return len({x.mag for x in self._part_list(total)})

    def _initial_for_adjusted(self, t: _Target, a: _Fact, b: _Fact) -> bool:
        """Is one of the pair the 年初 budget, the other the spending, where the record also states the adjusted
        budget and the words don't say 年初? Then the pair is not what the text means (执行率, 结余 are on 调整)."""
        if {a.role, b.role} != {"actual", "initial"} or "§初" in t.subj:
            return False
        init = a if a.role == "initial" else b
        return any(f.role == "budget" and f.family == init.family for f in self.ix.groups[init.group])

    def derive(self, t: _Target, pairs: Sequence[tuple[_Fact, _Fact]]) -> list[tuple[str, _Fact, _Fact]]:
        """(formula, a, b) for every ordered pair that gives the mention in one step at its precision (or on
        the side its 约 / 超过 / 不足 says): a ÷ b as % or 倍, (a − b) ÷ b as %, a − b, a + b, in one unit family.

        The words decide the rest: 占 takes a part of a whole; a rate of 实际 over 预算 is never turned upside
        down; (a − b) ÷ b has the earlier figure as its base; 增长 / 调增 / 超支 need new > old and 下降 / 调减 /
        结余 new < old, where the pair's roles or years tell which is new."""
        if not pairs:  # most levels offer none: skip the set-up
            return []
        m = t.m
        out: list[tuple[str, _Fact, _Fact]] = []
        seen: set[tuple[str, int, int]] = set()
        fam = t.family
        x, q = abs(t.x), t.q
        step = _step(m.value) * m.factor * t.ff
        q_w, step_w = _pow10(m.exponent), _step(m.value)  # on the number as written
        dirn = direction(t.clause)
        share = "占" in t.clause[-8:] or "比重" in t.clause[-8:]
        whole = _share_whole(t.clause)
        whole_words = _whole_words(whole) if whole else ()  # 占调整预算的: the whole must be what they name
        left = share and bool(_BALANCE.search(t.clause[: t.clause.rfind("占")]))  # 结余占预算的: (b − a) ÷ b
        # 就业率 / 办结率: a rate is of figures its words name (a word, or the role of 执行率); 得分率 of scores
        rn = _RATE_NAMED.search(t.clause)  # 就业率 → 就业; 质量检测费执行率 → 质量检测费; 预算完成率 → its role only
        rate_words = _phrase(_ROLE_WORD.sub(" ", t.clause[: rn.start()])) - _ROLE_MARKS if rn else frozenset()
        rate_marks = t.own & _BUDGET_MARKS  # 执行率: of the spending; 完成率 names no role
        scores = "§分" in t.subj
        based = fam in ("%", "倍") and _BASE.search(t.clause) is not None  # 点击量是现场观众人次的4.19倍
        money_rate = bool(_MONEY_RATE.search(t.clause[-8:]))
        balance = bool(_BALANCE.search(t.clause[-6:]))
        per = _average_item(t.clause)
        average = per is not None
        item = per[0] if per else ""
        unit = m.unit
        approx = m.approx

        bound = _open(m)

        def fits(d: Decimal) -> bool:
            if approx:
                return _approx_ok(d, x, approx, step, bound)
            return _close(d, x, q) is not None

        def shown(d: Decimal) -> str:
            text = _show(d, q, m.factor * t.ff) + unit
            if approx:
                text = f"{_fmt(d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))}{'%' if fam == '%' else unit}" \
                       f"（{m.text}）"
            return text

        def add(op: str, a: _Fact, b: _Fact, formula: str) -> None:
            k = (op, id(a), id(b))
            if k not in seen:
                seen.add(k)
                out.append((formula, a, b))

        with localcontext(_CTX):
            for a, b in pairs:
                if a is b or a.date is not None or b.date is not None or a.mag == 0 or b.mag == 0 \
                        or a.kind == "year" or b.kind == "year" or (_is_bound(a) and _is_bound(b)):
                    continue  # 不少于20个 − 不少于12个 tells nothing: two bounds are two targets
                if average and (a.family == fam or a.family == b.family + fam) and _per(b, item) \
                        and (item or b.family != fam):
                    d = a.mag / b.mag  # 件均 / 人均 / 平均每期: a total over the count of its items
                    if fits(d):
                        add("÷", a, b, f"{a.written} ÷ {b.written} = {shown(d)}")
                    continue
                if a.family != b.family and fam in ("%", "倍") and a.family not in ("%", "pt") and _comparable(a, b) \
                        and (share or based or rate_words & a.subj):
                    pass  # counts of things the words relate: 查封46家 占检查单位 3125家次; 意向4127人 ÷ 岗位36000个 as 意向达成率
                elif a.family != b.family:
                    # 58.6万人次 − 52.3 (a unitless field of the same record), in the text's own unit
                    if a.group != b.group or "" not in (a.family, b.family) or (a.unit or b.unit) != m.unit \
                            or fam in ("%", "倍", "pt"):
                        continue
                    dw = a.value - b.value
                    if dw > 0 and (_approx_ok(dw, m.value, approx, step_w) if approx else _close(dw, m.value, q_w)):
                        add("−", a, b, f"{a.written} − {b.written} = {_show(dw, q_w, ONE)}{unit}")
                    continue
                order = _newer(a, b, self.ix.year_now)
                if fam in ("%", "倍"):
                    if a.family in ("%", "pt"):
                        continue
                    if money_rate and a.family not in ("元", ""):
                        continue  # 执行率 / 支出率 is spending over budget, never a ratio of counts
                    ratio = a.mag / b.mag
                    if order is False and a.role in ("budget", "initial", "target") and b.role == "actual" \
                            and not (a.role == "target" and a.approx in _BELOW):
                        pass  # 预算 ÷ 实际 is no rate anyone reports; 目标 ÷ 实际 only for a ceiling (≤15天: 反向)
                    elif dirn and fam == "%":
                        pass  # 增长 / 提高 / 下降 … state a change: (a − b) ÷ b, not a ratio
                    elif a.role == "actual" and self._initial_for_adjusted(t, a, b):
                        pass  # the rate is on the adjusted budget where there is one, unless the words say 年初
                    elif whole_words and not any(_named_by(w, b) for w in whole_words):
                        pass  # 143.35 ÷ 6541.87 (实际支出) is no share 占调整预算的
                    elif (rate_words and not rate_words & (a.subj | b.subj)) or (rate_marks and not rate_words
                                                                                 and not rate_marks & (a.subj | b.subj)):
                        pass  # 受理213件 ÷ 办结207件 is no 就业率, 轮换费用补贴's spending no 质量检测费执行率
                    elif a.family == "分" and not scores:
                        pass  # 得分 ÷ 分值 is a score rate, never a 满意度
                    elif left:
                        if a.role == "actual" and b.role in ("budget", "initial") and a.mag < b.mag \
                                and fits(d := (b.mag - a.mag) / b.mag * HUNDRED):
                            add("÷", a, b, f"({b.written} − {a.written}) ÷ {b.written} × 100% = {shown(d)}")
                    elif not (share and abs(a.mag) > abs(b.mag)):
                        d = ratio * HUNDRED if fam == "%" else ratio
                        if fits(d):
                            add("÷", a, b, f"{a.written} ÷ {b.written}{' × 100%' if fam == '%' else ''} = {shown(d)}")
                    if fam == "%" and not share and order is not False:
                        d = (a.mag - b.mag) / b.mag * HUNDRED
                        if fits(d) and ((dirn == "+") == (d > 0) if dirn else (d > 0 or m.value < 0)):
                            # 增长 needs new > old, 下降 new < old, whichever pair it is; a fall without its word a minus
                            add("Δ", a, b, f"({a.written} − {b.written}) ÷ {b.written} × 100% = {shown(d)}")
                    continue
                if fam == "pt":
                    if a.family != "%":
                        continue
                elif fam and a.family == "":
                    # unitless operands (an OCR table, 上年 52.3 under 到馆读者): on the numbers as written
                    dw = a.value - b.value
                    if dw > 0 and (_approx_ok(dw, m.value, approx, step_w) if approx else _close(dw, m.value, q_w)) \
                            and not (dirn and order is not None and (dirn == "+") != bool(order)):
                        add("−", a, b, f"{a.written} − {b.written} = {_show(dw, q_w, ONE)}{unit}")
                    continue
                elif fam and a.family != fam:
                    continue
                elif not fam and a.family:
                    continue
                d = a.mag - b.mag
                if d > 0 and fits(d):
                    sign_ok = not (dirn and order is not None and (dirn == "+") != bool(order))
                    if balance and {a.role, b.role} == {"budget", "initial"}:
                        sign_ok = False  # 结余 is budget − spending, not 年初 − 调整 (that is 调减)
                    elif self._initial_for_adjusted(t, a, b):
                        sign_ok = False  # 结余 / 超支 on the adjusted budget where there is one, unless 年初 is said
                    elif self._parts_of(a) > 2 and any(x is b for x in self._part_list(a)):
                        sign_ok = False  # 1386件 − 刑事 612件 is the rest of three kinds, no 民事案件
                    if sign_ok:
                        add("−", a, b, f"{a.written} − {b.written} = {shown(d)}")
                if a.seq < b.seq and not dirn and fits(a.mag + b.mag):
                    add("+", a, b, f"{a.written} + {b.written} = {shown(a.mag + b.mag)}")
                if len(out) >= MAX_EXPLANATIONS:
                    break
        return out


def _fits(t: _Target, d: Decimal) -> bool:
    """Does the value d bear out the mention: at its precision, or on the side and within the reach of its
    约 / 超过 / 接近 …?"""
    m = t.m
    if m.approx:
        return _approx_ok(d, t.x, m.approx, _step(m.value) * m.factor * t.ff, _open(m))
    return _close(d, t.x, t.q) is not None


_BETWEEN = re.compile(r"[，,、\s]")


def _show(d: Decimal, q: Decimal, div: Decimal) -> str:
    """A derived value as the text writes it: rounded to the text's quantum, in the text's unit."""
    return _fmt(_round_like(d, q) / div)


def _round_like(d: Decimal, q: Decimal) -> Decimal:
    try:
        return (d / q).quantize(ONE, rounding=ROUND_HALF_UP) * q
    except (InvalidOperation, ArithmeticError):
        return d


def _paragraph_ids(text: str, mentions: list[NumberMention]) -> list[int]:
    blocks = _block_starts(text)
    lines = line_starts(text)
    out = []
    for m in mentions:
        b = bisect_right(blocks, m.start) - 1
        end = blocks[b + 1] if b + 1 < len(blocks) else len(text)
        if end - blocks[b] > 1500:  # a huge block (OCR text without blank lines): lines are the paragraphs
            out.append(-line_of(lines, m.start))
        else:
            out.append(b)
    return out


def _ordered(facts: Sequence[_Fact]) -> list[tuple[_Fact, _Fact]]:
    return [(a, b) for a in facts for b in facts if a is not b]


def check(text: str, sources: "SourceIndex | Iterable[str | Path | SourceText | SourceData] | str | Path",
          *, name: str = "待核验文本 / text") -> CheckReport:
    """Trace every number of `text` to `sources` (paths, SourceText/SourceData, or a prebuilt SourceIndex).
    `name` is the text's file, for the message when it states more figures than the limit allows."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex.build(sources)
    with _gc_paused():
        return _check(text, index, name)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The index and a check allocate hundreds of thousands of small objects and make no reference cycles:
    the cyclic collector would only walk them again and again (a third of the time). Paused while they run,
    then back as it was (another thread's pause is left alone). On the way out what was made is moved straight
    to the oldest generation (freeze + unfreeze: two list splices), else the first young collection walks
    every object the pause left young — a fifth of a second for a 1 MB check. It stays collectable there;
    a caller's own frozen objects (gc.freeze before fork) are left frozen."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def _mentions(text: str, name: str) -> list[NumberMention]:
    """extract_mentions(text), refused (one line, exit 2) as soon as it passes the figures limit: 10 MB of
    bare figures is a million mentions, minutes of checking and gigabytes of results."""
    cap = limit("figures").amount
    mentions: list[NumberMention] = []
    n = 0
    for m in iter_mentions(text):
        mentions.append(m)
        if not m.ignored:
            n += 1
            if n > cap:
                raise limit("figures").error(name)
    return mentions


def _check(text: str, index: SourceIndex, name: str) -> CheckReport:
    mentions = _mentions(text, name)
    paras = _paragraph_ids(text, mentions)
    ends = _sentence_ends(text)
    line_of_text = line_starts(text)
    checker = _Checker(index, text)
    families = lru_cache(maxsize=None)(unit_family)
    results: list[MentionCheck | None] = [None] * len(mentions)
    cited: dict[int, list[_Fact]] = defaultdict(list)       # per text paragraph: the facts its numbers cite
    cited_sent: dict[int, list[_Fact]] = defaultdict(list)  # per text sentence: those and its derived figures
    pending: list[tuple[int, _Target, str, list[_Fact]]] = []
    last_subj: dict[int, frozenset[str]] = {}
    last_facts: dict[int, frozenset[int]] = {}
    sents_of_para: dict[int, set[int]] = defaultdict(set)
    ev = index.evidence

    cited_groups: dict[int, set[int]] = defaultdict(set)  # per text paragraph: the groups of the facts it cites

    def done(i: int, status: str, facts: Sequence[_Fact] = (), formula: str | None = None, reason: str = "",
             alternatives: Sequence[str] = ()) -> None:
        if len(facts) > 1 and status not in ("derived", "unsupported"):  # a derivation keeps formula order
            facts = _prefer(facts, cited_groups.get(paras[i], ()))
        results[i] = _mention_check(mentions[i], status, [ev(f) for f in facts[:3]], formula, reason,
                                    list(alternatives))

    def cite(i: int, sent: int, facts: Sequence[_Fact]) -> None:
        cited[paras[i]].extend(facts)
        cited_groups[paras[i]].update(f.group for f in facts)
        cited_sent[sent].extend(facts)

    for i, m in enumerate(mentions):
        if m.ignored and m.reason == "too long":  # 5,000 digits: no figure to trace, and not to be passed over
            done(i, "unsupported", reason="数字过长，无法核对 / a run of digits too long to be a figure")
            continue
        if m.ignored:
            done(i, "ignored", reason=m.reason)
            continue
        if m.title is not None:
            inner = m.title[1:-1]
            hit = index.titles.get(inner)
            if hit is not None:
                results[i] = _mention_check(m, "ignored", [hit], None, "《》标题与来源一致 / title found verbatim", [])
                continue
        if index._key_blob and m.end + 2 <= len(text) and _CJK_RUN.match(text, m.end) \
                and (named := _in_key_name(index, text[m.start:m.end + 2])) is not None:
            # 城区5分钟到场率, 12345工单: the number is part of a source field's name, as the text writes it
            results[i] = _mention_check(m, "exact" if m.unit else "ignored", [named], None,
                                        "" if m.unit else "来源字段名称中的数字 / part of a source field's name", [])
            continue
        sent = bisect_right(ends, m.start)
        sents_of_para[paras[i]].add(sent)
        s0 = ends[sent - 1] if sent else 0
        subj, role, ytag, clause = mention_context(text, m, s0)
        own_subj = subj
        if (not (subj - _ROLE_MARKS) or role == "target") and sent in last_subj:
            # 实际支出58926.17万元，5.89亿元: the second restates the first; 控制在3000元以内: the bound of it
            subj = subj | last_subj[sent]
        elif subj - _ROLE_MARKS:
            last_subj[sent] = subj
        if m.kind == "date":
            facts = checker.date(m)
            if role != "target":
                facts = [f for f in facts if f.role != "target"]  # 10月前 is a deadline, no month of completion
            rival = None
            if m.date and None in m.date:  # 9月, 6月28日: the event around it must be the source's event
                whole = subj | tokens(text[s0:m.start])
                facts = [f for f in facts if (whole & f.subj or len(whole & _near(f)) >= 2)
                         and not (f.shadowed and role != "target")]
                # a result month the words name better is a rival — unless the text states this month as the
                # deadline (目标为“11月底前”): then the target's month is what it claims
                rival = checker.date_rival(whole, facts, m.date) if role != "target" else None
                if rival is not None:
                    facts = []
            cite(i, sent, facts[:2])
            done(i, "exact" if facts else "unsupported", facts or ([rival] if rival else []),
                 reason="" if facts else "文中说法对应来源中的另一日期 / the words name another date" if rival else
                 "来源中没有该日期（或不是同一事项的日期）/ date not in sources for this event")
            continue
        if m.kind == "year" or (not m.unit and m.value is not None and m.value == m.value.to_integral_value()
                                and 1900 <= m.value <= 2100 and m.hi is None and m.exponent == 0):
            ys = [int(m.value)] + ([int(m.hi)] if m.hi is not None else [])
            hits = [checker.year(y) for y in ys]
            if all(hits):
                facts = [f for h in hits for f in h[:2]]
                cite(i, sent, facts)
                done(i, "exact", facts)
                continue
            if m.kind == "year":
                done(i, "unsupported", reason="来源中没有该年份 / year not in sources")
                continue
        family, factor = families(m.base_unit)
        pm = m.value * m.factor
        target = _Target(m, family, pm * factor, m.quantum * factor, pm, paras[i], factor, subj, role, ytag,
                         clause, sent, own_subj, last_facts.get(sent, frozenset()),
                         (max(s0, m.start - 40), m.start))
        if m.hi is not None:
            status, facts = _check_range(checker, target)
            if status:
                cite(i, sent, facts)
                done(i, status, facts)
            else:
                done(i, "unsupported", reason="来源中没有该区间 / range not in sources")
            continue
        status, facts, reason, near = checker.choose(target, checker.matches(target))
        if not status and m.alt:  # 6台（套） against a log's 6套: the same figure in the bracket's unit
            family, factor = families(m.alt)
            alt_t = replace(target, m=replace(m, unit=m.scale + m.alt, base_unit=m.alt, alt=""), family=family,
                            x=pm * factor, q=m.quantum * factor, ff=factor)
            found = checker.choose(alt_t, checker.matches(alt_t))
            if found[0]:
                status, facts, target = found[0], found[1], alt_t
            else:
                family = target.family
        if status:
            cite(i, sent, facts[:3])
            last_facts[sent] = frozenset(id(f) for f in facts)
            f0 = facts[0]
            if f0.family != family:  # 52.3 under 到馆读者 stated as 52.3万人次: an operand in the text's unit
                cited_sent[sent].append(_Fact(m.value, target.x, family, m.unit, m.kind, -1,
                                              f"line {line_of(line_of_text, m.start)}", m.text, f0.group, m.text,
                                              pmag=pm, subj=subj | f0.subj, role=f0.role or role,
                                              ytag=ytag if ytag is not None else f0.ytag))
            done(i, status, facts)
        else:
            pending.append((i, target, reason, near))

    # Derivations, only between related numbers: first the figures the text's own sentence states (any
    # pair), then the records and source sentences its paragraph cites and their explicit partners (a part
    # and its total), then — for figures precise enough to rule out chance — explicit pairs anywhere.
    explicit = {(id(a), id(b)) for a, b, _ in index.pairs} if pending else set()
    derived_at: dict[int, tuple[_Target, str, _Fact, _Fact]] = {}  # mention index → how it was derived
    for i, t, reason0, near in pending:
        m = t.m
        small = m.value == m.value.to_integral_value() and abs(t.x) <= SMALL_INT and not m.scale
        levels: list[Callable[[], list[tuple[_Fact, _Fact]]]] = []
        if m.value != 0:
            levels.append(lambda t=t: _sentence_pairs(t, cited_sent, cited, sents_of_para))
            levels.append(lambda t=t: _worded_pairs(index, t, cited, cited_sent, sents_of_para))
            levels.append(lambda t=t: _record_pairs(index, cited.get(t.para, [])))
            if not small and not m.approx and m.base_unit != "成":
                levels.append(lambda t=t: _named_pairs(index, t, text))  # 近三成 fits too many pairs
            if not small and _sig_digits(m.value) >= 3 and not m.approx:
                levels.append(lambda t=t: _global_pairs(index, t))
        found: list[tuple[str, _Fact, _Fact]] = []
        prev = derived_at.get(i - 1)
        if prev is not None and prev[0].sent == t.sent and prev[0].family == t.family \
                and not _BETWEEN.sub("", text[mentions[i - 1].end:m.start]) and _fits(t, prev[0].x):
            # 占…的31.05%，超过三成: the word restates the figure just derived, on its side
            _, formula, a, b = prev
            done(i, "derived", [a, b], formula=f"{formula}（{m.text}）")
            derived_at[i] = (t, formula, a, b)
            continue
        if m.base_unit in ("个月", "月") and (gap := _month_gap(checker.month_pairs(), t, text)) is not None:
            formula, a, b = gap  # 较计划提前1个月: the deadline indicator's target month less its result month
            done(i, "derived", [a, b], formula=formula)
            continue
        if m.value == 0:  # 结余0万元: two cited figures that are equal (budget fully spent)
            same = _equal_pair(cited.get(t.para, []), t.family)
            if same:
                a, b = same
                found.append((f"{a.written} − {b.written} = 0{m.unit}", a, b))
        for level in levels:  # computed one after the other, only while nothing is found
            found = found or checker.derive(t, level())
            if found and level is not levels[0] and not _SUMS.search(t.clause) and not _SUM_OF.search(t.clause):
                found = [e for e in found if " + " not in e[0]]  # a sum of two source figures needs 合计 …
            if found:
                break
        if found:
            def score(e: tuple[str, _Fact, _Fact]) -> tuple[int, int, int]:
                _, a, b = e
                pair = (id(a), id(b)) in explicit or (id(b), id(a)) in explicit
                return (-int(pair), -min(3, len(t.subj & (a.subj | b.subj))), int(a.group != b.group))

            found.sort(key=score)
            unique: dict[str, tuple[str, _Fact, _Fact]] = {}
            for e in found:
                unique.setdefault(e[0], e)
            found = list(unique.values())
            formula, a, b = found[0]
            others = [f for f, _, _ in found[1:]]
            reason = f"另有 {len(others)} 种算法也得出该数 / {len(others)} other derivations fit" if others else ""
            done(i, "derived", [a, b], formula=formula, reason=reason, alternatives=others)
            derived_at[i] = (t, formula, a, b)
            stated = _Fact(m.value, t.x, t.family, m.unit, m.kind, -1, f"line {line_of(line_of_text, m.start)}",
                           m.text, -1, m.text, None, None, None, pmag=t.pmag, subj=t.subj, role=t.role, ytag=t.ytag)
            cited_sent[t.sent].append(stated)  # a 合计 the text derives may be the base of its next rate
        elif (formula := _listed_sum(i, mentions, results, ends, t)) is not None:
            done(i, "derived", formula=formula)
        elif not reason0 and (bounds := checker._bounds.get(m.value)):
            done(i, "unsupported", bounds[:3], reason="来源中该数值是界限或目标值（不少于 / ≥ …），不是实际完成值 / the "
                                                      "sources state this value as a bound or target, not a result")
        else:
            done(i, "unsupported", near,
                 reason=reason0 or "来源中没有，也无法由相关数字一步推算 / not in sources, not derivable from related figures")

    out = cast(list[MentionCheck], results)
    counts = Counter(r.status for r in out)
    summary = CheckSummary(numbers=len(mentions) - counts["ignored"], sources=list(index.names),
                           facts=len(index.facts), ok=counts["unsupported"] == 0,
                           **{s: counts[s] for s in STATUSES})
    return CheckReport.model_construct(mentions=out, summary=summary, warnings=list(index.warnings))


_EARLY = re.compile(r"(提前|早于?)了?$")
_LATE = re.compile(r"(推迟|延迟|延期|滞后|晚于?|逾期)了?$")


def _month_gap(pairs: list[tuple[_Fact, _Fact]], t: _Target, text: str) -> tuple[str, _Fact, _Fact] | None:
    """较计划提前1个月 / 推迟2个月: a deadline indicator the words name (its words and its sentence's share two
    with the record), whose result month is that many months before (提前) or after (推迟) its target month."""
    early, late = _EARLY.search(t.clause), _LATE.search(t.clause)
    if not pairs or not (early or late) or t.m.value != t.m.value.to_integral_value():
        return None
    words = (t.subj | tokens(text[t.context[0]:t.context[1]])) - _ROLE_MARKS
    for a, b in pairs:
        if len(words & (a.subj | b.subj)) < 2:
            continue
        gap = b.date[1] - a.date[1]  # type: ignore[index, operator]
        if (early and gap == t.m.value) or (late and -gap == t.m.value):
            return f"{b.written} − {a.written} = {abs(gap)}{t.m.unit}", a, b
    return None


def _in_key_name(index: SourceIndex, term: str) -> Evidence | None:
    """The source field whose name holds `term` (a number and the two characters after it), as evidence."""
    k = index._key_blob.find(term)
    if k < 0:
        return None
    key = index._key_blob[index._key_blob.rfind("\n", 0, k) + 1:].split("\n", 1)[0]
    src, path = index.key_names[key]
    return _construct(Evidence, source=index.names[src], location=path, text=key)


def _sentence_pairs(t: _Target, cited_sent: dict[int, list[_Fact]], cited: dict[int, list[_Fact]],
                    sents_of_para: dict[int, set[int]]) -> list[tuple[_Fact, _Fact]]:
    """Pairs of the figures the text's own sentence states (and cites); with 两项合计 the paragraph's, with
    结余 / 调减 its 预算 and 执行, with 占 a part and the whole the words after 占 name."""
    stated = _distinct(cited_sent.get(t.sent, []))
    first = _ordered(stated)
    para_stated = lambda: _distinct([f for s in sorted(sents_of_para[t.para]) for f in cited_sent.get(s, [])])  # noqa: E731
    if _SUMS.search(t.clause[-6:]):  # 两项合计: the figures its paragraph states
        first += _ordered(para_stated())
    elif direction(t.clause):  # 结余 / 调减: the 预算 and 执行 (调整 and 年初) its paragraph states
        first += [(a, b) for a, b in _ordered(para_stated()) if (a.role, b.role) in _ROLE_PAIRS
                  or (b.role, a.role) in _ROLE_PAIRS]
    if "占" in t.clause[-10:]:  # 占不合格样品的47.13%: the whole is the figure the words after 占 name
        wholes = [f for f in _distinct(cited.get(t.para, [])) if len(f.subj & t.subj - _ROLE_MARKS) >= 2]
        first += [(p, w) for p in stated for w in wholes if p is not w]
    return first


MAX_WORDED = 6  # operands a phrase names equally well (占全年预算的: the project's and each part's 全年预算)
_RATE_FAMILIES = ("%", "pt", "倍")


def _best_named(index: SourceIndex, words: frozenset[str], pool: Iterable[_Fact] = (),
                keep: Callable[[_Fact], bool] = lambda f: True, ranked: bool = False, need: int = 2,
                rates: bool = False) -> list[_Fact]:
    """The facts `words` name best (see _named_by) of those `keep` accepts, among `pool` and the whole index —
    or, `ranked`, the few they name best, best first; a date, or a rate unless `rates`, is no operand (of a share
    or an average; two rates are compared)."""
    skip = () if rates else _RATE_FAMILIES
    words = words - _ROLE_MARKS if len(words - _ROLE_MARKS) >= 2 else words
    if not words:
        return []
    scored: dict[int, tuple[int, _Fact]] = {}
    for f in pool:
        if f.date is None and f.family not in skip and (n := _named_by(words, f)) and keep(f):
            scored[id(f)] = (n, f)
    for fam in index._inv:
        if fam in skip:
            continue
        for n, f in index.naming(fam, words).values():
            if n >= min(need, len(words)) and keep(f):
                scored.setdefault(id(f), (n, f))
    if not scored:
        return []
    if ranked:
        return [f for _, f in sorted(scored.values(), key=lambda nf: (-nf[0], nf[1].seq))][:MAX_WORDED]
    top = max(n for n, _ in scored.values())
    return [f for n, f in scored.values() if n == top][:MAX_WORDED]


def _worded_pairs(index: SourceIndex, t: _Target, cited: dict[int, list[_Fact]], cited_sent: dict[int, list[_Fact]],
                  sents_of_para: dict[int, set[int]]) -> list[tuple[_Fact, _Fact]]:
    """Operands the words name, wherever the sources hold them: a share's part (the figure its sentence states
    before it, or what the words before 占 name) and the whole the words after 占 name (占全区零售商户的 → the
    ledger's 1024家 on a line of its own); with 占 alone, the part's total. Named across records, so only the
    best-named facts take part."""
    whole = _share_whole(t.clause)
    stated = [f for f in cited_sent.get(t.sent, []) if f.date is None and f.family not in _RATE_FAMILIES]
    if whole is None and (cm := _COMPARE.search(t.clause)) is not None:
        return _compared_pairs(index, t, cm, cited_sent.get(t.sent, []))
    if whole is None and t.family in ("%", "倍") and (bm := _BASE.search(t.clause)) is not None:
        # 是参与商户的3.22倍: the figure its sentence states (or the words before 是 name) over the base named
        variants = _whole_words(bm[1])
        if not variants:
            return []
        figures = _distinct(stated[::-1])[:2]
        if (before := _phrase(t.clause[: bm.start()]) - _ROLE_MARKS):
            figures += _best_named(index, before)
        bases = [f for words in variants for f in _best_named(index, words)]
        return [(a, b) for a in _dedupe(figures) for b in _dedupe(bases) if a is not b and _comparable(a, b)]
    if whole is None and (sm := _SUM_OF.search(t.clause)) is not None:
        # 新建和升级改造站点共35个: the figures the two named items have, added (12 + 23)
        keep = lambda f: f.family == t.family and f.role != "target" and not _is_bound(f) and f.ytag == t.ytag  # noqa: E731
        firsts = _best_named(index, _phrase(sm[1]) - _ROLE_MARKS, keep=keep, need=1)
        seconds = _best_named(index, _phrase(sm[2]) - _ROLE_MARKS, keep=keep, need=1)
        return [(a, b) if a.seq < b.seq else (b, a) for a in firsts for b in seconds if a is not b]
    if whole is None and (nm := _NOT_DONE.search(t.clause)) is not None:
        # 12345工单未按时办结439件: what was not done is the total less what was (受理 18642 − 按时办结 18203)
        done = _best_named(index, _phrase(nm[1]) - _ROLE_MARKS, keep=lambda f: f.family in (t.family, ""), need=1)
        return [(a, b) for b in done for a in index.groups[b.group]
                if a.family == b.family and abs(a.mag) > abs(b.mag) and a.role != "target" and not _is_bound(a)]
    if whole is None:
        per = _average_item(t.clause)
        if per is None:
            return []
        # 普查员劳务补助人均2878.7元: the total the words name (or the sentence states), over the count of the item
        item, before, after = per
        fam = t.family
        words = _phrase(before) - _ROLE_MARKS
        total = lambda f: (f.family == fam or f.family.endswith(fam)) and f.ytag == t.ytag  # noqa: E731 — 人次 ÷ 人 = 次
        totals = [f for f in stated if total(f)][-2:]
        for named in (words, _phrase(after) - _ROLE_MARKS):
            if named:
                totals += _best_named(index, named, keep=total, ranked=True)
        counts = [f for f in stated if _per(f, item)]
        counts += [f for a in totals if a.group >= 0 for f in index.groups[a.group] if _per(f, item)]  # 26宗 of its line
        # the item's first words (商圈 of 商圈核销…) name the count: one shared word will do among counts of it
        counts += _best_named(index, words | tokens(item[:3]) | _phrase(after), keep=lambda f: _per(f, item),
                              ranked=True, need=1)
        # 科普讲座场均130人次: the words name the count (举办科普讲座24场), the total is on the count's own line
        totals += [f for b in counts if b.group >= 0 and not _is_bound(b) for f in index.groups[b.group] if total(f)]
        return [(a, b) for a in _dedupe(totals) for b in _dedupe(counts) if a is not b]
    parts = _distinct(stated[::-1])[:2]
    k = t.clause.rfind("占")
    part_words = tokens(t.clause[:k]) - _ROLE_MARKS
    if _BALANCE.search(t.clause[:k]) and whole and (variants := _whole_words(whole)):
        # 结余占预算的10.56%: the spending and the budget the words name — derive takes (budget − spending) ÷ budget
        wholes = [f for words in variants for f in _best_named(index, words)]
        return [(a, w) for w in wholes for a, b, why in index.partners.get(id(w), ())
                if b is w and why == "role" and a.role == "actual"]
    if part_words:
        parts += _best_named(index, part_words)
    if not parts:
        return []
    if whole and (variants := _whole_words(whole)):
        pool = [f for s in sents_of_para.get(t.para, ()) for f in cited_sent.get(s, [])] + cited.get(t.para, [])
        wholes = [f for words in variants for f in _best_named(index, words, pool)]
    else:  # 其中…占58.58%: the total its record or ledger gives, or a 合计 the sentence states first
        wholes = [w for p in parts for a, w, why in index.partners.get(id(p), ()) if a is p and why == "part"]
        wholes += stated
    return [(p, w) for p in _dedupe(parts) for w in _dedupe(wholes)
            if p is not w and abs(p.mag) < abs(w.mag) and _comparable(p, w)]


def _compared_pairs(index: SourceIndex, t: _Target, cm: re.Match[str], stated: list[_Fact]
                    ) -> list[tuple[_Fact, _Fact]]:
    """比 / 较 / 高于 / 超出 + what is compared: 参与商户超出目标18家 takes the indicator the words before name and
    its target, 较上年 its figure of the earlier year, 区级资金执行比市级补助多437.2万元 the two named items."""
    ref = cm["ref"]
    fam = "%" if t.family == "pt" else t.family
    same = lambda f: f.family == fam or (t.family not in _RATE_FAMILIES and "" in (f.family, fam))  # noqa: E731
    words = _phrase(t.clause[: cm.start()]) - _ROLE_MARKS
    subjects = [f for f in stated if same(f) and f.role != "target"]
    if words:
        subjects += _best_named(index, words, keep=lambda f: same(f) and f.role != "target"
                                and f.ytag is None and f.hi_mag is None, rates=fam == "%")
    subjects = _dedupe(subjects)
    if _TARGET_REF.search(ref):  # both ways: 超出目标 is result − target, 比时限缩短 target − result
        return [p for f in subjects for a, b, why in index.partners.get(id(f), ())
                if a is f and why == "role" and b.role == "target" for p in ((a, b), (b, a))]
    if year_tag(ref, len(ref), s0=0) is not None:
        return [(a, b) for f in subjects for a, b, why in index.partners.get(id(f), ()) if a is f and why == "year"]
    refs = _best_named(index, _phrase(ref) - _ROLE_MARKS, keep=lambda f: same(f) and f.hi_mag is None,
                       rates=fam == "%")
    return [(a, b) for a in subjects for b in refs if a is not b]


_SUM_OF = re.compile(r"([\u4e00-\u9fff]{1,10})(?:和|与|及|、)([\u4e00-\u9fff]{1,10}?)(?:共|合计|共计|总计)$")
_BASE = re.compile(r"(?:是|为|相当于)([\u4e00-\u9fff]{1,12}?)的$")
_NOT_DONE = re.compile(r"(?:未|不|非)([\u4e00-\u9fff]{2,8})$")  # 未按时办结, 验收不合格, 非政府投资审计项目
_TARGET_REF = re.compile(r"目标|计划|预期|指标值|上限|下限|时限|标准")  # what a result is compared with as its target
_COMPARE = re.compile(r"(?:比|较|高于|低于|超出|多于|少于)(?![例重率对照])(?P<ref>[\u4e00-\u9fff]{1,10}?)(?:的|同期)?"
                      r"(?:增加|减少|增长|下降|提高|降低|上升|多出|多|少|高出|高|低|超出|节约|节省|缩短|延长|提前)?了?$")


def _comparable(a: _Fact, b: _Fact) -> bool:
    """Two quantities one can be a share of the other: one unit family, or counts of things (46家 of 3125家次),
    or a bare number beside either."""
    if a.family == b.family or "" in (a.family, b.family):
        return True
    return a.family not in _NOT_COUNTS and b.family not in _NOT_COUNTS


_NOT_COUNTS = frozenset({"元", "%", "pt", "倍", "分", "日", "月", "年", "小时", "工作日", "米", "克", "平方米", "升", "立方米"})


MAX_NAMED = 16  # facts a sentence names, searched for a derivation's operands


def _named_pairs(index: SourceIndex, t: _Target, text: str) -> list[tuple[_Fact, _Fact]]:
    """Pairs of facts that the words of the mention's sentence name, both of them, from one source record
    or sentence, or an explicit pair (目标 & 实际) one of which it names: 民事案件比刑事案件多127件 takes
    民事案件 739 and 刑事案件 612 of one ledger line though the paragraph states neither."""
    words = (t.subj | tokens(text[t.context[0]:t.context[1]])) - _ROLE_MARKS
    if not words:
        return []
    fams = [t.family] if t.family not in ("%", "倍", "pt") else (
        ["%"] if t.family == "pt" else [f for f in index._inv if f not in ("%", "pt")])
    named: dict[int, tuple[int, _Fact]] = {}
    for fam in fams:
        named.update(index.naming(fam, words))
    best = sorted(named.values(), key=lambda nf: -nf[0])[:MAX_NAMED]
    if not best:
        return []
    score = {id(f): n for n, f in best}
    top = best[0][0]
    if t.family in ("%", "倍") and max((n for n, _ in index.naming("%", words).values()), default=0) > top:
        return []  # 预审合格率87.3%，高于目标7.3%: the words name a rate; no ratio of counts they name less is its
    share = "占" in t.clause[-10:] or "比重" in t.clause[-10:]
    facts = [f for _, f in best]
    pairs = [(a, b) for a in facts for b in facts if a is not b and a.group == b.group]
    if share:  # 生态公益林占55.44%: the part is named, its whole is in the part's own record or line
        for a in facts:
            pool = index.groups[a.group] if score[id(a)] == top and a.group >= 0 else ()
            if len(pool) <= MAX_POOL:
                pairs += [(a, b) for b in pool if b is not a and b.family == a.family]
    for f in facts:
        for a, b, _ in index.partners.get(id(f), ()):
            pairs += [(a, b), (b, a)]
    # the figure the words name best is an operand (of a share: the part) — 刑事案件占比 is not 民事 ÷ 全部
    return [(a, b) for a, b in pairs if score.get(id(a)) == top or (not share and score.get(id(b)) == top)]


def _record_pairs(index: SourceIndex, local: list[_Fact]) -> list[tuple[_Fact, _Fact]]:
    """Pairs within each record or source sentence the paragraph cites, and their explicit partners."""
    pairs: list[tuple[_Fact, _Fact]] = []
    for g in sorted({f.group for f in local if f.group >= 0}):
        pool = index.groups[g]
        if 2 <= len(pool) <= MAX_POOL:
            pairs += _ordered(pool)
    for f in _dedupe(local):
        for a, b, _ in index.partners.get(id(f), ()):
            pairs += [(a, b), (b, a)]
    return pairs


def _global_pairs(index: SourceIndex, t: _Target) -> list[tuple[_Fact, _Fact]]:
    """Explicit pairs anywhere in the sources whose one-step result is near the mention and whose words
    share one with it (预算完成率 in 存在问题, its operands in the budget paragraph)."""
    m = t.m
    x = abs(float(t.x))
    width = float(max(t.q, _step(m.value) * m.factor * t.ff, t.x * Decimal("0.1") if m.approx else t.q)) * 1.01
    key = "%" if t.family in ("%", "倍") else t.family
    if t.family == "倍":
        x, width = x * 100, width * 100
    out = []
    balance = direction(t.clause) is not None  # 结余 / 调减 / 超支 name the pair by its roles, 较上年 by its years
    for a, b, why in index.pairs_near(key, x - width, x + width):
        if t.subj & (a.subj | b.subj) or (balance and why == "role") or (t.ytag is not None and why == "year"):
            out += [(a, b), (b, a)]
    return out


_TRACED = ("exact", "converted", "rounded", "derived")


def _listed_sum(i: int, mentions: Sequence[Any], results: Sequence[MentionCheck | None], ends: Sequence[int],
                t: "_Target") -> str | None:
    """'得分25.2分、20分、16.67分，合计61.87分': a figure written as the sum (合计 / 相加 / 之和 right before
    it) of three or more figures its own sentence lists before it, each traced and in the same unit —
    the formula, or None. Two figures are the one-step pairs above."""
    m = mentions[i]
    if m.value is None or not m.unit or not _SUMS.search(t.clause[-6:]):
        return None
    first = i  # the sentence's first mention: back from i only while in its sentence (never the whole text)
    while first and bisect_right(ends, mentions[first - 1].start) == t.sent:
        first -= 1
    parts = [mentions[j] for j in range(first, i) if not mentions[j].ignored and mentions[j].unit == m.unit
             and mentions[j].value is not None and mentions[j].hi is None
             and (r := results[j]) is not None and r.status in _TRACED]
    if len(parts) < 3 or sum((p.value * p.factor for p in parts), Decimal(0)) != m.value * m.factor:
        return None
    return " + ".join(p.text for p in parts) + f" = {m.text}"


def _equal_pair(facts: Sequence[_Fact], family: str) -> tuple[_Fact, _Fact] | None:
    """Two facts of one family with the same magnitude from different fields or lines."""
    seen: dict[tuple[str, Decimal], _Fact] = {}
    for f in facts:
        if f.family not in (family, "") or f.date is not None:
            continue
        other = seen.get((f.family, f.mag))
        if other is not None and (other.src, other.location) != (f.src, f.location):
            return other, f
        seen.setdefault((f.family, f.mag), f)
    return None


def _distinct(facts: Iterable[_Fact]) -> list[_Fact]:
    """One fact per (family, value): pairs of equal numbers from several sources explain nothing new."""
    seen: set[tuple[str, Decimal]] = set()
    out = []
    for f in facts:
        k = (f.family, f.mag)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _dedupe(facts: Iterable[_Fact]) -> list[_Fact]:
    seen: set[int] = set()
    out = []
    for f in facts:
        if id(f) not in seen:
            seen.add(id(f))
            out.append(f)
    return out


def _prefer(facts: Sequence[_Fact], groups: Container[int]) -> list[_Fact]:
    """Evidence order: facts of the records the paragraph already cites (`groups`) first, then data before text."""
    return sorted(_dedupe(facts), key=lambda f: (f.group not in groups, f.location.startswith("line ")))


def _check_range(checker: _Checker, t: _Target) -> tuple[str | None, list[_Fact]]:
    m = t.m
    assert m.hi is not None and m.value is not None
    family = t.family
    lo_x, hi_x = t.x, m.hi * m.factor * t.ff
    # 1. the same range in a source
    fam = checker.ix.family(family)
    if fam:
        same = [f for f in fam.window(float(lo_x) - 1e-9, float(lo_x) + 1e-9) if f.hi_mag is not None
                and f.mag == lo_x and f.hi_mag == hi_x and (t.subj & f.subj or not (t.subj - _ROLE_MARKS))]
        if same:
            return "exact", same
    # 2. both ends supported
    ends = []
    for v in (m.value, m.hi):
        point = NumberMention(m.text, m.start, m.end, value=v, unit=m.unit, scale=m.scale, base_unit=m.base_unit,
                              kind=m.kind, exponent=m.exponent)
        pt = _Target(point, family, v * m.factor * t.ff, t.q, v * m.factor, t.para, t.ff, t.subj, t.role, t.ytag,
                     t.clause, t.sent)
        status, facts, _, _ = checker.choose(pt, checker.matches(pt))
        if not status:
            ends = []
            break
        ends.append((status, facts))
    if ends:
        worst = max((s for s, _ in ends), key=lambda s: _RANK[s])
        return worst, [f for _, fs in ends for f in fs[:1]]
    # 3. a source value inside the range
    if fam:
        inside = [f for f in fam.window(float(lo_x), float(hi_x)) if f.hi_mag is None and lo_x <= f.mag <= hi_x
                  and t.subj & f.subj]
        if inside:
            return "approximate", inside
    return None, []
