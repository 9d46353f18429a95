"""Stage 1: read the sources (files, folders, in-memory text or data) and index every number they hold as a
_Fact (value, unit family, record, subject words), sorted per unit family for bisect windows. Built once and
reused for many checks, and serialised by drafter/index_cache.py.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import os
import re
import weakref
from bisect import bisect_left, bisect_right
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import InputError
from ..injection import Instruction, find_in_source, find_instructions, is_instruction, scan_file
from ..limits import MAX_MAGNITUDE, limit
from ..numbers import (_CN_CHARS, NumberMention, SCALES, extract_mentions, iter_mentions, kind_of, line_of,
                       line_starts, unit_family, with_measure, written_measure)
from ..subjects import direction, role_mark, roles, tokens, year_tag
from ._common import (HUNDRED, MAX_POOL, ONE, _AFTER, _HAS_DIGIT, _SPACES, _KEY_COUNT, _KEY_UNIT, _ROLE_MARKS, _ROLE_PAIRS,
                      _SCORE_KEY, _TOTAL_MARK, _UNIT_LABEL, bracket_unit, stated_units)
from .context import NAMED_CELL, _cell_unit, own_head, _row_label, _sentence_ends, _table_rows, count_statement, mention_context
from .dated import event_after
from .models import Evidence, SourceData, SourceText, _construct
from .periods import cell_period
from .rounding import _close, _pow10


SOURCE_SUFFIXES = (".yaml", ".yml", ".json", ".txt", ".md", ".markdown", ".csv", ".tsv", ".docx", ".xlsx", ".xlsm",
                   ".pdf")
# listed in a folder too, to be refused by name: skipped in silence, its figures would seem checked against
LISTED_SUFFIXES = SOURCE_SUFFIXES + (".xls", ".doc", ".et", ".wps")
MAX_POSTING = 64        # a word shared by more facts than this tells none of them apart

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
    per: str = ""                  # what a price is per: 2.86元/公斤 → 公斤 (NumberMention.per)
    period: str = ""               # the part of the year its table column or row names: 一季度 → "1-3" (periods)
    said: str | None = None        # the part of the year its own line's words before it name ('' none; periods.fact_period)
    label: str = ""                # the entity it is an attribute of: its table row's name cells or its record's
    # names, joined by "|" (the relation table of entities.py)
    head: str = ""                 # its column header or key: which attribute of the entity it is
    tab: int = -1                  # the table or list of records its entity is a row of (one id per source table)
    event: str = ""                # a text's date: the end of its event the words right after it name (start / end,
    # dated.py: 2025.08.28　…改造工程完工 is an end)
    clause: str | None = None      # a text's date: its own clause before it, from the mark (。；) or line start before
    # it — the batch it is of is named there (第一批…3月6日开始，3月21日结束；第二批…: 3月21日 is the 第一批's)
    parts: str | None = None       # the numbered batches / season its source sentence names before it ('|'-joined labels,
    # '' none; periods.parts_before): read before near_text is spent


class _Sorted:
    """Facts sorted by a float key: window look-ups by bisect."""

    __slots__ = ("keys", "facts")

    def __init__(self, pairs: list[tuple[float, _Fact]]):
        pairs.sort(key=itemgetter(0))  # by key only: equal keys keep their order
        keys, facts = zip(*pairs) if pairs else ((), ())  # (one transposition, not two passes)
        self.keys: list[float] = list(keys)
        self.facts: list[_Fact] = list(facts)

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


# A key that names what it counts: 培训人次 → 人次, 户数 → 户, 人数 → 人
_NO_RECORD_UNIT = re.compile(r"score|weight|分值|得分|总分|year|^年度$|评价年度|年份|^id$|序号|编号|rank|line|权重|index",
                             re.I)
_UNIT_KEYS = ("unit", "单位", "计量单位", "度量单位", "金额单位", "统计单位", "数量单位")


@lru_cache(maxsize=4096)
def _key_reads(key: str) -> tuple[bool, tuple[tuple[str, str], ...], str, bool, tuple[str, str] | None]:
    """What a key alone says, read once per key (a list of records repeats its keys in every record): whether it
    holds a digit, the years it names (each as digits and as written), what it counts (发放户数 → 户), whether it
    names a rate (预算完成率), and the unit in its brackets (预算（万元） → ("万", "元")), else None."""
    years = tuple((ym[1], ym.group()) for ym in (_YEAR_IN_KEY.finditer(key) if "年" in key else
                                                 _BARE_YEAR.finditer(key) if _BARE_YEAR.fullmatch(key) else ()))
    kc = _KEY_COUNT.search(key)
    km = _KEY_UNIT.search(key)
    label = bracket_unit(km[1].replace("％", "%")) if km else None
    return (_HAS_DIGIT.search(key) is not None, years, (kc[1] or kc[2]) if kc else "", _RATE_KEY.search(key) is not None,
            (label[1] or "", label[2]) if label else None)


def _read_value(node: str) -> tuple[list[int], list[NumberMention]] | None:
    """A data file's text value: its sentence ends and its figures (ignored mentions left out), or None when it
    holds an instruction to a model (drafter.injection)."""
    if is_instruction(node):
        return None
    return _sentence_ends(node), [m for m in extract_mentions(node, source_mode=True) if not m.ignored]


# a short value is read once per wording: a form repeats its 万元, ≥95%, 第一批 in every record (the mentions are
# shared, never changed in place: _walk replaces one to change it)
_value_figures = lru_cache(maxsize=4096)(_read_value)
_SHORT_VALUE = 80


@lru_cache(maxsize=4096)
def _no_record_unit(key: str) -> bool:
    """Does the key name a field its record's unit is not for (分值, 年度, 序号 …)? Asked once per key: a
    case-blind search of that pattern costs more than a dict look-up, for every key of every record."""
    return _NO_RECORD_UNIT.search(key) is not None


_RATE_KEY = re.compile(r"率$|占比$|比例$|比重$|进度$")  # a rate's field name, whatever unit its record has
_TITLE = re.compile(r"《([^《》\n]{1,80})》")


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
        self._stated: tuple[str, str] | None = None  # the money unit a data file's header comment states
        self._counted: str | None = None  # the measure word of its counts it states (# 数量单位：块)
        self._legend: dict[str, tuple[str, str]] = {}  # a data file's legend of its fields' units (计量说明)
        self._legend_said = False  # … stated in words (游客量单位为人次): the records under a field ending in a name too
        self.warnings: list[Instruction] = []  # instruction-like source lines: no evidence comes from them
        # explicit pairs (a, b, why): a part and its total, 执行 and 预算, 调整 and 年初, 实际 and 目标
        self.pairs: list[tuple[_Fact, _Fact, str]] = []
        self.partners: dict[int, list[tuple[_Fact, _Fact, str]]] = defaultdict(list)
        self.spans: list[tuple[_Fact, _Fact]] = []  # (start, end) of each span of dates (the "span" pairs), by _finish
        self._inv: dict[str, dict[str, list[_Fact]]] = {}
        self._pair_keys: dict[str, _Sorted] = {}
        self.key_names: dict[str, tuple[int, str]] = {}  # a field name with digits (12345热线工单) → (source, path)
        self._list_paths: set[str] = set()  # paths of lists of records, whose count is a fact of their own
        self._key_blob = ""
        self._max_facts = limit("source_figures").amount  # 10 MB of "巡查3处，" is 800,000 facts: refused
        self.year_now: int | None = None  # the year the sources are mostly about: a figure without a year is of it
        self._no_vote: dict[int, int] = {}  # years of filing dates and forecasts: no year the sources report on
        self.places: dict[int, list[str]] = {}  # source → the place of each of its lines (an Excel or PDF form)
        self._keyed_tab = -1  # the table of named rows the dict just walked was (see _walk)
        self._tab_base = 0  # the next table id (_Fact.tab): text tables and lists of records of every source
        self._entities: Any = None  # the relation table of named entities, built on first use (entities.py)
        self._names_of: dict[int, list[list[str]]] = {}  # (add_data: each list of records' names, by its id)
        # the words of every source (its runs of Chinese characters: a text's, a data file's keys and strings): what
        # a name the text lists is looked up in (has_name); a data file's are read, and all joined, when first asked
        # (read_words: most checks never ask, and walking a large file's strings again is a few per cent of the index)
        self.words: list[str] = []
        self._words_blob: str | None = None
        self._unread: list[tuple[int, Any]] = []  # (source, its data): the data files whose words are not read yet
        self.row_cells: dict[int, tuple[tuple[str, str], ...]] = {}  # a table line's group → its (column header, text
        # cell) pairs: the values a ledger's rows are grouped by (网点类型: 社区店), read by ledger.py
        self.measures: set[str] = set()  # measure words outside the reader's list the sources write after a figure
        self.lists: list[list[str]] = []  # the named items each list of the sources holds (a table's rows, a data
        # file's 支出构成 keys or records' 名称): what a partial list of the text (A、B等六项) is one of

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
                self.add_text(item.name, item.text, item.places)
            elif isinstance(item, SourceData):
                self.add_data(item.name, item.data, item.text)
            elif isinstance(item, (str, Path)):
                for loaded in load_source_path(Path(item)):
                    if isinstance(loaded, SourceText):
                        self.add_text(loaded.name, loaded.text, loaded.places)
                    else:
                        self.add_data(loaded.name, loaded.data, loaded.text)
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

    def add_text(self, name: str, text: str, places: list[str] | None = None) -> None:
        src = len(self.names)
        self.names.append(name)
        self.words.append(_word_runs(text))
        if places:
            self.places[src] = places
        # a log line's list of names (德城区、陵城区、禹城市…同步开展): the items a text's 等六个 may count
        self.lists += [items for lm in _prose_lists(text) if 3 <= len(items := lm[1].split("、")) <= MAX_ROWS_COUNTED]
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
        counted: dict[int, str] = {}  # table id → the 单位：人次 line over it
        legends: dict[int, dict[str, tuple[str, str]]] = {}  # table id → its legend (考察：次；研学：场) over it
        if table:
            statements = stated_units(text)  # a caption's applies to its own table, any other's until the next
            stated = [(pos, u) for pos, u, own in statements if not own]
            captioned = [(pos, u) for pos, u, own in statements if own]
            firsts: dict[int, int] = {}
            for row_line, (tid, cells, _) in table.items():
                firsts[tid] = min(firsts.get(tid, cells[0][0]), cells[0][0])
                before = [u for pos, u in stated if pos < cells[0][0]]
                if before and tid not in units:
                    units[tid] = before[-1]
            for pos, unit in captioned:
                after = [(start, tid) for tid, start in firsts.items() if start > pos]
                if after:
                    units[min(after)[1]] = unit
            if "单位" in text:
                counted = _counted_tables(text, firsts)
            if "：" in text or ":" in text:
                legends = _table_legends(text, table, firsts)
        last_row = {tid: line for line, (tid, cells, _) in sorted(table.items())
                    if _HAS_DIGIT.search(text[cells[0][0]:cells[0][1]])}  # per table: its last numbered row
        titles: dict[int, str] = {}  # table id → the title merged over all its columns (a sheet's first row)
        cells_of: dict[tuple[int, int], dict[int, _Fact]] = defaultdict(dict)  # (table, line) → column → fact
        placed: list[tuple[int, int, _Fact]] = []  # (offset, sentence, fact) of each number, in text order
        row_names: dict[int, str] = {}  # line → its table row's name (_row_names)
        dated: list[tuple[int, int, int, _Fact, str]] = []  # (start, end, sentence, fact, column header) of each date
        for m in iter_mentions(text, source_mode=True):
            if m.ignored:
                continue
            line = line_of(starts, m.start)
            if line in skip:
                continue
            if not m.base_unit and (word := written_measure(text, m)) is not None:
                self.measures.add(word)  # 第一批收购树桩素材210桩，: 桩 is a measure word, of this figure and the text's
                m = with_measure(text, m, word)
            sidx = bisect_right(ends, m.start)
            group = self._group(src, f"S{sidx}")  # one sentence (or one table line) is a record
            ls, le = starts[line - 1], (starts[line] - 1 if line < len(starts) else len(text))
            snippet = _window(text, ls, le, m.start, m.end)
            snippet = same(snippet, snippet)
            subj, role, ytag, clause, _ = mention_context(text, m, ends[sidx - 1] if sidx else 0)
            if m.kind == "date" and text.startswith("#", ls):  # "## 2022-06-28": the entry under the heading
                subj = subj | tokens(text[le: le + 80])
            column = -1
            period = ""
            row = table.get(line)
            if row is not None:  # a table row: its column header and row label say what the cell counts
                tid, cells, header = row
                column = next((k for k, (a, b) in enumerate(cells) if a <= m.start < b), -1)
                if column >= 0 and numeral_name(text[cells[column][0]:cells[column][1]].strip(), m):
                    continue  # 三台片 naming its row: a name that opens on a numeral and a measure word, no 3台
                if column > 1 and cells[column - 1][0] == cells[column - 1][1] and _SCORE_KEY.search(header[column]) \
                        and not _SCORE_KEY.search(header[column - 1]):
                    header = _spanned_head(text, cells, header, column)  # 支出明细 | 土地平整工程（merged） | 986.40
                if column >= 0 and _ORDER_HEAD.fullmatch(header[column].strip()) and line != last_row.get(tid):
                    continue  # a 序号 numbers its row (停运三个月 is no row 3); the last one counts the rows (五个项目)
                if column >= 0:
                    labels = [text[a:b] if " " not in text[a:b] else text[a:b].replace(" ", "")  # 合    计
                              for a, b in cells if not _HAS_DIGIT.search(text[a:b])
                              or NAMED_CELL.fullmatch(text, a, b)]  # 特色养殖扶持（120户）: a name all the same
                    subj = subj | tokens(header[column], captions.get(tid, ""), *labels)
                    if line == last_row.get(tid) and _ORDER_HEAD.fullmatch(header[column].strip()):
                        subj = subj | tokens(*header)  # the last 序号: how many 项目 the ledger lists
                    if any(map(_total_key, labels)):
                        subj = subj | _TOTAL_MARK
                    role = roles(header[column]) or role
                    if tid not in titles:
                        titles[tid] = _title_over(header)
                    ytag = _cell_year(header[column], text[cells[0][0]:cells[0][1]], ytag, captions.get(tid, ""),
                                      titles[tid])
                    period = cell_period(header[column], text[cells[0][0]:cells[0][1]])
                    if m.kind != "date" and _DATE_HEAD.search(header[column].strip()) and (
                            md := _CELL_MONTH_DAY.fullmatch(text, m.start, m.end)) and 1 <= int(md[1]) <= 12 \
                            and 1 <= int(md[2]) <= 31:  # 10-20 under 日期 is 10月20日, no range 10–20
                        m = replace(m, kind="date", value=None, unit="", scale="", base_unit="", lo=None, hi=None,
                                    date=(None, int(md[1]), int(md[2])))
                    if not m.unit and m.kind == "plain":
                        own = _row_unit(text, cells, header, column) or _label_unit(labels, header[column]) \
                            or _target_row_unit(text, cells, header, column) \
                            or (_legend_unit(legends[tid], header[column].strip()) if tid in legends else None)
                        m = replace(m, unit=own[0] + own[1], scale=own[0], base_unit=own[1], kind=kind_of(
                            own[1], m.value)) if own else _cell_unit(
                            m, header, column, None if _counts(header[column]) else units.get(tid))
                        if not m.unit and tid in counted and not _UNCOUNTED_HEAD.search(header[column]):
                            label = _UNIT_LABEL.match(counted[tid])
                            m = replace(m, unit=label[0], scale=label[1] or "", base_unit=label[2],  # type: ignore[index]
                                        kind=kind_of(label[2], m.value))  # type: ignore[index]
            if (y := _no_vote_year(text, ls, m)) is not None:
                self._no_vote[y] = self._no_vote.get(y, 0) + 1
            if m.start > ls and text[m.start - 1] in _LABEL_MARKS and (y := _label_year(text, ls, m.start)):
                ytag = y  # 2023: 680 — the year its cell or line writes as its label
            elif m.kind == "plain" and text[m.end:m.end + 1] in _LABEL_MARKS and _YEAR_LABEL.match(text, m.start):
                m = replace(m, kind="year")  # that label itself: a year, no figure of the row
            if column < 0 and not subj - _ROLE_MARKS and (lm := _LINE_LABEL.match(text, ls, m.start)):
                subj = subj | tokens(lm[1])  # 培训人次 | 2023: 680 | 2024: 742: the line's label names its figures
            location = f"line {line}"
            fact = self._add_mention(m, src, same(location, location), snippet, group, subj, role, ytag)
            if fact is not None and column >= 0:
                cells_of[(table[line][0], line)].setdefault(column, fact)
                if row is not None and fact.date is None:  # a row of the relation table (entities.py)
                    if (label := row_names.get(line)) is None:
                        label = row_names[line] = same(n := _row_names(text, row[1], row[2]), n)
                        self.row_cells[group] = _text_cells(text, row[1], row[2])
                    fact.label, fact.head = label, same(header[column], header[column].strip())
                    fact.tab = self._tab_base + row[0]
                elif row is not None:  # a date cell: its column says which field (开训日期) of its row it is (dated.py)
                    fact.head = same(row[2][column], row[2][column].strip())
                if period:
                    fact.period = period
            if fact is not None and fact.date is None:
                placed.append((m.start, sidx, fact))
            elif fact is not None:
                dated.append((m.start, m.end, sidx, fact, row[2][column] if row is not None and column >= 0 else ""))
            if fact is not None:
                fact.dirn = direction(clause)
                s0 = ends[sidx - 1] if sidx and m.kind != "date" else 0  # a date: the lines around it
                s1 = ends[sidx] if sidx < len(ends) and m.kind != "date" else len(text)
                near = text[max(s0, m.start - 40): m.start] + _AFTER + text[m.end: min(s1, m.end + 30)]
                fact.near_text = same(near, near)
                if row is None and (m.kind == "date" or "分别" in text[max(ls, m.start - 80):m.start]):
                    # a date's own clause, or a figure's listed 分别 after its batches (第一期、第二期…分别…46人、53人)
                    c0 = max(ls, max(text.rfind(c, ls, m.start) for c in "。；;") + 1, m.start - 80)
                    fact.clause = text[c0:m.start]
                    if m.kind != "date" and (r := fact.clause.rfind("分别")) >= 0:
                        # …分别招收学员46人、53人: each figure of the list counts what the words after 分别 name
                        head = _HAS_DIGIT.split(fact.clause[r + 2:], 1)[0]
                        fact.subj = fact.subj | tokens(head)
                if m.kind == "date" and row is None:
                    fact.event = event_after(text, m.start, m.end, le)

        # 合计 / 总额 row of a table: each other row's cell is a part of the total's cell in its column
        by_table: dict[int, list[tuple[int, dict[int, _Fact]]]] = defaultdict(list)
        for (tid, line), cols in cells_of.items():
            by_table[tid].append((line, cols))
        for rows in by_table.values():
            totals = [cols for line, cols in rows if _total_key(_row_label(text, table[line][1]))]
            for total in totals[:1]:
                for other in totals[1:]:  # 合计 over 上年合计: the same totals in two years, column by column
                    for k, old in other.items():
                        new = total.get(k)
                        if new is not None and new.family == old.family and new.date is None and old.date is None \
                                and _earlier_row(old.ytag, new.ytag):
                            self._pair(new, old, "year")
                for _, cols in rows:
                    if not any(cols is t for t in totals):  # 上年合计 under 合计: another total, of its own year
                        for k, part in cols.items():
                            whole = total.get(k)
                            if whole is not None and whole.family == part.family and part.date is None \
                                    and part.ytag == whole.ytag:
                                self._pair(part, whole, "part")
        self._pair_line_parts(text, starts, ends, placed)
        if len(dated) > 1:
            self._link_spans(text, dated)
        if "第" in text:
            self._count_ordinal_lines(src, text, starts, table, captions)
        if table:
            self._count_table_rows(src, text, table, captions)
            self._tab_base += 1 + max(tid for tid, _, _ in table.values())

    def _count_table_rows(self, src: int, text: str, table: dict[int, tuple[int, list[tuple[int, int]], list[str]]],
                          captions: dict[int, str]) -> None:
        """A table of named rows (a ledger of six counties, a template's tasks) lists them: the count of its rows,
        totals and last year's rows aside, is a figure of the thing its first column and title name (六个区县, 四项任务),
        the rows themselves its evidence."""
        rows: dict[int, list[tuple[int, str]]] = defaultdict(list)
        heads: dict[int, list[str]] = {}
        cells_of: dict[int, list[list[str]]] = defaultdict(list)
        above: dict[int, str] = {}  # each table's row label before this one
        parts_of_total: set[int] = set()  # tables whose rows are a total's lines (其中 opens the first)
        for line, (tid, cells, header) in sorted(table.items()):
            label = _SPACES.sub("", text[cells[0][0]:cells[0][1]])
            heads.setdefault(tid, header)
            if _total_key(above.get(tid, "")) and (k := _FIRST_PART.match(label)):
                label = label[k.end():]  # 年度资金总额 | 其中：中央补助资金: the first of the total's lines, no sub-row
                parts_of_total.add(tid)
            above[tid] = label
            if label and not _HAS_DIGIT.search(label) and not _total_key(label) and not _NOT_A_ROW.search(label):
                rows[tid].append((line, label))
                cells_of[tid].append([_SPACES.sub("", text[a:b]) for a, b in cells])
        for tid, named in rows.items():
            labels = list(dict.fromkeys(label for _, label in named))
            if len(labels) == 1 and len(named) >= 2 and (k := _label_column(cells_of[tid])) is not None:
                # 支出明细 | 两岸交流活动组织 | …: one merged first cell names the group, the column after it its rows — a
                # list for the text's partial lists only (its count is no fact: the group's word is too common)
                self.lists.append([row[k] for row in cells_of[tid]])
                continue
            if not 2 <= len(labels) <= MAX_ROWS_COUNTED or len(labels) != len(named):
                continue
            self.lists.append(labels)
            header = heads[tid]
            subj = tokens(header[0], _common_tail(labels), captions.get(tid, ""), _title_over(header)) \
                if tid not in parts_of_total else tokens(header[0], _common_tail(labels))
            # (a total's lines — 三类资金 — are named by their header and what their names share, not by the form's
            # title over the table, whose words would name them for any small count: 8个县市区医疗纠纷调解工作站)
            n = Decimal(len(labels))
            snippet = f"{header[0].strip()}：" + "、".join(labels)  # 区县：红花岗区、汇川区、…
            group = self._group(src, f"T{tid}")
            for measure in _LIST_MEASURES:  # 六个区县, 四项任务, 两类资金: a count in any measure word of listed things
                self._add(_Fact(n, n, measure, measure, "count", src, f"line {named[0][0]}", snippet, group,
                                f"{len(labels)}{measure}", subj=subj, pmag=n))

    def _count_ordinal_lines(self, src: int, text: str, starts: list[int],
                             table: dict[int, tuple[int, list[tuple[int, int]], list[str]]], captions: dict[int, str]
                             ) -> None:
        """Lines that name 第一期 …, 第二期 … (a list, a ledger's rows, a log's entries): the first N ordinals of one
        measure word, all there, state N of them — 分三期 is borne out by three such lines, named by the words every
        line shares (a ledger's: its header and title). The ordinal need not open its line: a log names its work
        first (3月6日　馆藏档案第一期数字化扫描启动), a ledger its row's name cell (破损档案修复  第一轮  …). An ordinal
        without its first (第五届读书节) counts nothing."""
        seen: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
        for m in _LINE_ORDINAL.finditer(text):
            n = _ordinal_int(m[1])
            if n is not None:
                rest = text[m.end(): text.find("\n", m.end()) % (len(text) + 1)]
                row = table.get(line_of(starts, m.start(1)))
                if row is not None:  # a ledger's row: what its columns record and its title name the batch — not
                    # the head of another column of names (县区 | 批次 | …: 每个县区 counts no batches)
                    _, cells, header = row
                    heads = [h for (a, b), h in zip(cells, header)
                             if a <= m.start(1) < b or _HAS_DIGIT.search(text, a, b) or a == b]
                    rest = " ".join([rest, *heads, captions.get(row[0], "")])
                seen[m[2]].setdefault(n, (f"line {line_of(starts, m.start(1))}", rest))
        self._add_ordinal_counts(src, seen)

    def _count_ordinal_strings(self, src: int, data: Any) -> None:
        """A data file's texts that name 第一期 …, 第二期 … (a 大事记's 事项: 第一期…培训开班; one 说明 naming 第一批…；
        第二批…): the count they state, as the same lines of a text file would (see _count_ordinal_lines) — each
        ordinal with the words after it up to its string's end or the next ordinal's clause, at its string's path."""
        seen: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
        stack: list[tuple[Any, str]] = [(data, "")]
        while stack:
            node, path = stack.pop()
            if isinstance(node, dict):
                stack += [(v, f"{path}.{k}" if path else str(k)) for k, v in reversed(node.items())]
            elif isinstance(node, list):
                stack += [(v, f"{path}[{i}]") for i, v in reversed(list(enumerate(node)))]
            elif isinstance(node, str) and "第" in node:
                keys = " ".join(_PATH_KEYS.findall(path))  # (苗木发放.说明: what the string is about)
                head = None
                for m in _LINE_ORDINAL.finditer(node):
                    head = node[:m.start()] if head is None else head  # 苗木分两次调运：第一批…，第二批…
                    if (n := _ordinal_int(m[1])) is not None:
                        rest = _ORDINAL_CLAUSE_END.split(node[m.end():], 1)[0]
                        seen[m[2]].setdefault(n, (path, f"{keys} {head} {rest}"))
        self._add_ordinal_counts(src, seen)

    def _add_ordinal_counts(self, src: int, seen: dict[str, dict[int, tuple[str, str]]]) -> None:
        """The first N ordinals of one measure word, all there, state N of them (an ordinal without its first —
        第五届读书节 — counts nothing): named by the words every item's place shares, at the Nth's location."""
        for measure, items in seen.items():
            count = len(items)
            if count < 2 or set(items) != set(range(1, count + 1)):
                continue
            where, _ = items[count]
            subj = frozenset.intersection(*(tokens(rest) for _, rest in items.values()))
            n = Decimal(count)
            self._add(_Fact(n, n, unit_family(measure)[0], measure, "count", src, where,
                            f"第一{measure}至第{_cn_ordinal(count)}{measure}", self._group(src, f"O{measure}"),
                            f"{count}{measure}", subj=subj, pmag=n))

    def _link_spans(self, text: str, dated: list[tuple[int, int, int, _Fact, str]]) -> None:
        """Two dates of one sentence joined as a span (自A至B, A起至B止, A—B, "A：启动…行动，至B结束") or side by side in a
        ledger row's start and end columns (开始日期 | 结束日期) are one period of one event: each takes the words of
        both (the event is named once, around either end), the end takes the start's year tag (a season's
        2024年3月31日 after 2023年11月1日 is no figure of 2023), and the two are a "span" pair whose days the
        derivations may count."""
        for (_, a_end, a_sent, a, a_head), (b_start, b_end, b_sent, b, b_head) in zip(dated, dated[1:]):
            if a_sent != b_sent or a.date is None or b.date is None or not (a.date[1] and a.date[2]) \
                    or not (b.date[1] and b.date[2]):
                continue
            if not (_SPAN_JOIN.fullmatch(text, a_end, b_start) or _SPAN_UNTIL.fullmatch(text, a_end, b_start)
                    or _START_HEAD.search(a_head) and _END_HEAD.search(b_head)
                    and _CELL_GAP.fullmatch(text, a_end, b_start)
                    or _OPEN_THEN.fullmatch(text, a_end, b_start) and _THEN_CLOSE.match(text, b_end)):
                continue
            a.subj = b.subj = a.subj | b.subj
            b.ytag = a.ytag
            self._pair(a, b, "span")
        self._link_log_spans(text, dated)

    def _link_log_spans(self, text: str, dated: list[tuple[int, int, int, _Fact, str]]) -> None:
        """A log's campaign opened on one dated line (5月8日 启动接待台账清理专项行动) and closed on a later one (6月30日
        接待台账清理专项行动结束): the two dates are one span when the closing line's words before its close word
        name the opened event (two words at least), the first such line after the opening."""
        opened: list[tuple[_Fact, frozenset[str]]] = []
        for start, end, _, f, _ in dated:
            if f.date is None or not (f.date[1] and f.date[2]) \
                    or not _LOG_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
                continue
            stop = text.find("\n", end)
            line = text[end: len(text) if stop < 0 else stop]
            if (o := _LOG_OPENS.match(line)) is not None:
                opened.append((f, tokens(line[o.end():]) - _ROLE_MARKS))
            elif opened and (c := _LOG_CLOSES.search(line)) is not None:
                words = tokens(line[:c.start()]) - _ROLE_MARKS
                for k, (a, event) in enumerate(opened):
                    if len(event & words) >= 2 and a.date[1:] < f.date[1:]:  # type: ignore[index]
                        a.subj = f.subj = a.subj | f.subj | event
                        f.ytag = a.ytag
                        self._pair(a, f, "span")
                        del opened[k]
                        break

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
                     alt=m.alt, per=m.per)
        self._add(fact)
        return fact

    def add_data(self, name: str, data: Any, text: str = "") -> None:
        """`text`: the file as written, when known — its comment lines may state the unit of its amounts
        (# 金额单位：万元), which the parsed data no longer holds."""
        src = len(self.names)
        self.names.append(name)
        self.words.append("")  # (read_words reads them when first asked)
        self._unread.append((src, data))
        self._names_of = {}  # a list of records (by its id) → its records' names, read once for both walks
        self.lists += _data_lists(data, self._names_of)
        self._money = _money_unit(data)
        self._stated = _stated_money(text, data)
        self._counted = _stated_count(text, data)
        self._legend = _unit_legend(data)  # (a mapping legend names its fields exactly: their own values only)
        self._legend_said = not self._legend
        if self._legend_said:
            self._legend = _said_legend(text, data)
        # the raw file, so a warning names its line
        self.warnings += find_instructions(text, name) if text else scan_file(name)
        self._walk(src, data, "", None, frozenset(), 0, None)
        self._names_of = {}
        self._count_ordinal_strings(src, data)

    def _walk(self, src: int, node: Any, path: str, unit: tuple[str, str] | None, ctx: frozenset[str],
              depth: int, year: int | None, listed_names: list[str] | None = None) -> Any:
        """Index the numbers under `node`. Returns {key: fact} of a dict's own numbers (for linking a total
        with its 其中 parts), a list of those for a list of records, or the fact of a number.

        `ctx` names the record a number belongs to (its 指标 / 名称 / 项目名称 and the key it sits under):
        each number's subject is that plus its own key, or the clause around it inside a string. A key that
        is only a year ("2022", 2023年, 上年, 本年) names nothing: the names above it pass through it.
        `year`: the year a key on the path gave ("2022": {例数: 38} — 2022, 上年: {…} — −1); a number's own
        key may name another. `listed_names`: a listed record's _record_names, read once by its list."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, dict):
            record_unit = None
            for key in _UNIT_KEYS:
                label = node.get(key)
                if isinstance(label, str) and (record_unit := _label_unit_of(label)) is not None:
                    break
            if depth == 0 and record_unit and unit_family(record_unit[1])[0] == "元":
                # the file's 金额单位: 元 says what its amounts are in, not its counts (发布洪水预警: 9 is no 9万元)
                self._stated, record_unit = record_unit, None
            outer = record_unit or unit
            # an indicator record's target cell (目标值: "≥98%") says what its bare figures count (完成值: 99.2,
            # 上年完成: 98.5 are 99.2 %, 98.5 %) — over the file's legend for its counts (数量单位为批次)
            target_unit = _target_cell_unit(node) if depth and not record_unit and len(node) <= MAX_RECORD_KEYS \
                else None
            named = (_record_names(node, _LIST_TAIL.search(path) is not None) if listed_names is None
                     else listed_names) if depth else ()
            own_names = _name_words(named) if named else frozenset()
            if any(map(_total_key, named)):
                own_names |= _TOTAL_MARK  # the 合计 record of a list: the whole its sibling records are parts of
            names = ctx | own_names  # the root's 部门名称 / 项目名称 names every number: it tells none apart
            if depth and (stated := _record_year(node)) is not None:
                year = stated  # [{年度: 2022, 入住老人: 86}, {年度: 2023, …}]: each record is of its year
            own: dict[str, Any] = {}
            rows: dict[str, Any] = {}
            keyed: dict[str, str] = {}  # child records keyed by a role (年度目标, 完成情况) → that role
            # records keyed by their names (来源: {市本级财政资金: {…}, 省级补助: {…}}): a table of named rows
            named_rows = len(node) > 1 and all(isinstance(v, dict) for v in node.values()) \
                and not any(roles(str(k)) or _key_years(str(k))[0] is not False for k in node)
            # … or beside the whole's own budget figures (资金: {年初预算: …, 实际支出: …, 盟级财政资金: {…}, 自治区专项资金:
            # {…}}): the lines of money of that whole, itself the table's 合计 row
            lines_beside = not named_rows and depth > 0 and _budget_lines(node)
            # a record stating a budget in the file's 金额单位 (合计: {年初: …, 调整后: …, 实际: …}): its 实际 is spent
            # money of that budget too, though neither its key nor its path names money
            spent_money = self._stated if depth and not outer and any(
                roles(str(k)) in ("initial", "budget") and isinstance(v, (int, float, Decimal))
                for k, v in node.items()) else None
            tab = -1
            if named_rows or lines_beside:
                tab, self._tab_base = self._tab_base, self._tab_base + 1
            subtab = -1  # the table of named rows under this record: its own figures are their whole
            record_label: str | None = None
            for key, value in node.items():
                # each key read once as text, each value's kind tested once (a form repeats both in every record)
                name = key if key.__class__ is str else str(key)
                child = f"{path}.{name}" if path else name
                is_dict = isinstance(value, dict)
                nested = is_dict or isinstance(value, (list, tuple))
                digit, years, counted, rate, bracket = _key_reads(name)
                if digit:
                    self.key_names.setdefault(name, (src, child))
                for year_text, written in years:  # "2022年助餐服务人次", 2022
                    y = Decimal(year_text)
                    self._add(_Fact(y, y, "", "", "year", src, child, name, self._group(src, _record_of(child)),
                                    written, pmag=y))
                inherited = outer if outer and not _no_record_unit(name) else None
                if spent_money and not nested and not counted and not rate and not bracket and roles(name) == "actual" \
                        and not _no_record_unit(name):
                    inherited = spent_money
                if target_unit and not nested and value.__class__ is not str and not bracket and not counted \
                        and not rate and _RESULT_HEAD.search(name) and not _no_record_unit(name):
                    inherited = target_unit
                if is_dict and counted and not (inherited and inherited[1] == counted):
                    inherited = ("", counted)  # 发放户数: {"2022": 1185, "2023": 1268} counts 户 (under the file's
                    # 单位: 万人次, 月度观众人次: {10月: 5.93} keeps the file's 万: the same measure, its scale stated)
                if inherited and rate and unit_family(inherited[1])[0] != "%":
                    inherited = ("", "%")  # 预算完成率: 98 beside amounts in 万元 is 98 %, never 98万元
                if nested and bracket:
                    inherited = bracket
                elif not bracket and self._legend and (said := _legend_unit(self._legend, name)
                                                       if self._legend_said else self._legend.get(name)) is not None \
                        and (nested and self._legend_said or isinstance(value, (int, float, Decimal, str))) \
                        and (name in self._legend or not _MONEY_PATH.search(child)):  # (支出构成.覆土与防渗膜: money)
                    inherited = said  # 计量说明: {统防统治面积: 万亩次} — the field's unit (景区游客量: [{本年: …}]: its records')
                sub_year, sub_ctx = year, names
                if nested:
                    ky, only = _key_years(name)
                    sub_year = year if ky is False else ky  # 上年: {…} → −1, 本年: {…} → none
                    if not only:  # a key that is only a year names nothing: 生态安葬 › 2023 › 例数 is 生态安葬's
                        sub_ctx = names | tokens(name) if is_dict else own_names
                first = len(self.facts)
                if not nested and _nothing_to_read(value):
                    got = None  # (what _walk gives such a value at once, without the call)
                elif (value.__class__ is Decimal or value.__class__ is int) and depth < MAX_DEPTH:
                    # a number, the commonest leaf: what _walk would give it, without the call and its tests of kind
                    got = self._figure(src, value, child, _record_of(child), child.rsplit(".", 1)[-1], inherited,
                                       sub_ctx, sub_year)
                else:
                    got = self._walk(src, value, child, inherited, sub_ctx, depth + 1, sub_year)
                if named_rows or lines_beside and is_dict:
                    label = _clean_name(name)
                    for k in range(first, len(self.facts)):  # (by index: islice would walk the list from its start)
                        f = self.facts[k]
                        if not f.label and f.date is None:
                            f.label, f.tab = label, tab
                    subtab = -1
                elif named and first < len(self.facts) and isinstance(value, (int, float, Decimal, str, dict)):
                    if record_label is None:
                        record_label = "|".join(_clean_name(v) for v in named)
                    for k in range(first, len(self.facts)):  # the nearest named record's
                        f = self.facts[k]
                        if not f.label and f.date is None:
                            f.label = record_label
                            f.head = f.head or name
                is_fact = got.__class__ is _Fact
                if is_dict and self._keyed_tab >= 0:
                    subtab, self._keyed_tab = self._keyed_tab, -1
                elif is_fact and not got.head:
                    got.head = name
                if nested and (role := roles(name)):
                    keyed[name] = role  # 年度目标: {培训人次: 3000}: a target, whatever its own key says not
                    for f in itertools.islice(self.facts, first, None):
                        if not f.role and f.kind != "year":
                            f.role = role
                if is_fact:
                    own[name] = got
                elif got:
                    rows[name] = got
            if subtab >= 0 or lines_beside:  # 资金: {年初预算: 164, …, 来源: {…}}: the whole of the rows of 来源
                for f in own.values():
                    if isinstance(f, _Fact) and not f.label:
                        f.label, f.tab = "合计", subtab if subtab >= 0 else tab
            self._keyed_tab = tab
            self._link_parts(own, rows, lines_beside)
            if named_rows and depth and len(rows) >= 2:
                self._count_named_rows(src, path, [str(k) for k in rows], ctx)
            if len(keyed) > 1:
                self._pair_role_records(keyed, rows)
            return own
        if isinstance(node, (list, tuple)):
            out = []
            records = bool(node) and all(isinstance(v, dict) for v in node) and bool(path)
            key = _LIST_TAIL.sub("", path.rsplit(".", 1)[-1])
            measure, numbered = _item_measure(key, node) if records else (None, False)
            names = (self._names_of.get(id(node)) or [_record_names(item, True) for item in node]) if records \
                else None
            for i, value in enumerate(node):
                item_ctx = ctx
                if numbered and i < len(_CN_DIGITS) * 10:  # 演出批次[1] is 第二批: the text names it so
                    item_ctx = ctx | _name_words((f"第{_cn_ordinal(i + 1)}{measure}",))
                first = len(self.facts)
                got = self._walk(src, value, f"{path}[{i}]", unit, item_ctx, depth + 1, year,
                                 names[i] if names is not None else None)
                if records:
                    for k in range(first, len(self.facts)):
                        f = self.facts[k]
                        if f.tab < 0 and f.label:
                            f.tab = self._tab_base
                if isinstance(got, dict):
                    out.append(got)
            if records:
                self._tab_base += 1
                # a list of records is itself a count: 两个重点项目, 六项任务, 11项绩效指标, 三批 (发放批次)
                group = self._group(src, _record_of(path))
                self._list_paths.add(path)
                assert names is not None
                parts = [ns for ns in names if not any(map(_total_key, ns))]  # 合计 is no item
                common = frozenset.intersection(*(tokens(*ns) for ns in parts)) if parts and all(parts) \
                    else frozenset()  # what every item is: 新建站合同, 升级改造合同 → 合同
                subj = ctx | tokens(*_LIST_TAIL.sub("", path).split(".")) | common  # 专项经费.明细: 三个专项
                for mw in (("个", "项") + ((measure,) if measure else ())) if parts else ():
                    n = Decimal(len(parts))
                    if mw == measure:  # 两批观众: what every batch records names the batches too
                        fields = set.intersection(*({str(k) for k in item} for item in node)) - set(_UNIT_KEYS)
                        subj = subj | tokens(*sorted(fields))
                    self._add(_Fact(n, n, unit_family(mw)[0], mw, "count", src, path, f"{key}: {len(parts)}{mw}",
                                    group, f"{len(parts)}{mw}", subj=subj, pmag=n))
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
        if _nothing_to_read(node):
            return None
        record = _record_of(path)
        key = path.rsplit(".", 1)[-1]
        if isinstance(node, (dt.date, dt.datetime)):
            d = node if isinstance(node, dt.date) else node.date()
            fact = _Fact(Decimal(0), Decimal(0), "date", "", "date", src, path, str(node),
                         self._group(src, record), str(node), date=(d.year, d.month, d.day),
                         subj=ctx | tokens(key), role=roles(key), ytag=_leaf_year(key, year))  # 上年: {完成时间: …}
            self._add(fact)
            return fact
        if isinstance(node, str) and self._stated and _BARE_AMOUNT.fullmatch(node):
            node = Decimal(node.replace(",", ""))  # "398.00" under 金额单位 万元 is the number 398.00 as written
        if isinstance(node, (int, float, Decimal)):
            return self._figure(src, node, path, record, key, unit, ctx, year)
        if isinstance(node, str):
            for m in _TITLE.finditer(node) if "《" in node else ():  # most values hold no title: no scan
                self.titles.setdefault(m[1], Evidence(source=self.names[src], location=path, text=m.group()))
            if not _HAS_NUM.search(node):
                return None
            read = _value_figures(node) if len(node) <= _SHORT_VALUE else _read_value(node)
            if read is None:  # an order to a model is no evidence (drafter.injection)
                return None
            ends, figures = read
            single = len(ends) <= 1 and len(node) <= 200  # a value like "≥12000亩" belongs to its record
            first: _Fact | None = None
            for m in figures:
                if unit and not m.unit and m.kind == "plain" and _BARE_BOUND.fullmatch(node[:m.start] + node[m.end:]):
                    # "≤3.5" under 失业率（%）: a bare bound takes the unit of its key or record
                    m = replace(m, unit=unit[0] + unit[1], scale=unit[0], base_unit=unit[1],
                                kind=kind_of(unit[1], m.value))
                sidx = bisect_right(ends, m.start)
                group = self._group(src, record if single else f"{path}#S{sidx}")
                snippet = _window(node, 0, len(node), m.start, m.end).replace("\n", " ")
                subj, role, ytag, clause, _ = mention_context(node, m, ends[sidx - 1] if sidx else 0)
                if single or not (subj - _ROLE_MARKS):  # "12600亩" as 实际完成值: the record says what it is
                    subj = subj | ctx | tokens(key)
                fact = self._add_mention(m, src, path, snippet, group, subj, role or roles(key),
                                         ytag if ytag is not None else _leaf_year(key, year))
                if fact is not None:
                    fact.dirn = direction(clause)
                    s0 = ends[sidx - 1] if sidx else 0
                    fact.near_text = key + "，" + node[max(s0, m.start - 40): m.start]
                    fact.near_words = ctx
                first = first or fact
            return first if single else None
        return None

    def _figure(self, src: int, node: int | float | Decimal, path: str, record: str, key: str,
                unit: tuple[str, str] | None, ctx: frozenset[str], year: int | None) -> _Fact | None:
        """_walk's leaf that is a number (its record and own key read from its path): the fact, or None."""
        try:
            value = Decimal(repr(node)) if isinstance(node, float) else node if type(node) is Decimal else Decimal(node)
        except (ValueError, InvalidOperation):
            return None
        if not value.is_finite() or not _sane(value):
            return None  # 1e400 or a 5,000-digit integer is no figure a report can state
        _, _, counted, _, bracket = _key_reads(key)
        if unit is not None and unit[1] == "元" and counted:
            unit = None  # 门诊和住院救助人次 counts 人次 though the file's 金额单位 is 元
        if unit is None and self._money and key in _MONEY_KEYS and not _INDICATOR_PATH.search(path):
            unit = self._money  # drafter's schema: budget and project amounts are in 部门资金情况.单位
        if bracket:  # the key's own unit beats the file's: 年度轮换数量（吨） under 金额单位 元
            unit = bracket  # 预算（万元）: 486.3
        if unit is None and counted:
            unit = ("", counted)  # 培训人次: 12860 counts 人次, not 人
        if unit is None and _SCORE_KEY.search(key):
            unit = ("", "分")  # 分值 10 is ten points, not ten of anything else
        if unit is None and self._stated and not _no_record_unit(key) and not _RATE_KEY.search(key) \
                and not _COUNT_KEY.search(key) and (_MONEY_PATH.search(path) or roles(key) in ("initial", "budget")):
            # the file's 金额单位 (a key at its top or a header comment): its amounts, named so on their path
            # (资金.2023.支出: 391.24) or as a budget (明细[0].年初)
            unit = self._stated
        if unit is None and self._counted and not _no_record_unit(key) and not _RATED_PATH.search(path) \
                and not _SCORE_KEY.search(path) and not _MONEY_PATH.search(path):
            unit = ("", self._counted)  # 数量单位：块 — the file's counts: 完成: 648 is 648块
        scale, base = unit or ("", "")
        family, factor = unit_family(base)
        sf = SCALES.get(scale, ONE)
        kind = "plain"
        if base:
            kind = kind_of(base, value)
        elif _YEAR_KEY.search(key):
            kind = "year"
        text = format(value, "f")  # as the data wrote it: 56.70 stays 56.70
        # × 1 is exact for a sane value (≤ 27 digits): the value itself serves, two Decimals fewer per fact
        pmag = value if not scale else value * sf
        fact = _Fact(value, pmag if factor == 1 else pmag * factor, family, scale + base, kind, src, path,
                     f"{key}: {text}{scale + base}", self._group(src, record), text + scale + base,
                     pmag=pmag, subj=ctx | _key_subject(key, family == "元"),
                     role=roles(key), ytag=_leaf_year(key, year))
        self._add(fact)
        return fact

    def _count_named_rows(self, src: int, path: str, keys: list[str], ctx: frozenset[str]) -> None:
        """Records keyed by their names (重点项目: {DHI测定: {…}, 良种冻精推广: {…}, 牧场技术指导: {…}}) are a list as a
        list of records is: 三个重点项目 — their count (the 合计 row no item), named by the key they sit under."""
        parts = [k for k in keys if not _total_key(k)]
        if len(parts) < 2:
            return
        n = Decimal(len(parts))
        key = path.rsplit(".", 1)[-1]
        subj = ctx | tokens(*path.split(".")) | frozenset.intersection(*(tokens(k) for k in parts))
        group = self._group(src, _record_of(path))
        for mw in ("个", "项"):
            self._add(_Fact(n, n, unit_family(mw)[0], mw, "count", src, path, f"{key}: {len(parts)}{mw}", group,
                            f"{len(parts)}{mw}", subj=subj, pmag=n))

    def _pair_role_records(self, keyed: dict[str, str], rows: dict[str, Any]) -> None:
        """Sibling records keyed by roles (年度目标: {培训人次: 3000}, 完成情况: {培训人次: 3482}): the same field
        of each is an explicit pair, as 实际 and 目标 of one record are."""
        by_role: dict[str, dict[str, Any]] = {}
        for key, role in keyed.items():
            if isinstance(rows.get(key), dict):
                by_role.setdefault(role, rows[key])
        for new, old in _ROLE_PAIRS:
            a_rec, b_rec = by_role.get(new), by_role.get(old)
            if a_rec is None or b_rec is None:
                continue
            for key, a in a_rec.items():
                b = b_rec.get(key)
                if isinstance(a, _Fact) and isinstance(b, _Fact) and a.family == b.family and a.date is None \
                        and b.date is None:
                    self._pair(a, b, "role")

    def _link_parts(self, own: dict[str, Any], rows: dict[str, Any], lines: bool = False) -> None:
        """A total and its parts: the record's 其中 list (or dict), or sibling rows under a 总额 / 合计 row;
        the same field of each (全年预算数 of the part with 全年预算数 of the total) is an explicit pair."""
        if not rows and not lines and len(own) < 2:
            return  # one figure and no records under it (an indicator's {名称, 实际值, 单位}): nothing to pair or relabel
        parts: list[dict[str, Any]] = []
        total: dict[str, Any] = own
        for key, got in rows.items():
            if _PARTS_KEY.match(key):
                parts += [g for g in (got if isinstance(got, list) else [got]) if isinstance(g, dict)]
        totals = [k for k in rows if _total_key(k) and isinstance(rows[k], dict)]
        if lines:  # the lines of money beside the whole's own figures: each a part of them
            parts += [g for g in rows.values() if isinstance(g, dict)]
        elif totals:
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
            said = {f.role for f in own.values() if isinstance(f, _Fact)}
            if said >= {"initial", "actual"} and "budget" not in said:
                # {年初, 全年, 执行}: between the 年初 budget and the spending, a bare 全年 / 调整后 is the full-year budget
                for key, fact in own.items():
                    if isinstance(fact, _Fact) and not fact.role and fact.date is None and fact.family == "元" \
                            and _FULL_YEAR_KEY.fullmatch(str(key).strip()):
                        fact.role = "budget"
                        fact.subj = fact.subj | role_mark("budget", True)
                        break
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
        scaled = False  # a fact whose value × scale is not its value (552 of 552万元): else both orders are one
        for f in self.facts:
            if f.date is not None:
                continue
            kv = abs(float(f.value))  # each float once: most facts have one value, scaled by 1
            if f.pmag == f.value:
                kp = kv
            else:
                kp, scaled = abs(float(f.pmag)), True
            f.key = kp if f.mag == f.pmag else abs(float(f.mag))  # signs are compared loosely: 调减15.74% states −15.74 %
            fams[f.family].append((f.key, f))
            by_value.append((kv, f))
            by_pmag.append((kp, f))
        self._by_family = {k: _Sorted(v) for k, v in fams.items()}
        self._key_blob = "\n".join(self.key_names)
        if self.years:  # a form's filing date and a 预计2025年 forecast name the next year as often as its title
            self.year_now = max(self.years, key=lambda y: (len(self.years[y]) - self._no_vote.get(y, 0), y))
        self._by_value = _Sorted(by_value)
        self._by_pmag = _Sorted(by_pmag) if scaled else self._by_value  # (the same keys in the same order)
        # what each family's facts count, for finding the fact a mention's words name (inverted index)
        inv: dict[str, dict[str, list[_Fact]]] = defaultdict(lambda: defaultdict(list))
        now = self.year_now
        for f in self.facts:
            if f.ytag == THIS_YEAR:
                f.ytag = now  # a 本年 column's cell is of the sources' year: no 上年 figure of the text
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
        self.spans = [(a, b) for a, b, why in self.pairs if why == "span"]
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
        now = self.year_now  # a figure tagged with the sources' own year ("2023": {…}) is a current one
        for e in self.facts:
            if e.ytag is None or e.ytag == now or e.date is not None or e.kind == "year" or e.role == "target" \
                    or any(why == "year" for *_, why in self.partners.get(id(e), ())):
                continue  # (a table's 上年合计 is paired with its 合计 as the table was read)
            own = [f for f in self.groups[e.group] if f.family == e.family and f.ytag in (None, now)
                   and f.date is None and f.role != "target" and f.kind != "year"]
            if not own and not e.family and (field := _LAST_YEAR_KEY.sub("", e.head)):
                # {参训人数: 442, 上年参训: 418} with a unit for 参训人数 alone: the record's field of that name this year
                own = [f for f in self.groups[e.group] if f.head.startswith(field) and f.ytag in (None, now)
                       and f.date is None and f.role != "target" and f.kind != "year" and f.family not in ("元", "%")]
            if own:
                if len(own) == 1:
                    self._pair(own[0], e, "year")
                continue
            if not e.subj:
                continue
            best, top = [], 1
            for n, f in self.naming(e.family, e.subj - _ROLE_MARKS).values():
                if f.ytag not in (None, now) or f.role == "target" or f.hi_mag is not None or f.approx:
                    continue
                if n > top:
                    best, top = [f], n
                elif n == top:
                    best.append(f)
            if len({f.mag for f in best}) == 1:  # one current figure (or the same one in several sources)
                self._pair(best[0], e, "year")

    def entities(self) -> Any:
        """The relation table of the sources' named rows and records, and of their funding lines (entities.Entities:
        the anchored search's rows and the roles gate's lines), built on first use."""
        if getattr(self, "_entities", None) is None:
            from .entities import Entities

            self._entities = Entities(self.facts, self.year_now, self)
        return self._entities

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

    # -- the part-whole tree (the "part" pairs: a row and its 合计, a 其中 line and its total) ----------------------------
    def twins(self, f: _Fact, most: int | None = None) -> list[_Fact]:
        """Other statements of f's figure: facts of its family and magnitude (a 明细's 合计 1,052.36 that is also the
        项目支出 line of the budget table). `most` bounds the candidates looked at."""
        same = self._by_family.get(f.family)
        if same is None:
            return []
        key = float(f.mag)
        return [g for g in same.window(key, key)[:most] if g is not f and g.mag == f.mag]

    def record(self, gid: int) -> Sequence[_Fact]:
        """The facts of one record (a table row, a data record) by its group id: () for a fact in none (-1)."""
        return self.groups[gid] if 0 <= gid < len(self.groups) else ()

    def is_part(self, f: _Fact) -> bool:
        """Is f a row of a breakdown (a part of a total its table or record gives)?"""
        return any(x is f and why == "part" for x, _, why in self.partners.get(id(f), ()))

    def is_line(self, f: _Fact) -> bool:
        """Is f, or another statement of its figure, a part of a total? Then it is one line of a larger whole, and
        a share of 总支出 / 全年支出 is never over it."""
        return self.is_part(f) or any(self.is_part(g) for g in self.twins(f))

    def root(self, f: _Fact, most: int | None = None) -> _Fact:
        """f lifted to the largest total it, or another statement of its figure, is a part of: the whole a share
        of 总X is of (项目支出明细's 合计 is the 项目支出 line of 年度资金总额, whose share is over the latter)."""
        seen = {id(f)}
        while up := [b for g in (f, *self.twins(f, most)) for a, b, why in self.partners.get(id(g), ())
                     if a is g and why == "part" and id(b) not in seen]:
            f = max(up, key=lambda b: abs(b.mag))
            seen.add(id(f))
        return f

    def has_name(self, name: str) -> bool:
        """Whether some source writes `name` (a row label, a key, a phrase of a log): a name the text lists."""
        blob = self._words_blob
        if blob is None:
            blob = self._words_blob = "\n".join(self.read_words())
        return name in blob

    def read_words(self) -> list[str]:
        """`words`, each data file's read now if not yet: the runs of Chinese characters of its keys and strings."""
        if self._unread:
            for src, data in self._unread:
                self.words[src] = _word_runs("\n".join(_strings(data)))
            self._unread = []
            self._words_blob = None
        return self.words

    def lists_named(self, m: NumberMention, text: str) -> list[_Fact]:
        """The counts of the lists the sources hold of what the words after the count `m` name (在四个场馆中: a ledger
        of three 场馆 rows; 三项支出中: a 支出 list of four records; 六个县（市、区）中: a ledger of six 区县), whatever
        their count. Lists: a table's named rows, a data file's list of records."""
        head = text[m.end:m.end + 2]
        if head[1:] in ("（", "("):  # 六个县（市、区）: the set is named by its one character before the gloss
            head = head[:1]
        elif len(head) < 2 or not _CJK2.fullmatch(head):
            return []
        out: list[_Fact] = []
        for fam in dict.fromkeys((unit_family(m.base_unit)[0], "个", "项")):
            got = self.family(fam)
            for f in got.facts if got is not None else ():
                if f.kind != "count" or f.date is not None:
                    continue
                if f.location in self._list_paths and head in f.subj:  # a data file's list of records
                    out.append(f)
                elif (rows := _ROWS_LISTED.fullmatch(f.snippet)) and f.written == f"{f.value}{f.unit}" and (
                        head in rows[1] or head in _common_tail(rows[2].split("、"))):  # a table's rows, named by its
                    # first column (区县, 任务名称) or by what every row label ends in (东关街道, 西城街道 → 街道)
                    out.append(f)
        return out

    def evidence(self, f: _Fact) -> Evidence:
        if f.src < 0:  # a figure the text states itself: lives only as long as its check
            return _construct(Evidence, source="本文 / this text", location=f.location, text=f.snippet)
        e = self._evidence.get(f.seq)
        if e is None:
            location = f.location
            places = self.places.get(f.src)
            if places and location.startswith("line ") and 0 < int(location[5:]) <= len(places):
                location = places[int(location[5:]) - 1]  # a form's row says more than a line of its extracted text
            e = self._evidence[f.seq] = _construct(Evidence, source=self.names[f.src], location=location,
                                                   text=f.snippet)
        return e


