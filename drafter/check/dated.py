"""A date is the date of the row and of the event its words name (run.py, for a date otherwise found exact).

A ledger column (开训日期, 受理日期) or a list of records' field (批次 / 放流日期) states one date per row; the planted
error of every blind corpus is a date of another row given to the row the sentence names (第二批…4月8日开训 where the
record gives 4月8日 to the 第一批; 瑶里旅游公路…6月9日受理 where 6月9日 is another project's). other_row tells the rows
apart as match._Checker.swapped does for figures: the nearest clause before the date (or, when its own clause names
nothing before it, the words right after it: 4月12日的消夏音乐会) that names a word of one row and none of the other's
decides. A sentence naming no row (两批分别于…) leaves the date alone.

other_end: a day the sources give to the end of an event (完工 / 结束 / 完成 — a 完工日期 column, a log line's 改造完工)
is no date of its start (开工 / 启动 / 受理) the text's words after it give, nor the other way round.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING, Sequence

from ..numbers import NumberMention
from ..subjects import tokens
from ._common import _ROLE_MARKS

if TYPE_CHECKING:
    from .index import SourceIndex, _Fact
    from .match import _Checker

OTHER_ROW = "来源中该日期属于另一行（另一批次、项目或场次）/ the words name another row, whose date this is"
OTHER_END = "来源中该日期是该事项另一端（开始或结束）的日期 / the source gives this date to the event's other end"

# the two ends of an event: the words that open one and those that close it (two characters each: a fact's words
# are bigrams)
_START_WORDS = ("开工", "动工", "开建", "启动", "开始", "受理", "开训", "开班", "开学", "开排", "开幕", "开园", "开赛",
                "开营", "开课", "进场", "立项")
_END_WORDS = ("完工", "竣工", "完成", "结束", "办结", "结训", "结业", "闭幕", "建成", "交付", "收官", "验收", "结题",
              "结项", "闭营", "结课", "完结")
_START, _END = frozenset(_START_WORDS), frozenset(_END_WORDS)
_SIDE_ANY = _START | _END
# words that tell no row from another: a log's records differ by their events (开工 / 完工), no row's name
_NO_NAME = _ROLE_MARKS | _START | _END
_SIDE_WORD = re.compile("|".join(_START_WORDS + _END_WORDS))
# the word right after a date that says which end it is: 于8月28日开工 / 4月16日正式开工 / 9月27日结束 — never 完成,
# which says the item named was done (实际8月完成 of a 开工时间 indicator; 完成招标), not which end
_EVENT_AFTER = re.compile(r"(?:正式|全面|顺利|如期|按期|按时|提前|才|已|即|基本|全部|陆续)?"
                          r"(?P<w>" + "|".join(_START_WORDS + _END_WORDS) + r")(?P<more>[\u4e00-\u9fff])?")
_VALUE_HEAD = re.compile(r"实际|指标值|完成值|目标值|预期|计划值")  # a form's value column: no event of its own
_SPAN_MARK = re.compile(r"\s*(?:至|到|—|－|–|~|～|-)")
_PUNCT_CUT = re.compile(r"[，,。；;：:\n、]")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:\n]")
_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_LIST_INDEX = re.compile(r"\[\d+\]")
# 比第一批晚 / 较第一期提前: the item compared with, no row the date is of
_COMPARED = re.compile(r"(?:相比|比|较|与)第?[\u4e00-\u9fff]{1,8}?(?:的|同期)?(?=晚|早|提前|推迟|延后|多|少|相比|[^\u4e00-\u9fff]|$)")
MAX_SIBLINGS = 24  # rows of one date field looked at (a long log of one field is no ledger of named rows)

# per source index: the date facts of each field (a table column, a list's key) — built once, asked per date
_FIELDS: "weakref.WeakKeyDictionary[SourceIndex, dict[tuple[int, str], list[_Fact]]]" = weakref.WeakKeyDictionary()


def _field(f: "_Fact") -> tuple[int, str] | None:
    """Which field of which source f fills: a data file's path without its list indices (鱼苗放流[].放流日期), or a
    table column's header; None for a date of a sentence or a log line (no field)."""
    if "[" in f.location and "." in f.location:
        return f.src, _LIST_INDEX.sub("[]", f.location)
    return (f.src, "§" + f.head) if f.head else None


def _dates_by_field(ix: "SourceIndex") -> dict[tuple[int, str], list["_Fact"]]:
    got = _FIELDS.get(ix)
    if got is None:
        got = _FIELDS[ix] = {}
        for f in ix.dates:
            if f.date is not None and f.date[1] and f.date[2] and f.group >= 0 and (key := _field(f)) is not None:
                got.setdefault(key, []).append(f)
    return got


def _segments(text: str, s0: int, m: NumberMention) -> list[frozenset[str]]:
    """The words that may name the date's row, nearest first: the words right after it when its own clause has none
    before it (4月12日的消夏音乐会 / 9月12日完工), then the clauses before it in its sentence (up to four)."""
    from .match import _clause_words

    before = text[s0:m.start]
    if "分别" in before:
        return []  # 两批分别于…、…: the dates of a list, each of its own row
    before = _COMPARED.sub(" ", before)
    cut = max((k.end() for k in _CLAUSE_BREAK.finditer(before)), default=0)
    segs: list[frozenset[str]] = []
    if not any(_clause_words(r) for r in _RUN.findall(before[cut:])):
        stop = _PUNCT_CUT.search(text, m.end)
        after = _RUN.search(text, m.end, stop.start() if stop else min(len(text), m.end + 40))
        if after is not None and (w := _clause_words(after[0])):
            segs.append(w)
    for run in reversed(_RUN.findall(before)):
        if (w := _clause_words(run)):
            segs.append(w)
            if len(segs) == 5:
                break
    return segs


