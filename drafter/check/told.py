"""The last derivation stage: a figure no other stage placed, derived in one step from figures its own paragraph has
already told and traced (run.py's `told`), the operands chosen by structure — which told figure the words make the
subject, which one the whole or the base — not by a phrasing of the relation.

Why one stage: a writer states two figures and then a third computed from them (上半年41600剂，下半年44,800剂，上半年占
48.15%; 意向人数与岗位数之比18.53%; 比上年83.6%提高5.6个百分点) in words no per-phrasing builder knows. What they
share is structure: both operands are figures the same paragraph told before the target, and the target's clause
says which of them is its subject.

Operands: the paragraph's told figures before the target, nearest first — at most MAX_OPERANDS of each measure
word among the last MAX_SCANNED told; approximate figures and ranges are no operands. Each carries its value (in
its family's base), its family (measure word), its words (the character pairs of its own clause and its subject
tokens: 上半年接收, 二号楼, 意向人数), the words its sentence opens with (其中市级财政资金全年预算: whose figure a bare
执行率 is), whether it was told as a change (增加28人, 结余5万元: a gap, never a level) and whether it is a base (an
earlier year's, an initial budget's or a target's figure).

Naming (_pick): a phrase names the candidates sharing most of its character pairs — no stop list; which pairs tell
candidates apart is decided among them, the sentence heads breaking a tie. A phrase sharing nothing with any
candidate names something the paragraph never told.

Operations, by what the target is:
- a rate or share (%): a ÷ b — part over whole, the two of one measure word (卷 over 卷, 万元 over 元); or, when a
  change word (增长 / 下降 / 提高 …) ends the clause, (a − b) ÷ b with the sign the word says.
- a gap in 个百分点: a − b of two told rates, the sign as the words say (相差: either way).
- an amount or a count: a ÷ b when the clause asks for a per-unit (人均 / 每卷 / 户均: the divisor counts that);
  a − b when a change word says which way (比上年增加28人) or the clause names a remainder (下半年 / 其余 / 剩余);
  a + b when the clause names a sum (合计 / 共 / 两项).

Guards (what keeps a planted error flagged):
1. exact at the written precision (rounding._close); an approximation word only on its stated side (_approx_ok);
2. like measure words: a share's part and whole, a difference's or sum's two operands, in the target's family;
   a per-unit divides the target's family by another (a count);
3. subject: when the target's clause names words before its relation word (上半年占, 清查审计占, 康复楼…占比), the
   part (or the changed level, or the rate a gap starts from) must be a told figure whose own words share them;
   a clause naming a subject no told figure has derives nothing. With no words of its own, the subject is the
   figure told right before it in its sentence (none there: nothing — except for 相差, which is symmetric). The
   words after 占 / 为 (占全年场次的, 为目标的) name the whole: when a told figure has them, only such a figure is the
   whole — and it must share two of their pairs (or the one they have), not one generic pair (支出); 全年 / 全部 /
   合计 alone name no figure (any whole of the paragraph); a count of what was not done (146户未完成) is no part of a
   whole that was; a share (占) is never above its whole; the whole is this year's level unless the words name a base
   (占上年的 / 为目标的); an approximate share (超过两成) only over a whole its words name;
4. direction: a change word's (增长 / 下降) or sided comparison's (高出 / 低于) sign must be the sign of new − old;
   the comparison's words (比上年 / 较目标 / 比一号楼) name the old one; a rise with no base named is over time, never
   over a target; a balance (结余) is its own line's budget less its spending;
5. the search is bounded (MAX_OPERANDS nearest) and runs only for a figure that would otherwise end unsupported —
   in run.py after a figure found to be a source's bound, before the verdict that the pairs other stages found are
   another item's (this stage's own subject guard decides that for its operands); a figure that fits two different
   derivations is still derived, the other formulas listed as alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from typing import Callable, Mapping, Sequence

from ..subjects import direction
from ._common import _BALANCE, COMPARATIVES, HUNDRED, comparatives
from ..numbers import NumberMention
from .dates import _EVENT_GAP, _TRACED_DATE, _whole_days, days_through
from ..subjects import tokens
from ._common import _ROLE_MARKS
from .index import SourceIndex, _Fact
from .match import _Target, _lead
from .models import MentionCheck
from .spans import span_through
from .rounding import _CTX, _approx_ok, _close, _show, degree_reach, written_step

MAX_OPERANDS = 12  # told figures of one measure word searched, nearest first: operands are stated close before it
MAX_SCANNED = 48  # told figures looked at in all, in its paragraph and in those before it
MAX_FAR = 3       # paragraphs before its own whose told figures serve — only as the figure its words name
MAX_NAMED_FAR = 6  # … and for a share's whole its words name (below parallel.WARM: the child traces them too)

_Told = tuple[_Target, _Fact, Sequence[_Fact]]
_Found = list[tuple[str, list[_Fact]]]

# the relation word of a share or ratio: what comes before names the part, what comes after (up to 的) the whole
# (为 / 是 / 相当于 / 达到 / 完成 name a whole only with 的 after it: 为目标的, 完成目标的; 达标率 is no share)
# (占比 is the noun "share", no 占 of a whole called 比; 分别 before 为 pairs shares with items, names no whole)
_SHARE = re.compile(r"(?:只|仅|仅仅|才|已|约)?(?:占(?!比)(?P<whole>[\u4e00-\u9fff]{0,12}?)(?:的|之)?"
                    r"|(?:为|是|相当于|达到|达|完成)(?P<whole2>[\u4e00-\u9fff]{1,12}?)(?:的|之))"
                    r"(?:比例|比重|份额)?(?:分别)?(?:为|是|达|约)?$")
_SHARE_OF = re.compile(r"占比|比重|比例")  # 龙江县细毛羊授精占比: the share's subject is all the words before it
_RATIO = re.compile(r"(?P<a>[\u4e00-\u9fff]{1,10}?)(?:与|和|同)(?P<b>[\u4e00-\u9fff]{1,10}?)(?:之比|的比例|的比值|比)"
                    r"(?:为|是|达)?$")
# a per-unit: 人均 / 户均 / 每卷 / 平均每场 (the divisor is a count, the dividend of the target's measure)
_PER = re.compile(r"[\u4e00-\u9fff]均|每[\u4e00-\u9fff]|平均")
_EACH_AT = re.compile(r"每([\u4e00-\u9fff]{2,9})$")
_NOUN_END = re.compile(r"平均|均|的|[约为达是]")
_MEASURES = "个位名家项次批件台套户只条人门场期所处株盏座"


def _each_noun(clause: str) -> str:
    """The noun a per-unit is of, two characters or more after its measure word (每个问题 → 问题, 每门课程 → 课程;
    每批次 / 每人次 / 人均: none)."""
    k = clause.rfind("每")
    m = _EACH_AT.match(clause, k) if k >= 0 else None
    noun = _NOUN_END.split(m[1].lstrip(_MEASURES), 1)[0] if m else ""
    return noun if len(noun) >= 2 else ""


_REST = re.compile(r"下半年|其余|其他|剩余|余下|另外")  # the whole less the part its sentence told
# (东港、莒县两地 / 城东、城西两片区: the places a clause lists and counts, together — unless 各 gives each its own)
_SUM = re.compile(r"合计|共计|总计|累计|两项|三项|之和"
                  r"|(?<=[\u4e00-\u9fff])(?P<places>[两二三四五])(?:地|县|区|市|镇|乡|片区|个片区|个县|个区)"
                  r"(?![^，,。；;]*各)")
_FIRST_ITEMS = re.compile(r"[前头首][一二两三四五六七八九十\d]+[项笔个类批]")
_ITEMS = re.compile(r"[和与及、]")
# a part of the year named by the quarters it holds (the closed vocabulary of periods)
_HALVES = (("上半年", ("一季", "二季")), ("下半年", ("三季", "四季")), ("前三季度", ("一季", "二季", "三季")))
_QUARTERS = frozenset({"一季", "二季", "三季", "四季"})
# a comparison (_common.COMPARATIVES): the words before it name the new figure, the words after it the old one
_COMPARED = re.compile(r"(?P<word>" + comparatives("+", "−", "than", "with") + r")(?P<what>(?:[^，,]|[，,](?=\d))*)$")
# the base a comparison or a whole names: an earlier year, a target (or a limit), an initial budget
_BASE_NAMED = (("year", re.compile(r"上年|去年|上一年|前一年|同期|(?:19|20)\d\d年")),
               ("target", re.compile(r"目标|计划|要求|标准|承诺|时限|预期|指标|限值|上限|下限")),
               ("initial", re.compile(r"年初")))
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_BASE_WORDS = re.compile("|".join(r.pattern for _, r in _BASE_NAMED) + r"|的|相比|增加|减少|提高|降低|下降|增长|多|少|高|低")
_ALL = re.compile(r"全年|年度|本年|当年|全部|全体|总|合计|整体")  # the words of a whole that name only "all of it"
_RATES = ("%", "pt")
_NOT_AMOUNTS = frozenset({"%", "pt", "日", "工作日", "小时", "分钟", "个月", "月", "年"})


def _bigrams(*phrases: str) -> frozenset[str]:
    """The character pairs of the phrases' Chinese runs (a lone character as itself): what a phrase names, compared
    without a stop list — which pairs tell two figures apart is decided among the candidates (_pick)."""
    out: set[str] = set()
    for phrase in phrases:
        for run in _CJK.findall(phrase):
            out.update(run[k:k + 2] for k in range(max(1, len(run) - 1)))
    return frozenset(out)


@dataclass(frozen=True, eq=False)
class _Op:
    """A told figure as an operand."""
    fact: _Fact
    mag: Decimal
    family: str
    words: frozenset[str]  # its clause's character pairs and its subject tokens (with those its sentence gave it)
    start: int
    sent: int
    text: str
    change: bool  # told as a change (增加28人, 缩短1分钟, 结余5万元): a gap, never a level to take a share or change of
    base: str     # "year" / "target" / "initial": a base (an earlier year's, target or initial figure), "" a level
    role: str
    head: frozenset[str]  # the words its sentence opens with (其中市级财政资金全年预算): whose figure it is, when its
    # own words (执行率) are those of every item's
    far: bool  # told in an earlier paragraph: an operand only where the words name it (_pick), never the one near
    denied: bool  # 146户未完成 / 不达标8台: a count of what was not done — no part of what was
    mean: bool  # told as a per-unit (平均每家6062.31元): a mean, never the total another per-unit divides
    item: frozenset[str] = frozenset()  # the pairs of the words its segment opens with (第一批4月10日…完成186批次:
    # 第一批) — the item it is told of, by which a later clause names it (比第一批多 / 第一批占)


_SENT_END = "。；;！？!?\n"
_FULL_END = "。！？!?\n"  # (a sentence over its ；-clauses)
_DENIED = re.compile(r"未|没有|没|不|尚")
_AFTER_FIGURE = re.compile(r"[^，,。；;！？!?\n（(]{0,6}")
_HEAD_END = re.compile(r"[\d，,：:（(]")


_BREAK = re.compile(r"[。；;！？!?\n：:]|[，,](?!\d)")  # (16,200: a thousands comma breaks nothing)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts (at most 60 characters back)."""
    k = max(0, pos - 60)
    for b in _BREAK.finditer(text, k, pos):
        k = b.end()
    return k