_MONEY_KEYS = {
    "initial", "adjusted", "actual", "budget", "amount", "年初预算", "年初预算数", "调整预算", "全年预算",
    "全年预算数", "预算数", "实际支出", "实际支出数", "全年执行数", "执行数", "任务涉及金额", "金额",
    "部门年初预算收入", "部门调整预算收入",
}
_YEAR_KEY = re.compile(r"year|年度", re.I)
_LIST_TAIL = re.compile(r"\[\d+\]$")
_BARE_BOUND = re.compile(r"[\s≤≥<>=＜＞≦≧约不低高于超过以上下内]*")
_INDICATOR_PATH = re.compile(r"indicators|关键指标|绩效指标")
_BUDGET_KEYS = ("budget", "部门资金情况", "项目资金", "资金情况")
_DATA_UNIT_KEYS = ("资金单位", "金额单位", "单位")
_YEAR_IN_KEY = re.compile(r"((?:19|20)\d\d)年")
_BARE_YEAR = re.compile(r"((?:19|20)\d\d)")
# Bounds as data (drafter.limits, README "限额"): read once when drafter starts.
MAX_DEPTH = limit("depth").amount             # nesting deeper than this in a source is not a form
MAX_YEAR_SPAN = limit("range_span").amount    # 2015—2022年 stands for at most this many years after the first
MAX_ABS = MAX_MAGNITUDE
def _label_column(rows: list[list[str]]) -> int | None:
    """The first column after the first whose cells name every row, each another (no figure, none empty): the
    labels of a table whose first cell is one merged group cell — or None."""
    for k in range(1, min(len(r) for r in rows)):
        col = [r[k] for r in rows]
        if all(c and not _HAS_DIGIT.search(c) for c in col):
            return k if len(set(col)) == len(col) else None
    return None


