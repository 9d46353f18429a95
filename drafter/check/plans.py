"""The next year's plan (issue 10): a line the text opens on the year after the sources' year (2025年按不少于600批次
安排…；计划新增检验点2个 in a report on 2024) states what will be done. Its figures are plans: a source supports one
only as a plan or target of its own — a bound or 目标 the sources set (a plan that keeps this year's target), a figure
they give for that next year — or, where the words keep a level (继续保持 / 全部), as this year's figure of it. An
equal current figure of another item, a count of a list or a figure derived from this year's results is no plan.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Sequence

from ..subjects import tokens
from ._common import _ROLE_MARKS
from .index import _Fact
from .match import _is_target, _open

if TYPE_CHECKING:
    from .match import _Checker, _Target

# the head of a line the year opens: list marks, an ordinal (（一） / 1. / 一是), 下一步 / 下一年度, then the year — no
# month after it (2025年1月 is a date of this year's work, not the plan's frame)
_PLAN_LINE = re.compile(r"[ \t\u3000#>*\-]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*|[一二三四五六七八九十]是[，,]?)?"
                        r"(?:下一步|下步|今后)?[，,：:]?\s*((?:19|20)\d\d)年(?!\d{1,2}月|\d)")
# the words that keep this year's level (继续保持 / 维持 / 全部): this year's figure of the item is the plan's
_KEEP = re.compile(r"保持|维持|继续|稳定在|全部|持续|坚持")
_CLAUSE = "，,；;。：:"
_SENTENCE_END = re.compile(r"[。！？!?]")

PLAN = ("计划数字：来源中没有该事项的计划或目标 / a plan's figure: the sources state no plan or target of it "
        "(a current figure of another item, or one derived from this year's results, is no plan)")


class PlanLines:
    """Where the text's plans run: from a sentence that opens on the next year to the end of its line (a
    paragraph: the sentences after it in it are the plan's too). Read once per line."""

    def __init__(self, text: str, year_now: int | None):
        self.text = text
        self.next = None if year_now is None else year_now + 1
        self._memo: dict[int, int] = {}  # line start → where its plan begins (-1: none)

    def at(self, pos: int) -> bool:
        """Is `pos` in a plan: after the start of a sentence of its line that opens on the next year?"""
        if self.next is None:
            return False
        ls = self.text.rfind("\n", 0, pos) + 1
        got = self._memo.get(ls)
        if got is None:
            le = self.text.find("\n", ls)
            le = le if le >= 0 else len(self.text)
            got = -1
            for s0 in (ls, *(m.end() for m in _SENTENCE_END.finditer(self.text, ls, le))):
                hm = _PLAN_LINE.match(self.text, s0, le)
                if hm is not None and int(hm[1]) == self.next:
                    got = s0
                    break
            self._memo[ls] = got
        return 0 <= got <= pos


def plan_facts(text: str, pos: int, facts: Sequence[_Fact], year_now: int | None) -> list[_Fact]:
    """The facts that support a plan's figure at `pos`: targets or bounds, figures of a later year than the
    sources', and — where its clause keeps a level (继续保持…100%) — this year's figure of it."""
    lo = max(text.rfind(c, 0, pos) for c in _CLAUSE) + 1
    keep = _KEEP.search(text, lo, pos) is not None
    return [f for f in facts if _is_target(f) or (year_now is not None and f.ytag is not None and f.ytag > year_now)
            or (keep and not (f.ytag is not None and (f.ytag < 0 or year_now is not None and f.ytag < year_now)))]


# the words of any plan or bound, which name no item: 将继续完成不少于… / 按“≥…”组织 (bigrams, as subjects.tokens reads them)
_PLAN_WORDS = tokens("继续", "完成", "组织", "开展", "计划", "力争", "确保", "实现", "保持", "达到", "不少于", "不低于",
                     "不超过", "以上", "以内", "新增", "全年", "年度", "年将", "将继", "续完", "续按", "续组", "续开")
_CUT = re.compile(r"[，,；;。：:\n]")


def plan_bound(checker: "_Checker", text: str, t: "_Target", mentions: Sequence[Any], i: int) -> list[_Fact]:
    """The source's target or bound that a plan's figure restates (2026年将继续按“≥8000户”组织排查 / 不少于2400份的
    监测问卷): a target or bound of the mention's value whose record's words share a word of the item with the plan's
    own words — its clause before the figure and after it, up to the figures beside it. The current result near it
    (a larger figure meeting the bound) is no support; another item's target is not named by the words."""
    m = t.m
    lo = max(max(text.rfind(c, 0, m.start) for c in _CLAUSE) + 1, mentions[i - 1].end if i else 0)
    cut = _CUT.search(text, m.end)
    hi = cut.start() if cut is not None else len(text)
    if i + 1 < len(mentions):
        hi = min(hi, mentions[i + 1].start)
    words = tokens(text[lo:m.start], text[m.end:hi]) - _ROLE_MARKS - _PLAN_WORDS
    if not words:
        return []
    got = [f for _, verdict, _, f in checker.matches(t)
           if verdict in ("exact", "converted") and _is_target(f) and words & (f.subj | tokens(f.label))][:2]
    if not got and not m.approx:
        # 2025年授精站点达到50个 against this year's ≥50个: a plan is a target, so it may restate this year's bound of
        # the item its words name (met or not) — a bound supports only a figure read as a target
        got = [f for _, verdict, _, f in checker.matches(replace(t, role="target"))
               if verdict in ("exact", "converted") and _is_target(f) and words & (f.subj | tokens(f.label))][:2]
    if not got and m.approx in ("≥", "≤") and _open(m):
        # 按不低于8万剂安排 over a bare 计划: 80000 — the plan's floor is the target's figure itself (a bound's own
        # value, matched as a figure the plan names as its target)
        bare = replace(t, m=replace(m, approx=None), role="target")
        got = [f for _, verdict, _, f in checker.matches(bare)
               if verdict in ("exact", "converted") and _is_target(f) and words & (f.subj | tokens(f.label))][:2]
    return got
