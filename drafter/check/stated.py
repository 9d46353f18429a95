"""Stage 3, operands the TEXT stated: a figure the paragraph stated before, that the checker itself traced (found
in the sources or derived from them — never one it flagged), is an operand of the figures after it, with the
operation the relation words fix: a sum of the items its words listed, then that sum's share of the whole its
items are parts of (合计129例，占75.44%); an approximation or a fraction word right after a rate, the same rate
restated (占66.97%，约三分之二); and (stated_pairs) 占 → the part over the figure its 其中 hangs on, 比X多 / 低 → the
gap to the level stated for X, 日均 → over the days of its quarter (over days its sentence states: relations.py), X率 → over the level its
sentence counts, 相当于…的 → the ratio of the two levels the words name, 其余 → the whole less a stated sum. Each
function says which stated figures it takes and why no other.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Callable, Mapping, Sequence

from ..numbers import NumberMention, _int_any
from ..subjects import clause_before, direction, roles, tokens
from ._common import HUNDRED, _BASE, _ROLE_MARKS, _TOTAL_MARK
from ._common import last_mark
from .context import _TARGET_AFTER, _phrase, _share_whole
from .dates import _RUN_PART, _TRACED_DATE, _whole_days, earlier_completion
from .derive import MAX_TOLD_PARAS, _RATE_FAMILIES, _TRACED, _dedupe, _period_facts, _year
from .index import SourceIndex, _Fact
from .match import _COMPARE, _RATE_NAMED, _Target, _average, _fits, _is_bound
from .models import MentionCheck
from .relations import _COMPARE as _BASE_WORDS, _REFS, _sign
from .periods import _PERIOD_TOKENS, fact_period, said_period
from .rounding import _approx_ok, degree_reach

# 约三分之二 / 近四分之三 / 超过三分之一: a fraction with its approximation word is as coarse as the word — a
# reader takes 约三分之二 for 64–69 %, not for 66.665–66.675 %: half a 成 (5 points) is its step
_FRACTION_STEP = Decimal(5)
_WORDED_FRACTION = re.compile(r"^\D{1,3}?[一二三四五六七八九十]分之")


def restates(t: _Target, x: Decimal) -> bool:
    """Does the mention — an approximation or a fraction word right after a rate x the text stated — bear x out?
    A fraction written with its approximation word is read at 5 points; anything else at its own precision."""
    m = t.m
    if m.approx and t.family == "%" and _WORDED_FRACTION.match(m.text):
        return _approx_ok(x, t.x, m.approx, _FRACTION_STEP, reach=degree_reach(m.text))
    return _fits(t, x)


_Told = tuple[_Target, _Fact, Sequence[_Fact]]


def restated(t: _Target, told: Sequence[_Told], before: NumberMention) -> tuple[_Target, Sequence[_Fact]] | None:
    """'少儿读者占33.9%，约三分之一': an approximation word right after a rate of its sentence that the checker
    traced restates that rate — the stated figure and its facts, when the word bears it out; None otherwise (a
    rate it flagged is in no `told`, so it restates nothing)."""
    if not t.m.approx:
        return None
    for u, _, facts in reversed(told):
        if u.m is before:
            if u.sent == t.sent and u.family == t.family and u.m.hi is None and not u.m.approx \
                    and restates(t, u.x):
                return u, facts
            return None
    return None


# 前两项合计 / 三笔合计 / 两项共检定: a count of items right before the sum word, the items not named
# (the measure: whatever noun counts the items — 项, 笔, 地, 站, 馆 —, never a time, a numeral or a fraction: 三季度合计 is
# one quarter's, 十二项 no 二)
_COUNTED = re.compile(r"(?P<side>前|后)?(?P<n>[两二三四五六七八九十]|\d{1,2})"
                      r"(?P<measure>(?![季月年日天周时分秒成倍半零一二三四五六七八九十两百千万亿])[\u4e00-\u9fff])"
                      r"[\u4e00-\u9fff]{0,4}?(?:合计|共计|总计|共)[\u4e00-\u9fff]{0,4}$")
# 六个重点乡镇平均检测 / 6个区县平均每个: a mean of N items right before the average word, the items not named
_COUNTED_MEAN = re.compile(r"(?P<side>前|后)?(?P<n>[两二三四五六七八九十]|\d{1,2})"
                           r"(?P<measure>(?![季月年日天周时分秒成倍半零一二三四五六七八九十两百千万亿])[\u4e00-\u9fff])"
                           r"[\u4e00-\u9fff]{0,6}?(?:平均|均值)(?:每[个处家所站座户])?[\u4e00-\u9fff]{0,6}?(?:为|达|是)?$")
_NAMED_LIST = re.compile(r"[与和及、]")  # 示范基地与病害监测两项合计: items the words name, found by name elsewhere
_NOT_AN_ITEM = re.compile(r"增加|减少|增长|下降|调增|调减|多|少|均|每|结余|目标|计划|上年|以上|以内")  # a change, an average, a target
MAX_COUNTED = 12


def counted_sum(i: int, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], paras: Sequence[int], family: Callable[[str], tuple[str, Decimal]],
                t: _Target, text: str) -> tuple[str | None, list[int]] | None:
    """'…阅读活动41.30万元，数字资源28.50万元。前两项合计127.50万元' / '三笔合计262200元': a sum of N items its words
    count but do not name is of the last list of figures the paragraph stated in its unit — the latest sentence
    holding N of them; 前N项 its first N, otherwise its last N. (formula, the items' mention indexes) when every
    item is traced and they add up; (None, indexes) when 前 / 后 or a list of just N fixes the items and they do
    not (no other pair may stand in); None otherwise. Items are figures of the sum's role (执行 / 预算), no change, average or target."""
    cm = _COUNTED.search(t.clause)
    said = t.clause
    if cm is None and "均" in text[t.context[0]:t.m.start]:  # (6个重点乡镇平均: 6个 a figure, not in the clause)
        said = text[_last_stop(text, t.m.start, "，,；;：:" + _FULL_STOPS) + 1:t.m.start]
    mean = cm is None and (cm := _COUNTED_MEAN.search(said)) is not None
    if cm is None or t.family in ("%", "pt", "倍") or t.m.hi is not None or t.m.approx \
            or _NAMED_LIST.search(said if mean else t.clause, 0, cm.start()):
        return None
    n = _int_any(cm["n"])
    if n is None or not 2 <= n <= MAX_COUNTED:
        return None
    role = roles(t.clause)  # 两个重点项目合计执行: the items' 执行, not their 预算 stated beside it
    # (六个重点乡镇平均检测208.5份: the same for the mean of N items, their sum over N)

    def item(mj: NumberMention) -> bool:  # a result of the sum's unit and role: no target, change or average
        return not mj.ignored and mj.value is not None and bool(mj.unit) and mj.kind != "date" and mj.hi is None \
            and family(mj.base_unit)[0] == t.family and not _TARGET_AFTER.match(text, mj.end) \
            and not _NOT_AN_ITEM.search(said := clause_before(text, mj.start)) \
            and (roles(said) == role or not role and roles(said) == "actual") \
            and (role in ("budget", "initial") or "预算" not in said)  # (前两个项目合计: what they spent, no （预算…）)

    head = _list_head(text, t, (said if mean else t.clause)[: cm.start()])
    listed: list[int] | None
    if head is not None:  # 民生实事两项: the items of the sentence 民生实事 heads, wherever before
        j, js = i - 1, []
        while j >= 0 and mentions[j].start >= head[0]:
            if mentions[j].start < head[1] and item(mentions[j]):
                js.append(j)
            j -= 1
        listed = sorted(js) if len(js) >= n else None
    else:  # the latest sentence of its paragraph holding N of them
        by_sent: dict[int, list[int]] = {}
        j = i - 1
        while j >= 0 and paras[j] == paras[i]:
            if item(mentions[j]):  # by full sentence (a list of payments runs over ；): where its 。 or line begins
                by_sent.setdefault(_last_stop(text, mentions[j].start, _FULL_STOPS), []).append(j)
            j -= 1
        listed = next((sorted(js) for _, js in sorted(by_sent.items(), reverse=True) if len(js) >= n), None)
    if listed is None:
        return None
    chosen = listed[:n] if cm["side"] == "前" else listed[-n:]
    # 前两项, a list of just N, or one the words name: they fix the items, and no other pair stands in when they do
    # not add up
    fixed = cm["side"] is not None or len(listed) == n or head is not None
    if any((r := results[j]) is None or r.status not in _TRACED for j in chosen):
        return (None, chosen) if fixed else None  # an item the checker flagged adds up to nothing it vouches for
    total = sum((mentions[j].value * mentions[j].factor * family(mentions[j].base_unit)[1] for j in chosen),
                Decimal(0))
    if not _fits(t, total / n if mean else total):
        return (None, chosen) if fixed else None
    if mean:
        return f"({' + '.join(mentions[j].text for j in chosen)}) ÷ {n} = {t.m.text}", chosen
    return " + ".join(mentions[j].text for j in chosen) + f" = {t.m.text}", chosen


def _list_head(text: str, t: _Target, before: str) -> tuple[int, int] | None:
    """The span of the earlier sentence that the words before a count name at its head (民生实事两项 → '民生实事方面，
    …。'): of the longest tail of those words, two characters or more, that stands in the first clause of a sentence
    before the mention's clause, the latest such sentence; None when none does."""
    end = t.m.start - len(t.clause)
    for k in range(len(before) - 1):
        name = before[k:]
        at = text.rfind(name, 0, end)
        while at >= 0:
            s0 = _last_stop(text, at, _FULL_STOPS) + 1
            if not any(c in text[s0:at] for c in "，,；;：:"):  # in its sentence's first clause: the list's heading
                stop = min((x for x in (text.find(c, at) for c in _FULL_STOPS) if x >= 0), default=len(text))
                return s0, stop
            at = text.rfind(name, 0, at)
    return None


_FULL_STOPS = "。！？!?\n"


def _last_stop(text: str, pos: int, stops: str) -> int:
    """max(text.rfind(c, 0, pos) for c in stops): each stop looked for only after the last line end or 。 before pos
    (both are in every stop set here) — a stop the text never uses (！, ?) would otherwise be looked for back to the
    text's first character for each figure, a time quadratic in the text."""
    k = max(text.rfind("\n", 0, pos), text.rfind("。", 0, pos))
    return max(k, *(text.rfind(c, k + 1, pos) for c in stops))
_GENERIC_WHOLE = ("全年", "全部", "总数", "总量", "合计", "总体", "全年总量", "全年总数")


def sum_share_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told], sums: Mapping[int, Sequence[Sequence[_Fact]]],
                    whole_of: Mapping[int, _Fact]) -> list[tuple[_Fact, _Fact]]:
    """'二、三季度合计129例，占75.44%': a share right after a sum the text stated of items its words listed is the
    sum over the whole those items are all parts of (see _common_wholes), when the words name no other whole (占
    alone, 占全年的). `sums`: the stated sums' facts (by id) → each item's facts (as the text states it and as its
    source does)."""
    if not _share_of_all(t):
        return []
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start), key=lambda e: e[0].m.start,
               default=None)  # the figure right before the share: its part
    if last is None or id(last[1]) not in sums:
        return []
    items = sums[id(last[1])]
    out = []
    for w in _common_wholes(index, items, whole_of):
        if w.family == last[1].family:
            out.append((last[1], w))
        elif len(got := [f for item in items for f in item[1:2] if f.family == w.family]) == len(items):
            out.append((_added(got), w))  # 两个片区新增耕地合计1510亩 of a ledger's bare 812 and 698: in its unit
    return out


