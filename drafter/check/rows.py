"""Derivations whose missing operand is in the source structure the told figure belongs to (a late stage of run.py).

A share or rate the writer states right after a figure the checker traced ("平台运维支出最多，38.72万元，占32.69%";
"固沙苗木574.36万元（23.10%）"; "一号楼128人，入住率91.43%") is that figure over a whole the writer did not state: its
operand is found by STRUCTURE, not by wording —
- the anchor: the nearest figure before it in its sentence that a direct match traced to source facts, with only
  figures derived from the text or traced to the same source row in between, and no words naming another subject
  (another named row, a half-year or quarter, another year) between it and the target: a share belongs to the
  figure it follows, never to a sibling's row (the planted "清查审计支出占32.69%" stays 平台运维's) — or, for shares
  after 分别 ("A 38.72万元、B 31.56万元，分别占32.69%和26.64%"), the traced figure at the share's rank; no derivation
  of such a share by any stage may use another listed item's figure (other_listed);
- the part: the anchor's fact — or, when the target's own clause names a budget role (执行数占 / 预算占 / 结余占) the
  anchor's fact does not have, the fact of that role in the anchor's source row;
- the wholes of that part (RowIndex, built once per index, looked up by fact):
  1. the sum of its siblings — the facts at the same path of the same list of records (主要任务[*].任务涉及金额),
     or the same column of a text table, whose 合计 row (when it has one) is that sum;
  2. the record totals of its source: the figures of the same measure outside every list, with the same budget role
     as the part (a breakdown item with no role: the spending);
  3. the other figures of its own source row: of the same measure for a share (康复楼72人中失能半失能64人，占), of any
     count for a rate word (入住率: 入住老人(人) over 床位(张)).
A per-unit money figure (每名营员平均经费 / 人均 / 生均) with no other derivation is money of the record of the nearest
current count its sentence traced (no target, no other year's): the money of the list item the count's indicator is of
(主要任务[1].任务涉及金额) or of its table row, over that count — one quotient only.
A growth or change after such an anchor whose words compare with last year (比上年增长4.14%) is against the other
year's figure of the anchor's own source row (上年执行数 beside 全年执行), one only, in the direction its words say; a
rate's change in % is relative, in 个百分点 a gap; an anchor that is itself last year's figure (上年为612批次，增长11.76%)
is compared with its row's one current result.
A rate with no such anchor whose own clause names one source row ("三号楼入住率仅86.67%") is that row's figure its stem
names (入住 → 入住老人(人)) over another, larger count of the same row — one pair only.
The derived value must equal the target at its stated precision, or sit on the side its approximation word says
(entities.fits). Each piece runs only for a figure every other stage left unsupported, once per such figure, and each
look-up is a dict access: no scan of the facts per mention (RowIndex is built once per index, on first use).
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation, localcontext
from typing import TYPE_CHECKING, Any, Sequence

from ..numbers import SET_OF
from ._common import _ROLE_MARKS, COMPARATIVES, EVERYTHING, HUNDRED
from .rounding import _CTX, _fmt

if TYPE_CHECKING:
    from ..numbers import NumberMention
    from .index import SourceIndex, _Fact
    from .match import _Checker, _Target
    from .models import MentionCheck

_LAST_ITEM = re.compile(r"\[\d+\](?=[^\[]*$)")  # a path's last list index: 主要任务[2].任务涉及金额
_WHOLE_LABEL = re.compile(r"^(?:合计|总计|小计|总额|全部|全年合计|总数)$")
_ROLE_OF_WORD = (("actual", re.compile(r"执行|支出|实际|完成")), ("budget", re.compile(r"调整后|调整预算|全年预算|预算")),
                 ("initial", re.compile(r"年初")))
# words between the anchor and its share that say what the share is, not whose: they may stand there
_SHARE_WORDS = re.compile(r"[\s，,、：:（(）)；;]|[\u4e00-\u9fff]{1,2}率|占比|占|比重|比例|的|全部|全年|总额|合计|总|为|达到|达|约|仅|只|已|共|"
                          r"其中|执行数|执行|支出|预算|结余|节余|经费|资金|金额|份额|数|所|在|中|是|了|到|各项|分别|"
                          r"最多|最少|最高|最低|最大|最小|居首|之首|其次|次之")
_SET_PHRASE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:之中|中)")  # 四项【任务中】: the noun of a counted set, to its 中
_OTHER_SUBJECT = re.compile(r"上半年|下半年|季度|上年|去年|同期|前年|\d")
_RATE_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}率")
MAX_BETWEEN = 24  # characters between an anchor and its share: farther, the share is another clause's


def _measure(f: "_Fact") -> str:
    """What a fact measures for summing: its family, or its written unit when it has none."""
    return f.family or f.unit


class RowIndex:
    """Per source index: each fact's sibling wholes, its source row's other figures, and each source's record totals
    (see the module docstring). Built once, on the stage's first use."""

    def __init__(self, ix: "SourceIndex") -> None:
        from .entities import _sum

        now = ix.year_now
        self._ix, self.now = ix, now
        self._by_value: dict[tuple[str, Decimal], list["_Fact"]] | None = None  # (last_year: built on first use)
        self._prior_row: dict[tuple[int, int, str, str], list["_Fact"]] = {}
        cur = [f for f in ix.facts if f.date is None and f.kind != "year" and f.approx is None and f.hi_mag is None
               and f.ytag in (None, now) and f.src >= 0]
        self.wholes: dict[int, list["_Fact"]] = {}
        self.mates: dict[int, list["_Fact"]] = defaultdict(list)
        self.totals: dict[tuple[int, str, str], list["_Fact"]] = defaultdict(list)
        lists: dict[tuple[int, str], list["_Fact"]] = defaultdict(list)
        columns: dict[tuple[int, int, str], list["_Fact"]] = defaultdict(list)
        column_total: dict[tuple[int, int, str], "_Fact"] = {}
        groups: dict[int, list["_Fact"]] = defaultdict(list)
        for f in cur:
            groups[f.group].append(f)
            loc = f.location
            if "[" in loc:
                lists[(f.src, _LAST_ITEM.sub("[*]", loc))].append(f)
            elif not loc.startswith("line ") and "." in loc and f.role == "":
                lists[(f.src, loc.rsplit(".", 1)[0] + ".*")].append(f)  # 分方式.树葬 / .花坛葬 …: a dict's items
            elif loc.startswith("line ") and f.tab >= 0 and f.head:
                key = (f.src, f.tab, f.head)
                if _WHOLE_LABEL.match(f.label):
                    column_total.setdefault(key, f)
                elif f.label:
                    columns[key].append(f)
            elif not loc.startswith("line ") and f.role in ("actual", "budget", "initial") and f.family != "%" \
                    and (not f.label or _WHOLE_LABEL.match(f.label)):
                self.totals[(f.src, _measure(f), f.role)].append(f)  # a record's total outside every list
        self.record_money: dict[tuple[int, str], list["_Fact"]] = defaultdict(list)  # a list item's money (see
        # row_per_unit), by its source and path: 主要任务[1]. → 任务涉及金额
        for f in cur:
            if f.family == "元" and (item := _FIRST_ITEM.match(f.location)) is not None and f.ytag in (None, now) \
                    and f.role in ("", "actual"):
                self.record_money[(f.src, item[0])].append(f)
        self.sibling: dict[int, int] = {}  # a fact → its list (an id): a list's items are no row of each other
        for parts in list(lists.values()) + list(columns.values()):
            for p in parts:
                self.sibling[id(p)] = id(parts)
            if len(parts) < 2 or len({p.unit for p in parts}) != 1 or parts[0].family in ("%", "pt"):
                continue
            whole = column_total.get((parts[0].src, parts[0].tab, parts[0].head)) \
                if parts[0].location.startswith("line ") else None
            if whole is None:
                with localcontext(_CTX):
                    whole = _sum(parts)
            if whole is not None and whole.mag:
                for p in parts:
                    self.wholes[id(p)] = [whole]
        # each current fact → the other years' figures of its own source row in its measure (上年执行数 beside 全年执行)
        self.prior: dict[int, list["_Fact"]] = {}
        self.current: dict[int, list["_Fact"]] = {}
        olds: dict[int, list["_Fact"]] = defaultdict(list)
        for f in ix.facts:
            if f.ytag is not None and f.ytag != now and f.src >= 0 and f.date is None and f.approx is None \
                    and f.family != "pt" and f.mag > 0:
                olds[f.group].append(f)
        for gid, past in olds.items():
            for f in groups.get(gid, ()):
                same = [g for g in past if g.family == f.family and g.unit == f.unit]
                if same:
                    self.prior[id(f)] = same
                    if f.role != "target":
                        for g in same:  # … and each other year's figure → this year's results of its row
                            self.current.setdefault(id(g), []).append(f)
        for fs in groups.values():
            if 1 < len(fs) <= 24:
                for f in fs:
                    own = self.sibling.get(id(f))
                    self.mates[id(f)] = [g for g in fs if g is not f and g.family not in ("%", "pt") and g.mag > 0
                                         and (own is None or self.sibling.get(id(g)) != own)]

    def last_year(self, f: "_Fact") -> list["_Fact"]:
        """The figures one year before f's of its measure: those of f's source row in another year's column (上年销量
        beside 销量), and the same column of the row its table labels for the year before (上年合计 under 合计) — of f
        or of any current fact of f's value (the 856 of a ledger is the indicator row's 856家, whose 上年实际 is 803家).
        Built on first use (only a figure the text ties to last year asks)."""
        if self._by_value is None:
            self._by_value = defaultdict(list)
            self._prior_row = defaultdict(list)
            prev = {-1} | ({self.now - 1} if self.now else set())
            for g in self._ix.facts:
                if g.date is not None or g.approx is not None or g.hi_mag is not None or g.src < 0:
                    continue
                if g.ytag in (None, self.now):
                    self._by_value[(g.family, g.mag)].append(g)
                elif g.ytag in prev and g.tab >= 0 and g.label and (own := _PRIOR_LABEL.sub("", g.label)) != g.label:
                    self._prior_row[(g.src, g.tab, g.head, own)].append(g)
        prev = {-1} | ({self.now - 1} if self.now else set())
        out: dict[Decimal, "_Fact"] = {}
        for g in [f, *self._by_value.get((f.family, f.mag), ())]:
            for h in [*self.prior.get(id(g), ()), *self._prior_row.get((g.src, g.tab, g.head, g.label), ())]:
                if h.ytag in prev and h.family == f.family and h.mag > 0:
                    out.setdefault(h.mag, h)
        return list(out.values())

    def role_mate(self, f: "_Fact", role: str) -> "_Fact | None":
        got = [g for g in self.mates.get(id(f), ()) if g.role == role and g.family == f.family]
        return got[0] if len(got) == 1 else None

    def record_totals(self, f: "_Fact") -> list["_Fact"]:
        role = f.role if f.role in ("actual", "budget", "initial") else "actual"
        return [w for w in self.totals.get((f.src, _measure(f), role), ()) if w is not f and w.mag > f.mag]


