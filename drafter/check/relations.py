"""Stage 3, a figure derived from figures its OWN sentence states, by one relation read from the words touching it
(CHECKER.md principle 2). The sentence states its operands in three shapes, and the figure's words say which
operation joins them:

- a compared pair — the level the sentence is about and the base its 比 / 较 / 高于 / 低于 phrase states (平均用时15个
  工作日，比20个工作日的时限快…; 1,326艘次，比上年的1,185艘次…; 97.62%，高于95%的目标…) — or a changed pair (由120.00万元
  调增为138.00万元): new and old. A figure after them with a direction word is their difference (same unit: 快5个
  工作日, 增加141艘次), their gap in 个百分点 (two rates), or the change over the old (增长11.90%, 调整率15.00%); the
  direction word must agree with the sign (快 / 提前 / 缩短 / 少 / 低: new < old).
- an average — 日均 / 场均 / 每公里 / X均: a level of the figure's unit over a count of what it is per, both stated
  in the sentence (历时46天，检查1,058艘次，日均23.00艘次), or over that count with the amount of the same source
  record the count was traced to (疏浚3.6公里，每公里疏浚费用21.80万元: the dredging line's 78.48万元).
- a rate named by what its part counts — X率 right after a figure the sentence states, with the other operand the
  level of the same measure word whose own words are the rate's (采集血样126人…比对成功率: 比对成功29人).

Operands are figures the checker traced (a flagged one is in no `told`), units agree, and the figure fits at the
precision it displays; a base the words name but the sentence does not state (比上年 alone) pairs with nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Callable, Mapping, Sequence

from ..numbers import NumberMention, unit_family
from ..subjects import direction, tokens
from ._common import _ROLE_MARKS, HUNDRED, ONE, comparatives
from ._common import last_mark
from .dates import _TRACED_DATE, days_through
from .context import _phrase
from .derive import _RATE_FAMILIES
from .index import SourceIndex, _Fact
from .match import _Target, _average, _fits, _is_bound, _per_scale
from .models import MentionCheck
from .rounding import _show, _sig_digits
from .spans import span_through

_Told = tuple[_Target, _Fact, Sequence[_Fact]]
_Found = tuple[str, _Fact, _Fact]

# the words before a base: 比20个工作日的时限 / 较上年的 / 高于95%的目标 / 低于 …
# (超出 / 超过 / 高出 / 领先 / 不足 / 落后 are left out here: 超出目标5个工作日 read as a stated base made the target's
# gap the operands of the 较上年增加 after it — not yet read right)
_COMPARE = re.compile(r"(?P<w>" + comparatives("than", "with", "time") + "|高于|低于|多于|少于)"
                      r"(?:(?:19|20)\d\d年度?|[^\d，,。；;：:、]){0,10}$")
_WITH = re.compile(r"[^\d。；;！？!?\n]{0,6}?(?:相比|相较|比较)")  # 与2023年的126场相比: 与 compares only with 相比
# between the base and the figure: its own words (的时限, 的目标, 相比) and the direction word
_AFTER_BASE = re.compile(r"^[^\d。；;！？!?\n]{0,14}$")
# 由200.00万元调减为160.00万元 / 从…提高到…: old (right after 由 / 从), then new
_TO = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:为|至|到)$")
# new > old / new < old, by the last such word of the compare and its tail (快 is less time, 提前 an earlier date)
_UP_WORD = re.compile(r"增加|增长|增多|提高|上升|升高|调增|上调|超出|多|高|延长|推迟|慢|晚")
_DOWN_WORD = re.compile(r"减少|下降|降低|调减|下调|压减|缩短|节约|节省|少|低|提前|快|早")
_CLAUSE_HEADS = "，,；;：:、。！？!?\n"  # what opens a clause: 比 right after one compares the level stated before
_COMPARE_WORD = re.compile(r"(?<!相)比(?!较)|(?<![相比])较|" + comparatives("+", "−", "time") + "|同期")  # not 相比
# what a 比 phrase compares with, named: two phrases naming the same compare the same base
_REFS = re.compile(r"上年|去年|上一年|同期|目标|计划|时限|年初|预算|标准|要求|(?:19|20)\d\d年")
_PLANNED = re.compile(r"(?:目标|计划|任务|指标|要求|时限|标准|上限|预算)(?:值|数)?(?:为|是)?$")
_CHANGE_HEAD = re.compile(r"多|少|增加|减少|增长|下降|提高|降低|超出|节约|节省|提前|缩短|延长|调增|调减")  # 多设置28块
_NEW_LEVEL = re.compile(r"(?:为|到|至|达|是)$")
_CHANGE_RATE = re.compile(r"(?:调整|变动|调增|调减|增减|增长|下降|增|降|减)(?:率|幅|幅度)(?:为|是|达到|达)?$")
_RATE = re.compile(r"([\u4e00-\u9fff]{2,8}?)率(?:为|是|达到|达)?$")
_CHAIN_BREAK = re.compile(r"[；;。！？!?\n]")  # the end of a clause chain between a rate and the figure after it
_RATE_NOT_NAMED = re.compile(r"执行|支出|完成|预算|调整|增长|下降|占")  # rates of money or targets: other stages
_PAIRED = re.compile(comparatives("than", "with", "+", "−", "time") + "|由|从")
_FULL_STOPS = "。！？!?\n"
_AT = lambda e: e[0].m.start  # noqa: E731 — a stated figure's place in the text
MIN_RATE_DIGITS = 3  # a rate of a part named by words: only at a precision no chance quotient reaches
MAX_NAMED_PARTS = 3  # levels whose words end as a rate's do (DNA比对成功29人、人脸识别比对成功31人): the latest few


def _start(text: str, pos: int, stops: str) -> int:
    """Where the clause holding `pos` begins: after the last of `stops` before it (in the 400 characters before)."""
    return max(text.rfind(c, max(0, pos - 400), pos) for c in stops) + 1


def _sign(words: str) -> str | None:
    """'+' / '−' by the last direction word of `words` (new > old / new < old), None without one."""
    up = [m.end() for m in _UP_WORD.finditer(words)]
    down = [m.end() for m in _DOWN_WORD.finditer(words)]
    if not up and not down:
        return None
    return "+" if max(up, default=-1) > max(down, default=-1) else "−"


def _level(e: _Told, average: bool = False, text: str = "") -> bool:
    """A result the sentence states: no target, bound, change, date, nor an average unless `average` (平均用时15个
    工作日 is compared with its time limit as any level is); with `text`, no base of a ratio (完成计划620块的104.52%:
    620 is the plan) nor a change its clause opens with (多设置28块) either."""
    u, f, _ = e
    return u.role != "target" and u.m.hi is None and f.date is None and not _is_bound(f) \
        and direction(u.clause) is None and (average or _average(u.clause) is None) \
        and not (text and (text.startswith("的", u.m.end) or _PLANNED.search(u.clause)
                           or _CHANGE_HEAD.match(u.clause)))


MAX_NEW = 3  # the levels before a 比 phrase that may be what it compares (54318剂次，即5.43万剂次，较目标…)


def _pairs(t: _Target, mine: Sequence[_Told], told: Sequence[_Told], text: str
           ) -> list[tuple[list[_Told], _Told, str | None, bool]]:
    """The (news, old, sign its compare words give, whether the words fix the pair) the sentence states before the
    figure, latest first: the base of a 比 phrase (a level, not a change: 比上年增加34台 states none) and what it is
    compared with — the levels before it, nearest first, not a base of another 比 phrase, when 比 opens its clause
    (…18分钟，比30分钟的时限快); the level of the paragraph the words before 比 name best, the latest, when they name
    one (资金总额比2022年的135万元增加: 资金总额 150万元, stated before) — or 由 old 为 new. The words fix the pair
    when the figure follows the base of a level its sentence states, its direction word between. Only in the
    figure's clause chain (no ；between)."""
    out: list[tuple[list[_Told], _Told, str | None, bool]] = []
    bases: set[int] = set()  # the ids of the bases of 比 phrases: no level compared
    found = []
    for k, b in enumerate(mine):
        cm = _COMPARE.search(text, max(0, b[0].m.start - 14), b[0].m.start)  # its words stop at punctuation
        if cm is not None and not _sign(cm[0][len(cm["w"]):]) and direction(b[0].clause) is None \
                and (cm["w"] not in ("与", "同") or _WITH.match(text, b[0].m.end, t.m.start)):
            bases.add(id(b))
            found.append((k, cm))
        elif k and text[b[0].m.start - 1:b[0].m.start] in ("由", "从") and k + 1 < len(mine) \
                and mine[k + 1][0].family == b[0].family and _TO.match(text[b[0].m.end:mine[k + 1][0].m.start]) \
                and not _COMPARE_WORD.search(text, mine[k + 1][0].m.end, t.m.start):
            out.append(([mine[k + 1]], b, None, False))
    for k, cm in found:
        b = mine[k]
        again = None
        for again in _COMPARE_WORD.finditer(text, b[0].m.end, t.m.start):
            pass
        lead: frozenset[str] = frozenset()
        if again is not None:  # the figure's own 比 phrase, with no figure of its own: the same base if it names the
            # same one (比上年的4,500艘次…，签证量比上年增长), of the level its words name; 高于85%的目标…，比上年提高: none
            if not _REFS.findall(text, again.start(), t.m.start) or set(_REFS.findall(text, again.start(), t.m.start)) \
                    - set(_REFS.findall(text, cm.start(), b[0].m.end + 8)):
                continue
            lead = _phrase(text[_start(text, again.start(), _CLAUSE_HEADS):again.start()]) - _ROLE_MARKS
        k0 = _start(text, cm.start(), _CLAUSE_HEADS) if cm.start() and text[cm.start() - 1] not in _CLAUSE_HEADS \
            else cm.start()
        if k0 == cm.start():  # 比 opens its clause: the levels stated before it, in its paragraph
            news = [e for e in reversed(told) if e[0].m.end <= cm.start() and id(e) not in bases
                    and e[0].family == b[0].family and _level(e, True, text) and not e[0].m.approx][:MAX_NEW]
            named = not news or news[0][0].sent != t.sent  # of an earlier sentence: the words fix no pair
        else:
            named, news = True, _named_levels(_phrase(text[k0:cm.start()]) - _ROLE_MARKS, b, told, text)
        if again is not None:
            news = [e for e in news if not lead or lead & (e[0].subj - _ROLE_MARKS)]
            if news and not named:
                out.append((news, b, _sign(text[again.start():t.m.start]), True))
        elif news:
            tail = _tail(text, b, t)
            out.append((news, b, _sign(cm[0] + tail), bool(tail) and not named))
    return sorted(out, key=lambda p: -p[1][0].m.start)


