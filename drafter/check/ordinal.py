"""The numbered occurrence of a dated event (issue 10): 第二次演练于5月17日 names the second drill, and a source that
numbers the occurrences (火山灾害防范演练第一次5月17日、第二次9月21日 / a log's 第一次…督查 entry) gives each its own
date — the first's date is no date of the second (the commonest planted error of a dated event)."""

from __future__ import annotations

import re

from ..numbers import _int_any
from .index import _Fact

_NTH = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})次")
_CUT = re.compile(r"[，,；;。：:、\n]")
_MARK = "\x00"  # where a fact stands in its near_text (index.py)

OTHER_TIME = ("来源中该日期属于该事项的另一次（第几次不符）/ the source gives this date for another occurrence of the "
              "event (the words number it otherwise)")


def _last_nth(piece: str) -> int | None:
    got = None
    for got in _NTH.finditer(piece):
        pass
    return _int_any(got[1]) if got is not None else None


def nth_said(text: str, s0: int, pos: int) -> int | None:
    """The occurrence (2 for 第二次) the clause right before a date names, or None."""
    if "第" not in text[max(s0, pos - 40):pos]:  # (most dates: no ordinal before them, nothing more is read)
        return None
    cut = None
    for cut in _CUT.finditer(text, max(s0, pos - 40), pos):
        pass
    return _last_nth(text[cut.end() if cut is not None else max(s0, pos - 40):pos])


def nth_of(f: _Fact) -> int | None:
    """The occurrence a source numbers the date fact f as: 第一次 in its clause right before it, else in the words
    right after it up to the clause's end (a log entry: 2024-03-06  第一次…督查), else — for a date that is a clause of
    its own at its sentence's start — at the opening of the next clause (5月8日，第一次野外调查…); None when it numbers
    none."""
    near, k, w = f.near_text, f.near_text.find(_MARK), 1  # (its sentence, until match._near spends it; then the
    if k < 0:                                               # snippet around it)
        near, k, w = f.snippet, f.snippet.find(f.written), len(f.written)
    if k < 0 or "第" not in near:
        return None
    before = near[:k]
    cut = None
    for cut in _CUT.finditer(before):
        pass
    lead = before[cut.end() if cut is not None else 0:]
    got = _last_nth(lead)
    if got is None:
        after = _CUT.split(near[k + w:], 2)
        m = _NTH.search(after[0])
        if m is None and not after[0].strip() and not lead.strip() and len(after) > 1:
            m = _NTH.match(after[1].lstrip())  # 5月8日，第一次野外调查…: a date opening its line leads the event after it
        got = _int_any(m[1]) if m is not None else None
    return got
