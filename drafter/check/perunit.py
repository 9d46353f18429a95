"""A per-unit money figure over a count the paragraph told, of the money the sources give the item the words name
(a late stage of run.py, after rows.row_per_unit).

Why: a writer states a count (繁育良种茶苗326.5万株; 禁牧巡查652次, 上半年298次 …) and then what each one cost (按繁育
经费计，每万株成本3454.82元; 每次巡查经费955.52元; 按鉴定检测支出计，每栋743.93元) — money the text never states, of
the task, expense item or project the words name (or the task the count is an indicator of). What relates the three
figures is structure: the count is told before the per-unit in its paragraph, in the measure word its 每X / X均
names; the money is a source figure of the item its sentence names.

- the count: a figure the paragraph traced or derived before the target (nearest first, at most MAX_COUNTS), whose
  measure word the per-unit names (每万株 ← 万株, 每次 ← 次, 人次均 ← 人次, 场均 ← 场; 每点 ← a count whose own words
  name 点: 控制点…284个) — this year's level only: no target, no other year's (比上年…), no change (增加36次), no
  count of what was not done, no part of the year (上半年298次) unless the per-unit's own words name that part;
- the money: of the source money figures whose item names (a row's or record's name, an expense item's key) share the
  most words with the target's sentence (按鉴定检测支出计 → 支出构成.鉴定检测), and the money of the record the count
  is a figure of (主要任务[2].任务涉及金额 beside its indicator 禁牧巡查652次, a row's money column) — spending (or
  money of no role), a budget only when the words say 预算; this year's only;
- the money the count's own clause names, too, for a count told in the per-unit's sentence (培训执法人员342人次，…，
  人次均费用 ← 宣传培训, where an earlier clause of the sentence names 不停车检测点 by more words);
- with no told count that fits: this year's count the sources state of the noun the per-unit's words name (生均 → 在校生
  合计, the text telling the students only as a change), over the named money — five written digits at least;
- the per-unit must have MIN_DIGITS significant digits — no chance quotient of the few operands reaches that — and
  equal the quotient at its written precision (entities.fits).
A swapped subject stays flagged: the money is the one the words name (another item's money is not named), the count
the one of the measure word told (last year's, a half-year's, a target are no counts here).
Only for a figure every other stage left unsupported; the money names are indexed once per source index (a dict of
word pairs), the counts are the paragraph's told figures — no scan of the facts per mention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Sequence

from ..subjects import direction
from .periods import said_period
from .rounding import _CTX, _fmt

if TYPE_CHECKING:
    from .entities import Entity
    from .index import SourceIndex, _Fact
    from .match import _Checker, _Target

MIN_DIGITS = 4    # 955.52元, 3454.82元: a quotient of two unrelated figures does not land on four digits by chance
MAX_COUNTS = 12   # counts tried, nearest first
MAX_SCANNED = 48  # told figures looked at
_DENIED = re.compile(r"未|没有|尚")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# words of every money item: they name none in particular
_GENERIC = frozenset(
    "经费 支出 费用 资金 金额 成本 预算 执行 年初 全年 调整 实际 完成 项目 任务 涉及 合计 总计 小计 万元 单位 情况 年度 "
    "数量 指标 其中 构成 明细 支出构成 全部 平均 每次 按照".split())
_PER_AT = re.compile(r"每(?:[个名位家])?(?P<x>[\u4e00-\u9fff]{1,3})")
_MEAN_AT = re.compile(r"(?P<x>[\u4e00-\u9fff]{1,2})均")
_BUDGET_SAID = re.compile(r"预算|安排")
_SPENT_SAID = re.compile(r"执行|支出|实际|花费|使用")
_NOT_COUNTS = frozenset({"元", "%", "pt", ""})
_SENT_END = "。！？!?\n"
_CLAUSES = re.compile(r"[，,；;：:]")
_DIGIT = re.compile(r"\d")
_PER_UNIT_SAID = re.compile(r"(?:每[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]均)[^，,；;。\d]{0,12}\d[\d,]*(?:\.\d+)?万?元")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_digits(text: str) -> int:
    """The significant digits a figure is written with, trailing zeros too (24.30元: 4 — as unlikely a chance
    quotient as 24.31)."""
    got = _NUMBER.search(text)
    return len(got[0].replace(",", "").replace(".", "").lstrip("0")) if got else 0


def _pairs(*phrases: str) -> set[str]:
    out: set[str] = set()
    for phrase in phrases:
        for run in _CJK.findall(phrase):
            out.update(run[k:k + 2] for k in range(max(1, len(run) - 1)))
    return out - _GENERIC


class MoneyNames:
    """Per source index: each word pair of a money item's names → this year's money figures of that item (no
    target, no other year's), built once on first use."""

    def __init__(self, ix: "SourceIndex") -> None:
        now = ix.year_now
        self.by_pair: dict[str, list["_Fact"]] = defaultdict(list)
        self.names: dict[int, set[str]] = {}
        for f in ix.facts:
            if f.family != "元" or f.src < 0 or f.date is not None or f.approx is not None or f.hi_mag is not None \
                    or f.role in ("target",) or f.ytag not in (None, now) or f.mag <= 0:
                continue
            names = _pairs(*f.label.split("|"), f.head)
            if not names:
                continue
            self.names[id(f)] = names
            for p in names:
                self.by_pair[p].append(f)

    def named(self, words: set[str]) -> list["_Fact"]:
        """The money figures whose names share the most pairs with the words (none shared: none)."""
        score: dict[int, int] = defaultdict(int)
        facts: dict[int, "_Fact"] = {}
        for p in words:
            for f in self.by_pair.get(p, ()):
                score[id(f)] += 1
                facts[id(f)] = f
        if not score:
            return []
        best = max(score.values())
        return [facts[k] for k, n in score.items() if n == best]


def money_names(ix: "SourceIndex") -> MoneyNames:
    got = getattr(ix, "_money_names", None)
    if got is None:
        got = ix._money_names = MoneyNames(ix)  # type: ignore[attr-defined]
    return got


def _divisor(u: "_Target", said: str, per: re.Match[str] | None, mean: re.Match[str] | None,
             text: str) -> Decimal | None:
    """The count in the unit the per-unit's words name (每万株 of 326.5万株 → 326.5; 每株 → 3,265,000), or None when
    they name another measure word."""
    m = u.m
    if m.value is None or m.value <= 0:
        return None
    unit, base = m.unit, m.base_unit
    if per is not None:
        x = per["x"]
        # (每家次: 家 read as a classifier is the first character of a measure of two, 家次 — never 个 of 每个项目)
        whole = per[0][1:] if per[0][1:2] != per["x"][:1] else ""
        if unit and (x.startswith(unit) or len(unit) > 1 and whole.startswith(unit)):
            return m.value
        if base and (x.startswith(base) or len(base) > 1 and whole.startswith(base)):
            return m.value * m.factor
        # 每点 after 控制点：…284个: the noun the per-unit counts, named by the count's own sentence
        s0 = max(text.rfind(c, max(0, m.start - 120), m.start) for c in _SENT_END + "；;") + 1
        if x[:1] and x[0] not in "万千百亿" and x[0] + "：" in text[s0:m.start] or x[:1] and (x[0] + "，") in text[s0:m.start]:
            return m.value * m.factor
        # 每个项目 after 组织政府采购项目468个: the two-character noun the count's own clause names right before it
        c0 = max(text.rfind(c, s0, m.start) for c in "，,；;：:（(") + 1
        if len(x) >= 2 and x[0] not in "万千百亿" and _CJK.fullmatch(x[:2]) and x[:2] in text[max(s0, c0):m.start]:
            return m.value * m.factor
        return None
    if mean is not None:
        x = mean["x"]
        if unit and x.endswith(unit):
            return m.value
        if base and x.endswith(base):  # 吨均 of 17.38万吨, 人次均 of 12.46万人次: per one of the base measure
            return m.value * m.factor
    return None


def named_per_unit(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str,
                   told: Sequence[tuple["_Target", "_Fact", Sequence["_Fact"]]]
                   ) -> tuple[str, "_Fact", "_Fact"] | None:
    """(formula, money, count) for a per-unit money figure over a told count (see the module docstring), or None."""
    from .entities import fits
    from .rows import _FIRST_ITEM, rows_of
    from .told import _by_how_much

    m = t.m
    if t.family != "元" or m.value is None or m.hi is not None or m.value <= 0 or m.approx not in (None, "≈") \
            or _written_digits(m.text) < MIN_DIGITS - 1:
        return None  # (每件约120.90元: 约 at two decimals states the quotient as well)
    s0 = max(text.rfind(c, max(0, m.start - 200), m.start) for c in _SENT_END) + 1
    said = text[s0:m.start]
    k = max(said.rfind("；"), said.rfind(";"), said.rfind("，"), said.rfind(","))
    own = said[k + 1:]  # its own clause: where 每X / X均 is said
    per = None
    for per in _PER_AT.finditer(own):
        pass
    mean = None
    if per is None:
        for mean in _MEAN_AT.finditer(own):
            pass
        if mean is not None and mean["x"].endswith("平"):
            mean = None
    if per is None and mean is None:
        return None
    now = ix.year_now
    period = said_period(own) or "1-12"  # (its own clause's: 下半年26场，场均经费 is the year's mean)
    counts: list[tuple["_Target", "_Fact", Sequence["_Fact"], Decimal]] = []
    for n, (u, f, facts) in enumerate(reversed(told)):
        if len(counts) >= MAX_COUNTS or n >= MAX_SCANNED:
            break
        um = u.m
        if um.end > m.start or um.approx or um.hi is not None or f.family in _NOT_COUNTS or f.role == "target" \
                or u.ytag is not None or f.ytag not in (None, now) or u.role == "target":
            continue
        if direction(u.clause) is not None or _DENIED.search(u.clause) or _by_how_much(text, um.start):
            continue  # 增加36次 / 未完成8栋 / 超出目标1200份48份: a change, a gap or what was not done, no count
        c0 = max(text.rfind(c, max(0, um.start - 120), um.start) for c in _SENT_END + "；;") + 1
        if (said_period(text[c0:um.start]) or "1-12") != period:
            continue  # 上半年298次 / 第三季度…7期: another part of the year than the per-unit's
        d = _divisor(u, said, per, mean, text)
        if d is not None:
            counts.append((u, f, facts, d))
    money = money_names(ix)
    cut = 0  # 按设备购置经费计每个工位8049.42元；开发课程27门，每门平均: another per-unit's words name its own money
    for cut_at in _PER_UNIT_SAID.finditer(said, 0, k + 1):
        cut = cut_at.end()
    words = _pairs(said[cut:])
    # 按预算计，每万株: a budget the words say — in its own clause or one of its sentence stating no figure of its own
    # (平均每个项目采购预算392.31万元，评审专家劳务…摊到每个项目: that 预算 is the other per-unit's)
    plain = "".join(c for c in _CLAUSES.split(said[:k + 1]) if not _DIGIT.search(c)) + own
    budget = _BUDGET_SAID.search(plain) is not None and _SPENT_SAID.search(own) is None
    rows = rows_of(ix)

    def role_ok(g: "_Fact") -> bool:
        return g.role in ("budget", "initial") if budget else g.role in ("", "actual")

    named = [g for g in money.named(words) if role_ok(g)]
    found: dict[str, tuple[str, "_Fact", "_Fact"]] = {}
    short = _written_digits(m.text) < MIN_DIGITS
    x = (per or mean)["x"][:1]  # type: ignore[index]
    again = bool(x) and (f"每{x}" in said[:k + 1] or f"{x}均" in said[:k + 1])
    with localcontext(_CTX):
        for u, f, facts, d in counts:
            cands = list(named)
            for c in facts[:3]:  # the money of the record the count is a figure of (its task, its row)
                cands += [g for g in rows.mates.get(id(c), ()) if g.family == "元" and role_ok(g)]
                if (item := _FIRST_ITEM.match(c.location)) is not None:
                    cands += [g for g in rows.record_money.get((c.src, item[0]), ()) if role_ok(g)]
            if not short and u.m.start >= s0:  # 培训执法人员342人次，…，人次均费用: the money the count's own clause
                # names (宣传培训), though an earlier clause of the sentence (不停车检测点) names another line by more words
                c0 = max(s0, max(text.rfind(c, s0, u.m.start) for c in _SENT_END + "；;，,") + 1)
                cands += [g for g in money.named(_pairs(text[c0:u.m.start], own)) if role_ok(g)]
            if short and u.m.start < s0 and not again:  # three digits: only the money its sentence names, over a
                cands = []  # count of that very sentence or of a per-unit its sentence stated before (吨均…，其中…每吨)
            elif short:
                cands = named
            for g in dict.fromkeys(cands):
                q = g.mag / d
                if fits(checker, t, q):
                    shown = _fmt((q / m.factor).quantize(m.quantum))  # (in the unit written: 1.94万元)
                    found.setdefault(f"{g.written} ÷ {u.m.text}",
                                     (f"{g.written} ÷ {u.m.text} = {shown}{m.unit}", g, f))
        if not found and not short and period == "1-12" and _written_digits(m.text) >= MIN_DIGITS + 1:
            got = _over_named_count(ix, checker, t, (per or mean), named)  # type: ignore[arg-type]
            if got is not None:
                return got
        if found or short or period != "1-12":  # (the year's money is never over a half's count)
            return next(iter(found.values())) if found else None
        # 吨均处理成本 after 处理生活垃圾17.38万吨: words that name no money item but what the count's own clause did
        # (处理) speak of the whole — the project's spending (its budget when they say 预算) over the count
        for u, f, facts, d in counts:
            c0 = max(text.rfind(c, max(0, u.m.start - 60), u.m.start) for c in _SENT_END + "；;，,") + 1
            counted = text[c0:u.m.start]
            if money.named(words - _pairs(counted)) or any(
                    n in counted for g in money.named(_pairs(counted)) for n in (g.head, g.label.rpartition("|")[2])
                    if len(n) >= 2 and n not in _GENERIC):
                continue  # (开展普法讲座104场，场均经费: what the count counts has money of its own, no whole's)
            for g in whole_money(ix, budget):
                q = g.mag / d
                if fits(checker, t, q):
                    return f"{g.written} ÷ {u.m.text} = {_fmt((q / m.factor).quantize(m.quantum))}{m.unit}", g, f
    return None


def _over_named_count(ix: "SourceIndex", checker: "_Checker", t: "_Target", said: re.Match[str],
                      named: list["_Fact"]) -> tuple[str, "_Fact", "_Fact"] | None:
    """生均公用经费1039.60元 where the text tells the students only as a change (比上年1702人增加91人): the named money
    over this year's count the sources state of the noun the per-unit's words name (生均 → 在校生 合计 1793; 每个站点 →
    服务站点) — a whole, no line of a breakdown, no target, no other year's; five written digits at least, both
    operands being the sources' (no chance quotient of two source figures lands on five digits). A noun that is only
    the measure word (每批次, 人次均) names no count here: that count is the one the text told."""
    from .entities import fits

    m = t.m
    noun = said["x"] if said[0][:1] == "每" else said["x"][-1:]  # (全校生均: 生, the noun right before 均)
    for f in source_counts(ix):
        if noun in f.unit or noun not in f.head + f.label:
            continue
        for g in named:
            q = g.mag / f.mag
            if fits(checker, t, q):
                return f"{g.written} ÷ {f.written} = {_fmt((q / m.factor).quantize(m.quantum))}{m.unit}", g, f
    return None


def source_counts(ix: "SourceIndex") -> list["_Fact"]:
    """This year's counts the sources state as results (no target, no bound or approximation, no other year's) that
    are no line of a larger whole — once per source index."""
    got = getattr(ix, "_source_counts", None)
    if got is None:
        now = ix.year_now
        got = ix._source_counts = [  # type: ignore[attr-defined]
            f for f in ix.facts if f.family not in _NOT_COUNTS and f.src >= 0 and f.date is None and f.kind != "year"
            and f.approx is None and f.hi_mag is None and f.role in ("", "actual") and f.ytag in (None, now)
            and f.mag > 0 and not ix.is_line(f)]
    return got


def whole_money(ix: "SourceIndex", budget: bool) -> list["_Fact"]:
    """The whole's spending (its full-year budget when `budget`): this year's largest money figure of that role
    that is no line of a larger whole (资金来源.合计.支出, 年度资金总额's 全年执行数) — one fact per value; once per
    source index."""
    cache = getattr(ix, "_whole_money", None)
    if cache is None:
        cache = ix._whole_money = {}  # type: ignore[attr-defined]
    got = cache.get(budget)
    if got is None:
        roles = ("budget",) if budget else ("actual",)
        pool = [f for f in ix.facts if f.family == "元" and f.role in roles and f.src >= 0 and f.date is None
                and f.approx is None and f.hi_mag is None and f.ytag in (None, ix.year_now) and f.mag > 0]
        top = max((f.mag for f in pool), default=None)
        got = cache[budget] = [f for f in pool if f.mag == top and not ix.is_line(f)][:1]
    return got


# ---- a rate named in the clause before: 数字阅读平台执行率最低，为79.88% ---------------------------------------------
# what a rate's own clause may hold when its name is in the clause before: a linking word at most
_LINK_ONLY = re.compile(r"(?:为|是|仅为?|只有|仅有|达到?|约为?|只)?")
# the clause before: an item's rate named last, then how it stands (最低 / 偏低 …), no figure of its own
_RATE_JUDGED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,24}?(?:执行率|完成率|支出率|执行进度|支付率))的?"
                          r"(?P<judge>最低|最高|偏低|偏高|较低|较高|略低|略高)$")