def _named_levels(words: frozenset[str], b: _Told, told: Sequence[_Told], text: str) -> list[_Told]:
    """The latest of the paragraph's levels in the base's measure word, before it, of this year, that `words` name
    best (one word shared at least)."""
    scored = [(len(words & e[0].subj), e) for e in told if e[0].m.end <= b[0].m.start and e[0].family == b[0].family
              and e[0].m.base_unit == b[0].m.base_unit and e[0].ytag is None and not e[0].m.approx
              and _level(e, True, text)]
    top = max((n for n, _ in scored), default=0)
    return [e for n, e in scored if n == top][-1:] if top else []


def _values(e: _Told) -> list[tuple[_Fact, Decimal]]:
    """A stated operand's values: as the text states it, then as the sources it was traced to do (5.43万剂次 is
    54318剂次)."""
    u, f, facts = e
    out = [(f, u.x)]
    out += [(g, g.mag) for g in facts[:2] if g.family == u.family and g.mag != u.x]
    return out


def _tail(text: str, b: _Told, t: _Target) -> str:
    """The words from the base to the figure, when no other figure stands between and they end in no 为 / 到 (比上年
    的251场增加33场: 增加; 比上年的251场增加到284场 states a level, no change)."""
    between = text[b[0].m.end:t.m.start]
    return between if _AFTER_BASE.match(between) and not _NEW_LEVEL.search(between) else ""