def _head_text(text: str, pos: int) -> str:
    """The words its sentence opens with, up to the first figure or comma."""
    s0 = max(text.rfind(c, max(0, pos - 300), pos) for c in _SENT_END) + 1
    end = _HEAD_END.search(text, s0, pos)
    return text[s0:end.start() if end else pos]


def _head(text: str, pos: int) -> frozenset[str]:
    """The pairs of the words its sentence opens with, up to the first figure or comma."""
    return _bigrams(_head_text(text, pos))


class ToldCache:
    """One check's operands, built once: each told figure's _Op (by its target's id — the told lists keep every
    target alive while the check runs — and whether it is of an earlier paragraph than the target's) and each paragraph's figures in text order (re-sorted only when the list grew)."""

    __slots__ = ("ops", "order")

    def __init__(self) -> None:
        self.ops: dict[tuple[int, bool], _Op | None] = {}  # (its target's id, told in an earlier paragraph)
        self.order: dict[int, tuple[int, list[_Told]]] = {}


def _op(u: _Target, f: _Fact, now: int | None, text: str, far: bool) -> _Op | None:
    if u.m.approx or u.m.hi is not None or f.date is not None or not f.mag or f.kind == "year":
        return None
    role = u.role or f.role
    earlier = u.ytag is not None or (f.ytag is not None and now is not None and f.ytag < now)  # (上年 said)
    base = "year" if earlier else role if role in ("initial", "target") else ""
    after = _AFTER_FIGURE.match(text, u.m.end)
    denied = bool(_DENIED.search(u.clause) or _DENIED.search(after.group() if after else ""))
    return _Op(f, f.mag, f.family, _bigrams(u.clause) | u.subj, u.m.start, u.sent, u.m.text,
               direction(u.clause) is not None or _by_how_much(text, u.m.start), base, role, _head(text, u.m.start),
               far, denied,
               _PER.search(u.clause) is not None, _item(text, u.m.start))


_SEG_END = "。；;！？!?\n：:"
_ITEM_END = re.compile(r"[\d，,（(、]")


def _item(text: str, pos: int) -> frozenset[str]:
    """The pairs of the words its segment (after the last 。；： before it) opens with, up to the first figure or
    comma: the item a list of sibling records tells it of (分两批：第一批4月10日至…完成186批次；第二批… — 第一批)."""
    s0 = max(text.rfind(c, max(0, pos - 200), pos) for c in _SEG_END) + 1
    end = _ITEM_END.search(text, s0, pos)
    return _bigrams(text[s0:end.start() if end else pos])


def _item_named(words: frozenset[str], cands: Sequence[_Op]) -> list[_Op] | None:
    """The candidates told under the item the words name (比第一批 / 第一批占: those whose segment opens with 第一批):
    two of its pairs shared (the one, of a two-character name), most of all, and not every candidate — None when the
    words name no item, or one every candidate is told under (第一 of 第一期 is no 第一批)."""
    if not words or not cands:
        return None
    scores = [len(words & o.item) for o in cands]
    best = max(scores)
    if best < min(2, len(words)):
        return None
    named = [o for o, n in zip(cands, scores) if n == best]
    return named if len(named) < len(cands) else None


def _by_how_much(text: str, pos: int) -> bool:
    """超过36000公里的目标2642公里 / 高于全省1.2万户的平均2300户: a figure after a sided comparison with a figure of its
    own — by how much, a gap, never a level (the compared figure, 36000, is the level)."""
    cut = _COMPARED.search(text, _clause_start(text, pos), pos)
    return cut is not None and COMPARATIVES.get(cut["word"]) in ("+", "−") and _DIGIT.search(cut["what"]) is not None


_DIGIT = re.compile(r"\d")