def rows_of(ix: "SourceIndex") -> RowIndex:
    got = getattr(ix, "_rows", None)
    if got is None:
        got = ix._rows = RowIndex(ix)  # type: ignore[attr-defined]
    return got


def _anchor(mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
            direct: dict[int, Sequence["_Fact"]], i: int, s0: int) -> int | None:
    """The mention the share at i follows: the nearest before it in its sentence a direct match traced, over figures
    derived from the text (their own evidence is not a source row) — None when an untraced figure lies between."""
    j = i - 1
    while j >= 0 and mentions[j].start >= s0:
        r = results[j]
        if r is None or r.status == "unsupported":
            return None
        if j in direct and mentions[j].reason != SET_OF:  # (在四项任务中最多: the set it is compared within)
            return j
        j -= 1
    return None


_LIST_GAP = re.compile(r"\s*[、和与及]\s*[\u4e00-\u9fff]{0,10}\s*$")  # 31次、河口镇28次: the next item of the list


def _respective_anchor(text: str, mentions: Sequence["NumberMention"], direct: dict[int, Sequence["_Fact"]], i: int,
                       s0: int) -> int | None:
    """'城关镇31次、河口镇28次、石门乡24次，分别比上年增长6.90%、12.00%、9.09%': the traced figure of the list right before
    分别 whose rank is the change's rank after it — None when no 分别 precedes it in its clause, or the ranks differ."""
    k = text.rfind("分别", s0, mentions[i].start)
    if k < 0 or any(c in "。；;" for c in text[k:mentions[i].start]):
        return None
    rank = sum(1 for j in range(i) if mentions[j].start > k and mentions[j].base_unit == mentions[i].base_unit)
    before = [j for j in range(i) if s0 <= mentions[j].start and mentions[j].end <= k]
    if not before or not re.fullmatch(r"\s*[，,]?\s*", text[mentions[before[-1]].end:k]):
        return None
    listed = [before[-1]]
    for j in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(text, mentions[j].end, mentions[listed[0]].start) \
                or mentions[j].base_unit != mentions[listed[0]].base_unit:
            break
        listed.insert(0, j)
    if len(listed) < 2 or rank >= len(listed) or listed[rank] not in direct:
        return None
    return listed[rank]


