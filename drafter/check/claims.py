"""Stage 5, after every figure has its verdict: a comparison word between two figures the sources bear out is a
claim of its own. "样品检测合格率93.8%，高于95%的目标" states two true figures and a false relation — the reviewer's
commonest complaint after a wrong number (a target missed, written as met). The figure compared with (95%) is
flagged, with the reason, when the word's side (_common.COMPARATIVES: 高于 / 超过 / 超出 need the level above, 低于 /
不足 / 未达到 below) contradicts the two values.

Only a comparison with a planned or earlier figure (的目标 / 的要求 / 上年的 …) is read, between the level stated right
before the word and the figure right after it, both traced, in one unit: a plain 超过95% is an approximation, and a
level compared with a figure the text does not state is matched elsewhere (match: the side of its target). Dates
against deadlines are judged where they are traced (match: a date the source gives after its deadline).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from typing import Any, Sequence

from ..numbers import NumberMention
from ..subjects import clause_before, direction
from ._common import COMPARATIVES, comparatives, first_class
from ._common import last_mark
from .context import _share_whole
from .rounding import _approx_ok, degree_reach, written_step

_SUPPORTED = frozenset({"exact", "converted", "rounded", "approximate", "derived"})
# what the figure after the word is: a planned or an earlier figure (高于95%的目标 / 高于目标值95% / 低于上年的…)
_BASE_WORD = r"(?:年度|全年)?(?:目标|要求|标准|计划|预期|指标值|控制线|上限|下限|考核值)值?|上年|去年|同期"
# (超过了40所的目标: the word with its 了; 达到36块的目标 claims the level reached it)
_HEAD = re.compile(r"(?P<w>" + comparatives("+", "−") + r"|未达到|未达|没有达到|超额完成|未完成|没有完成|达到)了?$")
_TAIL = re.compile(r"[”\"」]?的?(?:" + _BASE_WORD + ")")
_RATIO_AFTER = re.compile(r"的?[\d百]")
_OWN_WORD = re.compile(comparatives("+", "−"))  # 超过95%的目标: the word read as the figure's own approximation
_BETWEEN = re.compile(r"[，,]?[\u4e00-\u9fff]{0,3}[，,]?$")  # 93.8%，高于 / 93.8%，仍低于: nothing stated between
# 超额完成≥92%的目标 / 高于“≧95%”的目标: the form's bound sign (and an opening quote) copied in before the figure
_BOUND_BEFORE = re.compile(r"[“\"「]?[≥≤≧≦＞＜><]?$")
# 高于自治区财政资金的94.64%: the figure compared with is another subject's, named before it (no plan or year after it)
_NAMED_BASE = re.compile(r"(?P<w>" + comparatives("+", "−") + r")(?P<base>[\u4e00-\u9fff]{2,14}?)的$")
_COMPARED = re.compile(r"(?:比|较|" + comparatives("+", "−", "time") + r")[^，,。；;]{0,8}$")  # 比上年91.3分
# 比上年的94.1% / 较2024年同期: a base of an earlier year the level is compared with, then a change word and no figure
_THAN = re.compile(r"(?:比|较|与)(?:上年|去年|上一年|同期|(?:19|20)\d\d年)(?:同期)?的?$")
# where a match of each can start: a window without one is passed over by one search of a character class
_HEAD_AT, _THAN_AT = first_class(_HEAD), first_class(_THAN)
_MOVED = re.compile(r"(?:相比)?[，,]?(?:有所|进一步|明显|略有|稍有|大幅|显著|均|又|再|继续|持续)?"
                    r"(?P<w>提高|提升|增长|增加|上升|升高|下降|降低|减少|回落)了?(?![\d一二三四五六七八九十两])")
_SIDE = {**{w: s for w, s in COMPARATIVES.items() if s in ("+", "−")}, "未达到": "−", "未达": "−", "没有达到": "−",
         # 超额完成110场的目标 claims the level above it, 未完成 below
         "超额完成": "+", "超额完成了": "+", "未完成": "−", "没有完成": "−", "达到": "reach",
         **dict.fromkeys(("提高", "提升", "增长", "增加", "上升", "升高"), "+"),
         **dict.fromkeys(("下降", "降低", "减少", "回落"), "−")}


# a base named as a time is a change's (高于上半年的 / 低于去年同期的): read by the change words, not as another subject
_BASE_OF_TIME = re.compile(r"年|月|季度|同期|期间")


_TIME_UNITS = frozenset({"天", "日", "工作日", "小时", "分钟", "月", "周", "秒", "年"})


def contradicted_comparisons(text: str, mentions: Sequence[NumberMention], results: list[Any]) -> None:
    """Mark unsupported, in place, each traced figure a comparison word sets against the traced level right before
    it when the word's side contradicts their values."""
    for j in range(1, len(mentions)):
        b, rb = mentions[j], results[j]
        if rb.status not in _SUPPORTED or b.value is None or b.kind == "date" or b.hi is not None:
            continue
        own = _OWN_WORD.match(text, b.start) if b.approx else None
        if own is not None:  # 超过95%的目标: its word is the comparison, if a target follows
            if not _TAIL.match(text, b.end):
                continue
            word, at = own.group(), b.start
        # (the words after the figure first: a match anchored there fails at once, most figures are followed by neither)
        elif not b.approx and (moved := _MOVED.match(text, b.end)) is not None \
                and _THAN_AT.search(text, max(0, b.start - 12), b.start) \
                and (than := _THAN.search(text, max(0, b.start - 12), b.start)) is not None:
            word, at = moved["w"], than.start()  # 比上年的94.1%有所提高: the change word after the base says the side
        else:
            if b.approx:
                continue
            end = _BOUND_BEFORE.search(text, max(0, b.start - 2), b.start).start()
            if not (tail := _TAIL.match(text, b.end)):
                named = _NAMED_BASE.search(text, max(0, end - 24), end)
                if named is None or _BASE_OF_TIME.search(named["base"]):
                    continue
                word, at = named["w"], named.start()  # 高于自治区财政资金的94.64%
            else:
                if _RATIO_AFTER.match(text, tail.end()):
                    continue  # (达到300人目标的87.33%: a completion rate, no claim)
                head = _HEAD.search(text, max(0, end - 16), end) if _HEAD_AT.search(text, max(0, end - 16), end) else None
                if head is None:
                    continue  # (高于目标6.3个百分点 states the gap, not what it is compared with)
                word, at = head["w"], head.start()
        i = j - 1
        while i >= 0 and mentions[i].ignored:
            i -= 1
        if i < 0:
            continue
        a, ra = mentions[i], results[i]
        if ra.status not in _SUPPORTED or a.value is None or a.approx or a.kind == "date" or a.hi is not None \
                or a.base_unit != b.base_unit or not _BETWEEN.fullmatch(text, a.end, at):
            continue
        before = clause_before(text, a.start)
        if direction(before) or _COMPARED.search(before):
            continue  # 比上年91.3分提高1.3分，高于90分的目标: a change or a base, not the level compared
        side = _SIDE.get(word)
        if side == "reach":  # 达到 a bound on time (≤5个工作日) is reached from below: only a count or rate is read
            side = None if b.base_unit in _TIME_UNITS else "+"
        above = a.magnitude > b.magnitude
        if side is None or a.magnitude == b.magnitude or above == (side == "+"):
            continue
        rb.__dict__.update(status="unsupported", formula=None, alternatives=[],
                           reason=f"文中称{a.text}{word}{b.text}，但{a.text}{'高于' if above else '低于'}{b.text} / the "
                                  f"comparison word contradicts the two figures")


