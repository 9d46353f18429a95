"""The days a source span lasts (see SourceIndex._link_spans: 自A至B, A起至B止, A—B, "A：启动…，至B结束" pair their
two dates as one period of one event): "“夏季送清凉”专项行动历时62天" is derived from the log's 7月1日 … 至8月31日 when
the sentence names that event and states no other dates.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import NumberMention
from ..subjects import tokens
from ._common import _ROLE_MARKS
from .dates import _SPAN_WORD, _TRACED_DATE, _whole_days, days_through
from .index import SourceIndex, _Fact
from .match import _lead, _Target
from .models import MentionCheck
from .roles import _last_batch, _part_of
from .rounding import _close

_OFF_OR_GAP = re.compile(r"(?:提前|推迟|延迟|延期|延后|滞后|超期|逾期|缩短|延长|节省|节约|压缩|早|晚|快|慢)了?$")
# the months a season's campaign may start in (a month of leeway before it: 秋季造林 from late August)
_SEASON = re.compile(r"[春夏秋冬]季")
_SEASON_MONTHS = {"春季": frozenset({2, 3, 4, 5}), "夏季": frozenset({5, 6, 7, 8}), "秋季": frozenset({8, 9, 10, 11}),
                  "冬季": frozenset({11, 12, 1, 2})}
_NO_EVENT = frozenset({"至", "日至", "起至", "结束", "开始", "期间", "历时", "持续", "共计", "累计"})


def source_span_days(index: SourceIndex, t: _Target, text: str, s0: int, mentions: Sequence[NumberMention],
                     i: int) -> tuple[str, _Fact, _Fact] | None:
    """(formula, start, end) of the source span whose days a whole count of days is, when the words of its
    sentence before it name the span's event (two words at least) and the dates the sentence states before it,
    if any, are the span's own; the best-named span of that length, or None."""
    m = t.m
    if not index.spans or not _whole_days(m) or m.approx or _OFF_OR_GAP.search(t.clause):
        return None  # 提前12天完成 / 缩短3天: days off a deadline or a gap, never the length of the work
    own = {d.date[1:] for d in mentions[:i] if d.kind == "date" and d.date and d.start >= s0}
    words = (t.subj | tokens(text[s0:m.start])) - _ROLE_MARKS - _NO_EVENT
    seasons = {_SEASON_MONTHS[w] for w in _SEASON.findall(text, s0, m.start)}
    batch = _last_batch(text[s0:m.start])  # 第一轮…共19天: the round the words name, never another round's span
    best: tuple[int, _Fact, _Fact] | None = None
    for a, b in index.spans:
        if own and own != {a.date[1:], b.date[1:]}:  # type: ignore[index]
            continue
        if batch is not None and _part_of(a, None, batch) == "other":
            continue
        if seasons and not any(a.date[1] in months for months in seasons):  # type: ignore[index]
            continue  # 秋季造林共52天 is no length of the spring campaign (3月20日至5月10日)
        n = len(words & (a.subj - _NO_EVENT))
        if n >= 2 and (best is None or n > best[0]) and days_through(a.date, b.date, index.year_now) == m.value:
            best = (n, a, b)
    if best is None:
        return None
    _, a, b = best
    return f"{a.written}至{b.written}（首尾两天都计） = {m.value}{m.unit}", a, b


# a text date that opens a period (于5月1日启动, 自5月1日至…) or closes one (至9月16日, 于9月16日结束)
_OPENS = re.compile(r"\s*(?:起\s*)?(?:至|到|—|－|~|～)|\s*(?:起|开始|启动|开工|开班|开课|开训|开营|开赛|开幕|开园|开馆|开放|启用|开通|投用)")
_CLOSES = re.compile(r"\s*(?:止|结束|截止|结班|结课|结训|结业|闭营|闭幕|闭园|闭馆|完工|竣工|收官)")
# 3月4日开始，4月12日完成: the completion closes a period its first date opened (a completion alone closes none)
_DONE = re.compile(r"\s*(?:全部|全面|顺利|基本)?(?:完成|办结)")
_CLOSING_JOIN = ("至", "到", "—", "－", "~", "～")


def date_side(text: str, m: NumberMention) -> str | None:
    """'start' for a text date its words make a period's start (自 / 从 before it, or 起 / 开始 … after), 'end' for one
    they make its end, else None."""
    if _OPENS.match(text, m.end) or text[max(0, m.start - 1):m.start] in ("自", "从"):
        return "start"
    if text[max(0, m.start - 2): m.start].rstrip().endswith(_CLOSING_JOIN) or _CLOSES.match(text, m.end):
        return "end"
    return None


