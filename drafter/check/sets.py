"""The count of the rows a sentence speaks of (issue 10): 为四项中最低 / 两块执行率差 / 四个项目的执行情况是：… — a small
count, in words, of items whose figures its sentence traces to the rows of one source table. It states how many
rows that table has (为四项中最低: the row just traced is one of the table's four), or how many of its rows the
sentence itself names (两块执行率差 after the 基本支出 and 项目支出 rows). Read only for a count no other stage placed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Sequence

from .index import SourceIndex, _Fact

MAX_SET = 12  # a count of a table's rows said in words (两块, 四项, 六个方面): a few rows
_ITEM_MEASURES = frozenset("项个块类所家条座处种支")  # what counts rows of items (not 次 / 期 / 批: events)
_WORD_NUMERAL = frozenset("两二三四五六七八九十")
# the words after a count that place a row among the set (中最低 / 最多 / 之首 / 相差 / 之间): the row just traced is
# one of the set's rows
_AMONG = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中|之中|里|当中)?(?:最|之首|居首|排名|相差|之间|差距)")
_FULL_STOP = "。！？!?\n"


def counted_set(index: SourceIndex, mentions: Sequence[Any], direct_facts: dict[int, Sequence[_Fact]], i: int,
                text: str) -> tuple[str, list[_Fact]] | None:
    """(formula, a few of the rows' facts) when mention i is a count in words of the rows of one source table its
    sentence traces figures to: the table's number of rows (a row placed among the set: 为四项中最低 after a row's
    figure) or the number of its rows the sentence names (two or more). None otherwise."""
    m = mentions[i]
    if m.text[:1] not in _WORD_NUMERAL or m.base_unit not in _ITEM_MEASURES or m.scale or m.approx \
            or m.hi is not None or m.value != m.value.to_integral_value() or not 2 <= m.value <= MAX_SET:
        return None
    ents = index.entities()
    if not ents.rows:
        return None
    s0 = max(text.rfind(c, 0, m.start) for c in _FULL_STOP) + 1
    s1 = min((k for c in _FULL_STOP if (k := text.find(c, m.end)) >= 0), default=len(text))
    rows: dict[int, dict[tuple[str, ...], _Fact]] = defaultdict(dict)  # per table: the rows the sentence traces
    last_tab = None  # the table of the row traced last before the count
    back = range(i - 1, -1, -1)
    ahead = range(i + 1, len(mentions))
    for j in [*_while(back, mentions, lambda mj: mj.start >= s0), *_while(ahead, mentions, lambda mj: mj.start < s1)]:
        for f in direct_facts.get(j, ())[:1]:
            got = ents.of.get(id(f))
            if got is None or got[0].whole:
                continue
            e = got[0]
            rows[e.tab].setdefault(e.names, f)
            if j < i and last_tab is None:
                last_tab = e.tab
    n = int(m.value)
    if last_tab is not None and _AMONG.match(text, m.end) and len(ents.parts.get(last_tab, ())) == n:
        parts = ents.parts[last_tab]
        return ("、".join(p.names[-1] for p in parts) + f" = {m.text}（来源表中各行，文中该行为其一）",
                list(rows[last_tab].values())[:3])
    for tab, named in rows.items():
        if len(named) >= 2 and n in (len(named), len(ents.parts.get(tab, ()))):
            names = [k[-1] for k in named] if len(named) == n else [p.names[-1] for p in ents.parts[tab]]
            return "、".join(names) + f" = {m.text}（本句所述来源表中各行）", list(named.values())[:3]
    return None


def _while(js: range, mentions: Sequence[Any], keep: Any) -> list[int]:
    """The indexes of `js` up to the first mention `keep` refuses."""
    out = []
    for j in js:
        if not keep(mentions[j]):
            break
        out.append(j)
    return out