def _operands(t: _Target, told: dict[int, list[_Told]], now: int | None, text: str, cache: ToldCache,
              per_family: int = MAX_OPERANDS) -> list[_Op]:
    """The told figures before the target, its own paragraph's first, nearest first (see the module docstring); a
    sum over the items its words list looks at twice as many (its names choose among them)."""
    out: list[_Op] = []
    scanned = 0
    for p in range(t.para, t.para - MAX_FAR - 1, -1):
        entries = told.get(p)
        if not entries:
            continue
        ordered = cache.order.get(p)
        if ordered is None or ordered[0] != len(entries):
            # nearest first in the text (a derived figure joins `told` only when the derivations run, after the rest)
            ordered = cache.order[p] = (len(entries), sorted(entries, key=lambda e: -e[0].m.start))
        per: dict[str, int] = {}
        for u, f, _ in ordered[1]:
            if u.m.end > t.m.start or u.m is t.m:
                continue
            scanned += 1
            if scanned > MAX_SCANNED:
                return out
            key = (id(u), p != t.para)  # (per told figure: 812,350元（约81.24万元） tells one fact twice, the
            # approximate restatement no operand — the figure itself still one)
            if (op := cache.ops.get(key, _op)) is _op:
                op = cache.ops[key] = _op(u, f, now, text, key[1])
            if op is None or (n := per.get(op.family, 0)) >= per_family:
                continue
            per[op.family] = n + 1
            out.append(op)
    return out


def _near(ops: Sequence[_Op]) -> list[_Op]:
    return [o for o in ops if not o.far]


def _pick(words: frozenset[str], cands: Sequence[_Op], head: frozenset[str] = frozenset()) -> list[_Op] | None:
    """The candidates a phrase names: those sharing most of its pairs (their own, then their sentence's opening
    words) — all of them when it shares as many with each
    (the words do not tell them apart: then the sentence heads, `head` against each one's, may narrow the most
    named), None when it shares none with any (it names something not told)."""
    if not cands:
        return None
    # its own clause's words count twice over the words its sentence opens with: 上半年接收22950卷，下半年24,376卷 —
    # both open with 上半年接收, only the first is named so
    scores = [2 * len(words & o.words) + len(words & o.head) for o in cands]
    best = max(scores)
    if not best:
        return None
    named = [o for o, n in zip(cands, scores) if n == best]
    if len(named) > 1 and head:
        scores = [len(head & o.head) for o in named]
        if (best := max(scores)) and min(scores) < best:
            return [o for o, n in zip(named, scores) if n == best]
    return named


def _base_named(words: str) -> str | None:
    return next((k for k, r in _BASE_NAMED if r.search(words)), None)


class _Fit:
    def __init__(self, t: _Target):
        m = t.m
        self.t = t
        self.approx = m.approx
        self.step = written_step(m) * m.factor * t.ff
        self.reach = degree_reach(m.text) if m.approx else Decimal(1)
        self.head: frozenset[str] = frozenset()  # the pairs its sentence opens with
        self.full = t.clause  # its clause with the figures in it (门诊量比2022年的16,200人次减少)
        self.text = ""  # the text checked
        self.flip = False  # a gap written below zero (高-4.62个百分点): its side word says the other side
        self.far_named: Callable[[frozenset[str], _Op, str], list[_Op]] | None = None  # see _far_named

    def __call__(self, d: Decimal) -> bool:
        t = self.t
        if self.approx:
            return _approx_ok(d, t.x, self.approx, self.step, False, self.reach)
        return _close(d, t.x, t.q) is not None

    def shown(self, d: Decimal) -> str:
        t = self.t
        return ("-" if self.flip else "") + _show(d, t.q, t.m.factor * t.ff) + t.m.unit


def derive_told(t: _Target, told: dict[int, list[_Told]], text: str, now: int | None, cache: ToldCache
                ) -> tuple[str, list[_Fact], list[str]] | None:
    """(formula, operand facts, other formulas that fit) for a figure its paragraph's told figures give in one
    step, or None (see the module docstring)."""
    if t.m.kind in ("date", "year") or t.m.hi is not None or not t.x:
        return None
    flip = False
    if t.x < 0:  # 比市级拨款高-4.62个百分点: new − old as written, the side word the other way round
        if t.family != "pt" or _direction(t.clause) is None:
            return None
        t, flip = replace(t, x=-t.x), True
    listed = t.family not in _NOT_AMOUNTS and listed_items(text, t.m.start) >= 3
    ops = _operands(t, told, now, text, cache, 2 * MAX_OPERANDS if listed else MAX_OPERANDS)
    if len(ops) < 2 or ops[0].far:
        return None
    fit = _Fit(t)
    fit.flip = flip
    fit.head = _head(text, t.m.start)
    fit.full = text[_clause_start(text, t.m.start):t.m.start]
    fit.text = text
    fit.far_named = lambda words, a, base: _far_named(t, told, text, now, cache, words, a, base)
    with localcontext(_CTX):
        if t.family == "%":
            found = _rate(t, ops, fit)
        elif t.family == "pt":
            found = _gap(t, ops, fit)
        elif t.family in _NOT_AMOUNTS:
            found = []
        else:
            found = _amount(t, ops, fit)
    if not found:
        return None
    formula, facts = found[0]
    others = list(dict.fromkeys(f for f, _ in found[1:] if f != formula))
    return formula, facts, others


def _subject(t: _Target, levels: Sequence[_Op], words: frozenset[str], head: frozenset[str] = frozenset(),
             loose: bool = False) -> list[_Op] | None:
    """The levels that may be the target's subject: those its words name (its sentence's head telling apart what
    they do not); with no words, or words that do not tell the levels apart, the figure told right before it in its
    own sentence — any (`loose`) only where the relation is symmetric (相差). None: no subject to take (its words
    name a subject no told figure has, or its sentence told none)."""
    if words and levels:
        named = _pick(words, levels, head)
        if named is None:
            return None
        if len(named) < len(levels):
            return named
    near = [o for o in levels[:1] if o.sent == t.sent]
    return near or (_near(levels) or None if loose else None)


def _rate(t: _Target, ops: Sequence[_Op], fit: _Fit) -> _Found:
    clause = t.clause
    dirn = _direction(clause)
    if dirn is not None:  # 增长11.76%: (new − old) ÷ old
        out = []
        for a, b in _changed(t, ops, dirn, None, fit):
            d = (a.mag - b.mag) / b.mag * HUNDRED
            if fit(abs(d)):
                out.append((f"({a.text} − {b.text}) ÷ {b.text} × 100% = {fit.shown(abs(d))}", [a.fact, b.fact]))
        return out
    amounts = [o for o in ops if o.family not in _RATES and not o.change]
    if (r := _RATIO.search(clause)) is not None:  # 意向人数与岗位数之比: the two named, in that order
        out = []
        for a in _pick(_bigrams(r["a"]), amounts) or ():
            for b in _pick(_bigrams(r["b"]), amounts) or ():
                if a is not b and a.base == b.base and fit(d := a.mag / b.mag * HUNDRED):
                    out.append((f"{a.text} ÷ {b.text} × 100% = {fit.shown(d)}", [a.fact, b.fact]))
        return out
    s = _SHARE.search(clause)
    of = _SHARE_OF.search(clause) if s is None else None
    if s is None and of is None:
        return []
    before, whole = (clause[:s.start()], s["whole"] or s["whole2"] or "") if s is not None \
        else (clause[:of.start()], "")  # type: ignore[union-attr]
    within = of is not None or "占" in clause[len(before):]  # 占 / 占比: a part, never above its whole (为目标的: any)
    if within and not whole and (among := _among(fit.text, t.m.start)) is not None:
        return _among_share(t, amounts, _bigrams(before), among, fit)
    found = _share(t, amounts, _bigrams(before), whole, fit, within)
    if not found and within and (named := _CHANGE_NAMED.search(before)) is not None:
        # 追加额占全年预算的6.14%: the change its words name (told as 追加8.50万元) is the part, over a level
        changes = [o for o in ops if o.change and o.family not in _RATES and _bigrams(named[1]) & o.words]
        found = [f for f in _share(t, changes + amounts, _bigrams(named[1]), whole, fit, within)
                 if any(f[1][0] is o.fact for o in changes)]
    return found


