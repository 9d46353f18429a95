"""Stage 3: the operand pairs a derivation may use (a/b, (a−b)/b, a−b, a+b): pairs the sentence cites, names,
compares or lists, pairs of one source record, and the global search. Chance matches are the danger here,
so each builder states where its operands may come from.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Container, Iterable, Sequence

from ..numbers import _int_any
from ..subjects import direction, tokens, year_tag
from ._common import HUNDRED, MAX_POOL, EVERYTHING, limit_compared, _HAS_DIGIT, _LAST_YEAR, _TOTAL_MARK, _BALANCE, _BASE, _ROLE_MARKS, _ROLE_PAIRS, _SUMS, _SUM_OF
from ._common import last_mark
from .context import _phrase, _share_whole, _whole_words
from .index import SourceIndex, _Fact
from .match import (_ALL_WORDS, _BARE_DIRECTION, _CHANGE_ONLY, _COMPARE, _MEASURE_WORDS, _MONEY_RATE, _PERIODS_IN_YEAR, _RATE_NAMED,
                    _PER_MEASURES, _TARGET_REF, _UNIT_PRICE, _YEAR_WHOLE, _names_none, _Target, _average, _comparable, _per_scale, _earlier_whole, _fits, _is_bound, _named_by, _near, _per,
                    _whole_names)
from .models import MentionCheck
from .rounding import written_step


def _year(ytag: int | None, index: SourceIndex) -> int | None:
    """A year tag with the sources' own year read as none: "2023": {…} and a 2023年实际 column are this year's."""
    return None if ytag == index.year_now else ytag


_ROLE_PAIRS_BOTH = frozenset(_ROLE_PAIRS) | frozenset((b, a) for a, b in _ROLE_PAIRS)  # (new, old) and (old, new)
_PAIRED_ROLES = frozenset(r for pair in _ROLE_PAIRS for r in pair)


def _ordered(facts: Sequence[_Fact]) -> list[tuple[_Fact, _Fact]]:
    return [(a, b) for a in facts for b in facts if a is not b]


def _sentence_pairs(t: _Target, cited_sent: dict[int, list[_Fact]], cited: dict[int, list[_Fact]],
                    sents_of_para: dict[int, set[int]], text: str = "") -> list[tuple[_Fact, _Fact]]:
    """Pairs of the figures the text's own sentence states (and cites); with 两项合计 the paragraph's, with
    结余 / 调减 its 预算 and 执行, with 占 a part and the whole the words after 占 name."""
    stated = _distinct(cited_sent.get(t.sent, []))
    first = _ordered(stated)
    para_stated = lambda: _distinct([f for s in sorted(sents_of_para[t.para]) for f in cited_sent.get(s, [])])  # noqa: E731
    if _SUMS.search(t.clause[-6:]):  # 两项合计: the figures its paragraph states
        first += _ordered(para_stated())
    elif direction(t.clause):  # 结余 / 调减: the 预算 and 执行 (调整 and 年初) its paragraph states — of the line
        # its words name, when they name one (街道配套资金结余 is no 区级财政资金's budget less its spending)
        said = para_stated()
        # (_ordered(said) of two roles of a pair, either way: a figure of no such role is in none, left out first)
        roled = [f for f in said if f.role in _PAIRED_ROLES]
        paired = [(a, b) for a in roled for b in roled if a is not b and (a.role, b.role) in _ROLE_PAIRS_BOTH]
        own = set(map(id, stated))  # figures of another sentence: only of the line the words name
        if paired and len(own) < len(said) and (item := _item_said(t, text)):
            paired = [(a, b) for a, b in paired if id(a) in own and id(b) in own or item & a.subj and item & b.subj]
        first += paired
    if "占" in t.clause[-10:]:  # 占不合格样品的47.13%: the whole is the figure the words after 占 name
        wholes = [f for f in _distinct(cited.get(t.para, [])) if len(f.subj & t.subj - _ROLE_MARKS) >= 2]
        first += [(p, w) for p in stated for w in wholes if p is not w]
    return first


@lru_cache(maxsize=4096)
def _line_words(words: str) -> frozenset[str]:
    """The words that may name a budget line, with those of money, a balance or a change taken out, and single
    characters (仍结余, 尚结余: 仍 names no line)."""
    return frozenset(w for w in _phrase(_BALANCE.sub(" ", _CHANGE_ONLY.sub(" ", words))) - _ROLE_MARKS - _MONEY_WORDS
                     if len(w) > 1)


def _item_said(t: _Target, text: str) -> frozenset[str]:
    """The words of the budget line a 结余 / 调减 is of: its own clause's (街道配套资金结余), else those of the
    nearest clause before it in its sentence part that names one (省级专项补助结余5.32万元，调增); empty when none
    does — words of money or of a change alone name no line."""
    item = _line_words(t.clause)
    if item or not text:
        return item
    k = t.m.start - len(t.clause)
    part = text[max(0, k - 120):k]
    part = part[max(part.rfind(c) for c in "。；;\n") + 1:]
    for clause in reversed(part.split("，")):
        clause = clause[: d.start()] if (d := _HAS_DIGIT.search(clause)) else clause
        # 配套费执行率96.74%，比市级财政资金低0.85个百分点，结余: the line compared with is not the one it is of
        if (item := _line_words(clause[: c.start()] if (c := _COMPARED_AT.search(clause)) else clause)):
            return item
    return frozenset()


_COMPARED_AT = re.compile(r"(?:相比|比|较|低于|高于|少于|多于)(?![例重率对照])")


# 覆盖全区农村学校的 / 惠及全县脱贫户的: what a share is of, in the words of what the part does to it
_REACH_OF = re.compile(r"(?:覆盖|惠及|涵盖|涉及)([\u4e00-\u9fff]{2,12}?)(?:总数)?的$")
_NO_WHOLE = re.compile(r"目标|计划|任务|上年|去年|同期")  # 覆盖目标的: of a target, no whole (完成目标的 is its own)
MAX_WORDED = 6  # operands a phrase names equally well (占全年预算的: the project's and each part's 全年预算)
_RATE_FAMILIES = ("%", "pt", "倍")


def _best_named(index: SourceIndex, words: frozenset[str], pool: Iterable[_Fact] = (),
                keep: Callable[[_Fact], bool] = lambda f: True, ranked: bool = False, need: int = 2,
                rates: bool = False, own: bool = False) -> list[_Fact]:
    """The facts `words` name best (see _named_by) of those `keep` accepts, among `pool` and the whole index —
    or, `ranked`, the few they name best, best first; a date, or a rate unless `rates`, is no operand (of a share
    or an average; two rates are compared). `own`: an item compared by name (比拓片数字化多) is the row whose own
    label names it best, among those the words name equally."""
    skip = () if rates else _RATE_FAMILIES
    words = words - _ROLE_MARKS if len(words - _ROLE_MARKS) >= 2 else words
    if not words:
        return []
    scored: dict[int, tuple[int, _Fact]] = {}
    for f in pool:
        if f.date is None and f.family not in skip and (n := _named_by(words, f)) and keep(f):
            scored[id(f)] = (n, f)
    for fam in index._inv:
        if fam in skip:
            continue
        for n, f in index.naming(fam, words).values():
            if n >= min(need, len(words)) and keep(f):
                scored.setdefault(id(f), (n, f))
    if not scored:
        return []
    if ranked:
        return [f for _, f in sorted(scored.values(), key=lambda nf: (-nf[0], nf[1].seq))][:MAX_WORDED]
    top = max(n for n, _ in scored.values())
    best = [f for n, f in scored.values() if n == top]
    if own and len(best) > 1:
        # a row's own name over the words its form's heading gives every row (项目名称 碑刻本体保护与拓片数字化项目 names
        # the budget rows as much as the 拓片数字化 line of the breakdown): the facts whose own label names more
        own = [len(words & _label_words(f.label)) for f in best]
        if (most := max(own)) and min(own) < most:
            best = [f for f, n in zip(best, own) if n == most]
    if len(best) > MAX_WORDED:  # a column's rows and its 合计, named alike by the column's words (占样本户的): the
        # 合计 is never the one cut off — kept beside the first ones, which are not pushed out for it (全年体检
        # 18642人次 stays the whole of 两批共4,010人次 where a 合计 row ties with it)
        return best[:MAX_WORDED] + [f for f in best[MAX_WORDED:] if _TOTAL_MARK <= f.subj]
    return best


@lru_cache(maxsize=4096)
def _label_words(label: str) -> frozenset[str]:
    return tokens(*label.split("|")) if label else frozenset()


def _aside(text: str, start: int, end: int, at: int) -> bool:
    """Is the figure at [start, end) inside a bracket that closes before `at` (（预算118.60万元，…）, then the share)?"""
    k = max(text.rfind("（", max(0, start - 60), start), text.rfind("(", max(0, start - 60), start))
    if k < 0 or max(text.rfind("）", k, start), text.rfind(")", k, start)) >= 0:
        return False
    return max(text.find("）", end, at), text.find(")", end, at)) >= 0


def _worded_pairs(index: SourceIndex, t: _Target, cited: dict[int, list[_Fact]], cited_sent: dict[int, list[_Fact]],
                  sents_of_para: dict[int, set[int]], text: str = "",
                  told: dict[int, list[_Told]] | None = None) -> list[tuple[_Fact, _Fact]]:
    """Operands the words name, wherever the sources hold them: a share's part (the figure its sentence states
    before it, or what the words before 占 name) and the whole the words after 占 name (占全区零售商户的 → the
    ledger's 1024家 on a line of its own); with 占 alone, the whole an earlier 占X的 of its line named, else the
    part's total. Named across records, so only the best-named facts take part."""
    if t.family == "%" and (cv := _REACH_OF.search(t.clause)) is not None and "占" not in t.clause \
            and not _NO_WHOLE.search(cv[1]):
        # 覆盖农村学校32所，…，覆盖全区农村学校的84.21%: a share in other words — the part its sentence stated, of the
        # whole the words name
        t = replace(t, clause=t.clause[: cv.start()] + "占" + cv[1] + "的")
    whole = _share_whole(t.clause)
    if whole == "":  # 省级补助占全年预算的38.32%；区级配套1004.4万元，占61.68%: of the same 全年预算
        whole = _earlier_whole(text, t)
    stated = [f for f in cited_sent.get(t.sent, []) if f.date is None and f.family not in _RATE_FAMILIES]
    if whole is None and (cm := _COMPARE.search(limit_compared(t.clause))) is not None:
        pairs = _compared_pairs(index, t, cm, cited_sent.get(t.sent, []), text[t.context[0]:t.m.start])
        if t.family == "%" and direction(t.clause):
            pairs += _item_growth(index, t, cm["ref"], told)
        return pairs
    if whole is None and t.family in ("%", "倍") and (bm := _BASE.search(t.clause)) is not None:
        # 是参与商户的3.22倍: the figure its sentence states (or the words before 是 name) over the base named
        variants = _whole_words(bm[1])
        if not variants:
            return []
        figures = _distinct(stated[::-1])[:2]
        if (before := _phrase(t.clause[: bm.start()]) - _ROLE_MARKS):
            figures += _best_named(index, before)
        bases = [f for words in variants for f in _best_named(index, words)]
        return [(a, b) for a in _dedupe(figures) for b in _dedupe(bases) if a is not b and _comparable(a, b)]
    if whole is None and (sm := _SUM_OF.search(t.clause)) is not None:
        # 新建和升级改造站点共35个: the figures the two named items have, added (12 + 23)
        keep = lambda f: f.family == t.family and f.role != "target" and not _is_bound(f) \
            and _year(f.ytag, index) == _year(t.ytag, index)  # noqa: E731
        firsts = _best_named(index, _phrase(sm[1]) - _ROLE_MARKS, keep=keep, need=1)
        seconds = _best_named(index, _phrase(sm[2]) - _ROLE_MARKS, keep=keep, need=1)
        return [(a, b) if a.seq < b.seq else (b, a) for a in firsts for b in seconds if a is not b]
    if whole is None and t.family not in _RATE_FAMILIES and (nm := _NOT_DONE.search(t.clause)
                                                             or _NOT_DONE_AFTER.match(text, t.m.end)) is not None:
        # 12345工单未按时办结439件: what was not done is the total less what was (受理 18642 − 按时办结 18203)
        done = _best_named(index, _phrase(nm[1]) - _ROLE_MARKS, keep=lambda f: f.family in (t.family, ""), need=1)
        pairs = [(a, b) for b in done for a in index.groups[b.group]
                 if a.family == b.family and abs(a.mag) > abs(b.mag) and a.role != "target" and not _is_bound(a)]
        if (rm := _STILL.search(t.clause)) is not None and (named := _phrase(t.clause[: rm.start()]) - _ROLE_MARKS):
            # 全区农村学校仍有6所未纳入送教: the whole is what the words before 仍有 name (农村学校 38所), of the year
            year = _year(t.ytag, index)
            wholes = _best_named(index, named, keep=lambda f: f.family == t.family and f.role != "target"
                                 and not _is_bound(f) and _year(f.ytag, index) == year)
            pairs += [(a, b) for a in wholes for b in done if a.family == b.family and abs(a.mag) > abs(b.mag)
                      and b.role != "target" and not _is_bound(b) and _year(b.ytag, index) == year]
        return pairs
    if whole is None:
        per = _average(t.clause)
        if per is None:
            return _remainder_pairs(index, t, told) + _unbased_growth(index, t, told, text)
        # 普查员劳务补助人均2878.7元: the total the words name (or the sentence states), over the count of the item
        item, before, after = per
        fam = t.family
        words = _phrase(before) - _ROLE_MARKS
        # 人次 ÷ 人 = 次; an amount without its unit; a bare count under a header naming its unit (受众人次 18,600)
        # of the year its own words say (上年日均): 月均 after 比上年的592次增加92次 is this year's
        ty = _year(t.ytag, index) if year_tag(t.clause, len(t.clause), s0=0) is not None else None
        total = lambda f: (f.family == fam or f.family.endswith(fam)  # noqa: E731
                           or (not f.family and (fam == "元" or fam in f.subj))) and _year(f.ytag, index) == ty
        totals = [f for f in stated if total(f)][-2:]
        # 全年巡检5200次，比上年的4920次增加280次；平均每座设施巡检33.3次: the figure its paragraph stated earlier for
        # the thing the average's words name, whatever figures came between (never a target, an earlier year's)
        named_here = (words | _phrase(after) | t.subj) - _ROLE_MARKS
        stated_totals = [(u, f) for u, f in _told_before(told, t) if u.para == t.para and total(f)
                         and u.role != "target" and u.ytag is None and _average(u.clause) is None]
        totals += [f for u, f in stated_totals if u.subj & named_here][:2]
        lines = False  # does a word besides 经费 / 补助 … name a spending line (运行经费 → 流动图书车运行)?
        for named in (words, _phrase(after) - _ROLE_MARKS):
            if named & _COST_WORDS and fam == "元":
                totals += _best_named(index, named, keep=total, ranked=True, need=1)
            elif (rest := named - _MONEY_WORDS) and rest != named and fam == "元":
                found = _best_named(index, rest, keep=total, ranked=True, need=1)
                totals += found
                lines = lines or bool(found)
            elif named:  # 接待读者 names 到馆读者 by one word where nothing of the mention's unit shares two
                totals += _best_named(index, named, keep=total, ranked=True) or _best_named(
                    index, named, keep=lambda f: total(f) and f.role != "target" and not _is_bound(f), ranked=True,
                    need=1)
        said = words | _phrase(after)
        if fam == "元" and (said & _COST_WORDS or said and said <= _SPENT_WORDS or said & _MONEY_WORDS and not lines):
            # 每位读者对应的支出: words that name no line of it name the whole spending
            # 每人次服务成本 / 平均投入 / 人均支出: the spending — its 合计 of 执行 where there is one
            spent = _best_named(index, _SPENT_TOTAL, keep=lambda f: f.role == "actual" and total(f), need=1)
            totals += spent
        else:
            spent = []
        counts = [f for f in stated if _per(f, item)]
        if item:  # 每百盏路灯报修: a count in that very measure word the words name (管养路灯 43618盏)
            counts += _best_named(index, words | _phrase(after), keep=lambda f: f.unit.endswith(item)
                                  and f.role != "target" and not _is_bound(f), ranked=True, need=1)
        # 开展业务培训…164人次，人均培训支出: one word its stated count shares names the total (人员业务培训 43.56)
        said = frozenset().union(*(u.subj for u, f in _told_before(told, t) if u.sent == t.sent and _per(f, item))) \
            - _ROLE_MARKS
        # 发放助学金264人，人均2000元: an average naming nothing of its own averages what its count's words name
        # 科普展教活动346场，…，场均经费: words naming nothing but money name the spending of what the count counts
        money_only = not words and (_phrase(after) - _ROLE_MARKS) <= _MONEY_WORDS
        for named in (words & said, _phrase(after) & said) if (words or after not in ("", item)) and not money_only \
                else (said,):
            if named:
                found = _best_named(index, named, keep=total, ranked=True, need=1)
                totals += found
                whole = {id(f) for f in spent}
                if money_only and any(len(named & f.subj) >= 2 and id(f) not in whole for f in found):
                    # the count's own spending line (普法讲座 18.72): the whole project's is not its 场均经费
                    totals = [f for f in totals if id(f) not in whole]
        s0 = max(text.rfind(c, max(0, t.m.start - 80), t.m.start) for c in _SENT_MARKS) + 1
        bm = _BASIS.search(text, s0, t.m.start)
        if bm is not None and fam == "元" and "§执" in _phrase(bm[1]):
            # 按执行数计，每派一车次84.63元: the amount is the spending, its 合计 of 执行
            totals += _best_named(index, _SPENT_TOTAL, keep=lambda f: f.role == "actual" and total(f), need=1)
        elif bm is not None and (named := _phrase(bm[1]) - _ROLE_MARKS):
            # 按结案数计，每宗…: the count the words name is the one it is per, a bare cell of it included
            basis = _best_named(index, named, keep=lambda f: f.family == "" or _per(f, item), ranked=True, need=1)
            counts = basis or counts
        # 按开放308天计，日均接待: the days the sentence states are the count (see stated.stated_pairs), the calendar's no
        based = bm is None and _BASIS_SAID.search(text, s0, t.m.start) is not None
        periods = _periods(item, index.year_now)
        # the year's figure its paragraph stated: one its words say is the year's (全年巡检5200次), or one of the
        # sources' year that names no part of it (提供数据684次 — not 8月受理18960次, not a 三季度 row)
        year_totals = [f for u, f in stated_totals if not direction(u.clause) and (_YEAR_WORDS.search(u.clause)
                       or not _PART_OF_YEAR.search(u.clause) and not any(_PART_OF_YEAR.search(w) for w in f.subj))] \
            if periods else []  # never a change (比上年增加92次)
        if year_totals and not _YEAR_WORDS.search(text, s0, t.m.start):
            totals += year_totals[-1:]  # 全年巡检5200次，比上年…；季均1300次: the year's figure its paragraph stated
        if periods and not based and (_YEAR_WORDS.search(text, s0, t.m.start) or year_totals):
            # 全年…4216场次，季均1054场次: over 4; 日均 over the days of the sources' year (366 in 2024)
            n = Decimal(periods)
            unit = _PERIOD_UNITS[item]  # a bare count: 月 is no date here
            # (the days the sources state the unit was open that year, where they state them: 全年开馆298天)
            counts += (_open_days(index, n) if item in ("日", "天") else []) \
                or [_Fact(n, n, "", unit, "count", -1, "一年", f"一年{n}{unit}", -1, f"{n}{unit}", pmag=n)]
        if item and item[0] in _MEASURE_WORDS:  # 平均每批 after 全年分三批: a count in that measure word its paragraph states
            counts += [f for u, f in _told_before(told, t) if u.para == t.para and u.m.base_unit == item[0]
                       and u.m.hi is None and f.date is None]
        elif item in _PER_MEASURES:  # 每监测小时经费 after 全年监测时长105120小时: the quantity its paragraph stated in
            # that unit — the year's result, never a target, a change, another year's or an average (日均287.21小时)
            counts += [f for u, f in _told_before(told, t) if u.para == t.para and _per(f, item) and u.m.hi is None
                       and u.role != "target" and not direction(u.clause) and _average(u.clause) is None
                       and _year(u.ytag, index) is None and not _is_bound(f)][-1:]
        # 26宗 of its line — or of the line of the same total stated elsewhere (受众2.36万人次 beside 活动38场)
        counts += [f for a in totals + _twins(index, totals) if a.group >= 0 for f in index.groups[a.group]
                   if _per(f, item)]
        # the item's first words (商圈 of 商圈核销…) name the count: one shared word will do among counts of it
        counts += _best_named(index, words | tokens(item[:3]) | _phrase(after), keep=lambda f: _per(f, item),
                              ranked=True, need=1)
        if any(_TOTAL_MARK <= f.subj for f in totals):  # 按执行数计，每考生人次: a whole over the 合计 of the count
            counts += _best_named(index, words | tokens(item[:3]) | _phrase(after), ranked=True, need=1,
                                  keep=lambda f: _TOTAL_MARK <= f.subj and _per(f, item))
        if item in ("人", "人口") and _per_scale(t.clause) >= 1000:
            # 每万人派车: per ten thousand of the population the sources state (常住人口482.5万人)
            counts += _best_named(index, _POPULATION, keep=lambda f: _per(f, item) and f.role != "target", need=1)
        # 科普讲座场均130人次: the words name the count (举办科普讲座24场), the total is on the count's own line
        totals += [f for b in counts if b.group >= 0 and not _is_bound(b) for f in index.groups[b.group] if total(f)]
        # a count is of the average's own year: 上年实际 4120小时 is no count of this year's spending per hour
        counts = [f for f in counts if _year(f.ytag, index) == ty]
        return [(a, b) for a in _dedupe(totals) for b in _dedupe(counts) if a is not b]
    told_here = _told_before(told, t)
    k = t.clause.rfind("占")
    part_words = tokens(t.clause[:k]) - _ROLE_MARKS
    # the part: the figures its sentence states just before it (never one after it: 占…%，在21天内 …; never an
    # average: 场均503.87人次，受众占全部的), those the words before 占 name if any
    mine = [(u, f) for u, f in told_here if u.sent == t.sent and f.date is None and f.family not in _RATE_FAMILIES
            and _average(u.clause) is None and u.role != "target" and not _is_bound(f)  # 超过12000台的目标: no part
            and not (_said_change(u.clause, f) and not _BALANCE.search(u.clause))  # 比上年的27所增加5所: no change is a part
            and _year(u.ytag, index) == _year(t.ytag, index)]  # (but 结余 / 未执行 are), nor another year's figure
    mine = [(u, f) for u, f in mine if part_words & u.subj] or mine
    # 排查整治112.45万元（预算118.60万元，…结余6.15万元），占项目支出的: a bracket closed before the share is an aside of the
    # figure before it, which is the part
    mine = [(u, f) for u, f in mine if not _aside(text, u.m.start, u.m.end, t.m.start)] or mine
    last2 = set(list(dict.fromkeys(id(u) for u, _ in mine[::-1]))[:2])
    parts = [f for u, f in mine[::-1] if id(u) in last2] if told is not None else _distinct(stated[::-1])[:2]
    if _BALANCE.search(t.clause[:k]) and whole and (variants := _whole_words(whole)):
        # 结余占预算的10.56%: the spending and the budget the words name — derive takes (budget − spending) ÷ budget
        wholes = [f for words in variants for f in _best_named(index, words)]
        return [(a, w) for w in wholes for a, b, why in index.partners.get(id(w), ())
                if b is w and why == "role" and a.role == "actual"]
    if part_words:
        parts += _best_named(index, part_words)
        if not parts:  # 参训586人。参训人数占全年收治的: the latest figure its paragraph stated of what the words name
            parts = [f for u, f in told_here[::-1] if u.para == t.para and part_words & u.subj and u.role != "target"
                     and f.date is None and f.family not in _RATE_FAMILIES and _average(u.clause) is None
                     and not _is_bound(f) and _year(u.ytag, index) == _year(t.ytag, index)][:1]
    if not parts:
        return []
    if whole and (variants := _whole_names(whole)):
        pool = [f for s in sents_of_para.get(t.para, ()) for f in cited_sent.get(s, [])] + cited.get(t.para, [])
        # (of the wholes it names, only those that can be: larger than a part (a bare cell: as written, see below),
        # of its year, no target — 全区农村学校 38所 among the several records that name 农村学校)
        least = min(abs(p.mag) for p in parts)
        fit = lambda f: (abs(f.mag) > least or f.family == "") and f.role != "target" and not _is_bound(f) \
            and _year(f.ytag, index) == _year(t.ytag, index)  # noqa: E731
        wholes = [f for words in variants for f in _best_named(index, words, pool, keep=fit)]
        if whole.startswith(_ALL_WORDS):  # 占全部受益群众的: a 合计 row that one of the words names
            wholes += [f for words in variants for f in _best_named(index, words, pool, need=1,
                                                                    keep=lambda f: _TOTAL_MARK <= f.subj)]
        # 占全部结余的: a total the text stated before (结余30,740元), by its own words
        wholes += [f for words in variants for u, f in told_here if len(words & u.subj) >= min(2, len(words))
                   and u.role != "target" and _average(u.clause) is None]
        if _names_none(index, variants):  # 抵押登记占办件总量的: words no source figure goes by name the part's
            # whole as the sources state it (全年办理…9.26万件，其中…抵押登记2.61万件)
            wholes += [w for p in parts for a, w, why in index.partners.get(id(p), ()) if a is p and why == "part"]
        if _YEAR_WORDS.match(whole) and not any(abs(w.mag) > least for w in wholes):
            # 占全年不合格批次的, the sources giving 春季 5 and 秋季 3 only: the year's is their sum
            wholes += _seasons_sum(index, parts, _phrase(whole) - _ROLE_MARKS, {p.family for p in parts})
        if not wholes and _SPENT_WHOLE.fullmatch(whole):
            # 占总支出的 / 占全部支出的比重 / 占项目支出总额的, named by no figure: the spending of the whole — its 合计 of
            # 执行, else the 执行 no other is a part of
            spent = _best_named(index, _SPENT_TOTAL, need=1, keep=lambda f: f.role == "actual" and fit(f)
                                and f.family in ("元", ""))
            wholes += [f for f in spent if not any(x is f and why == "part" for x, _, why in index.partners.get(id(f), ()))]
        if EVERYTHING.search(whole):  # 占总支出的: the top of its breakdowns, never a 明细's 合计 that is one line of it
            wholes = _dedupe(index.root(w, MAX_TWINS) for w in wholes)
    else:  # 其中…占58.58%: the total its record or ledger gives, or a 合计 the sentence states first
        wholes = [w for p in parts for a, w, why in index.partners.get(id(p), ()) if a is p and why == "part"]
        wholes += stated
        # 按资金来源，财政拨款2218.75万元，占91.96%: the figure a breakdown without its own 合计 adds up to
        wholes += [w for p in parts for w in _sum_whole(index, p)]
        # 其中玉米58个，占42.65%；小麦46个，占33.82%；…: the figure the items the text lists, each with its share, add up to
        wholes += _listed_whole(index, t, text, told, parts)
        # 全区农村学校仍有6所未纳入送教，占15.79%: a remainder's share is of the whole its words named before 仍有
        least = min((abs(p.mag) for p in parts), default=0)
        for u, _ in mine[-1:]:
            if (rm := _STILL.search(u.clause)) is not None and (named := _phrase(u.clause[: rm.start()]) - _ROLE_MARKS):
                wholes += _best_named(index, named, keep=lambda f: f.role != "target" and not _is_bound(f)
                                      and abs(f.mag) > least and _year(f.ytag, index) == _year(t.ytag, index))
        # 一季度612宗…；下半年进场1710宗，占全年的: the 合计 of the table its paragraph's figures are cells of
        wholes += _dedupe(w for f in _distinct(cited.get(t.para, [])) for a, w, why in index.partners.get(id(f), ())
                          if a is f and why == "part" and _TOTAL_MARK <= w.subj)
        # 受众占全部的: the latest figure the text stated before of what the words before 占 name; 支出中，…占: of
        # what the sentence's leading X中 names, stated before that sentence — the whole of the part stated
        s0 = max(text.rfind(c, max(0, t.m.start - 200), t.m.start) for c in "。\n") + 1
        lead = _lead_whole(text, s0, t.m.start)
        lead_words = _phrase(lead) - _ROLE_MARKS
        for named, upto in ((part_words, t.m.start), (lead_words, s0)):
            if named:
                wholes += [f for u, f in told_here[::-1] if u.sent != t.sent and u.m.end <= upto and named & u.subj
                           and u.role != "target" and f.date is None and f.family not in _RATE_FAMILIES
                           and _average(u.clause) is None][:1]
        if len(lead_words) >= 2:  # 按任务分，项目支出中路灯维修养护…，占: the whole its X中 names, as the sources state it
            least = min(abs(p.mag) for p in parts)
            wholes += [f for words in _whole_names(lead) for f in _best_named(
                index, words, keep=lambda f: abs(f.mag) > least and f.role != "target" and not _is_bound(f)
                and _year(f.ytag, index) == _year(t.ytag, index))]
    if whole and _YEAR_WHOLE.fullmatch(whole):  # 8月受理18960次，占全年的: the year's figure of what the part counts
        wholes += _year_wholes(index, parts, part_words)
    return [(p, w) for p in _dedupe(parts) for w in _dedupe(wholes) if p is not w and _comparable(p, w)
            and (abs(p.mag) < abs(w.mag) or "" in (p.family, w.family) and abs(p.value) < abs(w.value))]


def _said_change(clause: str, f: _Fact) -> str | None:
    """direction(clause) — unless its word ends the name of the source figure the clause traced (夜景照明提升318.60
    万元: the project 夜景照明提升, whose spending is a level): then the words state no change."""
    d = direction(clause)
    if d is None or f.src < 0:
        return d
    for w in f.subj:
        if len(w) >= 2 and clause.endswith(w) and direction(clause[: -len(w)]) is None:
            return None
    return d


def _year_wholes(index: SourceIndex, parts: Sequence[_Fact], part_words: frozenset[str]) -> list[_Fact]:
    """The year's figure of what the words before 占全年 name (受理 of 8月受理18960次 → 全年受理196452次): of the
    parts' family, this year's, no target, naming no month or quarter, larger than the part."""
    days = [_year_days(index)] if any(p.family == "日" for p in parts) and index.year_now is not None else []
    said = part_words or frozenset().union(*(p.subj for p in parts)) - _ROLE_MARKS  # 8月客运量182.4万人次，占全年的
    words = frozenset(w for w in said if not _PART_OF_YEAR.search(w))
    fams = {p.family for p in parts}
    if not words or not fams:
        return days  # 共122天，占全年的: of the days of the sources' year
    least = min(abs(p.mag) for p in parts)
    named = _best_named(index, words, need=1, keep=lambda f: f.family in fams and f.role != "target"
                        and not _is_bound(f) and _year(f.ytag, index) is None and abs(f.mag) > least
                        and not any(_PART_OF_YEAR.search(w) for w in f.subj))
    if not named:  # 春季不合格5批次、秋季3批次 and no year's figure: the year's is its seasons' (or quarters') sum
        named = _seasons_sum(index, parts, words, fams)
    return days + ([f for f in named if f.role == "actual"] or named)  # the year's result where a record states it


MAX_SEASONS = 4  # the parts of a year a sum of its figures may take (quarters, two halves, spring and autumn)
_SEASON = re.compile(r"[春夏秋冬]季|第?[一二三四]季度?|[上下]半年")  # a part of a year a figure is of


def _seasons_sum(index: SourceIndex, parts: Sequence[_Fact], words: frozenset[str], fams: set[str]) -> list[_Fact]:
    """The year's figure of what the words name as the sum of the figures the sources give for parts of the year
    (春季抽检…不合格5批次, 秋季…不合格3批次: 8), one each, when one of them is the part the share is of."""
    seasonal = _best_named(index, words, need=1, keep=lambda f: f.family in fams and f.role != "target"
                           and not _is_bound(f) and _year(f.ytag, index) is None and f.date is None
                           and bool(_SEASON.search(_said_before(f))))
    if not 2 <= len(seasonal) <= MAX_SEASONS or len({f.src for f in seasonal}) != 1 \
            or not any(f.mag == p.mag for f in seasonal for p in parts):
        return []
    periods = [_SEASON.findall(_said_before(f))[-1] for f in seasonal]
    if len(set(periods)) != len(periods):
        return []  # (two figures of one season: no sum of the year's parts)
    total = sum((f.mag for f in seasonal), Decimal(0))
    f0 = seasonal[0]
    return [_Fact(total, total, f0.family, f0.unit, f0.kind, f0.src, "相加 / added: " + "、".join(f.location for f in seasonal),
                  "、".join(f.written for f in seasonal), -1, "（" + "、".join(f.written for f in seasonal) + "之和）",
                  pmag=sum((f.pmag for f in seasonal), Decimal(0)), subj=frozenset().union(*(f.subj for f in seasonal)),
                  role=f0.role)]


def _year_days(index: SourceIndex) -> _Fact:
    """The days of the sources' year (365, or 366 in a leap year), as a figure of days a span is a share of."""
    n = Decimal(366 if calendar.isleap(index.year_now or 1) else 365)
    return _Fact(n, n, "日", "天", "count", -1, "一年", f"全年{n}天", -1, f"{n}天", pmag=n, subj=frozenset({"全年"}))


_SHARE_NEXT = re.compile(r"[，,]?(?:约|仅|只|共)?占")  # 58个，占…: a figure its own share follows
_SUM_SAID = re.compile(r"合计|共计|总计|累计|两项|三项|小计")  # 两项合计…，占: a sum of the items, no item of them


def _listed_whole(index: SourceIndex, t: _Target, text: str, told: dict[int, list[_Told]] | None,
                  parts: Sequence[_Fact]) -> list[_Fact]:
    """'其中玉米58个，占42.65%；小麦46个，占33.82%；大豆32个，占23.53%' / '按任务分：抽检128.36万元，占44.39%；…': a
    breakdown its sentence (up to 。) lists item by item, each figure followed by its own share, is of the whole its
    items add up to — a figure equal to their sum that the text stated before (承担品种试验136个) or the sources
    state (全年执行数 289.17). Only then: a list need not name every item, and its sum alone is no whole."""
    if told is None or not text:
        return []
    lo = last_mark(text, "。\n", t.m.start) + 1
    hi = min((k for k in (text.find(c, t.m.end) for c in "。\n") if k >= 0), default=len(text))
    mine = {id(p) for p in parts}
    items: dict[int, tuple[_Target, _Fact]] = {}
    for u, f, facts in told.get(t.para, ()):
        if lo <= u.m.start and u.m.end <= hi and u.m is not t.m and _SHARE_NEXT.match(text, u.m.end) \
                and u.m.hi is None and not u.m.approx and u.role != "target" and f.date is None \
                and f.family not in _RATE_FAMILIES and _average(u.clause) is None and not direction(u.clause) \
                and not _SUM_SAID.search(u.clause) and _year(u.ytag, index) is None:
            items.setdefault(id(u), (u, f))
    listed = list(items.values())
    if len(listed) < 2 or len({f.family for _, f in listed}) != 1 \
            or not any(id(f) in mine or any(id(g) in mine for g in facts) for u, f, facts in told.get(t.para, ())
                       if id(u) in items):
        return []
    fam = listed[0][1].family
    total = sum((f.mag for _, f in listed), Decimal(0))
    said = [f for u, f in _told_before(told, t) if id(u) not in items and f.family == fam and f.mag == total
            and u.role != "target" and f.date is None]
    same = index.family(fam)
    stated = [g for g in same.window(float(total), float(total)) if g.mag == total and g.role != "target"
              and not _is_bound(g) and g.date is None and _year(g.ytag, index) is None] if same is not None else []
    return said[-1:] + stated[:MAX_WORDED]


def _sum_whole(index: SourceIndex, p: _Fact) -> list[_Fact]:
    """The whole of a breakdown its record gives without a 合计 (支出资金来源: 财政拨款 2218.75, 事业收入 194.00): the
    source figure equal to its items' sum (决算支出 2412.75). Only items of one role, none of them a pair of roles
    (年初 / 调整 / 执行 of one line add up to nothing), where no whole of the part is known."""
    if p.group < 0 or any(a is p and why == "part" for a, _, why in index.partners.get(id(p), ())):
        return []
    said = p  # the part as the text states it (78.46万元), its cell perhaps unitless (支出构成[0].金额: 78.46)
    if p.src < 0 and not any(f.family == p.family for f in index.groups[p.group]):
        cells = [f for f in index.groups[p.group] if f.family == "" and f.value == p.value and f.date is None]
        if len(cells) != 1:
            return []
        p = cells[0]
    items = [f for f in index.groups[p.group] if f.family == p.family and f.date is None and f.role == p.role]
    if items == [p]:  # a row of a table: the rows of its block, p's column
        items = _column_run(index, p)
    if not 2 <= len(items) <= MAX_LISTED or any(why == "role" for f in items for _, _, why in index.partners.get(id(f), ())):
        return []
    total = sum((f.mag for f in items), Decimal(0))
    same = index.family(p.family)
    out = [w for w in same.window(float(total), float(total)) if w.mag == total and w.group != p.group] \
        if same is not None else []
    if p.family == "" and (same := index.family(said.family if said is not p else "元")) is not None:
        # unitless cells add up to an amount as written (支出构成 78.46 … 25.34: 资金.支出 243.87万元)
        scales = [said.mag / said.value] if said is not p and said.value else [Decimal(1), Decimal(10000)]
        out += [w for k in scales for w in same.window(float(total * k), float(total * k))
                if w.value == total and (said is p or w.unit == said.unit) and w.group != p.group]
    return out


_LIST_AT = re.compile(r"\[\d+\]")  # 支出构成[3].金额: the list's field, whatever the item


def _column_run(index: SourceIndex, p: _Fact) -> list[_Fact]:
    """The cells of p's column in the rows next to p's row that share its shape (支出明细: 管网维修 80.10, 水质检测
    45.72, 消毒药剂 26.58 — one amount each), up to a row of another shape, a 合计 row or another source: the
    breakdown p is an item of."""
    def cells(g: int) -> list[_Fact] | None:
        row = index.groups[g]
        same = [f for f in row if f.family == p.family and f.date is None]
        if len(same) != shape or row[0].src != p.src or any(_TOTAL_MARK <= f.subj for f in same):
            return None
        f = same[k]
        # (a list of records, 支出构成[0].金额 … 支出构成[4].金额: one field of each, whatever its item's words)
        listed = "[" in p.location and _LIST_AT.sub("[]", f.location) == _LIST_AT.sub("[]", p.location)
        return [f] if f.role == p.role and (len(f.subj & column) >= 2 or listed) else None

    own = [f for f in index.groups[p.group] if f.family == p.family and f.date is None]
    shape, k = len(own), next(i for i, f in enumerate(own) if f is p)
    column = p.subj - _ROLE_MARKS
    run = [p]
    for step in (-1, 1):
        g = p.group + step
        while 0 <= g < len(index.groups) and len(run) <= MAX_LISTED and (got := cells(g)) is not None:
            run = run + got if step > 0 else got + run
            g += step
    return run


_BASIS = re.compile(r"按(?:照)?([\u4e00-\u9fff]{2,12}?)(?:计算|测算|核算|计)[，,]")  # 按结案数计，…: the count an average is per
_POPULATION = frozenset({"人口"})  # the token of 常住人口 / 户籍人口 / 服务人口
_PERIOD_UNITS = {"季": "季", "月": "个月", "日": "日", "天": "天"}
_PART_OF_YEAR = re.compile(r"季|半年|\d{1,2}月|[一二三四五六七八九十]月|月份|单月|当月|单日|当日|当天|一天")  # a figure of part of a year


_BASIS_SAID = re.compile(r"按(?:照)?[\u4e00-\u9fff]{0,8}?\d[\d.,]*[\u4e00-\u9fff]{1,4}?(?:计算|测算|核算|计)[，,]")  # 按开放308天计，
MIN_OPEN_DAYS = 100  # days of a year a unit may state it was open (开馆 / 开放 / 运行), at most the year's


def _open_days(index: SourceIndex, year_days: Decimal) -> list[_Fact]:
    """The days the sources state for the whole year (注：全年开馆298天 / 全年开放306天): a count of days of this year
    between MIN_OPEN_DAYS and the year's own, said after 全年 / 年度 — what a daily average of the year is over."""
    same = index.family("日")
    if same is None:
        return []
    # as a bare count of 日, like the calendar's (a span of days is no count an average is per)
    return [replace(f, family="", unit="日") for f in same.window(MIN_OPEN_DAYS, float(year_days))
            if f.date is None and f.role != "target" and not _is_bound(f) and f.hi_mag is None
            and _year(f.ytag, index) is None and _YEAR_WORDS.search(_said_before(f)) is not None][:MAX_WORDED]


def _periods(item: str, year: int | None) -> int | None:
    """The periods a year's figure is averaged over: 4 quarters, 12 months, the days of the sources' year (日均 /
    每天), or None (no such average, or no year known for the days)."""
    if item in _PERIODS_IN_YEAR:
        return _PERIODS_IN_YEAR[item]
    if item in ("日", "天") and year is not None:
        return 366 if calendar.isleap(year) else 365
    return None
_YEAR_WORDS = re.compile(r"全年|年度|本年|年内")  # a figure of the whole year
_LEAD_WHOLE = re.compile(r"([\u4e00-\u9fff]{1,8}?)(?<!其)中[，,：:]?")  # 支出中，… : the whole its sentence's shares are of
_CLAUSE_HEAD = re.compile(r"[，,：:]")


def _lead_whole(text: str, s0: int, end: int) -> str:
    """The words of the X中 that opens the mention's sentence, or one of its clauses before the mention (按任务分，
    项目支出中政务云…): the whole the sentence's parts are of; '' when none does."""
    starts = [s0] + [c.end() for c in _CLAUSE_HEAD.finditer(text, s0, end)]
    for k in reversed(starts):
        if (lm := _LEAD_WHOLE.match(text, k, end)) is not None:
            return lm[1]
    return ""
# 成本 / 费用 / 投入 name an amount spent, which a form calls 资金 or 支出: one other word then names the total
_SPENT_TOTAL = frozenset({"§合", "§执"})
_SPENT_WHOLE = re.compile(r"(?:全部|全年|总|本)?(?:项目)?(?:实际)?(?:支出|经费|资金|执行)(?:总额|总数|总量|合计|数)?")
_SPENT_WORDS = frozenset({"支出", "§执", "经费", "资金"})  # 人均支出 / 人均经费: of the whole spending
_COST_WORDS = frozenset({"成本", "费用", "投入", "投资", "花费"})
# words that make a phrase name an amount (运行经费 / 检测补助 / 调度成本): the other words name its spending line
_MONEY_WORDS = _COST_WORDS | {"经费", "资金", "补助", "支出"}
_Told = tuple[_Target, _Fact, Sequence[_Fact]]  # a traced figure of the text, its fact in the text's unit, its facts
MAX_TOLD_PARAS = 4  # the paragraphs a figure the text stated may serve from (its own and the three before)


def _told_before(told: dict[int, list[_Told]] | None, t: _Target) -> list[tuple[_Target, _Fact]]:
    """The figures the text traced before the mention, in its paragraph and the few before, in text order, each
    with the fact it cites and a second one it may be (12万元 both the 预算 and the 执行 of a row)."""
    if told is None:
        return []
    paras = range(t.para - MAX_TOLD_PARAS + 1, t.para + 1) if t.para >= 0 else (t.para,)
    out = [(u, f) for p in paras for u, f0, facts in told.get(p, ()) if u.m.end <= t.m.start
           for f in (f0, *facts[1:2])]
    out.sort(key=lambda uf: uf[0].m.start)
    return out


MAX_TWINS = 4  # the same figure stated in a few places (a form's indicator and a log's sentence)


def _twins(index: SourceIndex, facts: Sequence[_Fact]) -> list[_Fact]:
    """Other statements of the same figures: facts of the same family and magnitude."""
    return [g for f in facts[:MAX_WORDED] for g in index.twins(f, MAX_TWINS)]


def _bare_twins(index: SourceIndex, facts: Sequence[_Fact]) -> list[_Fact]:
    """The same figures written without a unit in a table that gives each year its column (上年对比: 培训传承人 | 32 | 36
    beside the form's 36人): statements of them whose year partner may be there."""
    bare = index.family("")
    if bare is None:
        return []
    out: list[_Fact] = []
    for f in facts[:MAX_WORDED]:
        if f.family and f.family not in _RATE_FAMILIES:
            v = float(f.value)
            out += [g for g in bare.window(v, v) if g.value == f.value and g.role != "target"][:MAX_TWINS]
    return out


def _compared_pairs(index: SourceIndex, t: _Target, cm: re.Match[str], stated: list[_Fact], lead: str = ""
                    ) -> list[tuple[_Fact, _Fact]]:
    """比 / 较 / 高于 / 超出 + what is compared: 参与商户超出目标18家 takes the indicator the words before name and
    its target, 较上年 its figure of the earlier year, 区级资金执行比市级补助多437.2万元 the two named items."""
    ref = cm["ref"]
    fam = "%" if t.family == "pt" else t.family
    same = lambda f: f.family == fam or (t.family not in _RATE_FAMILIES and "" in (f.family, fam))  # noqa: E731
    words = _phrase(t.clause[: cm.start()]) - _ROLE_MARKS
    subjects = [f for f in stated if same(f) and f.role != "target"]
    if words:
        subjects += _best_named(index, words, keep=lambda f: same(f) and f.role != "target"
                                and _year(f.ytag, index) is None and f.hi_mag is None, rates=fam == "%", own=True)
    subjects = _dedupe(subjects)
    if _TARGET_REF.search(ref):  # both ways: 超出目标 is result − target, 比时限缩短 target − result
        return [p for f in subjects for a, b, why in index.partners.get(id(f), ())
                if a is f and why == "role" and b.role == "target" for p in ((a, b), (b, a))]
    if year_tag(ref, len(ref), s0=0) is not None:  # both ways: 增加 is new − old, 缩短 / 减少 old − new
        if words:  # 共育室比上年增加: of the figures the words name that have a year before (the indicator's 34个 with
            # its 上年 26个, not the six county rows of a table that name 共育室 as well)
            yearly = lambda f: any(a is f and why == "year" for a, _, why in index.partners.get(id(f), ()))  # noqa: E731
            subjects = _dedupe(subjects + _best_named(index, words, rates=fam == "%", keep=lambda f: same(f)
                                                      and f.role != "target" and _year(f.ytag, index) is None
                                                      and f.hi_mag is None and yearly(f)))
        # (the figure its sentence cites may be stated in several sources, and only one holds its last year's: 全年
        # 接待观众51.8万人次 in a form, a work summary and a statistics file with 上年观众人次 — each statement's pair)
        subjects = _dedupe(subjects + [g for g in _twins(index, subjects) if same(g) and g.role != "target"]
                           + _bare_twins(index, subjects))
        pairs = [p for f in subjects for a, b, why in index.partners.get(id(f), ()) if a is f and why == "year"
                 for p in ((a, b), (b, a))]
        if t.family == "%" and words:  # 决算比上年增长9.5%: of the quantity the words name, wherever it is
            pairs += _last_year_pairs(index, words)
        return pairs
    refs = _best_named(index, _phrase(ref) - _ROLE_MARKS, keep=lambda f: same(f) and f.hi_mag is None,
                       rates=fam == "%", own=True)
    if t.family == "pt" and _MONEY_RATE.search(t.clause[: cm.start()] if words else lead):
        # 省级资金执行率比市级高1.19个百分点: each line's rate, its 执行 over its budget, where no rate is stated;
        # 收费收入执行率94.05%，比市级财政资金低: the rate its sentence states, and the other line's
        subjects = _dedupe(subjects + _line_rates(index, words - _RATE_WORDS))
        refs = _dedupe(refs + _line_rates(index, _phrase(ref) - _ROLE_MARKS - _RATE_WORDS))
    if direction(t.clause) == "−" or cm.group().startswith(("低于", "少于")):
        # 项目扶持资金比直补资金少89.67万元, 执行率92.58%，低于省级资金5.36个百分点: the compared-with less the subject
        return [(b, a) for a in subjects for b in refs if a is not b]
    return [(a, b) for a in subjects for b in refs if a is not b]


def _last_year_pairs(index: SourceIndex, words: frozenset[str]) -> list[tuple[_Fact, _Fact]]:
    """决算比上年增长 / 外包服务支付比上年增长: this year's figure of the quantity the words name over last year's figure
    of the same quantity in the same source — a record's 决算数 and 上年决算数, a ledger's 合计 row and its 上年合计 row:
    the same words but the year's, one role, one unit."""
    level = lambda f: f.family not in _RATE_FAMILIES and f.date is None and f.role != "target" \
        and not _is_bound(f) and f.hi_mag is None  # noqa: E731
    now = index.year_now
    last = _best_named(index, words, need=1, keep=lambda f: level(f) and f.ytag is not None
                       and (f.ytag == -1 or now is not None and f.ytag == now - 1))
    if not last:
        return []
    this = _best_named(index, words, need=1, keep=lambda f: level(f) and _year(f.ytag, index) is None)
    return [(a, b) for a in this for b in last if a.src == b.src and a.family == b.family and a.role == b.role
            and all("年" in w for w in a.subj ^ b.subj)]


_RATE_WORDS = frozenset({"执行", "行率", "支出", "出率", "完成", "成率", "进度"})  # tokens of 执行率 / 支出率 …


def _line_rates(index: SourceIndex, words: frozenset[str]) -> list[_Fact]:
    """The execution rates of the budget line the words name (省级资金 → 106.28 ÷ 110.00 = 96.62 %): its spending
    over its adjusted budget (its 年初 one only where it states no other), as a fact of the line — of ONE line: words
    that name several lines equally (资金, a caption every row shares) name none to compare with."""
    if not words:
        return []
    # (an amount in 元, or a bare figure of a money role: a file in 元 that states no unit — a ratio has none)
    spent = lambda f: (f.family == "元" or f.family == "" and (f.role == "actual" or "§执" in f.subj)) \
        and _year(f.ytag, index) is None and not _is_bound(f) and f.role not in ("target", "budget", "initial")  # noqa: E731
    named = _best_named(index, words, keep=spent, need=1)
    out: dict[int, _Fact] = {}  # per line (its record): its rate
    for a in named:
        b = _line_budget(index, a)
        if b is not None and (r := a.mag / b.mag * HUNDRED) and a.group not in out:
            out[a.group] = _Fact(r, r, "%", "%", "percent", a.src, a.location, a.snippet, a.group,
                                 f"{a.written} ÷ {b.written}（{r.quantize(Decimal('0.01'))}%）", pmag=r, subj=a.subj,
                                 role="actual")
    return list(out.values()) if len(out) == 1 else []


def whole_rates(index: SourceIndex) -> list[_Fact]:
    """The whole's execution rate, one thing whatever shape the sources give the whole (a data file's 合计 record
    that states no rate, its top record with the lines under 其中, a form's 年度资金总额 row): this year's largest
    spending that is no line of a larger whole, over its budget — with the rate its own record states beside it,
    where that states the same rate (to 0.01 %). Once per source index."""
    got = getattr(index, "_whole_rates", None)
    if got is not None:
        return got
    spent = [f for f in index.facts if f.family == "元" and f.role == "actual" and f.src >= 0 and f.date is None
             and f.approx is None and f.hi_mag is None and _year(f.ytag, index) is None and f.mag > 0]
    top = max((f.mag for f in spent), default=None)
    out: list[_Fact] = []
    for a in [f for f in spent if f.mag == top and not index.is_line(f)][:1]:
        b = _line_budget(index, a)
        if b is None or not b.mag:
            continue
        r = a.mag / b.mag * HUNDRED
        out.append(_Fact(r, r, "%", "%", "percent", a.src, a.location, a.snippet, a.group,
                         f"{a.written} ÷ {b.written}（{r.quantize(Decimal('0.01'))}%）", pmag=r, subj=a.subj,
                         role="actual"))
        # (the record's own 执行率 96.61 beside 133.32 ÷ 138.00: the rate as the form states it, never its 调整率)
        out += [f for f in index.record(a.group) if f.family == "%" and f.role != "target" and f.date is None
                and abs(f.mag - r) < Decimal("0.01")]
    index._whole_rates = out  # type: ignore[attr-defined]
    return out


_SPENT_LABELS = frozenset({"§执", "决算", "实际"})  # 支出 / 执行 (§执), 决算数, 实际: a line's spending


def _line_budget(index: SourceIndex, a: _Fact) -> _Fact | None:
    """The budget a line's spending `a` is over: its explicit partner (全年预算 before 年初预算), else — a record whose
    labels carry no role (预算 / 支出, 调整后预算 / 决算数) — the one budget of a's own record, a being its one
    spending figure of the year."""
    bases = {b.role: b for x, b, why in index.partners.get(id(a), ()) if x is a and why == "role"
             and b.role in ("budget", "initial") and b.mag}
    if bases or a.role == "actual":
        return bases.get("budget") or bases.get("initial")
    if a.group < 0 or not _SPENT_LABELS & a.subj:
        return None
    pool = [f for f in index.groups[a.group] if f.family == a.family and f.mag and f.date is None
            and _year(f.ytag, index) is None and not _is_bound(f) and f.role != "target"]
    if len(pool) > MAX_POOL:
        return None
    spending = [f for f in pool if f.role not in ("budget", "initial") and _SPENT_LABELS & f.subj]
    budgets = [f for f in pool if f.role == "budget"] or [f for f in pool if f.role == "initial"] \
        or [f for f in pool if not f.role and "§预" in f.subj and not _SPENT_LABELS & f.subj]
    return budgets[0] if spending == [a] and len(budgets) == 1 else None


def _listed_average(prev: _Target, t: _Target, text: str) -> str | None:
    """每盏路灯全年电费180.29元、维修养护78.56元: a figure listed with 、 right after an average, naming no average
    of its own, is an average per the same item — its clause with the average's words before it (每盏维修养护)."""
    per = _average(prev.clause)
    if per is None or prev.sent != t.sent or _average(t.clause) is not None or not t.clause \
            or text[prev.m.end:t.m.start] != "、" + t.clause:
        return None
    return prev.clause[: len(prev.clause) - len(per[2])] + t.clause if per[2] and prev.clause.endswith(per[2]) else None


def _same_breakdown(index: SourceIndex, a: _Fact, b: _Fact) -> bool:
    """Are a and b figures of one breakdown: one record or line, or parts of one total (two rows of a 支出明细)?"""
    if a.group == b.group >= 0:
        return True
    wholes = {id(w) for x, w, why in index.partners.get(id(b), ()) if x is b and why == "part"}
    return any(x is a and why == "part" and id(w) in wholes for x, w, why in index.partners.get(id(a), ()))


_LAST_PERIOD = re.compile(r"第?四季度|下半年|12月")  # the rest of a year after a figure to date
_TO_DATE = re.compile(r"累计|前三季度|1[-—~至]11月")  # a figure of the year to date


def _remainder_pairs(index: SourceIndex, t: _Target, told: dict[int, list[_Told]] | None
                     ) -> list[tuple[_Fact, _Fact]]:
    """前三季度累计献血33516人次，第四季度献血11702人次: the last period's figure is the year's figure of what the
    words name less the figure to date — one the text stated before, or one its source states as 累计."""
    pm = _LAST_PERIOD.search(t.clause)
    if pm is None or t.family in _RATE_FAMILIES:
        return []
    words = frozenset(w for w in _phrase(t.clause.replace(pm[0], " ")) - _ROLE_MARKS if len(w) > 1)
    if not words:
        return []
    same = lambda f: f.family == t.family and f.hi_mag is None and f.role != "target" and f.date is None  # noqa: E731
    to_date = [f for u, f in _told_before(told, t) if same(f) and _TO_DATE.search(u.clause)]
    to_date += _best_named(index, words, keep=lambda f: same(f) and bool(_TO_DATE.search(_said_before(f))), need=1)
    years = _best_named(index, words, keep=lambda f: same(f) and _year(f.ytag, index) is None
                        and not _TO_DATE.search(_said_before(f)) and not _is_bound(f))
    return [(y, d) for y in years for d in _dedupe(to_date) if abs(y.mag) > abs(d.mag)]


# 增长 / 同比下降 / 提高了: a change and nothing else — no base named (比上年 / 较目标), no item of its own
_CHANGE_ALONE = re.compile(r"(?:同比)?(?:增长|增加|提高|上升|下降|减少|降低)了?")


# 分别增长 / 分别增长9.09%和: a change of a list after 分别, naming no base (the rates before it in the list aside)
_RESPECTIVE_CHANGE = re.compile(r"分别(?:同比)?(?:增长|增加|提高|上升|下降|减少|降低)了?(?:[\d.]+%[、和及与])*")
_RATE_AT = re.compile(r"\d%")
_LISTED = re.compile(r"[\u4e00-\u9fff]{0,2}[，,]?")  # 8460人次，分别: the list ends right before 分别
_LISTED_GAP = re.compile(r"[\u4e00-\u9fff]{0,3}[、和与及][\u4e00-\u9fff]{0,10}")  # 120场、参与读者8460人次


def _unbased_growth(index: SourceIndex, t: _Target, told: dict[int, list[_Told]] | None, text: str = ""
                    ) -> list[tuple[_Fact, _Fact]]:
    """全年接待来访群众3,126人次，增长8.54%: a change with no base named, right after a figure, is on last year (never
    on the target) — that figure over last year's figure of the same quantity wherever the sources hold it: a fact of
    last year's tag, or one a source states after 与上年 / 去年 / the year before's 年 (a log's 与上年（2023年）对比：…)."""
    if t.family != "%":
        return []
    k = text.rfind("分别", max(0, t.m.start - 60), t.m.start) if text else -1
    respective = k >= 0 and _RESPECTIVE_CHANGE.fullmatch(text, k, t.m.start) is not None
    if not (_CHANGE_ALONE.fullmatch(t.clause) or respective):
        return []
    before = [e for e in _told_before(told, t) if e[0].sent == t.sent and e[0].m.end <= t.m.start][-1:]
    if respective:  # 讲座120场、参与读者8460人次，分别增长9.09%和6.82%: the listed figure of its rank before 分别
        stop = min((j for j in (text.find(c, t.m.end) for c in "，,。；;\n") if j >= 0), default=len(text))
        rank, n = len(_RATE_AT.findall(text, k, t.m.start)), len(_RATE_AT.findall(text, k, stop))
        listed = [e for e in _told_before(told, t) if e[0].sent == t.sent and e[0].m.end <= k
                  and e[0].family not in _RATE_FAMILIES]
        listed = list({id(e[0]): e for e in listed}.values())[-n:]  # (one entry a figure: its second fact aside)
        if len(listed) != n or not _LISTED.fullmatch(text, listed[-1][0].m.end, k) \
                or any(not _LISTED_GAP.fullmatch(text, a[0].m.end, b[0].m.start) for a, b in zip(listed, listed[1:])):
            return []
        before = [listed[rank]]
    if not before or (u := before[0][0]).family in _RATE_FAMILIES or u.role == "target" or u.m.hi is not None \
            or direction(u.clause) or _year(u.ytag, index) is not None or not (words := u.subj - _ROLE_MARKS):
        return []
    mine = [f for e in told.get(t.para, ()) if e[0] is u for f in (e[1], *e[2][:1])] if told else []
    now = index.year_now

    def last(g: _Fact) -> bool:
        if g.family != mine[0].family or g.date is not None or g.role == "target" or _is_bound(g) or g.hi_mag is not None:
            return False
        if g.ytag is not None:
            return g.ytag == -1 or now is not None and g.ytag == now - 1
        if direction(_said_before(g)) is not None or g.group < 0:
            return False  # (比上年增加230人次 is a change, no level of last year)
        line = "".join(_said_before(h) for h in index.groups[g.group] if h.location == g.location and h.seq <= g.seq)
        # (a record named for last year's figure: 指标: 上年送戏下乡观众, 实际值: 109340)
        return _LAST_YEAR.search(line) is not None or now is not None and f"{now - 1}年" in line \
            or bool(g.label) and _LAST_YEAR.match(g.label) is not None

    lasts = _best_named(index, words, keep=last, need=1) if mine else []
    return [(a, b) for a in _dedupe(mine) for b in lasts if a is not b and a.family == b.family]


def _said_before(f: _Fact) -> str:
    """The source's words right before the fact: its snippet up to the figure (near_text is spent once its words
    are read, see match._near)."""
    k = f.snippet.find(f.written)
    return f.snippet[:k] if k >= 0 else f.snippet


def _item_growth(index: SourceIndex, t: _Target, ref: str, told: dict[int, list[_Told]] | None
                 ) -> list[tuple[_Fact, _Fact]]:
    """二季度2386宗，比一季度增长18.41%: a rate of change between two items of one measure — the figure its
    sentence states right before it, against the figures of that measure the compared words (一季度) name."""
    before = [u for u, _ in _told_before(told, t) if u.sent == t.sent and u.m.hi is None and u.m.kind != "date"
              and u.family not in _RATE_FAMILIES and u.role != "target"][-1:]
    words = _phrase(ref) - _ROLE_MARKS
    if not before or not words or told is None:
        return []
    # the figure as the text states it and as its source cell holds it (a bare 2386 under 受理)
    mine = [f for u, f0, facts in told.get(t.para, ()) if u is before[0] for f in (f0, *facts[:1])]
    named = _best_named(index, words, keep=lambda f: f.hi_mag is None and f.role != "target"
                        and any(f.family == a.family for a in mine), ranked=True)
    return [(a, b) for a in _dedupe(mine) for b in named if a is not b and a.family == b.family]


_STILL = re.compile(r"(?:仍有|尚有|还有|仍然有)$")  # 全区农村学校仍有6所未…: a remainder of the whole named before it
_NOT_DONE = re.compile(r"(?:未|不|非)([\u4e00-\u9fff]{2,8})$")  # 未按时办结, 验收不合格, 非政府投资审计项目
# 仍有20件报修未在当年修复: the words after the figure say what it is not
_NOT_DONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:尚未|仍未|未)([\u4e00-\u9fff]{2,8})")
MAX_NAMED = 16  # facts a sentence names, searched for a derivation's operands