_EXTREME_LOW, _EXTREME_HIGH = "最低", "最高"


def linked_rate_clause(ix: "SourceIndex", t: "_Target", text: str) -> tuple[str, bool] | None:
    """'数字阅读平台执行率最低，为79.88%': a rate whose own clause is a linking word at most, right after a clause that
    names an item's rate and how it stands — (the words to read the rate with: 数字阅读平台执行率, whether they hold),
    or None. An extreme (最低 / 最高) holds when the row the words name is that extreme of its table's rows in that
    rate (each row's rate as the entities table computes or states it); when no one row is named, the words are
    not read (the figure stays as it was)."""
    if t.family != "%" or t.m.hi is not None or not _LINK_ONLY.fullmatch(t.clause):
        return None
    k = t.m.start - len(t.clause)
    if text[k - 1:k] not in ("，", ","):
        return None
    c0 = max(text.rfind(c, max(0, k - 40), k - 1) for c in _SENT_END + "，,；;：:") + 1
    prev = text[c0:k - 1]
    if _DIGIT.search(prev) or (rm := _RATE_JUDGED.search(prev)) is None:
        return None
    words = rm["name"]
    if rm["judge"] not in (_EXTREME_LOW, _EXTREME_HIGH):
        return words, True
    ents = ix.entities()
    name = words[-3:]
    rows = [e for e in ents.named(words) if _row_rate(e, name) is not None and not e.whole]
    if len(rows) != 1:
        return None
    e = rows[0]
    mine = _row_rate(e, name)
    theirs = [r for o in ents.parts.get(e.tab, ()) if o is not e and (r := _row_rate(o, name)) is not None]
    if not theirs or mine is None:
        return None
    low = rm["judge"] == _EXTREME_LOW
    return words, all(mine < r for r in theirs) if low else all(mine > r for r in theirs)


