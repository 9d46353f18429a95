"""Limits, patterns and role marks that several stages of the checker share (the source index, the matching
and the derivations read the same role marks and unit patterns), kept here so that no stage imports a later one.
"""

from __future__ import annotations

import re
import re._constants as _sre  # (the parser's opcodes: see first_chars)
import re._parser as _sre_parse
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache

from ..numbers import COMPOUND_CI, COUNT_MEASURES, OPEN_CI, UNITS
from ..subjects import tokens
from ..units import UNIT_STATEMENT as _UNIT_STATEMENT, stated_units  # noqa: F401 — the one reader


GLOBAL_CAP = 4000       # search derivations over every record only while the sources hold fewer facts
MAX_TEXT_GROUPS = 64   # structured records cited anywhere in the text, searched for a derivation's operands
MAX_POOL = 120          # a record with more numbers than this is a list, not a record: no pairs
ONE = Decimal(1)
HUNDRED = Decimal(100)

_UNIT_LABEL = re.compile(r"^(万亿|千万|百万|万|亿|千)?(" + COMPOUND_CI + "|" + OPEN_CI + "|" + "|".join(
    re.escape(u) for u in sorted(set(UNITS) | {"%", "％"}, key=len, reverse=True)) + r")$")
_KEY_UNIT = re.compile(r"[（(]([^（()）]{1,4})[）)]\s*$")
# a unit of a material: 吨标准煤, 吨航油, 立方米污水 — tonnes or cubic metres (group 2) of what it names; as _UNIT_LABEL's groups
_MATERIAL_LABEL = re.compile(r"^(万亿|千万|百万|万|亿|千)?(吨|千克|公斤|立方米|升|千瓦时)[\u4e00-\u9fff]{1,3}$")


def last_mark(text: str, marks: str, at: int) -> int:
    """Where the last of `marks` (single characters) before `at` stands in `text`, −1 for none: what
    max(text.rfind(c, 0, at) for c in marks) gives, by bisecting the marks' places, found once a text. str.rfind of
    a mark the text never writes (！？ in most reports) reads all of the text before `at`: asked once a figure, the
    check's time grew with the square of the text's length."""
    places = _mark_places(text, marks)
    k = bisect_left(places, at)
    return places[k - 1] if k else -1


@lru_cache(maxsize=16)  # (a few texts at once: the checked text and its marks strings)
def _mark_places(text: str, marks: str) -> list[int]:
    return [m.start() for m in re.finditer("[" + re.escape(marks) + "]", text)]


def bracket_unit(label: str) -> re.Match[str] | None:
    """(scale, unit) as groups 1 and 2 of what a header's or key's brackets state: a unit (万元, 人次) or a unit of a
    material (吨标准煤 → 吨), else None."""
    return _UNIT_LABEL.match(label) or _MATERIAL_LABEL.match(label)
_SCORE_KEY = re.compile(r"score|分值|得分|总分|weight|权重", re.I)
_ROLE_PAIRS = (("actual", "budget"), ("budget", "initial"), ("actual", "target"), ("actual", "initial"))
_TOTAL_MARK = frozenset({"§合"})
# the government levels a funding line is named by (中央资金 / 州级资金 / 省级补助): one of them names a line alone
GOV_LEVELS = frozenset({"中央", "国家", "省级", "市级", "县级", "区级", "州级", "盟级", "旗级", "镇级", "乡级", "本级", "上级"})
_ROLE_MARKS = frozenset({"§执", "§预", "§率", "§分", "§初"}) | _TOTAL_MARK
_BALANCE = re.compile(r"结余|节余|结存|未执行|未支出|未使用")
_SUMS = re.compile(r"合计|共计|总计|之和|相加|两项|三项")
_HAS_DIGIT = re.compile(r"\d")
_LAST_YEAR = re.compile(r"上年|去年|上一年|前一年")  # (上半年 is no year: it holds 上半)
_SPACES = re.compile(r"[ \u3000]+")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2}")
_AFTER = "\x00"  # in near_text: what precedes is the sentence before the fact, what follows is after it

_SUM_OF = re.compile(r"([\u4e00-\u9fff]{1,10})(?:和|与|及|、)([\u4e00-\u9fff]{1,10}?)(?:共|合计|共计|总计)$")
_BASE = re.compile(r"(?:是|为|相当于)([\u4e00-\u9fff]{1,12}?)的$")
# a field named for what it counts: 培训人次 → 人次, 场次 → 场次, 发放户数 → 户
_KEY_COUNT = re.compile(r"(人次|家次|户次|[" + COUNT_MEASURES + r"]次)$|([" + COUNT_MEASURES + r"天])数$")


# a whole of everything (总支出 / 全部支出 / 整体支出 / 全年支出 / 年终结余): the root of the sources' part-whole tree, never a
# breakdown's 合计 that is one line of it (全年项目支出 / 项目支出总额 name a line: of the year, of the line)
# 全团 / 全所 / 全中心: all of the unit (its own kind's last word), never a 全市 / 全县 of the region it serves
EVERYTHING = re.compile(r"^(?:总|全部|全体|所有|整体|年终|年末|全(?:[团院所站馆局队厂校园台处室]|中心))"
                        r"|^全年(?:实际)?(?:支出|执行|经费|资金)(?:数|额|总额)?的?$")