def _named_pairs(index: SourceIndex, t: _Target, text: str, explicit: bool = False) -> list[tuple[_Fact, _Fact]]:
    """Pairs of facts that the words of the mention's sentence name, both of them, from one source record
    or sentence, or an explicit pair (目标 & 实际) one of which it names: 民事案件比刑事案件多127件 takes
    民事案件 739 and 刑事案件 612 of one ledger line though the paragraph states neither."""
    words = (t.subj | tokens(text[t.context[0]:t.context[1]])) - _ROLE_MARKS
    if explicit and len(t.subj - _ROLE_MARKS) >= 2:
        words = t.subj - _ROLE_MARKS  # 路灯…约98%，节能改造执行率近98%: the record its own clause names
    if t.family == "%" and (om := _OF_TARGET.search(t.clause)) is not None \
            and len(own := tokens(t.clause[: om.start()]) - _ROLE_MARKS) >= 2:
        words = own  # 改造积水点完成目标的: the record its own clause names, not what the sentence said before it
    elif t.family not in _RATE_FAMILIES and _BALANCE.search(t.clause[-6:]) and (item := _item_said(t, text)):
        words = item  # 配套费执行率…，比市级财政资金低…，结余: the line the sentence is about, not the one compared with
    if not words:
        return []
    fams = [t.family] if t.family not in ("%", "倍", "pt") else (
        ["%"] if t.family == "pt" else [f for f in index._inv if f not in ("%", "pt")])
    named: dict[int, tuple[int, _Fact]] = {}
    for fam in fams:
        named.update(index.naming(fam, words))
    best = sorted(named.values(), key=lambda nf: -nf[0])[:MAX_NAMED]
    if not best:
        return []
    score = {id(f): n for n, f in best}
    top = best[0][0]
    if t.family in ("%", "倍") and max((n for n, _ in index.naming("%", words).values()), default=0) > top:
        return []  # 预审合格率87.3%，高于目标7.3%: the words name a rate; no ratio of counts they name less is its
    share = "占" in t.clause[-10:] or "比重" in t.clause[-10:]
    if explicit and share:
        return []  # 占全年执行超过九成 is a share: no record's 执行 over its budget
    facts = [f for _, f in best]
    if explicit:  # 执行率约98% / 比上年增长超过三成: an approximation is as loose as its word, so only the explicit
        # pair (预算 & 执行, two years) of the record its words name best gives the exact value it is judged on
        return [p for f in facts if score[id(f)] == top and top >= 2
                for a, b, why in index.partners.get(id(f), ()) if why in ("role", "year") for p in ((a, b), (b, a))]
    pairs = [(a, b) for a in facts for b in facts if a is not b and a.group == b.group]
    if share:  # 生态公益林占55.44%: the part is named, its whole is in the part's own record or line
        for a in facts:
            pool = index.groups[a.group] if score[id(a)] == top and a.group >= 0 else ()
            if len(pool) <= MAX_POOL:
                pairs += [(a, b) for b in pool if b is not a and b.family == a.family]
    for f in facts:
        for a, b, _ in index.partners.get(id(f), ()):
            pairs += [(a, b), (b, a)]
        if _UNIT_PRICE in f.subj and f.group >= 0 and score[id(f)] == top and t.family == "元":
            pairs += [(f, b) for b in index.groups[f.group] if b is not f]  # 楼栋牌…支出: its 单价 × its count
    # the figure the words name best is an operand (of a share: the part) — 刑事案件占比 is not 民事 ÷ 全部
    return [(a, b) for a, b in pairs if score.get(id(a)) == top or (not share and score.get(id(b)) == top)]


