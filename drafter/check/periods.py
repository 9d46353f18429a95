"""Parts of the year as qualifiers of a figure (CHECKER principle 4): a table's column or row named for a quarter, a
half or a month (一季度, 第四季度, 上半年, 3月份, 1-6月) holds that period's figures; the words of the text say which
period a figure is of (全年…, 第三季度…, 下半年…). A period is written as its months, "7-9"."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import TYPE_CHECKING

from ..subjects import tokens
from ._common import _AFTER, _ROLE_MARKS
from .rounding import _close

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Target

_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}  # (两 is read as 二)
_MONTH = r"(1[0-2]|[1-9])"
# a column or a row label that is a period, at the end of its words (入场人次一季度, 2025年1-6月, 3月份（件）)
_PERIOD = re.compile(r"(?:(?<!前)第?([一二三四1-4])季度|([上下])半年|" + _MONTH + r"\s*[-—~～至]\s*" + _MONTH + r"月份?|"
                     r"(?<![\d年])" + _MONTH + r"月份?|前([两二三2-3])(?:个)?季度)$")
_UNIT_TAIL = re.compile(r"\s*[（(][^（()）]{1,6}[）)]\s*$")
# the words of a text that give a figure a period, the last one before it in its clause (a single month is a date
# there — 3月开展… — unless written 3月份; 占全年的 names the whole of a share, no period of the figures after it:
# 下半年作业127次，占全年的59.35%，发射986枚 is still 下半年's)
_SAID = re.compile(r"(?<!占)全年度?|(?<!前)第?([一二三四1-4])季度|([上下])半年|" + _MONTH + r"\s*[-—~～至]\s*" + _MONTH + r"月份?|"
                   r"(?<![\d年])" + _MONTH + r"月份|前([两二三2-3])(?:个)?季度")


def _months(m: re.Match[str]) -> str:
    if m[6]:  # 前三季度: the year's first quarters together
        return f"1-{3 * _CN_QUARTER[m[6].replace('两', '二')]}"
    if m[1]:
        q = _CN_QUARTER[m[1]]
        return f"{3 * q - 2}-{3 * q}"
    if m[2]:
        return "1-6" if m[2] == "上" else "7-12"
    if m[3]:
        return f"{int(m[3])}-{int(m[4])}"
    return f"{int(m[5])}-{int(m[5])}"


@lru_cache(maxsize=4096)
def cell_period(head: str, label: str) -> str:
    """The period of a table cell: its column's (一季度, 上半年), else its row label's (1月, 3月份); '' for none
    (the year's column, 合计, any other)."""
    for words in (head, label):
        m = _PERIOD.search(_UNIT_TAIL.sub("", words.strip()))
        if m:
            return _months(m)
    return ""


@lru_cache(maxsize=4096)
def said_period(clause: str) -> str | None:
    """The period the words before a figure give it: "1-12" for 全年, "10-12" for 第四季度 …; None when they give
    none."""
    m = None
    for m in _SAID.finditer(clause):
        pass
    if m is None:
        return None
    return "1-12" if m.group().startswith("全年") else _months(m)


def period_fits(clause: str, period: str) -> bool:
    """Whether a source figure of `period` (a part of the year) may be what the words before a text figure say: not
    when they give it to the whole year (全年…). Another quarter or month is told apart by the words themselves (三季
    is not 四季: the subjects' match, which also names the row the words mean), no period words leave it open."""
    return said_period(clause) != "1-12"


def _bounds(period: str) -> tuple[int, int]:
    a, _, b = period.partition("-")
    return int(a), int(b)


def line_period(before: str) -> str:
    """The part of the year the words of a source line before its figure name ('' for none)."""
    line = before[before.rfind("\n") + 1:]
    return (said_period(line) or "") if _PART_WORD.search(line) else ""


def fact_period(f: _Fact) -> str | None:
    """The part of the year a source figure is of: its table cell's (cell_period), else the period words of its
    own line before it (6月30日 上半年累计接待14场 → "1-6"); None when neither names one."""
    if f.period:
        return f.period
    if f.said is None:  # (match._near reads it too, before it spends near_text)
        f.said = line_period(f.near_text.partition(_AFTER)[0]) if f.near_text else ""
    return f.said or None


_PART_WORD = re.compile(r"季度|半年|月份|\d\s*[-—~～至]\s*\d{1,2}月")  # a part of the year's words (全年: none)


def periods_clash(said: str, f: _Fact) -> bool:
    """Do the words before a text figure, which give it the part of the year `said` (下半年…: said_period), give it
    another than the words of a source line give its figure (6月30日 上半年累计…)? Only two disjoint periods clash:
    全年 or no period word leaves the figure open. (A table's quarter cell is told apart by the subjects' match, which
    names the row the words mean.)"""
    if f.period or (own := fact_period(f)) is None:
        return False
    (a, b), (c, d) = _bounds(said), _bounds(own)
    return b < c or d < a


def rest_of_year(index: SourceIndex, t: _Target, before: str, earlier: str = "") -> tuple[str, list[_Fact]] | None:
    """'下半年完成公务接待12场': a figure the words give to the year's last part (or its first) is the year's figure of
    the same measure less the other part's (全年26场 − 上半年14场), both in the sources — the other part's figure
    named by its period (a table's 上半年 column, a log's 上半年累计…), the year's by none or by 全年, the two sharing
    the words of what they count with each other and with the figure's clause (第四季度受理: 受理, no 办结 of the year). `before`: the sentence before the figure.
    `earlier`: the sentence before it in its paragraph. (formula, [year, part]) or None."""
    before = before[-60:]  # (its period word is in its clause or the one before: 下半年完成…12场，接待来宾2260人次)
    if t.m.approx or t.m.hi is not None or ("季" not in before and "半年" not in before and "月" not in before) \
            or not _PART_WORD.search(before):
        return None
    said = said_period(before)
    if said is None or said == "1-12" or parts_compared(before) is not None:
        return None  # (下半年…比上半年多57场: a gap between the parts, no part's level)
    a, b = _bounds(said)
    if b == 12 and a > 1:
        other = f"1-{a - 1}"
    elif a == 1 and b < 12:
        other = f"{b + 1}-12"
    else:
        return None
    fam = index.family(t.family)
    if fam is None:
        return None
    # what the figure's own clause says it counts (第四季度受理 → 受理), else its sentence's words: both operands count it
    words = tokens(t.clause) - _ROLE_MARKS - _PERIOD_TOKENS or tokens(before) - _ROLE_MARKS - _PERIOD_TOKENS
    parts = _period_facts(index).get(other, ())
    if earlier and not any(words & part.subj for part in parts):
        # 其中上半年4218条，下半年5138条 after 全年处置有害信息9356条。: a sentence naming no measure counts what the
        # sentence before it (`earlier`) counted
        words = tokens(earlier) - _ROLE_MARKS - _PERIOD_TOKENS
    for part in parts:
        if part.family != t.family or part.role == "target" or part.approx or part.hi_mag is not None \
                or not words & part.subj:
            continue
        lo, hi = t.x + part.mag - t.q, t.x + part.mag + t.q
        for year in fam.window(float(lo), float(hi)):
            if year is part or year.role == "target" or year.approx or year.hi_mag is not None \
                    or fact_period(year) not in (None, "1-12") or not (year.subj & part.subj) - _PERIOD_TOKENS \
                    or not words & year.subj \
                    or _close(year.mag - part.mag, t.x, t.q) is None:
                continue
            return f"{year.written} − {part.written}（{_NAMES.get(other, other + '月')}） = {t.m.text}", [year, part]
    return None


# 下半年登记量比上半年多: two parts of the year compared — the words before 比 name one, the words after it the other
_PARTS_COMPARED = re.compile(r"(?:比|较)(?P<old>[^，,。；;！？!?\d比较]{2,8}?)(?P<side>多|少|高|低|增加|减少|增长|下降)了?$")


def parts_compared(clause: str) -> tuple[str, str, str] | None:
    """(the new part's period, the old one's, '+' / '−') when the clause before a figure compares two parts of the
    year that make up the year between them (下半年…比上半年多 / 四季度…较前三季度少), else None."""
    if "比" not in clause and "较" not in clause:  # (every match holds one; most clauses neither)
        return None
    cm = _PARTS_COMPARED.search(clause)
    if cm is None or not _PART_WORD.search(cm["old"]):
        return None
    new, old = said_period(clause[:cm.start()]), said_period(cm["old"])
    if new is None or old is None or new == old or "1-12" in (new, old):
        return None
    (a, b), (c, d) = _bounds(new), _bounds(old)
    if not ({a, c} == {1} | {a, c} and {b, d} == {12} | {b, d} and min(b, d) + 1 == max(a, c)):
        return None  # (一季度比二季度多: two parts that are not the year between them)
    return new, old, "+" if cm["side"] in ("多", "高", "增加", "增长") else "−"


def halves_gap(index: SourceIndex, t: _Target, before: str) -> tuple[str, list[_Fact]] | None:
    """'下半年登记量比上半年多6,650辆': the gap between two parts of the year that make it up, one of them given by
    the sources (上半年累计…62,418辆) with the year's figure of the same measure (131,486辆): the year less that part is
    the other, and new − old has the side the words say ((131,486 − 62,418) − 62,418). Both figures as rest_of_year
    reads them: the part named by its period, the year's by none or 全年, sharing the words of what they count with each
    other and with the figure's clause. (formula, [year, part]) or None."""
    before = before[-60:]
    if t.m.approx or t.m.hi is not None or t.x <= 0 or (said := parts_compared(before)) is None:
        return None
    new, old, side = said
    rate = t.family == "%"  # 下半年…比上半年增长46.15%: (new − old) ÷ old
    words = tokens(before) - _ROLE_MARKS - _PERIOD_TOKENS
    periods = _period_facts(index)
    sign = 1 if side == "+" else -1
    for known in (old, new):  # the part the sources give: the year less it is the other
        for part in periods.get(known, ()):
            if (part.family in ("%", "pt") if rate else part.family != t.family) or part.role == "target" \
                    or part.approx or part.hi_mag is not None or not words & part.subj or part.mag <= 0:
                continue
            fam = index.family(part.family)
            if fam is None:
                continue
            # new − old = ±t; the other part is year − part (a rate: new = old × (1 ± t%), at t's two ends)
            if rate:
                ends = [1 + sign * (t.x + e) / 100 for e in (-t.q, t.q)]
                others = [part.mag * f if known == old else part.mag / f for f in ends if f > 0]
                if len(others) != 2:
                    continue
                lo, hi = min(others) + part.mag, max(others) + part.mag
            else:
                gap = sign * t.x
                other = part.mag + gap if known == old else part.mag - gap
                lo, hi = other + part.mag - t.q, other + part.mag + t.q
            for year in fam.window(float(lo), float(hi)):
                if year is part or year.family != part.family or year.role == "target" or year.approx \
                        or year.hi_mag is not None or fact_period(year) not in (None, "1-12") \
                        or not (year.subj & part.subj) - _PERIOD_TOKENS or not words & year.subj \
                        or year.mag <= part.mag:
                    continue
                rest = year.mag - part.mag
                d = rest - part.mag if known == old else part.mag - rest
                if rate:
                    d = d / (part.mag if known == old else rest) * 100
                if (d > 0) != (side == "+") or _close(abs(d), t.x, t.q) is None:
                    continue
                name, other_name = _NAMES.get(known, known + "月"), _NAMES.get(old if known == new else new, "")
                formula = (f"({year.written} − {part.written}) − {part.written}" if known == old
                           else f"{part.written} − ({year.written} − {part.written})")
                if rate:
                    base = part.written if known == old else f"({year.written} − {part.written})"
                    formula = f"({formula}) ÷ {base} × 100%"
                formula += f"（{other_name if known == old else name}比{name if known == old else other_name}）"
                return f"{formula} = {t.m.text}", [year, part]
    return None


_PERIOD_TOKENS = frozenset({"上半", "下半", "半年", "季度", "全年", "年度", "月份"})
_NAMES = {"1-6": "上半年", "7-12": "下半年", "1-3": "一季度", "1-9": "前三季度", "10-12": "四季度", "4-12": "后三季度"}
_PERIOD_FACTS: weakref.WeakKeyDictionary[SourceIndex, dict[str, list[_Fact]]] = weakref.WeakKeyDictionary()


def _period_facts(index: SourceIndex) -> dict[str, list[_Fact]]:
    """The index's figures by the part of the year they are of (fact_period), read once per index."""
    got = _PERIOD_FACTS.get(index)
    if got is None:
        got = {}
        for f in index.facts:
            if f.kind != "date" and (p := fact_period(f)) is not None and p != "1-12":
                got.setdefault(p, []).append(f)
        _PERIOD_FACTS[index] = got
    return got


# a numbered batch (第二批 / 第3期 / 第一轮) or a season (春季 / 秋季): one part of a run of the year
# 首批: the first; 第一标段 / 第二阶段: a numbered part of the works (its label keeps the last character: 一段)
_BATCH = re.compile(r"(?:第([一二三四五六七八九十]|\d{1,2})|首)(批|期|轮|[标阶]?段)|([春夏秋冬])季(?!度)")
_WIDER = re.compile(r"全年|共计|合计|累计|总计|[两三四五六七八九十]批|各批|各期")  # words of more than the batch after it
_CN = {c: k for k, c in enumerate("一二三四五六七八九十", start=1)}
_PART_CHARS = re.compile(r"[第首季]")


def _batch_label(m: re.Match[str]) -> str:
    if m[3]:
        return m[3] + "季"
    n = 1 if m[1] is None else _CN.get(m[1]) or int(m[1])
    return f"{'一二三四五六七八九十'[n - 1] if n <= 10 else n}{m[2][-1]}"


def parts_before(before: str) -> str:
    """The batches (and season) the last sentence of `before` — a source's words up to a figure — names, the last of
    each kind that no wider word (全年 / 合计 / 两批) follows: their labels joined by '|' ('' none). Kept on a fact
    (_Fact.parts) when its sentence is spent (see roles._batch_before)."""
    if not _PART_CHARS.search(before):
        return ""
    lo = max(before.rfind(c) for c in "。；;\n") + 1
    last: dict[str, re.Match[str]] = {}
    for m in _BATCH.finditer(before, lo):
        last["季" if m[3] else m[2][-1]] = m
    return "|".join(_batch_label(m) for m in last.values() if not _WIDER.search(before, m.end()))