# 36场，超额完成年度目标 / 96.5%，达到年度目标 / 326人次，未完成年度目标: a claim on the target with no figure of it
_CLAIM_AFTER = re.compile(r"[，,]?(?:已经|已|均|全面|顺利|圆满|基本)?(?P<w>超额完成|完成|达到|实现|未完成|未达到|未实现|没有完成|"
                          r"没有达到|没能完成|未能完成|未能达到)了?(?:(?:年度|全年|预期|计划|既定|年初)?(?:绩效)?(?:目标|指标)"
                          r"(?:值|任务|要求)?|(?:年度|全年)?[\u4e00-\u9fff]{0,4}?任务)(?![\d一二三四五六七八九十两“”\"的])")
# (超额完成培训任务 / 完成全年改造任务: the indicator's task, its target the record's)
_CLAIM_SIDE = {"超额完成": "over", "未完成": "missed", "未达到": "missed", "未实现": "missed", "没有完成": "missed",
               "没有达到": "missed", "没能完成": "missed", "未能完成": "missed", "未能达到": "missed"}
_BOUNDS = {"≥": (1, False), ">": (1, True), "≤": (-1, False), "<": (-1, True)}  # its direction, strict
MAX_RECORD = 16  # facts of a record read for its target (a long record is a whole file's fields, no indicator)