def _row_rate(e: "Entity", name: str) -> Decimal | None:
    """The row's rate of that name: stated (a % column whose head says it), else computed (§执行率)."""
    for k, f in e.attrs.items():
        if k[:1] != "§" and f.family == "%" and name in f.head:
            return f.mag
    got = e.attrs.get("§执行率") if name in ("执行率", "支出率", "支付率") else None
    return got.mag if got is not None else None


# ---- a cause inside a figure's clause: 因市级财政压减调整为358.60万元 ------------------------------------------------
# 因X压减 / 由于X调减 / 受X影响 right before the figure's own verb: X is why the figure moved, not what it is of
_CAUSE = re.compile(r"(?:因|由于|受)[\u4e00-\u9fff]{1,14}?(?:压减|调减|核减|削减|追加|调增|收回|影响)"
                    r"(?=后?(?:调整|调减|调增|核减|减少|增加|下调|上调|降|减|增)?(?:为|至|到)$)")


def cause_cut(t: "_Target", text: str) -> str | None:
    """The figure's clause without the cause its words give (因市级财政压减调整为 → 调整为: the 市级 line is why the
    whole's budget fell, not the line whose figure it is), as the text writes it right before the figure; or None."""
    cm = _CAUSE.search(t.clause)
    if cm is None or text[t.m.start - len(t.clause):t.m.start] != t.clause:
        return None
    return t.clause[:cm.start()] + t.clause[cm.end():]