# The comparison vocabulary, one table for every stage that reads how a figure is set against another (match: the
# base a change is on, the side of its target, the item a difference names; shares: the gap between two items'
# rates; relations: the base a sentence states): each word and its side — "+" the subject above, more than or beyond
# what it is compared with (高于 / 超出 / 领先), "−" below, less than or short of it (低于 / 少于 / 不足 / 落后), "time" a
# time or a pace against another (快于 / 早于 / 短于: whether that is more or less depends on what is measured),
# "than" a comparison whose direction follows (比 / 较), "with" one that needs 相比 after what it names (与 / 同).
COMPARATIVES: dict[str, str] = {
    "高于": "+", "高出": "+", "超出": "+", "超过": "+", "多于": "+", "领先于": "+", "领先": "+",
    "低于": "−", "少于": "−", "不足": "−", "落后于": "−", "落后": "−",
    "快于": "time", "慢于": "time", "早于": "time", "晚于": "time", "短于": "time", "长于": "time",
    "比": "than", "较": "than", "与": "with", "同": "with",
}


def comparatives(*sides: str) -> str:
    """The comparison words of these sides as a regular-expression alternation, longest first (领先于 before 领先)."""
    return "|".join(sorted((w for w, side in COMPARATIVES.items() if side in sides), key=len, reverse=True))


# 办结时限缩短6个工作日 / 反馈期限提前3天: a gap to the limit the words name with no 比 before it, read as 比时限缩短 —
# the level itself (9个工作日 under ≤15) is no such gap
_LIMIT_GAP = re.compile(r"(?<![比较])(时限|期限)(?=(?:缩短|压缩|减少|提前|节省|节约|加快|快)了?$)")


def limit_compared(clause: str) -> str:
    """The clause before a figure, with 比 put before a limit its words shorten (时限缩短 → 比时限缩短)."""
    if "时限" not in clause and "期限" not in clause or "比" in clause or "较" in clause:
        return clause
    return _LIMIT_GAP.sub(r"比\1", clause, count=1)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, read from the pattern itself; None when a match may be
    empty or start with a class too wide to list (\\d, [^…], ., a range of CJK): then no one-character test rules a
    match out. A hot regex tried where its first character rarely stands is skipped by one set look-up instead."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        chars, empty = _firsts(_sre_parse.parse(pattern.pattern, pattern.flags))
    except _TooWide:
        return None
    return None if empty else frozenset(chars)


def first_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A one-character class of where a match of `pattern` can start (search a window with it before walking the
    window with `pattern`); a pattern that matches anywhere when first_chars cannot tell."""
    chars = first_chars(pattern)
    return re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") if chars else re.compile("")


class _TooWide(Exception):
    pass


def _firsts(items: "_sre_parse.SubPattern | list") -> tuple[set[str], bool]:
    """(first characters, whether it may match empty) of a parsed sequence."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        out |= chars
        if not empty:
            return out, False
    return out, True


def _first_of(op: object, av: object) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is _sre.IN:
        chars = set()
        for kind, arg in av:  # type: ignore[attr-defined]
            if kind is _sre.LITERAL:
                chars.add(chr(arg))
            elif kind is _sre.RANGE and arg[1] - arg[0] <= 64:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            else:  # NEGATE, CATEGORY (\\d, \\w) or a wide range
                raise _TooWide
        return chars, False
    if op is _sre.BRANCH:
        chars, empty = set(), False
        for alt in av[1]:  # type: ignore[index]
            c, e = _firsts(alt)
            chars |= c
            empty = empty or e
        return chars, empty
    if op is _sre.SUBPATTERN:
        return _firsts(av[-1])  # type: ignore[index]
    if op is _sre.ATOMIC_GROUP:
        return _firsts(av)  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, _, sub = av  # type: ignore[misc]
        chars, empty = _firsts(sub)
        return chars, empty or lo == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return set(), True  # zero-width: what follows it starts the match (a look-ahead only narrows it)
    raise _TooWide  # ANY, NOT_LITERAL, a back-reference …


# a unit's own name, as reports open with it (天水市秦州区学生资助管理中心 / 建德市通用机场管理站): places, then what the
# unit is — its words name the unit, so the whole, never the funding line that shares them (学生资助补助)
_UNIT_NAME = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?(?:省|市|州|盟|县|区|旗|镇|乡|街道))+[\u4e00-\u9fff]{1,12}?"
                        r"(?:中心|局|站|所|院|馆|办公室|委员会|管理处|处|大队|支队|学校|中学|小学|医院|协会|学会|联合会|社|场|台)"
                        r"(?![\u4e00-\u9fff]{0,2}(?:资金|经费|补助|拨款|专项))")


_PLACE_WORD = re.compile(r"[省市州盟县区旗镇乡]")  # a unit's name holds one (街道 names hold 区 / 市 before it)


def without_unit_names(clause: str) -> str:
    """The clause with the names of units taken out: the words left name lines, items, roles."""
    return _UNIT_NAME.sub(" ", clause) if _PLACE_WORD.search(clause) else clause


def unit_name_words(clause: str) -> frozenset[str]:
    """The words only a unit's name in the clause holds (营商环境 of 宿城区营商环境服务中心): they name the unit, never
    a line or item that shares them (省级营商环境优化专项)."""
    if not _PLACE_WORD.search(clause):
        return frozenset()
    return tokens(clause) - tokens(without_unit_names(clause))