def unmet_claims(text: str, mentions: Sequence[NumberMention], results: list[Any], direct: dict[int, Sequence[Any]],
                 groups: Sequence[Sequence[Any]]) -> None:
    """Mark unsupported, in place, each traced level followed by a claim on its target that writes no figure of it
    (超额完成年度目标 / 达到年度目标 / 未完成年度目标) when the target of the indicator record it was traced to says
    otherwise: 52所，超额完成年度目标 where the record's target is ≥60所. `direct`: mention index → the facts its
    direct match found; `groups`: the index's records."""
    if "目标" not in text and "指标" not in text:
        return
    for i, facts in direct.items():
        m, r = mentions[i], results[i]
        if r is None or r.status not in _SUPPORTED or m.value is None or m.approx or m.hi is not None \
                or m.kind == "date" or (said := _CLAIM_AFTER.match(text, m.end)) is None:
            continue
        side = _CLAIM_SIDE.get(said["w"], "met")
        verdicts = []
        for f in facts:
            if f.role == "target" or not 0 <= f.group < len(groups) or len(groups[f.group]) > MAX_RECORD:
                continue
            targets = [g for g in groups[f.group] if g is not f and g.role == "target" and g.family == f.family
                       and g.date is None and g.hi_mag is None and (g.approx in _BOUNDS
                                                                    or side == "over" and g.approx is None)]
            if len(targets) != 1:
                continue
            # a plain target (60个) is one to reach, as the drafts read it (schema.target_met); judged only for
            # 超额完成: a plain ceiling (施药面积 50亩) may be what 达到 / 未完成 are said of
            sign, strict = _BOUNDS.get(targets[0].approx, (1, False))
            gap = (f.mag - targets[0].mag) * sign
            met = gap > 0 if strict else gap >= 0
            verdicts.append((met if side != "over" else gap > 0, targets[0]))
        if not verdicts or any(ok == (side != "missed") for ok, _ in verdicts):
            continue
        t = verdicts[0][1]
        r.__dict__.update(status="unsupported", formula=None, alternatives=[], reason=(
            f"文中称{m.text}{said['w']}目标，但来源中该指标的目标为{t.approx or ''}{t.written} / the claim on the target "
            f"contradicts the indicator's target {t.approx or ''}{t.written}"))


# 占 / 占比 / 占比为 at the end of a share's clause: the share's own words are what is before them
_SHARE_WORDS = re.compile(r"占(?:比|比重|比例)?(?:为|达|达到)?$")
# one part over one whole (a whole the text summed written after it in brackets), nothing else added or taken
_QUOTIENT = re.compile(r"^[^÷+−×（]+ ÷ [^÷+−×（]+(?:（[^（）÷×]*）)? × 100% = ")
_WORDED_FRACTION = re.compile(r"^\D{0,3}?[一二三四五六七八九十]分之")  # 超过三分之一: read at 5 points (stated.py)
_FRACTION_STEP = Decimal(5)
_TEXT_SOURCE = "本文"  # a figure the text told (本文 / this text): no record of the sources
_ROW_CELLS = re.compile(r"\t|\||\S\s{2,}\S")  # a line of a table: its cells apart (tab, pipe, a run of spaces)
RESTATED_SHARE = "文中前面已给出该项的占比"


def _record(e: Any) -> tuple[str, str] | None:
    """Where a part's figure sits, as a row of its source: a listed record's path (专线[2].班次 → 专线[2]), a table
    row's line or cell range; None for a figure the text told or a line of prose (a sentence is no row)."""
    if e.source.startswith(_TEXT_SOURCE):
        return None
    loc = e.location
    if (k := loc.rfind("].")) >= 0:
        return e.source, loc[:k + 1]
    if loc.startswith("line ") and not _ROW_CELLS.search(e.text):
        return None
    return e.source, loc


def _share_value(m: NumberMention) -> tuple[Decimal, Decimal] | None:
    """(value in %, the step its word allows) of a share mention: 29.40% / 接近三成 / 超过三分之一; None for no rate."""
    if m.value is None or m.base_unit not in ("%", "成"):
        return None
    factor = Decimal(10) if m.base_unit == "成" else Decimal(1)
    if m.approx and _WORDED_FRACTION.match(m.text):
        return m.value * factor, _FRACTION_STEP
    return m.value * factor, (written_step(m) if m.approx else m.quantum) * factor


