"""Stage 3, shares whose operands are SOURCE facts: which whole a share is of when its words name none (占 alone,
or a fraction word right after an amount). The nearest whole the text set up comes first — the whole its own
shares of the same items were of — before the unit's overall totals (see match._Checker.part_rival, which takes
a whole the paragraph's shares were of as named).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Mapping, Sequence

from ..numbers import _int_any
from ..subjects import tokens
from ._common import _ROLE_MARKS
from .context import _phrase
from .derive import (_HOW_MANY, _MEASURES, _RATE_FAMILIES, _TOTAL_OF, MAX_LISTED, _Told, _best_named, _dedupe,
                     _sum_whole)
from .index import SourceIndex, _Fact
from .match import _Target, _fits, _is_bound
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
        # 宣传培训经费18.64万元，不足一成: of what its breakdown (支出构成, with no 合计) adds up to
        wholes += [w for x in mine for w in _sum_whole(index, x)]
    # the part as the text states it, or as its source does where that is the whole's unit (186400 of 1948372)
    return [(next((x for x in (part, *facts[:1]) if x.family == w.family), part), w) for w in _dedupe(wholes)
            if abs(w.mag) > abs(part.mag)]


_LIST_INDEX = re.compile(r"\[\d+\]")  # 项目支出明细[2].调整预算: the list's field, whatever the item


def list_sum(index: SourceIndex, t: _Target) -> tuple[str, list[_Fact], Decimal] | None:
    """'四个项目调整预算合计962.00万元' / '三所学校改造资金共计…': the sum of the field the words name over the records of
    one source list, when the list holds as many records as the words count (项目支出明细's four 调整预算, not the
    资金来源's two nor the unit's own) — the formula, the facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None or (tm := _TOTAL_OF.search(t.clause)) is None:
        return None
    before = t.clause[: tm.start()]
    hm = None
    for hm in _HOW_MANY.finditer(before):
        pass
    if hm is None or hm[2] not in _MEASURES or (n := _int_any(hm[1])) is None or not 2 <= n <= MAX_LISTED:
        return None
    words = _phrase(tm[1] or before[: hm.start()] + " " + before[hm.end():]) - _ROLE_MARKS
    named = index.naming(t.family, words).values() if words else ()
    top = max((k for k, _ in named), default=0)
    lists: dict[tuple[int, str], list[_Fact]] = {}
    for k, f in named:
        if k == top >= min(2, len(words)) and f.src >= 0 and "[" in f.location and f.role != "target" \
                and not _is_bound(f) and f.ytag in (None, index.year_now):
            lists.setdefault((f.src, _LIST_INDEX.sub("[]", f.location)), []).append(f)
    fits = [facts for facts in lists.values() if len(facts) == n]
    if len(fits) != 1:
        return None
    facts = sorted(fits[0], key=lambda f: f.seq)
    total = sum((f.mag for f in facts), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in facts) + f" = {t.m.text}", facts, total


# 南、北支渠 / 东、西片区: items of one single character listed with 、 before the name they share
_SHARED_HEAD = re.compile(r"((?:[\u4e00-\u9fff]、)+)([\u4e00-\u9fff])([\u4e00-\u9fff]+)$")
MAX_HEAD = 4  # characters of the shared name (支渠, 干渠, 片区, 分馆)
_SUM_WORDS = frozenset({"合计", "共计", "总计", "累计"})


def shared_head_sum(index: SourceIndex, t: _Target, text: str, told: Sequence[_Told]
                    ) -> tuple[str, list[_Fact], Decimal] | None:
    """'南、北支渠合计22.9公里' / '南、北支渠衬砌修复仅2.9公里': items listed with 、 that share the name after the last
    one (南支渠, 北支渠) are each a source row; the figure is the sum of their figures in the mention's unit — of the
    column the words after the name say (衬砌修复), else of the column of the figure its sentence traced last in that
    unit (总干渠18.4公里 of 清淤长度). The formula, the facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None:
        return None
    k = t.m.start
    hm = _SHARED_HEAD.search(text, max(text.rfind(c, max(0, k - 40), k) for c in "，,。；;：:\n") + 1, k)
    if hm is None:  # (the clause ends at 、: the list is read from the text)
        return None
    firsts = hm[1].split("、")[:-1] + [hm[2]]
    fam = lambda f: f.family == t.family and f.role != "target" and not _is_bound(f) \
        and f.ytag in (None, index.year_now)  # noqa: E731
    for k in range(min(MAX_HEAD, len(hm[3])), 0, -1):  # the longest shared name every item's row has
        head, rest = hm[3][:k], hm[3][k:]
        rows = [_best_named(index, tokens(x + head), keep=fam, need=len(tokens(x + head))) for x in firsts]
        if all(rows):
            break
    else:
        return None
    column = _phrase(rest) - _ROLE_MARKS - _SUM_WORDS
    if not column:  # the column of the sentence's last traced figure in this unit, less its row's own words
        last = [f for u, f, _ in told if u.sent == t.sent and u.m.end <= t.m.start and f.family == t.family
                and f.src >= 0]
        if last and (f := last[-1]).group >= 0:  # (its words no other figure of its row in that unit has)
            column = f.subj - _ROLE_MARKS - frozenset().union(
                *(g.subj for g in index.groups[f.group] if g is not f and g.family == f.family))
    picked = []
    for facts in rows:
        own = [f for f in facts if column and column & f.subj] if len(facts) > 1 else facts
        if len(own) != 1:
            return None
        picked.append(own[0])
    total = sum((f.mag for f in picked), Decimal(0))
    if len({id(f) for f in picked}) != len(picked) or not _fits(t, total):
        return None
    return " + ".join(f.written for f in picked) + f" = {t.m.text}", picked, total
