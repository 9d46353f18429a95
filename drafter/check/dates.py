"""Dates and periods: a month gap between a deadline and a result (提前/推迟 N 个月) and number ranges
(2015—2022年, 3—5个). Their own stage because a range's two ends are judged together, not as two mentions.
"""

from __future__ import annotations

import re

from ..numbers import NumberMention
from ..subjects import tokens
from ._common import _ROLE_MARKS
from .index import _Fact
from .match import _Checker, _RANK, _Target


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
