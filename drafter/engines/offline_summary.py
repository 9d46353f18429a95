"""The offline summary engine: extractive, deterministic, no network — every number copied from the report.

    summarize_offline(doc, chars=500, focus=None, reject=None) -> list[SummarySection]

1. Sentences: the report's cleaned blocks (drafter.reports.layout) split at 。！？； — each with its zone
   (body / overall / problem / measure), its place in its paragraph and in the document, and its figures
   (the checker's own extractor, drafter.numbers.extract_mentions; years and dates are not figures).
2. Score: figures carried, words of results (完成, 查处, 累计 …) or of problems (未能, 不足 …), position
   (a paragraph's first sentence, earlier in the report), the --focus terms (jieba words of the focus),
   minus a little for text reassembled from OCR'd table columns; garbled text is not a candidate.
3. Select under the character budget: the frame (headings, point numbers) first, then the budget figure,
   a line each for 存在问题 and 下一步, three 主要成效 points by maximal marginal relevance (a sentence
   that repeats a chosen one — same figures, or most of its character bigrams — is skipped: the seed
   says everything two or three times), then the rest of the budget figures, an overall sentence, and
   points four and five while they fit. Points are listed in document order.
   Before any point: the completion figure and its signal (执行偏低 below 90 %, 支出超出预算 above 100 %), the
   budget and the spending in the report's own words (全年预算数 stays 全年预算数), and a cut or rise of a
   tenth or more. Points are ranked by what tells a leader most: people served, money reaching people,
   cases handled, a target met or missed, satisfaction, change over the year; a description of the unit
   (基本情况) or of where the money went is no result. Indicators that met their target (the report's
   绩效指标 table, read by drafter.forms) are candidates too, below the prose that states the same figure.
   Then the room left goes to further problems and steps in the report's order, to what the figures show
   and the report does not say (drafter.problems, as in drafting: execution below 90 %, over budget, missed
   or unmeasured indicators), and back to points that were shortened.
4. Compress lightly: drop enumerators (一是, （一）), lead phrases (今年以来，此外，下一步改进措施主要是) and,
   when a sentence is longer than its share, the clauses that carry neither a figure nor a key word —
   never a clause with a figure, never inside 《》 or quotes, never a clause without the one it hangs on
   ("其中…", "未达到…"), never ending on a dangling word ("…的"); numbers are never rewritten.

`reject` is a set of figures (as written) the caller's checker could not trace: sentences and budget
phrases carrying one are not chosen (the summarize chain re-runs the engine without them, so even an odd
OCR figure never reaches the output).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from pydantic import BaseModel, Field

from ..domain.problems import LOW_EXECUTION, NEEDY  # below LOW_EXECUTION a finance bureau calls execution low
from ..reports import BudgetFigures, ReportDoc
from ..summary import OMITTED, SummarySection, count_chars, overhead
from ..text import bigrams, end_sentence, split_sentences, strip_enumerator

RESULT_WORDS = ("完成", "实现", "累计", "共计", "全年", "开展", "查处", "消除", "发现", "组建", "下达", "提升",
                "提高", "覆盖", "达到", "创建", "制止", "签订", "成立", "举办", "培训", "检查", "整改", "受众",
                "参与", "出动", "巡查", "启动", "处置", "办结", "服务", "新增", "建成", "投入", "惠及", "处罚", "立案")
PROBLEM_WORDS = ("问题", "不足", "未能", "未完成", "难以", "偏低", "滞后", "较多", "不够", "有待", "薄弱", "不到位",
                 "缺乏", "短板", "差距", "困难", "不高", "不均衡", "不精准", "不确定", "延迟", "未达", "较低")
MEASURE_WORDS = ("加强", "完善", "建立", "提高", "优化", "推进", "落实", "确保", "加快", "强化", "规范", "健全",
                 "严格", "做好", "压实", "细化", "督促", "提前", "科学")
OVERALL_WORDS = ("整体", "总体", "基本完成", "全面完成", "圆满完成", "绩效目标", "年度目标", "绩效指标", "完成率",
                 "执行率", "支出率", "自评")
_PROBLEM_LEAD = re.compile(
    r"^(?:目前|当前|仍|还)?(?:存在的|发现的|存在|主要)?(?:主要)?(?:问题|不足)(?:及原因|和不足|与不足)?(?:主要)?"
    r"(?:是|为|有|在于|[：:])[：:，,]?"
)
_MEASURE_LEAD = re.compile(
    r"^(?:下一步|下步|今后|明年|下一年度)(?:的)?(?:改进措施|工作计划|工作打算|工作|打算|计划|措施)?(?:主要)?(?:是|为|有|将|要)?[：:，,]?"
)
# a form's label before its first indicator ("关键指标：“动物饲养种类”…"): the point is the indicator, not the label
_LABEL_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}指标[：:]")
# the draft's own label before a task's results: kept while points are chosen (it keeps a result apart from an
# indicator point that shares its words), never printed
_DRAFT_LABEL = re.compile(r"^(?:绩效指标)?完成情况[：:]")
_CONNECTIVES = re.compile(
    r"^(?:今年以来|年初以来|截至目前|截至年底|目前|同时|此外|另外|与此同时|总的来说|总体来看|综上|另一方面|其次|首先|最后|"
    r"此次活动|通过努力|在此基础上|项目绩效目标完成情况与效益主要是|效益主要是|主要是|其中|[\u4e00-\u9fff]{1,4}方面)[，,：:]?"
)
_EMPTY_CLAUSE = re.compile(r"^(?:今年以来|截至目前|同时|此外|另外|与此同时|目前)$")
_OPEN = "《“\"（(「『【‘"
_CLOSE = "》”\"）)」』】’"
MAX_POINTS = 5
_SENTENCE_MARKS = ("。", "！", "？", "；", "!", "?", ";")
# A clause ending in one of these leaves its sentence hanging ("工程变更增加支出的。", "…和。")
_DANGLING = re.compile(r"(?:的|和|与|及|或|并|对|在|为|将|把|被|从|向|以|其中|包括|主要是|由于|因为|通过|如)$")
# A clause that says what follows it, cut before that: "“A”未达标的原因"(，据自评表填报为…), "“A”年度目标≥260人"
# (，实际完成231人); a target the form writes bare hangs the same way ("“A”年度目标4部", "目标≤万分之一").
_HANGS = re.compile(r"(?:的原因|目标值?为?(?:[≥≤=＞＜><≧≦＝]|\d|[千万]分之)[^，]*)$")
NOT_STATED = "报告未列明。"
NO_BUDGET = "报告未列明预算执行情况。"
MIN_POINTS = 3
MIN_POINT_CHARS = 16  # shorter than this, a point has lost what it is about ("巡查2565处。")


class Sentence(BaseModel):
    raw: str
    text: str = Field(description="enumerator and lead phrase removed")
    zone: str
    block: int
    first: bool
    pos: float = Field(description="0 at the start of the report, 1 at its end")
    figures: list[str] = Field(default_factory=list, description="figure texts as written (1.29万家次)")
    table: bool = False
    order: int = 0
    section: str = Field("body", description="the zone of the part of the report it stands in (its heading's)")


# --- figures ---------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def figures(text: str) -> tuple[str, ...]:
    """The figures a sentence carries, as written — quantities only: years, dates, enumerators and names
    (一线三排, 二十大) are not (the checker's own extractor decides, so scoring and checking agree)."""
    from ..numbers import extract_mentions

    return tuple(m.text for m in extract_mentions(text)
                 if not m.ignored and m.value is not None and m.kind not in ("year", "date"))


def _garbled(text: str) -> bool:
    """OCR debris that survived layout: figures glued together, or digits crowding out the words — unless each
    figure has its unit (48620剂次，完成目标的108.04%，增长7.08%: a dense result sentence, the report's best)."""
    if re.search(r"[%％]\s*\d|\d\s+\d", text):
        return True
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    digits = len(re.findall(r"\d", text))
    if cjk < 8:
        return True
    if digits <= 0.35 * (cjk + digits):
        return False
    from ..numbers import extract_mentions

    quantities = [m for m in extract_mentions(text) if not m.ignored and m.kind not in ("year", "date")]
    return not quantities or any(not m.unit for m in quantities)


# --- sentences --------------------------------------------------------------------------------------


_BEHIND = re.compile(r"低于|慢于|偏低|较低|滞后|偏慢|落后")


def _lead_zone(text: str, zone: str) -> str:
    head = text[:14]
    if re.match(r"^(?:总体来看|总的来看|总体而言|综上|总体上)", text) or (
            zone in ("problem", "measure") and re.search(r"完成率|执行率|支出率", text)
            and not any(w in text for w in PROBLEM_WORDS)  # "补助资金到位较晚，执行率89.99%" stays a problem
            and not re.match(r"^针对", text) and "问题" not in text[:40]):  # "针对预算完成率…的问题" is a measure
        return "overall"  # a closing verdict after 下一步 is no measure
    if _MEASURE_LEAD.match(text) or head.startswith(("改进措施", "下一步")):
        return "measure"
    if re.match(r"^(?:发现的|存在的|主要)?问题", text) or head.startswith(("存在问题", "存在的问题")):
        return "problem"
    return zone


def strip_lead(text: str) -> str:
    """Enumerators, lead phrases and empty connectives off the front of a sentence."""
    prev = None
    while prev != text:
        prev = text
        text = strip_enumerator(text).lstrip("，,、：:；; ")
        text = _CONNECTIVES.sub("", text, count=1)
        m = _MEASURE_LEAD.match(text)
        if m and m.end() > 0 and len(text) - m.end() >= 6:
            text = text[m.end():]
        m = _PROBLEM_LEAD.match(text)
        if m and len(text) - m.end() >= 6:  # "发现的问题及原因主要是…" → "…"
            text = text[m.end():]
        m = _LABEL_LEAD.match(text)
        if m and len(text) - m.end() >= 6:
            text = text[m.end():]
    return text


def _depth(text: str) -> int:
    return sum(ch in _OPEN for ch in text) - sum(ch in _CLOSE for ch in text)


def whole_sentences(text: str) -> list[str]:
    """split_sentences, never inside brackets or quotes: a merged measure lists its subjects' figures as
    （“A”实际完成231人、目标≥260人；“B”…） and its ； is no sentence end."""
    pieces = split_sentences(text)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece, end = pieces[i], i
        if _depth(piece) > 0 and piece.endswith(("；", ";")):  # OCR'd brackets left open stay split
            joined = piece
            for k in range(i + 1, min(i + 4, len(pieces))):
                joined += pieces[k]
                if _depth(joined) <= 0:
                    piece, end = joined, k
                    break
        out.append(piece)
        i = end + 1
    return out


# What a measure is about, said before what is done: "针对执行率偏低（…）的问题", "对“居家托养服务人数”",
# "针对自评表填报的“…”". 存在问题 says it already; alone it is no step, and it never ends one.
_FRAME = re.compile(r"^(?:针对|对于?)(?:.*(?:的问题|问题)|“[^”]*”|[^，“]{0,30}(?:填报|提出)的“[^”]*”)$")


def _unframed(text: str) -> str:
    parts = clauses(text)
    if len(parts) > 1 and _FRAME.match(parts[0]):
        return end_sentence("，".join(parts[1:]))
    return text


# A line of spending (任务涉及金额…，执行数…，执行率…) is the budget's story, told in 总体情况 and 存在问题: no result.
_SPENDING_WORD = re.compile(r"预算|执行|结余|调增|调减|调整|追加|追减|核减|收回|支出|资金|经费|拨款|涉及金额")
_MONEY_OR_RATE = re.compile(r"(?:万元|亿元|元|%|个百分点)$")  # (比基本支出低7.45个百分点: two rates' gap)
# a clause that only dates or opens the sentence (2024年，我院年初预算…): no clause of its own to weigh
_OPENING_ONLY = re.compile(r"(?:(?:19|20)\d\d年度?|全年|今年|本年度?|年内)(?:[，,]?(?:我|本)(?:院|局|中心|站|所|馆|校|单位|部门))?"
                           r"|(?:分|从|按)[\u4e00-\u9fff]{1,6}?(?:来)?看")  # 分来源看 / 从支出结构看: how it is cut, no clause
_YEAR_FIGURE = re.compile(r"^(?:19|20)\d\d年度?$")


def _spending_only(text: str) -> bool:
    """Every clause speaks of the budget (预算, 执行, 结余, 调增 …) and every figure is money or a rate — a clause that
    only dates the sentence, and its year, left out."""
    parts = [p for p in clauses(text) if not _OPENING_ONLY.fullmatch(p.strip())]
    found = [f for f in figures(text) if not _YEAR_FIGURE.match(f)]
    return bool(parts) and bool(found) and all(_SPENDING_WORD.search(p) for p in parts) \
        and all(_MONEY_OR_RATE.search(f) for f in found)


# A goal restated in the form's words, and a target missed: neither is a result.
_GOAL_LABEL = re.compile(r"^(?:年度)?(?:预期|绩效|总体)?目标[：:]")
# (完成目标的90.00%: a completion below the whole target is a shortfall wherever it is written — 117.20% is not)
MISSED = re.compile(r"未达到?[^，。；]{0,12}?(?:目标|预期|要求|指标)|未达标|未按期|未完成[^，。；]{0,6}?(?:目标|任务|指标)"
                    r"|完成(?:年度|全年)?(?:目标|计划|任务)值?的(?:[1-9]?\d)(?:\.\d+)?%")


def sentences(doc: ReportDoc) -> list[Sentence]:
    # 基本情况 describes the unit (who it is, its staff), 预期目标 the plan: neither is a result or a problem
    blocks = [b for b in doc.blocks if not b.heading and b.zone not in ("note", "goal", "basic")]
    total = max(1, len(blocks) - 1)
    out: list[Sentence] = []
    for bi, block in enumerate(blocks):
        for si, raw in enumerate(whole_sentences(block.text)):
            zone = _lead_zone(strip_enumerator(raw), block.zone)
            text = strip_lead(raw)
            if zone == "measure":
                text = _unframed(text)
            if not text or len(text) < 6 or not raw.rstrip().endswith(_SENTENCE_MARKS):
                continue  # text that does not end as a sentence (a form's field row, a table's cells) is no sentence
            out.append(Sentence(raw=raw, text=end_sentence(text), zone=zone, section=block.zone, block=bi, first=si == 0,
                                pos=bi / total, figures=list(figures(text)), table=block.table, order=len(out)))
    return out


# --- compression ------------------------------------------------------------------------------------


def clauses(sentence: str) -> list[str]:
    """Split at ，, (and ：) outside 《》, quotes and brackets; the sentence's end mark is removed."""
    body = sentence.rstrip("。！？；;")
    out, buf, depth = [], [], 0
    quote_open = False
    for ch in body:
        if ch == '"':
            quote_open = not quote_open
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if ch in "，," and depth == 0 and not quote_open:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    if buf:
        out.append("".join(buf))
    return [c.strip() for c in out if c.strip() and not _EMPTY_CLAUSE.match(c.strip())]


# A clause that cannot stand without the one before it: "其中新建水厂3座", "未达到95%的年度指标值".
_NEEDS_PREVIOUS = re.compile(r"^(?:其中|并且?|且|从而|进而|使|同比|较上年|占|分别|均|也|还|即|但|而|未|没有|超过|高于|低于"
                             r"|比|完成(?:年度)?(?:目标|任务)的|完成率|达标率|另|其余|剩余|尚有)")  # 另3个因…顺延: the rest of it


def compress(sentence: Sentence | str, cap: int, words: Iterable[str] = RESULT_WORDS,
             focus: Iterable[str] = (), leading: bool = False) -> str | None:
    """The sentence within `cap` characters, or None. Whole when it fits; else its most telling clauses, in
    their order — whole clauses only, never one that needs the clause before it without that clause
    ("…，未达到95%的年度指标值" keeps what did not reach it), never ending on one left hanging ("…支出的")."""
    text = sentence.text if isinstance(sentence, Sentence) else end_sentence(strip_lead(sentence))
    if _DANGLING.search(text.rstrip("。！？；")):
        return None
    if count_chars(text) <= cap:
        return text
    parts = clauses(text)
    if len(parts) <= 1:
        return None
    words, focus = tuple(words), tuple(focus)

    def rank(i: int) -> tuple:
        # figures first, then focus and key words; long enumerations of figures weigh less per character
        c = parts[i]
        n = len(figures(c))
        value = (min(n, 2) + 2 * sum(t in c for t in focus) + 0.8 * any(w in c for w in words) + bool(_PEOPLE.search(c))
                 + 0.6 * (i == 0) - count_chars(c) / 25)  # the first clause usually names who did it
        return (n == 0, -value, i)

    def with_antecedents(i: int) -> list[int]:
        chain = [i]
        while chain[-1] > 0 and _NEEDS_PREVIOUS.match(parts[chain[-1]]):
            chain.append(chain[-1] - 1)
        return chain

    chosen: set[int] = set()
    used = 1  # the closing 。
    if not leading and figures(parts[0]) and not _NEEDS_PREVIOUS.match(parts[0]):
        # an opening clause with a figure says what was done ("举办阅读推广活动412场"): the rest hangs on it
        if count_chars(parts[0]) + 1 > cap:
            return None
        chosen.add(0)
        used += count_chars(parts[0])
    # leading=True: only the sentence's first clauses (what opens it says what the rest is about)
    order = range(len(parts)) if leading else sorted(range(len(parts)), key=rank)
    for i in order:
        if i in chosen or (i == 0 and _NEEDS_PREVIOUS.match(parts[0])):
            continue
        if leading and i and i - 1 not in chosen:
            break
        new = [k for k in with_antecedents(i) if k not in chosen]
        cost = sum(count_chars(parts[k]) + 1 for k in new) - (0 if chosen else 1)
        if used + cost <= cap:
            chosen.update(new)
            used += cost
    while chosen and (_DANGLING.search(parts[max(chosen)])
                      or (max(chosen) < len(parts) - 1 and _HANGS.search(parts[max(chosen)]))):
        chosen.discard(max(chosen))
    while framed := {i for i in chosen if _FRAME.match(parts[i]) and i + 1 not in chosen}:
        chosen -= framed  # "对“居家托养服务人数”" without what is done for it
    chosen = {i for i in chosen if all(k in chosen for k in with_antecedents(i))}
    if not chosen:
        return None
    kept = [parts[i] for i in sorted(chosen)]
    if isinstance(sentence, Sentence) and sentence.figures and not any(figures(k) for k in kept):
        return None
    out = end_sentence("，".join(kept))
    if 0 not in chosen and count_chars(out) < 0.4 * count_chars(text):
        return None  # a tail of figures without who did what ("累计出动420车次，1921人次。")
    return out


# --- scoring ----------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def focus_terms(focus: str | None) -> tuple[str, ...]:
    if not focus or not focus.strip():
        return ()
    jieba = _jieba()

    terms = {focus.strip()}
    for part in re.split(r"[\s,，、;；]+", focus.strip()):
        if part:
            terms.add(part)
            terms.update(w for w in jieba.cut_for_search(part) if len(w) >= 2)
    return tuple(sorted(terms, key=len, reverse=True))


def _focus_hits(text: str, terms: tuple[str, ...]) -> int:
    return sum(1 for t in terms if t in text)


_FIGURE_GAIN = (0.0, 1.0, 1.7, 2.2, 2.5)  # the first figure matters most; a list of eight is not eight times better


# people served (not staff sent out: "出动2582人次" is effort): who received, took part, was reached
_PEOPLE = re.compile(r"(?:服务|惠及|受益|参与|接待|签约|救助|转移|覆盖|资助|供养|受众|读者|患者|学生|群众|老人|居民|农户|村民)"
                     r"[^，。；\d]{0,12}\d+(?:\.\d+)?(?:万|千)?(?:人次|人|户|名)")
_CASES = re.compile(r"\d(?:万)?(?:件|宗|起|例)")  # matters handled: cases, disputes, complaints
_CHANGE = re.compile(r"较上年|同比|比上年|增长|提高到|提高了|下降|缩短|减少")  # what changed, not only what was done
_BENEFIT = re.compile(r"发放|补助|补贴|惠及|受益|减轻|增收|救助|节约|服务群众|资助")
_TARGET = re.compile(r"年度目标|目标的|超额|超过目标|未达到|未完成|低于.{0,8}目标|达到.{0,6}目标")
_DESCRIPTION = re.compile(r"^.{0,30}(?:是|为).{0,20}(?:单位|机构|医院|学校|事业单位)|内设|编制|在编|在职职工|位于|下设|辖\d|辖区常住")
# a cost kept under its cap (单台补贴目标≤800元，实际为800元): an indicator met, nothing done for the people served
_COST_CAP = re.compile(r"目标(?:≤|<|≦|不超过|不高于|控制在)\d+(?:\.\d+)?(?:万|亿)?元")
_ALLOCATION = re.compile(r"资金用于|预算数|下达(?:项目)?资金|安排(?:项目)?资金|资金来源|其中中央|补助资金\d|按人均|经费\d|资金主要用于")


def score_result(s: Sentence, terms: tuple[str, ...]) -> float:
    """Figures first; then what tells a leader most — people served, money reaching people, a target met or
    missed, satisfaction; a description of the unit or of where the money went is no result."""
    score = _FIGURE_GAIN[min(len(s.figures), 4)]
    score += 0.8 * bool(_PEOPLE.search(s.text)) + 0.6 * bool(_BENEFIT.search(s.text))
    score += 0.8 * bool(_TARGET.search(s.text)) + 0.5 * ("满意度" in s.text)
    score += 0.4 * bool(_CASES.search(s.text)) + 0.4 * bool(_CHANGE.search(s.text))
    if _DESCRIPTION.search(s.text):
        score -= 2.5
    if _ALLOCATION.search(s.text) or _COST_CAP.search(s.text):
        score -= 2.0
    score += 0.5 * min(sum(w in s.text for w in RESULT_WORDS), 3)
    score += 0.5 * s.first + 0.6 * (1 - s.pos)
    score -= 2.0 * s.table  # OCR'd table columns: the same facts usually stand, cleaner, in the prose
    if count_chars(s.text) < 14:
        score -= 1.0
    if terms and _focus_hits(s.text, terms):
        score += 5.0 + min(_focus_hits(s.text, terms), 3)  # on topic first, then the usual order
    return score


_PLAN_START = re.compile(r"^(?:加强|推进|推动|提升|落实|完善|继续|坚持|大力|积极|进一步|力争|确保|计划|拟|将|要)")
_DONE = re.compile(r"了|已|共|累计|完成|达到|实现|全年|今年|截至|均|先后|共计|合计|较上年|同比|受众|参与")


def _planned(text: str) -> bool:
    """A goal or plan ("加强…，推进…") rather than a result: it opens with an imperative and says nothing done."""
    return bool(_PLAN_START.match(text)) and not _DONE.search(text)


def score_line(s: Sentence, words: tuple[str, ...], terms: tuple[str, ...]) -> float:
    score = 1.0 * min(sum(w in s.text for w in words), 3) + 0.8 * s.first + 0.3 * min(len(s.figures), 2)
    score += 0.3 * (1 - s.pos)
    if terms:
        score += 2.0 * min(_focus_hits(s.text, terms), 2)
    return score


_GENERIC = frozenset("全区 开展 工作 组织 完成 共计 累计 今年 全年 进行 实现 加强 推进 提升 我区 各类 相关 有效 确保 "
                     "落实 建立 情况 方面 部门 单位 活动 进一步 同时 其中 主要 以及 通过 开展了".split())


def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # its "Building prefix dict…" lines are not for our users
    return jieba


@lru_cache(maxsize=65536)
def topic_words(text: str) -> frozenset[str]:
    jieba = _jieba()
    return frozenset(w for w in jieba.lcut(text) if len(w) >= 2 and w not in _GENERIC and not re.search(r"\d", w))


_NAMED_ROW = re.compile(r"^“([^”]{4,30})”")  # an indicator's own row, "“新发病例”目标=0例，实际为0例，达到目标"


def _names_indicator_of(row: str, other: str) -> bool:
    """`other` says in words the result `row` states ("…全年无新发病例" before the row of “新发病例”): said once."""
    m = _NAMED_ROW.match(row)
    return bool(m) and m[1] in other.replace(m[0], "")


def redundancy(a: Sentence, b: Sentence) -> float:
    """How much `a` repeats `b`: shared character bigrams, shared figures, (less) shared topic words, or
    (least) the same paragraph."""
    x, ta, ma = _features(a.text, tuple(a.figures))
    y, tb, mb = _features(b.text, tuple(b.figures))
    jac = len(x & y) / min(len(x), len(y)) if x and y else 0.0
    fa, fb = set(a.figures), set(b.figures)
    fig = len(fa & fb) / min(len(fa), len(fb)) if fa and fb else 0.0
    topic = len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0
    same_paragraph = 0.35 if a.block == b.block else 0.0  # one paragraph is one topic: spread the points
    # the same measure stated twice ("启动应急响应62次" here, "启动应急响应61次" there): never both
    same_measure = 1.0 if ma & mb else 0.0
    if a.section == "indicators" and a.figures and a.figures[0] in b.text:
        return 1.0  # the indicator's actual value is stated already, with its context
    if _names_indicator_of(a.text, b.text):
        return 1.0
    return max(jac, fig, 0.6 * topic, same_paragraph, same_measure)


@lru_cache(maxsize=65536)
def _features(text: str, figs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """A sentence's bigrams, topic words (figures left out) and measures, computed once per sentence."""
    bare = text
    for f in figs:
        bare = bare.replace(f, " ")
    return frozenset(bigrams(text)), topic_words(bare), frozenset(_measures(text, figs))


def _measures(text: str, figs: tuple[str, ...]) -> set[tuple[str, str]]:
    """(the four characters before a figure, its unit) — what the figure counts, whatever its value."""
    out = set()
    for f in figs:
        at = text.find(f)
        unit = re.sub(r"^[\d.,，%％]+", "", f)
        before = re.sub(r"[\s，。、；：]", "", text[max(0, at - 6):at])[-4:]
        if at > 0 and len(before) == 4 and unit:
            out.add((before, unit))
    return out


# --- budget line ------------------------------------------------------------------------------------


def completion_figure(budget: BudgetFigures) -> str | None:
    """The completion figure as the summary states it: the report's own, or actual ÷ adjusted when absent."""
    if budget.completion is not None:
        return f"{budget.completion.label}{budget.completion.text}"
    full = budget.adjusted or budget.initial
    if budget.actual is not None and full is not None and full.value > 0:
        rate = (budget.actual.value / full.value * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"预算完成率{rate}%"
    return None




def _budget_label(label: str, fallback: str) -> str:
    """The report's own word for the figure, without the form's 部门…收入 wrapping: 全年预算数 stays (a project
    form has no 调整预算), 部门调整预算收入 reads 调整预算, 实际支出数 reads 实际支出."""
    label = re.sub(r"^部门|收入$", "", label)
    if label in ("调整预算数", "调整预算收入"):
        return "调整预算"
    if label in ("实际支出数",):
        return "实际支出"
    return label or fallback


def completion_value(budget: BudgetFigures) -> Decimal | None:
    if budget.completion is not None:
        return budget.completion.value
    full = budget.adjusted or budget.initial
    if budget.actual is not None and full is not None and full.value > 0:
        return budget.actual.value / full.value * 100
    return None


def execution_signal(budget: BudgetFigures) -> str | None:
    """What the rate tells a leader, in words (no new figure to trace): low, or over the budget."""
    rate = completion_value(budget)
    if rate is None:
        return None
    if rate < LOW_EXECUTION:
        return "执行偏低"
    if rate > 100:
        return "支出超出预算"
    return None


def budget_parts(budget: BudgetFigures) -> list[tuple[str, str]]:
    """(kind, phrase) in reading order; kinds say what may be dropped first when room is short."""
    parts: list[tuple[str, str]] = []
    if budget.year:
        parts.append(("year", f"{budget.year}年"))
    if budget.adjusted is not None:
        parts.append(("adjusted", f"{_budget_label(budget.adjusted.label, '调整预算')}{budget.adjusted.text}"))
    elif budget.initial is not None:
        parts.append(("initial", f"{_budget_label(budget.initial.label, '年初预算')}{budget.initial.text}"))
    if (budget.adjusted is not None and budget.initial is not None
            and budget.adjusted.value != budget.initial.value):
        direction = "调减" if budget.adjusted.value < budget.initial.value else "调增"
        initial = f"较{_budget_label(budget.initial.label, '年初预算')}{budget.initial.text}"
        if budget.adjustment is not None:
            parts.append(("adjustment", f"{initial}{direction}{budget.adjustment.text}"))
        else:
            parts.append(("adjustment", f"{initial}有所{direction}"))
    if budget.actual is not None:
        parts.append(("actual", f"{_budget_label(budget.actual.label, '实际支出')}{budget.actual.text}"))
    rate = completion_figure(budget)
    if rate:
        parts.append(("completion", rate))
        signal = execution_signal(budget)
        if signal:
            parts.append(("signal", signal))
    return parts


def _budget_values(budget: BudgetFigures) -> set[Decimal]:
    """The values 总体情况 gives or implies: the budget figures, the balance and the adjustment amount."""
    vals = {f.value for f in (budget.initial, budget.adjusted, budget.actual, budget.completion, budget.adjustment)
            if f is not None}
    if budget.adjusted is not None and budget.actual is not None:
        vals.add(abs(budget.adjusted.value - budget.actual.value))
    if budget.adjusted is not None and budget.initial is not None and budget.initial.value:
        change = abs(budget.adjusted.value - budget.initial.value)
        vals |= {change, (change * 100 / budget.initial.value).quantize(Decimal("0.01"), ROUND_HALF_UP)}
    return vals


def restating_blocks(sents: list[Sentence], budget: BudgetFigures) -> set[int]:
    """Problem paragraphs whose every figure is a budget figure ("预算资金未全部执行。…预算完成率为87.98%，14.25万元预算
    资金未形成支出"): a leader has read them in 总体情况, so a problem that says something new goes first."""
    values = _budget_values(budget)
    figs: dict[int, set[Decimal]] = {}
    for s in sents:
        if s.section == "problem":  # a problem paragraph's budget sentence reads as 总体情况 (zone "overall")
            figs.setdefault(s.block, set()).update(_value(f) for f in s.figures)
    return {b for b, v in figs.items() if v and v <= values}


def missed_target_blocks(sents: list[Sentence]) -> set[int]:
    """Problem paragraphs that say a target was missed: the performance a leader asks about first (the money a
    task left unspent usually follows from it)."""
    return {s.block for s in sents if s.section == "problem" and MISSED.search(s.text)}


def _value(figure: str) -> Decimal:
    m = _NUMBER_HEAD.match(figure)
    return Decimal(m.group().replace(",", "")) if m else Decimal(-1)


_BUDGET_PRIORITY = ("completion", "signal", "adjusted", "actual", "adjustment", "year", "initial")
ADJUSTMENT_SIGNAL = Decimal(10)  # a change of a tenth of the budget or more is news for a leader (as in drafting)


def budget_sentence(parts: list[tuple[str, str]], kinds: set[str]) -> str:
    """'2022年调整预算3475.09万元，实际支出3229.91万元，预算完成率92.94%。' from the chosen parts."""
    chosen = [(k, p) for k, p in parts if k in kinds]
    if not chosen or (chosen[0][0] == "year" and len(chosen) == 1):
        return ""
    if chosen[0][0] == "year":
        return end_sentence(chosen[0][1] + "，".join(p for _, p in chosen[1:]))
    return end_sentence("，".join(p for _, p in chosen))


# --- problems the figures show ----------------------------------------------------------------------

# What drafting's problem detection finds that a leader must hear even when the report keeps quiet about it;
# a large cut or rise is already said in 总体情况.
FIGURE_PROBLEMS = ("budget_under_execution", "over_execution", "indicator_below_target", "indicator_not_numeric",
                   "project_under_execution", "project_over_execution", "task_under_execution")


def _fresh_clauses(sentence: str, said: set[str], reject: set[str]) -> list[str]:
    """The clauses of a problem sentence whose figures 总体情况 does not state and the checker traces; none when
    its opening clause must go ("“危桥改造数量”年度目标≥8座" names what the rest is about)."""
    parts = clauses(sentence)
    keep = [c for c in parts if not {_figure_key(f) for f in figures(c)} & said and not set(figures(c)) & reject]
    if parts and keep and keep[0] != parts[0] and (set(figures(parts[0])) & reject or "“" in parts[0]):
        return []
    return keep


_SUBJECT = re.compile(r"(?:项目|经费|资金|工程|补助|专项|^(?:19|20)\d{2}年)$")


_ADJUSTED = re.compile(r"较年初.{0,6}(?:调减|调增)|^(?:调减|调增)\d")
WHY_NOT_LEAD = 12  # "两期培训因…未能举办" opens with it; "…改造危桥6座（2座因调减预算推迟至2024年）…" is a result
_WHY_NOT = re.compile(r"(?:因|由于|受)[^，。；]{0,30}(?:未能|未举办|未开展|取消|停办|暂缓|推迟)")


def _says_why_not(text: str) -> bool:
    """A sentence that says why something was not done ("两期培训因合作培训机构更换未能举办") is a difficulty with its
    cause — never a result, however many result words (培训, 举办) it holds."""
    m = _WHY_NOT.search(text)
    return m is not None and m.start() < WHY_NOT_LEAD  # what the sentence is about, not a remark inside a result


def _subject_only(parts: list[str], kept: list[str]) -> int:
    """How many of the kept clauses open the sentence without a figure while what they introduced was dropped:
    "2023年城区公园绿地养护管理项目" kept before "结余25.42万元" once the budget clauses between went reads as a
    sentence of its own. Those are left out; a clause after them that was kept stays."""
    n = 0
    while n < len(kept) and n < len(parts) and kept[n] == parts[n] and not figures(parts[n]):
        n += 1
    named = n > 0 and _SUBJECT.search(parts[n - 1]) is not None  # a name, or the year alone: no statement
    return n if named and n < len(parts) and (n >= len(kept) or kept[n] != parts[n]) else 0


_NUMBER_HEAD = re.compile(r"[\d,]+(?:\.\d+)?")  # a figure's number as written: 3,260 of 3,260张


def _distinctive(figure: str) -> bool:
    """Three significant digits or more (3260张, 96.8%): met twice, it is the same fact; 100% or 12间 recur by chance."""
    m = _NUMBER_HEAD.match(figure)
    return bool(m) and len(Decimal(m.group().replace(",", "")).normalize().as_tuple().digits) >= 3


def _figure_key(text: str) -> str:
    """A figure as a value and its unit, so 108% and 108.00% are the same figure."""
    m = re.match(r"([\d,]+(?:\.\d+)?)(.*)$", text)
    if not m:
        return text
    value = Decimal(m.group(1).replace(",", "")).normalize()
    return f"{value:f}{m.group(2)}"


# Where a report lists its problems, 低于 / 少于 a target is a shortfall (in its results it may be a ceiling kept)
_BELOW_TARGET = re.compile(r"(?:低于|少于|不足|差)[^，。；]{0,12}?(?:目标|要求|预期)|比(?:年度)?目标少|距(?:年度)?目标")


def missed_figures(doc: ReportDoc, sents: list[Sentence] = ()) -> set[str]:
    """The actual values of indicators that missed their target, as figures (现场观众4.8万人次 of ≥6万人次): from
    the report's indicator table, and from its 存在问题, where a clause says a figure fell short of its target
    ("培训覆盖率78.6%，低于90%的目标11.4个百分点": 78.6%, the figure the shortfall clause hangs on)."""
    missed = {f for row in doc.indicators if row.met is False for f in figures(row.actual)}
    for s in sents:
        if s.section != "problem":
            continue
        parts = clauses(s.text)
        for i, part in enumerate(parts):
            if MISSED.search(part) or _BELOW_TARGET.search(part):
                said = figures(part) if not _NEEDS_PREVIOUS.match(part) or i == 0 else figures(parts[i - 1])
                missed.update(said[:1])  # the value that fell short, not the target or the gap after it
    return missed


def _missed_clauses(parts: list[str], missed: set[str]) -> set[int]:
    """The clauses that state a shortfall — a missed indicator's actual value, or a target not reached — with
    the clauses hanging on them ("水质检测达标率93.6%，未达到95%的年度指标值": both)."""
    bad = {i for i, c in enumerate(parts) if set(figures(c)) & missed or MISSED.search(c)}
    for i in sorted(bad, reverse=True):  # what a 未达到… clause hangs on, and the target it fell short of
        while i > 0 and ((_NEEDS_PREVIOUS.match(parts[i]) and MISSED.search(parts[i])) or _HANGS.search(parts[i - 1])):
            i -= 1
            bad.add(i)
    for i in range(1, len(parts)):  # what hangs on a shortfall
        if i - 1 in bad and _NEEDS_PREVIOUS.match(parts[i]):
            bad.add(i)
    return bad


def without_missed(s: Sentence, missed: set[str]) -> Sentence | None:
    """The sentence without the clauses that state a shortfall as if it were a result; None when nothing with
    a figure is left."""
    parts = clauses(s.text)
    bad = _missed_clauses(parts, missed)
    if not bad:
        return s
    kept = [c for i, c in enumerate(parts) if i not in bad]
    while kept and _NEEDS_PREVIOUS.match(kept[0]):
        kept.pop(0)  # "其中…" without what it is part of
    text = end_sentence("，".join(kept)) if kept else ""
    if not figures(text) or count_chars(text) < MIN_POINT_CHARS:
        return None
    return Sentence(**{**s.model_dump(), "text": text, "figures": list(figures(text))})


def shortfall_of(s: Sentence, missed: set[str]) -> Sentence | None:
    """The clauses of a result sentence that say a target was not reached, as a problem of their own."""
    parts = clauses(s.text)
    bad = sorted(_missed_clauses(parts, missed))
    if not any(MISSED.search(parts[i]) for i in bad):
        return None  # "按1.8万亩测算": a missed figure used, no shortfall said
    text = end_sentence("，".join(parts[i] for i in bad))
    return Sentence(**{**s.model_dump(), "text": text, "figures": list(figures(text)), "zone": "problem",
                       "section": "figures"})


def indicator_points(doc: ReportDoc, start: int, reject: set[str]) -> list[Sentence]:
    """Indicators that met their target, as points ("课后服务参与学生数1932人（目标≥1800人）。"): a report whose
    results stand only in its indicator table still has results. They rank a little below the report's own
    sentences, which say the same figure with its context; missed targets go to 存在问题."""
    out = []
    for k, row in enumerate(doc.indicators):
        if not row.met or row.actual == row.target:
            continue
        text = f"{row.name}{row.actual}（目标{row.target}）。" if row.target else f"{row.name}{row.actual}。"
        if set(figures(text)) & reject:  # the checker could not tie the target to this indicator: the actual alone
            text = f"{row.name}{row.actual}。"
        figs = list(figures(text))
        if not figs or set(figs) & reject:
            continue
        out.append(Sentence(raw=text, text=text, zone="body", section="indicators", block=20_000, first=False,
                            pos=1.0, figures=figs, table=True, order=start + k))
    return out


def figures_input(doc: ReportDoc):
    """The report's figures as a drafter input (budget; the indicators once a form reader gives them), so the
    problems are found by the same detection as drafting (drafter.problems)."""
    from pydantic import ValidationError

    from ..schema import Budget, FormKind, Indicator, KeyProject, ReportInput, Task

    b = doc.budget
    unit = next((f.unit for f in (b.adjusted, b.initial, b.actual) if f is not None and f.unit), b.unit or "万元")
    indicators = []
    for row in doc.indicators:
        try:  # the schema reads the values as written (≥95%, 9月前, 达成预期), as it does for an input file
            indicators.append(Indicator.model_validate({"三级指标": row.name, "年度指标值": row.target or None,
                                                        "实际完成值": row.actual}))
        except ValidationError:
            continue
    money = unit in ("万元", "元") and (b.actual is not None or b.completion is not None)
    projects = [KeyProject(name=p.name, budget=p.budget, actual=p.actual) for p in doc.projects]
    if not money and not indicators and not projects:
        return None
    try:
        budget = Budget(unit=unit, initial=b.initial.value if b.initial else None,
                        adjusted=b.adjusted.value if b.adjusted else None,
                        actual=b.actual.value if b.actual else None) if money else Budget()
        project = b.adjusted is not None and b.adjusted.label.startswith("全年预算")  # a project form's words
        return ReportInput(unit=b.name or "本单位", year=int(b.year or 2000), budget=budget,
                           form=FormKind.project if project else FormKind.department,
                           tasks=[Task(name="绩效指标", indicators=indicators)] if indicators else [],
                           key_projects=projects)
    except (ValidationError, ValueError):  # figures the schema refuses (a spend without budget …): no problem here
        return None


_BUDGET_PROBLEM_SAID = re.compile(r"执行率|完成率|超出预算|超支|超预算|执行进度|支出进度|未形成支出|结转|结余|未能支出")


def _worded(actual: str) -> bool:
    from ..schema import parse_target, parse_time_point

    return parse_target(actual) is None and parse_time_point(actual) is None


def _indicator_said(doc: ReportDoc, name: str, said: str) -> bool:
    """The report's problems give this indicator's shortfall already: its actual value stands in them."""
    row = next((r for r in doc.indicators if r.name == name), None)
    return row is None or row.actual.replace(" ", "") in said


def figure_problems(doc: ReportDoc, said: str = "") -> list[str]:
    """Problem paragraphs from the figures, as drafting words them, that the report's own problems (`said`)
    do not already name. Low execution counts below 90 %: a few points short of 100 % is no news for a leader."""
    from ..domain.problems import detect_problems
    from ..facts import build_facts

    report = figures_input(doc)
    if report is None:
        return []
    rate = completion_value(doc.budget)
    out = []
    for p in detect_problems(report, build_facts(report)):
        if p.kind.name not in FIGURE_PROBLEMS:
            continue
        if p.kind.name == "budget_under_execution" and (rate is None or rate >= LOW_EXECUTION):
            continue
        if p.kind.name in ("budget_under_execution", "over_execution") and _BUDGET_PROBLEM_SAID.search(said):
            continue
        if p.kind.name.startswith("indicator_") and all(_indicator_said(doc, s, said) for s in p.subjects):
            continue  # every indicator of the (merged) item is named already
        if p.kind.name == "indicator_not_numeric" and not any(_worded(r.actual) for r in doc.indicators):
            continue  # a date against a deadline ("2023年12月20日" for "11月底前") is a value, not words
        out.append(p.text)
    return out


# --- the engine -------------------------------------------------------------------------------------


def summarize_offline(doc: ReportDoc, chars: int = 500, focus: str | None = None,
                      reject: set[str] | None = None) -> list[SummarySection]:
    reject = reject or set()
    terms = focus_terms(focus)
    # a rejected mention may be a date, which is no figure (晚于11月底): its text keeps the sentence out too
    sents = [s for s in sentences(doc) if not set(s.figures) & reject and not any(r in s.text for r in reject)]
    budget = doc.budget
    rate_digits = budget.completion.digits if budget.completion else None

    parts = [(k, p) for k, p in budget_parts(budget) if not set(figures(p)) & reject]
    overall_kinds: set[str] = set()
    results: list[tuple[Sentence, str]] = []
    problem: list[str] = []
    measure: list[str] = []
    overall_extra: list[str] = []

    def used() -> int:
        secs = assemble()
        return count_chars("".join(s.body for s in secs)) + overhead(len(results))

    def assemble() -> list[SummarySection]:
        overall = [budget_sentence(parts, overall_kinds)] if overall_kinds else []
        overall += overall_extra
        pts = [_DRAFT_LABEL.sub("", t) for _, t in sorted(results, key=lambda r: r[0].order)]
        return [SummarySection(name="总体情况", items=[o for o in overall if o]),
                SummarySection(name="主要成效", items=pts),
                SummarySection(name="存在问题", items=problem),
                SummarySection(name="下一步", items=measure)]

    def room() -> int:
        empty = sum(1 for s in assemble() if not s.items)  # each empty part prints 从略。
        return chars - used() - len(OMITTED) * empty

    # 1. the completion figure (the one thing 总体情况 must state), what it signals, the budget and the spending,
    # and a large cut or rise — before any result takes the room
    first = ["completion", "signal", "adjusted", "actual"]
    if budget.initial is not None and budget.adjusted is not None and budget.initial.value > 0 and abs(
            budget.adjusted.value - budget.initial.value) * 100 / budget.initial.value >= ADJUSTMENT_SIGNAL:
        first.append("adjustment")
    for kind in first:
        if any(k == kind for k, _ in parts):
            overall_kinds.add(kind)
            if room() < 0:
                overall_kinds.discard(kind)

    # 2. a line each for 存在问题 and 下一步
    taken: set[int] = set()
    lines: list[tuple[list[str], int, Sentence, tuple[str, ...]]] = []  # (part, index, sentence, words)
    line_cap = max(12, round(chars * 0.13))
    restating, missed_first = restating_blocks(sents, budget), missed_target_blocks(sents)
    for zone, words, target in (("problem", PROBLEM_WORDS, problem), ("measure", MEASURE_WORDS, measure)):
        pool = [s for s in sents if s.zone == zone]
        if not pool and zone == "problem":
            pool = [s for s in sents if s.zone in ("body", "overall")
                    and any(w in NEEDY.sub("", s.text[:30]) for w in PROBLEM_WORDS[1:])]  # 困难群众 are no problem
        # the report's own order: it names its main problem first; a focus or the key words break ties only
        # the report's own part for it (存在问题 / 下一步) before a sentence elsewhere that reads like one
        # — except a problem that only restates 总体情况's budget figures, which waits for one that is news
        pool.sort(key=lambda s: (-(score_line(s, words, terms) if terms else 0), s.section != zone,
                                 s.block in restating, s.block not in missed_first, s.block, s.order))
        for s in pool:
            text = compress(s, min(line_cap, room() + 3), words, terms)
            if text and room() + 3 - count_chars(text) >= 0:
                target.append(text)
                taken.add(s.order)
                lines.append((target, len(target) - 1, s, words))
                break
        if not pool and room() + 3 >= len(NOT_STATED):
            target.append(NOT_STATED)  # say so: a leader should see that the report names no problem

    # 3. 主要成效: maximal marginal relevance over result sentences
    pool = [s for s in sents if s.zone in ("body", "overall") and s.figures and not _garbled(s.text)
            and s.section not in ("problem", "measure")
            and not any(w in s.text[:12] for w in ("问题", "不足")) and not _GOAL_LABEL.match(s.text)
            and not (_spending_only(s.text) and not any(t in s.text for t in terms))  # unless what was asked about
            and not _says_why_not(s.text)]
    missed = missed_figures(doc, sents)
    shortfalls = [m for s in pool if (m := shortfall_of(s, missed)) is not None]  # said as problems below
    pool = [t for s in pool if (t := without_missed(s, missed)) is not None]
    if rate_digits:
        pool = [s for s in pool if rate_digits not in s.text]  # the budget line states it already
    pool += indicator_points(doc, len(sents), reject)
    done = [s for s in pool if not _planned(s.text)]
    pool = done if len(done) >= MIN_POINTS else pool  # a goal restated is no result, unless nothing else is there
    base = {s.order: score_result(s, terms) for s in pool}
    picked: list[Sentence] = []
    picked_orders: set[int] = set()

    ranked = sorted(pool, key=lambda s: (-base[s.order], s.order))

    def add_point(cap_share: float) -> bool:
        best, best_val, best_text = None, None, None
        avail = room() - (len(str(len(results) + 1)) + 1) + (3 if not results else 0)
        cap = min(avail, max(30, round(chars * cap_share)))
        if cap < MIN_POINT_CHARS:
            return False
        shown = {_figure_key(f) for _, t in results for f in figures(t) if _distinctive(f)}
        for s in ranked:
            if best_val is not None and base[s.order] <= best_val:
                break  # sorted by base score, and redundancy only lowers it: nothing better is left
            if s.order in picked_orders:
                continue
            red = max((redundancy(s, p) for p in picked), default=0.0)
            if red >= 0.6:
                continue
            val = base[s.order] - 3.0 * red
            if best_val is not None and val <= best_val:
                continue
            text = compress(s, cap, RESULT_WORDS, terms)
            # an indicator row names what it counts ("养护工程群众满意度93.8%。"); a short sentence may have lost it
            if not text or count_chars(text) < (10 if s.section == "indicators" else MIN_POINT_CHARS):
                continue
            if shown & {_figure_key(f) for f in figures(text)}:
                continue  # a figure a point already states (a result, then its indicator row): said once
            best, best_val, best_text = s, val, text
        if best is None:
            return False
        picked.append(best)
        picked_orders.add(best.order)
        results.append((best, best_text))
        return True

    share = 0.16
    for _ in range(MIN_POINTS):
        if not add_point(share):
            break
    if not pool:
        # a report without figures: results are still results — sentences that say what was done
        pool = [s for s in sents if s.zone in ("body", "overall") and not _planned(s.text) and not _garbled(s.text)
                and sum(w in s.text for w in RESULT_WORDS) >= 1]
        base = {s.order: score_result(s, terms) + 0.5 * sum(w in s.text for w in RESULT_WORDS) for s in pool}
        ranked[:] = sorted(pool, key=lambda s: (-base[s.order], s.order))
        for _ in range(MIN_POINTS):
            if not add_point(share):
                break

    # 4. the rest of the budget figures, then an overall sentence
    for kind in _BUDGET_PRIORITY[2:]:
        if any(k == kind for k, _ in parts):
            overall_kinds.add(kind)
            if room() < 0:
                overall_kinds.discard(kind)
    if "year" in overall_kinds and len(overall_kinds) == 1:
        overall_kinds.discard("year")
    stated = {f for _, p in parts for f in figures(p)}

    def overall_hits(s: Sentence) -> int:
        return sum(w in s.text for w in OVERALL_WORDS) + (2 if rate_digits and rate_digits in s.text else 0)

    overall_pool = [s for s in sents if s.zone in ("overall", "body") and overall_hits(s) >= 2
                    and not _garbled(s.text) and s.order not in picked_orders]
    # a problem that a line ran behind the whole (其中政府性基金预算执行率51.56% / 项目支出执行率91.61%，低于部门整体
    # 水平) is what 总体情况 adds first: which money was left
    overall_pool.sort(key=lambda s: (not (s.section == "problem" and _BEHIND.search(s.text)),
                                     -(overall_hits(s) + 0.5 * s.first + (s.zone == "overall")), s.order))
    for s in overall_pool[:5]:
        # the budget figures are stated already: keep the clauses that say something else
        pieces = clauses(s.text)
        kept = [c for c in pieces if not set(figures(c)) & stated and not (rate_digits and rate_digits in c)
                and not ("adjustment" in overall_kinds and _ADJUSTED.search(c))]  # 有所调减 is said already
        kept = kept[_subject_only(pieces, kept):]
        if not kept:
            continue
        cand = Sentence(**{**s.model_dump(), "text": end_sentence("，".join(kept)), "figures": list(figures("，".join(kept)))})
        text = compress(cand, min(room(), round(chars * 0.14)), OVERALL_WORDS, terms)
        if text and count_chars(text) >= 8 and room() - count_chars(text) >= 0:
            overall_extra.append(text)
            taken.add(s.order)
            break

    if not overall_kinds and not overall_extra and room() + 3 >= len(NO_BUDGET):
        overall_extra.append(NO_BUDGET)

    # 5. points four and five while they fit
    while len(results) < MAX_POINTS and add_point(share):
        pass

    # 6. the room left goes to the report's further problems and steps, in its order (a leader reads the
    # problems before the plans), then to what the figures show and the report does not say — each whole or
    # shortened at a clause boundary, never restating a figure 总体情况 states
    said = {_figure_key(f) for f in stated | {f for o in overall_extra for f in figures(o)}}
    own = "".join(s.text for s in sents if s.zone == "problem") + "".join(m.text for m in shortfalls)
    from_figures = [m.model_copy(update={"block": 9_000 + n, "order": 9_000 + n}) for n, m in enumerate(shortfalls)]
    for n, text in enumerate(figure_problems(doc, own)):
        # its headline, then its figures that 总体情况 does not state and the checker traces, as one statement
        head, *rest = split_sentences(text)
        detail = [end_sentence("，".join(kept)) for sent in rest if (kept := _fresh_clauses(sent, said, reject))]
        if rest and not detail:
            continue
        line = head + "".join(detail)
        from_figures.append(Sentence(raw=text, text=line, zone="problem", section="figures", block=10_000 + n,
                                     first=True, pos=1.0, figures=list(figures(line)), order=10_000 + n))
    if problem == [NOT_STATED] and from_figures:
        problem.clear()
    for m in shortfalls:  # "老年人健康管理率未达标。" said with its figures when the report gives them elsewhere
        for i, line in enumerate(problem):
            if not figures(line) and similar(line, m.text) and room() + count_chars(line) - count_chars(m.text) >= 0:
                problem[i] = m.text
                taken.add(m.order)
                break
    # a second, wider pass only when the results left much of the room unused (a form with few of them)
    for zone, target, share_of in (("problem", problem, 0.24), ("measure", measure, 0.16),
                                   ("problem", problem, 0.36), ("measure", measure, 0.26)):
        if target == [NOT_STATED] or (share_of > 0.3 and used() >= 0.85 * chars):
            continue
        pool = [s for s in sents if s.zone == zone] + (from_figures if zone == "problem" else [])
        for s in sorted((s for s in pool if s.order not in taken and s.order not in picked_orders),
                        key=lambda s: (s.section == "figures" and bool(target), s.section != zone,
                                       s.block in restating, s.block not in missed_first, s.block, s.order)):
            have = count_chars("".join(target))
            cap = min(room(), round(chars * share_of) - have)
            if cap < MIN_POINT_CHARS:
                break
            words = PROBLEM_WORDS if zone == "problem" else MEASURE_WORDS
            if zone == "problem" and s.section != "figures" and s.figures:
                # the budget problem restates 总体情况's figures: only what it adds takes room, so a shortfall
                # with its own figures still fits (a leader reads "部分指标未达标" as nothing)
                shown = {_figure_key(f) for o in assemble()[0].items for f in figures(o)}
                kept = _fresh_clauses(s.text, shown, reject)
                if not kept:
                    continue
                if len(kept) < len(clauses(s.text)):
                    line = end_sentence("，".join(kept))
                    s = s.model_copy(update={"text": line, "figures": list(figures(line))})
            text = compress(s, cap, words, terms, leading=True)
            if not text or count_chars(text) < 6 or any(similar(text, x) for x in target + overall_extra):
                continue
            if s.section == "figures" and any(
                    (MISSED.search(x) or "未达" in x) and {_figure_key(f) for f in figures(x)} & {
                        _figure_key(f) for f in figures(text)} for x in target):
                continue  # a shortfall of the results the report's own problem already tells (未达目标，少培训12人)
            target.append(text)
            taken.add(s.order)
            lines.append((target, len(target) - 1, s, words))  # shortened to its share: step 7 may give it back

    # 7. room still left: points that were shortened get back what they lost, whole or in part, and so do the
    # first lines of 存在问题 and 下一步 (a problem's cause, 年中县级财力紧张, was the first clause to go)
    for i, (s, text) in enumerate(results):
        fuller = compress(s, room() + count_chars(text), RESULT_WORDS, terms)
        if fuller and count_chars(fuller) > count_chars(text) and not _drops_clauses_of(fuller, text):
            results[i] = (s, fuller)
    for target, i, s, words in lines:
        text = target[i]
        fuller = compress(s, room() + count_chars(text), words, terms)
        if fuller and count_chars(fuller) > count_chars(text) and not _drops_clauses_of(fuller, text):
            target[i] = fuller
    return assemble()


def _drops_clauses_of(fuller: str, text: str) -> bool:
    """The fuller version leaves out a clause the shorter one had (then it is not simply more of the same)."""
    have = set(clauses(fuller))
    return any(c not in have for c in clauses(text))


def similar(a: str, b: str) -> bool:
    """The same statement twice (the form's box and the report's paragraph often repeat each other)."""
    x, y = bigrams(a), bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6