class StatedRelations:
    """stated_relation over one check: the traced figures of the paragraph being checked, by sentence, kept as they
    grow (the check goes through the paragraphs in order and only appends to each one's `told`)."""

    def __init__(self, text: str, index: SourceIndex, mentions: Sequence[NumberMention],
                 results: Sequence[MentionCheck | None] = (), told: Mapping[int, Sequence[_Told]] | None = None) -> None:
        """`told`: every paragraph's traced figures, as they grow (the lines an earlier paragraph stated)."""
        self.text, self.index, self.mentions, self.results = text, index, mentions, results
        self.all_told: Mapping[int, Sequence[_Told]] = told if told is not None else {}
        self._starts = [m.start for m in mentions]
        self._told: Sequence[_Told] | None = None
        self._seen = 0
        self._by_sent: dict[int, list[_Told]] = {}
        # a told amount's clause chain (_named_line, which reads every amount told before an average): whether it names
        # the whole project, and its words — read once an amount (by its target's id: the targets live as long as this)
        self._chains: dict[int, tuple[bool, frozenset[str]]] = {}

    def _same_quantity(self, t: _Target, mine: Sequence[_Told]) -> Callable[[_Fact, _Fact], bool] | None:
        """'全年签发签证4,860艘次，比上年的4,600艘次增加141艘次': when the figure follows, with its direction word, a base
        its sentence states that the checker did not trace (the sources give 4,500), its operands are still that
        quantity's — a test that a derivation's operands (a, b) hold the level compared (4,860, as stated or as its
        sources give it) or the base's stated value; None when no such base precedes it."""
        m, text = t.m, self.text
        j = bisect_left(self._starts, m.start) - 1
        if j < 0 or not _AFTER_BASE.match(between := text[self.mentions[j].end:m.start]):
            return None
        step = text[self.mentions[j - 1].end:self.mentions[j].start] if j > 0 else ""
        if step and direction(t.clause) and _AFTER_BASE.match(step) and _sign(step) is not None:
            j -= 1  # 比上年的4,600艘次增加141艘次，增长11.90%: the growth follows the change of the same base
            between = step
        if (b := self.mentions[j]).ignored or b.value is None or b.hi is not None or not b.unit \
                or _NEW_LEVEL.search(between) or (direction(t.clause) or _sign(between)) is None:
            return None
        cm = _COMPARE.search(text, max(0, b.start - 14), b.start)
        if cm is None or _sign(cm[0][len(cm["w"]):]) or (cm.start() and text[cm.start() - 1] not in _CLAUSE_HEADS):
            return None  # no 比 phrase opening its clause
        if any(e[0].m is b for e in mine):
            return None  # a base the checker traced: stated_relation's
        fam, factor = unit_family(b.base_unit)
        if not (t.family == fam or (t.family == "pt" and fam == "%")
                or (t.family == "%" and fam not in _RATE_FAMILIES)):
            return None  # a change of another unit than the base's
        news = [e for e in mine if e[0].m.end <= cm.start() and e[0].family == fam
                and _level(e, True, text) and not e[0].m.approx]
        if not news:
            return None
        said = {b.value * b.factor * factor} | {x for e in news for _, x in _values(e)}
        return lambda a, c: a.mag in said or c.mag in said

    def __call__(self, t: _Target, told: Sequence[_Told]
                 ) -> tuple[list[_Found], bool, Callable[[_Fact, _Fact], bool] | None]:
        """stated_relation of the figure, `told` its paragraph's traced figures, and when that finds nothing, its
        _same_quantity test; ([], False, None) at once for a figure no relation word touches."""
        m = t.m
        if m.hi is not None or not m.value or m.kind == "date":
            return [], False, None
        if t.family not in _RATE_FAMILIES and not m.approx \
                and ((dm := _DENIED_REST.search(t.clause)) is not None or self._after_rate(t)):
            s0 = _start(self.text, m.start, _FULL_STOPS)
            said = sorted((e for e in told if s0 <= e[0].m.start and e[0].m.end <= m.start), key=_AT)
            if dm is not None and (rest := _denied_rest(t, dm[1], said)) is not None:
                return rest, False, None  # 纳入台账142处…；未纳入台账的44处
            if dm is None and (part := _part_by_rate(t, said, self.text)) is not None:
                return part, True, None  # 合格率96.80%，合格1,208份: the words fix the operands
        if not (_PAIRED.search(self.text, t.context[0], m.start)
                or _rate_words(t) or _average(t.clause) is not None or _denied(t, self.text)
                or _NEGATED.search(t.clause)):
            return [], False, None  # no relation word: no operands its sentence states
        per = _average(t.clause) if t.family not in _RATE_FAMILIES else None
        if per is not None:  # an average: of the figures its full sentence states (全年接待92.36万人次…；按开放308天计，日均…)
            s0 = _start(self.text, m.start, _FULL_STOPS)
            said = sorted((e for e in told if s0 <= e[0].m.start and e[0].m.end <= m.start), key=_AT)
            return _per_unit(t, per, said, self.index, lambda: [e for e in told if e[0].m.end <= s0],
                             lambda: self._dated_days(t, s0), lambda words: self._named_line(t, words, s0),
                             self.text, lambda item: self._head_count(t, item, s0)), False, None
        mine = self._mine(t, told)
        if not mine:
            return [], False, None
        if t.family not in _RATE_FAMILIES and (rest := _rest_by_rate(t, mine)) is not None:
            return rest, True, None  # 合格46台，合格率95.83%，不合格2台: the words fix the operands
        rel, fixed = stated_relation(t, mine, told, self.text)
        return rel, fixed, (self._same_quantity(t, mine) if not rel and not fixed else None)

    def _head_count(self, t: _Target, item: str, s0: int) -> _Told | None:
        """The count of `item` its paragraph opens with before the figure's sentence — or, with none, the one the
        paragraph before opens with (全年完成农村水样检测1,248份，…): the first level of this year in that measure word."""
        for p in (t.para, t.para - 1):
            heads = [e for e in self.all_told.get(p, ()) if e[0].m.end <= s0 and e[0].m.base_unit == item
                     and _level(e, False, self.text) and e[0].ytag is None and not e[0].m.approx]
            if heads:
                return min(heads, key=_AT)
        return None

    def _after_rate(self, t: _Target) -> bool:
        """Is the figure stated right after a rate, in its clause chain (合格率96.80%，合格1,208份)?"""
        j = bisect_left(self._starts, t.m.start) - 1
        if j < 0 or (r := self.mentions[j]).base_unit != "%" or r.start < t.context[0] \
                or _CHAIN_BREAK.search(self.text, r.end, t.m.start):
            return False
        rm = _RATE.search(self.text, max(0, r.start - 12), r.start)  # a rate its words name, what the figure counts
        return rm is not None and not _RATE_NOT_NAMED.search(rm[1]) and rm[1][-2:] in t.clause

    def _named_line(self, t: _Target, of: str, s0: int) -> list[_Fact]:
        """The amounts spent the text stated before the figure's sentence (no 预算 or target), in any paragraph up to
        its own, for the line
        that the words of what an average is of (每站次运维经费: 运维) and its paragraph's heading (（二）水样检测。 /
        宣传教育方面，) name best — by the words of each amount's clause chain; with no line named (每份平均成本), the
        whole project's spending (全年执行, 项目合计); none when they name none, or name more than two values."""
        text = self.text
        p0 = text.rfind("\n", 0, t.m.start) + 1
        hm = _HEADING.match(text, p0)
        heading = hm[1] if hm is not None and hm.end() <= t.m.start else ""
        words = tokens(_GENERIC_COST.sub(" ", of)) | tokens(_GENERIC_COST.sub(" ", heading))
        words -= _ROLE_MARKS
        whole = not words  # 每份平均成本, no line named: the whole project's spending (全年执行98.53万元)
        if whole:
            if not _GENERIC_COST.search(of):
                return []
            words = frozenset()
        scored = []
        for p in sorted(self.all_told):
            if p > t.para:
                break
            for e in self.all_told[p]:
                u = e[0]
                if u.m.end > s0 or u.family != t.family or u.role in _NOT_SPENT or not _level(e) or u.ytag is not None \
                        or u.m.approx or (whole and u.role != "actual"):
                    continue
                if (chain := self._chains.get(id(u))) is None:
                    c0 = last_mark(text, "；;。！？!?\n", u.m.start) + 1
                    chain = self._chains[id(u)] = (bool(_WHOLE_WORDS.search(text, c0, u.m.start)),
                                                   tokens(text[c0:u.m.start]) | u.subj)
                n = int(chain[0]) if whole else len(words & chain[1])
                if n:
                    scored.append((n, e[1]))
        top = max((n for n, _ in scored), default=0)
        best = [f for n, f in scored if n == top]
        return best if 0 < len({f.mag for f in best}) <= 2 else []

    def _dated_days(self, t: _Target, s0: int) -> tuple[int, _Fact] | None:
        """(where, the days) of the period the last two dates of the sentence before the figure make, both traced and
        joined as one period through its last day (自6月1日起…，至8月31日结束: 92 days); None without one."""
        j = bisect_left(self._starts, t.m.start) - 1
        dates: list[NumberMention] = []
        while j >= 0 and self.mentions[j].start >= s0 and len(dates) < 2:
            d = self.mentions[j]
            if d.kind == "date" and d.date and d.date[1] and d.date[2]:
                if j >= len(self.results) or (r := self.results[j]) is None or r.status not in _TRACED_DATE:
                    return None
                dates.append(d)
            j -= 1
        if len(dates) < 2:
            return None
        b, a = dates
        if not span_through(self.text, a, b) \
                or (n := days_through((None, *a.date[1:3]), (None, *b.date[1:3]), self.index.year_now or 2023)) is None:
            return None
        x = Decimal(n)
        return b.start, _Fact(x, x, "", "天", "count", -1, f"{a.text}至{b.text}（首尾两天都计）", f"{n}天", -1, f"{n}天",
                              pmag=x)

    def _mine(self, t: _Target, told: Sequence[_Told]) -> list[_Told]:
        """The traced figures its sentence (to its 。 or ；) states before the figure, in order."""
        if told is not self._told:
            self._told, self._seen, self._by_sent = told, 0, {}
        for e in told[self._seen:]:
            self._by_sent.setdefault(e[0].sent, []).append(e)
        self._seen = len(told)
        return sorted((e for e in self._by_sent.get(t.sent, ()) if e[0].m.end <= t.m.start), key=_AT)