# ---- a told sum per a source count its 每-noun names: 电子卖场运维费784000元折合每笔订单61.03元 ----------------------
_PER_NOUN = re.compile(r"每(?:[个名位家])?(?P<measure>[\u4e00-\u9fff])(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:[\u4e00-\u9fff]{0,4})$")


def told_money_per_source_count(ix: "SourceIndex", checker: "_Checker", t: "_Target", text: str,
                                told: Sequence[tuple["_Target", "_Fact", Sequence["_Fact"]]]
                                ) -> tuple[str, "_Fact", "_Fact"] | None:
    """'电子卖场运维费784000元折合每笔订单61.03元': money told in the per-unit's own clause over the count the sources
    give of what 每X names (笔 of 订单: a count in 笔 whose row or field names 订单 — this year's, the whole of any
    breakdown), found by the quotient's window over the counts of that measure (no scan of the facts); four written
    digits at least. (formula, money, count) or None."""
    from .entities import fits
    from ..numbers import unit_family

    m = t.m
    if t.family != "元" or m.value is None or m.hi is not None or m.value <= 0 or m.approx not in (None, "≈") \
            or _written_digits(m.text) < MIN_DIGITS:
        return None
    c0 = max(text.rfind(c, max(0, m.start - 80), m.start) for c in _SENT_END + "，,") + 1
    pm = _PER_NOUN.search(text, c0, m.start)
    if pm is None:
        return None
    money = [(u, f) for u, f, _ in told if c0 <= u.m.start and u.m.end <= pm.start() and f.family == "元" and f.mag > 0]
    if len(money) != 1:
        return None  # (the one sum its clause told before 每)
    u, g = money[0]
    fam = unit_family(pm["measure"])[0]
    counts = ix.family(fam)
    if counts is None:
        return None
    noun, now = pm["noun"], ix.year_now
    with localcontext(_CTX):
        lo, hi = g.mag / (t.x + t.q), g.mag / max(t.x - t.q, t.q)
        for f in counts.window(float(lo), float(hi)):
            if f.unit != pm["measure"] or f.role not in ("", "actual") or f.ytag not in (None, now) or f.mag <= 0 \
                    or f.approx is not None or f.hi_mag is not None or ix.is_line(f) \
                    or noun[:2] not in f.head + f.label + "".join(f.subj):
                continue
            q = g.mag / f.mag
            if fits(checker, t, q):
                return f"{u.m.text} ÷ {f.written} = {_fmt((q / m.factor).quantize(m.quantum))}{m.unit}", g, f
    return None