# the words before 占 that name a change as the part: 追加额 / 调增部分 / 核减资金 (the amount of that change)
_CHANGE_NAMED = re.compile(r"(追加|调增|调减|核减|收回|增加|减少|压减)(?:额|部分|资金|金额|经费)?$")


# 两类自动站中 / 三项任务中 / 二者中: the items a share is among, counted right before it (no figure between)
_AMONG = re.compile(r"(?P<n>[两二三四五])(?:类|项|个|种|块|者|部分|笔|家|所)[\u4e00-\u9fff]{0,8}?中[，,]?[^\d，,。；;]*$")
_COUNT_WORD = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _among(text: str, pos: int) -> int | None:
    """How many items the words right before a share say it is among (两类设施中，桥梁养护费占), or None."""
    s0 = max(text.rfind(c, max(0, pos - 120), pos) for c in _SENT_END) + 1
    m = _AMONG.search(text, s0, pos)
    return _COUNT_WORD[m["n"]] if m else None


_START = lambda o: o.start  # noqa: E731
# 分别为 / 分别占 and the shares listed after it up to the target: figures and their joins only
_RESPECTIVE = re.compile(r"分别(?:占|为|是|达)?(?P<listed>(?:\s*\d[\d.]*%\s*(?:、|和|与|及|，|,)\s*)*)$")


def _respective_rank(text: str, pos: int) -> int | None:
    """The rank of the share at `pos` among the shares a 分别 right before lists (0: the first), None when none."""
    k = text.rfind("分别", max(0, pos - 60), pos)
    m = _RESPECTIVE.match(text, k, pos) if k >= 0 else None
    return m["listed"].count("%") if m else None


def _among_share(t: _Target, amounts: Sequence[_Op], words: frozenset[str], n: int, fit: _Fit) -> _Found:
    """A share among the n items its words count: the part its words name (or the figure right before it) over the sum
    of it and the n − 1 nearest other levels of its measure and role told before it — that whole only."""
    levels = [o for o in amounts if not o.base and not o.denied]
    out: _Found = []
    rank = _respective_rank(fit.text, t.m.start)
    parts = _subject(t, levels, words, fit.head)
    if parts is None and rank is not None and words:  # 两类资金…分别为: words naming them all, the rank tells them apart
        parts = _pick(words, levels, fit.head)
    for a in parts or ():
        rest = [o for o in levels if o is not a and o.family == a.family and o.role == a.role][:n - 1]
        if len(rest) != n - 1:
            continue
        if rank is not None and (rank >= n or sorted([a, *rest], key=_START)[rank] is not a):
            continue  # 两类资金…占比分别为59.11%和40.89%: the k-th share is the k-th item's, as told
        d = sum((o.mag for o in rest), a.mag)
        if d and fit(x := a.mag / d * HUNDRED):
            out.append((f"{a.text} ÷ ({' + '.join(o.text for o in [a, *rest])}) × 100% = {fit.shown(x)}",
                        [a.fact, *(o.fact for o in rest)]))
    return out


def _share(t: _Target, amounts: Sequence[_Op], words: frozenset[str], whole: str, fit: _Fit, within: bool) -> _Found:
    """A part over its whole, both of one measure word. The part: the level the words before 占 name (or the figure
    right before it); the whole: a level the words after 占 name when one has them, of the kind of base they name
    (目标 / 上年 / 年初) — and no earlier year's or target figure when they name none (占全年的 is this year's)."""
    out: _Found = []
    need = _base_named(whole)
    whole_words = _bigrams(_ALL.sub("", whole))  # (占全年场次的 names 场次; 占全年的 names no figure)
    levels = [o for o in amounts if not o.base]
    parts = _subject(t, levels, words, fit.head)
    if parts is None:  # 两批合计4,819辆，第一批占: the item its words name, by the segment its figure was told under
        parts = _item_named(words, levels)
    if parts is None:
        return out  # the words name a part the paragraph never told: no other figure is its part
    for a in parts:
        wholes = [o for o in amounts if o.family == a.family and o is not a and o.base == (need or "")]
        named = _pick(whole_words, wholes) if whole_words else None
        if named is not None and len(named) < len(wholes):
            if len(whole_words & named[0].words) < min(2, len(whole_words)):
                continue  # named by one pair of several (支出 of 全年项目支出): no whole its words name
            wholes = named
        elif t.m.approx:
            continue  # 超过两成 fits many a pair: only over the whole its words name
        else:
            wholes = _near(wholes)
        for b in wholes:
            if a.denied and not b.denied:
                continue  # 仍有146户未完成，占…: what was not done is no part of what was
            if b.mag != a.mag and not (within and a.mag > b.mag) and fit(d := a.mag / b.mag * HUNDRED):
                out.append((f"{a.text} ÷ {b.text} × 100% = {fit.shown(d)}", [a.fact, b.fact]))
    if not out and len(whole_words) >= 2 and fit.far_named is not None:
        # 第一批占全年示范面积的45.00%: the whole its words name, told further back than the operands (示范面积3.60万亩)
        for a in parts:
            for b in fit.far_named(whole_words, a, need or ""):
                if not (within and a.mag > b.mag) and fit(d := a.mag / b.mag * HUNDRED):
                    out.append((f"{a.text} ÷ {b.text} × 100% = {fit.shown(d)}", [a.fact, b.fact]))
    return out


def _far_named(t: _Target, told: Mapping[int, Sequence[_Told]], text: str, now: int | None, cache: ToldCache,
               words: frozenset[str], a: _Op, base: str) -> list[_Op]:
    """The whole a share's words name among the figures told in the MAX_NAMED_FAR paragraphs before its own (a
    level of the part's measure and the base they name, larger than the part): those sharing the most of its pairs,
    two at least (all, of a two-pair name), one value only — else none."""
    best, got = 0, []
    for p in range(t.para - 1, t.para - MAX_NAMED_FAR - 1, -1):
        for e in told.get(p, ()):
            if e[1].family != a.family:
                continue
            key = (id(e[0]), True)
            if (op := cache.ops.get(key, _op)) is _op:
                op = cache.ops[key] = _op(e[0], e[1], now, text, True)
            if op is None or op.change or op.mean or op.denied or op.base != base or op.mag <= a.mag:
                continue
            n = len(words & op.words)
            if n > best:
                best, got = n, [op]
            elif n == best and n:
                got.append(op)
    if best < min(3, len(words)) or len({o.mag for o in got}) != 1:
        return []
    return got[:1]


def _direction(clause: str) -> str | None:
    """The sign of new − old the words say: a change word (增长 / 下降 …) or a sided comparison (高出 / 低于)."""
    if (dirn := direction(clause)) is not None:
        return dirn
    cut = _COMPARED.search(clause)
    side = COMPARATIVES.get(cut["word"]) if cut else None
    return side if side in ("+", "−") else None