def _record_pairs(index: SourceIndex, local: list[_Fact]) -> list[tuple[_Fact, _Fact]]:
    """Pairs within each record or source sentence the paragraph cites, and their explicit partners."""
    pairs: list[tuple[_Fact, _Fact]] = []
    for g in sorted({f.group for f in local if f.group >= 0}):
        pool = index.groups[g]
        if 2 <= len(pool) <= MAX_POOL:
            pairs += _ordered(pool)
    for f in _dedupe(local):
        for a, b, _ in index.partners.get(id(f), ()):
            pairs += [(a, b), (b, a)]
    return pairs


def _global_pairs(index: SourceIndex, t: _Target, text: str = "") -> list[tuple[_Fact, _Fact]]:
    """Explicit pairs anywhere in the sources whose one-step result is near the mention and whose words
    share one with it (预算完成率 in 存在问题, its operands in the budget paragraph)."""
    m = t.m
    x = abs(float(t.x))
    width = float(max(t.q, written_step(m) * m.factor * t.ff, t.x * Decimal("0.1") if m.approx else t.q)) * 1.01
    key = "%" if t.family in ("%", "倍") else t.family
    if t.family == "倍":
        x, width = x * 100, width * 100
    out = []
    # 结余 / 调减 / 超支 name the pair by its roles, 较上年 by its years
    balance = direction(t.clause) is not None or _BALANCE.search(t.clause) is not None
    said: frozenset[str] | None = None  # the words of its sentence before it, read when a 结余 needs them
    for a, b, why in index.pairs_near(key, x - width, x + width):
        if t.subj & (a.subj | b.subj) or (t.ytag is not None and why == "year"):
            out += [(a, b), (b, a)]
        elif balance and why == "role":
            if said is None:
                said = tokens(text[t.context[0]:t.m.start]) - _ROLE_MARKS
            if not _other_row(index, said, a):
                out += [(a, b), (b, a)]
    if key in ("%", "pt", ""):
        return out
    # a form without units (金额单位：元 above it): its pairs in the base unit or as written — of the row the words
    # name (a word the pair shares: its row's name, not 支出 of a column), or, for a 结余 that names no item
    # (经费结余4.69万元), the budget and spending of the form's 合计
    near = index.pairs_near("", x - width, x + width)
    if m.factor != 1:
        v, wv = abs(float(m.value)), float(written_step(m)) * 1.01
        near += index.pairs_near("", v - wv, v + wv)
    for a, b, why in near:
        if t.subj - _ROLE_MARKS & a.subj & b.subj:
            out += [(a, b), (b, a)]
        elif balance and why == "role" and _TOTAL_MARK <= a.subj & b.subj:
            if said is None:
                said = tokens(text[t.context[0]:t.m.start]) - _ROLE_MARKS
            if not _other_row(index, said, a):
                out += [(a, b), (b, a)]
    return out


