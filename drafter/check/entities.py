"""The relation table of named entities, and the anchored search on it (a late stage of run.py).

Every source row or record that has a name (a table row's name cells, a record's 名称 / 项目 / 来源 …) is an
entity whose figures are its attributes, keyed by role (年初 / 全年预算 / 执行 / 目标 from the column header or key)
or else by the header itself, plus the attributes computed from those: 结余 = 预算 − 执行, 执行率 = 执行 ÷ 预算,
调整额 = 全年预算 − 年初 and its 调整率. A table's 合计 / 总额 row is the whole its other rows are parts of.

The search keys on structure, not on wording: a figure every other stage leaves unsupported is derived only from
the attributes of the entities its sentence NAMES (a distinctive run of a row's name, four characters or the whole
of a short name, that no other row of the table shares), the wholes of their tables when the words say 占 / 全部 /
合计 …, and the figures its paragraph stated before it — sums of two or three named rows, differences, shares,
gaps and per-unit figures, through the same word-aware arithmetic as every other derivation (match.derive).

The table also holds the sources' funding lines (Entities.lines: a record stating a line's budget and spending, with
the words that tell it from its kin, and each whole's record), the rows the roles gate (roles.py) judges a figure
naming a line and a role by; line_figure computes a line's 结余 / 执行率 / 调整额 / 调整率 for both.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from typing import TYPE_CHECKING, Sequence

from ._common import EVERYTHING, HUNDRED, _ROLE_MARKS, _SUMS
from .rounding import _CTX, _fmt

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Checker, _Target

GRAM = 4              # a name is named by a run of at least this many of its characters (or all of a short one)
MAX_SHORTENED = 12    # names up to this long are also named by a head and a tail (市级财政资金 → 市级资金)
MIN_SHORT = 3         # … or by the whole of a name this short (芗城区, 海林市); two characters name nothing
MAX_ENTITIES = 3000   # sources with more named rows than this are lists, not forms: no anchored search
MAX_NAMED = 6         # a sentence naming more rows than this names none of them in particular
MAX_SUMMED = 12       # rows of a table without a 合计 row summed as its whole
MAX_PAIRS = 1200      # pairs searched for one figure
MAX_OPERANDS = 40     # operands of one search (pairs grow as their square: chance matches, check time)
_BUDGET_ROLES = ("initial", "budget", "actual", "target")
# names that say nothing of which row: a generic head alone is no name (资金, 任务, 项目 …)
_GENERIC_WORDS = frozenset("资金 项目 任务 支出 经费 合计 总计 小计 总额 其他 其中 预算 金额 指标 内容 名称 备注 说明 情况 "
                           "数量 年度 专项 工作 服务 活动 费用 收入 部门 单位".split())
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOTAL_KEY_WORDS = re.compile(r"总额|合计|总计|小计|总数|^total$", re.I)  # the whole of its table (as index._TOTAL_KEY)
# the words that take a named row's whole: its share of it, or the whole itself
_WHOLE_WORDS = re.compile(r"占|比重|全部|全年|合计|总|整体|全额|所有|各项")
_SUM_WORDS = re.compile(r"合计|共计|总计|之和|相加|共|两项|三项|和|与|及|、")


class Entity:
    __slots__ = ("names", "tab", "attrs", "whole")

    def __init__(self, names: tuple[str, ...], tab: int, whole: bool) -> None:
        self.names = names
        self.tab = tab
        self.whole = whole
        self.attrs: dict[str, "_Fact"] = {}


def _key(f: "_Fact") -> str:
    return f.role if f.role in _BUDGET_ROLES and f.family != "%" else f.head.replace(" ", "")


class Entities:
    """The relation table of one SourceIndex (built once, on first use: SourceIndex.entities)."""

    def __init__(self, facts: Sequence["_Fact"], now: int | None, ix: "SourceIndex | None" = None) -> None:
        # the funding lines (records stating a line's budget and spending, with their kin and wholes): the roles
        # gate's rows of this table (see _funding_lines)
        self.lines, self.line_wholes = _funding_lines(ix) if ix is not None else (_Lines([]), {})
        rows: dict[tuple[int, str], Entity] = {}
        for f in facts:
            if not f.label or f.tab < 0 or f.date is not None or f.kind == "year" or f.ytag not in (None, now) \
                    or f.approx is not None or f.hi_mag is not None:
                continue  # this year's figures only: 上年 columns are another year's rows
            e = rows.get((f.tab, f.label))
            if e is None:
                names = tuple(n for n in f.label.split("|") if n)
                e = rows[(f.tab, f.label)] = Entity(names, f.tab, any(_TOTAL_KEY_WORDS.search(n) for n in names))
            e.attrs.setdefault(_key(f), f)
        self.rows = list(rows.values()) if len(rows) <= MAX_ENTITIES else []
        self._counts: dict[str, list["_Fact"]] | None = None  # a name's word → counts of its rows (counts_named)
        self.wholes: dict[int, list[Entity]] = defaultdict(list)
        by_tab: dict[int, list[Entity]] = defaultdict(list)
        self.of: dict[int, tuple[Entity, str]] = {}  # a source figure (its id) → the row it is of and its key
        for e in self.rows:
            for k, f in e.attrs.items():
                self.of[id(f)] = (e, k)
            _computed(e)
            by_tab[e.tab].append(e)
            if e.whole:
                self.wholes[e.tab].append(e)
        self.parts = {tab: [e for e in ents if not e.whole] for tab, ents in by_tab.items()}  # a table's rows, no whole
        for tab, ents in by_tab.items():  # a table without its 合计 row: the sum of its rows is its whole
            if tab not in self.wholes and 1 < len(ents) <= MAX_SUMMED:
                w = Entity(("合计",), tab, True)
                for k in set(ents[0].attrs).intersection(*(e.attrs for e in ents[1:])):
                    if k[:1] != "§" and ents[0].attrs[k].family not in ("%", "pt") \
                            and (sm := _sum([e.attrs[k] for e in ents])) is not None:
                        sm.label = "合计"  # (no row of its own: the whole's)
                        w.attrs[k] = sm
                if w.attrs:
                    _computed(w)
                    self.wholes[tab].append(w)
        self.tables = {tab: [e for e in ents if not e.whole] for tab, ents in by_tab.items()}  # (counted_rows)
        # tables whose rows are the quarters of the year (第一季度 … 第四季度): the halves and three quarters are sums of
        # them (see period_sum)
        self.quarters: dict[int, dict[int, Entity]] = {}
        for tab, ents in by_tab.items():
            qs = {n: e for e in ents if len(e.names) == 1 and (n := _quarter(e.names[0]))}
            if len(qs) >= 2:
                self.quarters[tab] = qs
        # the whole of the funds: the one whole row stating a budget and its adjustment (年度资金总额 | 年初 | 全年 | 执行)
        funds = [w for ws in self.wholes.values() for w in ws[:1] if "§调整率" in w.attrs]
        self.funds = funds if len(funds) == 1 else []
        # each name's runs of GRAM characters (or a short name whole) → the rows it names, unless another row of
        # the same table shares that run (口岸 of 口岸通关… and 口岸查验…, 产出指标 of every indicator)
        self._grams: dict[str, list[Entity]] = defaultdict(list)
        for tab, ents in by_tab.items():
            owners: dict[str, set[int]] = defaultdict(set)
            for k, e in enumerate(ents):
                if e.whole:
                    continue
                for g in _grams(e.names):
                    owners[g].add(k)
            for g, ks in owners.items():
                if len(ks) == 1:
                    self._grams[g].append(ents[next(iter(ks))])

    def counts_named(self, item: str) -> list["_Fact"]:
        """The counts (not money, no rate) of the rows whose name holds `item` (品种 → 新品种区域试验品种数's 46个), through
        an index of the names' two-character words built on first use."""
        if self._counts is None:
            from ..subjects import tokens

            self._counts = defaultdict(list)
            for e in self.rows:
                kept = [f for k, f in e.attrs.items() if k[:1] != "§" and f.family not in ("元", "%", "pt", "")
                        and f.value > 0]
                for w in tokens(*e.names) if kept else ():
                    self._counts[w] += kept
        out = [f for f in self._counts.get(item[:2], ()) if any(item in n for n in self._names_of(f))]
        return out[:MAX_OPERANDS]

    def _names_of(self, f: "_Fact") -> tuple[str, ...]:
        return tuple(n for n in f.label.split("|") if n)

    def spots(self, words: str) -> list[tuple[Entity, int, int]]:
        """Each place `words` names a row: (row, start, end), in the order of the words."""
        out: list[tuple[Entity, int, int]] = []
        if not self._grams:
            return out
        n = len(words)
        for i in range(n):
            for size in range(MIN_SHORT, MAX_SHORTENED):
                if i + size > n:
                    break
                for e in self._grams.get(words[i:i + size], ()):
                    out.append((e, i, i + size))
        return out

    def named(self, words: str) -> list[Entity]:
        """The rows `words` names, in the order first named."""
        return list({id(e): e for e, _, _ in self.spots(words)}.values())


_QUARTER = re.compile(r"^(?:第)?([一二三四1-4])季度?$|^Q([1-4])$", re.I)


def _quarter(name: str) -> int:
    m = _QUARTER.match(name)
    return 0 if m is None else _CN_COUNT.get(m[1] or "", 0) or int(m[1] or m[2])


# the parts of the year a sum of quarter rows is (上半年 = 第一、二季度), the last one said before a figure deciding
_PERIODS = ((re.compile(r"上半年|前两个?季度|一二季度"), (1, 2)), (re.compile(r"下半年|后两个?季度|三四季度"), (3, 4)),
            (re.compile(r"前三(?:个)?季度|1-9月|1—9月|1至9月"), (1, 2, 3)))


def period_sum(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int
               ) -> tuple[str, "_Fact", "_Fact | None"] | None:
    """A half-year or three quarters of a ledger whose rows are the quarters (上半年支出2,026,450元 of 第一季度 and 第二
    季度; 下半年…; 上半年…，占全年的45.88%): the sum of those rows in one column — the one the sentence's words name, or
    the table's 合计 column when they name none — and, for a share, that sum over the column's 合计 row."""
    if not ents.quarters:
        return None
    said = text[s0:t.m.start]
    said_at = max(((m.end(), qs) for rx, qs in _PERIODS for m in rx.finditer(said)), default=None, key=lambda e: e[0])
    if said_at is None:
        return None
    from ..subjects import tokens

    qs = said_at[1]
    words = tokens(said) - _ROLE_MARKS
    share = t.family == "%" and "占" in t.clause
    for tab, rows in ents.quarters.items():
        if not all(n in rows for n in qs):
            continue
        heads = [k for k in rows[qs[0]].attrs if k[:1] != "§" and all(k in rows[n].attrs for n in qs)]
        named = [k for k in heads if (tokens(k.split("(")[0].split("（")[0]) - _ROLE_MARKS) & words]
        total = [k for k in heads if _TOTAL_KEY_WORDS.search(k)]
        for k in (named if len(named) == 1 else total[:1] if total else heads[:1] if len(heads) == 1 else []):
            parts = [rows[n].attrs[k] for n in qs]
            sm = _sum(parts)
            if sm is None:
                continue
            if share:
                whole = next((w.attrs.get(k) for w in ents.wholes.get(tab, [])[:1]), None)
                if whole is None or not whole.value:
                    continue
                with localcontext(_CTX):
                    d = sm.value / whole.value * HUNDRED
                if fits(checker, t, d):
                    return f"{sm.written} ÷ {whole.written} × 100% = {t.m.text}", sm, whole
            elif sm.family == t.family and fits(checker, t, sm.mag):
                return sm.written, sm, None
    return None


# 三个重点项目合计执行 / 两个重点项目执行率相差: a count and the kind of the rows it counts, then what of them
_COUNTED_ROWS = re.compile(r"([两二三四五六七八九十])[个项类家所座处种笔批名位]?([\u4e00-\u9fff]{2,8}?)"
                           r"(?=合计|共计|共|累计|总计|执行|支出|结余|预算|的)")
_GAP_WORDS = re.compile(r"相差|差距|差")
_PATH_WORDS = re.compile(r"\[\d+\]|[.\w]*$")  # 重点项目[1].执行数: the list's key, not its index or field


def counted_rows(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int
                 ) -> tuple[str, "_Fact", "_Fact | None"] | None:
    """A figure of the rows a count names by their kind, not by their names (三个重点项目合计执行110.63万元; 两个重点项目
    执行率相差0.71个百分点，结余合计6.28万元): the one table with that many rows whose caption or header words hold the
    kind — the sum of the rows' figure in the role the words name (执行 / 预算 / 结余), or, of two rows, the gap between
    their rates."""
    said = text[s0:t.m.start]
    cm = None
    for cm in _COUNTED_ROWS.finditer(said):
        pass
    if cm is None or (n := _CN_COUNT.get(cm[1], 0)) < 2:
        return None
    from ..subjects import tokens

    kind = tokens(cm[2]) - _ROLE_MARKS
    if not kind:
        return None
    def said_of(e: Entity) -> frozenset[str]:  # the words its table says of a row: caption, header, a data file's path
        f = next(iter(e.attrs.values()))
        return f.subj | tokens(_PATH_WORDS.sub(" ", f.location)) if "[" in f.location else f.subj

    tabs = [rows for rows in ents.tables.values() if len(rows) == n and all(kind <= said_of(e) for e in rows if e.attrs)]
    if len(tabs) != 1:
        return None
    rows = tabs[0]
    words = said[cm.end():] + t.clause
    role = max(((w.end(), k) for rx, k in _COMPUTED_ROLES for w in rx.finditer(words)), default=(0, ""))[1]
    if t.family == "pt" and role == "执行率" and n == 2 and _GAP_WORDS.search(t.clause):
        rates = [next((f for k, f in e.attrs.items() if _norm(k) == "执行率"), None) for e in rows]
        if None in rates:
            return None
        a, b = sorted(rates, key=lambda f: f.value, reverse=True)  # type: ignore[arg-type]
        d = a.value - b.value
        for x in (d, a.value.quantize(Decimal("0.01")) - b.value.quantize(Decimal("0.01"))):
            if fits(checker, t, x):
                return f"{a.written} − {b.written} = {_fmt(x.quantize(t.q))}个百分点", a, b
        return None
    if t.family in ("%", "pt", ""):
        return None
    key = "§结余" if role == "结余" else "budget" if "预算" in words and "执行" not in words else "actual"
    parts = [e.attrs.get(key) for e in rows]
    if None in parts or (sm := _sum(parts)) is None:  # type: ignore[arg-type]
        return None
    return (sm.written, sm, None) if sm.family == t.family and fits(checker, t, sm.mag) else None


def _grams(names: tuple[str, ...]) -> set[str]:
    """A row's names as the runs that name it: a short name whole (芗城区, 项目支出), a longer one by each run of
    GRAM characters that is not a pair of generic words (项目资金, 任务支出 name no row in particular)."""
    out: set[str] = set()
    for name in names:
        if name in _GENERIC_WORDS or len(_CJK.findall(name)) < MIN_SHORT:
            continue
        if len(name) <= GRAM:
            out.add(name)
            continue
        runs = [name[i:i + GRAM] for i in range(len(name) - GRAM + 1)]
        if len(name) <= MAX_SHORTENED:  # a head and a tail a name is shortened to, the middle left out: 市级财政资金
            runs += [name[:p] + name[k:] for p in range(2, len(name) - 2)  # → 市级资金, 市本级财政资金 → 市本级资金
                     for k in range(p + 1, len(name) - 1) if p + len(name) - k >= GRAM]
        for g in runs:
            if len(_CJK.findall(g)) == len(g) and not (g[:2] in _GENERIC_WORDS and g[2:] in _GENERIC_WORDS):
                out.add(g)
    return out


def _synthetic(like: "_Fact", value: Decimal, unit: str, family: str, written: str, head: str,
               role: str = "") -> "_Fact":
    """A computed attribute (or a sum of named rows) as a fact of the row: its subject is the row's and the
    attribute's word (结余 of 财政拨款 meets 全部结余)."""
    from .index import _Fact
    from ..numbers import SCALES, kind_of, unit_family
    from ..subjects import tokens

    base = unit.lstrip("万亿千百") if family != "%" else unit
    scale = unit[: len(unit) - len(base)]
    factor = unit_family(base)[1]
    pmag = value * SCALES.get(scale, Decimal(1)) if scale else value
    return _Fact(value, pmag * factor, family, unit, kind_of(base, value), like.src, like.location, written,
                 like.group, written, pmag=pmag, subj=(like.subj - _ROLE_MARKS) | tokens(head) if not role else like.subj,
                 role=role, label=like.label, head=head, tab=like.tab)


def line_figure(kind: str, actual: "_Fact | None", budget: "_Fact | None", initial: "_Fact | None", on: str = "mag"
                ) -> "tuple[Decimal, str, tuple[_Fact, ...]] | None":
    """A line's computed attribute from its spending and budgets — 结余 (budget − spending), 执行率 (spending ÷ budget
    × 100), 调整额 (budget − initial) and 调整率 ((budget − initial) ÷ initial × 100) — as (value, formula, operands):
    the one place both the relation table's rows (_computed, on their values as written, in one unit) and the roles
    gate (on their magnitudes, roles.Roles.line_value) compute them. `budget` is the base the caller chose (the
    adjusted budget, or 年初 when the words say it). None when an operand is missing or a divisor is zero."""
    if kind in ("结余", "执行率"):
        if budget is None or actual is None:
            return None
        b, a = getattr(budget, on), getattr(actual, on)
        if kind == "结余":
            return b - a, f"{budget.written} − {actual.written}", (budget, actual)
        return (a / b * HUNDRED, f"{actual.written} ÷ {budget.written}", (actual, budget)) if b else None
    if budget is None or initial is None:
        return None
    b, i = getattr(budget, on), getattr(initial, on)
    if kind == "调整额":
        return b - i, f"{budget.written} − {initial.written}", (budget, initial)
    return ((b - i) / i * HUNDRED, f"({budget.written} − {initial.written}) ÷ {initial.written}", (budget, initial)) \
        if i else None


def _computed(e: Entity) -> None:
    """结余, 执行率, 调整额 and 调整率 of a row from its budget figures (each only where the row states its operands
    in one unit and does not state the result itself)."""
    a = e.attrs
    budget, actual, initial = a.get("budget") or a.get("initial"), a.get("actual"), a.get("initial")
    with localcontext(_CTX):
        try:
            if budget is not None and actual is not None and budget.unit == actual.unit and budget.family:
                v, said, _ = line_figure("结余", actual, budget, initial, "value")  # type: ignore[misc]
                a.setdefault("§结余", _synthetic(budget, v, budget.unit, budget.family, f"{_fmt(v)}{budget.unit}（{said}）",
                                                "结余"))
                if budget.value and not any(f.family == "%" for f in a.values()):
                    r, said, _ = line_figure("执行率", actual, budget, initial, "value")  # type: ignore[misc]
                    a["§执行率"] = _synthetic(actual, r, "%", "%", f"{_fmt(r.quantize(Decimal('0.0001')))}%（{said}）",
                                            "执行率")
            b2 = a.get("budget")
            if b2 is not None and initial is not None and b2 is not initial and b2.unit == initial.unit \
                    and b2.family and initial.value:
                v, said, _ = line_figure("调整额", actual, b2, initial, "value")  # type: ignore[misc]
                a["§调整额"] = _synthetic(b2, v, b2.unit, b2.family, f"{_fmt(v)}{b2.unit}（{said}）", "调整")
                r, said, _ = line_figure("调整率", actual, b2, initial, "value")  # type: ignore[misc]
                a["§调整率"] = _synthetic(b2, r, "%", "%", f"{_fmt(r.quantize(Decimal('0.0001')))}%（{said}）", "调整率")
        except (InvalidOperation, ArithmeticError):
            pass


def _sum(parts: Sequence["_Fact"]) -> "_Fact | None":
    if len({p.unit for p in parts}) != 1:
        return None
    v = sum((p.value for p in parts), Decimal(0))
    f = _synthetic(parts[0], v, parts[0].unit, parts[0].family,
                   f"{_fmt(v)}{parts[0].unit}（{' + '.join(p.written for p in parts)}）", parts[0].head, parts[0].role)
    f.subj = frozenset().union(*(p.subj for p in parts))  # what each row it sums counts
    return f


# the role word a computed attribute answers to, the last one in the clause deciding (执行率 after 结余 …)
_COMPUTED_ROLES = ((re.compile(r"结余|节余|结存|未执行|未使用|未支出"), "结余"),
                   (re.compile(r"执行率|支出率|完成率|执行进度|预算执行"), "执行率"),
                   (re.compile(r"调[增减]|调整|核[增减]|追加|压减"), "调整 调整率"))
_OTHER_YEAR = re.compile(r"上年|去年|上一年|同期|(?:19|20)\d\d年")


def _norm(key: str) -> str:
    """An attribute's kind across tables: 执行率 / 全年执行率 / the computed §执行率 are one kind; §结余 is 结余."""
    key = key.lstrip("§")
    return "执行率" if key.endswith("执行率") else key


# the words of a relation after a row's name: what makes a figure a sum, difference, share, gap or average of rows
_RELATION = re.compile(r"比|较|占|多|少|高|低|相差|差|合计|共|之和|均|每|超|增|减|倍|百分点|比重|和|与|及|、")
_AVERAGE = re.compile(r"每|均")
_COUNT_WORD = re.compile(r"([两二三四五六七八九十])[个项条类家所座处种笔批名位]")
_CN_COUNT = {c: k for k, c in enumerate("零一二三四五六七八九十") if k} | {"两": 2}
_SHARE = re.compile(r"占|比重")
# the words of a role alone: a clause of only these says nothing of which row (执行率, 比年初调增, 结余): its row is
# the one its sentence named last (全年 is no such word: 全年预算调减 is the whole's)
_ROLE_ONLY = re.compile(r"(?:年初|预算数?|调整后?|调[增减]至?|执行率?|实际|支出|结余|完成|比|较|为|由|至|后|共|的|了|已|"
                        r"增加|减少|核[增减]|追加|幅度|幅|数|额|率|[，,、\s])*")


def anchored_pairs(ents: Entities, t: "_Target", text: str, s0: int,
                   told: Sequence[tuple["_Target", "_Fact", Sequence["_Fact"]]],
                   parts_of: dict[int, list[Sequence["_Fact"]]]
                   ) -> tuple[list[tuple["_Fact", "_Fact"]], list["_Fact"]]:
    """The operand pairs of the anchored search for the mention of `t` (its sentence starts at `s0`): attributes of
    the rows its sentence names (only those its own clause names, and the rows that clause compares with, when it
    names any), the wholes of their tables when the words say 占 / 全部 / 合计 …, sums of two or three named rows, and
    the sums its sentence stated before it (`told`, each with its items in `parts_of`). Both operands of a pair are
    of one kind of attribute (执行 of two rows, 结余 of a row and of the whole) — or, for an average (每 / 均), an
    amount over a count."""
    m = t.m
    before = text[s0:m.start]
    named = ents.named(before)
    if not named or len(named) > MAX_NAMED or not _RELATION.search(t.clause):
        return [], []  # (a clause with no relation word states a level: the row's own figure, see singles)
    # the mention's own words name these: its operands are theirs (a guard) — unless they sum a list the sentence
    # enumerated (A、B和C三项任务合计: the clause holds only the list's last item)
    own = ents.named(t.clause) if not _SUMS.search(t.clause) else []
    if own:
        if len(own) == 1 and not _RELATION.search(t.clause[_last_named(ents, t.clause, own[0]):]) \
                and not _compared(ents, t.clause, own[0]):  # (低于一般公共预算3.09个百分点: the row compared with)
            return [], []  # 检验收费收入结余: that row's own 结余, no difference of two others' (singles)
        kept = [e for e in named if e in own] + [e for e in named if e not in own and _compared(ents, before, e)]
        if all(_compared(ents, t.clause, e) for e in own):  # 比老果园改造示范低: the clause names only what is compared
            kept += [e for e in named if e not in kept and not _compared(ents, before, e)]  # with; the sentence's subject
        named = kept
    key: dict[int, str] = {}
    operands: list["_Fact"] = []

    def add(e: Entity) -> None:
        for k, f in e.attrs.items():
            operands.append(f)
            key[id(f)] = _norm(k)

    for e in named:
        add(e)
    if _WHOLE_WORDS.search(before):
        for tab in dict.fromkeys(e.tab for e in named):
            for w in ents.wholes.get(tab, [])[:1]:
                add(w)
    within: dict[int, set[int]] = {}  # a sum → its parts: no pair of a sum and one of its own parts
    by_tab: dict[int, list[Entity]] = defaultdict(list)
    for e in named:
        by_tab[e.tab].append(e)
    counted = [_CN_COUNT.get(c[1]) for c in _COUNT_WORD.finditer(before)][-1:]  # 两条县道合计: the count the words
    for rows in by_tab.values() if _SUM_WORDS.search(before) else ():  # give. 通关便利化服务和应急处置任务合计: the
        if len(rows) < 2 or counted and counted[0] != len(rows):  # rows of one table it names, all of them (up to
            continue  # three) and the first two — as many as its count word says, when it says one
        keys = {k for k in set(rows[0].attrs).intersection(*(e.attrs for e in rows[1:3])) if k[:1] != "§"}
        for k in sorted(keys):
            for some in ((rows[:3], rows[:2]) if len(rows) > 2 and not counted else (rows[:3],)):
                items = [e.attrs[k] for e in some]
                if (sm := _sum(items)) is not None and sm.family != "%":
                    operands.append(sm)
                    key[id(sm)] = _norm(k)
                    within[id(sm)] = {id(f) for f in items}
    for tt, f, _ in told:  # the sums its sentence stated before it, of the kind of their items
        if tt.m.start < m.start and tt.sent == t.sent:
            kinds = {_norm(_key(g)) for item in parts_of.get(id(f), ()) for g in item if g.label}
            if len(kinds) == 1:
                operands.append(f)
                key[id(f)] = kinds.pop()
                within[id(f)] = {id(g) for item in parts_of.get(id(f), ()) for g in item}
    operands = [f for f in dict.fromkeys(operands) if f.value > 0][:MAX_OPERANDS]
    average = _AVERAGE.search(t.clause) is not None
    empty: set[int] = set()
    pairs = [(a, b) for a in operands for b in operands
             if a is not b and (key[id(a)] == key[id(b)] or average and a.family != b.family)
             and id(a) not in within.get(id(b), empty) and id(b) not in within.get(id(a), empty)
             and not within.get(id(a), empty) & within.get(id(b), empty)]
    if t.family == "%" and _SHARE.search(t.clause):
        # 占 / 比重: the whole is the whole of the part's own table (its 合计 row, or a row of another table stating
        # the same figure: 项目支出 for the tasks' 合计), or a sum the sentence stated
        whole: dict[tuple[int, str], Decimal] = {}
        for e in named:
            for w in ents.wholes.get(e.tab, [])[:1]:
                for k, f in w.attrs.items():
                    whole[(e.tab, _norm(k))] = f.mag
        pairs = [(a, b) for a, b in pairs if id(b) in within or whole.get((a.tab, key[id(b)])) == b.mag]
    return pairs, [f for f in operands if id(f) in within]


def _last_named(ents: Entities, clause: str, e: Entity) -> int:
    """Where in `clause` the name of `e` last ends (0 when not found)."""
    return max((b for x, _, b in ents.spots(clause) if x is e), default=0)


def singles(ents: Entities, t: "_Target", text: str, s0: int) -> list["_Fact"]:
    """The computed attributes of the one row the mention's own words name (结余 of 财政拨款), or — when its clause
    says only a role (比年初调增, 结余) — of the row its sentence named last: a figure equal to one of them."""
    own = ents.named(t.clause)
    if not own and _ROLE_ONLY.fullmatch(t.clause):
        before = ents.named(text[s0:t.m.start])
        # (项目年初预算…，全年预算…，调减…，调整率-3.42%: a sentence naming no row is of the funds' whole)
        own = [max(before, key=lambda e: _last_named(ents, text[s0:t.m.start], e))] if before else ents.funds[:1]
    if len(own) != 1 or _OTHER_YEAR.search(t.clause):
        return []  # (比上年增长 is no 调整率 of the year)
    role = max(((w.end(), k) for rx, k in _COMPUTED_ROLES for w in rx.finditer(t.clause)), default=(0, ""))[1]
    if not role:
        return []
    return [f for k, f in own[0].attrs.items() if k.startswith("§") and _norm(k) in role.split()]


_COMPARING = re.compile(r"(?:比|较|于|占|与|和|及|、)[\u4e00-\u9fff]{0,4}$")


def _compared(ents: Entities, before: str, e: Entity) -> bool:
    """Whether `before` names `e` as what a figure is compared with or a share is of (比X / 占X / 较X)."""
    return any(x is e and a > 0 and _COMPARING.search(before, max(0, a - 6), a) for x, a, _ in ents.spots(before))


def computed_shares(checker: "_Checker", t: "_Target", pairs: Sequence[tuple["_Fact", "_Fact"]],
                    summed: set[int], own: set[int]) -> list[tuple[str, "_Fact", "_Fact"]]:
    """A named part's share of the whole of its own table, of one kind of attribute (财政拨款结余占全部结余的85.21%: 结余
    of 结余; 两岸交流活动组织与台企服务与政策兑现合计…，占48.34%: a sum of rows of 执行 in the whole's 执行). derive reads
    结余占 as a balance over its own budget, (预算 − 执行) ÷ 预算; these are the rows' balances themselves."""
    if t.family != "%" or "占" not in t.clause[-12:]:
        return []
    from .rounding import _show

    q = checker._derive_words(t)[2]
    out = []
    # 占全部结余的 / 占总支出的: of the unit's whole, never of a table's total that is one line of it (项目支出明细's 合计)
    tail = t.clause.rsplit("占", 1)[1]
    everything = EVERYTHING.search(tail) is not None
    kind = _kind_named(tail)  # 占…结余 / 占…预算 / 占…支出: what the whole is
    # 占自治区水产专项结余: the rows whose it is — those that have such a figure (a row stating only its budget
    # cannot tell which balance is its own)
    lines = [e for e in checker.ix.entities().named(tail) if any(_kind_of(g) == kind for g in e.attrs.values())] \
        if kind else []
    with localcontext(_CTX):
        for a, b in pairs:
            if everything and (_line_total(checker, b) or _below_root(checker, b)):
                continue
            if kind and (_kind_of(b) != kind or lines and not _of_rows(b, lines)):
                continue  # the whole its words name is not the one the share was computed on
            if a.family in ("%", "pt") or a.label == b.label or not (a.head in ("结余", "调整") or id(a) in summed
                                                                    or id(a) in own and a.family == b.family):
                continue  # (anchored_pairs gives only a part and the whole of its own table, of one kind; a named
                # row's own share of it is derive's, found before)
            if a.family == b.family:
                x_, y_ = a.mag, b.mag
            elif "" in (a.family, b.family):  # a table without its unit (361.58 of 合计): as both are written
                x_, y_ = a.value, b.value
            else:
                continue
            if not 0 < x_ < y_:
                continue
            d = x_ / y_ * HUNDRED
            if fits(checker, t, d):
                out.append((f"{a.written} ÷ {b.written} × 100% = {_show(d, q, Decimal(1))}%", a, b))
    return out


_BUDGET_NAMED = re.compile(r"预算|年初|安排")
_SPENT_NAMED = re.compile(r"支出|执行|使用|用款|开支")


def _kind_named(words: str) -> str | None:
    """What kind of whole the words after 占 name: 结余 (a balance), 预算, 支出 — None when none."""
    from ._common import _BALANCE

    if _BALANCE.search(words):
        return "结余"
    if _BUDGET_NAMED.search(words):
        return "预算"
    return "支出" if _SPENT_NAMED.search(words) else None


def _kind_of(f: "_Fact") -> str | None:
    """The kind of a row's attribute: its computed 结余, a budget, a spending (None: another)."""
    if f.head == "结余":
        return "结余"
    return "预算" if f.role in ("budget", "initial") else "支出" if f.role == "actual" else None


def _of_rows(f: "_Fact", rows: Sequence[Entity]) -> bool:
    """Is f (or its value, of the same kind) an attribute of one of the rows: 项目支出结余 names the 项目支出 line,
    whose 结余 the items' 合计 states again."""
    kind = _kind_of(f)
    return any(g is f or g.mag == f.mag and _kind_of(g) == kind for e in rows for g in e.attrs.values())


def _below_root(checker: "_Checker", f: "_Fact") -> bool:
    """Is f an attribute of a row whose budget and spending are both below the largest budget the sources pair with
    its spending (the unit's 年度资金总额)? Then the row is no whole of everything (占全团结余 is not the 项目支出
    table's 合计 where the 自评表 states the troupe's larger total), even where no table ties it as a part."""
    ix = checker.ix
    top = _ROOTS.get(ix)
    if top is None:
        top = _ROOTS[ix] = max((abs(b.mag) for a, b, why in ix.pairs if why == "role" and a.role == "actual"
                                and b.role == "budget" and a.family == b.family == "元"
                                and a.ytag in (None, ix.year_now)), default=Decimal(0))
    for e in ix.entities().rows:
        if any(g is f for g in e.attrs.values()):
            own = [e.attrs[k] for k in ("actual", "budget") if k in e.attrs and e.attrs[k].family == "元"]
            return bool(own) and all(abs(g.mag) < top for g in own)
    return False


# per source index: the largest budget paired with a spending (see _below_root)
_ROOTS: "weakref.WeakKeyDictionary[SourceIndex, Decimal]" = weakref.WeakKeyDictionary()


def _line_total(checker: "_Checker", f: "_Fact") -> bool:
    """Is f an attribute of a row whose budget or spending is a line of a larger whole (a project table's 合计, the
    项目支出 line of the unit's funds)?"""
    ix = checker.ix
    for e in ix.entities().rows:
        if any(g is f for g in e.attrs.values()):
            return any(ix.is_line(e.attrs[k]) for k in ("actual", "budget") if k in e.attrs)
    return False


_HIGHER = re.compile(r"高|多|快|超出")
_THAN = re.compile(r"(?:高|低|多|少|快|慢)于|超出|落后于?")  # the gap's side and the compared row after it
_LOWER = re.compile(r"低|少|慢|落后")


def rate_gaps(t: "_Target", text: str, s0: int, ents: Entities, pairs: Sequence[tuple["_Fact", "_Fact"]]
              ) -> list[tuple[str, "_Fact", "_Fact"]]:
    """A gap in points between one kind of rate of two named rows (基本支出执行率比项目支出高5.15个百分点; 新品种引进试验
    执行率…，比老果园改造示范低4.71个百分点): the row named before 比 / 较 minus the row after it, on the side 高 / 低 says,
    at the rates' full precision or as a report shows them (to 0.01 %)."""
    if t.family != "pt" or t.m.approx:
        return []  # (约5个百分点: derive's, on the side its word says)
    from .rounding import _close

    said = text[s0:t.m.start]
    cmp = max(said.rfind("比"), said.rfind("较"))
    if cmp >= 0:
        up = _HIGHER.search(t.clause[-4:]) is not None
        down = _LOWER.search(t.clause[-4:]) is not None
    else:  # 低于一般公共预算3.09个百分点: the row after 低于 / 高于 is the one compared with, the word says the side
        cmp = max((w.start() for w in _THAN.finditer(said, max(0, len(said) - len(t.clause) - 2))), default=-1)
        if cmp < 0:
            return []
        up = said.startswith(("高", "多", "快", "超"), cmp)
        down = not up
    after = {id(e) for e in ents.named(said[cmp:])}
    if up == down:
        return []
    if t.x < 0:  # 低-5.40个百分点: a gap below zero after its side word is on the other side
        up = not up
    out = []
    hundredth = Decimal("0.01")
    for a, b in pairs:
        if a.family != "%" or b.family != "%" or a.label == b.label or not _norm(a.head).endswith("率") \
                or _norm(a.head) != _norm(b.head):
            continue
        ea = next((e for e in ents.named(said[:cmp]) if e.tab == a.tab and e.attrs.get(_key_of(e, a)) is a), None)
        eb = next((e for e in ents.named(said[cmp:]) if e.tab == b.tab and e.attrs.get(_key_of(e, b)) is b), None)
        if ea is None or eb is None or id(ea) in after:
            continue
        for x, y in ((a.value, b.value), (a.value.quantize(hundredth), b.value.quantize(hundredth))):
            d = x - y
            if (d > 0) == up and d and _close(abs(d), t.x, t.q) is not None:
                out.append((f"{a.written} − {b.written} = {_fmt(abs(d).quantize(t.q))}个百分点", a, b))
                break
    return out


def _key_of(e: Entity, f: "_Fact") -> str:
    return next((k for k, g in e.attrs.items() if g is f), "")


def fits(checker: "_Checker", t: "_Target", d: Decimal) -> bool:
    """Whether a derived value `d` (in the mention's family base) is the mention: rounded to its precision, or on the
    side its 约 / 超过 / 不足 / 接近 says, as match.derive judges (超过98% is no 97.58 %)."""
    from .rounding import _approx_ok, _close, degree_reach

    if t.m.approx:  # (刚超过两成: the degree word narrows the reach here as everywhere)
        read = checker._derive_words(t)
        return _approx_ok(d, read[1], t.m.approx, read[5], read[23], degree_reach(t.m.text))
    return _close(d, t.x, t.q) is not None


# 每群 / 每个监测点 / 场均 / 人均: what an average is per — the X a count column of the row must name
_PER_WORD = re.compile(r"每(?:[个名位家次])?([\u4e00-\u9fff]{1,3}?)(?=[\u4e00-\u9fff]{0,6}(?:经费|费用|资金|支出|投入|金额|成本|"
                       r"补助|补贴|观众|人次|人数|受众|服务))|([\u4e00-\u9fff])(?<!平)均")  # (平均 is no X均)
_EACH = re.compile(r"每(?:[个名位家次批])?([\u4e00-\u9fff]{2,6})[^每]*$")  # the last 每 of the words, what follows it
_WHOLE_PLACE = re.compile(r"^(?:全[市县区省镇乡州盟旗]|全部|合计|总体|整体)")


def per_unit(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int,
             told: Sequence[tuple["_Target", "_Fact", Sequence["_Fact"]]] = ()
             ) -> tuple[str, "_Fact", "_Fact"] | None:
    """An average of one named row (各县区场均活动经费，芗城区21840元; 每群监测经费，全市44.04元): one of its figures over
    its count of the X that 每X / X均 names (a column 中蜂群(群), 交流活动(场)), the figure's column sharing a word with
    the sentence (活动经费 ↔ 场均活动经费). 全市 / 全县 / 合计 is the row of the table's whole."""
    said = text[s0:t.m.start]
    per = None
    for per in _PER_WORD.finditer(said):
        pass
    if t.family in ("%", "pt", ""):
        return None
    from ..subjects import tokens

    words = tokens(said) - _ROLE_MARKS
    if per is None and t.family == "元":  # 每个品种10043.48元: an average of no money word the row's columns name —
        from .match import _average  # of a count elsewhere (a row named for the item)

        item = (_average(t.clause) or ("",))[0]
        if item and (got := _money_per_count(checker, ents, t, said, item, words, told)) is not None:
            return got
    # what it is per: the word 每X / X均 names before the money it spends — or, for any other figure (每个实践所站开展
    # 活动12.60场), the longest head of the words after 每 that a count column of the row holds (实践所站 of 文明实践
    # 所站（个）)
    xs = [per[1] or per[2]] if per is not None else []
    if (each := _EACH.search(said)) is not None:
        xs += [each[1][:k] for k in range(len(each[1]), 1, -1)]
    if not xs:
        return None
    x = xs[0]
    own = ents.named(t.clause)
    if not own and _WHOLE_PLACE.match(t.clause):
        own = [w for ws in ents.wholes.values() for w in ws[:1]]  # (全部学员人均培训经费: over the whole's count)
    elif not own and len(heads := [e for e in ents.named(said) if not _compared(ents, said, e)]) == 1:
        own = heads  # 北城片区签约小区16个，平均每个小区报修工单…为: the one row its sentence names
    elif len(own) != 1:
        return _money_per_count(checker, ents, t, said, x, words, told)
    found = []
    for e in own:
        counts: list["_Fact"] = []
        for x_ in xs:
            counts = [f for k, f in e.attrs.items() if k[:1] != "§" and x_ in f.head
                      and f.family not in ("元", "%", "pt") and f.value > 0]
            if counts:
                break
        if len(counts) > 1:  # 药品抽检（批次） and 不合格（批次）: the column the sentence names (每批次药品抽检经费)
            counts = [f for f in counts if (tokens(f.head.split("(")[0].split("（")[0]) - _ROLE_MARKS) & words]
        if len(counts) != 1:
            continue
        b = counts[0]
        for k, a in e.attrs.items():
            if a is b or k[:1] == "§" or a.family != t.family and not (a.family == "" and t.family == "元"):
                continue
            if not (tokens(a.head.split("(")[0].split("（")[0]) - _ROLE_MARKS) & words:
                continue  # (a column the sentence does not name: no 接待台胞 per 场 for 活动经费)
            d = (a.mag if a.family else a.value) / b.value
            if fits(checker, t, d) and checker.per_unit_fits(t, a, b):
                found.append((f"{a.written} ÷ {b.written} = {_fmt((d / t.ff).quantize(t.m.quantum))}{t.m.unit}", a, b))
    if not found:
        return _money_per_count(checker, ents, t, said, x, words, told)
    return found[0] if len(found) == 1 else None


_WAN = Decimal(10000)
MIN_PER_DIGITS = 5  # an average of money over a count from another row or the sentence: at a precision (742.72元)
# no chance quotient of the few operands reaches


def _money_per_count(checker: "_Checker", ents: Entities, t: "_Target", said: str, x: str, words: frozenset[str],
                     told: Sequence[tuple["_Target", "_Fact", Sequence["_Fact"]]]
                     ) -> tuple[str, "_Fact", "_Fact"] | None:
    """Money over a count of what 每X / X均 names, when the figure's own clause names no row (人均资助453.51元, 全部学员
    人均培训经费742.72元, 每个村级服务站平均项目支出996.56元): the spending of the rows its sentence names (not those it
    compares with) — or, naming none that spends, the funds' whole spending — over a count of X: one its sentence
    stated before it (资助困难学生912人), or a count column of a named row or of a table's whole row whose header the
    sentence names (学员（人）, 村级服务站（个）). At a precision no chance quotient reaches."""
    from ..subjects import tokens
    from .rounding import _sig_digits

    if t.family != "元" or t.m.approx or _sig_digits(t.m.value) < MIN_PER_DIGITS:
        return None
    named = [e for e in ents.named(said) if not _compared(ents, said, e)]
    # (a spending row of a form that states its unit in another table's header only — 支出明细 under 项目资金（万元）:
    # in 万元 or in 元, as derive reads a form without units)
    moneys = [f for e in named for k, f in e.attrs.items() if k[:1] != "§" and f.value > 0 and f.role != "target"
              and (f.family == "元" or f.family == "" and f.role in ("actual", "budget"))]
    if not moneys and ents.funds and (spent := ents.funds[0].attrs.get("actual")) is not None:
        moneys = [spent]
    if not moneys:
        return None
    from .match import _average

    item = (_average(t.clause) or ("",))[0]  # (平均每家企业: per 家, its own clause's word before an earlier 场均)
    units = {x, item} - {""}
    counts: list["_Fact"] = []
    for tt, f, _ in told:  # the counts of X its sentence stated before it, this year's results
        if tt.sent == t.sent and tt.m.end <= t.m.start and tt.m.base_unit in units and f.role != "target" \
                and f.family not in ("元", "%", "pt", "") and f.value > 0:
            counts.append(f)
    if item and any(f.unit.endswith(item) for f in counts):  # 平均每家企业 after 组展企业136家: over that count
        counts = [f for f in counts if f.unit.endswith(item)]
    rows = named + [w for ws in ents.wholes.values() for w in ws[:1]] if not counts else []
    for e in rows:
        for k, f in e.attrs.items():
            if k[:1] != "§" and x in f.head and f.family not in ("元", "%", "pt", "") and f.value > 0 \
                    and (tokens(f.head.split("(")[0].split("（")[0]) - _ROLE_MARKS) & words:
                counts.append(f)
    if len(item) >= 2:  # 每个品种: this year's count of a row whose name says 品种 (新品种区域试验品种数 46个)
        counts += [f for f in ents.counts_named(item) if f.ytag is None and f.role != "target"]
    # of the counts, those whose row and column share most words with the sentence (参试品种 of 新品种区域试验品种数 46个,
    # not of 示范品种 37个)
    score = {id(f): len(tokens(f.head.split("(")[0].split("（")[0], *ents._names_of(f)) & words) for f in counts}
    best = max(score.values(), default=0)
    counts = [f for f in dict.fromkeys(counts) if score[id(f)] == best]
    found = []
    with localcontext(_CTX):
        for a in moneys[:8]:
            for b in counts[-6:]:
                if not checker.per_unit_fits(t, a, b):
                    continue  # (场均支出 of a budget, the year's money over a half's count)
                for d in ((a.mag / b.value,) if a.family else (a.value * _WAN / b.value, a.value / b.value)):
                    if fits(checker, t, d):
                        break
                else:
                    continue
                found.append((f"{a.written} ÷ {b.written} = {_fmt(d.quantize(t.q))}{t.m.unit}", a, b))
    return found[0] if found else None


# 在六个县（市、区）中最少 / 居各站之首: the extreme a figure of a row is said to be among its table's rows
_EXTREME = re.compile(r"^[^，,。；;！？]{0,14}?(?:最(?P<low>少|低|小|短|差)|最(?P<high>多|高|大|长|好)|之首|第一(?!批|轮|期|次))")


def extreme_fails(ents: Entities, after: str, f: "_Fact") -> bool:
    """Whether the words right after a set's count (在六个县中最少) call the row source figure `f` is of the least
    (最少 / 最低) or the most (最多 / 最高 / 之首) of its table's rows in its column, and it is not: another row of
    that table states a smaller (a larger) figure under the same key."""
    w = _EXTREME.match(after)
    got = ents.of.get(id(f)) if w is not None else None
    if got is None:
        return False
    e, k = got
    rows = ents.parts.get(e.tab, ())
    if e.whole or len(rows) < 2:
        return False
    values = [r.attrs[k].mag for r in rows if k in r.attrs and r.attrs[k].family == f.family]
    return any(v < f.mag for v in values) if w["low"] else any(v > f.mag for v in values)


def _head_words(f: "_Fact") -> frozenset[str]:
    from ..subjects import tokens

    return tokens(f.head.split("(")[0].split("（")[0]) - _ROLE_MARKS


def row_ratio(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int
              ) -> tuple[str, "_Fact", "_Fact"] | None:
    """A share of one named row's figure in another figure of the same row (青年课题结项24项，占本类立项的70.59%: its
    结项 over its own 立项): of a row the sentence names, the whole the column the words after 占 name, the part a
    column the words before 占 name and the words after it do not. One such pair over all the rows named, or None."""
    if t.family != "%" or (k := t.clause.rfind("占")) < 0:
        return None
    from ..subjects import tokens

    said = text[s0:t.m.start]
    named = ents.named(said)
    after = tokens(t.clause[k + 1:]) - _ROLE_MARKS
    before = tokens(said[:len(said) - len(t.clause) + k]) - _ROLE_MARKS
    if not named or len(named) > MAX_NAMED or not after or not before:
        return None
    found = []
    for e in named:  # (each row the sentence names: one pair of its columns must fit, of one row only)
        # (a column is the whole when the words after 占 name more of it than those before, the part the other way)
        heads = {id(f): _head_words(f) for key, f in e.attrs.items() if key[:1] != "§" and f.family not in ("%", "pt")}
        wholes = [f for f in e.attrs.values() if id(f) in heads and f.value > 0
                  and len(heads[id(f)] & after) > len(heads[id(f)] & before)]
        parts = [f for f in e.attrs.values() if id(f) in heads
                 and len(heads[id(f)] & before) > len(heads[id(f)] & after)]
        for b in wholes:
            for a in parts:
                if a is b or a.family != b.family:
                    continue
                with localcontext(_CTX):
                    d = a.value / b.value * HUNDRED
                if fits(checker, t, d):
                    found.append((f"{a.written} ÷ {b.written} × 100% = {_fmt(d.quantize(t.m.quantum))}%", a, b))
    return found[0] if len(found) == 1 else None


# 平均每个县（市） / 每个区县平均 / 各县平均: an average over each of a table's rows, what follows 每个 / 各 naming them
_PER_ROW = re.compile(r"(?:平均每个?|每个?|各)([\u4e00-\u9fff])((?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)"
                      r"([\u4e00-\u9fff]{0,6}?)(?:平均|均)?$")


def mean_per_row(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int
                 ) -> tuple[str, "_Fact", "_Fact"] | None:
    """'平均每个县（市）2210群': the whole of a table over the number of its rows, when the words before the figure say
    an average (平均 / 均) per each of what its rows are (县 or its gloss 市 the last character of most of its row
    names: 海林市, 林口县 …) and name no row. The one table and column whose whole so divided gives the figure, or None."""
    said = text[s0:t.m.start]
    clause = said[max(said.rfind(c) for c in "，,；;：:") + 1:]  # (its own words: 平均每个县（市） is no set of t.clause)
    if t.family in ("%", "pt", "") or "均" not in clause or (pm := _PER_ROW.search(clause)) is None \
            or ents.named(clause):
        return None
    x = set(pm[1] + pm[2]) - set("（）()、")  # 县（市）: rows of 县 and of 市
    two = pm[1] + pm[3][:1] if not pm[2] and pm[3] else ""  # 每个片区: rows of 片区 (北海片区, 清水片区)
    found = []
    for tab, rows in ents.parts.items():
        wholes = ents.wholes.get(tab)
        if len(rows) < 2 or not wholes or 2 * sum(n[-1:] in x or bool(two) and n.endswith(two)
                                                  for e in rows for n in e.names[:1]) < len(rows):
            continue
        for k, w in wholes[0].attrs.items():
            if k[:1] == "§" or w.family != t.family or w.value <= 0:
                continue
            n = Decimal(len(rows))
            with localcontext(_CTX):
                d = w.mag / n
            if fits(checker, t, d):
                count = _synthetic(w, n, "个", "个", f"{len(rows)}个（{'、'.join(e.names[0] for e in rows)}）", "行数")
                found.append((f"{w.written} ÷ {count.written} = {_fmt((d / t.ff).quantize(t.m.quantum))}{t.m.unit}",
                              w, count))
    return found[0] if len(found) == 1 else None


_REST_WORD = re.compile(r"其余|其他|剩余|余下|另外")


def rest_of_rows(checker: "_Checker", ents: Entities, t: "_Target", text: str, s0: int
                 ) -> tuple[str, "_Fact", "_Fact"] | None:
    """'其中东湖区126场、西岭区98场，其余四个县（市）合计376场': after the rows a sentence names, 其余 / 其他 … are the
    other rows of their table — as many as it has rows less those named (四个), and its whole less theirs in a
    column of the figure's unit (600 − 126 − 98). No other figure between 其余 and the figure."""
    said = text[s0:t.m.start]
    r = None
    for r in _REST_WORD.finditer(said):
        pass
    if r is None or _HAS_FIGURE.search(said, r.end()) or t.family in ("%", "pt", ""):
        return None
    by_tab: dict[int, list[Entity]] = defaultdict(list)
    for e in ents.named(said[:r.start()]):
        if not e.whole:
            by_tab[e.tab].append(e)
    found = []
    for tab, named in by_tab.items():
        rows, wholes = ents.parts.get(tab, ()), ents.wholes.get(tab)
        if not wholes or len(named) >= len(rows):
            continue
        rest = len(rows) - len(named)
        if t.m.kind == "count" and t.m.value == rest and not t.m.unit.lstrip("个") and t.m.value < len(rows):
            n = _synthetic(wholes[0].attrs[next(iter(wholes[0].attrs))], Decimal(len(rows)), "个", "个",
                           f"{len(rows)}个", "行数") if wholes[0].attrs else None
            if n is not None:
                found.append((f"{len(rows)}个 − {len(named)}个（{'、'.join(e.names[0] for e in named)}） = {rest}个", n, n))
            continue
        for k, w in wholes[0].attrs.items():
            if k[:1] == "§" or w.family != t.family or not all(k in e.attrs for e in named):
                continue
            with localcontext(_CTX):
                v = w.mag - sum((e.attrs[k].mag for e in named), Decimal(0))
            if v > 0 and fits(checker, t, v):
                found.append((f"{w.written} − {' − '.join(e.attrs[k].written for e in named)} = {t.m.text}",
                              w, named[0].attrs[k]))
    return found[0] if len(found) == 1 else None


_HAS_FIGURE = re.compile(r"\d")


# -- funding lines: the roles gate's rows of the table --------------------------------------------------------------

_RECORD_CAP = 12  # a record of more figures is a form or a file, no one line

@dataclass(frozen=True, slots=True)
class _Line:
    own: frozenset[str]          # the words that tell this line from the other lines of its whole
    sole: frozenset[str]         # those of them no other line of its whole has at all (省级 of 省级对台交流专项资金)
    actual: "_Fact"
    budget: "_Fact | None"         # the adjusted / full-year budget
    initial: "_Fact | None"      # the 年初 budget
    whole: int = -1              # the group of the whole it is a part of (-1: it is the whole)


_Record = tuple[frozenset[str], "_Fact", "_Fact | None", "_Fact | None"]  # (its words, spending, budget, initial)


def _record(ix: "SourceIndex", gid: int) -> _Record | None:
    """A record's spending and budgets in money, and the words all of them share (its name, its table's title):
    None unless it states the spending and a budget."""
    group = ix.record(gid)
    if not 2 <= len(group) <= _RECORD_CAP:
        return None
    now = ix.year_now
    by_role: dict[str, "_Fact"] = {}
    for f in group:
        if f.family == "元" and f.date is None and f.ytag in (None, now) and f.hi_mag is None \
                and f.role in ("actual", "budget", "initial") and not f.dirn:
            by_role.setdefault(f.role, f)
    actual = by_role.get("actual")
    if actual is None or not (by_role.keys() & {"budget", "initial"}):
        return None
    core = frozenset.intersection(*(f.subj for f in by_role.values())) - _ROLE_MARKS
    return core, actual, by_role.get("budget"), by_role.get("initial")


_SHEET_ROW = re.compile(r"^(.+)!\$?[A-Z]+\$?(\d+)(?::|$)")  # 自评表!A8:H8
_PDF_ROW = re.compile(r"^(第\d+页表\d+)第(\d+)行")
_ITEM_PATH = re.compile(r"^(.*)\[(\d+)\]\.[^.\[\]]+$")  # 重点项目[2].执行数
_TEXT_ROW = re.compile(r"^line (\d+)$")


def _row_key(f: "_Fact") -> tuple[int, str, int] | None:
    """(source, table, row) of a fact read from a table row or a list item; None for a sentence."""
    loc = f.location
    if (m := _TEXT_ROW.match(loc)) is not None:
        return (f.src, "", int(m[1])) if "|" in f.snippet or "\t" in f.snippet else None
    if (m := _SHEET_ROW.match(loc) or _PDF_ROW.match(loc) or _ITEM_PATH.match(loc)) is not None:
        return f.src, m[1], int(m[2])
    return None


def _funding_lines(ix: "SourceIndex") -> "tuple[_Lines, dict[int, _Record]]":
    """The funding lines of the sources: a record (a table row, a data record) stating the spending and the budget
    of a whole in money, and the records the sources give as its parts (其中 rows: each part's spending is a part of
    the whole's); and rows of one table or list that state them (key projects, tasks), siblings with no total. Each
    with the words only it has among its kin. And each whole's record by its group."""
    wholes: dict[int, _Record] = {}
    families: dict[int, set[int]] = {}  # the whole's group → its parts' groups
    for a, b, why in ix.pairs:
        if why == "part" and a.role == "actual" and b.role == "actual" and a.family == "元" and a.group != b.group:
            families.setdefault(b.group, set()).add(a.group)
    lines: list[_Line] = []
    for whole, parts in families.items():
        rows = [_record(ix, gid) for gid in (whole, *sorted(parts))]
        if len(rows) < 3 or None in rows:
            continue  # a whole and one part: nothing to tell the part from but the whole
        lines += _kin(rows, whole)  # type: ignore[arg-type]
        wholes[whole] = rows[0]  # type: ignore[assignment]
    tables: dict[tuple[int, str], list[tuple[int, _Record]]] = {}
    for a, b, why in ix.pairs:  # each record's spending is paired with its budget as the record was read
        if why == "role" and a.role == "actual" and a.family == "元" and (key := _row_key(a)) is not None \
                and (rec := _record(ix, a.group)) is not None and rec[1] is a:
            tables.setdefault(key[:2], []).append((key[2], rec))
    for rows in tables.values():
        rows.sort(key=lambda r: r[0])
        run: list[_Record] = []
        for k, (row, rec) in enumerate(rows):
            if k and row - rows[k - 1][0] > 1:  # a gap: another table (or another list) of the source
                lines += _kin(run, _NO_WHOLE) if 2 <= len(run) <= _RUN_CAP else []
                run = []
            if not run or rec[1] is not run[-1][1]:
                run.append(rec)
        lines += _kin(run, _NO_WHOLE) if 2 <= len(run) <= _RUN_CAP else []
    out = _Lines(lines)
    for k, ln in enumerate(lines):
        for w in ln.own:
            out.by_word.setdefault(w, []).append(k)
    return out, wholes


class _Lines(list):
    """The lines, with the positions of the lines each own word is of: a table of a thousand key projects costs a
    mention no pass over them all."""

    def __init__(self, lines: list[_Line]):
        super().__init__(lines)
        self.by_word: dict[str, list[int]] = {}


_NO_WHOLE = -2  # rows of a table with no total among them
_RUN_CAP = 40  # a list of more records is a ledger, whose rows no report names one by one as its lines


def _kin(rows: list[_Record], whole: int) -> list[_Line]:
    """The lines of records of one kind (a whole first, then its parts; or sibling rows): each with the words none
    of the others has, and those no other has at all."""
    common = frozenset.intersection(*(r[0] for r in rows))
    out = []
    for k, (core, actual, budget, initial) in enumerate(rows):
        others = frozenset().union(*(r[0] for j, r in enumerate(rows) if j != k))
        if core - common:
            out.append(_Line(core - common, core - others, actual, budget, initial,
                             whole if k or whole == _NO_WHOLE else -1))
    return out
