"""Reading the checked text around a number: its sentence and clause, the subject words a figure counts
(mention_context), the whole a share is of, and text tables (pipe, tab and space columns) whose header gives
a cell its unit. Pure text work: both the source index and the check loop use it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..numbers import NumberMention, kind_of, line_of, line_starts
from ..subjects import _STOP, _YEAR, clause_before, direction, noun_after, own_clause, role_mark, roles, tokens, year_tag
from ._common import (first_chars, _CJK_RUN, _HAS_DIGIT, _SPACES, _KEY_COUNT, _KEY_UNIT, _SCORE_KEY, _UNIT_LABEL,
                      _UNIT_STATEMENT, bracket_unit)


_SENT_END = re.compile(r"[。；;！？!?\n]")


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each 。；！？ or line end: bisect_right(ends, pos) is the sentence index of pos."""
    return [m.end() for m in _SENT_END.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _subject(clause: str, after: str, role: str, money: bool) -> frozenset[str]:
    """One set for each wording: repeated phrases (a long table, a log written from a template) share it."""
    return tokens(clause, after) | role_mark(role, money)


# 完成目标（1200人次）的 / 计划（60个）: the target word, then the figure in brackets
_TARGET_BRACKET = re.compile(r"(?:目标|计划|任务|指标)(?:值|数)?[（(]$")
# a comparison sign written right before a figure (optionally after an opening quote): the figure is a bound
_SIGN_BEFORE = re.compile(r"[≤≥≦≧⩽⩾<>＜＞]“?$|[“\"](?:[=＝])$")
_SIGN_LAST = frozenset("≤≥≦≧⩽⩾<>＜＞“=＝")  # the character right before a figure any _SIGN_BEFORE match ends in


def _comma_before(text: str, lo: int, hi: int) -> int:
    """The last ',' in text[lo:hi] that breaks a clause — not a digit group's (较上年98,400亩与20,800亩); −1 if none."""
    k = text.rfind(",", lo, hi)
    while k > lo and text[k - 1].isdigit() and text[k + 1:k + 2].isdigit():
        k = text.rfind(",", lo, k)
    return k


def mention_context(text: str, m: NumberMention, sentence_start: int = 0
                    ) -> tuple[frozenset[str], str, int | None, str, str]:
    """(subject tokens, role, year tag, clause, what follows) of a mention: the clause before it and the noun after its
    measure word (a date: the words of the event after it); the role (实际 / 目标 / 预算 …) from the clause or the
    words right after (…的目标, …的时限)."""
    clause = clause_before(text, m.start)
    after = noun_after(text, m.end)
    if m.kind == "date":  # 9月29日，组织…: a date is about the event after it (OCR lines break sentences)
        lo = max(0, m.start - 60)  # (its line or sentence, read no further back than a few clauses)
        ls = max(lo, max(text.rfind(c, lo, m.start) for c in "。；;\n") + 1)
        after = (_DATE_AFTER_TO_ITEM if text.find("第", ls, m.start) >= 0 and _ITEM_BEFORE.search(text, ls, m.start) else
                 _DATE_AFTER).match(text, m.end, m.end + 40).group()  # type: ignore[union-attr]
    role = "target" if (_TARGET_FIRST is None or text[m.end:m.end + 1] in _TARGET_FIRST) \
        and _TARGET_AFTER.match(text, m.end, m.end + 7) else (roles(clause) or "")
    if not role and "承诺" in clause and _PROMISED.search(clause):
        role = "target"  # 比承诺的5个工作日: the time the unit promised, its indicator's bound
    if text[m.start - 1:m.start] in _SIGN_LAST and _SIGN_BEFORE.search(text, max(0, m.start - 2), m.start) \
            or text[m.start - 1:m.start] in "（(" and _TARGET_BRACKET.search(text, max(0, m.start - 6), m.start):
        role = "target"  # “≤7个工作日” / 完成目标（1200人次）的: a bound as the form writes it, or a target in brackets
    if not role and m.base_unit == "元" and "后" in clause and _AFTER_CHANGE.search(clause):
        role = "budget"  # 年中追加后达到584.00万元 / 核减县级资金后调整为: the budget after the change
    if not role and not clause.endswith("预算"):  # 年度预期目标：硬化村道15公里，惠及3万人 — a label before a colon
        # names its sentence's values (重点项目执行：…（预算118.60万元: the figure's own word names it otherwise)
        lo = max(sentence_start, m.start - 120)
        k = max(text.rfind("：", lo, m.start), text.rfind(":", lo, m.start))  # no copy of the 120 characters
        if k >= 0:
            role = roles(_CLAUSE_BREAK.split(text[lo:k])[-1])
        elif sentence_start > 0 and text[sentence_start - 1] in "；;":
            role = _goal_list_role(text, sentence_start, m.start)
    if not role and clause and (ls := text.rfind("\n", 0, m.start) + 1) < m.start \
            and (cell := _LABEL_THEN_CELL.match(text, ls, m.start)) is not None and _CJK_ANY.search(cell[2]):
        # 年度绩效目标 | 推动…项目落地8个 / 预期目标<TAB>…: a form's label cell names the prose cell after it (a ledger's
        # bare figure under its label — 计划生育奖励 | 120 — is no prose)
        role = roles(cell[1]) if roles(cell[1]) in ("target", "actual") and _GOAL_LABEL.fullmatch(cell[1]) else ""
    if not role and (_GOAL_MEMO[0] is not text or _GOAL_MEMO[1][0]) and (under := _under_goal_label(text, m.start)):
        # (a text already read for label lines and holding none: no call)
        role = under  # 年度总体目标 over its paragraph (新建急救站点12个…): what was planned, not what was done
    own = own_clause(text, m.start, clause)  # its words, less the noun of a count just before it
    subj = _subject(own, after, role, m.base_unit == "元")
    ytag = year_tag(text, m.start, s0=sentence_start)
    if ytag is not None and direction(clause) is None:
        k = max(text.rfind("，", sentence_start, m.start), _comma_before(text, sentence_start, m.start))
        if k >= 0 and year_tag(text, m.start, s0=k + 1) is None and tokens(text[k + 1:m.start]):
            cm = None
            for cm in _COMPARED_YEAR.finditer(text, max(sentence_start, m.start - 24), k):
                pass
            if cm is not None and _HAS_DIGIT.search(text, cm.end(), k):
                ytag = None  # 较上年增长40%，已整改问题250个: the base year is the change's, not the next clause's level
            elif _inserted_year(text, sentence_start, max(sentence_start, m.start - 24), k):
                ytag = None  # 质量达标率99.2%，上年末库存3.55万吨，损耗率…: the year of one clause inside this year's
    elif ytag is None and m.start - sentence_start > 24 and not (
            _HEAD_MEMO[0] is text and _HEAD_MEMO[1] == sentence_start and _HEAD_MEMO[2] is None):
        # (a sentence already read and opening on no year: no call)
        ytag = _head_year(text, sentence_start, m.start)  # 上年完成抚育2980亩，成活率91.8%，巡护5130公里: its frame
    if ytag is None and m.kind == "date" and m.date and m.date[0] is None:
        ytag = _plan_year(text, m.start)  # 2025年将继续…；项目资金在10月底前执行到位: the plan's year, over its ；
    return subj, role, ytag, clause, after


def _goal_list_role(text: str, sentence_start: int, pos: int) -> str:
    """The role of a goal label whose colon opens the 。-sentence a ；-item belongs to (年度预期目标：…12场以上；巡回
    展览覆盖8个县区；…: every item is the goal's), or ''. The label must be a form's goal / result label, and no other
    colon may stand between it and the item (a nested label names its own items)."""
    floor = max(0, sentence_start - 400)
    lo = max(floor, text.rfind("。", floor, sentence_start) + 1, text.rfind("\n", floor, sentence_start) + 1)
    k = max(text.rfind("：", lo, pos), text.rfind(":", lo, pos))
    if k < 0 or k >= sentence_start:
        return ""
    label = _CLAUSE_BREAK.split(text[lo:k])[-1].strip(" \t\u3000#*")
    return roles(label) if _GOAL_LABEL.fullmatch(label) else ""


def date_role(text: str, m: NumberMention, role: str, clause: str) -> str:
    """The role of a date the text states: a target only where the target word heads it (计划于12月, 完成时限为) or a
    前 closes it (12月底前); 年度审计计划写成12月完成 names the plan it completes, and the month is its result."""
    if role == "target" and not m.text.endswith("前") and not m.approx and not _DATE_TARGET_HEAD.search(clause) \
            and not _TARGET_AFTER.match(text, m.end, m.end + 7):
        return ""
    return role


# a date stated as a target: the target word heads it (计划于12月 / 目标完成时间为6月 / 要求在)
_DATE_TARGET_HEAD = re.compile(r"(?:目标|指标值|计划|预期|要求|时限|期限)(?:[\u4e00-\u9fff]{0,4}?(?:时间|日期|节点|月份))?"
                               r"(?:为|是|于|在|定于|定为|到|至|的)?$")


def _inserted_year(text: str, s0: int, lo: int, k: int) -> bool:
    """Is the year word last named before the clause break k one that a clause inside the sentence holds to its own
    figure: the sentence opened on figures of its own year before it, and a figure follows it in its clause?"""
    ym = None
    for ym in _YEAR_WORD.finditer(text, lo, k):
        pass
    return ym is not None and _HAS_DIGIT.search(text, ym.end(), k) is not None \
        and _HAS_DIGIT.search(text, s0, ym.start()) is not None


def _head_year(text: str, s0: int, end: int) -> int | None:
    """The last year that opens the sentence as its frame (上年完成…, not 比上年… / 上年末…, and no other year word
    after it), for a figure beyond year_tag's reach: -1; None when none does."""
    memo = _HEAD_MEMO  # the sentence's head, read once for all its figures (they come in order)
    if memo[0] is not text or memo[1] != s0:
        memo[:] = text, s0, _sentence_head(text, s0)
    head = memo[2]
    if head is None or head[1] > end or _YEAR_WORD.search(text, head[1], end) is not None:
        return None
    return head[0]


_PLAN_HEAD = re.compile(r"[（(]?[一二三四五六七八九十\d]*[）)、.．]?\s*((?:19|20)\d\d)年度?[，,]?\s*(?:[\u4e00-\u9fff]{0,6}?)"
                        r"(?:将|继续|计划|拟|力争|争取|要|预计)")
_FULL_STOP = re.compile(r"[。！？!?\n]")


def _plan_year(text: str, pos: int) -> int | None:
    """The year a plan opens its sentence with (2025年将… / 2025年继续… / 下一步，2025年计划…), up to its 。 over its
    ；: the year of the deadlines and figures it sets. None when the sentence opens on no such plan."""
    lo = max(0, pos - 200)
    k = lo
    for stop in _FULL_STOP.finditer(text, lo, pos):
        k = stop.end()
    head = _PLAN_HEAD.match(text, k, pos)
    return int(head[1]) if head else None


_HEAD_MEMO: list = [None, -1, None]  # (text, sentence start, its head year): one sentence, no text kept beyond it


def _sentence_head(text: str, s0: int) -> tuple[int, int] | None:
    """(-1, end of its word) when 上年 / 去年 / 同期 opens the sentence starting at s0, before its first figure."""
    d = _HAS_DIGIT.search(text, s0, s0 + 300)  # a frame comes before the sentence's first figure (or is it: 2023年)
    # (room past 2023年 for its lookaheads: 2023年9月 is a date's year, 上年结转 a fund)
    first = _YEAR_WORD.search(text, s0, s0 + 300 if d is None else d.start() + 9)
    if first is None or (d is not None and d.start() < first.start()) \
            or _FRAME_NOT.search(text, s0, first.start()) is not None \
            or text.startswith(("以来", "起", "至", "到", "底", "末", "初"), first.end()) \
            or _SENT_END.search(text, s0, first.start()) is not None:
        return None  # (2023年以来 / 上年底: a span or a point in time, no frame of the sentence's figures)
    if first[1]:
        return None  # 2023年全区… is most often the report's own year, which the words need not carry
    gloss = _YEAR_GLOSS.match(text, first.end())  # 上年（2023年）: the bracket names the same year
    return -1, gloss.end() if gloss else first.end()


_YEAR_GLOSS = re.compile(r"[（(](?:19|20)\d\d年度?[）)]")
_YEAR_WORD = _YEAR  # a year a clause names: 2023年 / 上年 / 同期 (no fund carried over, no date's year)
_FRAME_NOT = re.compile(r"比|较|与|同比|[（(]|相比|对比|截至|截止|自|从")  # a compared year, a bracket's or a span's
_COMPARED_YEAR = re.compile(r"(?:较|比|同比|与)(?:(?:19|20)\d\d年|上年|去年|上一年|前一年|同期)")
# the event after a date, up to the next date; and a date whose line names its numbered item before it (第一轮3月4日至
# 3月6日（高层住宅），第二轮…; a ledger row 监测设备 | 第一批 | … | 2024-04-19, the next row's 第二批 after it) ends its
# event at the next numbered item — the next item's words. A date before its item (2023-03-22 传统技艺传承第一批学徒拜师)
# keeps the first item named after it: the one it opens.
_ITEM_NO = r"第(?:[一二三四五六七八九十]{1,3}|\d{1,2})[批期轮届次]"
_DATE_AFTER = re.compile(r"(?:(?!\d{1,2}[月日])[^。；;！？!?])*")
_DATE_AFTER_TO_ITEM = re.compile(rf"(?:(?!\d{{1,2}}[月日]|{_ITEM_NO})[^。；;！？!?])*")
_ITEM_BEFORE = re.compile(_ITEM_NO)
_CLAUSE_BREAK = re.compile(r"[，,。；;、！？!?]")
_PER_WORD = re.compile(r"(?:平均)?每[个位名]?([\u4e00-\u9fff]{1,12})")


@lru_cache(maxsize=4096)
def _average_item(clause: str) -> tuple[str, str, str] | None:
    """(what an average is per, the words before it, the words after it) when the words state an average:
    笔均 → 笔, 宗均拆除 → 宗 (of 拆除), 平均每个商圈核销消费券 → 商圈… (the item and what is averaged run together:
    no boundary is guessed), 每个普查区平均划分普查小区 → 普查区 (of 划分普查小区); ('', …) for 平均 alone; None
    when they state none."""
    tail = clause[-8:]
    k = tail.rfind("均")
    if k > 0 and tail[k - 1] != "平" and len(tail) - k <= 3:
        return tail[k - 1], clause[: len(clause) - len(tail) + k - 1], tail[k + 1:]
    m = None
    for m in _PER_WORD.finditer(clause):
        pass
    if m is not None and ("均" in clause[m.start():] or len(m[1]) == 1):
        region = m[1]
        item, _, after = region.partition("平均")
        return item, clause[: m.start()], after or region
    if "平均" in tail:
        k = clause.rfind("平均")
        return "", clause[:k], clause[k + 2:]
    return None


_TARGET_AFTER = re.compile(r"[底末]?前?的?(?:年度|全年|年|计划)?(?:目标|时限|上限|下限|要求|标准(?!煤)|承诺|以内|之内|内|控制)"
                           r"|的(?:年度)?指标值?(?![\u4e00-\u9fff])|[底末]?前"  # 高出99.5%的指标0.42个百分点
                           r"|[底末]?的?(?:计划|目标|要求|规定)(?:完成)?(?:时间|日期|节点)"  # 晚于11月底的计划时间
                           r"|(?:年度|全年)?(?:计划|任务)(?:数|值|量)?的")  # 完成900件计划的114% / 180人次任务的
_PROMISED = re.compile(r"(?:比|较|对比|相比)?(?:服务)?承诺(?:的|值|为|是)?$")
_TARGET_FIRST = first_chars(_TARGET_AFTER)  # the characters a match starts with (most figures: followed by none)
# (2.86万吨标准煤: 标准煤 is the measure — tonnes of standard coal — no 标准 the figure is held to)
# the first cell of a form's line, a label, then the prose cell the figure is in (up to it)
_LABEL_THEN_CELL = re.compile(r"[ \t|｜]*([\u4e00-\u9fff]{2,12})[ \u3000]*[\t|｜][ \t|｜]*([^\t|｜\n]*)\Z")
# (the official forms write 年度总体目标: qualifiers may stack, and 绩效总目标 puts 总 after 绩效)
_GOAL_LABEL = re.compile(r"(?:年度|全年|总体|阶段性|项目|部门){0,2}(?:绩效)?总?(?:目标|预期目标|计划|任务目标|预期|"
                         r"实际完成|完成情况|实际完成情况|执行情况|实际完成值|完成值)(?:情况|值|内容)?")
_CJK_ANY = re.compile(r"[\u4e00-\u9fff]")
# a line that is only a form's label of what the paragraph under it states (年度总体目标 / 绩效目标 / 实际完成情况)
_LABEL_LINE = re.compile(r"(?m)^[ \t#*\u3000]*((?:年度|全年|总体|阶段性|项目|部门){0,2}(?:绩效)?(?:目标|预期目标|任务目标|"
                         r"实际完成|完成情况|实际完成情况)(?:情况|内容)?)[ \t:：\u3000]*\n(?:[ \t\u3000]*\n)*")


_GOAL_MEMO: list[Any] = [None, None]  # [the text, its goal paragraphs]: one text at a time is read


def _goal_paragraphs(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """The paragraphs right under a label line (their starts, and (end, role) of each), read once per text.
    Remembered by the text's identity: an lru_cache on a text of 1 MB cost 8 µs a mention (a tenth of the
    checker's time budget over 1 MB of sources)."""
    if _GOAL_MEMO[0] is text:
        return _GOAL_MEMO[1]
    starts: list[int] = []
    spans: list[tuple[int, str]] = []
    if "目标" in text or "完成" in text:
        for m in _LABEL_LINE.finditer(text):
            role = roles(m[1])
            if role in ("target", "actual"):
                end = text.find("\n", m.end())
                starts.append(m.end())
                spans.append((end if end >= 0 else len(text), role))
    _GOAL_MEMO[:] = [text, (starts, spans)]
    return starts, spans


def _under_goal_label(text: str, pos: int) -> str:
    """The role the label line right over pos's paragraph names ('target' under 年度总体目标), or ''."""
    starts, spans = _goal_paragraphs(text)
    if not starts:
        return ""
    k = bisect_right(starts, pos) - 1
    return spans[k][1] if k >= 0 and pos < spans[k][0] else ""
# a change of the budget, then what it became: 年中追加后为 / 核减县级财政资金后调整为 (its verb, what it changed, 后)
BUDGET_CHANGE = r"(?:追加|追减|调增|调减|压减|核减|削减|扣减|收回|下达|调入|调出|统筹|整合|补充)"
_AFTER_CHANGE = re.compile(BUDGET_CHANGE + r"[\u4e00-\u9fff]{0,12}后(?:调整|变更|增加|减少|增|减|调)?(?:为|至|到|达到|达)?$")
_SHARE_TAIL = ("比重", "比例", "的", "之", "为", "达到", "达", "约")
_STOP_WORDS = re.compile("|".join(sorted(_STOP, key=len, reverse=True)))


@lru_cache(maxsize=4096)
def _share_whole(clause: str) -> str | None:
    """The words that name a share's whole: 占全年预算的 → 全年预算, 占全部支出的比重为 → 全部支出; '' for 占 or 占比
    alone (the whole is the total the sentence or the part's record gives); None when the words state no share."""
    k = clause.rfind("占", max(0, len(clause) - 14))
    if k < 0:
        return None
    words = clause[k + 1:]
    while True:
        tail = next((w for w in _SHARE_TAIL if words.endswith(w)), None)
        if tail is None:
            break
        words = words[: -len(tail)]
    return "" if words.startswith("比") else words


def _phrase(words: str) -> frozenset[str]:
    """The tokens of a phrase that names a figure, with the words every report uses taken out first: 全部支出 is
    支出 (not 部支 as well), 实际支出 is 支出 — its role mark (§执) then meets 全年执行数."""
    return tokens(_STOP_WORDS.sub(" ", words))


@lru_cache(maxsize=4096)
def _whole_words(whole: str) -> tuple[frozenset[str], ...]:
    """The ways the words can name a whole: 建成数 is the field 建成 as well as a 建成数 (and 拆除宗数 a 宗数)."""
    variants = [_phrase(whole)] + ([_phrase(whole[:-1])] if len(whole) >= 3 and whole.endswith("数") else [])
    return tuple(w for w in variants if w)


_NOT_MONEY = re.compile(r"率|分值|得分|权重|数量|人数|次数|户数|%|％|序号|编号|年度|年份")
_PIPE_CELL = re.compile(r"[^|｜]+")
_TAB_CELL = re.compile(r"[^\t]+")
_SPACE_CELL = re.compile(r"[^ \u3000\t]+")
_RULE_CELL = re.compile(r"[\s:：\-—]*")


def _table_rows(text: str, starts: list[int]
                ) -> tuple[dict[int, tuple[int, list[tuple[int, int]], list[str]]], dict[int, str]]:
    """Rows of the tables in a text source, by line number: (table id, cell spans, the header's cells); and
    each table's caption (the line of words above it: what its 合计 row totals).

    A Markdown or tab table, or a form copied out of a PDF as space-separated cells: a line of three or more
    cells none of which holds a digit is a header; each following line with as many cells is a row under it,
    until a line that is no such row. 实际支出 over 18,512,360 is then a 实际支出, in the row 政府专职消防队员经费."""
    out: dict[int, tuple[int, list[tuple[int, int]], list[str]]] = {}
    captions: dict[int, str] = {}
    header: list[str] | None = None
    fresh = False  # the header was the last line read (rule lines aside): a second header line continues it
    open_end = False  # the header line ended in empty tab cells (dropped): a second line may fill them
    tid = 0
    caption = ""
    held: list[str] | None = None  # the header of a table a prose line interrupted (a 偏差原因 under its row)
    prose = 0  # lines of prose since
    held_head = False  # the header read last is a form's head line (项目名称 | …): labels with values, no columns
    head_spans: list[tuple[int, int]] | None = None  # the pieces of a space-separated header line
    head_cols: list[int] | None = None  # their display columns, when the header is a fixed-width print's
    for n, ls in enumerate(starts, 1):
        le = starts[n] - 1 if n < len(starts) else len(text)
        line = text[ls:le]
        if "单位" in line and _UNIT_STATEMENT.search(line) and len(
                rest := [c for c in _CELL_GAP.split(_UNIT_STATEMENT.sub("", line)) if c.strip()]) <= 1:
            header = held = None  # 单位：万元, alone or beside a sheet's title or the filer: no table row (a header cell
            if rest and _CJK_RUN.search(rest[0]) and not _SENTENCE_MARK.search(rest[0]):  # may state it too)
                caption = rest[0].strip()
            continue
        if "单位" in line and count_statement(line):
            header = held = None  # 单位：人次 over a ledger: its figures' unit (see count_statement), no title
            continue
        if line.count("|") + line.count("｜") >= 2:
            rx = _PIPE_CELL
        elif "\t" in line:
            rx = _TAB_CELL
        elif " " in line.strip() or "\u3000" in line.strip():
            rx = _SPACE_CELL
        else:
            if header is not None and fresh:  # a "header" no row followed (机构  2024年…台账  单位：元、场): the title
                caption = " ".join(header)
            held, prose = _held(line, header, held, prose, fresh)
            header = None
            if _CJK_RUN.search(line) and not _SENTENCE_MARK.search(line):
                caption = line  # the title over a table: what its 合计 row totals (a sentence is no title)
            continue
        if rx is _PIPE_CELL:  # | a | | c |: an empty cell still holds its column
            cells = _pipe_cells(line, ls, "|｜")
        elif rx is _TAB_CELL:
            cells = _pipe_cells(line, ls, "\t")
        else:
            cells = [(ls + c.start() + len(c.group()) - len(c.group().lstrip()),
                      ls + c.end() - (len(c.group()) - len(c.group().rstrip())))
                     for c in rx.finditer(line) if c.group().strip()]
        if header is None and held is not None and any(_HAS_DIGIT.search(text, a, b) for a, b in cells) and (
                len(cells) == len(held) or rx is not _SPACE_CELL and len(held) - 2 <= len(cells) < len(held)
                and not _HAS_DIGIT.search(text, *cells[0])):
            header, fresh = held, False  # the table goes on after the prose: a row of its header's width
        held = None
        if len(cells) == 2 and header is not None and fresh and all(_RULE_CELL.fullmatch(text, a, b) for a, b in cells):
            continue  # | --- | ---: | under a two-column header (an aligned rule cell is no header cell)
        if len(cells) < 3 and not (len(cells) == 2 and _two_columns(text, cells, header)):
            if len(cells) < 2 or _SENTENCE_MARK.search(line):
                held, prose = _held(line, header, held, prose, fresh)
            header = None
            if _CJK_RUN.search(line) and not _SENTENCE_MARK.search(line):
                caption = line  # "# …执行情况表"
            continue
        words = [text[a:b] for a, b in cells]
        if all(_RULE_CELL.fullmatch(w) for w in words):
            continue  # | --- | --- |
        if header is not None and fresh and rx is _SPACE_CELL and len(cells) == len(header) - 1 \
                and cells[0][0] - ls >= 2 and _units_row(["", *words], header):
            words = ["", *words]  # "            小时    人次    元": spaces leave the label column's empty cell out
        if header is not None and fresh and rx is _TAB_CELL and line.endswith("\t") and len(words) < len(header):
            words = words + [""] * (len(header) - len(words))  # a sheet's row ends in empty cells: tabs, no cells
        if header is not None and fresh and _units_row(words, header):
            # 单位 | | 公里 | 座 | 万立方米 under the header: each column's unit, as its header would state it in brackets
            header = [h if not u.strip() or _KEY_UNIT.search(h) else f"{h}（{u.strip()}）" for h, u in zip(header, words)]
            continue
        if not any(_HAS_DIGIT.search(_HEAD_NOTE.sub("", w) if "（" in w or "(" in w else w)
                   for w in map(_no_years, words)):
            # 2023年实际 | 2022年 name columns; 得分（分值10） names one and notes its scale
            head_line = _FORM_HEAD.fullmatch(words[0].strip()) is not None
            if fresh and header is not None and (len(words) == len(header) or open_end and len(words) > len(header)) \
                    and not head_line and not held_head:
                # 2023年 over 目标值 | 实际完成值: one header (a sheet's merged 上年 at its right edge ends in empty cells)
                header = _two_line_header(header + [""] * (len(words) - len(header)), _slashed_units(words))
                head_spans = head_cols = None
            else:
                if fresh and header is not None and not caption and (
                        held_head or head_line and sum(1 for w in header if w.strip()) == 1):  # or a title in a cell
                    # a form's head lines (项目名称 | …, 主管部门 | … | 实施单位 | …) name no column of the table under
                    # them: with the form's title, they are its caption
                    caption = " ".join([captions.get(tid, ""), *(w.strip() for w in header if w.strip())]).strip()
                header, tid = _slashed_units(words), tid + 1
                head_spans = cells if rx is _SPACE_CELL else None
                head_cols = _aligned_columns(text, ls, cells) if rx is _SPACE_CELL else None
                captions[tid], caption = caption, ""  # a title is its own table's, not the next one's
            fresh, open_end, held_head = True, rx is _TAB_CELL and line.endswith("\t"), head_line
            continue
        if header is not None and rx is _SPACE_CELL and len(cells) != len(header):
            # 项    目   本  年   上  年 over 查阅人次  4,270  3,985, and 合    计 in a row: a typeset ledger spaces the
            # characters of short words; the columns of the rows say which pieces are one word
            if fresh and head_spans is not None and len(cells) < len(header) and \
                    (joined := _join_letters(text, head_spans, len(cells))) is not None:
                header = [_SPACES.sub("", text[a:b]) for a, b in joined]
            elif len(cells) > len(header) and (joined := _join_letters(text, cells, len(header))) is not None:
                cells, words = joined, [_SPACES.sub("", text[a:b]) for a, b in joined]
        fresh = False
        if header is not None and rx is _SPACE_CELL and head_cols is not None and len(head_cols) == len(header) \
                and len(cells) != len(header) and (placed := _under_columns(text, ls, cells, head_cols)) is not None:
            # a fixed-width print (a form saved as text): a row that leaves cells empty is read under the header's
            # column starts, not by counting its pieces
            out[n] = (tid, placed, header)
            continue
        if header is not None and rx is _SPACE_CELL and len(cells) == len(header) + 1 \
                and not _HAS_DIGIT.search(words[0]):
            header = ["", *header]  # "      本年 上年" over "东片 128.6 119.2": the row labels' column has no header
        if header is not None and rx is _SPACE_CELL and len(cells) == len(header) - 1 \
                and cells[0][0] - ls >= 2 and not _HAS_DIGIT.search(words[0]):
            cells = [(ls, ls), *cells]  # "      合计  700,000.00": the total row leaves the 序号 column empty
        if header is not None and len(cells) == len(header):
            out[n] = (tid, cells, header)
        elif header is not None and rx is not _SPACE_CELL and len(header) - 2 <= len(cells) < len(header) \
                and not _HAS_DIGIT.search(words[0]):
            out[n] = (tid, cells, header)  # a .docx row whose last cells were merged: its cells from the left
        # else a row of another shape (总分 97.5 自评等级 优): no column to name
    rows_of = Counter(tid for tid, _, head in out.values() if len(head) == 2)
    return {n: row for n, row in out.items() if len(row[2]) != 2 or rows_of[row[0]] >= 2}, captions




def _display_width(text: str) -> int:
    """Columns a fixed-width print gives the text: a Chinese character (or a full-width sign) takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _aligned_columns(text: str, ls: int, cells: list[tuple[int, int]]) -> list[int] | None:
    """The display columns a header line's cells start at, when the line is a fixed-width print's (two spaces or
    more between every two of its cells, the way a form saved as text pads its columns); else None."""
    if any(_display_width(text[a1:b0]) < 2 for (_, a1), (b0, _) in zip(cells, cells[1:])):
        return None
    return [_display_width(text[ls:a]) for a, _ in cells]


def _under_columns(text: str, ls: int, cells: list[tuple[int, int]], cols: list[int]
                   ) -> list[tuple[int, int]] | None:
    """A fixed-width row's cells, one per header column: each piece goes to the column its display span overlaps
    most (a column reaching from its header's start to the next one's), pieces of one column joined, a column
    with none left empty. None unless the row keeps to the header's columns: most of its pieces after the first
    start where a header cell starts (a ledger whose figures are set right, or spaced by hand, is not read so)."""
    starts = [_display_width(text[ls:a]) for a, _ in cells[1:]]
    if not starts or sum(s in cols for s in starts) < 0.6 * len(starts):
        return None
    out: list[tuple[int, int] | None] = [None] * len(cols)
    for a, b in cells:
        s = _display_width(text[ls:a])
        e = s + _display_width(text[a:b])

        def overlap(j: int) -> int:
            lo = cols[j] if j else -(10 ** 6)
            hi = cols[j + 1] if j + 1 < len(cols) else 10 ** 6
            return min(e, hi) - max(s, lo)
        j = max(range(len(cols)), key=lambda k: (overlap(k), -k))
        out[j] = (a, b) if out[j] is None else (out[j][0], b)  # type: ignore[index]
    return [c if c is not None else (ls, ls) for c in out]


def _join_letters(text: str, spans: list[tuple[int, int]], want: int) -> list[tuple[int, int]] | None:
    """The pieces of a space-separated line with its letter-spaced words joined (项    目 → 项目, 合    计 → 合计), so
    that it has `want` cells: two neighbouring pieces of one Chinese character each are one word, the closest
    pair first; None when no such joining gives `want` cells."""
    spans = list(spans)
    while len(spans) > want:
        best = None
        for k in range(len(spans) - 1):
            (a0, a1), (b0, b1) = spans[k], spans[k + 1]
            if a1 - a0 == 1 and b1 - b0 == 1 and _CJK.match(text, a0) and _CJK.match(text, b0) \
                    and (best is None or b0 - a1 < best[0]):
                best = (b0 - a1, k)
        if best is None:
            return None
        k = best[1]
        spans[k: k + 2] = [(spans[k][0], spans[k + 1][1])]
    return spans


_COUNT_STATEMENT = re.compile(r"[ \u3000\t#]*(?:计量)?单位[ \u3000]*[:：][ \u3000]*([^\s，,。；;、:：（()）]{1,4})[ \u3000\t]*")


def count_statement(line: str) -> str | None:
    """The unit a line states for the figures of the table under it when it states only that and the unit counts
    something (单位：人次, 计量单位：件): as 单位：万元 gives a ledger's amounts their unit. None for a money unit (read by
    units.stated_units), a rate, or any other line."""
    m = _COUNT_STATEMENT.fullmatch(line)
    if m is None or not (label := _UNIT_LABEL.match(m[1])) or label[2] in ("元", "%", "‰", "‱", "％"):
        return None
    return m[1]


# the labels of a form's head lines, each followed by its value: 项目名称 | …, 主管部门 | … | 实施单位 | …
_FORM_HEAD = re.compile(r"(?:项目|预算|主管|实施|填报|项目实施|项目主管|部门|单位)?(?:名称|部门|单位|负责人)[:：]?")
_MAX_PROSE = 4  # lines of prose a table may be interrupted by (a 偏差原因 and its 改进措施, each on its line)


def _held(line: str, header: list[str] | None, held: list[str] | None, prose: int, fresh: bool
          ) -> tuple[list[str] | None, int]:
    """The header a line of prose or a blank line leaves pending, and the prose lines counted since: a form
    prints a narrative cell (偏差原因分析及改进措施) on its own line under its indicator row, and the rows after it
    are still the table's. A title line (words, no sentence mark) or too much prose ends it."""
    if not line.strip():
        return held if header is None else (header if not fresh else None), prose if header is None else 0
    if not _SENTENCE_MARK.search(line):
        return None, 0
    if header is not None and not fresh:
        return header, 1
    return (held, prose + 1) if held is not None and prose < _MAX_PROSE else (None, 0)


_HEAD_CELL = re.compile(r"[^\s，,。；;：:、！？!?]{1,16}")
_LABEL_CELL = re.compile(r"[^，。；;！？!?]{1,30}")
_FIGURE_CELL = re.compile(r"[^，。；;！？!?]{1,20}")


def _two_columns(text: str, cells: list[tuple[int, int]], header: list[str] | None) -> bool:
    """Whether a line of two cells belongs to a two-column table (项目 | 金额（万元）, 服务项目  人次): a header of
    two short names without figures, or, under such a header, a row of a label and one figure (a year may be
    the label). Two cells of prose, or a second column of words, are none; a table of one row is none either
    (see _table_rows: at least two rows)."""
    a, b = (text[x:y] for x, y in cells)
    if not (_HAS_DIGIT.search(_YEAR_WORDS.sub("", a)) or _HAS_DIGIT.search(b)):
        return bool(_HEAD_CELL.fullmatch(a) and _HEAD_CELL.fullmatch(b))
    named = not _HAS_DIGIT.search(_YEAR_WORDS.sub("", a)) or NAMED_CELL.fullmatch(a)
    return header is not None and len(header) == 2 and bool(named) \
        and bool(_LABEL_CELL.fullmatch(a) and _FIGURE_CELL.fullmatch(b) and _HAS_DIGIT.search(b)) \
        and len(_CJK.findall(b)) <= 4


# a name qualified by a figure in brackets (特色茶叶种植扶持（430户）, 一期工程(2.6公里)): a row's name all the same
NAMED_CELL = re.compile(r"[\u4e00-\u9fff]{2}[^\d（()）]*[（(][^（()）]*\d[^（()）]*[）)]")


_CJK = re.compile(r"[\u4e00-\u9fff]")


_SENTENCE_MARK = re.compile(r"[。；;，,！？!?]")
_CELL_GAP = re.compile(r"\t|[|｜]| {2,}|\u3000+")
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d(?:年度|年)?")
def _no_years(cell: str) -> str:
    return _YEAR_WORDS.sub("", cell) if _HAS_DIGIT.search(cell) else cell


# a bracketed note of words and a figure in a header cell (得分（分值10）, 权重（满分100分）): no figure of a row
_HEAD_NOTE = re.compile(r"[（(](?=[^（）()]*[\u4e00-\u9fff])[^（）()\d]*\d[^（）()]*[）)]")


_UNITS_HEAD = ("单位", "计量单位", "度量单位")


def _units_row(words: list[str], header: list[str]) -> bool:
    """A row under a table's header that states its columns' units: 单位 first — or nothing, or the end of the header's
    first cell again (a spreadsheet's 城区 merged over both lines) — then units only (公里, 万立方米, %), as many
    cells as the header."""
    units = [w.strip() for w in words[1:] if w.strip()]
    first = words[0].strip().rstrip("：:")  # 单位： with its colon
    return len(words) == len(header) and (first in _UNITS_HEAD or not first or header[0].strip().endswith(first)) \
        and bool(units) and all(_UNIT_LABEL.match(u.replace("％", "%")) for u in units)


_SLASH_UNIT = re.compile(r"([\u4e00-\u9fff]{2,})\s*[/／]\s*([^/／（()）\s]{1,5})\s*$")


def _slashed_units(words: list[str]) -> list[str]:
    """A header that puts a column's unit after a slash (开放时长/小时, 完成率/%) states it as brackets do (开放时长（小时）);
    a price's slash (收费标准/元/吨, 万元/人) is no such unit and is left as written."""
    out = words
    for k, w in enumerate(words):
        if ("/" in w or "／" in w) and (m := _SLASH_UNIT.search(w)) and _UNIT_LABEL.match(m[2].replace("％", "%")) \
                and not _UNIT_LABEL.match(m[1]):
            out = out if out is not words else list(words)
            out[k] = f"{w[:m.start(2)].rstrip().rstrip('/／').rstrip()}（{m[2]}）"
    return out


def _two_line_header(upper: list[str], lower: list[str]) -> list[str]:
    """A header over two lines, column by column: an upper cell spans the empty ones after it (a merged 2023年
    over 目标值 and 实际完成值), so each column's header is its upper words and then its lower — the unit an upper
    cell states (项目资金（万元） over 年初预算 | 调整预算) last, as each lower column's own."""
    out, last = [], ""
    for up, low in zip(upper, lower):
        last = up.strip() or last
        low = low.strip()
        head = last + low if low != last else last
        if low and low != last and (km := _KEY_UNIT.search(last)) and not _KEY_UNIT.search(low) \
                and not _NOT_MONEY.search(low) and _UNIT_LABEL.match(km[1].replace("％", "%")):  # (no 执行率 in 万元)
            head = last[:km.start()] + low + last[km.start():]
        out.append(head)
    return out


def _pipe_cells(line: str, ls: int, seps: str) -> list[tuple[int, int]]:
    """Cell spans of a pipe (or tab) row, empty cells included (as zero-width spans). A pipe row's blank outer
    edges are no cells (| a | b |); a tab row's leading one is (the empty cell of a merged first column)."""
    bounds = [k for k, ch in enumerate(line) if ch in seps]
    edges = "\t" in seps
    if edges or line[: bounds[0]].strip():
        bounds.insert(0, -1)
    if line[bounds[-1] + 1:].strip():
        bounds.append(len(line))
    out = []
    for a, b in zip(bounds, bounds[1:]):
        cell = line[a + 1: b]
        lead = len(cell) - len(cell.lstrip())
        out.append((ls + a + 1 + lead, ls + a + 1 + len(cell.rstrip())) if cell.strip() else (ls + a + 1, ls + a + 1))
    return out


def own_head(header: list[str], column: int) -> str:
    """A column's header without the title merged over every column ("…自评表（2025年度）年初预算" → 年初预算): the
    title names none of them."""
    head = header[column]
    if len(header) > 1 and (k := len(os.path.commonprefix(header))) >= 4:
        head = head[k:] or head
    return head


def _cell_unit(m: NumberMention, header: list[str], column: int, stated: str | None) -> NumberMention:
    """The unit of a bare table cell: 分 under 分值 / 得分, the unit its header names (实际支出（万元）), or the
    money unit stated for the table (单位：元 above it, 项目资金（万元） as its first header) unless the column
    counts or rates something."""
    head = own_head(header, column)
    if _SCORE_KEY.search(head):
        return replace(m, unit="分", base_unit="分", kind=kind_of("分", m.value))
    if (kc := _KEY_COUNT.search(head.strip())) and not _KEY_UNIT.search(head):
        count = kc[1] or kc[2]  # 受众人次 over 18,600 counts 人次 (not 人), as a data file's key would
        return replace(m, unit=count, base_unit=count, kind=kind_of(count, m.value))
    km = _KEY_UNIT.search(head)
    label = bracket_unit(km[1].replace("％", "%")) if km else None
    if label is None and not _NOT_MONEY.search(head):
        km = _KEY_UNIT.search(header[0])
        money = km[1] if km and km[1] in ("元", "万元", "亿元") else stated
        label = _UNIT_LABEL.match(money) if money else None
    if label is None:
        return m
    scale, base = label[1] or "", label[2].replace("％", "%")
    return replace(m, unit=scale + base, scale=scale, base_unit=base, kind=kind_of(base, m.value))


def _row_label(text: str, cells: list[tuple[int, int]]) -> str:
    return _SPACES.sub("", "".join(text[a:b] for a, b in cells if not _HAS_DIGIT.search(text[a:b])))  # 合    计


def _block_starts(text: str) -> list[int]:
    """Offsets where paragraphs (blocks separated by blank lines) start."""
    starts = [0]
    for m in re.finditer(r"\n[ \t\u3000]*\n", text):
        starts.append(m.end())
    return starts


def _paragraph_ids(text: str, mentions: list[NumberMention]) -> list[int]:
    blocks = _block_starts(text)
    lines = line_starts(text)
    out = []
    for m in mentions:
        b = bisect_right(blocks, m.start) - 1
        end = blocks[b + 1] if b + 1 < len(blocks) else len(text)
        if end - blocks[b] > 1500:  # a huge block (OCR text without blank lines): lines are the paragraphs
            out.append(-line_of(lines, m.start))
        else:
            out.append(b)
    return out


_WHITE = re.compile(r"\s+")


def squashed(text: str) -> str:
    """Text with its white space closed: a quotation and the source it quotes compare whatever their line breaks."""
    return _WHITE.sub("", text)


_OPEN_QUOTES = "“‘「『\""
_CLOSE_QUOTES = "”’」』\""
_QUOTE_CLAUSE_END = "，,；;。：:"


def quoted_clause(text: str, start: int, end: int) -> str | None:
    """The words of a quotation's clause next to a figure (up to 8 characters each side), spaces closed: '…填报为“7月下旬至
    8月强降雨，盈江…”' → '7月下旬至8月强降雨' for 7月下旬. None outside quotes, or where the clause holds too few words
    beside the figure to be a source's own (“11月底前”)."""
    lo = max((text.rfind(q, 0, start) for q in _OPEN_QUOTES), default=-1)
    if lo < 0 or any(text.find(q, lo + 1, start) >= 0 for q in _CLOSE_QUOTES if q != '"'):
        return None
    hi = min([k for q in _CLOSE_QUOTES if (k := text.find(q, end)) >= 0] or [-1])
    if hi < 0 or "\n" in text[lo:hi]:
        return None
    a = max([text.rfind(c, lo + 1, start) for c in _QUOTE_CLAUSE_END] + [lo]) + 1
    b = min([k for c in _QUOTE_CLAUSE_END if (k := text.find(c, end, hi)) >= 0] or [hi])
    # (a source keeps a few characters each side of its figure: the words next to it are what must agree)
    clause = squashed(text[max(a, start - 8):min(b, end + 8)])
    return clause if len(clause) >= end - start + 4 and len(clause) >= 8 else None