def _data_lists(data: Any, names_of: dict[int, list[list[str]]] | None = None) -> list[list[str]]:
    """The lists of named items a data file holds: a mapping's keys when its values are figures or records
    (支出构成: {游客安全巡护: 826450, …}), a list's records by their names (来源: [{名称: 市级财政资金, …}, …])."""
    out: list[list[str]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            # (every value a figure or a record: most records fail at their first value, a name, and are read no further)
            if 2 <= len(node) <= MAX_ROWS_COUNTED and all(isinstance(v, _ROW_VALUES) for v in node.values()):
                keys = [str(k) for k in node]
                if not any(_HAS_DIGIT.search(k) for k in keys):
                    out.append(keys)
            stack += node.values()
        elif isinstance(node, list):
            if 2 <= len(node) <= MAX_ROWS_COUNTED and all(isinstance(v, dict) for v in node):
                listed = [_record_names(v, True) for v in node]
                if names_of is not None:  # (what _walk asks of the same list again: see add_data)
                    names_of[id(node)] = listed
                names = [n[0] for n in listed if n]
                if len(names) == len(node):
                    out.append(names)
            stack += node
    return out


_ROW_VALUES = (int, float, Decimal, dict)  # what a mapping's values are when its keys name a list of items
_FIRST_PART = re.compile(r"其中[：:]?")
_NOT_A_ROW = re.compile(r"^(?:其中|上年|去年|备注|说明|注|合\s*计)")  # a sub-row, last year's, a note: no item of the list
MAX_ROWS_COUNTED = 40
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_PROSE_LIST = re.compile(r"(?:^|(?<=[，,。；;：:\s]))((?:[\u4e00-\u9fff]{2,8}、){2,}[\u4e00-\u9fff]{2,8})", re.M)


def _prose_lists(text: str) -> Iterator[re.Match[str]]:
    """_PROSE_LIST.finditer(text), walked only over the lines that hold two 、 or more (a match holds two and never
    crosses a line; its look-behind still reads the character before the line): the pattern has no first
    character to skip to, and tried at every character of 1 MB of logs it cost a twentieth of the index."""
    k = text.find("、")
    while k >= 0:
        end = text.find("\n", k)
        if end < 0:
            end = len(text)
        if text.find("、", k + 1, end) >= 0:
            yield from _PROSE_LIST.finditer(text, text.rfind("\n", 0, k) + 1, end)
        k = text.find("、", end)
_ROWS_LISTED = re.compile(r"([^：]{1,20})：((?:[^、]+、)+[^、]+)")  # a row count's evidence: 区县：红花岗区、汇川区、…
LISTED_OTHERWISE = "来源列出的该类项目数与此不同 / the sources list these items with another count"
_LIST_MEASURES = "个项类家所条座处种"  # the measure words a count of named things takes (not 笔, 批, 期: payments, batches)
_ORDER_HEAD = re.compile(r"序号|编号|No\.?|#", re.I)
_BARE_AMOUNT = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+|-?\d+")  # a figure alone, as a string
_ORDINAL_CELL = re.compile(r"[ \u3000]*\d{1,3}[.、]?[ \u3000]*")  # a 序号 cell: 1 / 2. / 3、
_FILED = re.compile(r"(?:填报|填表|报送|编制|审核|打印)(?:人|日期|时间)")  # the filer's line: 填报人：… 2025年1月28日
_FORECAST = re.compile(r"(?:预计|力争|计划|拟|争取|将于|到)$")


def _no_vote_year(text: str, ls: int, m: NumberMention) -> int | None:
    """The year of a filing date (填报日期：2025年1月28日) or of a forecast (预计2025年): it names when the form
    was written or what comes next, not the year the sources report on."""
    y = m.date[0] if m.kind == "date" and m.date else int(m.value) if m.kind == "year" and m.value is not None \
        and m.hi is None else None
    if y is None:
        return None
    if _FORECAST.search(text, max(ls, m.start - 2), m.start) or \
            m.kind == "date" and _FILED.search(text, ls, m.start):
        return y
    return None


_DATE_HEAD = re.compile(r"日期|^(?:付款|支付|拨付|发放|到账|入账)?时间$")  # a ledger's date column: 日期, 支付时间 (no 平均办结时间: 2.5 is days)
_CELL_MONTH_DAY = re.compile(r"(\d{1,2})[-/.](\d{1,2})")
_NAME_KEY = re.compile(r"指标|名称|name|任务|项目|来源|事项|title|科目|内容|item|类别|类型|label", re.I)
_PARTS_KEY = re.compile(r"^(?:其中|资金来源|来源构成|明细|分项|构成|lines|parts)$")
_LABEL_ITEM = re.compile(r"[^\d〇零一二两三四五六七八九十百千万亿%％≥≤<>=＜＞]{2,30}")
_TOTAL_KEY = re.compile(r"总额|合计|总计|小计|总数|^total$", re.I)


def _total_key(s: str) -> bool:
    """_TOTAL_KEY.search(s): asked only of a text holding a character each of its matches needs (re.I leaves the
    regex no fast scan of its own, and most keys and labels hold none)."""
    return ("总" in s or "合" in s or "小" in s or "t" in s or "T" in s) and _TOTAL_KEY.search(s) is not None
# a bare full-year or adjusted amount of a budget record (beside its 年初 and its spending): the full-year budget
_FULL_YEAR_KEY = re.compile(r"(?:全年|调整后?|变更后|年末)(?:预算)?(?:数|额|金额)?")
# what joins the two dates of a span: 5月1日至9月16日, 11月1日起至3月31日, 3月5日—3月29日, 2024.05.01~2024.09.16
_SPAN_JOIN = re.compile(r"\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*")
# a dated start whose end closes its clause: 1月8日：启动“寒冬送温暖”专项救助行动，至2月20日结束
_SPAN_UNTIL = re.compile(r"[^。；;！？!?\n]{0,60}[，,]\s*(?:一直|持续|延续)?(?:至|到)\s*")
# a ledger's start and end columns: 开始日期 | 结束日期, 起始时间 | 截止时间, 开工日期 | 竣工日期
_START_HEAD = re.compile(r"(?:开始|起始|启动|开工|开班|开馆)(?:日期|时间)?$|^起$")
_END_HEAD = re.compile(r"(?:结束|截止|终止|竣工|结班|闭馆)(?:日期|时间)?$|^止$")
_CELL_GAP = re.compile(r"[ \t\u3000|｜]*")
# a span's start and end each named by its own words: 7月28日开始、8月16日结束 / 3月4日启动，4月12日完成
_OPEN_THEN = re.compile(r"\s*(?:开始|启动|开工|开班|开幕)\s*[，,、]\s*")
_THEN_CLOSE = re.compile(r"\s*(?:结束|完成|完工|竣工|闭幕|结业|收官)")
# a log line led by its date (5月8日 启动…), what opens a campaign right after it, and what closes one on a later line
_LOG_LEAD = re.compile(r"[ \t\u3000#*>\-]*")
_LOG_OPENS = re.compile(r"[ \t\u3000:：，,]*(?:正式)?(?:启动|开始|开工|开班|开幕)")
_LOG_CLOSES = re.compile(r"结束|收官|完工|竣工|闭幕|结业")
_PARTS_WORD = re.compile(r"其中")
_TOTAL_WORD = re.compile(r"合计|共计|总计")

_HAS_NUM = re.compile(r"[\d〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾半番]")


_FIGURE_CHARS = frozenset("0123456789.,%‰")


def _window(text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The evidence a reader sees: the mention with ~a dozen characters each side, widened (by at most 12
    more) so that no neighbouring figure is cut — "…298.5  285" would quote a figure the source never states."""
    a, b = max(lo, start - 14), min(hi, end + 10)
    stop = max(lo, a - 12)
    while a > stop and text[a] in _FIGURE_CHARS and text[a - 1] in _FIGURE_CHARS:
        a -= 1
    stop = min(hi, b + 12)
    while b < stop and text[b - 1] in _FIGURE_CHARS and text[b] in _FIGURE_CHARS:
        b += 1
    return text[a:b].strip()


@lru_cache(maxsize=4096)
def _name_key(key: Any) -> bool:
    return bool(_NAME_KEY.search(str(key)))


def _common_tail(labels: Sequence[str]) -> str:
    """The characters every label ends in (东关街道, 西城街道 → 街道), '' when fewer than two."""
    tail = os.path.commonprefix([x[::-1] for x in labels])[::-1]
    return tail if len(tail) >= 2 else ""


_NAME_LEAD = re.compile(r"^.{0,8}[：:]")  # 其中：基本支出, 按来源分：财政拨款 — the row's own name follows


@lru_cache(maxsize=4096)
def _label_unit_of(label: str) -> tuple[str, str] | None:
    """(scale, unit) a record's 单位 / unit field states (万元 → ("万", "元")), None when it is no unit; read once per
    wording (every record of a form repeats it)."""
    m = _UNIT_LABEL.match(label.strip().replace("％", "%"))
    return (m[1] or "", m[2].replace("％", "%")) if m else None


@lru_cache(maxsize=4096)
def _clean_name(cell: str) -> str:  # (a list's records repeat their items' names: read once per wording)
    return _NAME_LEAD.sub("", _SPACES.sub("", cell)).strip("|｜")


def _budget_lines(node: dict[Any, Any]) -> bool:
    """Whether a record states its own budget figures (年初预算 / 调整后预算 / 实际支出) beside two or more records of
    lines keyed by their names, each stating a budget figure too."""
    subs = [(k, v) for k, v in node.items() if isinstance(v, dict)]
    if len(subs) < 2 or any(roles(str(k)) or _key_years(str(k))[0] is not False for k, _ in subs):
        return False
    if not any(roles(str(k)) in _BUDGET_ROLES for k, v in node.items() if not isinstance(v, (dict, list))):
        return False
    return all(any(roles(str(k)) in _BUDGET_ROLES for k in v) for _, v in subs)


_BUDGET_ROLES = ("initial", "budget", "actual")


def _row_names(text: str, cells: list[tuple[int, int]], header: Sequence[str] = ()) -> str:
    """A table row's name: its cells without figures before its first figure (an indicator's levels and name, a
    task's name and content), each without a lead like 其中：, joined by "|". A 序号 cell only numbers the row: the
    name is in the cells after it (| 1 | 土壤采样检测 | 86.40 |)."""
    names = []
    for k, (a, b) in enumerate(cells):
        if _HAS_DIGIT.search(text, a, b) and not NAMED_CELL.fullmatch(text, a, b):
            if k < len(header) and _ORDER_HEAD.fullmatch(header[k].strip()) and _ORDINAL_CELL.fullmatch(text, a, b):
                continue
            break
        if (name := _clean_name(text[a:b])):
            names.append(name)
    return "|".join(names)


def _text_cells(text: str, cells: list[tuple[int, int]], header: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """A table row's cells without figures, each with its column header: (网点类型, 社区店), (区县, 埇桥区)."""
    out = []
    for k, (a, b) in enumerate(cells):
        if k < len(header) and not _HAS_DIGIT.search(text, a, b) and (cell := "".join(text[a:b].split())):
            out.append((header[k].strip(), cell))
    return tuple(out)


_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,}|(?<=[（(])元(?=[）)])")  # (and a bracketed 元: 支出台账（元）, a unit the
# checker asks a source for — match._money_ok)


def _word_runs(text: str) -> str:
    """The runs of Chinese characters a source writes, each once (a name the text lists is one of them or inside
    one): a log that repeats itself keeps little."""
    return "\n".join(dict.fromkeys(_CJK_RUN_RE.findall(text)))


def _strings(node: Any) -> Iterator[str]:
    """A data file's keys and string values: the names it holds (a stack, not recursion: any depth)."""
    stack = [node]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in reversed(node.items()):
                stack += [v, str(k)]
        elif isinstance(node, list):
            stack += reversed(node)
        elif isinstance(node, str):
            yield node


def _record_names(node: dict[Any, Any], listed: bool) -> list[str]:
    """What a record names: its 名称 / 指标 / 项目 … fields; a record in a list that has none of those
    (明细: [{用途: 保管费用补贴, …}]) is named by its first short text field without figures."""
    named = [v for k, v in node.items() if isinstance(v, str) and (len(v) <= 60 and _name_key(k)
                                                                  or v[:1] == "第" and _ORDINAL_NAME.fullmatch(v))]
    if listed and not named:
        named = [v for k, v in node.items() if isinstance(v, str) and _LABEL_ITEM.fullmatch(v)
                 and str(k) not in _UNIT_KEYS][:1]
    elif listed and all(v[:1] == "第" for v in named):  # only its place (第一批): its items (地点, 品种) name it too
        named += [v for k, v in node.items() if isinstance(v, str) and _LABEL_ITEM.fullmatch(v)
                  and str(k) not in _UNIT_KEYS and v not in named][:3]
    return named


@lru_cache(maxsize=4096)
def _key_subject(key: str, money: bool) -> frozenset[str]:
    return tokens(key) | role_mark(roles(key), money)


@lru_cache(maxsize=4096)
def _key_year(key: str) -> int | None:
    if _BARE_YEAR.fullmatch(key):
        return int(key)  # a column keyed by its year (2022: 312, 2023: 386) dates its figure
    return year_tag(key, len(key), s0=0)


_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})([批期轮届次])")
# a listed record named by its place in the list (季次: 第二发掘季, 标段: 第一标段, 第三手术组): that names it
_ORDINAL_NAME = re.compile(r"第(?:[一二三四五六七八九十]{1,3}|\d{1,2})[\u4e00-\u9fff]{1,6}")
_ORDINAL_TAIL = re.compile(r"第(?:[一二三四五六七八九十]{1,3}|\d{1,2})([\u4e00-\u9fff]{1,6})")  # its name after it
_ITEM_KEY = re.compile(r"(?:^|[^学周工到预长短同])([批期轮届])次?$")  # 发放批次, 培训期次, 轮次: what an item is
_CN_DIGITS = "一二三四五六七八九"
THIS_YEAR = 0  # a fact's ytag while the index is read: this year's by its column's words (本年, 当年), year unknown
_THIS_YEAR_KEY = re.compile(r"本年度?|今年|当年|本期")
_YEARS_NAMED = re.compile(r"(?:19|20)\d\d年|上一?年|去年|本年|今年|当年")
_THIS_YEAR_WORD = re.compile(r"本年|今年|当年|本期")  # a column of this year's figures: 本年供水量
_YEAR_ONLY_KEY = re.compile(r"(?:19|20)\d\d(?:年度?)?|上一?年度?|去年|前一年|本年度?|今年|当年|(?:上年)?同期")