# 前者比后者多 / 后者较前者少 / 前者占: the two items of the sum told right before, by their order in it
_FORMER_LATTER = re.compile(r"(?P<a>前者|后者)(?:(?:比|较)(?P<b>前者|后者)(?P<side>多|少|高|低)(?:出|了)?"
                            r"|(?:所)?占(?:比)?(?:为|达)?)$")


def former_latter_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told],
                        sums: Mapping[int, Sequence[Sequence[_Fact]]], whole_of: Mapping[int, _Fact]
                        ) -> list[tuple[_Fact, _Fact]] | None:
    """'两项合计148.55万元，前者比后者多24.25万元' / '…合计170.68万元，前者占17.19%': 前者 and 后者 are the first and the
    second item of the two-item sum its sentence told right before — a gap of the two the way its side word says, a
    share of the one over the whole both items are parts of (see _common_wholes). None when the words name neither or
    no such sum was told; [] when they do and the pair does not give it (no other pair stands in)."""
    fl = _FORMER_LATTER.search(t.clause)
    if fl is None:
        return None
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start and id(e[1]) in sums
                and len(sums[id(e[1])]) == 2), key=lambda e: e[0].m.start, default=None)
    if last is None:
        return None
    items = sums[id(last[1])]
    own = items[0] if fl["a"] == "前者" else items[1]
    if fl["b"] is not None:  # a gap: a − b with the sign its side word says
        other = items[0] if fl["b"] == "前者" else items[1]
        if fl["b"] == fl["a"] or t.family in ("%", "pt") or (own[0].mag > other[0].mag) != (fl["side"] in "多高"):
            return []
        return [(own[0], other[0])]
    if t.family != "%" or _share_whole(t.clause):
        return []
    return [(own[0], w) for w in _common_wholes(index, [own], whole_of)]


def paragraph_whole_pairs(t: _Target, told: Sequence[_Told], wholes: Mapping[int, _Fact] | None
                          ) -> list[tuple[_Fact, _Fact]]:
    """'亲本繁育86.40万元，占项目支出的43.20%；制种试验62.15万元占31.08%': a share whose words name no whole is of the one
    whole its paragraph's shares named before (by name: 占项目支出的) — its part the figure of that measure its sentence
    told before it that the words before 占 name (其中品种审定占: 品种审定's), or, naming none, the nearest. `wholes`: the
    wholes the paragraph's shares named (by id); two or more name none."""
    if not wholes or len(wholes) != 1 or t.family != "%" or (k := t.clause.rfind("占")) < 0 or _share_whole(t.clause):
        return []
    w = next(iter(wholes.values()))
    cands = sorted((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start and e[1] is not w
                    and e[1].family == w.family and 0 < e[1].mag < w.mag and not e[0].m.approx),
                   key=lambda e: -e[0].m.start)
    cs = t.m.start - len(t.clause)  # (制种试验62.15万元占: the words after the figure before it — none here)
    after = max((e[0].m.end - cs for e in cands if e[0].m.end > cs), default=0)
    words = tokens(t.clause[after:k]) - _ROLE_MARKS if after <= k else frozenset()
    if words:  # (其中品种审定占: the one its words name, no other)
        scored = [(len(words & (tokens(e[0].clause) | e[0].subj)), e) for e in cands]
        best = max((n for n, _ in scored), default=0)
        cands = [e for n, e in scored if n == best] if best else []
        if len(cands) != 1:
            return []
    if not cands:
        return []
    u, f, facts = cands[0]
    return [(f, w)] + [(g, w) for g in facts[:1] if g is not f and g.family == w.family]


def quarter_share_pairs(index: SourceIndex, t: _Target, text: str, told: Mapping[int, list[_Told]]
                        ) -> list[tuple[_Fact, _Fact]]:
    """'三季度到馆42180人次…；二、三季度合计占51.32%': a share of the quarters its words list, with no sum stated, is
    the sum of those quarters' figures (in the measure of a listed quarter's figure its paragraph stated) over the
    whole they are all parts of. The words fix both operands, so no other part the sentence names stands in."""
    if not _share_of_all(t) or (quarters := _period_facts(index, t, text, told, None)) is None:
        return []
    return [(_added(quarters), w) for w in _common_wholes(index, [(f,) for f in quarters], {})]


def _share_of_all(t: _Target) -> bool:
    """Is the mention a share whose whole the words leave to its part (占 alone, 占全年的)?"""
    if t.family != "%" or "占" not in t.clause[-10:]:
        return False
    whole = _share_whole(t.clause)
    return not whole or whole in _GENERIC_WHOLE  # 占项目支出的: the whole the words name, by the named-whole search


def _common_wholes(index: SourceIndex, items: Sequence[Sequence[_Fact]], whole_of: Mapping[int, _Fact]) -> list[_Fact]:
    """The wholes every item is a part of — the 合计 of their table or ledger, the sum of the list or column they are
    all rows of (no 合计 row: 初级道与中级道合计…，占 — over the five roads), or the whole the text's own shares of
    them were of (图书采购…占50.00%；阅读活动…占23.96%。前两项合计…，占73.96%) — 合计 rows first. `items`: each item's
    facts; `whole_of`: a part's fact (by id) → the whole of the share the text derived of it."""
    from .rows import rows_of

    common: set[int] | None = None
    found: dict[int, _Fact] = {}
    siblings = rows_of(index).wholes  # (a row's list or column sum, one fact per list: the same for every row of it)
    for item in items:
        wholes = {id(w): w for f in item for a, w, why in index.partners.get(id(f), ()) if a is f and why == "part"}
        wholes.update((id(w), w) for f in item if (w := whole_of.get(id(f))) is not None)
        wholes.update((id(w), w) for f in item for w in siblings.get(id(f), ()))
        found.update(wholes)
        common = set(wholes) if common is None else common & set(wholes)
    return sorted((found[k] for k in common or ()), key=lambda w: (not _TOTAL_MARK <= w.subj, w.seq))


def _added(facts: Sequence[_Fact]) -> _Fact:
    """The sum of source figures no text states, as a fact: the part of a share of the quarters a list names."""
    f0 = facts[0]
    total = sum((f.mag for f in facts), Decimal(0))
    written = " + ".join(f.written for f in facts)
    same = all(f.src == f0.src for f in facts)  # evidence: their source, and where in it (never 'line …' alone)
    where = "相加 / added: " + "、".join(dict.fromkeys(f.location for f in facts))
    return _Fact(total, total, f0.family, f0.unit, f0.kind, f0.src if same else -1, where, f"({written})", -1,
                 f"({written})", pmag=total, subj=frozenset().union(*(f.subj for f in facts)), role=f0.role)