def _other_row(index: SourceIndex, said: frozenset[str], a: _Fact) -> bool:
    """Do the words before a 结余 name a budget or spending row other than a's (示范基地补助…，结余2.24万元 is no
    大篷车's 120,000 − 97,560): a fact of such a role, of another record, sharing two words or more with them that
    a's record lacks."""
    if len(said) < 2:
        return False
    for fam in (a.family, ""):
        for n, f in index.naming(fam, said).values():
            if n >= 2 and f.group != a.group and f.role in ("budget", "actual", "initial") \
                    and len(said & f.subj - a.subj) >= 2:
                return True
    return False


_TRACED = ("exact", "converted", "rounded", "derived")


def _listed_sum(i: int, mentions: Sequence[Any], results: Sequence[MentionCheck | None], ends: Sequence[int],
                t: "_Target") -> str | None:
    """'得分25.2分、20分、16.67分，合计61.87分': a figure written as the sum (合计 / 相加 / 之和 right before
    it) of three or more figures its own sentence lists before it, each traced and in the same unit —
    the formula, or None. Two figures are the one-step pairs above."""
    m = mentions[i]
    if m.value is None or not m.unit or not _SUMS.search(t.clause[-6:]):
        return None
    first = i  # the sentence's first mention: back from i only while in its sentence (never the whole text)
    while first and bisect_right(ends, mentions[first - 1].start) == t.sent:
        first -= 1
    parts = [mentions[j] for j in range(first, i) if not mentions[j].ignored and mentions[j].unit == m.unit
             and mentions[j].value is not None and mentions[j].hi is None
             and (r := results[j]) is not None and r.status in _TRACED]
    if len(parts) < 3 or sum((p.value * p.factor for p in parts), Decimal(0)) != m.value * m.factor:
        return None
    return " + ".join(p.text for p in parts) + f" = {m.text}"