def row_share(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str, s0: int,
              mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
              direct: dict[int, Sequence["_Fact"]], i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    """A percentage right after a traced figure, of that figure over a whole of its source structure, or a rate of
    the row its clause names (see the module docstring): (formula, part, whole), or None."""
    if t.family != "%" or t.m.value is None or t.m.hi is not None or t.m.value <= 0:
        return None
    return _anchored_share(ix, checker, t, text, s0, mentions, results, direct, i) or _named_rate(ix, checker, t) \
        or _named_share(ix, checker, t)


_DIGIT = re.compile(r"\d")
_RESPECTIVE_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|，|,)\s*")


def other_listed(mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
                 direct: dict[int, Sequence["_Fact"]], i: int, text: str, s0: int) -> set[tuple[int, Decimal]]:
    """The figures a share after 分别 does NOT pair with (see _respective), as (source group, value) — their source
    facts or the text's own statement of them: no derivation of it may use them — the share of B given to A is the
    commonest swap. Empty when the target follows no such list."""
    got = _respective(mentions, results, direct, i, text, s0, True)
    if not got:
        return set()
    return {(f.group, f.value) for y in got[1] if y != got[0] for f in direct[y][:3]}


def _respective(mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
                direct: dict[int, Sequence["_Fact"]], i: int, text: str, s0: int, every: bool = False) -> Any:
    """'A 38.72万元、B 31.56万元，分别占32.69%和26.64%': the figure a share after 分别 pairs with — the one at its rank
    among the figures of one measure its sentence traced before 分别, as many as the shares 分别 lists (`every`: and
    all of them). None when the target follows no 分别 or the counts differ."""
    k = text.rfind("分别", s0, mentions[i].start)
    if k < 0:
        return None
    x = i  # the shares after 分别: back to it, then on while joined by 、 / 和 / ，
    while x - 1 >= 0 and mentions[x - 1].start > k:
        x -= 1
    first = x
    if any(mentions[y].base_unit != "%" for y in range(first, i + 1)) or mentions[first].start - k > 8:
        return None
    last = i
    while last + 1 < len(mentions) and mentions[last + 1].base_unit == "%" \
            and _RESPECTIVE_JOIN.fullmatch(text, mentions[last].end, mentions[last + 1].start):
        last += 1
    n, rank = last - first + 1, i - first
    if n < 2:
        return None
    items: list[int] = []
    y = first - 1
    lo = s0
    if s0 and text[s0 - 1] != "\n" and not _DIGIT.search(text, s0, k):
        # 财政拨款执行…，演出收入执行…。二者分别占…: a sentence naming no item before 分别 pairs with the items the
        # sentence before it (in its paragraph) traced
        lo = max(text.rfind(c, 0, s0 - 1) for c in "。！？!?；;\n") + 1
    while y >= 0 and mentions[y].start >= lo and len(items) < n:
        if mentions[y].start >= s0 > lo:  # (两类资金分别占: a count of the items, no item)
            y -= 1
            continue
        r = results[y]
        if r is None or r.status == "unsupported":
            return None
        if y in direct and mentions[y].base_unit != "%":
            items.append(y)
        y -= 1
    if len(items) != n or len({mentions[y].base_unit for y in items}) != 1:
        return None
    if lo < s0 and any(y in direct and mentions[y].base_unit != "%" and y not in items
                       for y in range(first) if lo <= mentions[y].start < s0):
        return None  # (the sentence before told more figures than 分别 lists: which are the items is not said)
    return (items[::-1][rank], items) if every else items[::-1][rank]


