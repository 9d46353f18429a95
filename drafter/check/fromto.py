"""由X增至Y / 从X降至Y (issue 10): one row's figure at two times — X the earlier (the row's 上年 figure, or its 年初
budget), Y the later (this year's, the 全年 budget). The clause gives the sentence's year and role to both, so X
alone reads as a figure of another year or role; what the words state is the pair. A source row that holds both,
X earlier than Y and moved the way the verb says, supports each of them. Read only for a figure of such a pair that
no direct match placed.

The row must be the one the words name: the clause's own subject (项目全年预算由…, 凤县由…) or, when the clause
is bare (…增幅最大，由…) or names only the measure (…，巡护里程由…), its sentence's last-named row. Another row named, or a part of a table of several rows
under words that name none of them, is no support (a swapped subject is the commonest planted error).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Sequence

from ..numbers import NumberMention, unit_family
from ..subjects import tokens
from ._common import last_mark
from .rounding import _close

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Checker, _Target

# 由 / 从 opening the clause right before X (由每人每月893元: a few words between)
_FROM = re.compile(r"[由从][\u4e00-\u9fff]{0,8}$")
# the verb between X and Y, and Y's first digit: 增至 / 降至 / 提高到 / 调减为 / 降为
_TO = re.compile(r"[^\d，。；,;]{0,6}?(提高|提升|增加|增长|上调|调增|扩大|延长|增|升|扩|涨|降低|下降|减少|下调|调减|压减|压缩|缩短|缩小|降|减|缩"
                 r"|调整|调)(?:到|至|为)[^\d，。；,;]{0,4}?(?=\d)")
_INTO = frozenset("至到为")  # what every _TO match holds right before Y (a set test before the pattern)
_UP = frozenset("提高 提升 增加 增长 上调 调增 扩大 延长 增 升 扩 涨".split())
_DOWN = frozenset("降低 下降 减少 下调 调减 压减 压缩 缩短 缩小 降 减 缩".split())
_CJK = re.compile(r"[\u4e00-\u9fff]")
_STOP = "。；;\n"
_CLAUSE = "，,。；;\n"
_YEAR_WORDS = frozenset({"上年", "年初", "全年", "本年", "今年", "去年", "年实", "年预", "初预", "年完"})


def pair_of(text: str, mentions: Sequence[NumberMention], i: int, clause: str) -> tuple[int, int, str] | None:
    """(index of X, index of Y, the verb's direction '+' / '−' / '') when mention i is X or Y of 由X…至Y."""
    m = mentions[i]
    if i + 1 < len(mentions) and ("由" in clause or "从" in clause) and _FROM.search(clause) \
            and (to := _TO.match(text, m.end)) is not None and mentions[i + 1].start == to.end():
        return i, i + 1, _sign(to[1])
    if i and _INTO.intersection(text[max(0, m.start - 5):m.start]) \
            and (to := _TO.match(text, mentions[i - 1].end)) is not None and to.end() == m.start:
        k = last_mark(text, _CLAUSE, mentions[i - 1].start) + 1
        if _FROM.search(text, k, mentions[i - 1].start):
            return i - 1, i, _sign(to[1])
    return None


def _sign(verb: str) -> str:
    return "+" if verb in _UP else "−" if verb in _DOWN else ""


def _value(m: NumberMention) -> tuple[Decimal, Decimal, Decimal, str]:
    """(magnitude in its family's base, quantum there, value as written, family) of a text figure."""
    family, factor = unit_family(m.base_unit)
    return m.value * m.factor * factor, m.quantum * m.factor * factor, m.value, family


def _earlier(fx: "_Fact", fy: "_Fact", now: int | None) -> bool:
    """Is fx the earlier figure of fy's quantity: its 年初 budget beside the 全年 one, or its last year's figure
    beside this year's (of the same role: 上年实际 is no 目标)?"""
    if fx.role == "initial":
        return fy.role == "budget"
    if fx.ytag is None or not (fx.ytag < 0 or (now is not None and fx.ytag < now)):
        return False
    if fy.ytag is not None and fy.ytag != now:
        return False
    return "target" not in (fx.role, fy.role) and fx.date is None and fy.date is None


def _same_measure(fx: "_Fact", fy: "_Fact") -> bool:
    """Do the two heads (上年排查(户) / 排查用户(户)) name one quantity? Only asked of a row with heads."""
    if not fx.head or not fy.head:
        return True
    a, b = tokens(fx.head) - _YEAR_WORDS, tokens(fy.head) - _YEAR_WORDS
    if not a or not b:
        return True  # 上年实际 | 实际完成值: heads of only a year and a role name no measure — the row's one quantity
    return bool(a & b)


def _names(label: str) -> list[str]:
    return [n for n in label.split("|") if len(_CJK.findall(n)) >= 2]


def _named_at(said: str, name: str) -> tuple[int, int]:
    """(end, length) of the last place `said` names a row called `name`: the whole name, or (a longer one) any run of
    three of its characters (开发区 of 日照经济技术开发区); (-1, 0) when it does not."""
    at = said.rfind(name)
    if at >= 0 or len(name) < 4:
        return (at + len(name), len(name)) if at >= 0 else (-1, 0)
    at = max(said.rfind(name[k:k + 3]) for k in range(len(name) - 2))
    return (at + 3, 3) if at >= 0 else (-1, 0)


def _row_said(index: "SourceIndex", fy: "_Fact", said: str, sentence: str = "") -> bool:
    """Is fy's row the one `said` names: named last among its table's rows, or — named by none — the table's whole
    or its only row, or the row `sentence` (the pair's sentence up to X) names last (台账中，敦化市修复412亩，…，巡护里程
    由…: a clause naming only its measure)? A figure of no table row needs words naming its measure and no row of
    any table named."""
    ents = index.entities()
    got = ents.of.get(id(fy))
    if got is None or not fy.label:
        return bool(tokens(said) & fy.subj) and not ents.named(said)
    e = got[0]
    rows = [r for r in ents.tables.get(e.tab, ()) if r is not e] + [e]
    best, who = (-1, 0), None
    for r in rows:
        for n in r.names:
            # the name ending last, and of two ending there the longer: 牙克石观测点 whole, not the 观测点 run of
            # 根河观测点 inside it
            if len(_CJK.findall(n)) >= 2 and (k := _named_at(said, n)) > best:
                best, who = k, r
    if who is not None:
        return who is e
    if e.whole or len(ents.tables.get(e.tab, ())) <= 1:
        return True
    return bool(sentence) and sentence != said and _row_said(index, fy, sentence)


def _said(text: str, start: int) -> tuple[str, str]:
    """The words the pair's subject is in: X's clause when it holds words of its own before 由 / 从, else its
    sentence up to X — and its sentence up to X (where the clause names only the measure: 巡护里程由…)."""
    k = last_mark(text, _CLAUSE, start) + 1
    clause = text[k:start]
    head = clause[:max(clause.rfind("由"), clause.rfind("从"))]
    s0 = last_mark(text, _STOP, start) + 1
    return (head if len(_CJK.findall(head)) >= 2 else text[s0:start]), text[s0:start]


def from_to_facts(checker: "_Checker", index: "SourceIndex", text: str, mentions: Sequence[NumberMention],
                  tx: "_Target", ix_: int, iy: int, sign: str, want_y: bool) -> list["_Fact"] | None:
    """[X's fact, Y's fact] (or Y's first when want_y) of the one source row holding the pair, else None."""
    my = mentions[iy]
    if my.value is None or my.hi is not None or tx.m.hi is not None or my.approx or tx.m.approx:
        return None
    y_mag, y_q, y_val, y_fam = _value(my)
    said, sentence = _said(text, tx.m.start)
    groups = index.groups
    now = index.year_now
    found: list[tuple["_Fact", "_Fact"]] = []
    for _, verdict, _, fx in checker.matches(tx):
        if verdict not in ("exact", "converted") or not 0 <= fx.group < len(groups):
            continue
        for fy in groups[fx.group]:
            if fy is fx or (y_fam and fy.family and fy.family != y_fam):
                continue
            if fy.family != fx.family and (fx.family or not (fx.head and fy.head and fy.family == y_fam)):
                continue  # (上年样本户 beside 样本户(户): an earlier column its head gives no measure word — the
                # row's own column, named by the shared head words below, gives it Y's)
            if _close(fy.mag, y_mag, y_q) != "exact" and _close(fy.value, y_val, my.quantum) != "exact":
                continue
            if not _earlier(fx, fy, now) or not _same_measure(fx, fy):
                continue
            # (X of a column with no measure word is in Y's column's: 上年数据 4.6 beside 数据量(万条) 4.1)
            x, y = (fx.mag, fy.mag) if fx.family == fy.family else (fx.value, fy.value)
            if (sign == "+" and not y > x) or (sign == "−" and not y < x):
                continue
            found.append((fx, fy))
        if not found and fx.tab >= 0 and fx.head and fx.ytag is not None and index._by_value is not None:
            # a table of years as rows (2023年 | 81, 2024年 | 93): the same column's later row
            k = abs(float(y_val))
            for fy in index._by_value.window(k - 1e-9 * max(1.0, k), k + 1e-9 * max(1.0, k)):
                if fy.src == fx.src and fy.tab == fx.tab and fy.head == fx.head and fy.group != fx.group \
                        and fy.value == y_val and _earlier(fx, fy, now) \
                        and not ((sign == "+" and not fy.mag > fx.mag) or (sign == "−" and not fy.mag < fx.mag)):
                    found.append((fx, fy))
    kept = [p for p in found if _row_said(index, p[1], said, sentence)]
    if not kept or len({(id(a), id(b)) for a, b in kept}) != len(kept):
        return None
    fx, fy = kept[0]
    return [fy, fx] if want_y else [fx, fy]