_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})|首(?=[批期轮季次届])")  # 首批: the first, as 第一批
MAX_LISTED = 12  # a count of listed items (三批, 两期) is of a few items the paragraph names one by one


def _listed_count(text: str, m: Any, index: SourceIndex | None = None) -> str | None:
    """'分两批受理：第一批…；第二批…': a small count of items (批 / 期 / 类 …) that its paragraph names one by one
    as 第一批 … 第N批, with no other ordinal of them — the formula, or None."""
    if m.value is None or m.hi is not None or m.value != m.value.to_integral_value() or not 2 <= m.value <= MAX_LISTED \
            or m.scale or len(m.base_unit) != 1 or m.base_unit in "元%":
        return None
    dates = _DATES_LISTED.search(text, max(0, m.start - 90), m.start) or _DATES_BRACKET.match(text, m.end)
    if dates is not None:  # 7月9日、7月21日两次 / 两次强降雨险情（6月17日、7月2日）: the dates it counts are listed
        listed = _DATE_ONE.findall(dates[0])
        return "、".join(listed) + f" = {m.text}（文中逐一列举的日期）" if len(listed) == m.value else None
    if index is not None and text[m.start - 1:m.start] == "等" \
            and (named := source_named_items(index, text, m.start - 1)) is not None \
            and (lists := [rows for rows in index.lists if _all_among(named, rows)]):
        # A、B、C等六项: the items name a list of the sources, whose rows it counts
        rows = next((r for r in lists if len(r) == m.value), None)
        return None if rows is None else "、".join(rows) + f" = {m.text}（来源所列，文中列举其中{len(named)}项）"
    if index is not None and (named := source_named_items(index, text, m.start)) is not None:
        # 基本支出和项目支出两类, A、B及C、D和E四项: the list right before it, read by the names the sources hold
        if len(named) == m.value:
            return "、".join(named) + f" = {m.text}（前文逐一列举，各项来源均有）"
        # 市本部和桐城、怀宁、潜山、太湖、宿松五所分校: the 、-list's items share the noun after the count (桐城分校 …)
        shared = _shared_tail_items(index, text, m)
        return "、".join(shared) + f" = {m.text}（前文逐一列举，共用其后的名称）" if shared and len(shared) == m.value \
            else None
    if (bm := _BRACKET_AFTER.match(text, m.end)) is not None:  # 三个村（东岭村、西坑村、南山村）: the list is right there
        items = _bracket_items(bm[1])
        if len(items) == m.value:
            return "、".join(items) + f" = {m.text}（括号内逐一列举）"
    if (cm := _COLON_AFTER.match(text, m.end)) is not None:  # 分三笔支付：…；…；…: the colon lists them, one a clause
        stop = min((k for k in (text.find(c, cm.end()) for c in "。\n") if k >= 0), default=len(text))
        clauses = re.split(r"[；;]", text[cm.end():stop])
        if len(clauses) == m.value and all(c.strip() for c in clauses):
            return f"{len(clauses)}{m.base_unit} = {m.text}（冒号后逐一列举）"
        # 主要做五件事：A、B、C、D、E；… / 两项任务：A和B: the list of the clause its colon opens
        if (lm := _LIST_AFTER.match(text, cm.end(), stop)) is not None and len(items := _list_reading(lm[1])) == m.value:
            return "、".join(items) + f" = {m.text}（冒号后逐一列举）"
        # 三项工作：一是…。二是…。三是…: its items told one by one, 一是 … N是, over the sentences of its paragraph
        hi = text.find("\n\n", cm.end())
        told = [_CN_SMALL_INT.get(o[1]) for o in _NTH_IS.finditer(text, cm.end(), hi if hi >= 0 else len(text))]
        if told and told[0] == 1 and set(told) == set(range(1, int(m.value) + 1)):
            return "、".join(f"{_CN_DIGITS[k - 1]}是" for k in range(1, int(m.value) + 1)) + f" = {m.text}（冒号后逐一列举）"
    if (nm := _NAMELY.match(text, m.end)) is not None:  # 任务有三项，即A、B和C: the list of the clause after it
        stop = min((k for k in (text.find(c, nm.end()) for c in "。；;，,\n") if k >= 0), default=len(text))
        if (lm := _LIST_AFTER.match(text, nm.end(), stop)) is not None and len(items := _list_reading(lm[1])) == m.value:
            return "、".join(items) + f" = {m.text}（其后逐一列举）"
    if (rm := _RESPECTIVE_AFTER.match(text, m.end)) is not None \
            and len(listed := _FIGURE_IN.findall(rm["list"])) == m.value:
        # 两次台风分别停航7天和4天: the figures 分别 lists right after the count, one per item it counts
        return "、".join(listed) + f" = {m.text}（其后分别列举）"
    if text[m.start - 1:m.start] == "分" and (dm := _DIVIDED_AFTER.match(text, m.end)) is not None:
        # 分两批安装，7月安装126个、9月安装105个: the clause after the division lists its parts, one figure each
        pieces = dm[1].split("、")
        ends = [_PIECE_FIGURE.search(p) for p in pieces]
        if len(pieces) == m.value and all(ends) and len({e[1] for e in ends}) == 1:
            return "、".join(pieces) + f" = {m.text}（其后逐一列举）"
    s0 = max(text.rfind(c, max(0, m.start - 200), m.start) for c in "。；;！？!?\n，,：:") + 1
    end = m.start
    if text[s0 - 1:s0] in ("，", ",") and _COUNT_OPENS.fullmatch(text, s0, m.start):
        # 包括A、B、C和D，共四项 / 内容为A、B、C，三个方面: the list is the clause before the count (or its sum word)
        end = s0 - 1
        s0 = max(text.rfind(c, max(0, end - 200), end) for c in "。；;！？!?\n，,：:") + 1
        while text[s0 - 1:s0] == "," and text[s0 - 2:s0 - 1].isdigit() and text[s0:s0 + 1].isdigit():
            s0 = max(text.rfind(c, max(0, end - 200), s0 - 1) for c in "。；;！？!?\n，,：:") + 1  # (1,356人次)
        figures = text[s0:end].split("、")
        if 2 <= len(figures) == m.value and all(len(_FIGURE_IN.findall(f)) == 1 for f in figures):
            # 检查263矿次、演练28次、培训1,356人次，三项数量指标: the figures the clause before lists, one an item
            return "、".join(figures) + f" = {m.text}（前文逐一列举）"
    if (lm := _LIST_BEFORE.search(text, s0, end)) is not None \
            and not text[lm.start(1) - 1:lm.start(1)].isdigit():  # (12.46万人次、新剧2部: 万人次 is a measure, no item)
        # 门牌、楼栋牌、宣传牌三类标志: the list right before — after any count inside it (利州、朝天两个区和旺苍、
        # 青川两个县: the second list begins after 两个区和)
        run = lm[1][k.end():] if (k := _last(_COUNTED_BEFORE.finditer(lm[1]))) is not None else lm[1]
        if len(items := _list_reading(run)) == m.value:
            return "、".join(items) + f" = {m.text}（前文逐一列举）"
    lo = text.rfind("\n\n", 0, m.start) + 1
    hi = text.find("\n\n", m.end)
    block = text[lo: hi if hi >= 0 else len(text)]
    # 第一批 / 第二批…: the ordinals its measure word follows — or the noun after it (两个标段：第一标段、第二标段)
    noun = text[m.end:m.end + 2] if _CJK_PAIR.match(text, m.end) else m.base_unit
    named = {_int_any(o[1]) if o[1] else 1: o[0] for o in _ORDINAL.finditer(block)
             if block.startswith(m.base_unit, o.end()) or block.startswith(noun, o.end())}
    if set(named) != set(range(1, int(m.value) + 1)):
        return None
    return "、".join(named[k] + m.base_unit for k in sorted(named)) + f" = {m.text}（本段逐一列举）"