def _name_words(names: Sequence[str]) -> frozenset[str]:
    """The subject words of a record's names. An ordinal (第三批) keeps only its ordinal words (第三): 三批 is
    also how a text counts three batches, which names no one batch."""
    ordinals = [m for v in names if v[:1] == "第" and (m := _ORDINAL.fullmatch(v))]
    if not ordinals:
        return tokens(*names)
    out = tokens(*(v for v in names if not (v[:1] == "第" and _ORDINAL.fullmatch(v))))
    for m in ordinals:
        out |= {w for w in tokens(m[0]) if not w.endswith(m[2])}
    return out


_LAST_YEAR_KEY = re.compile(r"^(?:上年|去年|上一年度?|前一年)(?:同期)?(?:实际|完成)?")  # 上年参训 → 参训
# 第一批 / 第3期 anywhere in a line: opening it (第一期：…), after a clause (说明：…。第一期…；第二期…), a log's date and
# words (3月6日　馆藏档案第一期…) or a ledger's name cell; its numeral whole (第十二期, never its 第十)
# (第 first, then what stands before it: a pattern that opens on its literal is scanned for it at C speed; a look-behind
# first is tried at every character of the text)
_LINE_ORDINAL = re.compile(r"第(?<![\d一二三四五六七八九十]第)([一二三四五六七八九十]{1,3}|\d{1,2})(?![\d一二三四五六七八九十])"
                           r"([批期轮届次])")