def contradicted_shares(text: str, mentions: Sequence[NumberMention], results: list[Any],
                        clauses: Sequence[str | None] = ()) -> None:
    """Mark unsupported, in place, a bare share (占比 / 占, no whole named) of an item whose share the text derived
    before — the first share's part in the same row of its source — when it was derived from other operands (another
    column of the row, another whole) and the earlier share's value does not bear it out: 城关站门诊8820人次，占29.40%
    … 城关站占比超过三成 is that 29.40 % again, not 巡诊 46 ÷ 140. Words naming anything the first share's sentence did not
    (城关站巡诊次数占比) make a share of its own."""
    # earlier shares: mention index, part row, operands, the whole its words named (or carried: see below)
    told: list[tuple[int, tuple[str, str], tuple[str, ...], str]] = []
    named_at: dict[int, tuple[int, str]] = {}  # a share whose words named its whole: index → (its sentence's start, whole)
    marks: list[int] | None = None  # where the text's sentences end, found once (read by bisection: a text seldom holds
    # a ！ or ？, and str.rfind of one looks through the whole text before the figure, 1 MB of text took 0.5 s)
    for i, r in enumerate(results):
        m = mentions[i]
        if r.status != "derived" or not r.formula or len(r.evidence) < 2 or _share_value(m) is None:
            continue
        if not _QUOTIENT.match(r.formula):
            continue
        said = clauses[i] if i < len(clauses) and clauses[i] is not None else clause_before(text, m.start)
        whole = _share_whole(said)
        if marks is None:
            marks = [e.start() for e in _SENTENCE_END.finditer(text)]
        k = bisect_left(marks, m.start)
        s0 = marks[k - 1] + 1 if k else 0  # (the last 。！？!? or line end before the figure)
        if whole:
            named_at[i] = (s0, whole)
        # 自治区资金占支出的54.28%，…，州级资金占45.72%: a bare 占 after a share of its sentence that named its whole is
        # of that whole
        carried = next((w for k, (k0, w) in sorted(named_at.items(), reverse=True) if k < i and k0 == s0), "") \
            if whole == "" else whole or ""
        if whole is None or (row := _record(r.evidence[0])) is None:
            continue
        # (the formula's figures tell two columns of one row apart, the evidence two rows of one value)
        operands = (r.formula.split(" = ", 1)[0], *(f"{e.source}|{e.location}" for e in r.evidence[:2]))
        earlier = [(j, ops) for j, rj, ops, wj in told if rj == row and not (carried and wj and wj != carried)]
        if whole == "" and earlier and all(ops != operands for _, ops in earlier) and not _hangs_on(text, mentions, i):
            x, step = _share_value(m)  # type: ignore[misc]
            words = _SHARE_WORDS.sub("", said)
            restating = [j for j, _ in earlier if words and _names_nothing_new(words, _part_words(text, mentions, j))]
            if restating and not any(_bears(mentions[j], m, x, step) for j in restating):
                j = restating[-1]
                r.__dict__.update(status="unsupported", evidence=[], formula=None, alternatives=[],
                                  reason=f"{RESTATED_SHARE} {mentions[j].text} / the text gave this item's share "
                                         f"before, {mentions[j].text}")
                continue
        if not m.approx and m.base_unit == "%":
            told.append((i, row, operands, carried))


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_ITEM_END = "。；;！？!?\n"  # the marks that end a sentence or an item of a list


def _hangs_on(text: str, mentions: Sequence[NumberMention], i: int) -> bool:
    """Is share i of the figure right before it (二号楼2,160人次占31.67%: nothing but its unit and 占 between)?"""
    return i > 0 and not any(c in "，,：:" + _ITEM_END for c in text[mentions[i - 1].end:mentions[i].start])


def _part_words(text: str, mentions: Sequence[NumberMention], j: int) -> str:
    """The words share j's part was named by: its list item up to the part's figure (设备更新312,560元，占18.93% →
    设备更新), or up to the share where no figure comes before it, with the list's head (支出构成：) before them."""
    at = mentions[j].start
    item = last_mark(text, _ITEM_END, at) + 1
    part = next((mentions[k] for k in range(j - 1, -1, -1) if mentions[k].start >= item
                 and mentions[k].value is not None and not mentions[k].ignored), None)
    said = text[item:part.start if part is not None else at]
    start = last_mark(text, "。！？!?\n", at) + 1  # the sentence: its head, if it has one
    head = text[start:item]
    colon = max(head.find("："), head.find(":"))
    return (head[:colon] if colon > 0 else "") + "\n" + said


_JOINING = frozenset("的之与和及、中")  # the characters that join the words of a name: 设备更新与维护


def _names_nothing_new(words: str, sentence: str) -> bool:
    """Are the words (设备更新支出) pieces of two characters or more of the part's words (支出构成 / 设备更新)?"""
    i = 0
    while i < len(words):
        j = next((j for j in range(len(words), i + 1, -1) if words[i:j] in sentence), None)
        if j is None:
            if words[i] not in _JOINING:
                return False
            j = i + 1
        i = j
    return True


def _bears(before: NumberMention, m: NumberMention, x: Decimal, step: Decimal) -> bool:
    """Does the share the text told before (a plain %) bear out the share restated, x % on its word's side?"""
    if m.approx:
        return _approx_ok(before.value, x, m.approx, step, reach=degree_reach(m.text))
    return abs(before.value - x) <= step / 2