# a count inside a run of words before a list (在A、B三个乡镇开展C、D和E三项工作): the list it counts ends there
_COUNT_IN_RUN = re.compile(r"[两二三四五六七八九十]{1,2}[个项类件所座家处条名位批期种块片县区镇乡村市站]")
_ASIDE_IN_LIST = re.compile(r"[（(][^（）()]{0,30}[）)]")  # 禁牧巡查（86.45，34.39%）: an item's aside, no item
_CJK_LIST_TAIL = re.compile(r"[\u4e00-\u9fff、]+$")
_OWN_COUNTED = frozenset("项个类件所座家处条种块片支台套部")  # what counts listed items (not 次 / 天 / 人: events, people)


def own_list_count(text: str, m: Any) -> str | None:
    """'开展A、B、C和D四项工作' / 'A（…）和B（…）两项': a small count in words of the items its sentence lists right
    before it — the list read from its own words (after any count of another list before it in the sentence, its
    items' bracketed asides dropped), agreeing with the count. The count is arithmetic on the text's own list,
    whatever other lists the sources hold. The formula, or None (a partial list: A、B等; no list; another count)."""
    if m.value is None or m.hi is not None or m.approx or m.scale or m.text[:1] not in "两二三四五六七八九十" \
            or m.base_unit not in _OWN_COUNTED or m.value != m.value.to_integral_value() \
            or not 2 <= m.value <= MAX_LISTED:
        return None
    items = listed_before(text, m.start, int(m.value))
    return "、".join(items) + f" = {m.text}（本句逐一列举）" if items else None


_QUOTES = re.compile(r"[“”\"「」『』‘’]")  # “五一”和国庆: the quotes around an item's name are no part of the list


def listed_before(text: str, pos: int, n: int) -> list[str] | None:
    """The n items its sentence lists right before `pos` (a count in words there), read from its own words; None when
    it lists no such n."""
    before = _QUOTES.sub("", _ASIDE_IN_LIST.sub("", text[max(0, pos - 200):pos]))  # （86.45，34.39%）: no clause break
    run = before[max(before.rfind(c) for c in "。；;！？!?\n，,：:") + 1:]
    tail = _CJK_LIST_TAIL.search(run)  # (2025年围绕A、B…: the words after the year)
    if tail is None or tail[0].endswith("等") or tail[0].startswith("、"):
        return None
    run = tail[0]
    if (k := _last(_COUNT_IN_RUN.finditer(run))) is not None:
        run = run[k.end():]  # 在A、B、C三个乡镇开展D、E…: the list after the count of the other
    if "、" in run:
        pieces = run.split("、")
        last = pieces[-1]
        j = _LIST_JOIN.search(last)
        split = pieces[:-1] + [last[:j.start()], last[j.end():]] if j is not None and j.start() \
            and j.end() < len(last) else pieces
        if j is None or split is pieces or any(j[0] in p for p in pieces[:-1]):
            readings = [pieces]  # (A与B、C与D: the author's conjunction joins inside items)
        elif j[0] == "与":  # 人才培训与剧场运维: 与 may join inside the last item's name, or join the last two
            readings = [split, pieces]
        else:  # A、B与C、D和E: 和 joins the last two
            readings = [split]
        readings = [r for r in readings if all(r) and len(r) <= MAX_LISTED]
    else:
        parts = _LIST_JOIN.split(run)
        readings = [parts] if len(parts) == 2 and all(len(p) >= 2 for p in parts) else []
    for items in readings:
        if items and len(items) == n:
            return items
    return None


_DATE_ONE = re.compile(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日")
_DATES_LISTED = re.compile(rf"{_DATE_ONE.pattern}(?:[、和及与]{_DATE_ONE.pattern})+$")  # right before the count
_DATES_BRACKET = re.compile(rf"[\u4e00-\u9fff]{{0,10}}?[（(]({_DATE_ONE.pattern}(?:[、，,和及与]{_DATE_ONE.pattern})+)[）)]")
_LIST_RUN = re.compile(r"[\u4e00-\u9fff、]{2,160}$")  # the words right before a count: its list, at most
_CONJ = re.compile(r"以及|和|与|及")  # what joins the last two items of a list (and sits inside names: 康复理疗设备运维及耗材)
MIN_NAME = 2  # a name the sources hold is at least two characters (中岳, 少林): one character names nothing


def source_named_items(index: SourceIndex, text: str, end: int) -> list[str] | None:
    """The items the words right before `end` list (A、B、C和D), each a name some source writes, read so that a
    conjunction inside a source's own name joins (康复理疗设备运维及耗材 is one item, 森林防火巡查和应急救援演练 two): the
    reading with the fewest items all of whose items the sources name — or None when there is no list (no 、 and
    no conjunction), a partial one (A、B等), or no reading whose every item the sources name. The first item may
    follow words of the clause's own (项目用于A、B: 项目用于A names A): its last characters are the name."""
    if end and text[end - 1] == "等":
        return None  # A、B等五项: the list is partial (the caller looks up the end before 等 among the sources' lists)
    run = _LIST_RUN.search(text, max(0, end - 160), end)
    if run is None or not ("、" in run[0] or _CONJ.search(run[0])):
        return None
    items: list[str] = []
    for k, piece in enumerate(run[0].split("、")):
        got = _fewest_names(index, piece, first=k == 0)
        if got is None:
            return None
        items += got
    return items if len(items) >= 2 else None


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _shared_tail_items(index: SourceIndex, text: str, m: Any) -> list[str] | None:
    """The names a 、-list right before the count `m` gives with the noun after the count as each item's shared tail
    (桐城、怀宁…宿松五所分校 → 桐城分校 … 宿松分校: every one a name some source writes; the first item is the tail of its
    piece after a conjunction or the clause's words) — the longest such noun's reading, or None."""
    run = _LIST_RUN.search(text, max(0, m.start - 160), m.start)
    after = _NOUN_AFTER.match(text, m.end)
    if run is None or "、" not in run[0] or after is None:
        return None
    pieces = run[0].split("、")
    pieces[0] = _CONJ.split(pieces[0])[-1]
    for k in range(len(after[0]), 0, -1):
        noun = after[0][:k]
        items = [p + noun for p in pieces[1:]]
        first = next((pieces[0][a:] + noun for a in range(len(pieces[0]) - 1)
                      if index.has_name(pieces[0][a:] + noun)), None)
        if first is not None and all(index.has_name(x) for x in items):
            return [first, *items]
    return None


def _all_among(named: list[str], rows: list[str]) -> bool:
    """Whether each item names another of `rows` (通关便利化服务 names 口岸通关便利化服务)."""
    left = list(rows)
    for item in named:
        hit = next((r for r in left if item in r or r in item and len(r) >= MIN_NAME), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _fewest_names(index: SourceIndex, piece: str, first: bool) -> list[str] | None:
    """The fewest items `piece` (one 、-item, perhaps holding conjunctions) splits into at its conjunctions, each a
    name the sources write (`first`: the list's first item, whose leading words may be the clause's own)."""
    cuts = [(c.start(), c.end()) for c in _CONJ.finditer(piece)]
    if len(cuts) > 4:  # a sentence, not an item
        return None
    bounds = [0, *(b for _, b in cuts)]  # where each segment starts, and (below) ends
    stops = [*(a for a, _ in cuts), len(piece)]
    best: dict[int, list[str] | None] = {len(bounds): []}  # from segment k on: the fewest names, or None
    for k in range(len(bounds) - 1, -1, -1):
        options = []
        for j in range(k, len(bounds)):  # segments k..j joined into one item
            rest = best[j + 1]
            name = _name_at(index, piece[bounds[k]:stops[j]], first and k == 0, [a - bounds[k] for a, _ in cuts[k:j]])
            if rest is not None and name is not None:
                options.append([name, *rest])
        best[k] = min(options, key=len) if options else None
    return best[0]


def _name_at(index: SourceIndex, item: str, lead: bool, joins: list[int]) -> str | None:
    """`item` as a name the sources write, or None. `lead`: words of the clause may come before the name, which is
    then the longest tail of it a source writes — one reaching over each conjunction `joins` it spans."""
    if len(item) < MIN_NAME:
        return None
    if not lead:
        return item if index.has_name(item) else None
    reach = min(joins) if joins else len(item) - MIN_NAME
    for a in range(reach + 1):
        if len(item) - a >= MIN_NAME and index.has_name(item[a:]):
            return item[a:]
    return None


_COLON_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}[：:]")  # 三笔支付：
# a clause holding nothing before the count but a sum word, or nothing at all
_COUNT_OPENS = re.compile(r"(?:(?:共|合计|总计|共计|一共|计)(?:有|为)?)?")
# …：A、B、C； / …：A和B。 (a list of two joined by a conjunction alone)
_LIST_AFTER = re.compile(r"((?:[\u4e00-\u9fff]{1,24}、)+[\u4e00-\u9fff]{1,24}|[\u4e00-\u9fff]{1,24}(?:以及|及|和|与)"
                         r"[\u4e00-\u9fff]{1,24})(?=[；;。，,\n]|$)")
_NTH_IS = re.compile(r"(?:^|(?<=[。；;：:\n]))\s*([一二三四五六七八九十])是")  # 一是 / 二是 opening a clause of the list
_CN_DIGITS = "一二三四五六七八九十"
_CN_SMALL_INT = {c: k for k, c in enumerate(_CN_DIGITS, 1)}
_NAMELY = re.compile(r"[\u4e00-\u9fff]{0,4}[，,](?:即|分别是|分别为|包括|具体是|具体为)")  # 有三项，即
_FIGURE_IN = re.compile(r"\d[\d,.]*")  # one figure of a listed piece (1,356人次)
# 两次台风分别停航7天和4天: a few words, 分别 and what it does, then a list of figures joined by 、 / 和 / 与 / 及
_RESPECTIVE_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,12}?分别[\u4e00-\u9fff]{0,6}?(?:为|是|达)?"
                               r"(?P<list>\d[\d,.]*[\u4e00-\u9fff%]{0,3}(?:(?:、|和|与|及)\d[\d,.]*[\u4e00-\u9fff%]{0,3})+)")
