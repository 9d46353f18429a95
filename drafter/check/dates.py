"""Dates and periods: a month gap between a deadline and a result (提前/推迟 N 个月) and number ranges
(2015—2022年, 3—5个). Their own stage because a range's two ends are judged together, not as two mentions.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Sequence

from ..numbers import NumberMention
from ..subjects import tokens
from ._common import _ROLE_MARKS, last_mark
from .index import _Fact
from .match import _Checker, _RANK, _Target
from .models import MentionCheck


# the word right before a count of days or months off a deadline: early (提前) or late (推迟 / 延后 / 超期 / 逾期 …)
_OFF = re.compile(r"(?:(?P<early>提前|早于?)|(?P<late>推迟|延迟|延期|延后|滞后|超期|逾期|拖期|拖延|晚于?|迟))了?$")


def _month_gap(pairs: list[tuple[_Fact, _Fact]], t: _Target, text: str) -> tuple[str, _Fact, _Fact] | None:
    """较计划提前1个月 / 推迟2个月: a deadline indicator the words name (its words and its sentence's share two
    with the record), whose result month is that many months before (提前) or after (推迟) its target month."""
    off = _OFF.search(t.clause)
    if not pairs or off is None or t.m.value != t.m.value.to_integral_value():
        return None
    words = (t.subj | tokens(text[t.context[0]:t.context[1]])) - _ROLE_MARKS
    for a, b in pairs:
        if len(words & (a.subj | b.subj)) < 2:
            continue
        gap = b.date[1] - a.date[1]  # type: ignore[index, operator]
        if (gap if off["early"] else -gap) == t.m.value:
            return f"{b.written} − {a.written} = {abs(gap)}{t.m.unit}", a, b
    return None


_BEAT = re.compile(r"(?:早于|先于|比|较)[“\"]?$")  # 早于10月底的时限: the deadline a completion date beat
_TRACED_DATE = ("exact", "converted", "derived")


def _since(mentions: Sequence[Any], i: int, s0: int) -> int:
    """The first of the mentions before i that starts at s0 or after (the mentions are in text order): where the
    figures of i's sentence begin, found without reading every mention of the text before it."""
    j = i
    while j and mentions[j - 1].start >= s0:
        j -= 1
    return j


def _whole_days(m: NumberMention) -> bool:
    """A count of whole days (提前11天, 历时44天): what a gap between two dates can be."""
    return (m.base_unit == "天" or m.base_unit == "日" and m.kind != "date") and m.hi is None \
        and m.value == m.value.to_integral_value()  # (用时21日: 日 counts days where it is no date)


def days_through(a: tuple, b: tuple, year: int | None) -> int | None:
    """The days from date a through date b ((year, month, day), the year possibly None), both counted: each
    end's own year, else the other's — a first date later in the year than the second is of the year before —,
    else `year`."""
    (ya, ma, da), (yb, mb, db) = a, b
    later = (ma, da) > (mb, db)
    if ya is None:
        ya = yb - later if yb is not None else (year - later if year is not None else None)
    if yb is None and ya is not None:
        yb = ya + later
    if ya is None or yb is None:
        return None
    try:
        return (date(yb, mb, db) - date(ya, ma, da)).days + 1
    except ValueError:
        return None


_GAP_WORD = re.compile(r"(?:间隔|相隔|相距|间歇)了?$")  # the days between two periods, neither end counted
# 前后下单相隔 / 两次开班间隔 / 两批到货相距: the event whose two dates the gap is between (each date followed by it)
_EVENT_GAP = re.compile(r"(?:前后|两次|两批|两期|两轮|先后)(?P<event>(?!之间)[\u4e00-\u9fff]{2})(?:时间)?(?:相隔|间隔|相距)(?:了|为|共)?$")
# the ends of two periods a gap's words name (两次开始相隔 / 两期结束相隔)
_STARTS = re.compile(r"开始|开班|启动|开工|开幕|开课|开营|开学|首日|起始")
_FROM_TO = re.compile(r"[到至]")  # 春季结业到秋季开学相隔: from one period's end to the next one's start
_ENDS = re.compile(r"结束|结班|完成|完工|闭幕|结业|截止|收尾")
# 自1月8日至2月20日 / 11月15日起至3月15日止: a span that runs through its last day
_SPAN_WORD = re.compile(r"^\s*(?:起)?\s*(?:至|到|—|－|-|~|～)\s*$")