def stated_relation(t: _Target, mine: Sequence[_Told], told: Sequence[_Told], text: str) -> tuple[list[_Found], bool]:
    """(formulas, fixed) for a difference, gap or change from the pairs its sentence states (see the module doc), or a
    rate its words name: `fixed` when the
    figure follows the base its sentence compares with, with the direction word between (比15个工作日的时限慢3个工作日)
    — then the words name both operands, and when these do not give it no other pair may stand in. `mine`: the
    traced figures its sentence (to its 。 or ；) states before it, in order; `told`: its paragraph's."""
    m = t.m
    own = direction(t.clause)
    if t.family == "%" and (rn := _RATE.search(t.clause)) and not _CHANGE_RATE.search(t.clause):
        if (rest := _complement(t, rn[1], mine, text)) is not None:
            return rest, True  # 其中不合格15卷，合格率: the words fix both operands and the operation
        return _named_rate(t, mine, told), False  # a rate its words name is no change of a pair
    if not _PAIRED.search(text, max(0, mine[0][0].m.start - 14), m.start):  # no 比 phrase, no 由…为: no pair it states
        return [], False
    for news, b, sign, near in _pairs(t, mine, sorted(told, key=_AT), text):
        old = b[0]
        if t.family == "%" and old.family not in _RATE_FAMILIES and (own or _CHANGE_RATE.search(t.clause)):
            way = own or ("−" if m.value < 0 else sign)
            for a in news:
                for (fa, x), (fb, y) in ((p, q) for p in _values(a) for q in _values(b)):
                    d = (x - y) / y * HUNDRED
                    if _fits(t, d) if m.value < 0 else _fits(t, abs(d)) and (way is None or (way == "+") == (d > 0)):
                        return [(f"({fa.written} − {fb.written}) ÷ {fb.written} × 100% = {_shown(t, d)}", fa, fb)], True
            return [], near and own is not None and not any(_may_fit(t, a[0], old, "%") for a in news)
        if (t.family == "pt" and old.family == "%") or (t.family == old.family and t.family not in _RATE_FAMILIES):
            way = own or (sign if near else None)  # a direction of its own, or the base's right before it
            if way is None:
                continue
            for a in news:
                for (fa, x), (fb, y) in ((p, q) for p in _values(a) for q in _values(b)):
                    d = x - y
                    if (way == "+") == (d > 0) and _fits(t, abs(d)):
                        hi, lo = (fa, fb) if d > 0 else (fb, fa)
                        return [(f"{hi.written} − {lo.written} = {_shown(t, abs(d))}", hi, lo)], True
            return [], near and not any(_may_fit(t, a[0], old, way) for a in news)
    return [], False