def multiple_pairs(t: _Target, told: Mapping[int, Sequence[_Told]], exact: Mapping[int, _Fact], text: str = ""
                   ) -> list[tuple[_Fact, _Fact]]:
    """'台风当日呼救量1286次，是全年日均的2.40倍': a multiple (or share) of a figure the words after 是 / 为 name, that
    the text stated before — anywhere before it, named by every word the base has (日均受理536.8次) — is the
    figure its sentence states right before it over that one, at the exact value where the text derived it and
    rounded it to write it (1438起 ÷ 365 = 3.94, written 日均3.9起). With no figure of its own in its sentence, the
    words before 是 / 相当于 name the other side as the words after it name the base (see _best_told). `told`:
    every paragraph's traced figures; `exact`: a derived figure's fact (by id) → the same at its exact value."""
    if t.family not in ("倍", "%") or (bm := _BASE.search(t.clause)) is None:
        return []
    words = _phrase(bm[1]) - _ROLE_MARKS
    if not words:
        return []  # 是上年的: a year's figure, the year pairs' business
    mine = told.get(t.para, ())
    part = max((e for e in mine if e[0].sent == t.sent and e[0].m.end <= t.m.start and e[0].family not in _RATE_FAMILIES
                and e[0].role != "target"), key=lambda e: e[0].m.start, default=None)
    if part is None:  # 流动科技馆服务人次相当于馆内接待的16.08%: no figure of its own, both sides named
        parts = _best_told(_phrase(t.clause[: bm.start()]) - _ROLE_MARKS, t, told, text)
        bases = _best_told(words, t, told, text)
        return [(a, b) for a in parts for b in bases if a is not b and a.family == b.family]
    bases = [f for p in sorted(told) if p <= t.para for u, f, _ in told[p]
             if u.m.end <= t.m.start and u is not part[0] and u.family not in _RATE_FAMILIES and u.role != "target"
             and words <= tokens(u.clause) | u.subj]
    bases += [x for f in bases if (x := exact.get(id(f))) is not None]
    return [(part[1], b) for b in bases if b is not part[1]]


MAX_NAMED_VALUES = 2  # a side named by its words: the figures they name best, of at most two values


def _best_told(words: frozenset[str], t: _Target, told: Mapping[int, Sequence[_Told]], text: str,
               keep: Callable[[_Target], bool] = lambda u: True, back: int | None = None) -> list[_Fact]:
    """The levels the text stated before the mention that `words` name best — by the words of each one's sentence
    part up to it (流动科技馆进县巡展7个县，…，服务14.85万人次: 流动科技馆), one shared at least; none when the best
    are of more than MAX_NAMED_VALUES values (the words tell them apart no better than chance). `back`: the
    paragraphs before the mention's to search (None: all)."""
    if not words:
        return []
    scored = []
    for p in range(t.para - back, t.para + 1) if back is not None else sorted(told):
        if p > t.para:
            break
        for e in told.get(p, ()):
            u = e[0]
            if u.m.end <= t.m.start and u.family not in _RATE_FAMILIES and _a_level(e) and keep(u):
                s0 = _last_stop(text, u.m.start, _PART_STOPS) + 1
                if (n := len(words & tokens(text[s0:u.m.start]))) > 0:
                    # as stated and as its sources state it, named by the text's words too (接待观众 for 参观人次)
                    scored += [(n, replace(f, subj=f.subj | u.subj)) for f in _dedupe((e[1], *e[2][:2]))]
    top = max((n for n, _ in scored), default=0)
    best = [f for n, f in scored if n == top]
    return best if 0 < len({f.mag for f in best}) <= MAX_NAMED_VALUES else []


_PART_STOPS = "。；;！？!?\n"


def exact_value(t: _Target, formula: str, a: _Fact, b: _Fact) -> Decimal | None:
    """The exact value of an average the text derived and rounded to write it (日均3.9起 = 1438 ÷ 365 = 3.9397…), or
    of a difference of two source figures (结余4.76万元 = 1,415,000元 − 1,367,420元 = 47,580元), when it differs from
    the figure written; None for anything else."""
    if t.family in _RATE_FAMILIES or " × " in formula:
        return None
    if " ÷ " not in formula:
        if formula.count(" − ") != 1 or " + " in formula or a.src < 0 or b.src < 0 or a.family != b.family:
            return None
        d = abs(a.mag - b.mag) if t.x >= 0 else -abs(a.mag - b.mag)
    elif not b.mag:
        return None
    else:
        d = a.mag / b.mag
    return d if d != t.x and _fits(t, d) else None


# -- operands the words fix among the figures the paragraph stated (stated_pairs) ------------------------------------
# 比上年 / 比目标 / 比年初 / 比“2天以内”的要求: a level of another year, a target or a bound — not a figure the
# paragraph stated for a named item (those are the year pairs' and the target pairs' business)
_NOT_AN_ITEM_REF = re.compile(r"上年|去年|上一年|同期|目标|计划|预算|年初|要求|时限|标准|上限|下限|平均|\d")
_YEAR_REF = ("全年", "年度", "全年平均")  # 比全年低: the year's figure of the same measure
# the period a figure is of: the words that differ between a period's figure and the year's of the same measure
_PERIOD_WORDS = re.compile(r"前三季度|[一二三四]季度|第[一二三四]季度|[上下]半年|[春夏秋冬]季|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?")
_QUARTER_MONTHS = {"一": (1, 2, 3), "二": (4, 5, 6), "三": (7, 8, 9), "四": (10, 11, 12),
                   "上半年": tuple(range(1, 7)), "下半年": tuple(range(7, 13))}
_DAY_PERIOD = re.compile(r"第?([一二三四])季度|([上下]半年)")


def stated_pairs(t: _Target, told: Mapping[int, Sequence[_Told]], text: str, year: int | None,
                 whole_of: Mapping[int, _Fact], sums: Mapping[int, Sequence[Sequence[_Fact]]] | None = None
                 ) -> list[tuple[_Fact, _Fact]]:
    """Operands of the mention among the figures the text stated before it and the checker traced (`told`: by
    paragraph; a flagged figure is in none), the words fixing which and how:
    - 占 (no whole named, or 全年): the part its sentence states right before it over the whole the 其中 before
      that part hangs on (see _hung_on), or over the whole an earlier share of that part was of (`whole_of`: a
      part's fact by id → that whole);
    - 占全年X的: that part over the year's level of its unit the paragraph stated (see _year_whole_pairs);
    - 比X多 / 比X低 …: the figure its sentence states right before it against the one stated for X (比全年: the
      same measure's figure of no period);
    - 日均: the figure its sentence states for the period over the days of the quarter or half year that figure's
      words name (over days the sentence states: relations.py);
    - 下降 / 增长 naming no base right after a quarter's figure: on the quarter before (see _period_change_pairs);
    - X率 right after a figure its sentence states: that figure over the level its sentence counts (see _rate_pairs)."""
    before = sorted((e for e in told.get(t.para, ()) if e[0].m.end <= t.m.start), key=lambda e: e[0].m.start)
    if not before:
        return []
    out: list[tuple[_Fact, _Fact]] = []
    if t.family == "%" and (part := _right_before(t, before)) is not None and (
            _BRACKET_SHARE.fullmatch(text, part[0].m.start - 1, t.m.start) and text.startswith(("）", ")"), t.m.end)
            or _share_of_all(t) and not _share_whole(t.clause)
            and not any(whole_of.get(id(f)) is not None for f in (part[1], *part[2][:2]))):
        # 比灌溉与排水工程（612.35万元，27.85%）多 / 桥涵隧道检测118.45万元（20.31%）/ 人员培训150.30万元居次，占29.36%:
        # the amount's share (a bracket read as 占) of the whole its sentence's latest share was of
        s0 = _last_stop(text, t.m.start, _FULL_STOPS) + 1
        wholes = [w for e in before if s0 <= e[0].m.start and e[0] is not part[0]
                  for f in _dedupe((e[1], *e[2][:1])) if (w := whole_of.get(id(f))) is not None]
        out += [(part[1], w) for w in wholes[-1:] if w.family == part[1].family]
    if _share_of_all(t) and (part := _right_before(t, before)) is not None:
        out += [(part[1], w) for w in _hung_on(text, part[0], before)]
        # 存在问题：上半年接种21430剂次，仅占45.74%: the whole the text's own share of that part was of
        out += [(f, w) for f in _dedupe((part[1], *part[2][:2])) if (w := whole_of.get(id(f))) is not None]
    if t.family == "%" and "占" in t.clause[-12:] and (whole := _share_whole(t.clause)) \
            and whole not in _GENERIC_WHOLE and _YEAR_WHOLE.match(whole) and (part := _right_before(t, before)) is not None:
        out += _year_whole_pairs(part, whole, before, text)
    if (cm := _COMPARE.search(t.clause)) is not None:
        out += _gap_pairs(t, cm["ref"], before, t.clause[: cm.start()], text)
    per = _average(t.clause) if t.family not in _RATE_FAMILIES else None
    if per is not None and per[0][:1] in ("日", "天"):
        out += _day_pairs(t, before, text, year, per[0][0])
    elif per is not None and per[0][:1] == "月":
        out += _month_pairs(t, before, text)
    if t.family not in _RATE_FAMILIES and _REST.search(t.clause):
        out += _rest_pairs(t, told, text, sums, whole_of)
    if t.family == "%" and direction(t.clause) and not _NAMED_BASE.search(t.clause) \
            and (part := _right_before(t, before)) is not None:
        out += _period_change_pairs(part, before, text)
    if t.family == "%" and (rn := _RATE_NAMED.search(t.clause)) is not None and "占" not in t.clause \
            and not direction(t.clause) and (part := _right_before(t, before)) is not None:
        out += _rate_pairs(t, part, tokens(t.clause[: rn.start()]), told, text)
    return out


