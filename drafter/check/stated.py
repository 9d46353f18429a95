"""Stage 3, operands the TEXT stated: a figure the paragraph stated before, that the checker itself traced (found
in the sources or derived from them — never one it flagged), is an operand of the figures after it, with the
operation the relation words fix: a sum of the items its words listed, then that sum's share of the whole its
items are parts of (合计129例，占75.44%); an approximation or a fraction word right after a rate, the same rate
restated (占66.97%，约三分之二). Each function says which stated figures it takes and why no other.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Mapping, Sequence

from ..numbers import NumberMention
from ._common import _TOTAL_MARK
from .context import _share_whole
from .index import SourceIndex, _Fact
from .match import _Target, _fits
from .rounding import _approx_ok

# 约三分之二 / 近四分之三 / 超过三分之一: a fraction with its approximation word is as coarse as the word — a
# reader takes 约三分之二 for 64–69 %, not for 66.665–66.675 %: half a 成 (5 points) is its step
_FRACTION_STEP = Decimal(5)
_WORDED_FRACTION = re.compile(r"^\D{1,3}?[一二三四五六七八九十]分之")


def restates(t: _Target, x: Decimal) -> bool:
    """Does the mention — an approximation or a fraction word right after a rate x the text stated — bear x out?
    A fraction written with its approximation word is read at 5 points; anything else at its own precision."""
    m = t.m
    if m.approx and t.family == "%" and _WORDED_FRACTION.match(m.text):
        return _approx_ok(x, t.x, m.approx, _FRACTION_STEP)
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


_GENERIC_WHOLE = ("全年", "全部", "总数", "总量", "合计", "总体", "全年总量", "全年总数")


def sum_share_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told],
                    sums: Mapping[int, Sequence[_Fact]]) -> list[tuple[_Fact, _Fact]]:
    """'二、三季度合计129例，占75.44%': a share right after a sum the text stated of items its words listed is the
    sum over the whole those items are all parts of (the 合计 of their table or ledger), when the words name no
    other whole (占 alone, 占全年的). `sums`: the stated sums' facts (by id) → the facts they add up."""
    if t.family != "%" or "占" not in t.clause[-10:]:
        return []
    whole = _share_whole(t.clause)
    if whole and whole not in _GENERIC_WHOLE:
        return []  # 占项目支出的: the whole the words name, found by the named-whole search
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start), key=lambda e: e[0].m.start,
               default=None)  # the figure right before the share: its part
    if last is None or id(last[1]) not in sums:
        return []
    part = last[1]
    common: set[int] | None = None
    found: dict[int, _Fact] = {}
    for item in sums[id(part)]:
        wholes = {id(w): w for a, w, why in index.partners.get(id(item), ()) if a is item and why == "part"}
        found.update(wholes)
        common = set(wholes) if common is None else common & set(wholes)
    if not common:
        return []
    return [(part, found[k]) for k in sorted(common, key=lambda k: (not _TOTAL_MARK <= found[k].subj, found[k].seq))]