def _may_fit(t: _Target, a: _Target, b: _Target, op: str) -> bool:
    """Could operands within the precision a and b display give the figure (2.61亿元 may be 260.8 million: its growth
    over 1.683亿元 is anything from 54.8 % to 55.4 %)? An approximated figure always could. `op`: '+' / '−' for the
    difference a − b / b − a, '%' for the change over b."""
    if t.m.approx or a.m.approx or b.m.approx:
        return True
    ha, hb = a.q / 2, b.q / 2
    lo_a, hi_a, lo_b, hi_b = a.x - ha, a.x + ha, b.x - hb, b.x + hb
    if op == "%":
        if lo_b <= 0:
            return True
        lo, hi = (lo_a / hi_b - 1) * HUNDRED, (hi_a / lo_b - 1) * HUNDRED
        x = t.x if t.m.value < 0 else abs(t.x)
        return lo - t.q / 2 <= x <= hi + t.q / 2 or (t.m.value > 0 and lo - t.q / 2 <= -x <= hi + t.q / 2)
    lo, hi = (lo_a - hi_b, hi_a - lo_b) if op == "+" else (lo_b - hi_a, hi_b - lo_a)
    return lo - t.q / 2 <= abs(t.x) <= hi + t.q / 2


# （二）水样检测。 / 宣传教育方面， / 一、设备运维：: the words a paragraph opens with, what it is about
_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])?\s*"
                      r"([\u4e00-\u9fff]{2,12}?)(?:方面|工作|情况)?[。，,：:]")
_WHOLE_WORDS = re.compile(r"全年|项目|合计|全部|总计|总额")  # the whole's words (全年执行, 项目支出)
_NOT_SPENT = ("budget", "initial", "target")
_GAP_BETWEEN = re.compile(r"[的了\s]")  # 目标300架次26架次 / 目标的300架次的26架次: nothing but these between  # a line's 预算 / 年初预算 / 目标: no money it spent
_GENERIC_COST = re.compile(r"经费|费用|成本|支出|资金|投入|平均|开支")  # what any line's money is called