def _span_days(mentions: Sequence[Any], results: Sequence[MentionCheck | None], i: int, t: _Target, text: str,
               s0: int, year: int | None) -> str | None:
    """'专项行动自1月8日至2月20日，历时44天': the days of a span whose two ends its sentence stated before the count,
    both traced — through the last day when the words join them as a span (至 / 到 / 起…至, or each date's own words
    open and close it: 7月15日开班至8月9日结班), else the days between
    two events (4月1日闭馆，9月15日重新开放，闭馆167天). A first date later in the year than the second is of the
    year before (a heating season). The formula, or None."""
    m = t.m
    if not _whole_days(m) or m.approx:
        return None
    from .spans import date_side, span_through  # (spans reads this module)

    if _GAP_WORD.search(t.clause):  # 两批之间间隔80天: from the end of the first period its sentence states (to its
        s1 = last_mark(text, "。！？!?\n", m.start) + 1  # 。, its clauses' ；) to the start of the
        if text[s1 - 1:s1] == "。" and not any(d.kind == "date" and d.start >= s1 for d in mentions[max(0, i - 8):i]):
            # 第一轮…3月3日至3月21日；第二轮…。两轮开始相隔105天: a sentence of its own over the periods just told
            s1 = last_mark(text, "。！？!?\n", s1 - 1) + 1
        dates = [j for j in range(_since(mentions, i, s1), i) if mentions[j].kind == "date"  # second, neither
                 and mentions[j].date and mentions[j].date[1] and mentions[j].date[2]  # end counted; both traced
                 and (r := results[j]) is not None and r.status in _TRACED_DATE]
        spans = [(mentions[j], mentions[k]) for j, k in zip(dates, dates[1:])
                 if span_through(text, mentions[j], mentions[k])]
        # 第一批5月20日在石渠县开始，6月3日结束…；第二批…: a ；-clause stating two dates, whatever its words, tells
        # one period by them (its start, its end)
        cuts = [k for k in range(s1, m.start) if text[k] in "；;"] + [m.start]
        for lo, hi in zip([s1] + [c + 1 for c in cuts[:-1]], cuts):
            two = [mentions[j] for j in dates if lo <= mentions[j].start < hi]
            if len(two) == 2 and (two[0], two[1]) not in spans and not any(two[0] in p or two[1] in p for p in spans):
                spans.append((two[0], two[1]))
        spans.sort(key=lambda p: p[0].start)
        # the words that name the ends: the gap's clause, and those right after it (相隔140天开班)
        said = t.clause + re.split(r"[，,；;。！？!?\n（(]", text[m.end:m.end + 4])[0]
        starts, ends = _STARTS.search(said), _ENDS.search(said)
        k = None if _FROM_TO.search(t.clause) else 0 if starts and not ends else 1 if ends and not starts else None
        event = "开始" if k == 0 else "结束"
        if k is None and len(spans) >= 2 and (em := _EVENT_GAP.search(t.clause)) is not None:
            # 两批到货相隔: the end of each period its date's own word names (第一批4月7日到货、4月16日验收)
            named = {n for p in spans for n, d in enumerate(p) if text.startswith(em["event"], d.end)}
            if len(named) != 1:
                return None  # the event is no end the periods' dates name: the days of another pair (told_days)
            k, event = named.pop(), em["event"]
        if len(spans) == 1 and k == 0:
            # 第一次3月10日至3月14日…；第二次9月15日开始，两次开始相隔: a period told by its start alone, after or before
            # the other, still has its start — the one date of the sentence outside the told period
            lone = [mentions[j] for j in dates if mentions[j] is not spans[0][0] and mentions[j] is not spans[0][1]]
            if len(lone) == 1 and date_side(text, lone[0]) == "start":
                spans = [spans[0], (lone[0], lone[0])] if lone[0].start > spans[0][1].start \
                    else [(lone[0], lone[0]), spans[0]]
        if len(spans) >= 2:
            # which ends the words name: 两次开始相隔 — the starts; 两期结束相隔 — the ends; else (第一批结束到第二批
            # 开始) the first one's end to the second one's start
            a, b = (spans[-2][k], spans[-1][k]) if k is not None else (spans[-2][1], spans[-1][0])
            gap = days_through((None, *a.date[1:3]), (None, *b.date[1:3]), year or 2023)
            if gap is None or gap - 1 != m.value:
                return None  # the words fix the two periods: no other pair of dates stands in
            return f"{a.text}至{b.text}（{f'两次{event}之间' if k is not None else '间隔，首尾两天都不计'}） = {m.value}天"
    dates = [j for j in range(_since(mentions, i, s0), i) if mentions[j].kind == "date" and mentions[j].date
             and mentions[j].date[1] and mentions[j].date[2]]
    if len(dates) < 2 or any((r := results[j]) is None or r.status not in _TRACED_DATE for j in dates[-2:]):
        return None
    a, b = mentions[dates[-2]], mentions[dates[-1]]
    days = days_through((None, *a.date[1:3]), (None, *b.date[1:3]), year or 2023)
    if days is None:
        return None

    through = span_through(text, a, b)  # 自…至…, or 于9月16日开幕，…，至12月10日闭幕
    if days - 1 + through != m.value:
        return None
    return f"{a.text}至{b.text}{'（首尾两天都计）' if through else ''} = {m.value}天"