# （612.35万元，27.85% / 118.45万元（20.31%: the span from the character before the amount to the share in brackets
_BRACKET_SHARE = re.compile(r"[（(][^（()）\d]*[\d,.]+[\u4e00-\u9fff]{0,3}[，,]|[^（(][\d,.]+[\u4e00-\u9fff]{0,3}[（(]")


# 比 / 较 / 同比 …: the words name the base of the change (the gap and the year pairs' business)
_NAMED_BASE = re.compile(r"比|较|同比|环比|高于|低于|超出|超过|多于|少于|上年|去年|同期|目标|计划|年初")
_PERIOD_BEFORE = {"二": "一", "三": "二", "四": "三", "下半年": "上半年"}  # the period a period follows


def _period_change_pairs(part: _Told, before: Sequence[_Told], text: str) -> list[tuple[_Fact, _Fact]]:
    """'三季度报修1874件…；四季度回落到1148件，下降38.74%': a change that names no base, right after a figure of a
    quarter or a half year, is on the period before it — the level of its unit the paragraph stated for that
    period (its sentence part's words name it: 三季度), new over old."""
    prev = _PERIOD_BEFORE.get(_period_of(part[0], text) or "")
    if prev is None:
        return []
    olds = [e for e in before if e[0] is not part[0] and e[0].family == part[0].family and _a_level(e)
            and _period_of(e[0], text) == prev]
    return [(part[1], e[1]) for e in olds[-1:]]


def _period_of(u: _Target, text: str) -> str | None:
    """The quarter (一 … 四) or half year (上半年 / 下半年) the words of the figure's sentence part name last before
    it (比二季度的1532件: 二), or None."""
    s0 = _last_stop(text, u.m.start, _PART_STOPS) + 1
    pm = None
    for pm in _DAY_PERIOD.finditer(text, s0, u.m.start):
        pass
    return None if pm is None else pm[1] or pm[2]


# 其余 / 另有 / 其他: the rest of a breakdown, after the parts its sentence stated
_REST = re.compile(r"(?:其余|其他|另有|余下|剩余)[\u4e00-\u9fff]{0,4}$")
_SUM_BEFORE = re.compile(r"(?:共|合计|共计|总计)[为有计达]?$")  # 分三类共34个 / 合计: a sum right before its figure
_COLON_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?[：:]")  # 共34个班级：


def colon_sum(i: int, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], t: _Target, text: str
              ) -> str | None:
    """'主干课程分三类共34个班级：书画类9个，声乐类11个，健身类14个': a sum (共 / 合计 right before it) followed by a
    colon is the sum of the figures in its measure word that the rest of its sentence lists — every one the checker
    traced, two at least, the rest (其余12个) not one of them. The formula, or None."""
    m = t.m
    if t.family in _RATE_FAMILIES or m.hi is not None or m.approx or not m.unit or not _SUM_BEFORE.search(t.clause) \
            or (cm := _COLON_AFTER.match(text, m.end)) is None:
        return None
    stop = min((k for k in (text.find(c, cm.end()) for c in "。\n") if k >= 0), default=len(text))
    items = []
    for j in range(i + 1, len(mentions)):
        mj = mentions[j]
        if mj.start >= stop:
            break
        if not mj.ignored and mj.value is not None and mj.hi is None and mj.base_unit == m.base_unit \
                and not _REST.search(clause_before(text, mj.start)):
            items.append(j)
    if len(items) < 2 or any((r := results[j]) is None or r.status not in _TRACED for j in items) \
            or sum((mentions[j].value * mentions[j].factor for j in items), Decimal(0)) != m.value * m.factor:
        return None
    return " + ".join(mentions[j].text for j in items) + f" = {m.text}（冒号后逐一列举）"


def _rest_pairs(t: _Target, told: Mapping[int, Sequence[_Told]], text: str,
                items_of: Mapping[int, Sequence[Sequence[_Fact]]] | None = None,
                whole_of: Mapping[int, _Fact] | None = None) -> list[tuple[_Fact, _Fact]]:
    """'…共34个班级：…，其余12个为文史、手工等班级': the rest after a sum its sentence stated (共 / 合计) is the whole
    of that breakdown less the sum — a level of its unit the text stated before that sentence, in its paragraph or
    the three before, larger than the sum: the nearest ones, of at most MAX_NAMED_VALUES values; else the whole a
    share of the sum or of one of its items was of (第一批检查92次，占全年的45.10%；…两批合计166次，其余38次: the year's
    204 the text never states), one value only."""
    s0 = _last_stop(text, t.m.start, _FULL_STOPS) + 1
    sums = [e for e in told.get(t.para, ()) if s0 <= e[0].m.start and e[0].m.end <= t.m.start
            and e[0].family == t.family and _SUM_BEFORE.search(e[0].clause)]
    if not sums:
        return []
    part = max(sums, key=lambda e: e[0].m.start)
    wholes = sorted((e for p in range(t.para - MAX_TOLD_PARAS + 1, t.para + 1) for e in told.get(p, ())
                     if e[0].m.end <= s0 and e[0].family == t.family and _a_level(e) and abs(e[0].x) > abs(part[0].x)),
                    key=lambda e: -e[0].m.start)
    values = list(dict.fromkeys(e[0].x for e in wholes))[:MAX_NAMED_VALUES]
    if not wholes and items_of and whole_of:
        # (两轮合计274只，占全年放归的62.70%；其余163只: the sum's own share names the whole too)
        held = [w for f in (part[1], *(f for item in items_of.get(id(part[1]), ()) for f in item))
                if (w := whole_of.get(id(f))) is not None and w.family == part[1].family and abs(w.mag) > abs(part[1].mag)]
        return [(held[0], part[1])] if held and len({w.mag for w in held}) == 1 else []
    return [(e[1], part[1]) for e in wholes if e[0].x in values]


# words that name no kind of thing counted: the year's, a sum's
_GENERIC_WORDS = tokens("全年") | tokens("年度") | tokens("合计") | tokens("共计") | tokens("总计") | tokens("累计")


def _rate_pairs(t: _Target, part: _Told, rate_words: frozenset[str], told: Mapping[int, Sequence[_Told]], text: str
                ) -> list[tuple[_Fact, _Fact]]:
    """'全年抽检684批次…。春季抽检不合格5批次，秋季不合格3批次，全年合计8批次，不合格率1.17%': a rate named by what
    its part counts, right after a figure its sentence states, is that figure over the level of its unit, larger than
    it, that the text stated before that sentence for what the sentence counts — the words of the sentence up to the
    part (抽检), the rate's own (不合格) and the year's left out — best named (see _best_told). The part with its
    sentence's words: a 全年合计 counts what its items count. The periods its items are of (春季) name no whole."""
    s0 = _last_stop(text, part[0].m.start, _FULL_STOPS) + 1
    said = tokens(text[s0:part[0].m.start]) - _ROLE_MARKS
    words = _measure_words(text[s0:part[0].m.start]) - rate_words - _GENERIC_WORDS  # 春季 / 秋季 name its items
    fam, x = part[0].family, abs(part[0].x)
    wholes = _best_told(words, t, told, text, lambda u: u.m.end <= s0 and u.family == fam and abs(u.x) > x,
                        MAX_TOLD_PARAS - 1)
    seg = _last_stop(text, part[0].m.start, _PART_STOPS) + 1
    if not wholes:
        # 海门区126批次，占35.00%，不合格7批次，不合格率5.56%: the level of its unit its sentence part told before the
        # part (that part's own item), the nearest — before the paragraph's lead (全年抽检360批次), another item's
        wholes = [e[1] for e in sorted(told.get(t.para, ()), key=lambda e: -e[0].m.start)
                  if seg <= e[0].m.start and e[0].m.end <= part[0].m.start and e[0].family == fam
                  and _a_level(e) and abs(e[0].x) > x][:1]
    if not wholes and not any(words & tokens(text[_last_stop(text, e[0].m.start, _PART_STOPS) + 1:e[0].m.start])
                              for e in told.get(t.para, ()) if e[0].m.end <= s0):
        # 收容救护684只…。放归自然437只，放归率63.89%: words naming no earlier figure — the paragraph's lead level
        lead = next((e for e in sorted(told.get(t.para, ()), key=lambda e: e[0].m.start)
                     if e[0].family == fam and e[0].m.end <= s0), None)
        if lead is not None and _a_level(lead) and abs(lead[0].x) > x \
                and not _PERIOD_WORDS.search(text[_last_stop(text, lead[0].m.start, _PART_STOPS) + 1:lead[0].m.start]):
            wholes = [lead[1]]
    p = replace(part[1], subj=part[1].subj | said)
    return [(p, w) for w in wholes]