# an ordinal's own words in a string that names several (第一批3月4日到货…，第二批…): up to the next ；/ 。 — its
# clause, never the next ordinal's
_ORDINAL_CLAUSE_END = re.compile(r"[；;。]")
_PATH_KEYS = re.compile(r"[^.\[\]]+(?=\.|\[|$)")  # a field path's keys (大事记[2].事项: 大事记, 事项)


def _ordinal_int(words: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 7 → 7; None for anything else."""
    if words.isdigit():
        return int(words)
    tens, _, ones = words.rpartition("十")
    if "十" not in words:
        tens, ones = "", words
    try:
        t = (_CN_DIGITS.index(tens) + 1 if tens else 1) if "十" in words else 0
        o = _CN_DIGITS.index(ones) + 1 if ones else 0
    except ValueError:
        return None
    return t * 10 + o if t * 10 + o else None


def _cn_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (items of a list are rarely more)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens - 1] + "十"
    return head + (_CN_DIGITS[ones - 1] if ones else "")


def _item_measure(key: str, items: Sequence[Any]) -> tuple[str | None, bool]:
    """(the measure word a list's items are counted in, whether they must be given their ordinal names): the
    ordinal each item names itself by (批次: 第一批 …), else the list's key when it says what an item is
    (发放批次, 培训期次) — its items are then 第一批, 第二批 … in order. (None, False) when neither says."""
    words = set()
    for item in items:
        found = {m[2] for v in item.values() if isinstance(v, str) and v[:1] == "第" and (m := _ORDINAL.fullmatch(v))}
        if not found:  # 第一发掘季, 第二发掘季 / 第一标段: the name after the ordinal, its last character the measure
            found = {"@" + m[1] for v in item.values() if isinstance(v, str) and v[:1] == "第"
                     and (m := _ORDINAL_TAIL.fullmatch(v))}
        if len(found) != 1:
            break
        words |= found
    else:
        if len(words) == 1:
            word = words.pop()
            return (word[-1], False) if word[0] == "@" else (word, False)
    km = _ITEM_KEY.search(key)
    return (km[1], True) if km else (None, False)


_LABEL_MARKS = frozenset(":： ")
_YEAR_LABEL = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?:年度?)?\s*[:：]\s*")


_LINE_LABEL = re.compile(r"[ \t\u3000|｜]*([^\d|｜\t:：，,。；;！？!?]{2,20}?)[ \u3000]*[|｜\t:：]")


def _spanned_head(text: str, cells: list[tuple[int, int]], header: list[str], column: int) -> list[str]:
    """The header a row's figure is read under when the row's name cell is merged over the columns before a score
    column the figure stands in (支出明细 | 土地平整工程 ⟶ spanning 年初预算数 … 全年执行数 | 986.40 under 分值): an
    amount of the row, read under the last column the name covers — a score column holds no row laid out across the
    header's columns. The header as it is unless the cells before the figure are empty back to a name cell."""
    k = column - 1
    while k > 0 and cells[k][0] == cells[k][1]:
        k -= 1
    if k == column - 1 or _HAS_DIGIT.search(text, cells[k][0], cells[k][1]) or cells[k][0] == cells[k][1] \
            or not _AMOUNT_HEAD.search(header[column - 1]) or _SCORE_KEY.search(text, cells[0][0], cells[k][1]):
        return header  # (总分 | … | 100 | 98.58: a score row; the indicator columns it spans hold no amount)
    return header[:column] + [header[column - 1]] + header[column + 1:]


_AMOUNT_HEAD = re.compile(r"预算|执行|支出|决算|金额|资金|经费")  # a column of amounts a spanned row's figure is read under


def _row_unit(text: str, cells: list[tuple[int, int]], header: list[str], column: int) -> tuple[str, str] | None:
    """The unit a row's 计量单位 / 单位 column gives the bare figures of its row (图书外借 | 万册次 | 12 | 13.6), as
    a record's 单位 key does; a column whose header states its own unit (（万元）) or a score keeps its own."""
    k = next((k for k, h in enumerate(header) if h.strip() in _UNIT_KEYS), -1)
    if k < 0 or k == column or k >= len(cells) or _KEY_UNIT.search(header[column]) or _SCORE_KEY.search(header[column]):
        return None
    label = _UNIT_LABEL.match(text[cells[k][0]:cells[k][1]].strip().replace("％", "%"))
    return (label[1] or "", label[2]) if label else None


_UNITLESS_HEAD = re.compile(r"率|%|％|‰|比例|比重|占比|指数|分值|得分|权重|序号|编号|年度|年份")


# an indicator's target cell with its unit (≥1500架次 / 不少于12次 / 20个): the unit of the row's bare figures
_TARGET_CELL = re.compile(r"\s*(?:[≥≤≧≦＞＜>]=?|[=＝]|不少于|不低于|不超过|不高于|大于|小于|达到)?\s*\d[\d,]*(?:\.\d+)?\s*"
                          r"([^\d\s%％‰.,，、;；:：()（）]{1,4})\s*")
_RESULT_HEAD = re.compile(r"实际|完成|上年|实现|全年|本年|去年")  # 实际完成值 / 上年实际 / 全年完成数


def _target_row_unit(text: str, cells: list[tuple[int, int]], header: list[str], column: int
                     ) -> tuple[str, str] | None:
    """The unit an indicator row states once, in its target cell (保障飞行架次 | ≥1500架次 | 1612 | 1538), for the bare
    result and last-year figures of the row — one unit stated in the row, a result column whose header names no
    unit of its own and no rate, score or year."""
    head = own_head(header, column)
    if not _RESULT_HEAD.search(head) or _KEY_UNIT.search(head) or _UNITLESS_HEAD.search(head):
        return None
    units = set()
    for k, (a, b) in enumerate(cells):
        if k != column and (cm := _TARGET_CELL.fullmatch(text, a, b)) is not None \
                and (label := _UNIT_LABEL.match(cm[1])) is not None:
            units.add((label[1] or "", label[2]))
    return units.pop() if len(units) == 1 else None


def _label_unit(labels: list[str], head: str) -> tuple[str, str] | None:
    """The unit a row's label states in brackets (巡查河道（公里）, 清理漂浮物（吨）) for the bare figures of its row, as
    a column header's brackets state a column's; a column with a unit of its own, or a rate, a score or a year, has
    none from the row."""
    if _KEY_UNIT.search(head) or _UNITLESS_HEAD.search(head):
        return None
    for w in labels:
        if (km := _KEY_UNIT.search(w)) and (label := bracket_unit(km[1].strip().replace("％", "%"))):
            return label[1] or "", label[2]
    return None


def _label_year(text: str, lo: int, at: int) -> int | None:
    """The year written as the label of the figure at `at` (2023: 680, 2024年：742), else None."""
    m = _YEAR_LABEL.search(text, max(lo, at - 12), at)
    return int(m[1]) if m is not None and m.end() == at else None


def _cell_year(head: str, label: str, ytag: int | None, caption: str = "", title: str = "") -> int | None:
    """A table cell's year: its column's (2022年实际, 上年, 本年供水量 …), else its row label's when that is
    only a year (2022年 | 312 | …), else what its line said, else the heading over its table when that names
    one year (## 2022年活动情况). A title merged over every column (a sheet's "2024年…统计" row, read as the
    first line of the header) is such a heading, not a column's words: its year is the table's, and a row that
    names its own time (上年合计, 上年同期) is that time's."""
    own = head[len(title):] if title else head
    for words in (own, label):
        if (y := _key_year(words)) is not None:
            return y
        if _THIS_YEAR_WORD.match(words):
            return THIS_YEAR  # 本年 | 上年: this year's, said so — the sources' year once it is known (_finish)
    for words in (title, caption):
        if ytag is None and words and len(_YEARS_NAMED.findall(words)) == 1:
            return year_tag(words, len(words), lookback=len(words), s0=0)
    return ytag


_UNCOUNTED_HEAD = re.compile(r"率|%|％|‰|比例|比重|占比|指数|分值|得分|权重|序号|编号|年度|年份|金额|资金|经费|预算|支出|费|元|价|均")


def _counted_tables(text: str, firsts: dict[int, int]) -> dict[int, str]:
    """Table id → the count its 单位：人次 line states (context.count_statement): the first table after the line
    (`firsts`: each table's first offset)."""
    out: dict[int, str] = {}
    pos = text.find("单位")
    while pos >= 0:
        ls = text.rfind("\n", 0, pos) + 1
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if (unit := count_statement(text[ls:le])) is not None:
            after = [(start, tid) for tid, start in firsts.items() if start > le]
            if after:
                out.setdefault(min(after)[1], unit)
        pos = text.find("单位", le)
    return out


def _table_legends(text: str, table: dict[int, Any], firsts: dict[int, int]) -> dict[int, dict[str, tuple[str, str]]]:
    """Table id → the legend the lines over it give its columns (分观测点运行情况（点位：个；考察：次）): the words between
    the table before it (or a few lines up) and its first row."""
    last: dict[int, int] = {}
    for tid, cells, _ in table.values():
        last[tid] = max(last.get(tid, 0), cells[-1][1])
    out: dict[int, dict[str, tuple[str, str]]] = {}
    for tid, start in firsts.items():
        before = max((end for other, end in last.items() if end <= start), default=0)
        if said := unit_legend(text[max(before, start - _LEGEND_REACH):start]):
            out[tid] = said
    return out


_LEGEND_REACH = 300  # characters over a table its legend may stand in


def _earlier_row(old: int | None, new: int | None) -> bool:
    """Whether a total row of year `old` (上年合计: −1, 2023年合计) is an earlier year's than the total of `new`
    (合计: None, or the year of the table's title)."""
    if old is None or new is not None and new < 0:
        return False
    return old < 0 or new is not None and 0 < old < new


def _title_over(header: list[str]) -> str:
    """The words every column's header begins with, when they name a year (a title merged over the columns and
    read as the header's first line: 2024年城区路灯维护统计片区 | 2024年城区路灯维护统计巡查里程（公里） …); ''
    otherwise."""
    heads = [h for h in header if h.strip()]
    if len(heads) < 2 or len(heads) < len(header) - 1:
        return ""
    lead = os.path.commonprefix(heads)
    return lead if _YEARS_NAMED.search(lead) else ""


@lru_cache(maxsize=4096)
def _key_years(key: str) -> tuple[int | None | bool, bool]:
    """(the year a key gives what is under it — False when none, None for 本年 —, whether it is only a year)."""
    y = _key_year(key)
    year: int | None | bool = y if y is not None else None if _THIS_YEAR_KEY.fullmatch(key) else False
    return year, bool(_YEAR_ONLY_KEY.fullmatch(key))


_RECORD_YEAR_KEYS = ("年度", "年份", "年", "统计年度", "year")


def _record_year(node: dict[Any, Any]) -> int | None:
    """The year a record states of itself (年度: 2022, 年份: "2023年"), None when it states none."""
    for key in _RECORD_YEAR_KEYS:
        v = node.get(key)
        if v is None or isinstance(v, bool):
            continue
        m = _BARE_YEAR.fullmatch(str(v).strip().removesuffix("年度").removesuffix("年"))
        if m:
            return int(m[1])
    return None


def _leaf_year(key: str, year: int | None) -> int | None:
    """A number's year: its own key's (2022年助餐人次, 上年) or else the one a key above it gave."""
    own = _key_years(key)[0]
    return year if own is False else own  # type: ignore[return-value]


def _sane(value: Decimal) -> bool:
    """A figure a report can state: below 10^15 and at most 12 decimals (1e400, 1e-400 and 5,000-digit
    integers are not figures; arithmetic on them would overflow the Decimal context)."""
    try:
        if not abs(value) < MAX_ABS:
            return False
    except TypeError:
        return False
    text = str(value)  # plain notation writes exactly −exponent digits after its point (as_tuple: 3× the cost)
    if "E" in text:
        return value.as_tuple().exponent >= -12  # type: ignore[operator]
    k = text.find(".")
    return k < 0 or len(text) - k - 1 <= 12


MAX_RECORD_KEYS = 12  # an indicator record: a name, a target, a result or two (a wider dict is no such record)
_TARGET_KEY = re.compile(r"(?:年度|全年)?(?:绩效)?(?:目标|计划|指标|预期)(?:值|数)?")  # the record's own target, of no
# other field (按时办结率目标 is a rate's, not its counts')
_TARGET_VALUE = re.compile(r"[≥≤≧≦＞＜><=＝]?\s*\d[\d,]*(?:\.\d+)?\s*(\S{1,6})")


def _target_cell_unit(node: dict) -> tuple[str, str] | None:
    """The unit of an indicator record's target cell (目标值: "≥10项" → 项), for its result fields (完成值 / 实际 /
    上年完成): one target of one figure with a unit, not a date."""
    found = None
    for key, value in node.items():
        if isinstance(value, str) and _TARGET_KEY.fullmatch(str(key)) and (m := _TARGET_VALUE.fullmatch(value.strip())):
            label = _UNIT_LABEL.fullmatch(m[1].replace("％", "%"))
            if label is None or label[2] in ("月", "日", "年") or found is not None:
                return None
            found = (label[1] or "", label[2].replace("％", "%"))
    return found


def _unit_legend(data: Any) -> dict[str, tuple[str, str]]:
    """A data file's legend of units (计量说明: {监测点: 个, 统防统治面积: 万亩次}): a mapping at its top of two or more
    field names, each to a unit alone, that says what the fields of its records count — {field: (scale, unit)}."""
    if not isinstance(data, dict):
        return {}
    for value in data.values():
        if isinstance(value, dict) and len(value) >= 2 and all(isinstance(v, str) for v in value.values()):
            units = {str(k): _UNIT_LABEL.fullmatch(v.strip().replace("％", "%")) for k, v in value.items()}
            if all(units.values()):
                return {k: (u[1] or "", u[2]) for k, u in units.items() if u is not None}
    return {}


# a legend of what a source's fields or columns count, in words: 游客量、研学人数单位为人次 / # 处理量单位：万吨 (a comment)
_LEGEND_SAID = re.compile(r"([\u4e00-\u9fff、和及]{2,40}?)的?(?:计量)?单位(?:为|是|[：:])\s*([^\s；;，,。、）)]{1,6})")
# … or in a bracket over a table, one field to a unit each: （点位：个；数据：万条；考察：次；运行经费：元）
_LEGEND_BRACKET = re.compile(r"[（(]([^（）()]{5,120})[）)]")
_LEGEND_PAIR = re.compile(r"\s*([\u4e00-\u9fff]{1,8})\s*[：:]\s*(\S{1,6}?)\s*")
_LEGEND_GENERIC = frozenset({"金额", "数量", "计量", "货币", "资金"})  # a file's 金额单位 / 数量单位 (read elsewhere)
_LEGEND_TOTAL = re.compile(r"(?:合计|总计|小计|总量|总数)$")  # 游客量合计 is a 游客量


def unit_legend(text: str) -> dict[str, tuple[str, str]]:
    """The units a source's words give its fields or columns, {name: (scale, unit)}: 游客量、研学人数单位为人次 →
    游客量 and 研学人数 count 人次; （点位：个；数据：万条；考察：次） over a table → its columns 点位, 数据, 考察. Money units are
    left to the file's 金额单位 (_stated_money, stated_units): only what a figure counts is read here."""
    out: dict[str, tuple[str, str]] = {}

    def put(name: str, unit: str) -> None:
        label = _UNIT_LABEL.fullmatch(unit.replace("％", "%"))
        if label is not None and name not in _LEGEND_GENERIC and unit_family(label[2])[0] != "元":
            out.setdefault(name, (label[1] or "", label[2]))

    if "单位" in text:
        for m in _LEGEND_SAID.finditer(text):
            for name in re.split(r"[、和及]", m[1]):
                if len(name) >= 2:
                    put(name, m[2])
    for b in _LEGEND_BRACKET.finditer(text):
        pieces = re.split(r"[；;，,]", b[1])
        pairs = [_LEGEND_PAIR.fullmatch(p) for p in pieces]
        if len(pairs) >= 2 and all(pairs):
            for pair in pairs:
                put(pair[1], pair[2])  # type: ignore[index]
    return out


def _legend_unit(legend: dict[str, tuple[str, str]], key: str) -> tuple[str, str] | None:
    """The unit a legend gives a data key or a column: its own name, one ending in it (景区游客量 is a 游客量, 上年游客 a 游客)
    or its total (游客量合计)."""
    if key in legend:
        return legend[key]
    bare = _LEGEND_TOTAL.sub("", key)
    return next((u for name, u in legend.items() if bare.endswith(name)), None) if len(bare) >= 2 else None


def _said_legend(text: str, data: Any) -> dict[str, tuple[str, str]]:
    """A data file's legend in words: a comment line (# 处理量单位：万吨) or a text field at its top (计量说明: 游客量、
    研学人数单位为人次)."""
    said = [line[line.find("#"):] for line in text.splitlines() if "#" in line and "单位" in line] if text else []
    if isinstance(data, dict):
        said += [v for v in data.values() if isinstance(v, str) and "单位" in v]
    return unit_legend("\n".join(said)) if said else {}


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


# what names money on a figure's path: under such a key (资金, 经费 …) or as its own field (支出, 奖补 …)
_MONEY_PATH = re.compile(r"预算|决算|支出|资金|经费|金|额|补助|奖补|补贴|津贴|费|款|收入|投资|成本|拨付|结余|执行|支付|价|薪|酬|"
                         r"budget|amount|actual|initial|adjusted|spent|cost|fund", re.I)


# 园数, 床位数量, 检查次数: a number of things, never an amount — unless it is 预算数, 执行数 … (an amount's own name)
_COUNT_KEY = re.compile(r"(?<!预算|执行|支出|收入|金额|资金|决算|年初|调整|拨付|结余|经费|投资|付款)(?:数|数量)$")


def _stated_money(text: str, data: Any) -> tuple[str, str] | None:
    """The money unit a data file states where its parser cannot see it: a comment line (# 金额单位：万元)
    or a text field at its top (说明: 金额单位为万元). One unit, or None when none or several are stated."""
    found: set[str] = set()
    if "单位" in text:
        for line in text.splitlines():
            k = line.find("#")
            if k >= 0 and (k == 0 or line[k - 1] in " \t") and "单位" in line:
                found.update(u for _, u, _ in stated_units(line[k:]))
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, str) and "单位" in value:
                found.update(u for _, u, _ in stated_units(value))
    if len(found) != 1:
        return None
    m = _UNIT_LABEL.match(found.pop())
    return (m[1] or "", m[2]) if m else None


_RATED_PATH = re.compile(r"率|占比|比例|比重|进度|指数")  # 装备完好率: {实际: 98.5} is a rate, whatever its own key
_COUNT_STATEMENT = re.compile(r"数量单位\s*(?:[:：]|为)\s*([\u4e00-\u9fff]{1,2})")


def _stated_count(text: str, data: Any) -> str | None:
    """The measure word a data file states for its counts (# 金额单位：元；数量单位：块) in a comment line or a
    text field at its top, when it states one measure word that is a unit; None otherwise."""
    found: set[str] = set()
    if "数量单位" in text:
        for line in text.splitlines():
            k = line.find("#")
            if k >= 0 and (k == 0 or line[k - 1] in " \t"):
                found.update(m[1] for m in _COUNT_STATEMENT.finditer(line, k))
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, str) and "数量单位" in value:
                found.update(m[1] for m in _COUNT_STATEMENT.finditer(value))
    word = found.pop() if len(found) == 1 else None
    return word if word and unit_family(word)[0] == word != "元" and _UNIT_LABEL.match(word) else None