def _per_unit(t: _Target, per: tuple[str, str, str], mine: Sequence[_Told], index: SourceIndex,
              before: Callable[[], Sequence[_Told]] = lambda: (),
              dated: Callable[[], tuple[int, _Fact] | None] = lambda: None,
              named: Callable[[str], list[_Fact]] = lambda of: [], text: str = "",
              head: Callable[[str], _Told | None] = lambda item: None) -> list[_Found]:
    """An average per `per`'s item: a level of this year in the figure's unit over a count of the item its sentence
    states (either before the other), or over that count with the amount of the record its count was traced to.
    `mine`: the traced figures of its sentence (to its 。) before it, in order. A daily average is over the days its
    sentence states last — a count (历时46天) or, `dated()`, a period its two dates make (自9月10日起…，至11月18日…:
    70 days) — or, with neither, over the days of the period its paragraph stated before (`before()`: the paragraph's
    traced figures before its sentence: 自11月1日起至3月31日止，共152天。…受理投诉3,882件，日均); with a count of
    its own and no level, the level is the one stated there for what the average's words count (全年维修沥青路面
    12.86万平方米。…共184天，日均维修: 维修) — one side from an earlier sentence at most, at a precision no chance
    quotient reaches."""
    item = per[0]
    if item and not any(e[0].m.base_unit == item for e in mine) and (f"每名{item}" in t.clause
                                                                     or f"每位{item}" in t.clause):
        item = "人"  # 每名营员 / 每位学员: per one person, whom the sentence counts in 人 (参营452人)
    if not any(e[0].m.base_unit == item for e in mine):  # 每课时平均经费: per 课时, of 经费 (the words ran on)
        longer = [u for e in mine if (u := e[0].m.base_unit).startswith(item) and len(u) > len(item)
                  and per[2].startswith(u[len(item):])]
        if longer:
            item, per = longer[-1], (longer[-1], per[1], per[2][len(longer[-1]) - len(item):])
    days = item[:1] in ("日", "天")
    # this year's (比上年的146场 is no count it is per), and no gap right after the level it is the gap to (超出目标
    # 300架次26架次: the words between the two say nothing)
    counts = [(e[0].m.start, e[0].x, e[1], e[2]) for k, e in enumerate(mine)
              if _level(e) and e[0].ytag is None and (e[0].m.base_unit in ("天", "日") if days else e[0].m.base_unit == item)
              and not (k and mine[k - 1][0].m.base_unit == e[0].m.base_unit
                       and not _GAP_BETWEEN.sub("", text[mine[k - 1][0].m.end:e[0].m.start]))]
    if days and (span := dated()) is not None and (not counts or span[0] > counts[-1][0]):
        counts = [(span[0], span[1].mag, span[1], ())]  # the period its dates state after any count
    if not counts and not days and not mine and _precise(t) and (h := head(item)) is not None:
        # 平均每份收费302.0元, a sentence of its own: over the count its paragraph (or the one before) opens with, of
        # the level its words name
        counts = [(h[0].m.start, h[0].x, h[1], h[2])]
    far = not counts and days and _precise(t)
    if far:  # the days of the period its paragraph stated last
        counts = [(e[0].m.start, e[0].x, e[1], e[2]) for e in before()
                  if _level(e) and e[0].m.base_unit in ("天", "日")][-1:]
    if not counts:
        return []
    scale = _per_scale(t.clause)
    out: list[_Found] = []
    _, n, c, traced = counts[-1]  # the latest count of the item: what the figure is per
    totals = [e[1] for e in mine if e[1] is not c and e[0].family == t.family and _level(e) and e[0].ytag is None]
    if not totals and not far and days and _precise(t):
        totals = _named_total(t, per[2], before())  # 日均维修: the 维修 its paragraph stated
    if not totals and not far and not days and _precise(t):
        # （二）教育矫治。…每课时平均经费: the 执行 an earlier paragraph stated for the line its heading or its words name
        totals = named(per[2])
    if not totals and not days and _sig_digits(t.m.value) >= MIN_RATE_DIGITS:
        # 疏浚3.6公里，每公里疏浚费用: the amount of the record the length was traced to, at a precision no chance
        # quotient reaches
        groups = {f.group for f in traced[:2] if f.group >= 0}
        totals = [f for g in groups for f in index.groups[g]
                  if f.family == t.family and f.role != "target" and not _is_bound(f) and f.date is None]
    for f in totals[-2:]:
        d = f.mag / n * scale
        if _fits(t, d):
            per_s = f" × {scale}" if scale != ONE else ""
            out.append((f"{f.written} ÷ {c.written}{per_s} = {_shown(t, d)}", f, c))
    return out


def _precise(t: _Target) -> bool:
    """Does the figure display MIN_RATE_DIGITS digits at least (860.00页: five; 26件: two)?"""
    return not t.m.approx and abs(t.x) >= t.q * 10 ** (MIN_RATE_DIGITS - 1)


def _named_total(t: _Target, of: str, earlier: Sequence[_Told]) -> list[_Fact]:
    """The latest level of the figure's unit, of this year, that the paragraph stated before and that the words of
    what the average is of (日均维修: 维修) name best; none when they name none."""
    words = tokens(of) - _ROLE_MARKS
    if not words:
        return []
    scored = [(len(words & (tokens(e[0].clause) | e[0].subj)), e) for e in earlier
              if e[0].family == t.family and _level(e) and e[0].ytag is None and not e[0].m.approx]
    top = max((n for n, _ in scored), default=0)
    return [e[1] for n, e in scored if n == top][-1:] if top else []