def _right_before(t: _Target, before: Sequence[_Told], family: str | None = None) -> _Told | None:
    """The figure its sentence states right before the mention: a result (no target, bound, range or date), of
    `family` (default: any but a rate's) — and no average unless the mention's words name one (入库6,780吨，日均入库
    96.86吨，占全年轮换量的: the share is 6,780吨's)."""
    of_average = "均" in t.clause
    for e in reversed(before):
        u = e[0]
        if u.sent != t.sent:
            return None
        if not of_average and _average(u.clause) is not None:
            continue
        if u.m.hi is None and u.role != "target" and e[1].date is None and not _is_bound(e[1]) \
                and (u.family == family if family is not None else u.family not in _RATE_FAMILIES):
            return e
    return None


def _a_level(e: _Told) -> bool:
    """A level the paragraph stated for this year: no target, earlier year, change, average, range or date."""
    u, f, _ = e
    return u.role != "target" and u.ytag is None and u.m.hi is None and f.date is None and not direction(u.clause) \
        and _average(u.clause) is None and not _is_bound(f)


def _hung_on(text: str, part: _Target, before: Sequence[_Told]) -> list[_Fact]:
    """'全年抽检684批次，比上年…。其中春季312批次，占45.61%；秋季372批次，占54.39%': the whole of a part after 其中 (in
    the same sentence, to its 。) is the figure the 其中 hangs on — the head figure (the first level) of the sentence
    before, when 其中 opens its sentence; the last level before 其中 in its own sentence otherwise — in the part's
    unit and larger than it. None when no 其中 precedes the part in its sentence."""
    s0 = _last_stop(text, part.m.start, _FULL_STOPS) + 1
    k = text.rfind("其中", s0, part.m.start)
    if k < 0:
        return []
    opens = not text[s0:k].strip(" \t，,")
    lo = _last_stop(text, max(0, s0 - 1), _FULL_STOPS) + 1 if opens else s0
    levels = [e for e in before if lo <= e[0].m.start and e[0].m.end <= k and e[0].family == part.family
              and _a_level(e) and abs(e[0].x) > abs(part.x)]
    if not levels:
        return []
    return [(levels[0] if opens else levels[-1])[1]]


_YEAR_WHOLE = re.compile(r"全年|年度|本年")  # 占全年参训人数的: the year's count of what the part counts
_YEAR_LEVEL = re.compile(r"全年|年度|本年|年内")


def _year_whole_pairs(part: _Told, whole: str, before: Sequence[_Told], text: str) -> list[tuple[_Fact, _Fact]]:
    """'全年分两期完成集中训练642人…。第一期参训318人；第二期参训324人，占全年参训人数的50.47%': the year's count the
    words name is the level of the part's unit that the paragraph stated before the part's sentence and whose words
    say it is the year's (全年…642人) — the latest such, larger than the part; named as the text names it (the
    sources may call it otherwise)."""
    s0 = _last_stop(text, part[0].m.start, _FULL_STOPS) + 1
    years = [e for e in before if e[0].m.end <= s0 and e[0].family == part[0].family and _a_level(e)
             and abs(e[0].x) > abs(part[0].x) and _YEAR_LEVEL.search(e[0].clause)]
    return [(part[1], replace(e[1], subj=e[1].subj | tokens(whole))) for e in years[-1:]]


def _gap_pairs(t: _Target, ref: str, before: Sequence[_Told], lead: str, text: str = ""
               ) -> list[tuple[_Fact, _Fact]]:
    """'秋季372批次，…，比春季多60批次' / '三季度接通率96.58%，…，比全年低0.78个百分点': the figure its sentence states
    right before the gap — or, with none, the level the words before 比 name (考务劳务费比考点运维多: 考务劳务费312.45万元)
    — against the level the paragraph stated for what the words after 比 name; for 全年, the same measure's figure
    that names no period. Both ways round (the direction word decides)."""
    if _NOT_AN_ITEM_REF.search(ref):
        return []
    fam = "%" if t.family == "pt" else t.family
    if t.family == "%" and not direction(t.clause):
        return []
    a = _right_before(t, before, fam) if fam != "%" or t.family == "pt" else _right_before(t, before)
    if a is None:  # no figure of its own: the words before 比 name it, as those after 比 name the other
        a = _named_level(tokens(lead) - _ROLE_MARKS, [e for e in before if e[0].family == fam or fam == "%"])
    if a is None:
        return []
    if ref in _YEAR_REF:
        own = _measure_words(a[0].clause)
        if not own:
            return []
        named = [e for e in before if not _PERIOD_WORDS.search(e[0].clause) and own <= tokens(e[0].clause)
                 and e[0] is not a[0] and e[0].family == a[0].family and _a_level(e)]
        b = named[-1] if named else None
    else:  # the level its words name best (比监测支出多: 病媒生物密度监测46.80万元)
        levels = [e for e in before if e[0] is not a[0] and e[0].family == a[0].family]
        b = _named_level(tokens(ref) - _ROLE_MARKS, levels)
        if b is None and text:  # 第一批高速扫描仪…，用时17天；第二批…用时11天，比第一批少6天: the level told in the
            # segment that opens with the item's name, its own clause (用时17天) naming none — not the figure's own
            b = _item_level(tokens(ref) - _ROLE_MARKS, levels, text, a[0])
    if b is None:
        return []
    side = None if _TIME_SIDE.search(t.clause) else _sign(t.clause)
    if side is not None and a[0].x != b[0].x and (a[0].x > b[0].x) != (side == "+"):
        return []  # 秋季372批次，比春季少60批次 against 春季312批次: the side word says the other one is larger
    return [(a[1], b[1]), (b[1], a[1])]


# 快 / 慢 / 提前 / 推迟 …: the side of a time, not of the figure (用时比第一批快3天 is fewer days)
_TIME_SIDE = re.compile(r"快|慢|提前|推迟|延迟|滞后|早|晚")


_SEGMENT_END = "。；;！？!?\n：:"
_SEGMENT_HEAD_END = re.compile(r"[\d，,（(、]")


def _segment_head(text: str, pos: int) -> frozenset[str]:
    """The words the segment holding `pos` (after the last 。；： before it) opens with, up to its first figure or comma:
    the item a list of sibling items tells its figures under (第一批高速扫描仪3月5日到货… — 第一批高速扫描仪)."""
    s0 = max(text.rfind(c, max(0, pos - 200), pos) for c in _SEGMENT_END) + 1
    end = _SEGMENT_HEAD_END.search(text, s0, pos)
    return tokens(text[s0:end.start() if end else pos])


def _item_level(words: frozenset[str], levels: Sequence[_Told], text: str, own: _Target) -> _Told | None:
    """The one level told in a segment whose opening words hold all of `words` (比第一批: 第一批's segment), when the
    gap's own figure was told in another segment (whose opening does not hold them)."""
    if not words or words <= _segment_head(text, own.m.start):
        return None
    named = [e for e in levels if _a_level(e) and words <= _segment_head(text, e[0].m.start)]
    return named[0] if len(named) == 1 else None


def _named_level(words: frozenset[str], levels: Sequence[_Told]) -> _Told | None:
    """The latest of the levels `words` name best — by the words of its clause and its subject, one at least."""
    scored = [(len(words & (tokens(e[0].clause) | e[0].subj)), e) for e in levels if _a_level(e)]
    top = max((n for n, _ in scored), default=0)
    return next((e for n, e in reversed(scored) if n == top > 0), None)


def _measure_words(clause: str) -> frozenset[str]:
    """What a period's figure measures, its period left out: 三季度接通率 → 接通率's words."""
    return tokens(_PERIOD_WORDS.sub(" ", clause)) - _ROLE_MARKS - {"全年", "年度"}


