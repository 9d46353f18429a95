"""Parts of the year as qualifiers of a figure (CHECKER principle 4): a table's column or row named for a quarter, a
half or a month (一季度, 第四季度, 上半年, 3月份, 1-6月) holds that period's figures; the words of the text say which
period a figure is of (全年…, 第三季度…, 下半年…). A period is written as its months, "7-9"."""

from __future__ import annotations

import re
from functools import lru_cache

_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTH = r"(1[0-2]|[1-9])"
# a column or a row label that is a period, at the end of its words (入场人次一季度, 2025年1-6月, 3月份（件）)
_PERIOD = re.compile(r"(?:第?([一二三四1-4])季度|([上下])半年|" + _MONTH + r"\s*[-—~～至]\s*" + _MONTH + r"月份?|"
                     r"(?<![\d年])" + _MONTH + r"月份?)$")
_UNIT_TAIL = re.compile(r"\s*[（(][^（()）]{1,6}[）)]\s*$")
# the words of a text that give a figure a period, the last one before it in its clause (a single month is a date
# there — 3月开展… — unless written 3月份)
_SAID = re.compile(r"全年度?|第?([一二三四1-4])季度|([上下])半年|" + _MONTH + r"\s*[-—~～至]\s*" + _MONTH + r"月份?|"
                   r"(?<![\d年])" + _MONTH + r"月份")


def _months(m: re.Match[str]) -> str:
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