# 分两批安装，7月安装126个、9月安装105个: the clause right after a division (分N批), its parts joined by 、
_DIVIDED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}[，,：:]([^，,。；;：:！？!?\n]+)")
_PIECE_FIGURE = re.compile(r"\d[\d,.]*([\u4e00-\u9fff]{1,3})$")  # a part ends on its figure and measure word
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
# a count inside a run of listed names (…朝天三个区和旺苍…): a list before it is another list
_COUNTED_BEFORE = re.compile(r"[两二三四五六七八九十一]{1,2}[个项类件所座家处条名位批期种块][\u4e00-\u9fff]{0,3}?(?:以及|和|与|及|、)")
_LIST_JOIN = re.compile(r"以及|及|和|与")


def _last(found: Any) -> Any:
    """The last of an iterator's items (a regex's last match), or None."""
    got = None
    for got in found:
        pass
    return got


def _list_reading(run: str) -> list[str]:
    """The items of a 、-list as a reader takes them: its 、-pieces, the last split at its first conjunction (A、B和C;
    A、B以及C与D: 以及 joins the last two, 与 joins inside the last) — unless an earlier piece holds one too (数据处理与
    设备、培训与质量抽查: the author's 与 joins inside items); [] when a piece is empty."""
    pieces = run.split("、")
    if not any(_LIST_JOIN.search(p) for p in pieces[:-1]) and (j := _LIST_JOIN.search(pieces[-1])) is not None \
            and j.start() and j.end() < len(pieces[-1]):
        pieces[-1:] = [pieces[-1][:j.start()], pieces[-1][j.end():]]
    return pieces if all(pieces) and len(pieces) <= MAX_LISTED else []
_LIST_BEFORE = re.compile(r"((?:[\u4e00-\u9fff]{1,24}、)+[\u4e00-\u9fff]{1,24}?)等?$")  # a 、-list ending at the count
_BRACKET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?[（(]([^（）()\d]{2,80})[）)]")  # 三个村（…、…）
_BRACKET_SUM = re.compile(r"[（(]([^（）()\d]{2,80})[）)][\u4e00-\u9fff]{0,4}?(?:合计|共计|总计|累计|共)[\u4e00-\u9fff]{0,6}$")


# A与B / A、B和C, then a count of them and a few words (两园经费), then the sum word and its verb (合计新增)
_NAMED_SUM = re.compile(r"([\u4e00-\u9fff]{1,12}(?:(?:、|和|与|及)[\u4e00-\u9fff]{1,16})+?)"
                        r"(?:合计|共计|总计|共)[\u4e00-\u9fff]{0,4}$")
_COUNT_TAIL = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})[项类个笔所家座园种批条段处支台辆艘块片间户名位][\u4e00-\u9fff]{0,4}$")
_CLAUSE_MARKS = "，,；;。：:！？!?\n"


def _bracket_items(inside: str) -> list[str]:
    """The items a bracket lists: 东岭村、西坑村和南山村 → three names (none when a part is empty)."""
    items = [x.strip() for x in re.split(r"[、，,]|和|及|与", inside)]
    return items if all(items) and len(items) <= MAX_LISTED else []


def _bracket_sum(index: SourceIndex, t: _Target, text: str, told: dict[int, list[_Told]]
                 ) -> tuple[str, list[_Fact], Decimal] | None:
    """'鱼类苗种（黑鲷、黄鳍鲷）合计600万尾' / '纸质图书与电子图书合计新增21280册': the sum of one figure per item the
    bracket or the clause before the sum word lists, in the mention's unit — the one the text stated last for that
    item (its nearest item name before it), else the one figure the sources give that item; the formula, the facts
    and their sum, or None when an item has none or the sum does not fit."""
    m = t.m
    if t.family in _RATE_FAMILIES or m.hi is not None:
        return None
    lo = max(0, m.start - 120)
    bm = _BRACKET_SUM.search(text, max(text.rfind(c, lo, m.start) for c in _SENT_MARKS) + 1, m.start)
    if bm is None:  # 纸质图书与电子图书合计新增 / 江滨与飞来湖两园经费合计: the list its clause names before the sum word
        bm = _NAMED_SUM.search(text, max(text.rfind(c, lo, m.start) for c in _CLAUSE_MARKS) + 1, m.start)
    ct = _COUNT_TAIL.search(bm[1]) if bm is not None else None
    items = _bracket_items(bm[1][: ct.start()] if ct else bm[1]) if bm is not None else []
    if len(items) < 2 or (ct is not None and _int_any(ct["n"]) != len(items)):
        return None  # 东岭路、西坑路、南山路两条: the count is not the list's, the words fix no items
    told_here = [(u, f) for u, f in _told_before(told, t) if u.family == t.family and u.m.hi is None
                 and u.role != "target" and f.date is None][::-1]
    year = _year(t.ytag, index)
    facts: list[_Fact] = []
    for item in items:
        said = None
        for u, f in told_here:  # the latest figure stated right after this item's name (no figure between)
            ctx = text[u.context[0]:u.m.start]
            k = ctx.rfind(item)
            if k >= 0 and k == max(ctx.rfind(x) for x in items) and not _HAS_DIGIT.search(ctx, k + len(item)):
                said = f
                break
        if said is None:
            words = tokens(item) - _ROLE_MARKS
            named = _distinct(_best_named(index, words, keep=lambda f: f.family in (t.family, "") and not _is_bound(f)
                                          and f.role != "target" and _year(f.ytag, index) == year, need=len(words)))
            # in its unit, else a unitless record's result (成果: 完成 346.5 under a header naming 平方公里)
            named = [f for f in named if f.family == t.family] or [f for f in named if f.role == "actual"]
            if len(named) != 1:
                return None
            said = named[0]
        facts.append(said)
    # a unitless record's figure is in the mention's unit (346.5 of 成果 in 平方公里)
    total = sum((f.mag * t.ff if f.family == "" else f.mag for f in facts), Decimal(0))
    if len({id(f) for f in facts}) != len(facts) or not _fits(t, total):
        return None
    return " + ".join(f.written for f in facts) + f" = {m.text}", facts, total


# a period's figure is the sum of its quarters' (上半年合计 = 一季度 + 二季度)
_PERIODS = {"上半年": ("一季", "二季"), "下半年": ("三季", "四季"), "前三季度": ("一季", "二季", "三季")}
_PERIOD = re.compile("|".join(_PERIODS))


_TOTAL_OF = re.compile(r"(?:合计|共计|总计|累计|共)(?:[为达]|完成|实现)?([\u4e00-\u9fff]{0,8}?)(?:为|达到|达|约)?$")
_HOW_MANY = re.compile(r"([两二三四五六七八九十]|\d{1,2})([\u4e00-\u9fff])")


def _items_sum(index: SourceIndex, t: _Target, text: str = "", told: dict[int, list[_Told]] | None = None
               ) -> tuple[str, list[_Fact], Decimal] | None:
    """A sum of the items the words name: a half year's figure as its quarters' (上半年合计减免2491人), or
    '三座水厂运行补助金额合计84.5万元' / '三批消费券共带动消费2.61亿元' — the figures of that name, one per item of
    the sources' list, as many as the words say (when they say) and of the mention's year; the formula, the
    facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx:
        return None
    if "至" in t.clause and (rm := _ORDINAL_RANGE.search(t.clause)) is not None \
            and (got := _ordinal_range_sum(index, t, rm)) is not None:
        return got
    if _PERIOD.search(t.clause) or _quarters_listed(text, t):
        return _period_sum(index, t, text, told)
    tm = _TOTAL_OF.search(t.clause)
    if tm is None:
        return _counted_items_sum(index, t, text)
    before = t.clause[: tm.start()]
    hm = None
    for hm in _HOW_MANY.finditer(before):
        pass
    n = _int_any(hm[1]) if hm is not None and hm[2] in _MEASURES else None
    if hm is not None and n is not None:
        before = before[: hm.start()] + " " + before[hm.end():]
    words = _phrase(tm[1] or before) - _ROLE_MARKS
    year = _year(t.ytag, index)
    keep = lambda f: (f.family == t.family and _year(f.ytag, index) == year and not _is_bound(f)  # noqa: E731
                      and f.role != "target" and "§合" not in f.subj)
    items = _best_named(index, words, keep=keep)
    got = _sum_of(t, items, n)
    if got is None and n is None and len(words) >= 3:
        # 累计发现隐患43处: a log's entries of one event, where one entry's words carry a modifier the others lack
        # (发现设备隐患17处 beside 发现隐患11处) — the entries of one source its words name all but one of
        named = [f for k, f in index.naming(t.family, words).values() if k >= len(words) - 1 and keep(f)]
        for src in {f.src for f in items}:
            if (got := _sum_of(t, [f for f in named if f.src == src], None)) is not None:
                return got
        # 累计发现设备隐患43处 over 发现隐患11处 …: the modifier on the text's side — the phrase without one two-character
        # word of it (设备) names every entry by all its words but one, as above
        phrase = tm[1]
        for k in range(len(phrase) - 3):
            fewer = _phrase(phrase[:k] + phrase[k + 2:]) - _ROLE_MARKS
            if len(fewer) < 3:
                continue
            named = [f for m, f in index.naming(t.family, fewer).values() if m >= len(fewer) - 1 and keep(f)]
            for src in {f.src for f in named}:
                if (got := _sum_of(t, [f for f in named if f.src == src], None)) is not None:
                    return got
    return got


def _sum_of(t: _Target, items: list[_Fact], n: int | None) -> tuple[str, list[_Fact], Decimal] | None:
    """The sum of `items` as the figure's (formula, items, sum): two to MAX_LISTED items, as many as the words say
    (n), each on its own line, adding up to the figure; None otherwise."""
    if not 2 <= len(items) <= MAX_LISTED or (n is not None and len(items) != n) \
            or len({(f.src, f.location) for f in items}) != len(items):
        return None
    total = sum((f.mag for f in items), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in items) + f" = {t.m.text}", items, total


_MEASURES = frozenset("批项类个次期座所家户片季轮场")
# 第二至四轮 / 第2至4批: a range of numbered occurrences, its first and last and what they number
_ORDINAL_RANGE = re.compile(r"第([一二三四五六七八九十]{1,2}|\d{1,2})(?:至|到)第?([一二三四五六七八九十]{1,2}|\d{1,2})"
                            r"(轮|批|期|次|阶段|标段)")


def _ordinal_range_sum(index: SourceIndex, t: _Target, rm: re.Match[str]) -> tuple[str, list[_Fact], Decimal] | None:
    """'第二至四轮发现隐患26处': the sum of one source figure per numbered occurrence of the range (第二轮, 第三轮,
    第四轮 — each named in its figure's sentence, by the words the clause names after the range), one source; None
    when an occurrence has none or several, or the sum does not fit."""
    lo, hi, what = _int_any(rm[1]), _int_any(rm[2]), rm[3]
    if lo is None or hi is None or not 1 <= lo < hi <= MAX_LISTED:
        return None
    words = _phrase(t.clause[rm.end():]) - _ROLE_MARKS
    fam = index.family(t.family)
    if not words or fam is None:
        return None
    year = _year(t.ytag, index)
    pool = [f for f in fam.window(0.0, float(t.x)) if f.date is None and f.role != "target" and not _is_bound(f)
            and _year(f.ytag, index) == year and "§合" not in f.subj and words & _near(f)]
    facts: list[_Fact] = []
    for k in range(lo, hi + 1):
        cn = tokens(f"第{_CN_DIGITS[k - 1]}{what}") if k <= len(_CN_DIGITS) else frozenset()
        said = [f for f in pool if cn and cn <= _near(f) or f"第{k}{what}" in f.snippet]
        # of the occurrence's figures, the one its own words name best (发现故障7处, not 排除7处 of the same line)
        best = max((len(words & f.subj) for f in said), default=0)
        named = [f for f in said if len(words & f.subj) == best]
        if not best or len(named) != 1:
            return None
        facts += named
    if len({f.src for f in facts}) != 1 or len({f.location for f in facts}) != len(facts):
        return None
    total = sum((f.mag for f in facts), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in facts) + f" = {t.m.text}（{rm[0]}）", facts, total
# a count of the items listed before it, its noun and a few words, right before the figure (苗年和姊妹节两个节庆期间
# 接待研学|1268人次): the figure is their sum, as with 共 — unless the words give each item the figure (各 / 每 / 均)
_COUNTED_ITEMS = re.compile(r"([两二三四五六七八九十])[个项类件所座家处条种块片批期轮季场]([\u4e00-\u9fff]{0,10})$")
_EACH_ITEM = re.compile(r"各|每|均|分别")
_LIST_OPENER = re.compile(r"^(?:其中|包括|含|即|如)")


def _counted_items_sum(index: SourceIndex, t: _Target, text: str) -> tuple[str, list[_Fact], Decimal] | None:
    """The sum of one source figure for each item its clause lists and counts right before the mention, each figure
    the only one of its measure that names its item; None when the items, their figures or the sum do not agree."""
    window = text[max(0, t.m.start - 40):t.m.start]
    if not text or (cm := _COUNTED_ITEMS.search(window)) is None or _EACH_ITEM.search(cm[2]):
        return None
    n = _int_any(cm[1])
    items = listed_before(text, t.m.start - len(window) + cm.start(), n) if n and n >= 2 else None
    if not items:
        return None
    year = _year(t.ytag, index)
    fam = index.family(t.family)
    # each item's figure is a part: no larger than the sum (and its item named anywhere in its source sentence —
    # 苗年期间开放展厅，接待研学742人次 — not only in the words right before it, which the subject index holds)
    pool = [f for f in fam.window(0.0, float(t.x)) if f.date is None and f.role != "target" and not _is_bound(f)
            and _year(f.ytag, index) == year and "§合" not in f.subj] if fam is not None else []
    picked: list[_Fact] = []
    for item in items:
        item = _LIST_OPENER.sub("", item)  # 其中苗年: the item is 苗年
        words = tokens(item)  # (its sentence's words, not its text: match._near spends near_text once a figure
        # weighed the fact — 救助高原病游客286人次 before 萨嘎达瓦节和暑期两个时段救助185人次 — and the snippet is short)
        named = [f for f in pool if item in f.snippet or words and words <= _near(f)]
        if len(named) != 1:
            return None
        picked += named
    if len({(f.src, f.location) for f in picked}) != n:
        return None
    total = sum((f.mag for f in picked), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in picked) + f" = {t.m.text}", picked, total


def _quarters_listed(text: str, t: _Target) -> tuple[str, ...] | None:
    """The quarters a list right before the mention names: 二、三季度合计 → 二季 and 三季, 一至三季度 → three; None
    when its clause lists none (or one)."""
    if not text or "季" not in t.clause:
        return None
    s0 = max(text.rfind(c, max(0, t.m.start - 40), t.m.start) for c in "，,；;。：:\n") + 1
    qm = None
    for qm in _QUARTER_LIST.finditer(text, s0, t.m.start):
        pass
    if qm is None:
        return None
    if qm["lo"]:
        lo, hi = _QUARTER_NAMES.index(qm["lo"]), _QUARTER_NAMES.index(qm["hi"])
        named = _QUARTER_NAMES[lo:hi + 1]
    else:
        named = "".join(c for c in qm["list"] if c in _QUARTER_NAMES)
    return tuple(q + "季" for q in named) if len(set(named)) == len(named) >= 2 else None


_QUARTER_NAMES = "一二三四"
_QUARTER_LIST = re.compile(r"(?P<list>[一二三四](?:季度?)?(?:[、和与及][一二三四](?:季度?)?)+)季度"
                           r"|(?P<lo>[一二三四])(?:季度)?[至到~-](?P<hi>[一二三四])季度")


def _period_sum(index: SourceIndex, t: _Target, text: str = "", told: dict[int, list[_Told]] | None = None
                ) -> tuple[str, list[_Fact], Decimal] | None:
    """'上半年合计减免2491人' / '二、三季度合计检出129例': a figure of a half year, the first three quarters or the
    quarters its words list, that the sources give per quarter — the sum of those quarters' figures (see
    _period_facts); the formula, the facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx:
        return None
    quarters = _period_facts(index, t, text, told, t.family)
    if quarters is None:
        quarters = _month_facts(index, t)
    if quarters is None:
        return None
    total = sum((f.mag for f in quarters), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in quarters) + f" = {t.m.text}", quarters, total