def _anchored_share(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str, s0: int,
                    mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
                    direct: dict[int, Sequence["_Fact"]], i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    from .entities import fits

    j = _respective(mentions, results, direct, i, text, s0)
    listed = j is not None
    if j is None and (j := _anchor(mentions, results, direct, i, s0)) is None:
        return None
    between = text[mentions[j].end:t.m.start]
    # whose share: nothing between the anchor and it may name another subject (a row, a half, another year) — unless
    # 分别 pairs the shares with the figures before it in order (A 38.72万元、B 31.56万元，分别占32.69%和26.64%)
    said = between if not listed else text[text.rfind("分别", 0, t.m.start):t.m.start]
    base = t.m.start - len(said)
    for k in range(j + 1, i):  # (the derived figures between are the anchor row's: 执行率92.78%，结余44.76万元)
        a, b = max(0, mentions[k].start - base), mentions[k].end - base
        if mentions[k].reason == SET_OF and (tail := _SET_PHRASE.match(text, mentions[k].end, t.m.start)):
            b = tail.end() - base  # 在四项任务中最多: the set the anchor is compared within, no other subject
        if b > 0:
            said = said[:a] + " " * (b - a) + said[b:]
    whose = said[:said.rfind("占")] if "占" in said else said  # (the words after 占 name the whole: 占节地生态安葬的)
    if len(said.replace(" ", "")) > MAX_BETWEEN or _OTHER_SUBJECT.search(said) or _SHARE_WORDS.sub("", whose):
        return None
    rows = rows_of(ix)
    ents = ix.entities()
    parts = [f for f in direct[j][:3] if f.src >= 0 and f.family not in ("%", "pt")]
    if not parts:
        return None
    own = set(map(id, parts))
    if ents.rows and not listed and any(not any(id(f) in own for f in e.attrs.values()) for e in ents.named(whose)):
        return None  # a row the words name that the anchor is not of
    role = next((r for r, w in _ROLE_OF_WORD if w.search(t.clause.split("占")[0])), None) if "占" in t.clause else None
    # the role the words after 占 give the whole (占全部预算的): a whole of another role is not it (a breakdown's sum is
    # of its items' role, spending when they have none)
    of = next((r for r, w in _ROLE_OF_WORD if w.search(t.clause.rsplit("占", 1)[1])), None) if "占" in t.clause else None
    everything = "占" in t.clause and EVERYTHING.search(t.clause.rsplit("占", 1)[1]) is not None
    # 占中央转移支付执行额的: a whole the words name as a row is that row's figure, never the part's list total
    named_whole = {id(f) for e in ents.named(t.clause.rsplit("占", 1)[1]) for f in e.attrs.values()} \
        if ents.rows and "占" in t.clause else set()
    said_rate = _RATE_WORD.search(between) if "占" not in between else None
    rate = said_rate is not None
    if said_rate is not None:  # 入住率 after 入住104人 / a row's 入住老人(人): the rate counts what its part counts —
        stem = said_rate[0][-3:-1]  # (不合格15卷，合格率: the failures are no part of a pass rate)
        lo = max(text.rfind(c, s0, mentions[j].start) for c in "，,；;：:。") + 1
        words = text[max(lo, s0):mentions[j].start] + "|".join(f.head for f in parts)
        if stem not in words or any(neg + stem in words for neg in ("不", "未", "非", "无")):
            return None
    found: list[tuple[str, "_Fact", "_Fact"]] = []
    for p0 in parts:
        p = p0
        if role is not None and p0.role in ("actual", "budget", "initial") and p0.role != role:
            p = rows.role_mate(p0, role)  # 结余44.76万元，执行数占全部执行的: the row's spending
            if p is None:
                continue
        wholes = list(rows.wholes.get(id(p), ())) + rows.record_totals(p)
        wholes += [g for g in rows.mates.get(id(p), ()) if g.mag > p.mag
                   and (g.family == p.family if not rate else g.family not in ("元", ""))]
        if everything and wholes:  # 占全年支出的 / 占总支出的: the largest whole of the part's measure, no line of it
            top = max((w.mag for w in wholes if w.family == p.family), default=None)
            wholes = [w for w in wholes if w.mag == top]
        seen: set[Decimal] = set()
        for w in wholes:
            if w.mag in seen or not w.mag or (not rate and w.family != p.family) \
                    or of is not None and w.family in ("元", "") and (w.role or "actual") != of \
                    or everything and ix.is_line(w) \
                    or named_whole and w.family == "元" and id(w) not in named_whole:  # (a named funding line)
                continue
            seen.add(w.mag)
            try:
                with localcontext(_CTX):
                    d = p.mag / w.mag * HUNDRED
            except (InvalidOperation, ArithmeticError):
                continue
            if fits(checker, t, d):
                found.append((f"{p.written} ÷ {w.written} × 100% = {_fmt(d.quantize(t.m.quantum))}%", p, w))
    return found[0] if found else None


_RATE_SAID = re.compile(r"([\u4e00-\u9fff]{2})率(?:仅|只有|只|为|达到|达|是|约)?$")


def _named_rate(ix: "SourceIndex", checker: "_Checker", t: "_Target") -> tuple[str, "_Fact", "_Fact"] | None:
    """'三号楼入住率仅86.67%': a rate whose own clause names one source row and no figure before it — the row's figure
    its stem names (入住 → 入住老人(人)) over another, larger count of the same row (床位(张)). One such pair, or None."""
    from .entities import fits

    said = _RATE_SAID.search(t.clause)
    if said is None:
        return None
    stem = said[1]
    ents = ix.entities()
    named = ents.named(t.clause[:said.start()]) if ents.rows else []
    if len(named) != 1:
        return None
    attrs = [f for k, f in named[0].attrs.items() if k[:1] != "§" and f.family not in ("%", "pt", "元", "") and f.mag > 0]
    parts = [f for f in attrs if stem in f.head and not any(neg + stem in f.head for neg in ("不", "未", "非", "无"))]
    if len(parts) != 1:
        return None
    p = parts[0]
    found = []
    for w in attrs:
        if w is p or w.mag <= p.mag:
            continue
        with localcontext(_CTX):
            d = p.mag / w.mag * HUNDRED
        if fits(checker, t, d):
            found.append((f"{p.written} ÷ {w.written} × 100% = {_fmt(d.quantize(t.m.quantum))}%", p, w))
    return found[0] if len(found) == 1 else None


_SHARE_OF = re.compile(r"(?:仅|只|约)?占")
_NOT_SPENT = re.compile(r"预算|年初|计划|目标")  # 占项目预算的: a whole of another role than a spending column's


# the words after 占 that name no whole of their own: 占比 / 占合计的 / 占总额的 are the column's whole (and 总支出 keeps 支出)
_WHOLE_FILLER = re.compile(r"合计|总计|总额|总数|总量|全部|全体|所有|份额|比重|比例|[总的之比为达约仅只中]")


def _other_whole(ix: "SourceIndex", words: frozenset[str], f: "_Fact", k: str, g: "_Fact") -> bool:
    """Do the words after 占 (`words`, their filler gone) name a whole other than g, f's column whole? Not when they
    name the column or its whole row (占任务金额的, 占四项任务资金的), nor when the source figure they name best is g's
    value (占全年支出的 where the tasks are all the year's spending); else they do (占全年支出的 of a part of it, 占财政拨款的)."""
    from ..subjects import tokens

    if words & (tokens(k, f.head, g.head, g.label) - tokens(f.label)):
        return False
    named = ix.naming(g.family, words)
    top = max((n for n, _ in named.values()), default=0)
    return not any(n == top and h.mag == g.mag for n, h in named.values())


def _named_share(ix: "SourceIndex", checker: "_Checker", t: "_Target") -> tuple[str, "_Fact", "_Fact"] | None:
    """'应急专业分队训练占25.28%': a share whose own clause names its part by one source item's name and states no
    figure — that item's row (of any table naming it: a task's 任务涉及金额, a breakdown's 执行数) over its table's
    whole in the same column (the 合计 row, or the rows' sum where there is none). The whole's words may name no
    budget or target (占项目预算的: another role than the column's). One value only, or None."""
    from .entities import fits

    share = _SHARE_OF.search(t.clause)
    if share is None or _DIGIT.search(t.clause) or _NOT_SPENT.search(t.clause, share.end()):
        return None
    ents = ix.entities()
    said = t.clause[:share.start()]
    named = ents.named(said) if ents.rows else []
    named = [e for e in named if any(n in said for n in e.names)] or named  # (阅读推广活动, not 举办阅读推广活动)
    if not named or len({e.names for e in named}) != 1 or any(e.whole for e in named):
        return None  # (流动服务车运行和阅读推广活动合计占: two items, their sum's share is another stage's)
    from ..subjects import tokens
    from .perunit import _GENERIC

    # what the words name besides the item: the measure, which must be the column's (灯塔市场次占 is no share of its
    # 观众人次; 送戏下乡观众占 none of its 场次) — money words name any money column
    ids = {id(e) for e in named}
    rest = list(said)
    for e, a, b in ents.spots(said):  # (the name as written: 应急分队训练 of 应急专业分队训练)
        if id(e) in ids:
            rest[a:b] = " " * (b - a)
    rest_words = tokens("".join(rest)) - _ROLE_MARKS
    rows = rows_of(ix)
    columns = []  # the row's figures that have a whole: its table's whole row, or the sum of its list's items
    for e in named:  # (主要任务[*].任务涉及金额: one task per table, the list sums them)
        for k, f in e.attrs.items():
            if k[:1] == "§" or f.family in ("%", "pt", "") or f.mag <= 0 or f.role in ("budget", "initial", "target"):
                continue
            wholes = [g for w in ents.wholes.get(e.tab, ()) if (g := w.attrs.get(k)) is not None]
            wholes = [g for g in wholes + rows.wholes.get(id(f), []) if g.mag > f.mag]
            if wholes:
                columns.append((f, k, wholes))
    if not rest_words and len(columns) > 1:
        return None  # 东昌府区占比: which of the row's figures, its words do not say
    whole_words = tokens(_WHOLE_FILLER.sub(" ", t.clause[share.end():])) - _ROLE_MARKS
    # 占全年支出的 / 占总支出的: the top of the breakdowns, never a 合计 that is one line of it (项目支出's 明细 in a
    # department form, whose 合计 is the 项目支出 line of the year's spending)
    everything = EVERYTHING.search(t.clause[share.end():]) is not None
    found: dict[Decimal, tuple[str, "_Fact", "_Fact"]] = {}
    for f, k, wholes in columns:
        if rest_words - tokens(f.head, k) - (_GENERIC if f.family == "元" else frozenset()):
            continue
        if everything:
            wholes = list({id(r): r for g in wholes if (r := ix.root(g) if ix.is_line(g) else g).mag > f.mag}.values())
        for g in wholes:
            if whole_words and _other_whole(ix, whole_words, f, k, g):
                continue
            with localcontext(_CTX):
                d = f.mag / g.mag * HUNDRED
            if fits(checker, t, d):
                found.setdefault(d, (f"{f.written} ÷ {g.written} × 100% = {_fmt(d.quantize(t.m.quantum))}%", f, g))
    return next(iter(found.values())) if len(found) == 1 else None


# 每名营员 / 人均 / 生均 / 平均每: the words of an average per one of what a count counts
_PER_SAID = re.compile(r"每(?:[个名位家次户所])?[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff](?<!平)均|平均")
_FIRST_ITEM = re.compile(r"^[^\[]*\[\d+\]\.")  # a path's first list item: 主要任务[1].
MAX_BACK = 8  # figures walked back over to a per-unit's count


def row_per_unit(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str,
                 mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
                 direct: dict[int, Sequence["_Fact"]], i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    """'参营华裔青少年452人…；每名营员平均经费1654.87元': money per one of a count its sentence traced — the nearest
    current result before it (no target, no other year's) — over the money its source record states (the list item
    the count's indicator is of: 主要任务[1].任务涉及金额, or its table row's money columns). One such quotient, or None."""
    from .entities import fits

    if t.family != "元" or t.m.value is None or t.m.hi is not None or t.m.value <= 0 \
            or not _PER_SAID.search(t.clause):
        return None
    now = ix.year_now
    s0 = max(text.rfind(c, 0, t.m.start) for c in "。！？!?\n") + 1  # (a count may be told a clause of ；before)
    j, n = i - 1, 0
    counts: list["_Fact"] = []
    while j >= 0 and mentions[j].start >= s0 and n < MAX_BACK:
        r = results[j]
        if r is None or r.status == "unsupported":
            return None
        if j in direct:
            counts = [f for f in direct[j][:3] if f.src >= 0 and f.family not in ("元", "%", "pt", "")
                      and f.role != "target" and f.ytag in (None, now) and f.value > 0]
            if counts:
                break
        j, n = j - 1, n + 1
    rows = rows_of(ix)
    found: dict[str, tuple[str, "_Fact", "_Fact"]] = {}
    for count in counts:
        money = [g for g in rows.mates.get(id(count), ()) if g.family == "元"]
        if (item := _FIRST_ITEM.match(count.location)) is not None:
            money += rows.record_money.get((count.src, item[0]), [])
        for g in money:
            with localcontext(_CTX):
                d = g.mag / count.value
            if fits(checker, t, d):
                shown = _fmt(d.quantize(t.q) if not t.m.approx else d)
                found.setdefault(f"{g.written} ÷ {count.written}", (f"{g.written} ÷ {count.written} = {shown}元", g, count))
    return next(iter(found.values())) if len(found) == 1 else None


_PRIOR_LABEL = re.compile(r"^(?:上年|去年|上一年|前一年)(?:度)?(?:同期)?")  # 上年合计: the 合计 row, a year before
_LAST_YEAR_SAID = re.compile(r"(?:上年|去年|上一年)(?:同期)?(?:的|为|是)?[\u4e00-\u9fff]{0,6}$")
_YEAR_WORD = re.compile(r"(?:上年|去年|上一年|前一年|(?:19|20)\d\d年)(?:同期)?|同期")
_BASE_BEFORE = re.compile(r"(?:是|为|相当于|占|比|较|与|同|和)$")


def of_last_year(clause: str) -> bool:
    """Whether the figure after these words is last year's own (上年店均 / 比上年4.03% / 上年为612批次), not this
    year's set against last year's (为上年的49.23% / 是2022年同期…的两倍 / 比上年增长: the year names a base)."""
    from ..subjects import direction

    last = None
    for last in _YEAR_WORD.finditer(clause):
        pass
    if last is None or direction(clause) is not None or clause.endswith("的"):
        return False
    before = clause[:last.start()]
    return not _BASE_BEFORE.search(before) or before.endswith(("比", "较"))



def _last_quotient(mentions: Sequence["NumberMention"], derived_at: dict[int, tuple[Any, str, "_Fact", "_Fact"]],
                   i: int, lo: int, family: str) -> tuple[str, "_Fact", "_Fact"] | None:
    """The figure of `family` derived last before mention i, from position lo on, when it is a plain quotient of two
    source figures (a ÷ b): (formula, a, b), else None — the operands a later figure's rows are read from."""
    for j in range(i - 1, -1, -1):
        if mentions[j].start < lo:
            return None
        if (got := derived_at.get(j)) is not None and got[0].family == family:
            _, formula, a, b = got
            if " ÷ " not in formula or formula.startswith("(") or a.src < 0 or b.src < 0:
                return None
            return formula, a, b
    return None

def prior_quotient(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str, s0: int,
                   mentions: Sequence["NumberMention"], derived_at: dict[int, tuple[Any, str, "_Fact", "_Fact"]],
                   i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    """'不合格率3.07%，比上年4.03%' / '店均销量229.44万元，上年店均223.16万元': last year's figure of the quotient its
    sentence derived last (a rate, a share, a per-unit of two source facts) — the same quotient over both operands'
    figures of the year before (RowIndex.last_year). Both must have one: this year's part over last year's whole is
    no year's. (formula, a, b) or None."""
    from .entities import fits

    if t.m.value is None or t.m.hi is not None or t.m.value <= 0 or t.m.approx or not of_last_year(t.clause) \
            or not _LAST_YEAR_SAID.search(text, max(s0, t.m.start - 14), t.m.start):
        return None  # (比上年增长 / 为上年的: a change or a ratio, no figure of last year)
    # its sentence's, else — when its sentence opens with it (…，整改率97.55%；上年整改率96.39%) — the clause before's
    lo = s0 if s0 < 1 or text[s0 - 1] == "\n" or _HAS_FIGURE.search(text, s0, t.m.start) else \
        max(text.rfind(c, 0, s0 - 1) for c in "。；;！？!?\n") + 1
    if (got := _last_quotient(mentions, derived_at, i, lo, t.family)) is None:
        return None
    formula, a, b = got
    rows = rows_of(ix)
    rate = t.family == "%"
    found: dict[str, tuple[str, "_Fact", "_Fact"]] = {}
    for pa in rows.last_year(a):
        for pb in rows.last_year(b):
            with localcontext(_CTX):
                d = pa.mag / pb.mag * (HUNDRED if rate else 1)
            if fits(checker, t, d):
                shown = _fmt((d / t.ff).quantize(t.m.quantum)) + t.m.unit
                found.setdefault(shown, (f"{pa.written} ÷ {pb.written}{' × 100%' if rate else ''} = {shown}（上年）",
                                         pa, pb))
    return next(iter(found.values())) if len(found) == 1 else None


def named_row_change(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str
                     ) -> tuple[str, "_Fact", "_Fact"] | None:
    """'南岭试验站增加6人' / '夹江县增速最快（19.13%）': a change whose own clause (a bracketed rate: the words before the
    bracket) names one source row and says which way (增加 / 减少, 增速 / 降幅) — that row's figure of the target's
    measure less the row's figure of the year before (RowIndex.last_year), the sign the words say; a rate: that
    difference over last year's figure. One such value, or None."""
    from ..subjects import clause_before, direction
    from .entities import fits

    if t.family in ("pt", "") or t.m.value is None or t.m.hi is not None or t.m.value <= 0 or t.m.approx:
        return None
    rate = t.family == "%"
    clause = t.clause
    if not clause and t.m.start and text[t.m.start - 1] in "（(":  # 增速最快（19.13%）: the words before the bracket
        clause = clause_before(text, t.m.start - 1)
    dirn = direction(clause)
    if rate:  # 夹江县增速最快（19.13%）: a growth rate of the row, over its last year's figure
        grew = _GROWTH_SAID.search(clause)
        dirn = None if grew is None else "−" if "降" in grew[0] or "减" in grew[0] else "+"
    if dirn is None or _HAS_FIGURE.search(clause) or _COMPARED_TO.search(clause):
        return None  # (比上年1470人增加: the base its clause states; 比目标多 / 比时限缩短: a base of another kind)
    ents = ix.entities()
    named = ents.named(clause) if ents.rows else []
    if len(named) != 1:
        return None
    rows = rows_of(ix)
    found: dict[str, tuple[str, "_Fact", "_Fact"]] = {}
    for f in named[0].attrs.values():
        if (f.family in ("%", "pt", "") if rate else f.family != t.family) or f.role == "target" or f.mag <= 0:
            continue
        for p in rows.last_year(f):
            d = f.mag - p.mag
            with localcontext(_CTX):
                x = abs(d) / p.mag * HUNDRED if rate else abs(d)
            if d and (d > 0) == (dirn == "+") and fits(checker, t, x):
                diff = f"{f.written} − {p.written}" if d > 0 else f"{p.written} − {f.written}"
                found.setdefault(diff, (f"({diff}) ÷ {p.written} × 100% = {t.m.text}" if rate
                                        else f"{diff} = {t.m.text}", f, p))
    return next(iter(found.values())) if len(found) == 1 else None


_HAS_FIGURE = re.compile(r"\d")
_GROWTH_SAID = re.compile(r"增速|增幅|增长率|增长|降幅|下降|减少|减幅")
_COMPARED_TO = re.compile("|".join(sorted(COMPARATIVES, key=len, reverse=True)) + r"|相比|对比")
_ANY_LAST_YEAR = re.compile(r"上年|去年|同比|上一年")
_LAST_YEAR = re.compile(r"比上年|较上年|与上年相比|同比|比去年|较去年")
_CHANGE_WORDS = re.compile(r"比上年|较上年|与上年相比|同比|比去年|较去年|增长|增加|提高|上升|多|下降|减少|降低|少|了|"
                           r"[低高]于目标|也即|即|也|幅度|增幅|降幅")
_DOWN = re.compile(r"下降|减少|降低|少")


def row_change(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str, s0: int,
               mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"],
               direct: dict[int, Sequence["_Fact"]], i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    """'执行2,918.47万元，执行率99.55%，比上年增长4.14%': the change of the figure traced right before it (only figures
    derived from the text and role words between) against the other year's figure of its own source row (上年执行数):
    a growth rate for a percentage, a difference in the figure's measure — the direction its words say. None else."""
    from .entities import fits

    if t.m.value is None or t.m.hi is not None or t.m.value <= 0 or not _ANY_LAST_YEAR.search(text, s0, t.m.start):
        return None
    listed = _respective_anchor(text, mentions, direct, i, s0)
    j = _anchor(mentions, results, direct, i, s0) if listed is None else listed
    if j is None:
        return None
    said = text[mentions[j].end:t.m.start]
    for k in range(j + 1, i):  # (the derived figures between: 执行率99.55%)
        a, b = mentions[k].start - mentions[j].end, mentions[k].end - mentions[j].end
        said = said[:a] + " " * (b - a) + said[b:]
    rows = rows_of(ix)
    old = [f for f in direct[j][:3] if id(f) in rows.current]  # 上年为612批次，增长11.76%: the anchor is last year's
    if listed is None and (len(said.replace(" ", "")) > MAX_BETWEEN or _SHARE_WORDS.sub("", _CHANGE_WORDS.sub("", said))
                           or not old and not _LAST_YEAR.search(said)):
        return None
    down = _DOWN.search(t.clause) is not None
    found: dict[str, tuple[str, "_Fact", "_Fact"]] = {}
    for a in direct[j][:3]:
        if a.src < 0 or a.family == "pt" or (t.family != "%" and a.family != t.family
                                             and not (t.family == "pt" and a.family == "%")):
            continue  # (a rate's change in %: relative — 成灾率0.21%，比上年下降25.00% of its 0.28%)
        if a in old:  # (this year's result of its row, the one its row has)
            now_ = rows.current[id(a)]
            if len(now_) != 1:
                continue
            a, past = now_[0], [a]
        else:
            past = rows.prior.get(id(a), [])
        if len(past) != 1:
            continue  # (several other years' figures in the row: the words would have to say which)
        p = past[0]
        if (a.mag < p.mag) != down or a.mag == p.mag:
            continue
        with localcontext(_CTX):
            d = abs(a.mag - p.mag) / p.mag * HUNDRED if t.family == "%" else abs(a.mag - p.mag)
        if fits(checker, t, d):
            shown = (_fmt(d.quantize(t.q)) if not t.m.approx else _fmt(d)) + ("个百分点" if t.family == "pt" else "")
            formula = (f"({a.written} − {p.written}) ÷ {p.written} × 100% = {shown}%" if t.family == "%"
                       else f"{a.written} − {p.written} = {shown}") if not down else \
                (f"({p.written} − {a.written}) ÷ {p.written} × 100% = {shown}%" if t.family == "%"
                 else f"{p.written} − {a.written} = {shown}")
            found.setdefault(formula, (formula, a, p))
    return next(iter(found.values())) if len(found) == 1 else None


def other_row_quotient(ix: "SourceIndex", checker: "_Checker", t: "_Target", s0: int,
                       mentions: Sequence["NumberMention"], derived_at: dict[int, tuple[Any, str, "_Fact", "_Fact"]],
                       i: int) -> tuple[str, "_Fact", "_Fact"] | None:
    """'东阳市每组583.66元，仅高于永康市的572.82元': the quotient its sentence derived last of two figures of one
    source row (抽测检测费 ÷ 抽测（组）), over the one other row of that table its own clause names (永康市) — the same
    two columns of that row. (formula, a, b) or None."""
    from .entities import fits

    if t.m.value is None or t.m.hi is not None or t.m.value <= 0 or t.m.approx or not t.clause:
        return None
    if (got := _last_quotient(mentions, derived_at, i, s0, t.family)) is None:
        return None
    formula, a, b = got
    if a.tab < 0 or not a.label or (a.src, a.tab, a.label) != (b.src, b.tab, b.label):
        return None
    ents = ix.entities()
    if id(a) not in ents.of or id(b) not in ents.of:
        return None
    (own, ka), (_, kb) = ents.of[id(a)], ents.of[id(b)]
    rows = [e for e in ents.named(t.clause) if e.tab == a.tab and e is not own]
    if len(rows) != 1:
        return None
    fa, fb = rows[0].attrs.get(ka), rows[0].attrs.get(kb)
    if fa is None or fb is None or not fb.mag:
        return None
    rate = t.family == "%"
    with localcontext(_CTX):
        d = fa.mag / fb.mag * HUNDRED if rate else (fa.mag if fa.family else fa.value) / fb.value
    if not fits(checker, t, d):
        return None
    return f"{fa.written} ÷ {fb.written}{' × 100%' if rate else ''} = {t.m.text}（{rows[0].names[-1]}）", fa, fb


# 金东区每组比东阳市高42.11元: a per-unit of the row before 比 against the row after it, the side the word says
_PER_GAP = re.compile(r"每(?:[个名位家])?(?P<x>[\u4e00-\u9fff]{1,2}?)(?:[\u4e00-\u9fff]{0,6})?(?:(?:比|较)"
                      r"(?P<other>[\u4e00-\u9fff]{2,12}?)(?:的)?(?P<side>高出|高|多|低|少)了?"
                      # 每次成本高出全市平均 / 低于全县平均水平: the side word first, the other row after it
                      r"|(?P<side2>高出|高于|多于|超出|超过|低于|少于)(?P<other2>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:水平)?)$")
# 全市平均 / 全县平均水平 / 合计 / 平均: the mean of the table's whole row, no row of its own
_WHOLE_MEAN = re.compile(r"(?:全[市县区省镇乡州盟旗]|全部|总体|整体|合计)?(?:平均|均值)?")


def rows_per_unit_gap(ix: "SourceIndex", checker: "_Checker", t: "_Target") -> tuple[str, "_Fact", "_Fact"] | None:
    """'金东区每组比东阳市高42.11元': the gap between two named rows' per-unit — each row's money over its count of the
    X that 每X names (抽测检测费（元） ÷ 抽测（组）), the row before 比 less the row after it, on the side 高 / 低 says.
    Both rows of one table, one money column; (formula, the first row's money, the second's) or None."""
    from .entities import fits

    if t.family != "元" or t.m.value is None or t.m.hi is not None or t.m.value <= 0 or t.m.approx:
        return None
    said = _PER_GAP.search(t.clause)
    if said is None:
        return None
    ents = ix.entities()
    if not ents.rows:
        return None
    other, side = said["other"] or said["other2"], said["side"] or said["side2"]
    x = said["x"]
    before = ents.named(t.clause[:said.start()])
    if len(before) > 1:  # 流动图书车东明县每次: the row with a count of the X its 每 names (a county's 次), no project line
        before = [e for e in before if any(k[:1] != "§" and x in f.head for k, f in e.attrs.items())]
    if len(before) == 1 and other and _WHOLE_MEAN.fullmatch(other) and "均" in other + t.clause[:said.start()] \
            and not before[0].whole and len(ents.wholes.get(before[0].tab, ())) == 1:
        after = ents.wholes[before[0].tab][:1]  # 东明县每次成本高出全市平均: the row against its table's whole
    else:
        after = ents.named(other)
    if len(before) != 1 or len(after) != 1 or before[0] is after[0] or before[0].tab != after[0].tab:
        return None
    per: list[tuple[Decimal, "_Fact", "_Fact"]] = []
    for e in (before[0], after[0]):
        money = [f for k, f in e.attrs.items() if k[:1] != "§" and f.family == "元" and f.mag > 0]
        counts = [f for k, f in e.attrs.items() if k[:1] != "§" and x in f.head and f.family not in ("元", "%", "pt", "")
                  and f.value > 0]
        if len(counts) > 1:  # 每次 of 流动车服务（次）, not of 借阅（册次）: the column counted in X itself
            counts = [f for f in counts if f.unit == x]
        if len(money) != 1 or len(counts) != 1:
            return None
        with localcontext(_CTX):
            per.append((money[0].mag / counts[0].value, money[0], counts[0]))
    gap = per[0][0] - per[1][0]
    up = side in ("高出", "高", "多", "高于", "多于", "超出", "超过")
    if not gap or (gap > 0) != up:
        return None
    if not fits(checker, t, abs(gap)):
        return None
    (_, a, n), (_, b, k) = per
    return f"{a.written} ÷ {n.written} − {b.written} ÷ {k.written} = {t.m.text}", a, b


# 距目标仅0.95个百分点 / 比目标高出1.2个百分点 / 低于目标2.1个百分点: a gap to the target its words name, stating no figure
_TARGET_GAP = re.compile(r"(?:(?P<dist>距|距离|离)|(?P<cmp>比|较|高于|低于|超过|超出|高出|不及))(?:年度)?(?:目标|指标)值?"
                         r"(?:要求)?(?:的)?(?:还差|尚差|仅差|只差|差|仅|只有|只|还|尚)?(?P<side>高出|高|低|多|少|超出|超过)?了?$")
MAX_TARGETS = 6  # rate targets named alike: more, and the words would have to say which


def target_gap(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str, s0: int,
               mentions: Sequence["NumberMention"], results: Sequence["MentionCheck | None"], i: int
               ) -> tuple[str, "_Fact"] | None:
    """'宜兴市整改率95.95%，距目标仅0.95个百分点': a 个百分点 gap, after a rate its sentence stated and the checker placed,
    to the target its words name when the text states none — the sources' rate targets whose indicator shares most words
    with the rate's own words (整改率 ↔ 隐患整改), the side 高 / 低 says (距: either). (formula, target) or None."""
    from .entities import fits
    from ..subjects import tokens

    if t.family != "pt" or t.m.value is None or t.m.hi is not None or t.m.value <= 0 or t.m.approx:
        return None
    said = _TARGET_GAP.search(t.clause)
    if said is None:
        return None
    j = i - 1
    while j >= 0 and mentions[j].start >= s0 and (mentions[j].ignored or mentions[j].base_unit != "%"):
        j -= 1
    r = results[j] if j >= 0 else None
    if j < 0 or mentions[j].start < s0 or r is None or r.status in ("unsupported", "ignored") \
            or mentions[j].value is None or mentions[j].hi is not None or mentions[j].approx:
        return None
    rate = mentions[j].value
    words = tokens(text[max(s0, mentions[j].start - 16):mentions[j].start]) - _ROLE_MARKS_RATE
    if not words:
        return None
    now = ix.year_now
    targets = getattr(ix, "_rate_targets", None)
    if targets is None:
        targets = ix._rate_targets = [f for f in ix.facts if f.family == "%" and f.role == "target" and f.src >= 0  # type: ignore[attr-defined]
                                      and f.ytag in (None, now) and f.hi_mag is None and f.mag > 0]
    scored = [(len(words & tokens(f.label.replace("|", " "), f.head)), f) for f in targets]
    best = max((n for n, _ in scored), default=0)
    named = {f.mag: f for n, f in scored if best and n == best}
    if not named or len(named) > MAX_TARGETS:
        return None
    up = said["side"] in ("高出", "高", "多", "超出", "超过") or said["cmp"] in ("高于", "超过", "超出", "高出")
    down = said["side"] in ("低", "少") or said["cmp"] in ("低于", "不及")
    found = []
    for f in named.values():
        gap = rate - f.mag
        if not gap or up and gap < 0 or down and gap > 0:
            continue
        if fits(checker, t, abs(gap)):
            found.append((f"{mentions[j].text} − {f.written} = {t.m.text}" if gap > 0
                          else f"{f.written} − {mentions[j].text} = {t.m.text}", f))
    return found[0] if len(found) == 1 else None


_ROLE_MARKS_RATE = frozenset({"§执", "§预", "§率", "§分", "§初", "目标"})
