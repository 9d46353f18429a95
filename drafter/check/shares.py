"""Stage 3, shares whose operands are SOURCE facts: which whole a share is of when its words name none (占 alone,
or a fraction word right after an amount). The nearest whole the text set up comes first — the whole its own
shares of the same items were of — before the unit's overall totals (see match._Checker.part_rival, which takes
a whole the paragraph's shares were of as named).
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .derive import _RATE_FAMILIES, _Told, _dedupe
from .index import SourceIndex, _Fact
from .match import _Target
from .stated import _common_wholes


# 合计228.86万元，接近六成 / 18.64万元，不足一成: the amount and the word (its approximation included) one comma apart
_RIGHT_AFTER = re.compile(r"[，,]\s*")


def bare_share_pairs(index: SourceIndex, t: _Target, text: str, told: Sequence[_Told],
                     sums: Mapping[int, Sequence[Sequence[_Fact]]], whole_of: Mapping[int, _Fact]
                     ) -> list[tuple[_Fact, _Fact]]:
    """'生活救助与医疗救治合计228.86万元，接近六成' / '节能改造92.70万元，不足一成': an approximate rate right after an
    amount, its clause stating nothing else, is that amount's share of its whole — the whole the text's own shares
    of it (or of the items of a sum it stated) were of, else the whole its source record states it is a part of.
    `told`: the traced figures of the mention's paragraph; `sums` and `whole_of` as in run._check."""
    if t.family != "%" or not t.m.approx or t.clause:
        return []
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start), key=lambda e: e[0].m.start,
               default=None)  # the figure right before the word: its part
    if last is None:
        return []
    u, part, facts = last
    if part.family in _RATE_FAMILIES or u.m.hi is not None or not _RIGHT_AFTER.fullmatch(text, u.m.end, t.m.start):
        return []
    items = sums.get(id(part)) or [(part, *facts[:1])]
    wholes = _common_wholes(index, items, whole_of)
    if not wholes:  # 项目支出中：A…，占41.23%；…。节能改造92.70万元，不足一成: a row of the breakdown whose other rows'
        # shares its paragraph stated is of their whole
        mine = [f for item in items for f in item if f.src >= 0]
        wholes = [w for _, f, fs in told for g in (f, *fs[:1]) if (w := whole_of.get(id(g))) is not None
                  and any(g.src == x.src and g.role == x.role and g.family == x.family for x in mine)]
    return [(part, w) for w in _dedupe(wholes) if abs(w.mag) > abs(part.mag)]