def _days_early(mentions: Sequence[Any], results: Sequence[MentionCheck | None], i: int, t: _Target, text: str,
                s0: int, year: int | None) -> str | None:
    """'10月20日完成验收，早于10月底的时限，提前11天': days between the completion date and the deadline it beat
    (N月底 / N月末 is the month's last day), both stated in the sentence before the figure and both traced — the
    formula, or None."""
    m = t.m
    if not _whole_days(m) or (off := _OFF.search(t.clause)) is None or not off["early"]:
        return None
    deadline = done = None
    j = i - 1
    while j >= 0 and mentions[j].start >= s0:
        d = mentions[j]
        r = results[j]
        if d.kind == "date" and d.date and d.date[1] and r is not None and r.status in _TRACED_DATE:
            if deadline is None:
                if not _BEAT.search(text, max(s0, d.start - 4), d.start):
                    return None  # the last date before the figure is no deadline it beat
                deadline = d
            elif d.date[2]:
                done = d
                break
        j -= 1
    if deadline is None or done is None:
        return None
    y = year or 2023  # the report's year: only February's length depends on it
    dm, dd = deadline.date[1], deadline.date[2]
    if dd is None:
        if not deadline.text.endswith(("底", "末")):
            return None
        dd = calendar.monthrange(y, dm)[1]
    try:
        gap = (date(y, dm, dd) - date(y, done.date[1], done.date[2])).days
    except ValueError:
        return None
    if gap != m.value:
        return None
    return f"{dm}月{dd}日（{deadline.text}）− {done.text} = {gap}天"


# a date the words make a deadline: 9月30日前 / 9月底以前, or named as the plan's (原定 / 要求 / 计划 / 时限 …于)
_DEADLINE_AFTER = re.compile(r"\s*(?:之前|以前|前)")
_DEADLINE_BEFORE = re.compile(r"(?:原定|原计划|计划|要求|规定|预定|时限|期限|限定|应于|须于|需于|比|较|早于|晚于)"
                              r"[“\"]?(?:于|在)?$")


def _day_of(d: NumberMention | _Fact, written: str, year: int) -> date | None:
    """The day a date (of a text mention or a source fact) stands for as a deadline: its own day, or its month's
    last day when written 9月底 / 9月末; None for a bare month (9月前 is no day)."""
    ymd = d.date
    if not ymd or not ymd[1]:
        return None
    day = ymd[2]
    if day is None:
        if not written.rstrip("前以之").endswith(("底", "末")):
            return None
        day = calendar.monthrange(ymd[0] or year, ymd[1])[1]
    try:
        return date(ymd[0] or year, ymd[1], day)
    except ValueError:
        return None


def days_off(checker: _Checker, mentions: Sequence[Any], results: Sequence[MentionCheck | None], i: int, t: _Target,
             text: str, s0: int, year: int | None) -> tuple[str, list[_Fact]] | None:
    """'原定9月底前完成，实际于10月18日完成，推迟18天' / '于10月18日完成验收，比计划推迟18天': the days between a completion
    date its sentence states before the figure and the deadline it missed (推迟 / 超期 …: after it) or beat (提前:
    before it) — the deadline its sentence states (9月30日前, 9月底前, 原定…), else, the words naming none, the
    deadline of the source record whose result is that completion date (a form's 完成时间 indicator). Both dates
    traced. (formula, evidence) or None."""
    m = t.m
    if not _whole_days(m) or m.approx or (w := _OFF.search(t.clause)) is None:
        return None
    y = year or 2023  # the report's year: only February's length depends on it
    deadline = done = None
    for j in range(i - 1, -1, -1):
        d = mentions[j]
        if d.start < s0:
            break
        r = results[j]
        if d.kind != "date" or not d.date or not d.date[1] or r is None or r.status not in _TRACED_DATE:
            continue
        if deadline is None and (_DEADLINE_AFTER.match(text, d.end) or d.text.endswith("前")
                                 or _DEADLINE_BEFORE.search(text, max(s0, d.start - 6), d.start)):
            deadline = d
        elif done is None and d.date[2]:
            done = d
    if done is None and (done := earlier_completion(mentions, results, i, text, s0)) is None:
        return None if deadline is not None else _indicator_days_off(checker, t, text, s0, -1 if w["early"] else 1, y)
    finished = _day_of(done, done.text, y)
    if finished is None:
        return None
    sign = -1 if w["early"] else 1
    if deadline is not None:
        due = _day_of(deadline, deadline.text, y)
        if due is not None and (finished - due).days * sign == m.value:
            return _off_formula(done.text, f"{due.month}月{due.day}日（{deadline.text}）", sign, m.value), []
        return None
    for f in checker.deadlines_of(finished.month, finished.day):
        due = _day_of(f, f.written, y)
        if due is not None and (finished - due).days * sign == m.value:
            return _off_formula(done.text, f"{due.month}月{due.day}日（{f.written}）", sign, m.value), [f]
    return None