def other_side(index: SourceIndex, f: _Fact, side: str) -> bool:
    """Is f only the other end of the sources' spans than `side` (the end of a campaign for a date said to start
    one)? A date that starts one span and ends another is either."""
    ends = {("start" if a is f else "end") for a, b, why in index.partners.get(id(f), ()) if why == "span"}
    return bool(ends) and side not in ends


def span_through(text: str, a: NumberMention, b: NumberMention) -> bool:
    """Do the words make the dates a and b (a first) one period, run through its last day — joined as a span (自A至B,
    A起至B止, A—B) or each opened and closed by its own words (A开班…至B结课, 于A开幕，…，至B闭幕, A开始，B完成)?"""
    return bool(_SPAN_WORD.match(text[a.end:b.start].replace("日", ""))) \
        or (date_side(text, a) == "start" and (date_side(text, b) == "end" or bool(_DONE.match(text, b.end))))


_BRACKET_OPEN = re.compile(r"\s*[（(]")


def bracketed_span_days(mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], i: int, t: _Target,
                        text: str, year: int | None) -> str | None:
    """'检修历时29天（4月8日至5月6日）': a count of whole days with its period in a bracket right after it — two dates
    the checker traced, joined as one period (see span_through) — is that period's days, both ends counted. The
    formula, or None."""
    m = t.m
    if not _whole_days(m) or m.approx or (bm := _BRACKET_OPEN.match(text, m.end)) is None:
        return None
    close = min((k for k in (text.find("）", bm.end()), text.find(")", bm.end())) if k >= 0), default=-1)
    dates = [j for j in range(i + 1, min(i + 3, len(mentions))) if mentions[j].end <= close]
    if len(dates) != 2 or any((d := mentions[j]).kind != "date" or not d.date or not d.date[1] or not d.date[2]
                              or (r := results[j]) is None or r.status not in _TRACED_DATE for j in dates):
        return None
    a, b = mentions[dates[0]], mentions[dates[1]]
    if not span_through(text, a, b) or days_through((None, *a.date[1:3]), (None, *b.date[1:3]), year or 2023) != m.value:
        return None
    return f"{a.text}至{b.text}（首尾两天都计） = {m.value}天"


# 日均 / 每天 / 平均每日 …: a figure per day of the period its sentence states
_PER_DAY = re.compile(r"(?:日均|天均|每天|每日|平均每天|平均每日)[^，,；;。\d]{0,8}$")


def daily_total(index: SourceIndex, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], i: int,
                t: _Target, text: str, s0: int) -> tuple[str, _Fact] | None:
    """'专项行动自5月8日启动，至6月30日结束，历时54天，日均清理36.04家': a daily average over the days its sentence states
    before it (a count of days the checker traced, else the span of two traced dates its words join) of a total the
    sources give for the event the sentence names (two of its words at least; the log's 累计清理1946家) and for what
    the average counts (日均清理: 清理). The total's
    look-up is one window of its unit family: (formula, total) or None."""
    m = t.m
    if m.approx or m.hi is not None or t.family in ("%", "pt", "倍", "") or "日" not in t.clause and "天" not in t.clause \
            or (per := _PER_DAY.search(t.clause)) is None:
        return None
    # what it counts (日均清理 → 清理): the total must be of that, not only of the event (日均修裱 is no 扫描)
    what = tokens(re.sub(r"^(?:日均|天均|每天|每日|平均每天|平均每日)", "", per.group())) - _ROLE_MARKS
    fam = index.family(t.family)
    if fam is None:
        return None
    days = None
    dates: list[NumberMention] = []
    for j in range(i - 1, -1, -1):
        d = mentions[j]
        if d.start < s0:
            break
        r = results[j]
        if r is None or r.status not in _TRACED_DATE + ("derived",):
            continue
        if _whole_days(d) and not d.approx:
            days = d.value
            break
        if d.kind == "date" and d.date and d.date[1] and d.date[2]:
            dates.append(d)
    if days is None and len(dates) >= 2:
        b, a = dates[0], dates[1]
        if span_through(text, a, b):
            days = days_through((None, *a.date[1:3]), (None, *b.date[1:3]), index.year_now or 2023)
    if not days:
        return None
    words = tokens(text[s0:m.start]) - _ROLE_MARKS - _NO_EVENT
    half = t.q / 2
    for f in fam.window(float((t.x - half) * days), float((t.x + half) * days)):
        if f.role == "target" or f.approx or f.hi_mag is not None or len(words & (named := f.subj | _lead(f))) < 2 \
                or (what and not what & named):
            continue
        if _close(f.mag / days, t.x, t.q) is not None:
            return f"{f.written} ÷ {days}天 = {m.text}", f
    return None