def _period_facts(index: SourceIndex, t: _Target, text: str, told: dict[int, list[_Told]] | None,
                  family: str | None) -> list[_Fact] | None:
    """The figures of the quarters a half year (上半年), the first three quarters or the mention's list (二、三季度)
    covers, one per quarter, each the one that names the item its words name best — or, when they name none, the
    item of a listed quarter's figure its paragraph stated — in `family` (None: that stated figure's, for a share
    of those quarters, 二、三季度合计占); None when a quarter has no such figure, or several."""
    clause = t.clause[: t.clause.rfind("占")] if family is None and "占" in t.clause else t.clause
    pm = _PERIOD.search(clause)
    listed = None if pm is not None else _quarters_listed(text, t)
    if pm is None and listed is None:
        return None
    words = _phrase(clause.replace(pm[0], " ") if pm is not None else _A_QUARTER.sub(" ", clause)) - _ROLE_MARKS
    periods = _PERIODS[pm[0]] if pm is not None else listed or ()
    if not words:  # 三季度检出71例…，二、三季度合计129例: the item of a listed quarter's figure its paragraph stated
        said = [f for u, f in _told_before(told, t) if u.para == t.para and not f.subj.isdisjoint(periods)
                and (f.family in (family, "") if family is not None else f.family not in _RATE_FAMILIES)]
        if said:
            words = said[-1].subj - _ROLE_MARKS - set(periods) - {"季度"}
            family = said[-1].family if family is None else family
    if family is None:
        return None
    quarters = []
    year = _year(t.ytag, index)
    for q in periods:
        keep = lambda f: q in f.subj and _year(f.ytag, index) == year and not _is_bound(f) \
            and f.role != "target"  # noqa: E731
        named = _distinct(_best_named(index, words | {q}, keep=keep, need=2))
        if len(named) > 1:  # 二、三季度合计1105宗 names no column: the quarter's figure in the mention's unit
            named = [f for f in named if f.family == family]
        if len(named) != 1:
            return None
        quarters.append(named[0])
    return quarters


_A_QUARTER = re.compile(r"[一二三四]季度?")
_MONTHS_OF = {"上半年": range(1, 7), "下半年": range(7, 13), "前三季度": range(1, 10)}
_MONTH_KEY = re.compile(r"^(\d{1,2})月份?$")


def _month_facts(index: SourceIndex, t: _Target) -> list[_Fact] | None:
    """The figures of the months a half year (or the first three quarters) covers, where the sources give the year
    month by month (月度观众人次: {1月: 3.12, …, 12月: 2.40}) — one series, one figure per month keyed by the month,
    in the mention's family and year; None when no series has each of those months once."""
    pm = _PERIOD.search(t.clause)
    if pm is None:
        return None
    fam = index.family(t.family)
    year = _year(t.ytag, index)
    series: dict[tuple[int, str], dict[int, list[_Fact]]] = {}
    for f in (fam.window(0.0, float(t.x)) if fam is not None else ()):
        parent, _, key = f.location.rpartition(".")
        if (km := _MONTH_KEY.match(key)) is None or f.date is not None or _year(f.ytag, index) != year:
            continue
        series.setdefault((f.src, parent), {}).setdefault(int(km[1]), []).append(f)
    months = _MONTHS_OF[pm[0]]
    got = [[fs[0] for k, fs in by.items() if k in months and len(fs) == 1] for by in series.values()
           if all(len(by.get(k, ())) == 1 for k in months)]
    return got[0] if len(got) == 1 else None
_OF_TARGET = re.compile(r"(?:完成|达到|为)(?:年度|全年)?(?:目标|计划)值?的$")


# a clause stating a change, right before a figure with no words of its own: 调减28.00万元，-5.98%
_CHANGED_BEFORE = re.compile(r"(?:调减|调增|追加|压减|核减|增加|减少|增长|下降|提高|降低)[^，,。；;：:（(]{0,16}[，,、]\s*$")


def _same_pair(t: _Target, last: tuple[_Fact, _Fact, _Fact] | None, text: str
               ) -> tuple[list[tuple[_Fact, _Fact]], bool]:
    """The operands of the figure its sentence derived last, for a rate that relates the same two (较上年增加37家，
    增长近三成 / 较上限低0.8万元，低13.33%), either way round; and whether they are the only ones: 完成目标的107.6%
    after 超出目标646户 (a result and its target) names no item of its own. A rate its words name as of that figure
    (结余4.69万元，结余率约3%) is the figure over one of its operands. `last`: the operands and the figure."""
    if last is None or t.family != "%":
        return [], False
    a, b, said = last
    only = bool(_OF_TARGET.search(t.clause)) and any(f.role == "target" or _is_bound(f) for f in (a, b))
    if only or direction(text[t.context[0]:t.m.start]) or t.clause in _BARE_DIRECTION \
            or (not t.clause and _CHANGED_BEFORE.search(text, t.context[0], t.m.start)):
        # (调减28.00万元，-5.98%: a bare rate right after a change is that change relative to its base)
        return [(a, b), (b, a)], only
    if (rn := _RATE_NAMED.search(t.clause)) is not None and tokens(t.clause[: rn.start()]) - _ROLE_MARKS & said.subj:
        return [(said, a), (said, b)], False
    return [], False


def _stated(t: _Target, line: int, exact: Decimal | None = None) -> _Fact:
    """A figure the text derived, as a fact of its sentence: a 合计 the text computes may be the base of its
    next rate (三批共带动消费2.61亿元，较上年的1.683亿元增长54.96%), at its `exact` value when known (the
    text rounds 2.608亿 to write it, not to compute with it)."""
    m = t.m
    return _Fact(m.value, t.x if exact is None else exact, t.family, m.unit, m.kind, -1, f"line {line}", m.text, -1,
                 m.text, None, None, None, pmag=t.pmag, subj=t.subj, role=t.role, ytag=t.ytag)


# 比2022年的 / 较上年 / 与2023年的 …: the words that quote an earlier year's level right before its figure
_QUOTED_BASE = re.compile(r"(?:比|较|与|同)(?P<when>(?:19|20)\d\d年度?|上年度?|去年|上一年度?)(?:同期)?的?$")
# what follows the quoted level up to the change or rate: 增加 / 相比增加 / 多 / 增长 …
_QUOTED_CHANGE = re.compile(r"[，,]?(?:相比|相较)?[，,]?(?:增加|减少|增长|下降|提高|降低|上升|多出?|少|增幅为?|降幅为?)了?$")
_SENT_MARKS = "。；;！？!?\n"
_CLAUSE_START = re.compile(r"[，,：:、。；;！？!?\n]")


MAX_QUOTED = 3  # levels of the unit a change with no words of its own may be of (转诊434人次 beside 门诊18,640人次)


def _quoted_pairs(t: _Target, told: Sequence[_Told], text: str, now: int | None,
                  line: Callable[[int], int]) -> list[tuple[_Fact, _Fact]]:
    """'资金总额比2022年的135万元增加15万元，增长11.11%': a change whose sentence quotes the earlier year's level
    (a figure the text states and traced) is taken against the level of this year that the text stated before it
    in its paragraph — the latest one in the same unit that the words before 比 / 较 name (资金总额 → 项目资金合计
    150万元), or, with no such words (与2023年的126场相比增加23场), one of the last few in that unit. `told`: the traced
    figures of the mention's paragraph; `line`: the text's line number of an offset."""
    m = t.m
    before = sorted((u for u, _, _ in told if u.m.end <= m.start), key=lambda u: u.m.start)  # derived ones come last
    if not before:
        return []
    base = before[-1]  # the level quoted: the last figure before the change, right before its 增加 / 增长
    if base.sent != t.sent or base.m.hi is not None or not _QUOTED_CHANGE.fullmatch(text, base.m.end, m.start):
        return []
    s0 = max(text.rfind(c, max(0, base.m.start - 200), base.m.start) for c in _SENT_MARKS) + 1
    qm = _QUOTED_BASE.search(text, s0, base.m.start)
    if qm is None:
        return []
    c0 = max((k.end() for k in _CLAUSE_START.finditer(text, s0, qm.start())), default=s0)
    words = _phrase(text[c0:qm.start()]) - _ROLE_MARKS
    levels = [u for u in before if u.m.end <= qm.start() and u.family == base.family and u.m.hi is None
              and u.m.base_unit == base.m.base_unit and u.role != "target" and u.ytag in (None, now)
              and (not words or words & (u.subj - _ROLE_MARKS)) and _average(u.clause) is None]  # 场均 is no level
    if not levels:
        return []
    if words:  # the level its words name best, the latest of those
        best = max(len(words & u.subj) for u in levels)
        levels = [u for u in levels if len(words & u.subj) == best]
    year = qm["when"][:4]
    fa = _stated(base, line(base.m.start))
    fa.ytag = int(year) if year.isdigit() else -1
    out = []
    for level in levels[-1 if words else -MAX_QUOTED:]:  # named: the latest; unnamed: any of the last few
        fc = _stated(level, line(level.m.start))
        fc.ytag = None
        out += [(fc, fa), (fa, fc)]
    return out


def _equal_pair(facts: Sequence[_Fact], family: str) -> tuple[_Fact, _Fact] | None:
    """Two facts of one family with the same magnitude from different fields or lines."""
    seen: dict[tuple[str, Decimal], _Fact] = {}
    for f in facts:
        if f.family not in (family, "") or f.date is not None:
            continue
        other = seen.get((f.family, f.mag))
        if other is not None and (other.src, other.location) != (f.src, f.location):
            return other, f
        seen.setdefault((f.family, f.mag), f)
    return None


def _distinct(facts: Iterable[_Fact]) -> list[_Fact]:
    """One fact per (family, value): pairs of equal numbers from several sources explain nothing new."""
    seen: set[tuple[str, Decimal]] = set()
    out = []
    for f in facts:
        k = (f.family, f.mag)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _dedupe(facts: Iterable[_Fact]) -> list[_Fact]:
    seen: set[int] = set()
    out = []
    for f in facts:
        if id(f) not in seen:
            seen.add(id(f))
            out.append(f)
    return out


def _prefer(facts: Sequence[_Fact], groups: Container[int]) -> list[_Fact]:
    """Evidence order: facts of the records the paragraph already cites (`groups`) first, then data before text."""
    if len(facts) == 2:  # the commonest case (a figure in the data and in a log), as the stable sort orders it
        a, b = facts
        if a is b:
            return [a]
        if (b.group not in groups, b.location.startswith("line ")) < (a.group not in groups,
                                                                      a.location.startswith("line ")):
            return [b, a]
        return [a, b]
    return sorted(_dedupe(facts), key=lambda f: (f.group not in groups, f.location.startswith("line ")))