def _day_pairs(t: _Target, before: Sequence[_Told], text: str, year: int | None, day: str
               ) -> list[tuple[_Fact, _Fact]]:
    """The figure an average per day is of — the last level of its unit its full sentence states before it — over
    the days of the quarter or half year the figure's words name (三季度: July to September, 92 days), as a count of
    the average's `day` (日 / 天), what an average is per. Over days the sentence states: relations._per_unit."""
    s0 = _last_stop(text, t.m.start, _FULL_STOPS) + 1
    mine = [e for e in before if e[0].m.start >= s0]
    total = next((e for e in reversed(mine) if e[0].family == t.family and _a_level(e)), None)
    if total is None:
        return []
    pm = _DAY_PERIOD.search(total[0].clause)
    if pm is None or year is None:
        return []
    months = _QUARTER_MONTHS[pm[1] or pm[2]]
    n = Decimal(sum(calendar.monthrange(year, mo)[1] for mo in months))
    name = pm[0]
    return [(total[1], _Fact(n, n, "", day, "count", -1, f"{name}（{months[0]}—{months[-1]}月）", f"{name}{n}天", -1,
                             f"{n}天", pmag=n))]


def _month_pairs(t: _Target, before: Sequence[_Told], text: str) -> list[tuple[_Fact, _Fact]]:
    """'上半年完成公务接待14场，月均2.33场': an average per month of the last level of its unit its sentence states, over
    the months of the part of the year that level's words name (上半年: 6, 前三季度: 9, 1-5月: 5); the year's level is
    over its 12 (match._PERIODS_IN_YEAR)."""
    s0 = _last_stop(text, t.m.start, _FULL_STOPS) + 1
    mine = [e for e in before if e[0].m.start >= s0]
    total = next((e for e in reversed(mine) if e[0].family == t.family and _a_level(e)), None)
    if total is None or (p := said_period(total[0].clause)) is None or p == "1-12":
        return []
    a, _, b = p.partition("-")
    n = Decimal(int(b) - int(a) + 1)
    return [(total[1], _Fact(n, n, "", "月", "count", -1, f"{a}—{b}月", f"{n}个月", -1, f"{n}个月", pmag=n))]


# 晚于升级完成 / 早于系统上线: the event whose date a count of days is measured from
_FROM_EVENT = re.compile(r"(晚于|迟于|早于|先于)([\u4e00-\u9fff]{2,10})$")


def event_gap(i: int, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], t: _Target, text: str,
              index: SourceIndex) -> tuple[str, _Fact] | None:
    """'尾款于9月20日才支付，晚于升级完成35天': days from the event the words after 晚于 / 早于 name — the one dated
    result (no deadline) of the sources that its words name best — to the last date its sentence stated, traced,
    on the side the word says. (formula, the event's fact), or None."""
    m = t.m
    if not _whole_days(m) or m.approx or (em := _FROM_EVENT.search(t.clause)) is None:
        return None
    s0 = _last_stop(text, m.start, _FULL_STOPS) + 1
    done = next((mentions[j] for j in range(i - 1, -1, -1) if mentions[j].start >= s0 and mentions[j].kind == "date"
                 and mentions[j].date and mentions[j].date[1] and mentions[j].date[2]
                 and (r := results[j]) is not None and r.status in _TRACED_DATE), None)
    words = tokens(em[2]) - _ROLE_MARKS
    if done is None or not words:
        return None
    dated = [(len(words & f.subj), f) for f in index.facts if f.date is not None and f.date[1] and f.date[2]
             and f.role != "target" and not _is_bound(f)]
    top = max((n for n, _ in dated), default=0)
    events = {f.date[1:]: f for n, f in dated if n == top > 0}
    if len(events) != 1:
        return None  # the words name no dated event, or several on different days
    (month, day), event = next(iter(events.items()))
    year = index.year_now or 2023  # only February's length depends on it
    try:
        gap = (date(year, done.date[1], done.date[2]) - date(year, month, day)).days
    except ValueError:
        return None
    if (gap if em[1] in ("晚于", "迟于") else -gap) != m.value:
        return None
    return f"{done.text} − {month}月{day}日（{em[2]}）= {abs(gap)}天", event


# 比上年的11月29日 / 较上年（11月29日） / 比去年同期的 / 早于: the words before a date the text compares with
_DATE_COMPARED = re.compile(r"(?:比|较|早于|晚于|迟于|先于)[^\d，,。；;：:、]{0,10}$")
_BETWEEN_DAYS = re.compile(r"^[^\d，,。；;：:、]{0,10}$")  # 比上年的11月29日提前7天: the direction word, no figure
_DEADLINE_AFTER = re.compile(r"\s*(?:前|以前|之前|底前|末前)")  # 12月10日前: a deadline, no completion


def compared_date_days(i: int, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], t: _Target,
                       text: str, year: int | None) -> tuple[str | None] | None:
    """'于11月22日完成，比上年的11月29日提前7天': a count of whole days right after a date its sentence compares with
    (比 / 较 / 早于 … before it, 上年的 or a bracket between; N月底 is the month's last day), the direction word
    between, is the days from the latest completion date its sentence states before that phrase (no deadline, no
    other compared date) to the compared one, on the side the word says (提前 / 早: the completion before it;
    推迟 / 晚 / 滞后: after). Both dates must be traced. (formula,) when it fits, (None,) when the words fix the two
    dates and it does not (no other pair of dates stands in); None when the words state no such pair."""
    m = t.m
    if not _whole_days(m) or m.approx or i == 0:
        return None
    s0 = _last_stop(text, m.start, _FULL_STOPS) + 1
    b = mentions[i - 1]
    if b.kind != "date" or not b.date or not b.date[1] or b.start < s0 \
            or not _BETWEEN_DAYS.match(between := text[b.end:m.start]) or (way := _sign(between)) is None \
            or (cm := _DATE_COMPARED.search(text, max(s0, b.start - 14), b.start)) is None:
        return None
    done = None
    for j in range(i - 2, -1, -1):
        d = mentions[j]
        if d.start < s0:
            break
        if d.kind == "date" and d.date and d.date[1] and d.date[2] and d.end <= cm.start() \
                and not _DATE_COMPARED.search(text, max(s0, d.start - 14), d.start) \
                and not _DEADLINE_AFTER.match(text, d.end):
            done = j
            break
    if done is None:  # 比上年5月25日提前13天 after a sentence that dated the event's completion
        if (d := earlier_completion(mentions, results, i, text, s0)) is None:
            return None
        done = mentions.index(d)
    a = mentions[done]
    if any((r := results[j]) is None or r.status not in _TRACED_DATE for j in (done, i - 1)):
        return (None,)  # a date the checker flagged gives nothing it vouches for
    y = year or 2023  # the report's year: only February's length depends on it
    bm, bd = b.date[1], b.date[2]
    if bd is None:
        if not text.startswith(("底", "末"), b.end) and not b.text.endswith(("底", "末")):
            return None
        bd = calendar.monthrange(y, bm)[1]
    try:
        gap = (date(y, a.date[1], a.date[2]) - date(y, bm, bd)).days
    except ValueError:
        return None
    if (gap if way == "+" else -gap) != m.value:
        return (None,)
    return (f"{a.text} − {bm}月{bd}日（{text[cm.start():b.end]}）= {m.value}天" if way == "+" else
            f"{bm}月{bd}日（{text[cm.start():b.end]}）− {a.text} = {m.value}天",)


_CLAUSE_STOPS = "，,、；;。！？!?\n"
_SAID_AGAIN = 0.6  # the share of a restatement's words its first statement must hold
_HEAD_WORDS = re.compile(r"[^\d，,。；;：:（(\n]*")  # the words a sentence opens with, to its first figure or break
_ORDINAL_AT = re.compile(r"第[一二三四五六七八九十\d]")  # the first record of a list: 第一批 / 第一标段 / 第一期
# what a figure is compared with, and how: no words of the event it is of
_NOT_EVENT = re.compile(_REFS.pattern + r"|比|较|与|相比|提前|推迟|延迟|滞后|缩短|延长|增加|减少|增长|下降|提高|降低|多|少|早|晚|快|慢")
_SAME_REF = {"去年": "上年", "上一年": "上年"}


def _refs(words: str) -> set[str]:
    return {_SAME_REF.get(r, r) for r in _REFS.findall(words)}


def _event_words(text: str, pos: int, s0: int) -> frozenset[str]:
    """The words of the event a figure at `pos` is of: its own clause's, and while these are fewer than two (比要求提前),
    the clauses before it in its sentence — what it is compared with and how (比上年, 提前) left out."""
    words: frozenset[str] = frozenset()
    end = pos
    while end > s0 and len(words) < 2:
        start = max(s0, max(text.rfind(c, s0, end) for c in _CLAUSE_STOPS) + 1)
        words |= tokens(_NOT_EVENT.sub(" ", _ENUMERATOR.sub("", text[start:end]))) - _ROLE_MARKS
        end = start - 1
    return words


_ENUMERATOR = re.compile(r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|再次|最后)[，,]?")  # 二是…: no word of the event


def restatable(t: _Target) -> bool:
    """Can restated_figure find t a restatement: days, or a count, not a range."""
    return (t.m.base_unit == "天" or t.m.kind == "count") and t.m.hi is None


# the unit an average is per, as its words say it: 日均 / 平均每天 / 每日 → 日, 场均 / 每场 → 场, 人均 → 人
_PER_UNIT = re.compile(r"([\u4e00-\u9fff])均|每([\u4e00-\u9fff])")
_PER_SAME = {"天": "日"}