def other_row(ix: "SourceIndex", checker: "_Checker", text: str, s0: int, m: NumberMention,
              facts: Sequence["_Fact"]) -> "_Fact | None":
    """The row (a sibling date of the same field) the sentence names instead of every fact found, else None."""
    if m.date is None or not m.date[1] or not m.date[2]:
        return None
    fields = _dates_by_field(ix)
    segs: list[frozenset[str]] | None = None
    swap = None
    for f in facts:
        key = _field(f)
        rows = fields.get(key, ()) if key is not None else ()
        if len(rows) < 2 or len(rows) > MAX_SIBLINGS:
            return None  # a date of no field, or of a long log: nothing tells it from a row
        if segs is None:
            segs = _segments(text, s0, m)
            if not segs:
                return None
        fw = _row_words(ix, checker, f)
        said = _said_side(text, m)
        pairs = []
        for g in rows:
            if g.group == f.group or g.date is None or g.date[1:] == f.date[1:]:  # type: ignore[index]
                continue
            gw = _row_words(ix, checker, g)
            if said is not None and _sides(" ".join(fw & _SIDE_ANY)) == said \
                    and _sides(" ".join(gw & _SIDE_ANY)) not in (None, said):
                continue  # …4月21日结业: the row opening the event (第一期…开班) is its other end, no other row
            mine, theirs = fw - gw - _NO_NAME, gw - fw - _NO_NAME
            if mine and theirs:
                pairs.append((g, mine, theirs))
        found = None
        for seg in segs:  # the nearest clause that tells f's row from another's decides
            if not pairs:
                break
            found = next((g for g, mine, theirs in pairs if seg & theirs and not seg & mine), None)
            if found is not None:
                break
            pairs = [p for p in pairs if not seg & p[1]]
        if found is None:
            return None  # a fact of the row the words name (or of none they tell apart): the date stands
        swap = swap or found
    return swap


def _row_words(ix: "SourceIndex", checker: "_Checker", f: "_Fact") -> frozenset[str]:
    """The words of f's row: a table row's text cells (a date cell's own words reach into the row after it: a date
    closing a ledger row is read as leading the next), else its record's (match._Checker.record_words)."""
    key = _field(f)
    cells = ix.row_cells.get(f.group) if key is not None and key[1].startswith("§") else None
    if cells:
        return tokens(*(c for _, c in cells))
    return checker.record_words(f)


def _said_side(text: str, m: NumberMention) -> str | None:
    """'start' / 'end' when the word right after the date names an end of its event (于8月28日开工 / 9月27日结束)."""
    w = _EVENT_AFTER.match(text, m.end)
    if w is None or w["w"] == "完成":  # 实际8月完成 (of 项目开工时间) / 完成招标: 完成 says the item was done, no end
        return None
    return "start" if w["w"] in _START else "end"


def _sides(words: str) -> str | None:
    """'start' / 'end' when the words name one end of an event only; '' when both; None when neither."""
    sides = {("start" if w in _START else "end") for w in _SIDE_WORD.findall(words)}
    return sides.pop() if len(sides) == 1 else "" if sides else None


def _fact_side(ix: "SourceIndex", f: "_Fact") -> str | None:
    """Which end of its event a source date is: its column's or key's words (开工日期 / 完工日期, never a form's
    实际完成值), else the words after it in its log line (2025.08.28　…改造工程完工), else — a field's date only —
    its record's words when they name one end only (完成时间 / 事项: …完工)."""
    if f.head and not _VALUE_HEAD.search(f.head):
        if (side := _sides(f.head)) is not None:
            return side or None
    if not f.head:  # a text's date: the words right after it (its sentence's words are of other dates too)
        return f.event or None
    key = _field(f)
    if key is not None and key[1].startswith("§"):  # a form's value column: the row's own cells (大厅改造完成时间)
        cells = ix.row_cells.get(f.group)
        return _sides(" ".join(c for _, c in cells)) or None if cells else None
    start, end = bool(f.subj & _START), bool(f.subj & _END)
    return "start" if start and not end else "end" if end and not start else None


def event_after(text: str, start: int, end: int, line_end: int) -> str:
    """The end of its event ('start' / 'end', '' when none or both) that the words after a source's date name, to
    the next mark in its line (a log line: 2025.08.28　…改造工程完工并通过验收); none for a span's ends (4月7日至4月18日
    在…开班: the words after the span are the whole span's event). Read while indexing (index.add_text)."""
    if _SPAN_MARK.search(text, max(0, start - 2), start) or _SPAN_MARK.match(text, end):
        return ""
    stop = _PUNCT_CUT.search(text, end, line_end)
    sides = {("start" if w in _START else "end") for w in _SIDE_WORD.findall(text, end, stop.start() if stop else line_end)}
    return sides.pop() if len(sides) == 1 else ""


def other_end(ix: "SourceIndex", text: str, m: NumberMention, facts: Sequence["_Fact"]) -> "_Fact | None":
    """A fact (the first) when the words after the date name one end of its event and every fact found is a date
    of the other end; None when any fact is of that end or of none the sources name."""
    side = _said_side(text, m)
    if side is None or not facts:
        return None
    sides = [_fact_side(ix, f) for f in facts]
    if any(s is None or s == side for s in sides):
        return None
    return facts[0]