_NEGATED = re.compile(r"[不未]([\u4e00-\u9fff]{2,4})$")  # 其中不合格 / 未达标: the part a rate's words deny
_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,5}(?=[，,；;。！？!?\n]|$)")  # 其中8台不达标，: the part's words after it


def _denied(t: _Target, text: str) -> bool:
    """Could the figure be a rate whose words and its part's deny each other (see _complement)?"""
    return t.family == "%" and ("不" in (near := text[t.context[0]:t.m.start]) or "未" in near) \
        and _RATE.search(t.clause) is not None


def _complement(t: _Target, words: str, mine: Sequence[_Told], text: str) -> list[_Found] | None:
    """'抽检1,250卷，其中不合格15卷，合格率98.80%': a rate right after a part its sentence states, where the part's
    words (before it, or right after it: 其中8台不达标) and the rate's deny each other (不合格 → 合格率, 合格 → 不合格率),
    is the rest of the whole over the whole — the nearest larger level of the part's measure word stated before it in
    the sentence; never the part over the whole (that is the rate the part's own words name). None when the words
    state no such pair; [] when the pair does not give it."""
    r = mine[-1]
    if r[0].family in _RATE_FAMILIES or not _level(r):
        return None
    after = am[0] if (am := _WORDS_AFTER.match(text, r[0].m.end)) is not None else ""
    own = (r[0].clause, after)
    if words[:1] not in ("不", "未") and any((n := _NEGATED.search(w)) and words.endswith(n[1]) for w in own):
        pass  # 不合格15卷 / 15卷不合格 … 合格率
    elif words[:1] in ("不", "未") and len(words) >= 3 and not any(_NEGATED.search(w) for w in own) \
            and any(w.endswith(words[1:]) for w in own):
        pass  # 合格1,235卷 … 不合格率
    else:
        return None
    wholes = [e for e in mine[:-1] if e[0].m.base_unit == r[0].m.base_unit and _level(e) and not e[0].m.approx
              and abs(e[0].x) > abs(r[0].x)]
    if not wholes:
        return None
    p, w = r[1], wholes[-1][1]
    d = (w.mag - p.mag) / w.mag * HUNDRED
    return [(f"({w.written} − {p.written}) ÷ {w.written} × 100% = {_shown(t, d)}", p, w)] if _fits(t, d) else []


def _rest_by_rate(t: _Target, mine: Sequence[_Told]) -> list[_Found] | None:
    """'合格46台，合格率95.83%，不合格2台': a count its words deny (不合格) after a part its sentence states (合格46台)
    and that part's rate (合格率95.83%) is the rest of the whole the two give — when, at the precisions they display,
    they give one rest only (46 ÷ 95.825…95.835 % is 48 and no other whole). None when the words state no such
    part and rate or leave the rest open; [] when the figure is none of the rests they give."""
    if t.m.approx or (n := _NEGATED.search(t.clause)) is None:
        return None
    w = n[1]
    rates = [e for e in mine if e[0].family == "%" and e[0].m.hi is None and not e[0].m.approx
             and (rm := _RATE.search(e[0].clause)) is not None and rm[1].endswith(w) and not _NEGATED.search(rm[1])]
    if not rates:
        return None
    r = rates[-1]
    parts = [e for e in mine if e[0].m.end <= r[0].m.start and e[0].m.base_unit == t.m.base_unit and _level(e)
             and not e[0].m.approx and e[0].clause.endswith(w) and not _NEGATED.search(e[0].clause)]
    if not parts or not (Decimal(0) < r[0].x - r[0].q / 2) or r[0].x + r[0].q / 2 > HUNDRED:
        return None
    p = parts[-1]
    lo = p[0].x * HUNDRED / (r[0].x + r[0].q / 2) - p[0].x  # the rests the rate's precision allows
    hi = p[0].x * HUNDRED / (r[0].x - r[0].q / 2) - p[0].x
    k0, k1 = (lo / t.q).to_integral_value(ROUND_CEILING), (hi / t.q).to_integral_value(ROUND_FLOOR)  # at its precision
    if not lo <= t.x <= hi:
        return []
    if k0 != k1:
        return None
    shown = _show(p[0].x + t.x, t.q, t.m.factor * t.ff) + t.m.unit
    return [(f"{p[1].written} ÷ {r[1].written} = {shown}，{shown} − {p[1].written} = {t.m.text}", p[1], r[1])]


# 未纳入台账的 / 尚未完成整治 / 没有参加: the rest its words deny, what the part's words affirm
_DENIED_REST = re.compile(r"(?:未|尚未|没有|未能|不)([\u4e00-\u9fff]{2,8}?)的?$")