def _changed(t: _Target, ops: Sequence[_Op], dirn: str | None, family: str | None, fit: _Fit
             ) -> list[tuple[_Op, _Op]]:
    """(new, old) pairs of levels (no changes) of one family whose difference has the sign the change word says
    (none said: either way). A base — an earlier year's, initial or target figure — is never the new one, and when
    the comparison names its base (比上年 / 较目标 / 较年初) only such a figure is the old one; when it names an item
    (比一号折射望远镜), the old one is the figure those words name and the new one is not. The new one is the level
    the words before the comparison name, or the figure told right before it."""
    levels = [o for o in ops if not o.change and (o.family == family if family else o.family not in _RATES)]
    clause = fit.full
    cut = _COMPARED.search(clause)
    what = cut["what"] if cut else ""
    need = _base_named(what)
    w0 = t.m.start - len(clause) + cut.start("what") if cut else t.m.start
    # 超出“≥98%”1.2个百分点 / 高于95%的目标: the figure the comparison itself states is the old one, of whatever kind
    # (its own words end on the comparison — 超出“≥98%” — that read as a change: it is the level compared with)
    stated = [o for o in ops if w0 <= o.start < t.m.start and o.sent == t.sent
              and (o.family == family if family else o.family not in _RATES)][:1]
    if stated and stated[0] not in levels:
        levels = [*stated, *levels]
    if need is None:  # 提高 / 增长 with no base named: over time, never against a target
        levels = [o for o in levels if o.base != "target" or o in stated]
    olds: Sequence[_Op] = _near(levels)
    named_old = False
    what_words = _bigrams(_BASE_WORDS.sub("", what))
    # 比第一批多: the sibling item the words name, by the segment its figures were told under (a structure the
    # clause words of either figure may blur: …完成214批次，比第一批多 gives 214 the words 第一批 too)
    sibling = None if stated or need is not None else _item_named(what_words, [o for o in levels if not o.base])
    named = stated or sibling or (_pick(what_words, levels) if what_words else None)
    if what_words and named is None and need is None:
        return []  # 比差旅支出多: an item no told figure is — no other figure is the old one
    if named is not None and len(named) < len(levels) and (need is None or all(o.base == need for o in named)):
        olds, named_old = named, True
    words = _bigrams(clause[:cut.start()] if cut else "")
    rest = [o for o in levels if not o.base and not (named_old and any(o is x for x in olds))]
    news = None
    if sibling is not None and not words:  # (named among every level of the items, the old one's too: a lone level is
        # named by nothing — _item_named tells items apart)
        news = _carried(t, fit, [o for o in levels if not o.base])
        news = [o for o in news if any(o is x for x in rest)] or None if news is not None else None
    if news is None:
        news = _subject(t, rest, words, fit.head, loose=dirn is None)
    if words and news and all(o.sent != t.sent for o in news):
        # 市级…执行率92.58%，…，执行率比省级专项低: words its own sentence's figure carries whole are that figure's (an
        # earlier sentence's opening words — 全年执行… — name no rival)
        own = [o for o in levels if o.sent == t.sent and not o.base and words <= o.words
               and not (named_old and any(o is x for x in olds))]
        news = own[:1] or news
    if news is None and not words and levels and levels[0].sent == t.sent and levels[0].base:
        # 上年为612批次，增长11.76%: the base its sentence just told is the old one; the new, the level told before it
        news = [o for o in _near(levels) if not o.base and o.family == levels[0].family][:1]
    out = []
    for a in news or ():
        for b in olds:
            if b is a or b.family != a.family or a.mag == b.mag or (need and b.base != need):
                continue
            if dirn is None or (a.mag > b.mag) == (dirn == "+"):
                out.append((a, b))
    return out


def _carried(t: _Target, fit: _Fit, levels: Sequence[_Op]) -> list[_Op] | None:
    """第一批占59.06%，比第二批多873辆: a comparison with no words of its own before 比 is about the item the clause
    right before it in its sentence opens with, when that clause told no figure of its measure (a share, a rate) —
    the levels told under that item; None when there is no such clause or it names no item."""
    cs = t.m.start - len(fit.full)
    if cs < 1 or fit.text[cs - 1] not in "，,":
        return None
    ps = _clause_start(fit.text, cs - 1)
    if any(ps <= o.start < cs for o in levels):
        return None  # (完成214批次，比第一批多: the figure that clause told is the new one)
    end = _ITEM_END.search(fit.text, ps, cs - 1)
    return _item_named(_bigrams(fit.text[ps:end.start() if end else cs - 1]), levels)


