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
from typing import Any, Sequence

from ..numbers import NumberMention
from ..subjects import clause_before, direction
from ._common import COMPARATIVES, comparatives, first_class

_SUPPORTED = frozenset({"exact", "converted", "rounded", "approximate", "derived"})
# what the figure after the word is: a planned or an earlier figure (高于95%的目标 / 高于目标值95% / 低于上年的…)
_BASE_WORD = r"(?:年度|全年)?(?:目标|要求|标准|计划|预期|指标值|控制线|上限|下限|考核值)值?|上年|去年|同期"
# (超过了40所的目标: the word with its 了; 达到36块的目标 claims the level reached it)
_HEAD = re.compile(r"(?P<w>" + comparatives("+", "−") + r"|未达到|未达|没有达到|超额完成|未完成|没有完成|达到)了?$")
_TAIL = re.compile(r"[”\"」]?的?(?:" + _BASE_WORD + ")")
_RATIO_AFTER = re.compile(r"的?[\d百]")
_OWN_WORD = re.compile(comparatives("+", "−"))  # 超过95%的目标: the word read as the figure's own approximation
_BETWEEN = re.compile(r"[，,]?[\u4e00-\u9fff]{0,3}[，,]?$")  # 93.8%，高于 / 93.8%，仍低于: nothing stated between
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
            if b.approx or not (tail := _TAIL.match(text, b.end)) or _RATIO_AFTER.match(text, tail.end()):
                continue  # (达到300人目标的87.33%: a completion rate, no claim)
            head = _HEAD.search(text, max(0, b.start - 16), b.start) \
                if _HEAD_AT.search(text, max(0, b.start - 16), b.start) else None
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
                          r"没有达到|没能完成|未能完成|未能达到)了?(?:年度|全年|预期|计划|既定|年初)?(?:绩效)?(?:目标|指标)"
                          r"(?:值|任务|要求)?(?![\d一二三四五六七八九十两“”\"的])")
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
                       and g.date is None and g.hi_mag is None and g.approx in _BOUNDS]
            if len(targets) != 1:
                continue
            sign, strict = _BOUNDS[targets[0].approx]
            gap = (f.mag - targets[0].mag) * sign
            met = gap > 0 if strict else gap >= 0
            verdicts.append((met if side != "over" else gap > 0, targets[0]))
        if not verdicts or any(ok == (side != "missed") for ok, _ in verdicts):
            continue
        t = verdicts[0][1]
        r.__dict__.update(status="unsupported", formula=None, alternatives=[], reason=(
            f"文中称{m.text}{said['w']}目标，但来源中该指标的目标为{t.approx}{t.written} / the claim on the target "
            f"contradicts the indicator's target {t.approx}{t.written}"))