@lru_cache(maxsize=4096)
def _counts(head: str) -> bool:
    """Whether a table column counts something (培训人次, 监测点位数) rather than holding an amount (预算数,
    实际数, 资金到位数): the money unit stated for its table is not its unit."""
    return bool(_KEY_COUNT.search(head)
                or _COUNT_KEY.search(head) and not roles(head) and not _MONEY_PATH.search(head))


def _nothing_to_read(node: Any) -> bool:
    """A leaf of a data file that holds no figure: None, a bool, or a text with neither a number nor a 《title》
    (most text values — a name, a unit)."""
    return node is None or node.__class__ is bool or (node.__class__ is str and "《" not in node
                                                       and not _HAS_NUM.search(node))


def _record_of(path: str) -> str:
    """tasks[2].indicators[0].actual → tasks[2].indicators[0]: numbers of one record are 'local'."""
    if "." in path:
        return path.rsplit(".", 1)[0]
    return _LIST_TAIL.sub("", path)


def load_source_path(path: Path) -> list[SourceText | SourceData]:
    """A file, or a folder read recursively; unreadable or unknown files raise InputError (exit 2)."""
    from ..load import read_csv_text, read_data_file, read_docx_text, read_text
    from ..safefile import list_files, os_error

    try:
        is_dir = path.is_dir()
        if not is_dir and not path.exists() and not path.is_symlink():
            raise InputError(path, "来源文件不存在 / source not found")
    except OSError as e:  # a name too long, a loop: one line
        raise os_error(path, e) from None
    if is_dir:
        files = list_files(path, LISTED_SUFFIXES)
        if not files:
            raise InputError(path, "目录中没有可读取的来源文件（.yaml .json .txt .md .csv .docx .xlsx .pdf）/ no readable source in folder")
        out: list[SourceText | SourceData] = []
        for f in files:
            out.extend(load_source_path(f))
        return out
    suffix = path.suffix.lower()
    if suffix in LISTED_SUFFIXES[len(SOURCE_SUFFIXES):]:
        from ..forms.importer import old_format_error

        raise old_format_error(path)
    if suffix in (".yaml", ".yml", ".json"):
        data, text = read_data_file(path, "source")
        return [SourceData(name=str(path), data=data, text=text)]
    if suffix == ".docx":
        return [SourceText(name=str(path), text=read_docx_text(path, "source"))]
    if suffix == ".csv":
        return [SourceText(name=str(path), text=read_csv_text(path, "source"))]
    if suffix in (".xlsx", ".xlsm", ".pdf"):  # a 自评表 as the user holds it, read as `drafter import` reads it
        from ..forms.importer import read_form

        lines = read_form(path).lines()
        return [SourceText(name=str(path), text="\n".join(t for t, _ in lines), places=[p for _, p in lines])]
    text = read_text(path, "source")
    if suffix == ".txt":  # a 自评表 printed as plain text: its rows under their column heads, as the import reads them
        from ..forms.importer import text_form

        if (form := text_form(text, str(path))) is not None:
            lines = form.lines()
            return [SourceText(name=str(path), text="\n".join(t for t, _ in lines), places=[p for _, p in lines])]
    return [SourceText(name=str(path), text=text)]