def _per_units(words: str) -> set[str]:
    """The units the averages the words name are per (平均 alone names none)."""
    return {_PER_SAME.get(u, u) for m in _PER_UNIT.finditer(words) if (u := m[1] or m[2]) != "平"}


def restated_figure(i: int, t: _Target, text: str, results: Sequence[MentionCheck | None],
                    targets: Mapping[int, _Target], same: Callable[[], Sequence[int]] = tuple,
                    first_of: list[_Target] | None = None) -> str | None:
    """'年度数字化任务比上年提前7天完成' after '年度数字化任务于11月22日完成，比上年的11月29日提前7天': a figure the text
    derived in an earlier sentence — a level, no base of a 比 phrase — restated with the same value, unit and
    approximation word, the words of the same event (most of the
    restatement's own words are the first statement's, see _event_words), against the same base (比上年 / 比要求: the
    restatement names none the first did not) and the same way (提前 / 推迟) is that derivation. The formula, or None.
    Days, and counts in a later paragraph (二是…尚有7处未整改: a summary's; in its own paragraph a count said again is
    another row's more often than not): a rate restated names its whole no better than chance (the rate of one
    funding line given to the project), an amount its line.
    `targets`: the figures checked by derivation so far (mention index → its target); `same()`: the indexes of those of
    the mention's family and value, in order (asked only of a figure that may restate one); `first_of` gets the first
    statement's target."""
    if not restatable(t):
        return None  # a rate restated names its whole no better than chance (执行率97.96% of one funding line)
    s0 = _last_stop(text, t.m.start, _FULL_STOPS) + 1
    own = text[max(s0, max(text.rfind(c, s0, t.m.start) for c in _CLAUSE_STOPS) + 1):t.m.start]
    refs, way = _refs(own), _sign(own)
    words: frozenset[str] | None = None
    for j in reversed(same()):
        u = targets.get(j)
        r = results[j]
        if j >= i or u is None or r is None or r.status != "derived" or u.sent >= t.sent or u.family != t.family or u.x != t.x \
                or t.m.base_unit != "天" and u.para == t.para \
                or u.m.hi is not None or u.m.approx != t.m.approx or u.role == "target" \
                or _BASE_WORDS.search(text, max(0, u.m.start - 14), u.m.start):
            continue  # (比“10秒/百小时”的上限: a base, no level the text derived)
        u0 = _last_stop(text, u.m.start, _FULL_STOPS) + 1
        first = text[max(u0, max(text.rfind(c, u0, u.m.start) for c in _CLAUSE_STOPS) + 1):u.m.start]
        chain = text[last_mark(text, "；;。！？!?\n", u.m.start) + 1:u.m.end]
        # (its base is its own clause's — or, its clause naming none, its sentence's: 按要求应于…完成，…，推迟2天)
        if not refs <= (_refs(first) or _refs(chain)) or (way is not None and way != _sign(first)):
            continue
        if (said := said_period(own)) not in (None, "1-12") and said_period(first) not in (None, "1-12", said):
            continue  # 上半年189场 after 下半年189场: the other half's figure, no restatement of it
        if (per := _per_units(own)) and (their := _per_units(first)) and not per & their:
            continue  # 日均观众548.33 after 场均548.33: an average per another unit, no restatement of it
        words = _event_words(text, t.m.start, s0) if words is None else words
        if (mine := set(_RUN_PART.findall(text, s0, t.m.start))) and (theirs := set(_RUN_PART.findall(chain))) \
                and not mine & theirs:
            continue  # 秋季学期共124天 after 春季学期…共124天: another part of the run, not the same event
        # (…数字化1.38万卷，…：第一批…；第二批…，用时109天 / 田间道路第一批…；第二批…: a record of a list is told under
        # the words its sentence opens the list with — before its colon, or before the first record's ordinal — never
        # the first record's own words: 五一假期…；国庆中秋假期…日均4325人次)
        c0 = max(text.rfind(c, u0, u.m.start) for c in "；;") + 1
        head = ""
        if c0 > u0 and (opened := _HEAD_WORDS.match(text, u0)[0]):
            if "：" in text[u0:c0] or ":" in text[u0:c0]:
                head = opened
            elif (first_item := _ORDINAL_AT.search(opened)) is not None:
                head = opened[:first_item.start()]
        shared = words & (tokens(chain) | tokens(head))
        if len(shared) >= 2 and len(shared) >= _SAID_AGAIN * len(words):
            if first_of is not None:
                first_of.append(u)  # (its first statement: where a comparison after it finds the item it names)
            return f"同前文：{chain}（{r.formula or r.text}）"
    return None


# 与年初预算相比， / 同上年相比， / 和去年比较，: a clause before the figure's that names the base of its change
_WITH_BASE = re.compile(r"(?:与|同|和|跟)(?P<ref>[^\d，,。；;：:、]{1,12}?)(?:相比|比较|相较)(?:而言)?[，,]\s*$")
_CHANGE_AT_END = re.compile(r"(?:增加|减少|增长|下降|提高|降低|上升|多出|多|少|高出|高|低|超出|节约|节省|提前|推迟|缩短|延长"
                            r"|调增|调减)(?:了|约)?$")


# the clause before a bracket that opens right after a name (no figure's unit: 211,800元（21.18万元） restates)
_NAME_BEFORE = re.compile(r"(?:^|(?<=[，,；;：:。\n]))[^，,；;：:。\n（）()\d]*[\u4e00-\u9fff]{2}$")
# 站点建设差2个未达目标 / 尚差2个: a shortfall naming no base is one to the target (比目标少)
_SHORT_OF = re.compile(r"(?<![相之])(?:尚|还|仍|只|仅)?差$")  # (执行相差 is a gap of two items)
_SHORT_AFTER = re.compile(r"\s*(?:未达|未达到|未完成|没有达到|达到|完成)?(?:年度)?(?:目标|[，,；;。]|$)")


def compared_clause(t: _Target, text: str) -> str | None:
    """'与年初预算相比，实际支出多3.26万元': a change whose own clause names no base, right after a clause that names
    one with 与 / 同 / 和 …相比, is a change on that base — its clause as the 比 form writes it (实际支出比年初预算多),
    for the stages that read 比 phrases; and '站点建设差2个未达目标' / '尚差2个' (a shortfall naming no base, nothing
    after it but the target) reads 站点建设比目标少. None when the clauses say nothing of the kind."""
    if text[t.m.start - 1:t.m.start] in ("（", "(") and (nm := _NAME_BEFORE.search(text, max(0, t.m.start - 40),
                                                                             t.m.start - 1)) is not None \
            and not nm[0].endswith("率") and not roles(nm[0]):  # (执行率（96.78%）: a rate's word, no name)
        return nm[0]  # 高于岑城镇（192.11元）: a bracket right after a name holds that name's figure (高于岑城镇192.11元)
    if (sm := _SHORT_OF.search(t.clause)) is not None and not _BASE_WORDS.search(t.clause) \
            and "距" not in t.clause and "与" not in t.clause and t.family not in ("%", "pt") \
            and _SHORT_AFTER.match(text, t.m.end) and text[t.m.start - len(t.clause):t.m.start] == t.clause:
        return f"{t.clause[:sm.start()]}比目标少"
    if _BASE_WORDS.search(t.clause) or (dm := _CHANGE_AT_END.search(t.clause)) is None:
        return None
    k = t.m.start - len(t.clause)
    if text[k:t.m.start] != t.clause:  # the clause as the text writes it, right before the figure
        return None
    wm = _WITH_BASE.search(text, max(0, k - 24), k)
    if wm is None:
        return None
    return f"{t.clause[:dm.start()]}比{wm['ref']}{t.clause[dm.start():]}"


# 城关、河口、石桥三镇末梢水合计 / 征编与宣教两项合计: names listed, a count of them, what is added, the sum word
_LISTED_NAMES = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,8}(?:[、和与及][\u4e00-\u9fff]{2,8}){1,7})"
                           r"(?:合计|共计|总计|累计|共)[\u4e00-\u9fff]{0,4}?(?:为|达|是)?$")
_NAME_COUNT = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?P<measure>[\u4e00-\u9fff])(?P<what>[\u4e00-\u9fff]{0,6})$")
_SUM_OF_KINDS = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?P<measure>[类种项])[\u4e00-\u9fff]{0,6}?"
                           r"(?:合计|共计|总计|共)[\u4e00-\u9fff]{0,4}?(?:为|达|是)?$")
MAX_ROW_SUM = 6
_SUM_WORD = re.compile(r"合计|共计|总计|累计|共")


def _names(fact: _Fact, name: str) -> bool:
    """Does the short name the text gives an item (城关 for 城关镇, 征编 for 党史资料征编) name the fact — a word of its
    subject, or the first characters of two of its words in order (宣教: 宣传 and 教育)?"""
    if name[-2:] in fact.subj:
        return True
    return len(name) == 2 and any(a[:1] == name[0] and b[:1] == name[1] and a != b and len(a) == len(b) == 2
                                  for a in fact.subj for b in fact.subj)


