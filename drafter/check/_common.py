"""Limits, patterns and role marks that several stages of the checker share (the source index, the matching
and the derivations read the same role marks and unit patterns), kept here so that no stage imports a later one.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..numbers import COMPOUND_CI, COUNT_MEASURES, UNITS


GLOBAL_CAP = 4000       # search derivations over every record only while the sources hold fewer facts
MAX_TEXT_GROUPS = 64   # structured records cited anywhere in the text, searched for a derivation's operands
MAX_POOL = 120          # a record with more numbers than this is a list, not a record: no pairs
ONE = Decimal(1)
HUNDRED = Decimal(100)

_UNIT_LABEL = re.compile(r"^(万亿|千万|百万|万|亿|千)?(" + COMPOUND_CI + "|" + "|".join(
    re.escape(u) for u in sorted(set(UNITS) | {"%", "％"}, key=len, reverse=True)) + r")$")
_KEY_UNIT = re.compile(r"[（(]([^（()）]{1,4})[）)]\s*$")
_SCORE_KEY = re.compile(r"score|分值|得分|总分|weight|权重", re.I)
_ROLE_PAIRS = (("actual", "budget"), ("budget", "initial"), ("actual", "target"), ("actual", "initial"))
_TOTAL_MARK = frozenset({"§合"})
_ROLE_MARKS = frozenset({"§执", "§预", "§率", "§分", "§初"}) | _TOTAL_MARK
_BALANCE = re.compile(r"结余|节余|结存|未执行|未支出|未使用")
_SUMS = re.compile(r"合计|共计|总计|之和|相加|两项|三项")
_HAS_DIGIT = re.compile(r"\d")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
# A statement of the money unit, however a form or ledger words it: 单位：万元, （金额单位：人民币万元）, 资金单位: 亿元,
# 计量单位：千元, 本表金额单位为万元. Not 单位：元/头 (a price's unit), not 填报单位：某局 (no unit follows).
_UNIT_STATEMENT = re.compile(r"[（(]?[ \u3000]*(?:金额|资金|计量)?单位[ \u3000]*(?:[:：]|均?为)[ \u3000]*(?:人民币)?"
                             r"(亿元|万元|千元|元)(?![\u4e00-\u9fff/／A-Za-z0-9])[ \u3000]*[）)]?")
_CAPTION_TITLE = re.compile(r"[^\t。；;，,]{0,30}")


def stated_units(text: str) -> list[tuple[int, str, bool]]:
    """Each statement of the money unit in a text: (offset of its line, or of its caption, unit, whether it
    states its own table's unit only). The one reader of such statements (text tables, a sheet's first row, a
    PDF page line, a data file's comments and text fields). Scope, applied by the source index: a statement
    applies to the tables (or the data file) after it until the next statement; one in brackets at the end of a
    title ("表2 支出明细（金额单位：元）", "## 三、经费（单位：万元）") is that table's caption and states its unit
    only. It gives amounts their unit: a column that counts or rates something keeps its own."""
    out: list[tuple[int, str, bool]] = []
    if "单位" not in text:
        return out
    for m in _UNIT_STATEMENT.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        title = text[ls:m.start()].strip(" \t\u3000#")
        caption = (bool(title) and m.group().startswith(("（", "(")) and m.group().endswith(("）", ")"))
                   and not text[m.end():le].strip() and _CAPTION_TITLE.fullmatch(title) is not None)
        out.append((ls, m[1], caption))
    return out


_AFTER = "\x00"  # in near_text: what precedes is the sentence before the fact, what follows is after it

_SUM_OF = re.compile(r"([\u4e00-\u9fff]{1,10})(?:和|与|及|、)([\u4e00-\u9fff]{1,10}?)(?:共|合计|共计|总计)$")
_BASE = re.compile(r"(?:是|为|相当于)([\u4e00-\u9fff]{1,12}?)的$")
# a field named for what it counts: 培训人次 → 人次, 场次 → 场次, 发放户数 → 户
_KEY_COUNT = re.compile(r"(人次|家次|户次|[" + COUNT_MEASURES + r"]次)$|([" + COUNT_MEASURES + r"天])数$")