def _indicator_days_off(checker: _Checker, t: _Target, text: str, s0: int, sign: int, y: int
                        ) -> tuple[str, list[_Fact]] | None:
    """'年度资源监测报告提前10天报送' with no date in its sentence: the days between the deadline and the result date of
    the one deadline indicator its words name (two words at least, and better than any other indicator)."""
    words = (t.subj | tokens(text[s0:t.m.start])) - _ROLE_MARKS
    scored = []
    for done, due in checker.deadline_results():
        n = len(words & (done.subj - _ROLE_MARKS))
        finished, limit = _day_of(done, done.written, y), _day_of(due, due.written, y)
        if n >= 2 and finished is not None and limit is not None:
            scored.append((n, (finished - limit).days * sign, done, due))
    top = max((n for n, *_ in scored), default=0)
    best = {(d, id(a), id(b)): (d, a, b) for n, d, a, b in scored if n == top}
    if len(best) != 1:
        return None  # no indicator named, or two named as well: the words do not say whose days these are
    days, done, due = next(iter(best.values()))
    if days != t.m.value:
        return None
    day = f"{_day_of(due, due.written, y):%-m月%-d日}"
    return _off_formula(done.written, day if due.written == day else f"{day}（{due.written}）", sign, days), [done, due]


# a part of a run a figure is of: a season, a half, a quarter, a numbered batch or round
_RUN_PART = re.compile(r"[春夏秋冬]季|[上下]半年|第?[一二三四1-4]季度|第[一二三四五六七八九十\d]+[批轮期次阶]")


def _off_formula(done: str, due: str, sign: int, days: Any) -> str:
    """The days off a deadline as the later date less the earlier one (提前: the deadline less the completion)."""
    return f"{done} − {due} = {days}天" if sign > 0 else f"{due} − {done} = {days}天"


def earlier_completion(mentions: Sequence[Any], results: Sequence[MentionCheck | None], i: int, text: str,
                       s0: int) -> NumberMention | None:
    """'春季采样自3月20日启动至5月12日完成…。春季采样比“5月31日前”的要求提前19天完成': the completion date of the
    event the sentence from `s0` names, stated in an earlier sentence of its paragraph — the latest traced date there
    that closes a period (至B, B结束, B完成) in a sentence sharing two words of that event (its words before its
    first figure) and naming the same part of a run (春季 / 第二批), if it names one. None when there is none."""
    from .spans import _DONE, date_side  # (spans reads this module)

    first = next((mentions[j].start for j in range(i + 1) if mentions[j].start >= s0), mentions[i].start)
    words = tokens(text[s0:first]) - _ROLE_MARKS
    part = set(_RUN_PART.findall(text, s0, first))  # 春季采样…: the spring's completion, never the autumn's
    p0 = text.rfind("\n", 0, s0) + 1
    if len(words) < 2:
        return None
    for j in range(i - 1, -1, -1):
        d = mentions[j]
        if d.start < p0:
            break
        if d.start >= s0 or d.kind != "date" or not d.date or not d.date[1] or not d.date[2] \
                or (r := results[j]) is None or r.status not in _TRACED_DATE \
                or not (date_side(text, d) == "end" or _DONE.match(text, d.end)):
            continue
        sj = max(max(text.rfind(c, p0, d.start) for c in "。！？!?；;") + 1, p0)
        if len(words & tokens(text[sj:d.start])) >= 2 \
                and (not part or part == set(_RUN_PART.findall(text, sj, d.start))):
            return d
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