def _denied_rest(t: _Target, words: str, said: Sequence[_Told]) -> list[_Found] | None:
    """'排查供水工程186处，纳入规范化管理台账142处，…；未纳入台账的44处': a count whose words deny (未 / 尚未 / 没有 / 不)
    what a part its full sentence stated before affirms — the latest level of its measure word whose own words hold
    the denied verb (纳入), not denied themselves — is the whole less that part: the nearest larger level of that
    measure word stated before the part. `said`: the traced figures of its full sentence (to its 。) before it, in
    order. None when the words state no such part and whole or the two do not give it (a denial fixes no pair: 未
    may deny another figure's words than the part's)."""
    verb = words[:2]
    parts = [e for e in said if e[0].m.base_unit == t.m.base_unit and _level(e) and not e[0].m.approx
             and verb in e[0].clause and not _DENIED_REST.search(e[0].clause) and not _NEGATED.search(e[0].clause)]
    if not parts:
        return None
    p = parts[-1]
    wholes = [e for e in said if e[0].m.end <= p[0].m.start and e[0].m.base_unit == t.m.base_unit and _level(e)
              and not e[0].m.approx and abs(e[0].x) > abs(p[0].x)]
    if not wholes:
        return None
    w = wholes[-1]
    for (fw, x), (fp, y) in ((a, b) for a in _values(w) for b in _values(p)):
        if _fits(t, x - y):
            return [(f"{fw.written} − {fp.written} = {_shown(t, x - y)}", fw, fp)]
    return None


def _part_by_rate(t: _Target, said: Sequence[_Told], text: str) -> list[_Found] | None:
    """'检测水样1,248份，合格率96.80%，合格1,208份': a count whose own words hold what the rate its full sentence
    stated right before it counts (合格率 → 合格), undenied, is the whole times the rate — the latest level of the
    count's measure word stated before the rate in that sentence (no target, base of a 比 phrase or earlier year's),
    larger than the count — when the rate's precision leaves one count only at the count's own precision. `said`:
    the traced figures of its full sentence (to its 。) before it, in order. None when the words state no such rate
    and whole, or the rate leaves the count open; [] when the count is none the rate gives."""
    k = next((k for k in range(len(said) - 1, -1, -1) if said[k][0].family == "%"), None)
    if k is None or said[k][0].m.hi is not None or said[k][0].m.approx \
            or any(e[0].m.base_unit == t.m.base_unit for e in said[k + 1:]):
        return None  # (a count of its measure word between the rate and it: the rate is that one's part)
    r = said[k]
    rm = _RATE.search(r[0].clause)
    if rm is None or _RATE_NOT_NAMED.search(rm[1]) or _CHANGE_RATE.search(r[0].clause) or len(rm[1]) < 2 \
            or rm[1][-2:] not in t.clause or _DENIED_REST.search(t.clause) or _NEGATED.search(t.clause) \
            or rm[1][:1] in ("不", "未"):
        return None
    wholes = [e for e in said if e[0].m.end <= r[0].m.start and e[0].m.base_unit == t.m.base_unit and _level(e, False, text)
              and e[0].ytag is None and not e[0].m.approx and abs(e[0].x) > abs(t.x)
              and not _COMPARE.search(text, max(0, e[0].m.start - 14), e[0].m.start)]
    if not wholes:
        return None
    w = wholes[-1]
    lo = w[0].x * (r[0].x - r[0].q / 2) / HUNDRED
    hi = w[0].x * (r[0].x + r[0].q / 2) / HUNDRED
    k0, k1 = (lo / t.q).to_integral_value(ROUND_CEILING), (hi / t.q).to_integral_value(ROUND_FLOOR)
    if not lo - t.q / 2 <= t.x <= hi + t.q / 2 or (k0 == k1 and t.x != k0 * t.q):
        return []
    if k1 > k0:
        return None  # the rate's precision leaves several counts: it fixes none
    d = w[0].x * r[0].x / HUNDRED
    return [(f"{w[1].written} × {r[1].written} = {_shown(t, d)}", w[1], r[1])]


def _named_rate(t: _Target, mine: Sequence[_Told], told: Sequence[_Told]) -> list[_Found]:
    """X率 right after a figure R its sentence states: R and the latest level of R's measure word, stated before R
    in the paragraph, whose own words end as the rate's words do (比对成功率: 比对成功29人) — the smaller over the
    larger."""
    words = _rate_words(t)
    if not words:
        return []
    r = mine[-1]
    if r[0].family in _RATE_FAMILIES or not _level(r):
        return []
    named = [e for e in sorted(told, key=_AT) if e is not r and e[0].m.end <= r[0].m.start
             and e[0].m.base_unit == r[0].m.base_unit and _level(e) and _shared_tail(words, e[0].clause) >= 2]
    out: list[_Found] = []
    for e in named[-MAX_NAMED_PARTS:]:
        part, whole = (e, r) if e[0].x < r[0].x else (r, e)
        d = part[0].x / whole[0].x * HUNDRED
        if _fits(t, d):
            out.append((f"{part[1].written} ÷ {whole[1].written} × 100% = {_shown(t, d)}", part[1], whole[1]))
    return out


def _rate_words(t: _Target) -> str:
    """What a rate its words name counts (比对成功率 → 比对成功), at a precision no chance quotient reaches; '' for
    any other figure, and for rates of money, targets and changes (执行率, 完成率, 增长率: other stages')."""
    if t.family != "%" or (rn := _RATE.search(t.clause)) is None or _RATE_NOT_NAMED.search(rn[1]) \
            or _CHANGE_RATE.search(t.clause) or _sig_digits(t.m.value) < MIN_RATE_DIGITS:
        return ""
    return rn[1]


def _shared_tail(a: str, b: str) -> int:
    """How many characters `a` and `b` end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _shown(t: _Target, d: Decimal) -> str:
    """The value derived, as the text would write it (rounded to its precision, in its unit), and the figure's own
    words when it approximates (95.33人次（约95人次）)."""
    m = t.m
    shown = _show(d, t.q, m.factor * t.ff) + m.unit
    return f"{shown}（{m.text}）" if m.approx else shown