_SUM_ALONE = re.compile(r"\s*(?:合计|共计|总计|累计)(?:仅|只有|才|达|为|约)?\s*")
_LEAD_NAMES = re.compile(r"\s*(?P<names>[\u4e00-\u9fff]{2,8}?(?:[、和与及][\u4e00-\u9fff]{2,8}?){1,7})"
                         r"(?P<n>[两二三四五六七八九十])(?P<measure>[\u4e00-\u9fff])")


def named_list_sum(index: SourceIndex, t: _Target, text: str) -> tuple[str, list[_Fact], Decimal] | None:
    """'城关、河口、石桥三镇末梢水合计检测216份' / '征编与宣教两项合计84.86万元': a sum of items its words list by
    name, short as the text writes them (see _names), of the words after the count (末梢水: a column) when they name
    one: each name names one figure of one source in the sum's unit and role — the money spent (执行) where the words
    name no role —, as many as the count says, and the figures add up. (formula, facts, sum), or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None or not _SUM_WORD.search(t.clause):
        return None
    k = _last_stop(text, t.m.start, "，,；;：:" + _FULL_STOPS)
    part = text[k + 1:t.m.start]
    lm = _LISTED_NAMES.search(part)
    what: frozenset[str] = frozenset()
    if lm is None:
        # 宁蒗、华坪两县稽核力量不足，合计仅166家: a sum word alone in its clause, right after a clause of its sentence
        # that opens on the names and their count
        if not _SUM_ALONE.fullmatch(part) or text[k:k + 1] not in "，,；;" \
                or (lead := _LEAD_NAMES.match(text, _last_stop(text, k, "，,；;：:" + _FULL_STOPS) + 1, k)) is None:
            return None
        names = re.split(r"[、和与及]", lead["names"])
        if _int_any(lead["n"]) != len(names):
            return None
    else:
        names = re.split(r"[、和与及]", lm["names"])
    if lm is not None and (cm := _NAME_COUNT.search(names[-1])) is not None and len(names[-1]) - len(cm[0]) >= 2:
        if _int_any(cm["n"]) != len(names):
            return None
        names[-1] = names[-1][: cm.start()]
        what = tokens(cm["what"]) - _ROLE_MARKS
    role = roles(part) or "actual"
    year = _year(t.ytag, index)
    keep = [f for f in index.facts if f.family == t.family and f.role != "target" and not _is_bound(f)
            and f.date is None and f.hi_mag is None and _year(f.ytag, index) == year and "§合" not in f.subj]
    by_src: dict[tuple[int, str], list[list[_Fact]]] = {}
    for k, name in enumerate(names):
        mine = [f for f in keep if _names(f, name)]
        if what:
            top = max((len(what & f.subj) for f in mine), default=0)
            mine = [f for f in mine if len(what & f.subj) == top]
        for f in mine:
            by_src.setdefault((f.src, f.role), [[] for _ in names])[k].append(f)
    for (src, r), found in by_src.items():
        if r not in (role, "") or any(len({f.mag for f in fs}) != 1 for fs in found):
            continue
        if r == "" and (src, role) in by_src:
            continue  # the role's own figures, where the source has them
        items = [fs[0] for fs in found]
        total = sum((f.mag for f in items), Decimal(0))
        if _fits(t, total):
            return " + ".join(f.written for f in items) + f" = {t.m.text}", items, total
    return None


def row_sum(index: SourceIndex, t: _Target, text: str) -> tuple[str, list[_Fact]] | None:
    """'全年三类水样合计检测886份': a sum of N kinds its words count but do not name is the N figures of its unit that
    one source row states — a row stating exactly N of them (no target, bound or earlier year's) — when they add up.
    (formula, facts), or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None or not _SUM_WORD.search(t.clause):
        return None
    part = text[_last_stop(text, t.m.start, "，,；;：:" + _FULL_STOPS) + 1:t.m.start]
    km = _SUM_OF_KINDS.search(part)
    if km is None or _NAMED_LIST.search(part, 0, km.start()) or (n := _int_any(km["n"])) is None \
            or not 2 <= n <= MAX_ROW_SUM:
        return None
    year = _year(t.ytag, index)
    for row in index.groups:
        items = [f for f in row if f.family == t.family and f.role != "target" and not _is_bound(f) and f.date is None
                 and f.hi_mag is None and _year(f.ytag, index) == year]
        if len(items) == n and _fits(t, sum((f.mag for f in items), Decimal(0))):
            return " + ".join(f.written for f in items) + f" = {t.m.text}（同一行的{n}项）", items
    return None


# 各乡镇平均检测末梢水 / 各展厅平均展项 / 各区县…平均为: a mean over each row of a table
_EACH_MEAN = re.compile(r"各(?P<words>[\u4e00-\u9fff]{1,14}?)(?:平均|均值)(?P<what>[\u4e00-\u9fff]{0,8}?)(?:为|达|是)?$")


def column_mean(index: SourceIndex, t: _Target, text: str) -> tuple[str, list[_Fact]] | None:
    """'各展厅平均展项41.2个' / '各乡镇末梢水检测平均为66.5份': a mean over each row of what its words name is the
    total (合计) of the column they name best — a source's total row figure in the mean's unit sharing two words with
    the mean's at least — over that column's rows: the figures of its source, unit and role whose words hold all the
    total's own, which add up to it. (formula, [total]), or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None or "各" not in t.clause:
        return None
    part = text[_last_stop(text, t.m.start, "，,；;：:" + _FULL_STOPS) + 1:t.m.start]
    em = _EACH_MEAN.search(part)
    if em is None:
        return None
    words = tokens(em["words"] + " " + em["what"]) - _ROLE_MARKS
    scored = [(len(words & f.subj), f) for f in index.facts if not _TOTAL_MARK.isdisjoint(f.subj)
              and f.family == t.family and f.role != "target" and f.hi_mag is None]
    top = max((n for n, _ in scored), default=0)
    totals = [f for n, f in scored if n == top]
    if top < 2 or len({f.mag for f in totals}) > MAX_NAMED_VALUES:
        return None
    for total in totals:
        head = total.subj - _TOTAL_MARK
        rows = [f for f in index.facts if f.src == total.src and f.family == t.family and f is not total
                and _TOTAL_MARK.isdisjoint(f.subj) and head <= f.subj and f.role == total.role]
        if len(rows) < 2 or sum((f.mag for f in rows), Decimal(0)) != total.mag:
            continue
        if _fits(t, total.mag / len(rows)):
            return f"{total.written} ÷ {len(rows)}（各{em['words']}）= {t.m.text}", [total]
    return None


# 占全年的39.13% / 占全年场次的20.59%: a part of the year's own figure (of what the part counts)
_OF_YEAR = re.compile(r"占(?:全年|年度|本年|全年度)(?:总?[场人户件个项批期所家台套条株名位宗起][次数])?(?:的)?$")


def year_share_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told], text: str) -> list[tuple[_Fact, _Fact]]:
    """'社科普及周…举办活动36场，占全年的39.13%': a share of the whole year, naming no measure, is the figure its
    sentence states right before it over the year's figure of that measure in the sources — one of its unit family
    that the rate puts it at (looked up in that window, no scan), of this year, no target, no part of the year, sharing
    two words with the part's own source figures and its sentence's words before it. The pairs, for derive to judge."""
    if t.family != "%" or t.m.hi is not None or not _OF_YEAR.search(t.clause):
        return []
    before = sorted((e for e in told if e[0].m.end <= t.m.start), key=lambda e: e[0].m.start)
    part = _right_before(t, before)
    if part is None or not part[2] or t.x <= 0:
        return []
    fam = index.family(part[0].family)
    if fam is None:
        return []
    x = abs(part[0].x)
    lo, hi = x * HUNDRED / (t.x + t.q), x * HUNDRED / max(t.x - t.q, t.q)
    own = frozenset().union(*(f.subj for f in part[2][:3])) - _ROLE_MARKS - _PERIOD_TOKENS
    # (what the part counts, and what its sentence names before it: 社科普及周…受众 — two words in all)
    s0 = _last_stop(text, part[0].m.start, _FULL_STOPS) + 1
    words = own | (tokens(text[s0:part[0].m.start]) - _ROLE_MARKS - _PERIOD_TOKENS)
    if len(unit := part[0].m.unit) >= 2 and part[0].family != "元":
        words |= tokens(unit)  # 巡检102站次 over a 巡检站次 column's 合计: the count it is of names the year's figure too
    out = []
    for f in fam.window(float(lo), float(hi)):
        if f.role == "target" or f.approx or f.hi_mag is not None or f.ytag not in (None, index.year_now) \
                or f.date is not None or fact_period(f) not in (None, "1-12") or f in part[2] \
                or len(words & f.subj) < 2:
            continue
        out.append((part[1], f))
    return out[:MAX_NAMED_VALUES]