def _gap(t: _Target, ops: Sequence[_Op], fit: _Fit) -> _Found:
    """比上年83.6%提高5.6个百分点 / 两块完成率相差3.79个百分点: the difference of two told rates."""
    out = []
    dirn = _direction(t.clause)
    if fit.flip and dirn is not None:
        dirn = "−" if dirn == "+" else "+"
    for a, b in _changed(t, ops, dirn, "%", fit):
        if fit(d := abs(a.mag - b.mag)):
            out.append((f"{a.text} − {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
    return out


def _amount(t: _Target, ops: Sequence[_Op], fit: _Fit) -> _Found:
    clause = t.clause
    out: _Found = []
    fam = t.family
    same = [o for o in ops if o.family == fam and not o.change]
    if (per := _PER.search(clause)) is not None:  # 户均1825.61张: the subject's amount over the subject's count
        words = _bigrams(clause[:per.start()])
        counts = [o for o in ops if o.family not in _NOT_AMOUNTS and o.family != fam and not o.change and not o.base]
        dividends = _subject(t, [o for o in same if not o.base and not o.mean], words, fit.head) or ()
        # 每个问题: the counts its noun names, of this paragraph or a named one before (全年发现问题213个) — no other
        noun = _each_noun(clause)
        named = _pick(_bigrams(noun), [o for o in counts if not o.denied]) if noun else None
        if not dividends and not words and named:
            # 造林核查面积13.47万亩，…；核查图斑4,352个，…，平均每个图斑30.95亩: the count its noun names, of the amount
            # its sentence told before (over a ；), the nearest of its measure — no other
            s0 = max(fit.text.rfind(c, max(0, t.m.start - 300), t.m.start) for c in _FULL_END) + 1
            dividends = [o for o in same if not o.base and not o.mean and not o.denied and o.start >= s0][:1]
        for a in dividends:
            # the count its own sentence told with it (第二季度支出486,720元，开班8期) — else the one the words name
            divisors = named or [o for o in counts if o.sent == a.sent] or (
                (_subject(t, counts, words, fit.head) or ()) if words else _near(counts))
            for b in divisors:
                if fit(d := a.mag / b.mag):
                    out.append((f"{a.text} ÷ {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
        return out
    if (gap := _like_gap(t, ops, fit)) is not None:  # 执行相差 / 与站前区只差 / 比省级专项多结余
        return gap
    if (bal := _BALANCE.search(clause)) is not None:  # 结余: the subject's budget less its spending, no other pair
        own = _subject(t, same, _bigrams(clause[:bal.start()]), fit.head)
        if own is not None and len(own) == 1:  # (the figure right before it: the budget or spending of its line)
            own = [o for o in same if o.sent == own[0].sent]
        for a in own or ():
            for b in own or ():
                if a.role in ("budget", "initial") and b.role == "actual" and fit(d := a.mag - b.mag):
                    out.append((f"{a.text} − {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
        return out
    dirn = _direction(clause)
    if dirn is not None:  # 比上年增加28人: new − old
        for a, b in _changed(t, ops, dirn, fam, fit):
            if fit(d := abs(a.mag - b.mag)):
                out.append((f"{a.text} − {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
        return out
    same = _near(same)
    if (half := _quarters_sum(fit.full, same, fit)) is not None:  # 上半年2648具: 一季度 + 二季度 told before it
        return [half]
    if _REST.search(clause):  # 下半年44,800剂: the whole less a part its sentence told
        parts = [o for o in same if o.sent == t.sent and not o.base]
        if not parts and "下半年" in clause:  # 其中上半年2.93万包，占全年60.16%；下半年1.94万包: the half the clause
            parts = [o for o in same if o.sent == t.sent - 1 and not o.base and "上半" in o.words]  # before told
        for b in parts:
            for a in same:
                if a is not b and not a.base and a.mag > b.mag and fit(d := a.mag - b.mag):
                    out.append((f"{a.text} − {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
        return out
    if not _CJK.search(clause) and (counted := _HEAD_SUM.match(_head_text(fit.text, t.m.start))) is not None:
        # 两轮合计46场、3.24万人次: a bare figure after the head sum's own (its 合计 is that figure's) is summed too
        return _head_sum(t, same, _COUNT_WORD[counted["n"]], fit, ops)
    if (total := _SUM.search(fit.full)) is not None and not _FIRST_ITEMS.search(fit.full):
        # 平台运维和清查审计合计: the two items its words name; no names: the two levels of one role told right before
        # it (后两项; 前两项 counts from the list's start: another stage's, no pair stands in)
        levels = [o for o in same if not o.base]
        names = [w for w in _ITEMS.split(fit.full[:total.start()]) if _CJK.search(w)]
        if total["places"] and len(names) < 2:
            return out  # 两地 with no places listed before it: no items to add
        if len(names) >= 3:  # 药品、化妆品、医疗器械合计: every item listed, each the one told figure its name names
            return _listed_sum(names, [o for o in levels if not o.denied], fit)
        pair = [_pick(_bigrams(w), levels) for w in names[-2:]] if len(names) >= 2 else []
        if pair and all(p is not None and len(p) == 1 for p in pair):
            pairs = [(pair[0][0], pair[1][0])]  # type: ignore[index]
        else:  # of each role among the last few told (19.33万元（预算20.00万元）: the two spendings, or the budgets)
            pairs = [(ones[1], ones[0]) for r in dict.fromkeys(o.role for o in levels[:4])
                     if len(ones := [o for o in levels if o.role == r][:2]) == 2]
        for a, b in pairs:
            if a is not b and a.role == b.role and fit(d := a.mag + b.mag):  # (a budget and a spending: nothing)
                out.append((f"{a.text} + {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
    elif (counted := _HEAD_SUM.match(_head_text(fit.text, t.m.start))) is not None:
        return _head_sum(t, same, _COUNT_WORD[counted["n"]], fit, ops)
    elif fam == "人次" and not same and (counted := _HEAD_SUM.match(fit.full)) is not None:
        # …队员9人；第二次…队员11人，两次共投入20人次: a clause opening on the N items' sum, in person-times
        return _head_sum(t, same, _COUNT_WORD[counted["n"]], fit, ops, t.m.start - len(fit.full))
    return out


# 两轮共演出59场，…，观众3.98万人次: a sum of N items heading its sentence covers the bare clauses after it
_HEAD_SUM = re.compile(r"(?P<n>[两二三四五])[\u4e00-\u9fff]{1,2}?(?:合计|共计|总计|累计|共)")


def _head_sum(t: _Target, same: Sequence[_Op], n: int, fit: _Fit, ops: Sequence[_Op] = (), s0: int | None = None
              ) -> _Found:
    """The sum of the N items its sentence opens on (两轮共…), of the measure its own clause names (观众): the level
    of that measure told under each of N sibling items before its sentence, nearest first — one level an item, or
    nothing (the words do not say which). Persons over N occurrences are person-times: 两次共投入20人次 sums the 人
    each occurrence told (队员9人 … 队员11人) where no 人次 was told."""
    persons = t.family == "人次" and not same
    if persons:
        same = [o for o in ops if o.family == "人" and not o.change]
    if s0 is None:
        s0 = max(fit.text.rfind(c, max(0, t.m.start - 300), t.m.start) for c in _SENT_END) + 1
    cands = [o for o in same if o.start < s0 and not o.base and not o.mean and not o.denied and o.item]
    named = _pick(_bigrams(fit.full), cands)
    if not named and (persons or not _CJK.search(t.clause)):  # 两轮合计46场、3.24万人次: a bare figure listed after
        named = cands  # the head sum — its measure alone says what is summed (one level an item, below); persons alike
    if not named:
        return []
    items: list[_Op] = []
    for o in named:  # nearest first
        if any(o.item == x.item for x in items):
            return []  # two levels under one item: which of them is summed the words do not say
        items.append(o)
        if len(items) == n:
            break
    if len(items) != n:
        return []
    parts = items[::-1]
    if not fit(d := sum((o.mag for o in parts), Decimal(0))):
        return []
    return [(" + ".join(o.text for o in parts) + f" = {fit.shown(d)}", [o.fact for o in parts])]


# a gap between two figures of one role: symmetric (执行相差 / 只差), or against another item the words name (与站前区只差
# / 比省级专项多结余 — the item after 与 / 比 is the other one, the figure its sentence told last the first)
_GAP_SAID = re.compile(r"(?<![偏误落])(?:相差|差距|差额|只差|仅差|相距|差)(?:了|为|是|约|仅|只有)?$")
_GAP_OTHER = re.compile(r"(?:与|和|同|跟)(?P<x>[\u4e00-\u9fff]{1,12}?)(?:之间)?(?:只|仅|相)?(?:差|差距|差额|相距)"
                        r"(?:了|为|是|约|仅|只有)?$")
_MORE_OF = re.compile(r"(?:比|较)(?P<x>[\u4e00-\u9fff]{1,12}?)(?P<side>[多少])(?P<role>结余|节余|剩余|结存)了?$")
_GAP_ROLES = (("balance", re.compile(r"结余|节余|剩余|结存")), ("actual", re.compile(r"执行|支出|实际|使用|花费")),
              ("budget", re.compile(r"预算|安排")))
_BALANCE_PAIRS = frozenset({"结余", "节余", "剩余", "结存"})
_NAMES = re.compile(r"[与和及、]")


def _like_gap(t: _Target, ops: Sequence[_Op], fit: _Fit) -> _Found | None:
    """A gap between two told figures of the target's measure and of the role its words name (执行 / 预算 / 结余:
    a spending's gap is no budget's): the two items its sentence opens with (审计与平台运维…，执行相差), or the item
    after 与 / 比 and the figure of that role its sentence told last (盖州市收费54,225元，与站前区只差 / 比省级专项多结余,
    多 / 少 the side). None when the words say no gap; [] when they do and no such pair gives it (no other pair stands
    in)."""
    clause = t.clause
    more = _MORE_OF.search(clause)
    said = more or _GAP_SAID.search(clause)
    if said is None:
        return None
    other = more or _GAP_OTHER.search(clause)
    words = more["role"] if more else clause[:said.start()]
    role = next((r for r, rx in _GAP_ROLES if rx.search(words)), None)
    fam = t.family
    if role == "balance":
        cands = [o for o in ops if o.family == fam and o.words & _BALANCE_PAIRS]
    else:
        cands = [o for o in ops if o.family == fam and not o.change and not o.denied
                 and (o.base == "" if role != "budget" else o.base in ("", "initial"))
                 and (role is None or o.role == role or role == "budget" and o.role == "initial")]
    pairs: list[tuple[_Op, _Op]] = []
    if other is not None:
        olds = _named_line(_bigrams(other["x"]), cands, fit.text)
        if not olds or len(olds) == len(cands) > 1:
            return []  # an item no told figure of that role is, or words that tell none apart
        news = [o for o in cands if o.sent == t.sent and all(o is not x for x in olds)][:1]
        pairs = [(a, b) for a in news for b in olds
                 if not more or (a.mag > b.mag) == (more["side"] == "多")]
    else:
        head = _head_text(fit.text, t.m.start)
        names = [w for w in _NAMES.split(head) if _CJK.search(w)]
        if len(names) < 2:
            return None
        got = [_pick(_bigrams(w), cands) for w in names[-2:]]
        if not all(g is not None and len(g) == 1 for g in got) or got[0][0] is got[1][0]:  # type: ignore[index]
            return []
        pairs = [(got[0][0], got[1][0])]  # type: ignore[index]
    out: _Found = []
    for a, b in pairs:
        if fit(d := abs(a.mag - b.mag)):
            out.append((f"{a.text} − {b.text} = {fit.shown(d)}", [a.fact, b.fact]))
    return out


def _listed_sum(names: Sequence[str], levels: Sequence[_Op], fit: _Fit) -> _Found:
    """The sum of the items a clause lists (three or more), each the one told level its name names (检出不合格药品37批次
    is no 药品 of what was checked); [] when a name names none or several, or two names the same figure."""
    # (a one-character item shares the list's head noun: 苹果、梨、桃苗 — 梨 names what its pairs hold it: 梨苗)
    got = [_pick(_bigrams(w), levels) if len(w) > 1 else [o for o in levels if any(w in p for p in o.words)] or None
           for w in (n.strip() for n in names)]
    # (其中矮化苹果苗463株 is a part of the 苹果苗 told before it, no item beside it: the name is the whole's)
    got = [[o for o in g if "其中" not in o.words] if g is not None and len(g) > 1 else g for g in got]
    if not all(g is not None and len(g) == 1 for g in got):
        return []
    items = [g[0] for g in got]  # type: ignore[index]
    if len({id(o) for o in items}) != len(items) or len({o.family for o in items}) != 1:
        return []
    d = sum((o.mag for o in items), Decimal(0))
    return [(f"{' + '.join(o.text for o in items)} = {fit.shown(d)}", [o.fact for o in items])] if fit(d) else []


def _named_line(words: frozenset[str], cands: Sequence[_Op], text: str) -> list[_Op] | None:
    """The candidates a phrase names, by their own words first, then by the words of their sentence up to them (结余
    3.54万元 is the balance of the line its sentence named before it: 省级质检专项资金…，结余3.54万元); None: none."""
    if not cands:
        return None
    def score(o: _Op) -> int:
        s0 = max(text.rfind(c, max(0, o.start - 300), o.start) for c in _SENT_END) + 1
        return 2 * len(words & o.words) + len(words & _bigrams(text[s0:o.start]))
    scores = [score(o) for o in cands]
    best = max(scores)
    return [o for o, n in zip(cands, scores) if n == best] if best else None


def listed_items(text: str, pos: int) -> int:
    """How many items the clause before pos lists with 、 ahead of its sum word (苹果、梨、桃苗合计 → 3; 合计 alone → 0;
    an item's own 与 — 饲料与药品 — joins no two items)."""
    clause = text[_clause_start(text, pos):pos]
    total = _SUM.search(clause)
    if total is None:
        return 0
    return sum(1 for w in clause[:total.start()].split("、") if _CJK.search(w))


# the words of a count of days: the time a work took from its first day (one end counted), or a period's days (both)
_ELAPSED = re.compile(r"(?:用时|耗时|相隔|间隔|相距|历经)(?:了|为|共)?$")
_PERIOD = re.compile(r"(?:为期|历时|持续|共计|共|累计)(?:了|为)?$")
def _through_said(text: str, a: NumberMention, b: NumberMention) -> bool:
    """自10月1日起至3月31日止: words that open the span at its first day and close it at its last (自 / 从 … 止)."""
    return text[max(0, a.start - 1):a.start] in ("自", "从") or text.startswith("止", b.end)


# the days between two events (3月1日、3月5日两次…相隔4天): neither end counted, whatever the report
_GAP_ONLY = re.compile(r"(?:相隔|间隔|相距)(?:了|为|共)?$")


def told_days(mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], i: int, t: _Target, text: str,
              year: int | None) -> str | None:
    """'7月1日启动，9月8日完成，用时69天' / '11月18日至11月22日的培训班为期5天': a count of whole days right after the two
    dates its own sentence states last (traced or not: the count is checked against the text's own dates, and a
    date in no source is flagged itself) — the days between them or through both ends, as reports write either
    (the formula says which); a gap (相隔 / 间隔) only the days between. The formula, or None."""
    m = t.m
    if not _whole_days(m) or m.approx or not m.value:
        return None
    s0 = max(text.rfind(c, max(0, m.start - 200), m.start) for c in _SENT_END) + 1
    if (em := _EVENT_GAP.search(t.clause)) is not None:
        # 第一批3月6日下单…；第二批8月14日下单…；前后下单相隔161天: the two dates of the event the gap names
        event = em["event"]
        s1 = max(text.rfind(c, max(0, m.start - 300), m.start) for c in "。！？!?\n") + 1  # (its sentence, over ；)
        if text[s1 - 1:s1] == "。" and not any(d.kind == "date" and d.start >= s1 for d in mentions[max(0, i - 8):i]):
            # 第一批4月7日到货…；第二批8月11日到货…。两批到货相隔126天: a sentence of its own over the dates just told
            s1 = max(text.rfind(c, max(0, s1 - 300), s1 - 1) for c in "。！？!?\n") + 1
        ends = []
        j = i - 1
        while j >= 0 and mentions[j].start >= s1 and len(ends) < 3:
            if mentions[j].kind == "date" and text.startswith(event, mentions[j].end):
                ends.append(j)
            j -= 1
        if len(ends) != 2:
            return None
        b, a = mentions[ends[0]], mentions[ends[1]]
        if not a.date or not b.date or not all(a.date[1:3]) or not all(b.date[1:3]) or a.hi is not None \
                or b.hi is not None:
            return None
        days = days_through((a.date[0], *a.date[1:3]), (b.date[0], *b.date[1:3]), year or 2023)
        if days is None or days - 1 != m.value:
            return None
        return f"{a.text}{event}至{b.text}{event}（间隔） = {m.value}{m.unit or '天'}"
    dates = []
    j = i - 1
    while j >= 0 and mentions[j].start >= s0 and len(dates) < 2:
        d = mentions[j]
        if d.kind == "date":
            if not d.date or not d.date[2] or d.hi is not None or not d.date[1] and dates:
                return None  # 9月 / a range: no day to count from
            dates.append(j)
        elif not d.ignored and d.base_unit == "天":
            return None  # another count of days between: the dates are its
        j -= 1
    if len(dates) < 2 or not any((r := results[k]) is not None and r.status in _TRACED_DATE for k in dates):
        return None
    b, a = mentions[dates[0]], mentions[dates[1]]
    if not a.date[1]:
        return None
    bm = b.date[1]
    if not bm:  # 9月15日至21日: the end's month is the start's, the span within it
        if b.date[2] <= a.date[2] or text[a.end:b.start] not in ("至", "到", "—", "-", "～", "~"):
            return None
        bm = a.date[1]
    days = days_through((a.date[0], *a.date[1:3]), (b.date[0], bm, b.date[2]), year or 2023)
    if days is None or days < 2:
        return None
    words = t.clause
    through = False if _ELAPSED.search(words) else True if _PERIOD.search(words) else span_through(text, a, b)
    if not _GAP_ONLY.search(words) and m.value in (days - 1, days) and not _through_said(text, a, b):
        # the days of a period are written both ways in real reports, whatever the word (工期 / 用时 / 历时 / 共):
        # the days between its dates (开工3月18日、完工5月30日 → 73天) or both ends (74天)
        through = m.value == days
    if days - 1 + through != m.value:
        return None
    return f"{a.text}至{b.text}{'（首尾两天都计）' if through else '（间隔）'} = {m.value}{m.unit or '天'}"


def _quarters_sum(clause: str, same: Sequence[_Op], fit: _Fit) -> tuple[str, list[_Fact]] | None:
    """上半年 / 下半年 / 前三季度: the sum of the quarters it holds, each the nearest told figure of the target's measure
    that names that quarter and no other."""
    named = next((qs for word, qs in _HALVES if word in clause), None)
    if named is None:
        return None
    parts = []
    for q in named:
        part = next((o for o in same if not o.base and q in o.words and len(o.words & _QUARTERS) == 1), None)
        if part is None:
            return None
        parts.append(part)
    d = sum((o.mag for o in parts), Decimal(0))
    if not fit(d):
        return None
    return f"{' + '.join(o.text for o in parts)} = {fit.shown(d)}", [o.fact for o in parts]


def sibling_gap(index: SourceIndex, t: _Target, told_here: Sequence[_Told], text: str
                ) -> tuple[str, list[_Fact]] | None:
    """第二批…巡检271段，比第一批多35段, the text never telling 第一批's: the gap between the figure its sentence told
    right before it (traced to a source record) and the same field of the sibling record the words name — a figure of
    the same source and measure whose record's words name that item (第一批…巡检管段236段) and the first figure's do not,
    at the value the side word puts it (271 − 35), looked up in that window. (formula, [new, old]) or None."""
    if t.m.approx or t.m.hi is not None or t.x <= 0 or t.family != "%" and t.family in _NOT_AMOUNTS:
        return None
    rate = t.family == "%"  # 比第一批增长14.83%: (new − old) ÷ old
    cs = _clause_start(text, t.m.start)
    cut = _COMPARED.search(text, cs, t.m.start)
    if cut is None or COMPARATIVES.get(cut["word"]) != "than" or _DIGIT.search(cut["what"]) \
            or _base_named(cut["what"]) is not None:
        return None
    side = _direction(text[cs:t.m.start])
    named = tokens(_BASE_WORDS.sub("", cut["what"]))
    if side not in ("+", "−") or not named:
        return None
    s0 = max(text.rfind(c, max(0, t.m.start - 300), t.m.start) for c in _SENT_END) + 1
    before = [e for e in told_here if s0 <= e[0].m.start and e[0].m.end <= cs
              and (e[0].family not in _RATES if rate else e[0].family == t.family)]
    if not before:
        return None
    u, _, facts = max(before, key=lambda e: e[0].m.start)  # the figure its sentence told right before it
    if not facts or u.m.approx or u.m.hi is not None:
        return None
    n = facts[0]
    fam = index.family(n.family)
    if fam is None or named <= _lead(n) or n.date is not None or n.mag <= 0:
        return None  # (its own record names the item: the words tell no sibling apart)
    sign = 1 if side == "+" else -1
    if rate:  # old = new ÷ (1 ± t%), at t's two ends
        ends = [n.mag / f for e in (-t.q, t.q) if (f := 1 + sign * (t.x + e) / HUNDRED) > 0]
        if len(ends) != 2:
            return None
        lo, hi = min(ends), max(ends)
    else:
        lo, hi = n.mag - sign * t.x - t.q, n.mag - sign * t.x + t.q
    field = n.subj - _ROLE_MARKS
    for f in fam.window(float(lo), float(hi)):
        if f is n or f.src != n.src or f.family != n.family or f.date is not None or f.role == "target" \
                or f.approx or f.hi_mag is not None or f.mag <= 0:
            continue
        d = (n.mag - f.mag) / f.mag * HUNDRED if rate else n.mag - f.mag
        if (d > 0) != (sign > 0) or _close(abs(d), t.x, t.q) is None:
            continue
        if len(field & f.subj) < min(2, len(field)) or not named <= _lead(f):
            continue  # another field of the sibling's record, or a record the words do not name
        what = cut["what"][:12]
        formula = f"({u.m.text} − {f.written}) ÷ {f.written} × 100%" if rate else f"{u.m.text} − {f.written}"
        return f"{formula}（{what}） = {t.m.text}", [n, f]
    return None


def restated_gap(t: _Target, told: Mapping[int, Sequence[_Told]], text: str, now: int | None, cache: ToldCache,
                 first_said: Mapping[int, _Target]) -> tuple[str, list[_Fact]] | None:
    """'第二批电子档案用时109天，比第一批多35天' in a later paragraph (问题: …): a gap right after a figure its sentence
    restated from an earlier paragraph is to the figure told there under the item its words name (第一批…用时74天: the
    segment it was told under, see _item_named) — of its measure, of the same event (a pair of the first statement's
    clause in its words), the way its side word says; one such figure only. (formula, [new, old]) or None.
    `first_said`: a restated figure's mention (by id) → the target of its first statement."""
    if t.m.approx or t.m.hi is not None or t.x <= 0 or t.family in _RATES:
        return None
    cs = _clause_start(text, t.m.start)
    cut = _COMPARED.search(text, cs, t.m.start)
    if cut is None or _DIGIT.search(cut["what"]) or _base_named(cut["what"]) is not None:
        return None
    side = _direction(text[cs:t.m.start])
    what = _bigrams(_BASE_WORDS.sub("", cut["what"]))
    if side not in ("+", "−") or not what:
        return None
    s0 = max(text.rfind(c, max(0, t.m.start - 300), t.m.start) for c in _SENT_END) + 1
    before = [e for e in told.get(t.para, ()) if s0 <= e[0].m.start and e[0].m.end <= cs and e[0].family == t.family]
    if not before:
        return None
    u, f, _ = max(before, key=lambda e: e[0].m.start)  # the figure its sentence told right before it
    first = first_said.get(id(u.m))
    if first is None or first.para == t.para:
        return None
    cands = []  # (the first statement itself among them: a rival item the words must tell apart — 第二标段)
    for e in told.get(first.para, ()):
        if e[0].family != t.family:
            continue
        key = (id(e[0]), True)
        if (op := cache.ops.get(key, _op)) is _op:
            op = cache.ops[key] = _op(e[0], e[1], now, text, True)
        if op is not None and not op.change and not op.denied \
                and (not op.base or op.base == "target" and _base_named(e[0].clause) is None):
            cands.append(op)  # (完成目标1.2万卷的115.00%：第一批…用时74天 — a target its own clause does not name: a level)
    named = [o for o in _item_named(what, cands) or () if o.start != first.m.start]
    if len(named) != 1 or not _bigrams(first.clause) & named[0].words:
        return None  # (no one figure of that item, or another event's: 第一批…送交 is no 用时)
    b = named[0]
    d = f.mag - b.mag
    if (d > 0) != (side == "+") or not _Fit(t)(abs(d)):
        return None
    return f"{u.m.text} − {b.text}（{_BASE_WORDS.sub('', cut['what'])[:12]}） = {t.m.text}", [f, b.fact]