def source_paths(paths: Sequence[str | Path]) -> list[Path]:
    if not paths:
        from ..errors import UsageError

        raise UsageError("至少需要一个 --source / at least one --source is required")
    return [Path(p) for p in paths]


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


_NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,6}")
_NO_NAME = re.compile(r"[计共项以余多]")  # 两项合计, 三个月以上: words of a count, no name


def numeral_name(name: str, m: NumberMention) -> bool:
    """Does the name of a table row (三台片, 五台片区) open on the figure m — a Chinese numeral with its measure word
    — and go on in a few Chinese characters that make it a name (片, 村, 泉)? A count then is no figure of the row:
    三台 is a place, not 3台 (issue 10: a name read as a figure is traced to anything)."""
    return bool(m.unit) and m.text[:1] in _CN_CHARS and name.startswith(m.text) \
        and _NAME_REST.fullmatch(name, len(m.text)) is not None and not _NO_NAME.search(name, len(m.text))


_NUMERAL_ROWS: "weakref.WeakKeyDictionary[SourceIndex, dict[str, _Fact]]" = weakref.WeakKeyDictionary()


def numeral_rows(index: SourceIndex) -> dict[str, _Fact]:
    """The names of the sources' rows that open on a Chinese numeral (三台片, 一四三团), each with a figure of its
    row: a text figure they open on is that name (numeral_name), read once per index."""
    got = _NUMERAL_ROWS.get(index)
    if got is None:
        got = {}
        for f in index.facts:
            if f.label:
                for name in f.label.split("|"):
                    if name[:1] in _CN_CHARS:
                        got.setdefault(name, f)
        _NUMERAL_ROWS[index] = got
    return got
