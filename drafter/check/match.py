"""Stage 2: find a mention's value among the source facts (exact, converted, rounded, approximate, bounds) and
rank the candidates by subject, year and record (the _Checker). Separate from the derivations, which only
run when no source fact matches.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from bisect import bisect_right, insort
import re
import weakref
from dataclasses import dataclass, replace
from decimal import Decimal, ROUND_HALF_UP, getcontext, setcontext
from functools import lru_cache
from operator import itemgetter
from typing import Any, Sequence

from ..numbers import UNITS, NumberMention, unit_family
from ..subjects import _BUDGET, _INITIAL, _NEW, _STOP, clause_before, direction, noun_after, roles, sentence_bounds, tokens, year_tag
from ._common import GOV_LEVELS, HUNDRED, ONE, EVERYTHING, comparatives, first_class, limit_compared, unit_name_words, without_unit_names, _AFTER, _BALANCE, _BASE, _HAS_DIGIT, _ROLE_MARKS, _ROLE_PAIRS, _TOTAL_MARK
from ._common import last_mark
from .context import BUDGET_CHANGE, _TARGET_AFTER, _average_item, _phrase, _share_whole, _whole_words
from .index import _MONEY_PATH, SourceIndex, _Fact, _Sorted
from .periods import fact_period, line_period, parts_before, period_fits, periods_clash, said_period
from .rounding import _CTX, _approx_ok, _close, _fmt, _pow10, _show, _sig_digits, degree_reach, written_step


MAX_EXPLANATIONS = 6
# the reason of a month after its deadline that the words call on time (see _Checker.late_on_time)
LATE = "来源中该事项晚于期限完成，文中却称按期 / the source gives this date after its deadline, the text calls it on time"
# 按期 / 如期 / 按时 / 准时 / 提前 — not after 未 / 没有 / 未能 (未按期完成)
_ON_TIME = re.compile(r"(?<![未没能否])(?:按期|如期|按时|准时|按计划|提前)")
# the reason of a swapped subject: the value is another row's figure, so no derivation is tried (see run.py)
_SPENDING_WORDS = frozenset({"执行", "支出", "支付", "拨付"})  # the words that give the spending role (§执)
SWAPPED = "文中说法对应来源中另一项的数字"
# the reason of a derivation whose operands are of another record than the words name (see _Checker.same_subject)
FOREIGN = "推算所用数字属于另一事项"
# the reason of a part's figure given to its whole (or the whole's to a part): a derivation may still give it
PART_OR_WHOLE = "该数值在来源中属于总额或其中另一部分，文中所指对应"


def _per(b: "_Fact", item: str) -> bool:
    """Does b count what an average is per: its measure word (笔均 over 2618笔) or the thing named (每个镇街 over
    10个镇街; 案均 over 立案 892宗)?"""
    if item in _PER_MEASURES:  # 每公里 over 412.6公里 or 3.2千米: a quantity in that unit's family
        return b.family == unit_family(item)[0] and b.date is None
    if b.family in _DAYS and b.date is None and (k := item.find("日")) > 0:
        return bool(tokens(item[: k + 1]) & b.subj)  # 每个开馆日 over 开馆352天: the days the words name
    if b.family in _NOT_COUNTS or b.date is not None:
        return False
    if not item:
        return True
    if item[0] in b.unit.lstrip("万亿千百") or b.family == unit_family(item[0])[0] \
            or (item[0] == "户" and b.unit.endswith("家")):  # 户均兑付 over 168家 企业: a 户 of enterprises
        return True  # 笔均 over 2618笔, 人均 over 3862名 or 186人次, 人次均 over 83人次
    if len(item) == 1 or item[0] in _MEASURE_WORDS:  # 每场受众 is per 场: 2.36万人次 of 受众 is no count of it
        return any(item in w for w in b.subj)
    return bool(tokens(item[:3]) & b.subj)  # 商圈… over 重点商圈8个


_MEASURE_WORDS = frozenset(u for u in UNITS if len(u) == 1 and u not in "元%‰米克升亩吨斤")
_MONEY_RATE = re.compile(r"执行率|支出率|预算完成率|执行进度")
_WORDED_FRACTION = re.compile(r"^\D{1,3}?[一二三四五六七八九十]分之")  # 接近三分之一 (as stated._WORDED_FRACTION)
_FRACTION_STEP = Decimal(5)
_HUNDRED = Decimal(100)
_SIGNED_RATE = re.compile(r"(?:调整|变动|增减|变化)(?:率|幅度?)(?:为|是)?$")  # a rate of change its sign alone gives a way
_RATE_NAMED = re.compile(r"率(?:为|是|达到|达)?$")
_ROLE_WORD = re.compile(r"执行|支出|支付|拨付|使用资金|预算|完成|得分|总分|评分|分值|进度")  # words a role mark stands for

_BUDGET_MARKS = frozenset({"§执", "§预", "§初"})


def _named_by(words: frozenset[str], f: "_Fact") -> int:
    """How well `words` (a phrase's tokens) name the fact: the words it shares, 0 when fewer than the phrase
    needs (two, or all of a one-word phrase) or when they name another budget role (预算 is not 年初预算)."""
    marks = words & _BUDGET_MARKS
    if marks and (own := f.subj & _BUDGET_MARKS) and not marks & own:
        return 0
    n = len(words & f.subj)
    return n if n >= min(2, max(1, len(words - _ROLE_MARKS))) else 0


_SCORE_WORDS = (("得分", "分值"), ("分值", "得分"), ("满分", "得分"))  # (满分 is the cap: the 分值, no 得分)
_SCORE_KEYS = frozenset(w for w, _ in _SCORE_WORDS)  # (most figures name neither: no list made)

_OPEN = re.compile(r"^(?:不少于|不低于|至少|不超过|不高于|最多)|(?:以上|以下)$")


def _open(m: NumberMention) -> bool:
    """以上 / 不少于 / 不超过 …: a bound, not an approximation — any value on its side bears it out."""
    return bool(m.approx) and bool(_OPEN.search(m.text))


@dataclass(slots=True)
class _Target:
    """A text mention reduced to what matching needs."""

    m: NumberMention
    family: str
    x: Decimal          # magnitude in the family base
    q: Decimal          # quantum in the family base
    pmag: Decimal       # value × scale
    para: int
    ff: Decimal = ONE   # family factor (‰ → % is 0.1, 公里 → 米 is 1000)
    subj: frozenset[str] = frozenset()
    role: str = ""
    ytag: int | None = None
    clause: str = ""
    sent: int = 0
    own: frozenset[str] = frozenset()   # the mention's own words, before any inherited from its sentence
    prev: frozenset[int] = frozenset()  # ids of the facts the figure just before it in the sentence cites
    context: tuple[int, int] = (0, 0)   # the span of its sentence up to it
    noun: str | None = None             # the noun after its measure word (mention_context's), None when not read


_ABOVE, _BELOW = frozenset({"≥", ">"}), frozenset({"≤", "<"})
_BOUNDS = _ABOVE | _BELOW
_APPROX_WORD = re.compile(r"余|多|约|近|超|逾|左右|上下|不足|不到")  # a source figure so marked is an approximation, not a bound


def _is_bound(f: "_Fact") -> bool:
    """不少于20场, ≥98%: a bound (a target), not a figure — no 余 / 约 / 近 / 超过 word makes it an approximation."""
    return f.approx is not None and f.approx != "≈" and not _APPROX_WORD.search(f.written)


_RANK = {"exact": 0, "converted": 1, "rounded": 2, "approximate": 3}
_NO_WORDS: frozenset[str] = frozenset()
_NO_ROWS: tuple[frozenset[int], None] = (frozenset(), None)  # _compared_rows of a figure with none cited before it
_RANK_OF = itemgetter(0)  # a candidate's (unitless, rank) key
_Cand = tuple[tuple[bool, int], str, str, _Fact]   # (rank, verdict, how, fact)

_BOTH = re.compile(r"[和与及、]")
_LIST_ITEMS = re.compile(r"[\u4e00-\u9fff]、[\u4e00-\u9fff]")  # 东湖、西湖: items listed (和 / 与 / 及 are inside words too: 参与, 涉及)


def _near(f: _Fact) -> frozenset[str]:
    """The words of the fact's sentence around it (and its record), computed once when first asked."""
    if f.near_words is None or f.near_text:
        ctx = f.subj | (f.near_words or frozenset())
        before, _, after = f.near_text.partition(_AFTER)
        if f.said is None:
            f.said = line_period(before)  # (read before its sentence is spent)
        if f.parts is None:
            f.parts = parts_before(before)
        f.lead = ctx | tokens(before)
        f.near_words = f.lead | tokens(after) if after else f.lead
        f.near_text = ""
    return f.near_words


def _lead(f: _Fact) -> frozenset[str]:
    """Its words and its sentence's before it: 经验收合格398家 after 安装油烟净化设施426家 is about those 设施."""
    if f.lead is None:
        _near(f)
    return f.lead or f.subj


def _specific(m: NumberMention) -> bool:
    """Precise enough that an equal number elsewhere is no coincidence: three significant digits or more."""
    return m.value is not None and _sig_digits(m.value) >= 3 and not m.approx


_COMPARING = re.compile(r"[比较]")  # 比6月30日前的要求提前18天: a clause comparing, whose figure is a gap


def _sole_field(t: "_Target", found: list, scored: list) -> bool:
    """Is the figure the only one of its value in the sources, a field of a named record in the figure's own measure
    (an indicator's 实际值 36册)? Words that share none of its name (修缮36册 of 古籍修复) still mean it: no other source
    figure could be the one they state. (Asked only of a level: 比…要求提前18天 / 较上年多52件 state a gap, which a level
    field of that value is not.) Measured on the 30 spent corpora: of the 43 figures the words failed to name, 27 were planted
    errors, none the sole figure of its value in a named field; correct ones that are: three corpora."""
    f = found[0][3] if len(found) == 1 else None
    return f is not None and len(scored) == 1 and bool(f.label) and bool(f.family) and f.family == t.family \
        and not t.m.approx


def _newer(a: _Fact, b: _Fact, now: int | None = None) -> bool | None:
    """Is a the later figure of the pair (实际 of 预算, 调整 of 年初, 本年 of 上年)? None when unknown."""
    if (a.role, b.role) in _ROLE_PAIRS:
        return True
    if (b.role, a.role) in _ROLE_PAIRS:
        return False
    if a.ytag == b.ytag:
        return None
    if a.ytag is None:
        return None if now is not None and b.ytag == now else True  # 目标 ≤6 and 2023: 4.2 are both of this year
    if b.ytag is None:
        return None if now is not None and a.ytag == now else False
    if a.ytag < 0 or b.ytag < 0:
        return None
    return a.ytag > b.ytag


# roles that are never the same figure: spending is no budget, a result no target; 年初 and 调整 differ only
# where the record states both (see _role_clash)
_CLASH = frozenset({("actual", "budget"), ("actual", "initial"), ("target", "actual"), ("initial", "budget"),
                    ("budget", "initial")})


_TARGET_HEAD = re.compile(r"(?:目标|指标值|计划|预期)(?:值|数)?(?:为|是|定为|设定为|要求)?$")  # not 时限: an indicator's name


def _role_clash(t: _Target, f: _Fact, groups: list[list[_Fact]]) -> bool:
    """Do the mention's words state a role the source figure does not have — 全年实际支出 of the 调整预算, 目标为 of
    the result, 年初预算 of the adjusted budget where the record states both? A target read only from the words
    after the figure (10个工作日内) or from an indicator's name (办理时限压缩至) is no clash: those state results."""
    if not t.role or not f.role or (t.role, f.role) not in _CLASH:
        return False
    if t.role == "target":
        return bool(_TARGET_HEAD.search(t.clause))
    if {t.role, f.role} == {"budget", "initial"}:
        return any(g.role == t.role and g.family == f.family for g in groups[f.group])
    return True


_PLANNED = frozenset({"§预", "§初"})
_BALANCE_WORDS = frozenset({"结余", "节余", "结存", "未执", "未支", "未使", "余额", "结转"})  # the tokens of _BALANCE's words


def _spent_or_planned(marks: frozenset[str], subj: frozenset[str]) -> bool:
    """Do an amount's words name spending (执行 / 支出) where the fact's name a budget (预算 / 年初), or the
    other way round? 经费预算56.43万元 is no 支出数 of 564,250 (年初 and 预算 are both budgets)."""
    spent, planned = "§执" in marks, bool(marks & _PLANNED)
    return spent != planned and ("§执" in subj) != spent and bool(subj & _PLANNED) != planned


_TARGET_NAMED = re.compile(r"目标|指标值|计划|预期|承诺|要求|规定|上限|下限|时限(?:为|是|定为|设定为)$")
_HEAD_ROLES = frozenset({"budget", "initial", "actual"})
_REST = "§余"  # the rest, not (yet) done: see drafter.subjects
_HEAD_CUT = re.compile(r"后")
_RATE_ONLY = re.compile(r"(?:预算)?(?:执行|完成|支出|支付)(?:率|进度)(?:为|是|达到|达)?")  # a clause naming a rate alone
# a change and what it changed, before 后 in the figure's own clause (年中核减县级财政资金后调整为): the event's words
_EVENT = re.compile(BUDGET_CHANGE + r"[\u4e00-\u9fff]{0,12}?后(?=[\u4e00-\u9fff]{0,8}$)")


@lru_cache(maxsize=1 << 12)
def _event_words(run: str) -> frozenset[str]:
    """The words only the change before 后 holds in a clause (核减县级财政资金后调整为 → 核减, 县级, 财政 …; 年中追加后为 →
    追加): they name the event, not the figure after it, which is what the event left (the budget). A subject
    before the verb (县级财政资金年中核减后) stays the figure's."""
    m = None
    for m in _EVENT.finditer(run):
        pass
    if m is None:
        return frozenset()
    if "预算" in run[m.end():]:  # 上级补助资金追加后全年预算为: a budget named after 后 heads the figure — the line
        return _clause_words(run[:m.end()]) - _clause_words(run[m.end():])  # before the verb is the event's
    return _clause_words(run) - _clause_words(run[:m.start()]) - _clause_words(run[m.end():])


def _head_rival(t: _Target, head: str, rivals: list[_Fact], candidates: list[_Fact]) -> _Fact | None:
    """The one figure of the role the head of the clause names (全年预算为 after 追加上年结转资金后) whose words at
    that head no candidate has: 全年预算为38.6万元 is the budget's 912.4, not the 38.6 of the 结转资金 in its modifier."""
    words = tokens(_HEAD_CUT.split(t.clause)[-1])
    have = frozenset().union(*(c.subj for c in candidates))
    found = [f for f in rivals if f.role == head and (words & f.subj) - have - _ROLE_MARKS]
    return found[0] if found and len({f.mag for f in found}) == 1 else None


# 由每人每月893元提高到1,000元: the figure after 由 / 从 is the old value of a change the words state right after it
_FROM = re.compile(r"[由从][\u4e00-\u9fff]{0,8}$")
_TO = re.compile(r"[^\d，。；,;]{0,6}?(?:提高|提升|增加|增|上调|调整|调|降低|下降|减少|降|下调|压缩|缩短|延长|扩大)(?:到|至|为)"
                 r"[^\d，。；,;]{0,4}?(\d[\d,]*(?:\.\d+)?)")


def _raised_to(text: str, t: _Target) -> Decimal | None:
    """The new value of 由 X 提高到 Y when the mention is X, else None."""
    if not _FROM.search(t.clause):
        return None
    m = _TO.match(text, t.m.end)
    return Decimal(m[1].replace(",", "")) if m else None


def _same_year(t: _Target, f: _Fact, now: int | None) -> bool:
    """False when a level the text gives for this year (no year named) is the source's figure of an earlier
    year (2022年…, 上年…), or one it gives for an earlier year is the source's figure of this year (较上年的
    68.43万人次 when 2023年 68.43万人次; 遗体火化率 2022: 99.1% is no rate of this year). Changes are left alone:
    较2022年增长7.33% is tagged with its base year; a source figure with no year may be of either."""
    if f.period and not period_fits(t.clause, f.period):  # 全年… is not one quarter's cell (check.periods)
        return False
    if f.dirn or f.family in ("pt", "倍") or (f.family == "%" and direction(t.clause)):
        return True
    return _year_fits(t.ytag, f, now)


def _clause_start(text: str, t: _Target) -> int:
    """Where the figure's clause begins: after the last ，；。 before it (the figures of the clause kept)."""
    return max(text.rfind(c, t.context[0], t.m.start) for c in "，,；;。：:") + 1 or t.context[0]


def _row_named(said: str, other: _Fact, scored: list, parts: dict) -> bool:
    """公用事业类24个问题整改22个: the words name the row a candidate is of (its label, 公用事业类) and not the rival's
    row (in its own clause, figures and all) — the named row's cell is what they state, whatever other sentence
    names the measure more fully."""
    def named(f: _Fact) -> bool:  # (a row of a table of several: the words chose it among its rows)
        return bool(f.label) and len(parts.get(f.tab, ())) >= 3 and any(len(n) >= 2 and n in said
                                                                        for n in f.label.split("|"))
    return not named(other) and any(named(s[4]) for s in scored)


def _year_fits(ytag: int | None, f: _Fact, now: int | None) -> bool:
    """Is a figure the text states for year `ytag` (None: this year, -1: 上年) of the year the source gives f?"""
    if f.ytag is None:
        return True
    if now is None:  # no year known: 上年 / 去年 (−1) still tells last year's figure from this year's
        return f.ytag >= 0 or ytag is not None
    if ytag is None or ytag == now:
        return not (f.ytag < 0 or f.ytag < now)
    if ytag > 0 and f.ytag > 0:
        return ytag == f.ytag  # 2021年的 is not the source's 2022年的
    if ytag > now:
        return False  # 2025年培训不少于…, the next year's plan, is no figure of the year before this one
    return f.ytag != now or not (ytag < 0 or ytag < now)


_YEAR_COMPARED = re.compile(r"(?:比|较|与)(?:(?:19|20)\d\d年|上年|去年|上一年|前一年)|同比")
# the words of a share, a comparison or a quoted target, which name no subject of their own: 占, 比上年的, 完成目标的
# (after a joining word: 但比上年的)
_NO_SUBJECT = re.compile(r"^(?:但是?|而且?|并且?|且|则|仍|同时|虽然?|尽管)|同比|比|较|与|和|及|上年|去年|上一年|前一年|同期|(?:19|20)\d\d年|增长|增加|下降|减少|提高|降低|上升|超出|超过"
                         r"|完成|年度|全年|目标|计划|任务|的|了|为|达|占|是")
_SUBJECT_LEFT = re.compile(r"[\u4e00-\u9fff]")
# a part of the year: 截至目前 / 截止 / 上半年 / 前三季度 / 1-9月 / 一至九月 (the year's figure is another)
_PART_OF_YEAR = re.compile(r"截至|截止|上半年|前[两三]季度|(?<![\d.])1\s*[-—–~～至到]\s*(?:[1-9]|1[01])\s*月"
                           r"|一至[二三四五六七八九十]{1,2}月")


def _partial(f: _Fact) -> bool:
    """Does the source give f for part of the year: a period word before it in its clause (截至目前…11次)?"""
    if _PART_HINT.search(f.snippet):  # (most facts: no 至 / 止 / 半 near it, and nothing more is read)
        k = f.snippet.rfind(f.written)
        lo = max(f.snippet.rfind(c, 0, k) for c in "。；;\n") + 1 if k > 0 else 0  # its own sentence
        if k > 0 and _PART_HINT.search(f.snippet, lo, k) and (
                _PART_OF_YEAR.search(f.snippet, lo, k) is not None or not _lead(f).isdisjoint(_PART_WORDS)):
            return True
    # a campaign's count: 行动期间…救助468人次, its span further back in its source sentence than the snippet shows
    before = f.near_text.partition(_AFTER)[0] if f.near_text else None
    return _CAMPAIGN.search(before) is not None if before is not None else bool(f.lead and _CAMPAIGN_WORD in f.lead)


_PART_HINT = re.compile(r"[至止半季]|\d\s*[-—–~～到]\s*\d")  # what any _PART_OF_YEAR leaves in a snippet cut at its start


_PART_WORDS = frozenset({"截至", "截止", "上半"})
_CAMPAIGN = re.compile(r"(?:行动|活动|专项)期间")
_CAMPAIGN_WORD = "期间"  # the same, among the words of its source sentence before it


@lru_cache(maxsize=1 << 12)
def _names_nothing(clause: str) -> bool:
    return not _SUBJECT_LEFT.search(_NO_SUBJECT.sub("", clause))


# 比上年的 / 比目标和上年的 before a figure: its base of the compared year (and the target that equals it)
_BASE_ONLY = re.compile(r"(?:比|较|与)(?:(?:年度)?(?:目标|计划)值?[和与及、])?(?:(?:19|20)\d\d年|上年|去年|上一年|前一年)(?:同期)?的?$")
_SEGMENT = re.compile(r"[^\u4e00-\u9fff]+")  # a clause ends at punctuation or a figure (12个、惠及 …)


@lru_cache(maxsize=1 << 16)
def _clause_words(clause: str) -> frozenset[str]:
    """A clause's words, role marks left out: one set per wording (its hash computed once), shared by every text
    position it stands before."""
    return tokens(clause) - _ROLE_MARKS


def _segments(text: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The words of the (up to four) clauses of `text` nearest its end, the nearest first, role marks left out; and
    all of them. Read once per run of clauses: a text before a figure holds the figures before it, which seldom
    repeat, while its clauses do (项目全年预算 … 实际支出)."""
    return _run_segments(tuple(_CLAUSE_RUN.findall(text)))


@lru_cache(maxsize=1 << 14)
def _run_segments(runs: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    got: list[frozenset[str]] = []
    for c in reversed(runs):  # a lone character is the measure word of the figure before it
        if (w := _clause_words(c)):  # (35个、), no clause
            got.append(w)
            if len(got) == 4:
                break
    segs = tuple(got)
    return segs, frozenset().union(*segs)


def _nearest_words(text: str) -> frozenset[str]:
    """_segments(text)'s nearest clause alone (empty when none), read without the cache: each text is one figure's."""
    for c in reversed(_CLAUSE_RUN.findall(text)):
        if (w := _clause_words(c)):
            return w
    return frozenset()


_CLAUSE_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")  # the pieces of _SEGMENT.split of two characters or more
_CLAUSES = re.compile(r"[\u4e00-\u9fff]+")  # the pieces of _SEGMENT.split but the empty ones


def _sibling(f: _Fact, g: _Fact, fw: frozenset[str], gw: frozenset[str],
             partners: dict[int, list[tuple[_Fact, _Fact, str]]], now: int | None
             ) -> tuple[frozenset[str], frozenset[str]] | None:
    """(f's own words, g's own words) when g states f's field for another row, item or part: the same source, unit
    family, role and year, each with words the other lacks (fw, gw: the words of their records), and either another
    record with a few such words each beside shared ones (东片 vs 西片 in one table column, 第一批 vs 第三批 of one list,
    第一期集中训练：…318人 vs 第二期…324人) or both parts of one total (其中生物林带…，工程隔离带…). A total and its
    parts are no siblings."""
    if g.src != f.src or g.family != f.family or g.role != f.role or \
            (None if g.ytag == now else g.ytag) != (None if f.ytag == now else f.ytag):
        return None  # another role or year of the same row is no other row (see _role_clash, _same_year)
    mine, theirs = fw - gw - _ROLE_MARKS, gw - fw - _ROLE_MARKS
    if not mine or not theirs or _TOTAL_MARK <= f.subj or _TOTAL_MARK <= g.subj:
        return None  # the same words, or a 合计: no other row
    parts = [(x, y) for x, y, why in partners.get(id(f), ()) if why == "part"]
    if any(x is g or y is g for x, y in parts):
        return None  # a total and its part
    if g.group != f.group and len(mine) <= 6 and len(theirs) <= 6 and (fw & gw) - _ROLE_MARKS:
        return mine, theirs
    if any(x is f and any(w == "part" and u is g and v is y for u, v, w in partners.get(id(g), ())) for x, y in parts):
        return mine, theirs
    return None


# per source index (built once, checked many times): facts by (source, family, own words), see _Checker._swapped
_FIELDS: "weakref.WeakKeyDictionary[SourceIndex, dict[tuple[int, str, frozenset[str]], list[_Fact]]]" = \
    weakref.WeakKeyDictionary()
_SENT_CLOSE = re.compile(r"[。！？!?\n]")  # a sentence runs over its ；: 项目支出按任务分：…；活动中心运行62.35万元，占26.04%
# the words of a comparison or a share that name no subject of their own: 比上年增长, 完成目标的, 同比下降, 占
_COMPARE_WORDS = re.compile(r"同比|比|较|与|上年|去年|同期|增长|增加|下降|减少|提高|降低|上升|超出|超过|完成|目标|的|了|为|达|占")
def _role_words(clause: str) -> frozenset[str]:
    """The words of a clause that name a figure's role only (调整预算, 年初预算, 实际支出): what every budget, initial
    budget or spending figure is, whichever line or item it is of."""
    return frozenset().union(*(tokens(m[0]) for rx in (_BUDGET, _INITIAL, _NEW) for m in rx.finditer(clause)))


def _joins(clause: str, held: frozenset[str]) -> frozenset[str]:
    """The bigrams of a clause that only join two words it holds (`held`, or a stop word such as 全年): 查处案件 and
    查处种子违法案件 name one item, so 处案 is no word a rival could name it by; nor is 年受 in 全年受理."""
    if len(clause) < 4 or not held:
        return frozenset()
    return frozenset(clause[i:i + 2] for i in range(1, len(clause) - 2)
                     if (clause[i - 1:i + 1] in held or clause[i - 1:i + 1] in _STOP)
                     and (clause[i + 1:i + 3] in held or clause[i + 1:i + 3] in _STOP)
                     and clause[i:i + 2] not in held)


_CLAUSE_CUT = re.compile(r"[，,；;。！？!?\n]")
_BATCH_UNITS = frozenset("批期轮次届")
_BATCH_ORDINAL = re.compile(r"第([一二三四五六七八九十]|\d{1,2})([批期轮次届])")
_CN_SMALL = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def _batch_named(said: str, unit: str, count: Decimal) -> bool:
    """Does the sentence name one of `count` batches by its ordinal (第二批 before 两批共 — no 第三批 of two)?"""
    got = [int(o[1]) if o[1].isdigit() else _CN_SMALL[o[1]] for o in _BATCH_ORDINAL.finditer(said) if o[2] == unit]
    return bool(got) and all(k <= count for k in got)


_TAIL_RUN = re.compile(r"[\u4e00-\u9fff]{2,}$")
_AMONG_AFTER = re.compile(r"(?:中|之中|里|当中)")  # 三批中…: a choice among the batches it counts


def _batch_division(text: str, start: int, end: int, unit: str, count: Decimal) -> bool:
    """Does the sentence divide its work into the `count` batches (分三批) or choose among them, naming one (三批中用时
    最短的是第二批)? Either states how many batches there were: the count of the sources' 第一批 … list."""
    if text[start - 1:start] == "分":
        return True
    if not _AMONG_AFTER.match(text, end):
        return False
    stop = min((k for k in (text.find(c, end) for c in "。；;\n") if k >= 0), default=len(text))
    return _batch_named(text[end:stop], unit, count)




def _own_head(text: str, start: int, label: str) -> bool:
    """Is the whole clause right before a figure (after a 、 or ，) the head noun its record's name ends in — 报告 of
    成果报告, a word too common for tokens to read?"""
    own = _OWN_RUN.search(text, max(0, start - 8), start)
    if own is None or text[own.start() - 1:own.start()] not in "、，,；;：:":
        return False
    name = label.rpartition("|")[2]
    return len(name) > len(own[0]) and name.endswith(own[0])


def _abbreviates(clause: str, name: str) -> bool:
    """Do the last two or three characters before the figure shorten `name` — its first character, then the others
    in its order, never the name itself (新剧 of 新创排剧目, 宣教 of 宣传教育)?"""
    if len(name) < 4 or name[0] not in clause[-3:]:
        return False  # (most candidates: the name's first character is not among the last three)
    run = _TAIL_RUN.search(clause)
    if run is None:
        return False
    for size in (3, 2):
        w = run[0][-size:]
        if len(w) < size or w[0] != name[0] or w in name:
            continue
        k = 1
        for c in w[1:]:
            k = name.find(c, k) + 1
            if not k:
                break
        else:
            return True
    return False


def _names(words: frozenset[str], own: frozenset[str]) -> bool:
    """Do the words name what `own` (a record's own words) names: two of them, or the one it has (预算 alone in
    预算完成率 names no 一般公共预算)."""
    return len(words & own) >= min(2, len(own)) > 0


# 45218人，/ 51.24亿元， right before a clause: the figure, its decimals, its scale
# the item a change is compared with (比一季度增长, 较上年的, 相比东片多): never the subject of the figures around it
_OWN_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}$")  # the words right before a figure, back to the mark before them
# a clause telling a change and its cause: 年中因教育装备企业合作收入增加12.80万元 / 年中为放映场次补贴追加56,500元 /
# 由于X调减…万元 — up to the figure of the change and its measure word
_CAUSE_CLAUSE = re.compile(r"(?<![\u4e00-\u9fff])(?:年中|年内|年初|当年)?(?:因|由于|为)[^，,；;。：:\d]{1,24}?"
                           r"(?:增加|追加|调增|调减|压减|核减|减少|收回|下调|上调)[\d,.]+(?:万|亿)?元")
_OPENERS = " \u3000（(“\"‘'"  # what may stand between a compared item and its own figure: 比节水灌溉管网（386.25万元
_COMPARED_ITEM = re.compile(r"(?:相比|比|较)(?![例重率对照])[\u4e00-\u9fff]{1,8}?(?:的|同期)?(?=增|减|下降|提高|降低|上升|多|少"
                            r"|高|低|[^\u4e00-\u9fff]|$)")
_CHANGE_SAID = re.compile(r"(?<!新)增|降|减|同比|上年|去年|幅|变化|提高")  # a source figure stated as a change (新增: what was added)
def _label_direction(f: _Fact) -> str | None:
    """The direction its label states, for a source figure whose clause gave none: 年中追加: 150000 (a data key)."""
    k = f.snippet.rfind(f.written)
    label = _LABEL_TAIL.search(f.snippet, 0, k) if k > 0 else None
    return direction(label[1]) if label else None


_LABEL_TAIL = re.compile(r"([\u4e00-\u9fff]{1,12})[\s:：|｜]*$")
_GOAL_AFTER = re.compile(r"的?(?:年度|全年)?(?:目标|计划|任务|要求)")  # 超过6场的目标: what 超过 compares with
_ITEM_SPLIT = re.compile(r"[、和与及]")  # 二季度、三季度 / 东片和西片: the items 分别 pairs with figures
_FIGURE_RUN = re.compile(r"\d[\d,.]*")
_FIGURE_BEFORE = re.compile(r"(\d[\d,]*(?:\.(\d+))?)(万|亿)?[^\d，,。；;、的]{0,3}[，,]\Z")
_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000)}
_LEVEL_NOT = re.compile(r"比|较|超|目标|计划|完成|增|减|提高|降低|下降|占|同期|上年")
_RECORD_CAP = 12  # a record of more facts is a form or a file, whose words name no one row


# a budget change written verb first, the funding line after it ending the clause (调减其他资金 / 追加市级财政资金)
_VERB_LINE = re.compile(r"(?P<v>调增|追加|调入|调减|压减|核减|调出)了?[\u4e00-\u9fff]{0,10}?(?:资金|经费|拨款|收入|补助|专项)$")


@lru_cache(maxsize=1 << 14)
def _choose_reads(clause: str, family: str) -> tuple[str | None, Any, bool, bool, bool, bool]:
    """What choose reads of a figure's clause alone, once per wording (a report repeats its phrases): (direction,
    the part of the year it names, 结余 / 未执行 of an amount, a comparison with a year, a comparison with a time limit,
    a share of the 年初 budget)."""
    dirn = direction(clause)
    if dirn is None and (vm := _VERB_LINE.search(clause)) is not None:  # 年中调减其他资金: the verb before the line
        dirn = "+" if vm["v"] in ("调增", "追加", "调入") else "−"
    return (dirn, said_period(clause), family == "元" and _BALANCE.search(clause[-6:]) is not None,
            _YEAR_COMPARED.search(clause) is not None, _LIMIT_COMPARED.search(limit_compared(clause)) is not None
            or family in _TIMES and _SHORTENED.search(clause) is not None,
            family == "%" and "年初" in (_share_whole(clause) or ""))


_MONEY_LABEL = re.compile(r"^[千百万亿]*元$", re.M)  # a run of Chinese characters that is a money unit alone: （元）


class _Checker:
    def __init__(self, index: SourceIndex, text: str):
        self.ix = index
        self.text = text
        self._cache: dict[tuple[Any, ...], list[_Cand]] = {}
        # derive's arithmetic context: one copy of _CTX for the check (its flags, which no result reads, gather in it)
        self._ctx = _CTX.copy()
        self._bounds: dict[Decimal, list[_Fact]] = {}  # value → bounds in the sources that equal it (不少于20场)
        self._actual_dates: list[_Fact] | None = None  # the results stated as dates (实际完成值: 7月), once asked
        self._dated: dict[str, list[_Fact]] | None = None  # the source dates by the words of their events (own_event)
        self._months: list[tuple[_Fact, _Fact]] | None = None  # deadline indicators' (result, target) months
        self._deadlines: dict[tuple[int, int], list[_Fact]] | None = None  # result day → its record's deadlines
        self._fields: dict[tuple[int, str, frozenset[str]], list[_Fact]] | None = None  # see _swapped
        self._record_words: dict[int, frozenset[str]] = {}  # group → the words of its facts (see record_words)
        self._swaps: dict[tuple[Any, ...], _Fact | None] = {}  # (fact, clauses) → the sibling they name
        self._by_id: dict[int, _Fact] | None = None  # facts by id(), built when a target's record is asked
        # id(target) → (the target, what derive reads of its words): see _derive_words (the target kept, its id unique)
        self._readings: dict[int, tuple[_Target, tuple[Any, ...]]] = {}
        self._bases: dict[tuple[int, str], str] = {}  # (mention start, clause) → the money its average is of
        self._sent_ends: list[int] | None = None  # offsets after each 。！？ or line end (see _sentence_words)
        self._said: dict[int, frozenset[str]] = {}  # mention start → its sentence's words up to it
        self._words: set[str] | None = None  # see _source_words
        self._money_srcs: set[int] | None = None  # the sources that state an amount in 元 / 万元 anywhere (see _money_ok)
        self.foreign: _Fact | None = None  # the operand of another subject same_subject last left out
        self._part_links: dict[int, tuple[list[_Fact], list[_Fact]]] = {}  # fact id → its wholes, its parts
        self.stated_years: dict[tuple[int, int], int] = {}  # (sentence, fact id) → the year the text says it is of
        self._derived_at: set[int] = set()  # the starts of the mentions a derivation gave (see same_subject)
        self._partials: dict[int, bool] = {}  # fact id → _partial(fact)
        self._traced: dict[int, frozenset[int]] = {}  # mention end → ids of the facts choose found it is
        self._traced_ends: list[int] = []  # the keys of _traced in order: a sentence's are one slice (see _trace)
        self.wholes_said: defaultdict[int, set[int]] = defaultdict(set)  # text paragraph → the wholes its shares were of
        self._lists: dict[int, str] = {}  # mention start → the list of items its phrase names (see _list_phrase)
        # sentence → (end of its figure traced last, the records — groups — of the facts it was traced to)
        self.last_record: dict[int, tuple[int, frozenset[int]]] = {}

    # -- direct matches --------------------------------------------------------------------------------
    def candidates(self, t: _Target, wide: bool = False) -> list[tuple[str, list[_Fact]]]:
        """Facts near the mention, grouped by how they compare: by family magnitude, by the number as written
        (unitless sources), by value × scale, or as a fraction of a percentage — (how, facts) in that order, a
        group's reading set up once for all its facts (see _direct).

        Tight windows (the text's quantum) for exact/converted/rounded; with wide=True, for 约/近/超过 …, only
        the few facts nearest to the value on each side, so a dense index costs no more than a sparse one.
        """
        m, ix = t.m, self.ix
        out: list[tuple[str, list[_Fact]]] = []
        widen = 1.0000001
        v = abs(float(m.value))
        wv = float(_pow10(m.exponent))
        if wide and m.approx == "≈" and not _open(m):
            # 约: only a value that rounds to it at its last digit bears it out (_approx_ok), within half its step — the
            # window reaches a whole step (and a billionth of the value, past any float error), no tenth of the value
            wv = max(wv, float(written_step(m)), v * 1e-9)
        elif wide:
            wv = max(wv, float(written_step(m)), v * 0.1)
        wv *= widen
        xf = abs(float(t.x))
        wx = wv * float(m.factor * t.ff)
        pick = _Sorted.nearest if wide else _Sorted.window
        if t.family:
            fam = ix.family(t.family)
            if fam and (got := pick(fam, xf - wx, xf + wx)):
                out.append(("fam", got))
            unitless = ix.family("")
            if unitless and m.base_unit != "成":  # 四成 is 40 %, not the 4 of "任务 4"
                # a unitless source number matches the value as written (552 for 552万元) or the magnitude; an amount
                # only one that may be money (_money_ok): 技术指导牧场 134 counts farms, no 134万元
                money = t.family == "元"
                if (got := pick(unitless, v - wv, v + wv)) and (not money or (got := [f for f in got if self._money_ok(f)])):
                    out.append(("written", got))
                if m.factor != 1:
                    pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                    if (got := pick(unitless, pm - wp, pm + wp)) and (
                            not money or (got := [f for f in got if self._money_ok(f)])):
                        out.append(("pmag", got))
                if t.family == "%" and xf <= 150:  # 0.9294 in a source is 92.94 %
                    if got := [f for f in pick(unitless, (xf - wx) / 100, (xf + wx) / 100)
                               if f.value != f.value.to_integral_value()]:
                        out.append(("fraction", got))
        else:
            assert ix._by_value is not None and ix._by_pmag is not None
            if got := pick(ix._by_value, v - wv, v + wv):
                out.append(("written", got))
            if m.factor != 1:
                pm, wp = abs(float(t.pmag)), wv * float(m.factor)
                if got := pick(ix._by_pmag, pm - wp, pm + wp):
                    out.append(("pmag", got))
        return out

    def _money_ok(self, f: _Fact) -> bool:
        """May f, a source number without a unit, be an amount of money? When it has decimals (40.27 counts nothing: a
        value of unknown unit), its own words name money (its path, column or clause: 项目资金.预算, 投入资金12.5) or its
        source states money somewhere — an amount in 元 / 万元, or the unit alone (支出台账（元）: the ledger's bare
        lines 亲本繁育　864000) — not a whole number of a file that states no money (技术指导牧场: {实际: 134}: 134
        farms)."""
        if f.value != f.value.to_integral_value():
            return True
        if self._money_srcs is None:  # (a unit label on its own, 支出台账（元） / 单位：万元, or an amount it states)
            self._money_srcs = {g.src for g in self.ix.facts if g.family == "元"} | {
                k for k, runs in enumerate(self.ix.read_words()) if _MONEY_LABEL.search(runs)}
        return f.src in self._money_srcs or _MONEY_PATH.search(f.location) is not None \
            or _MONEY_PATH.search(f.head) is not None or any(_MONEY_PATH.search(w) for w in f.subj)

    def matches(self, t: _Target) -> list[_Cand]:
        """Every source fact with the mention's value (at its precision, or on the side its 约 / 近 / 超过
        says), best verdict first; which of them is the same fact is decided by `choose`."""
        m = t.m
        # a figure repeated in the text is looked up once (a target's bound supports only a target: see _direct)
        named = t.role == "target" and self._named_target(t)  # (no target role: named none)
        # the value as its digits: a Decimal's first hash costs ~3 µs, its str a fifth of that (each mention's value
        # is a new object); at one exponent equal values have equal digits, and zero of either sign is one key
        # — and everything else _direct reads of the mention: what a price is per (2.86元/吨 is no 元/公斤), and for an
        # approximation whether it is an open bound (以上 / 不少于), the reach its degree word leaves (刚超过) and a plan's
        # word before it, so that no earlier mention of the value in other words decides for a later one
        key = (str(m.value) if m.value else "0", m.unit, m.exponent, m.approx, t.role == "target", named, m.per,
               (_open(m), degree_reach(m.text), _PLAN_WORD.search(t.clause) is not None) if m.approx else None)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._direct(t, bool(m.approx), named)
        if not hit and t.family and (alias := self._count_alias(t)):  # (the noun after it: this mention's own)
            akey = (*key, alias)
            hit = self._cache.get(akey)
            if hit is None:
                hit = self._cache[akey] = self._direct(
                    replace(t, m=replace(m, unit=m.scale + alias, base_unit=alias), family=alias), bool(m.approx), named)
        return hit

    def _named_target(self, t: _Target) -> bool:
        """Do the words state the figure as a target or a bound: 目标 / 计划 / 承诺 … before it, 以内 / 前 / 的时限 after
        it, or a bound word (不超过)? 办理时限5个工作日 alone names the indicator, and states its result."""
        if t.role != "target" or t.m.approx or roles(t.clause) != "target":
            return t.role == "target"  # 年度预期目标：…覆盖20个行政村 — a label before a colon names it
        return bool(_TARGET_NAMED.search(t.clause)) or _TARGET_AFTER.match(self.text, t.m.end, t.m.end + 7) is not None

    def _count_alias(self, t: _Target) -> str:
        return count_alias(self.ix, t, self.text)

    def direct(self, t: _Target) -> tuple[str | None, list[_Fact]]:
        """The best verdict on value alone, and its facts (for ranges)."""
        found = self.matches(t)
        if not found:
            return None, []
        best = found[0][0]
        return found[0][1], [c[3] for c in found if c[0] == best]

    def _direct(self, t: _Target, wide: bool, as_target: bool) -> list[_Cand]:
        m = t.m
        out: list[_Cand] = []
        q_written = _pow10(m.exponent)
        # 约24.10万元 writes two decimals: it rounds half up at them (24.105 is 约24.11), no longer at its last non-zero
        # digit — a whole number's zeros (约3000) are no places written; else the step its words stand for (written_step).
        # Only _approx_ok reads the step and reach of an approximation: set once, not for each candidate
        step_written = (q_written if m.approx == "≈" and m.exponent < 0 else written_step(m)) if m.approx else ONE
        reach = degree_reach(m.text) if m.approx else ONE  # 刚超过 / 略低于: nearer the word's value
        # 力争…不低于96%: a bound a plan sets is a target, the same bound in a source or nothing (no result bears it out)
        opened = _open(m)
        planned = opened and _PLAN_WORD.search(t.clause) is not None
        step_fam = step_written * m.factor * t.ff if m.approx else ONE
        unranked = bool(t.family)  # a unitless candidate of a figure with a unit ranks below every one of its family
        for how, facts in self.candidates(t, wide):
            # what each fact of the group is compared as: the shown value, its quantum and step (set up once)
            if how == "fam" or how == "fraction":
                shown, q, step = t.x, t.q, step_fam
            elif how == "written":
                shown, q, step = m.value, q_written, step_written
            else:  # pmag
                shown, q, step = t.pmag, q_written * m.factor, step_written * m.factor
            other_measure = how != "fam" and how != "fraction" and t.family not in ("", "%")
            rank_unit = unranked and how != "fam"
            for f in facts:
                if f.hi_mag is not None and m.hi is None and f.kind != "year":
                    continue  # a source range supports only a range
                if m.per and f.per and unit_family(m.per) != unit_family(f.per):
                    continue  # 2.86元/吨 is not the source's 2.86元/公斤 (公斤 = 千克; a per-unit left out says nothing against it)
                if other_measure and self._measured_otherwise(f, t.family):
                    continue  # 培训农民: 6840 of a data file whose 6840人次 a form states: no 6840人
                src = f.mag if how == "fam" else f.value if how == "written" else f.pmag if how == "pmag" \
                    else f.value * HUNDRED
                bound = _is_bound(f)
                if m.approx:
                    verdict = None
                    if (f.approx in _ABOVE and m.approx in _BELOW and (bound or src >= abs(shown))) or \
                            (f.approx in _BELOW and m.approx in _ABOVE and (bound or src <= abs(shown))):
                        continue  # 不低于90% is 90 % or more: no 接近九成 / 不足九成 (1800余人 may still be 近两千人)
                    if bound and m.approx == "≈":
                        continue  # ≥98% says nothing of where the figure lies: no 约98%
                    if f.approx == m.approx and src == abs(shown):
                        verdict = "exact"  # 超过5000 in the source too
                    elif (how == "fam" or not t.family) and not planned \
                            and _approx_ok(src, shown, m.approx, step, opened, reach):
                        verdict = "approximate"  # only within the unit family: a unitless 452.18 is no 超过400人
                else:
                    if bound and not as_target:
                        if _close(src, shown, q) == "exact":
                            said = self._bounds.setdefault(m.value, [])
                            if not any(g is f for g in said):  # (once: several wordings of the value meet it)
                                said.append(f)  # said in the verdict: a bound, not a result
                        continue  # 不少于20场 / ≥300家 is a bound, no count of 20 or 300 (unless the text names the target)
                    verdict = _close(src, shown, q)
                    if verdict == "rounded" and (shown == 0 or _sig_digits(m.value) < 2):  # (read when rounded)
                        verdict = None
                if verdict is None:
                    continue
                if verdict == "exact":
                    if how == "fraction" or (how == "fam" and f.unit and m.unit and f.unit != m.unit):
                        verdict = "converted"
                    elif how == "pmag" and f.unit and f.unit != m.base_unit:
                        verdict = "converted"
                # A fact in the mention's own unit family outranks a unitless one whatever the verdict:
                # 612万元 is the 6120000 元 of 金额（元）, not the 612 of 户数.
                out.append(((rank_unit, _RANK[verdict]), verdict, how, f))
        if len(out) > 1:
            out.sort(key=_RANK_OF)
        return out

    def _sibling_named(self, t: _Target, scored: list) -> bool:
        """Do the words, naming nothing of the facts found, name another figure of the same unit in each one's record
        (年末在保358户 where the record {新增配租户数: 358, 在保户数: 2987} has 358 as its 新增)? Then the figure is
        the record's other field, misstated — no figure its words fail to name."""
        words = t.own - _ROLE_MARKS
        if not words:
            return False
        groups = self.ix.groups
        for s in scored:
            f = s[4]
            if not 0 <= f.group < len(groups) or len(groups[f.group]) > _RECORD_CAP:
                return False
            if not any(g is not f and g.family == f.family and g.date is None and words & (g.subj - f.subj)
                       and id(g) not in t.prev for g in groups[f.group]):  # (按每人1200元的标准发放: said already)
                return False
        return True

    def _measured_otherwise(self, f: _Fact, family: str) -> bool:
        """Is f, a source figure without a unit, stated elsewhere in the sources with a measure word of another
        family than `family`, for the same item (a word of its own in common): 统防统治面积: 203.6 of a data file
        and the form's 203.6万亩次 — the item is counted in 亩次, no figure in 亩."""
        if not f.subj or self.ix._by_value is None or (f.value == f.value.to_integral_value() and abs(f.value) < 100):
            return False  # (四项 of a list's 序号 4: small counts meet every measure word somewhere)
        k = abs(float(f.value))
        own = f.subj - _ROLE_MARKS
        return any(g.value == f.value and g.family and g.family != family and g.family not in ("%", "年")
                   and g.date is None and own & g.subj
                   for g in self.ix._by_value.window(k - 1e-9 * max(1.0, k), k + 1e-9 * max(1.0, k)))

    def choose(self, t: _Target, found: list[_Cand]) -> tuple[str | None, list[_Fact], str, list[_Fact]]:
        """Which of the equal-valued facts is the one the text speaks of: (verdict, facts, reason, near).

        The words before the number (and the noun after its measure word) must share a word with the
        fact's clause or field label; a fact of the same unit whose words match the mention's better, with
        another value, means the text put the figure in the wrong place; a target value stated as done
        (危桥改造完成12座 where 12 is the target) is not the achievement. With no words to compare, only a
        figure of three significant digits or more in the same unit passes: 28个 met in another phrase
        fails closed, the near candidates listed."""
        if not found:
            return None, [], "", []
        # (most figures: no 分别 before them, nothing to pair — _respectively's first test, without the call)
        t, item = self._respectively(t) if self.text.find("分别", t.context[0], t.m.start) >= 0 else (t, _NO_WORDS)
        m = t.m
        scored = []
        # what its clause says, read once per wording (see _choose_reads): its direction, the part of the year it
        # names (下半年…), 结余 / 未执行 of an amount (what is left), a comparison with a year or a time limit, 占年初预算的
        dirn, said, balance, year_compared, limit_gap, initial_share = _choose_reads(t.clause, t.family)
        plain = t.subj - _ROLE_MARKS
        around: frozenset[str] | None = None  # its words and its sentence's up to it: read once, when needed
        other_year = clash = other_period = False
        counted: frozenset[str] | None = None  # the words of the noun after it: what it counts, read when needed
        score_words = [(w, v) for w, v in _SCORE_WORDS if w in t.own] if not _SCORE_KEYS.isdisjoint(t.own) else ()
        marks = t.own & _BUDGET_MARKS if t.family == "元" else frozenset()  # the amount's own budget words
        as_target = t.role == "target" and self._named_target(t)  # 目标为 / 以内 …: stated as the target, not the result
        # 比上年减少12.4% / 比上年减少3起: a change on last year, never a level the source does not state as a change
        # (a count's comparison in its own clause: 比上年增长20.25%，超出6000人次的目标 quotes the target)
        change = bool(dirn) and (t.family == "%" or (t.family not in ("pt", "倍") and not as_target
                                                      and year_compared)) \
            and _bound_ref(self.text, t) == "year"
        gap = False
        if not change and t.family not in ("%", "pt", "倍") and not m.approx and limit_gap:
            change, as_target, gap = True, False, True  # 比时限缩短 / 比规定时限提前 / 较承诺时限快: the gap to a bound
            # the words name (the bound is what it is compared with, not what it states)
        if dirn and not change and t.family not in ("%", "pt", "倍") and not as_target and not m.approx:
            # 比2小时的时限缩短1小时 / 比上年的26个增加8个: a gap to the figure its words quote, no level of the sources
            change = _COMPARED_FIGURE.search(self.text, t.context[0], m.start) is not None
        negative, positive = m.value < 0, m.value > 0  # (its sign, asked of each candidate)
        level = opposite = False
        planned: list[_Fact] = []  # targets of the mention's exact value, left out as what was planned
        # 比上年的27分钟: the cited record's last year (none without a figure cited before it: no call)
        base_rows, base_other = self._compared_rows(t, as_target) if t.prev else _NO_ROWS
        for rank, verdict, how, f in found:
            if base_other is not None and f.group not in base_rows:
                continue  # 候诊…比上年的35分钟 where the cited row's last year is 27分钟: another row's figure
            if (f.shadowed or f.role == "target" or (f.approx in _BOUNDS and not _APPROX_WORD.search(f.written))) \
                    and not as_target and not m.approx and not (gap and _gap_stated(f)):
                if verdict == "exact" and f.role == "target" and f.approx is None:
                    planned.append(f)  # a target of that very figure (36%目标), not a bound (≥36%)
                continue  # a target or a bound (不少于20家) is what was planned, not what was done
            if dirn and (f.dirn or ("−" if f.value < 0 else None) or _label_direction(f)) not in (None, dirn):
                opposite = True
                continue  # 上升12.5% is not the source's 下降12.5%, 调减15万元 no 年中追加: 150000, 调增 no 调整率 −3.44
            if change and f.family == "%" and f.subj & _ADJUSTED and not _ADJUSTED_SAID.search(t.clause):
                level = True
                continue  # 比上年增长4.00% is no 预算调整率 4.00 %: a change on the 年初 budget, not on last year
            if dirn and f.family == "%" and f.subj & _ADJUSTED and _SPENT_COMPARED.search(t.clause):
                clash = True
                continue  # 实际支出较年初预算下降8.34% is no 预算调整率: the spending's change, not the budget's
            if change and f.dirn is None and (f.family != "%" or not plain & f.subj) \
                    and not _CHANGE_SAID.search(f.snippet) and not _CHANGE_SAID.search(f.location) \
                    and _label_direction(f) is None:  # (a data field's key is in its location: 指标[0].较上年增加)
                level = True
                continue  # 比上年减少12.4% is no 节电率 12.4 % (a level the words never name), 不合格批次比上年减少3批次
                # no 秋季不合格3批次 (a level of the same item: a count's change equals a level only by chance)
            if negative and not dirn and f.value > 0 and f.dirn != "−":
                clash = True
                continue  # 预算调整率-7.10% is no 调整率 7.10 % (a budget raised): the sign says it fell
            if positive and not dirn and f.value < 0 and _SIGNED_RATE.search(t.clause):
                clash = True
                continue  # 预算调整率3.81% is no 调整率 −3.81 (a budget cut): a rate of change with no sign or word rose
            if (t.role and f.role and _role_clash(t, f, self.ix.groups)) or (
                    marks and _spent_or_planned(marks, f.subj) and not (dirn and f.dirn == dirn)) \
                    or (initial_share and self._rate_on_adjusted(f)) \
                    or (balance and not f.subj & _BALANCE_WORDS and (f.role in _HEAD_ROLES or f.subj & _BUDGET_MARKS)):
                clash = True
                continue  # 全年实际支出1932.58万元 is not the 调整预算 1932.58, 经费预算56.43万元 no 支出数, 结余 no 支出
            if (f.period and not period_fits(t.clause, f.period)) or (said is not None and periods_clash(said, f)):
                other_period = True
                continue  # 全年… is not one quarter's or month's cell, 下半年… no figure of 上半年 (check.periods)
            if (f.ytag is not None or t.ytag is not None) and (  # (no year on either side: the same year)
                    not _same_year(t, f, self.ix.year_now) or self._newer_of_years(t, f)):
                other_year = True
                continue  # （2022年发放2304笔） is last year's figure, not this year's
            if score_words and any(w not in f.subj and v in f.subj for w, v in score_words):
                continue  # 得分10分 is not the row's 分值 10 (the weight), nor 分值 its 得分
            n = len(t.subj & f.subj)
            if not n and f.group in base_rows and not m.approx:
                n = 1  # 比上年的1.8天缩短0.3天: the cited record's last-year figure (缩短 is no noun it counts)
            if not n and f.unit == m.base_unit and m.base_unit in _BATCH_UNITS and not f.label and "[" not in f.location \
                    and (_batch_named(self.text[t.context[0]:t.m.start], m.base_unit, m.value)
                         or _batch_division(self.text, m.start, m.end, m.base_unit, m.value)):
                n = 1  # 第二批自…，两批共: the count of the source's list of batches, one of which its sentence names
            if not n and f.label and t.clause and (_abbreviates(t.clause, f.label.rpartition("|")[2])
                                                   or _own_head(self.text, m.start, f.label)):
                n = 1  # 新剧3部 of the field 新创排剧目: the text's short name of the item, its characters in order
                # (、报告9份 of 成果报告: the head noun its name ends in, the clause's only words)
            if not n:
                if counted is None:
                    counted = tokens(noun_after(self.text, m.end) if t.noun is None else t.noun) - _ROLE_MARKS
                if counted and not counted & _lead(f):
                    pass  # 覆盖24个镇街 after 服务站建成24个: it counts 镇街, a thing the fact's words never name
                elif id(f) in t.prev:
                    n = 1  # 即5.43万剂次 restates the figure before it
                elif f.group >= 0 and (last := self.last_record.get(t.sent)) is not None and f.group in last[1] \
                        and (not t.clause.strip() or not _CLAUSE_CUT.search(self.text, last[0], t.m.start)):
                    n = 1  # 第一批3月18日到位12辆: right after its record's date, in its clause, a figure of that record
                    # (…4月16日验收，用时9天，22套；: a figure alone in its clause names nothing else — its sentence's record)
                elif as_target and _is_target(f) and self._target_of_prev(t, f):
                    n = 1  # 入户1632人次，完成目标1500人次: the target of the result just stated, in its record
                else:
                    if around is None:
                        # = (plain | tokens(context)) - _ROLE_MARKS, from the words of each clause (met before)
                        around = plain.union(*map(_clause_words, _CLAUSES.findall(self.text, *t.context)))
                    if len(around & _near(f)) >= 2:
                        n = 1  # its sentence in the source says it (参训3200人次 after 农机手培训)
            scored.append((n, rank, verdict, how, f, len(t.own & f.subj)))
        if planned and scored and all(s[2] in ("rounded", "approximate") for s in scored) and any(
                p.group == s[4].group for p in planned for s in scored):
            scored = []  # 比例14% where the record states 14.2% done and a target of 14%: the target's figure as done
        if not scored and base_other is not None:
            return None, [], (f"文中说法对应来源中的另一数字 {base_other.written} / the words name another figure, "
                              f"{base_other.written}"), [base_other] + [c[3] for c in found[:2]]
        if not scored:
            why = ("来源中该数值是另一年度的数字 / the source gives this figure for another year" if other_year else
                   "来源中该数值是年内另一时段（季度 / 半年 / 月份）的数字 / the source gives this figure for another part "
                   "of the year" if other_period else
                   "来源中该数值是某项指标的水平值，不是比上年的变化幅度 / the source states this as a level, not a change "
                   "on last year" if level else
                   "来源中该数值的增减方向与文中相反 / the source states the opposite direction (a rise, not a fall, or the "
                   "other way round)" if opposite else
                   "来源中该数值是另一口径（预算 / 实际 / 目标）的数字 / the source gives this figure in another role "
                   "(budget, spending, target)" if clash else
                   "来源中该数值是目标值，不是完成值 / the source states this as the target, not the result")
            return None, [], why, [c[3] for c in found[:3]]
        if self._partial(scored[0][4]) and (year := self._years_figure(t, [s_[4] for s_ in scored])) is not None:
            return None, [], (f"来源中该数值是年内部分时段的数字，全年为 {year.written} / the source gives this figure for "
                              f"part of the year; the year's is {year.written}"), [year] + [s_[4] for s_ in scored[:2]]
        kept, swap = [], None
        segs, before = ((item,), item) if item else self.clauses_before(t)  # 分别: the item's words are its clause
        event = _event_words(t.clause) if "后" in t.clause else frozenset()
        if event and segs:  # 核减县级财政资金后调整为: the line cut is no row the figure is of
            segs, before = (segs[0] - event, *segs[1:]), before - event
        whole = None  # the whole (or part) of a candidate the words name instead of it
        for s in scored:  # once one is the fact the words name, the rest need no asking
            g = self.swapped(t, s[4], segs, before) if before and not kept else None
            if g is None and not kept:
                w = self.part_rival(t, s[4])
                if w is not None:  # 项目执行率 of a 其中 row's figure: a derivation may still give it (调增12.6万元)
                    whole = whole or w
                    continue
            if g is None:
                kept.append(s)
            swap = swap or g
        if kept and (swap is not None or whole is not None) and t.own - _ROLE_MARKS and all(s[0] == 0 for s in kept):
            kept = []  # 上思县486台 where 上思县's row states 468: a figure elsewhere that carries none of the words is no
            # rival of the row they name (the 起重机械 indicator's 486台, an equal value by chance)
        if not kept and swap is not None:
            return None, [], (f"{SWAPPED} {swap.written} / the words name another row or item of the list, "
                              f"{swap.written}"), [swap] + [s[4] for s in scored[:2]]
        if not kept and whole is not None:
            return None, [], (f"{PART_OR_WHOLE} {whole.written} / the value is a part's or its whole's, not the one "
                              f"the words name, {whole.written}"), [whole] + [s[4] for s in scored[:2]]
        scored = kept
        words = t.own - _ROLE_MARKS - event - unit_name_words(t.clause)  # (the unit's own name names no rival)
        if t.role == "target" and not _TARGET_HEAD.search(t.clause) and any(s[4].role == "actual" for s in scored):
            words = frozenset()  # 审批后10个工作日内发放 is the result (10): the 15个工作日内 planned is no rival
        named = self.ix.naming(t.family, words) if words else {}
        if words and t.family and t.family not in ("%", "pt", "倍"):  # a ledger without units: 受理 9421, 按时办结 9180
            named = {**self.ix.naming("", words), **named}
        if named:  # only a figure the words name can be a rival: none named, nothing below to weigh
            own = max(len(words & s[4].subj) for s in scored)
            other_best, other, values = 0, None, set()
            xf, qf = abs(float(t.x)), float(t.q) * 1.01
            qw = _pow10(m.exponent)
            rivals: list[_Fact] = []
            average = _average_item(t.clause) is not None
            head = t.role if t.role in _HEAD_ROLES and roles(t.clause) == t.role else ""
            # (an amount with no role whose words name spending — 按性质: 项目支出 — holds the 决算 / 执行 head)
            head_held = bool(head) and any(s[4].role == head or (head == "actual" and not s[4].role and t.family == "元"
                                                                 and "§执" in s[4].subj) for s in scored)
            cut = _HEAD_CUT.split(t.clause)
            head_words = tokens(cut[-1]) - _ROLE_MARKS if len(cut) > 1 else frozenset()
            head_have = head_words & frozenset().union(*(s[4].subj for s in scored))
            new_value = _raised_to(self.text, t)
            rest = _REST in t.own and any(_REST in s[4].subj for s in scored)
            periods: frozenset[str] | None = None  # the numbered items (二季度) the sentence names, read when needed
            for n, f in named.values():
                if not f.family and _in_name(f):
                    continue  # 纳入120网络医院 / 接入12345热线: a number of a name, no figure
                if (ords := _ordinals(_lead(f))):
                    if periods is None:
                        periods = _ordinals_in(self.text[t.context[0]:t.m.start])
                    if not ords & periods:
                        continue  # a log's 完成二季度…16个 is a quarter's figure, no rival of the year's 48
                if (head_held and f.role != head) or (rest and _REST not in f.subj) \
                        or (head_have and not (head_words & f.subj) - head_have):
                    continue  # 追加上年结转资金后全年预算为: the 全年预算 named at its head (what follows 后), not
                    # the 结转资金 of its modifier; 未完成改造的7家 is the rest (另有7家): the 31家 完成改造 no rival
                if new_value is not None and f.value == new_value:
                    continue  # 由每人每月893元提高到1000元: the new figure is no rival of the old one
                if f.family != t.family and (f.kind == "year" or _close(f.value, m.value, qw) is not None
                                             or _close(f.value, t.pmag, qw * m.factor) is not None):
                    continue  # the same number as written: not another figure
                if not f.family and m.kind == "count" and f.value != f.value.to_integral_value():
                    continue  # 造林核查分两批 is no 造林核查面积 13.47: a bare decimal counts no batches, items or people
                if f.hi_mag is not None or f.approx or (t.role and f.role and f.role != t.role) \
                        or (t.ytag is not None and f.ytag != t.ytag) or not _same_year(t, f, self.ix.year_now) \
                        or (f.role == "target") != (t.role == "target"):
                    continue  # a target or a bound (不少于200场) is no rival for a result, nor a result for a target
                if average and not any("均" in w for w in f.subj):
                    continue  # 日均约2800人次: the year's total 102.36万人次 is no rival of a daily average
                if m.approx:
                    if _approx_ok(f.mag, t.x, m.approx, t.q):
                        continue
                elif abs(f.key - xf) <= qf and _close(f.mag, t.x, t.q) is not None:
                    continue  # the same value: not another figure
                rivals.append(f)
                if n < other_best:
                    continue
                if n > other_best:
                    other_best, other, values = n, f, set()
                values.add(f.mag)
            # only words that single out one other figure (not 得分 shared by every indicator) contradict
            if head and not head_held:
                other = _head_rival(t, head, rivals, [s[4] for s in scored]) or other
                if other is not None and other.role == head:
                    other_best, values = own + 2, {other.mag}
            if other is not None and other_best >= own + 2 and not (head and other.role == head):
                # 全年受理来访 of 受理…来访: 年受 and 理来 only join the words it names, they name no other figure
                real = words - _joins(t.clause, words & frozenset().union(*(s[4].subj for s in scored)))
                if len(real & other.subj) < max(len(real & s[4].subj) for s in scored) + 2 \
                        or max(len(real & _lead(s[4])) for s in scored) >= len(real & _lead(other)) + 2:
                    other = None  # (重大涉案财物价格认定，标的额1.26亿元: its source sentence names the case the words
                    # name, more fully than 认定标的额 names the year's 3.86亿元)
            if not (other is not None and other_best >= own + 2 and len(values) == 1):
                other = self._names_more(t, rivals, [s[4] for s in scored]) if rivals else None
                if other is None and own == 0:
                    other = self._cell_rival(t, [s[4] for s in scored])
            if other is not None and (self._stated_beside(t, other) or self._one_of_listed(t, other, scored)
                                      or _row_named(self.text[_clause_start(self.text, t):t.m.start], other, scored,
                                                    self.ix.entities().parts)
                                      or _other_batch(self.text, t, other)):
                other = None  # 完成年度目标42000人次 in its own sentence: the text tells the two figures apart; 东湖、
                # 西湖、南山、北山四个片区 name no one row by the item listed last (a list is judged in part_rival)
            if other is not None:
                return None, [], (f"文中说法对应来源中的另一数字 {other.written} / the words name another figure, "
                                  f"{other.written}"), [other] + [s[4] for s in scored[:2]]
        good = [s for s in scored if s[0] >= 1 and not (s[5] == 0 and self._sibling_named(t, [s]))]
        if not good and (_specific(m) or not dirn and not change and _sole_field(t, found, scored)
                         and not _COMPARING.search(self.text, _clause_start(self.text, t), m.start)
                         and self._of_prev_record(t, scored[0][4])) \
                and not self._sibling_named(t, scored):
            good = scored
            if dirn and t.family == "%":  # 青石区巡查增长96.65%: words naming nothing of a level (the project's 执行率)
                good = [s for s in good if s[4].dirn or _label_direction(s[4]) is not None  # state no change of it
                        or _CHANGE_SAID.search(s[4].snippet) or _CHANGE_SAID.search(s[4].location)]
        if good and t.family == "%" and (rate_name := _rate_name(t.clause)) is not None:
            kept = [s for s in good if s[4].family != "%" or not _other_rate(rate_name, s[4].subj)]
            if not kept:  # 执行率96.40% is no 蚕茧质量合格率 96.4 %: the words name another rate than the source's
                return None, [], ("来源中该数值是另一个比率 / the source gives this figure as another rate than the "
                                  "words name"), [s[4] for s in good[:3]]
            good = kept
        if good and (mine := _quarters_of(t.own)):  # the quarter the mention's own words name (三批 may count)
            other = [s for s in good if (ords := _quarters_of(_lead(s[4]))) and not ords & mine]
            if other and len(other) == len(good):  # 四季度…52714人次 where 52714 is the 4-6月 (二季度) row's
                return None, [], ("来源中该数值属于另一季度 / the source gives this figure for another quarter"),\
                    [s[4] for s in other[:3]]
            good = [s for s in good if s not in other]
        if good and self.text.find("月", t.context[0], m.start) >= 0 and (month := self._month_named(t)) is not None:
            # 3月…18场: the row of March, no other month's (most figures: no 月 before them, no call)
            other = [s for s in good if (mo := _row_month(s[4])) is not None and mo != month]
            if other and len(other) == len(good):
                return None, [], (f"{SWAPPED}（来源中该数值属于另一月份）/ the source gives this figure for another "
                                  f"month"), [s[4] for s in other[:3]]
            good = [s for s in good if s not in other]
        if not good:
            return None, [], ("数值相同，但无法确认是同一事项 / the value is in the sources, but not as what the text "
                              "says it counts"), [s[4] for s in scored[:3]]
        if len(good) == 1:  # the common case: one fact with the value that the words name
            self._trace(m.end, frozenset((id(good[0][4]),)))  # what a change right after it is of
            return good[0][2], [good[0][4]], "", []
        best = min(s[1] for s in good)
        chosen = sorted((s for s in good if s[1] == best), key=lambda s: -s[0])
        self._trace(m.end, frozenset(id(s[4]) for s in chosen))
        return chosen[0][2], [s[4] for s in chosen], "", []

    def _newer_of_years(self, t: _Target, f: _Fact) -> bool:
        """Is f, a figure with no year of its own, the current term of a pair of years its source states (a 合计 row
        over its 上年合计 row), where the words give the figure to an earlier year (比上年的30场)? Then it is this
        year's, no figure of the year the words name."""
        if f.ytag is not None or t.ytag is None or f.dirn or f.family in ("pt", "倍"):
            return False
        now = self.ix.year_now
        if not (t.ytag < 0 or (now is not None and 0 < t.ytag < now)):
            return False
        # the same words in its source give the earlier year's figure: the 上年合计 row of a 合计 row's column (a pair
        # of years found by the best-named figure anywhere is too loose to tell)
        own = f.subj - _ROLE_MARKS
        total = _TOTAL_MARK <= f.subj
        posting = (self.ix._inv.get(f.family) or {}).get(next(iter(own)), ()) if own else ()
        if any(e.src == f.src and e.ytag is not None and (e.ytag < 0 or (now is not None and e.ytag < now))
               and own <= e.subj and (_TOTAL_MARK <= e.subj) == total and e.role == f.role for e in posting):
            return True
        # a copy of it the sources tag as this year's (a ledger's 合计 under its 本年 column, beside its 上年 column):
        # the value is this year's figure of the item, wherever a record repeats it with no year (实际值: 2683)
        fam = self.ix.family(f.family) if now is not None else None
        return fam is not None and any(
            e.ytag == now and e is not f and e.mag == f.mag and len(own & e.subj) >= 2
            for e in fam.window(f.key - 1e-9, f.key + 1e-9))

    def _compared_rows(self, t: _Target, as_target: bool) -> tuple[frozenset[int], _Fact | None]:
        """The records the mention is of when its clause names nothing of its own (占, 比上年的, 完成目标 — no subject
        words): those the figure just before it in its sentence cites, whose share, last year or target it states
        (支付尾款225680元，占20%; 候诊22分钟…，比上年的27分钟; 培训342人，完成目标300人 — a target also in a parallel
        section with the result's field name). And, for a base of the compared year or a quoted target, the figure
        those records give of that kind in the mention's unit family when another value (what the words name), else
        None."""
        if not t.prev or not _names_nothing(t.clause):
            return frozenset(), None
        if self._by_id is None:
            self._by_id = {id(g): g for g in self.ix.facts}
        cited = [g for k in t.prev if (g := self._by_id.get(k)) is not None and 0 <= g.group < len(self.ix.groups)]
        rows = frozenset(g.group for g in cited)
        now = self.ix.year_now
        if as_target:
            kin = [g for c in cited for g in itertools.chain(self.ix.groups[c.group], self._same_field(c))
                   if _is_target(g) and g.family == t.family and g.date is None]
        elif t.ytag is not None and t.ytag != now and _BASE_ONLY.search(t.clause):
            kin = [g for gid in rows for g in self.ix.groups[gid] if g.family == t.family and g.ytag is not None
                   and g.ytag != now and _year_fits(t.ytag, g, now) and g.date is None and not _is_bound(g)]
        else:
            return rows, None
        fits = [g for g in kin if _close(g.mag, t.x, t.q) is not None]
        if fits:
            return rows | frozenset(g.group for g in fits), None
        return rows, kin[0] if kin and len({g.mag for g in kin}) == 1 else None

    def _partial(self, f: _Fact) -> bool:
        """_partial(f), read once per fact: asked of the first candidate of every figure (see choose)."""
        got = self._partials.get(id(f))
        if got is None:
            got = self._partials[id(f)] = _partial(f)
        return got

    def _years_figure(self, t: _Target, candidates: list[_Fact]) -> _Fact | None:
        """The year's figure of the item when every candidate is a count so far (截至目前, 1-9月, 上半年) and the
        mention's sentence names no period: another value, of a line that names no part of the year, whose words the
        mention's name at least as well as any candidate's (全年受理群众投诉405件 beside 1-9月受理群众投诉312件). One
        value, or None."""
        if t.m.approx or t.family in ("%", "pt", "倍") or not all(map(self._partial, candidates)):
            return None  # (a count's or an amount's part: a rate so far and the year's are not one running total)
        lo = max(self.text.rfind(c, max(0, t.m.start - 60), t.m.start) for c in "。\n")
        if _PART_OF_YEAR.search(self.text, lo + 1, t.m.end) or not (words := t.subj - _ROLE_MARKS):
            return None
        best = max(len(words & c.subj) for c in candidates)
        found = [f for n, f in self.ix.naming(t.family, words).values()
                 if n >= max(best, 1) and not self._partial(f) and f.hi_mag is None and not _is_target(f)
                 and _close(f.mag, t.x, t.q) is None and f.role == candidates[0].role
                 and _same_year(t, f, self.ix.year_now)]
        if not found or len({f.mag for f in found}) > 1:
            return None
        said = self._sentence_words(t)
        if any((said & _lead(c)) - _lead(found[0]) for c in candidates):
            return None  # “百日攻坚”行动拆除312宗: the words name the campaign the part's line is of
        return found[0]

    def _period_change(self, t: _Target, a: _Fact) -> _Fact | None:
        """The year's figure of the item when the newer term of a change is a count of part of the year (行动期间,
        截至目前, 1-9月) and the mention's words name no period: the change the words state is the year's, and the
        sources give the year's count as another value (see _years_figure). None otherwise."""
        if a.family in ("%", "pt", "倍") or not self._partial(a) or not (words := t.subj - _ROLE_MARKS):
            return None
        lo = max(self.text.rfind(c, max(0, t.m.start - 60), t.m.start) for c in "。\n")
        if _PART_OF_YEAR.search(self.text, lo + 1, t.m.end) or "同期" in self.text[lo + 1:t.m.start]:
            return None  # 1-9月…比上年同期增长: the words name the period
        now, top, found = self.ix.year_now, max(1, len(words & a.subj)), []
        for n, f in self.ix.naming(a.family, words).values():
            if n >= top and f.mag != a.mag and f.ytag in (None, now) and not f.dirn and not f.approx \
                    and f.hi_mag is None and not _is_target(f) and f.date is None and not self._partial(f):
                if n > top:
                    top, found = n, []
                found.append(f)  # the figure the words name best (全年救助…2368人次), no other count of theirs
        if not found or len({f.mag for f in found}) > 1:
            return None
        if (self._sentence_words(t) & _lead(a)) - _lead(found[0]):
            return None  # “寒冬送温暖”专项行动…增长: the words name the campaign the count is of
        return found[0]

    def _same_field(self, f: _Fact) -> list[_Fact]:
        """The facts of f's source and unit family with f's very words: one field stated in parallel sections (目标:
        放流苗种总量 and 实际: 放流苗种总量), or a template's repeated entry."""
        if self._fields is None:
            self._fields = _FIELDS.get(self.ix)
            if self._fields is None:
                self._fields = _FIELDS[self.ix] = {}
                for h in self.ix.facts:
                    if h.subj and h.date is None:
                        self._fields.setdefault((h.src, h.family, h.subj), []).append(h)
        got = self._fields.get((f.src, f.family, f.subj), ())
        return list(got) if len(got) <= _RECORD_CAP else []

    def _cell_rival(self, t: _Target, candidates: list[_Fact]) -> _Fact | None:
        """The neighbouring cell the words name where no candidate carries any word of the mention's clause (less its
        role words): for each candidate, a figure of its source in its role and year that carries them all — 结案9268宗
        when 9268 is the 受理 row's and the 结案数 row states 9012, 报修5820件 when 5820 is the 修复件数 column's and the
        报修件数 column states 5840 (the text swapped them). One value for every candidate, or None."""
        plain = _phrase(_ROLE_WORD.sub(" ", t.clause)) - _ROLE_MARKS  # 全年办结: 办结 (no 年办 across 全年)
        if not plain:
            return None
        postings = [p for fam in {t.family, ""} if (p := self.ix._inv.get(fam))]
        found: list[_Fact] = []
        periods: frozenset[str] | None = None  # the numbered items (第一批) its sentence names, read when needed
        for c in candidates:
            if plain & c.subj:
                return None
            hit = [r for p in postings for r in p.get(next(iter(plain)), ())
                   if r.src == c.src and r.role == c.role and r.ytag == c.ytag and plain <= r.subj and r.mag != c.mag
                   and r.date is None and r.hi_mag is None and not _is_bound(r)]
            if hit and any(_ordinals(_lead(r)) for r in hit):
                if periods is None:
                    periods = _ordinals_in(self.text[t.context[0]:t.m.start])
                if periods:  # 第一批…补植1,482株: the 第二批 line's 补植1,254株 is another batch's, no rival
                    hit = [r for r in hit if not (ords := _ordinals(_lead(r))) or ords & periods]
            if not hit:
                return None
            row = [r for r in hit if r.group == c.group]  # its own row's other column first (合计 报修 5840, 修复 5820)
            hit = row or hit
            fewest = min(len(r.subj - c.subj) for r in hit)  # then the cell named by the fewest words of its own:
            found += [r for r in hit if len(r.subj - c.subj) == fewest]  # 结案数, not 调解结案数
        return found[0] if found and len({r.mag for r in found}) == 1 else None

    def _month_named(self, t: _Target) -> int | None:
        """The month the words before the mention name as its period (3月开展惠民演出18场; not a deadline 3月底前, a
        range 1—3月, a date 3月5日, or the month compared with 比2月); None when none, or for a change (比上月增加)."""
        if self.text.find("月", t.context[0], t.m.start) < 0 or direction(t.clause):
            return None  # (most figures: no month before them, and nothing more is read)
        found = None
        for mm in _MONTH_NAMED.finditer(self.text, t.context[0], t.m.start):
            found = int(mm[1])
        return found

    def quoted_target(self, t: _Target) -> _Target:
        """超过6场的目标 / 不足90%的要求: the comparing word is the verb, the figure is the target it quotes — matched as
        that target, stated exactly (no approximation of the result: 9场 is no 超过8场的目标)."""
        m = t.m
        if m.approx not in (">", "<") or not _GOAL_AFTER.match(self.text, m.end):
            return t
        return replace(t, m=replace(m, approx=None), role="target")

    def _respectively(self, t: _Target) -> tuple[_Target, frozenset[str]]:
        """The mention with the words of its own item when its sentence pairs items with figures by 分别: the k-th
        figure after 分别 is the k-th item listed before it (二季度、三季度节约资金分别为5.96亿元和5.12亿元: 5.96 is the
        二季度's), so the other items' words are not its own. And the item's words (empty when no 分别 applies)."""
        lo, hi = t.context[0], t.m.start
        k = self.text.rfind("分别", lo, hi)
        if k < 0:
            return t, frozenset()
        s0 = max(self.text.rfind(c, max(0, k - 40), k) for c in "，,。；;：:\n") + 1
        items = _ITEM_SPLIT.split(self.text[s0:k])
        nth = len(_FIGURE_RUN.findall(self.text, k, hi))
        if len(items) < 2 or nth >= len(items):
            return t, frozenset()
        width = max(len(x) for x in items[:-1])
        named = [x if j < len(items) - 1 else x[:width] for j, x in enumerate(items)]
        words = [tokens(x) - _ROLE_MARKS for x in named]
        mine = words[nth]
        others = frozenset().union(*(w for j, w in enumerate(words) if j != nth)) - mine
        if not mine or not others:
            return t, frozenset()
        # its clause is its item and what follows the list (二季度 + 节约资金分别为), no other item
        clause = (named[nth] + self.text[k - len(items[-1]) + width:hi])[-16:]
        return replace(t, own=(t.own - others) | mine, subj=(t.subj - others) | mine, clause=clause), mine

    def _stated_beside(self, t: _Target, other: _Fact) -> bool:
        """Does the mention's sentence state the rival's figure as its target (完成年度目标42000人次 after 献血45218人次)?
        Then the text itself tells the two apart: the rival is the plan (a log's 明确全年无偿献血42000人次), not the
        result the words name."""
        a, b = sentence_bounds(self.text, t.m.start)
        said = self.text[a:b].replace(",", "")
        written = _fmt(other.value)
        tail = "0*" if "." in written else r"(?:\.0+)?"  # 86.4 or 86.40; 42000 or 42000.00, never 420
        return re.search(rf"(?:{_TARGET_REF.pattern})[^\d，,。；;]{{0,6}}(?<![\d.]){re.escape(written)}{tail}(?![\d.])",
                         said) is not None

    def _of_prev_record(self, t: _Target, f: _Fact) -> bool:
        """Is f of the record the figure just before the mention in its sentence cites — or does none come before?
        (举办速度赛马28场…；上年11场: the sentence speaks of the 赛马 row, so 11场 of 马术表演 is no figure it states.)"""
        if not t.prev:
            return True
        if self._by_id is None:
            self._by_id = {id(g): g for g in self.ix.facts}
        return any(g.group == f.group for k in t.prev if (g := self._by_id.get(k)) is not None)

    def _target_of_prev(self, t: _Target, f: _Fact) -> bool:
        """Does f's record state the result the figure just before the mention cites (by the fact, or its value:
        a log's 入户1632人次 and the form's 实际值: 1632 are one result)?"""
        if not t.prev or not 0 <= f.group < len(self.ix.groups):
            return False
        if self._by_id is None:
            self._by_id = {id(g): g for g in self.ix.facts}
        values = {g.value for k in t.prev if (g := self._by_id.get(k)) is not None}
        return any(id(g) in t.prev or (g.value in values and not _is_target(g)) for g in self.ix.groups[f.group])

    def clauses_before(self, t: _Target) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
        """The words of the clauses before the mention in its sentence (see _segments); none when the words name
        several figures (分别, a list of figures follows), so no one of them is told from another."""
        before = self.text[t.context[0]:t.m.start]
        if "分别" in before or self.text.startswith(("、", "，", ","), t.m.end) and _HAS_DIGIT.match(self.text, t.m.end + 1):
            return (), frozenset()
        unit = t.m.unit
        if unit:  # 黑鲷单价0.16元，对虾单价0.02元: a parallel figure before it took its clause's row with it
            k = before.rfind(unit)
            while k > 0 and not before[k - 1].isdigit():
                k = before.rfind(unit, 0, k)
            if k > 0:
                own = _nearest_words(before[k + len(unit):])
                j = k
                while j > 0 and (before[j - 1].isdigit() or before[j - 1] in ".,"):
                    j -= 1
                if own and own & _nearest_words(before[:j]):  # the same field (单价 … 单价), another row's clause
                    before = before[k + len(unit):]
        if "比" in before or "较" in before:  # 四季度…，比一季度增长58.82%，交易额: 一季度 is what it is compared with
            # (its change word follows) — but 比苍溪县37所少: the figure after the item compared with is that item's own,
            # and only its own (…比白碱滩区298匹多114匹，比上年376匹: 白碱滩区 names 298, no figure after it)
            before = _COMPARED_ITEM.sub(lambda c: c[0] if not before[c.end():].strip(_OPENERS) else " ", before)
        if "因" in before or "为" in before or "由于" in before:  # 年中因企业合作收入增加12.80万元，全年预算…: the cause
            # of a change told in a clause before names why the figure moved, no row it is of
            before = _CAUSE_CLAUSE.sub(" ", before)
        return _segments(before)

    def swapped(self, t: _Target, f: _Fact, segs: tuple[frozenset[str], ...], words: frozenset[str]
                ) -> _Fact | None:
        """Another row, item or part of f's list (a sibling: see _sibling) that the mention's sentence names
        instead of f: the nearest clause before the figure with a word of either decides — 西片改造小区11个、惠及
        3486户 when 3486 is the 东片's, 工程隔离带28.3公里 when 28.3 is the 生物林带's. None when they name f.
        segs, words: clauses_before(t)."""
        key = (id(f), segs)  # a log written from a template asks the same again
        if key in self._swaps:
            return self._swaps[key]
        if f.label and _own_head(self.text, t.m.start, f.label):
            return None  # 普查样本312份、报告6份: the words right before it (报告, a word too common to read) name
            # f's record (成果报告) — the clauses before are the earlier figures'
        other = words - f.subj  # only a word f lacks can name another row
        if _SPENT_MARK <= f.subj:  # 市本级财政拨款…，支出479.52万元: the word says the line spent it, naming no 基本支出 row
            other -= _SPENDING_WORDS
        self._swaps[key] = g = self._swapped(f, segs, other) if other else None
        return g

    def _swapped(self, f: _Fact, segs: tuple[frozenset[str], ...], other: frozenset[str]) -> _Fact | None:
        # a sibling has f's role and year (see _sibling), so the mention's role and year rule it out as they do f
        now, partners = self.ix.year_now, self.ix.partners
        posting = self.ix._inv.get(f.family) or {}
        pairs, seen = [], {id(f)}
        # facts by their own words: 参训324人 and 参训318人 differ only in their records
        found: list[_Fact] = []
        for tok in other:
            if (got := posting.get(tok)) is not None:
                found += got
        for g in itertools.chain(found, self._same_field(f)):
            if id(g) in seen or g.src != f.src:
                continue
            seen.add(id(g))
            if g.mag == f.mag or g.hi_mag is not None or g.date is not None or _is_bound(g):
                continue
            own = _sibling(f, g, *((f.subj, g.subj) if g.group == f.group else
                                   (self.record_words(f), self.record_words(g))), partners, now)
            if own is not None:
                pairs.append((g, *own))
        pairs.sort(key=lambda p: p[0].seq)  # the sources' order, not the hash order of the words that found them
        for seg in segs:  # the nearest clause that tells f from a sibling decides for that sibling
            if not pairs:
                break
            for g, mine, theirs in pairs:
                if seg & mine & GOV_LEVELS and not seg & theirs & GOV_LEVELS:
                    continue  # 中央资金执行 of the 中央…补助 row: its level names it, the 资金 of 州级财政资金 names nothing
                if seg & theirs and (not seg & mine or g.group != f.group and len(seg & mine) < len(seg & theirs) + 2):
                    return g  # (财政拨款资金执行率 names 财政拨款 by three words, 其他资金 by 资金 alone: no mix-up)  # a clause that names both records (第一批放流黄鳍鲷 when 第一批 was 黑鲷) mixes them up
            pairs = [p for p in pairs if not seg & p[1]]
        return None

    def record_words(self, f: _Fact) -> frozenset[str]:
        """The words of f's record (its row, list item or clause group): 第二期集中训练：5月14日至…，参训324人 names the
        期 in its dates' words, not in the 324's. A long record (a whole file's fields) gives only f's own."""
        got = self._record_words.get(f.group)
        if got is None:
            facts = self.ix.record(f.group)
            first = min((g.seq for g in facts if g.date is None), default=-1)
            # a date's words are of what follows it: a date leading its record (第二期：5月14日至…) names it, a date
            # closing a ledger row (… 512,000.00  6月6日) names the next row
            got = self._record_words[f.group] = frozenset().union(*(g.subj for g in facts if g.date is None
                                                                   or g.seq < first)) \
                if 0 < len(facts) <= _RECORD_CAP else frozenset()
        return got | f.subj

    def _names_more(self, t: _Target, rivals: list[_Fact], candidates: list[_Fact]) -> _Fact | None:
        """A figure of another value that the words before the mention name more fully than every fact with its
        value — each of those words naming a candidate (in its sentence before it) names the rival too, plus a
        word of the rival's own: 验收合格426家 when 426 is the 安装 of 油烟净化设施 and 398 their 验收合格.
        None unless one value; a part of a candidate 合计 record (one 专项 of 三个专项's total) is no rival."""
        if _BOTH.search(t.clause) or self.text.startswith(("、", "，", ","), t.m.end) and \
                _HAS_DIGIT.match(self.text, t.m.end + 1):
            return None  # 生态公益林和经济林分别为2140亩、1720亩, 得分15分、15分、10分: the words name several
        words = tokens(t.clause) - _ROLE_MARKS - (_event_words(t.clause) if "后" in t.clause else frozenset()) \
            - unit_name_words(t.clause)
        words = words - _joins(t.clause, words & frozenset().union(*map(_lead, candidates)))
        if t.role and all(c.role == t.role for c in candidates):
            # 调整预算 beside a row's 全年预算数: words that only name the role every candidate has single out no rival
            words = words - _role_words(t.clause)
        have = [words & _lead(c) for c in candidates]
        if not all(have):
            return None  # a candidate its words don't name at all is judged elsewhere
        totals = {c.src for c in candidates if _TOTAL_MARK <= c.subj}  # its parts are named more fully
        best: frozenset[str] = frozenset()
        found: list[_Fact] = []
        for f in rivals:
            if not _same_year(t, f, self.ix.year_now) or f.src in totals and "总分" not in f.subj:
                continue  # (the form's 总分 row sums every score: no part of the funds row's 合计)
            got = words & _lead(f)
            if not (got & f.subj - _ROLE_MARKS) or not all(h < got and (got - h) & f.subj for h in have):
                continue
            if len(got) > len(best):
                best, found = got, [f]
            elif len(got) == len(best):
                found.append(f)
        values = {f.mag for f in found}
        return found[0] if len(values) == 1 else None

    # -- the record the words name: a part, its whole, a sibling ----------------------------------------------------
    def _own_part_words(self, part: _Fact, whole: _Fact) -> frozenset[str]:
        """The words that name the part itself: its own, less its whole's and its sibling parts' (项目支出 beside
        基本支出 under 部门资金: 项目 only)."""
        words = part.subj - whole.subj - _ROLE_MARKS
        for p in self._part_list(whole):
            if not words:
                break
            if p is not part:
                words = words - p.subj
        return words

    def _sentence_words(self, t: _Target) -> frozenset[str]:
        """The words of the mention's sentence (to its 。, over ；) up to it, and what it counts."""
        got = self._said.get(t.m.start)
        if got is None:
            if self._sent_ends is None:
                self._sent_ends = [m.end() for m in _SENT_CLOSE.finditer(self.text)]
            k = bisect_right(self._sent_ends, t.m.start)
            s0 = max(self._sent_ends[k - 1] if k else 0, t.m.start - 300)
            got = self._said[t.m.start] = (t.subj | tokens(self.text[s0:t.m.start])) - _ROLE_MARKS
        return got

    def part_rival(self, t: _Target, f: _Fact, whole_too: bool = True) -> _Fact | None:
        """The figure of the record the words name when f is a part they never name or a whole one of whose parts
        they name: a 其中 row's 95.67% stated as 项目执行率 is the part's, where the 年度资金总额 row states the
        project's (its whole's figure is returned); the total's 执行率 stated as 其中省级下达资金执行率 is the whole's
        (the part's figure in that field is returned). A part is named anywhere in its sentence up to the mention
        (see _sentence_words), a whole's part only in the words of the figure's own clause after any 后 (追加结转资金后
        全年预算为 names the budget). whole_too=False: a part is no rival of its whole (两项合计 adds parts)."""
        links = self._part_links.get(id(f))
        if links is None:  # (its wholes, its parts): asked of each candidate and operand, read once per fact
            partners = self.ix.partners.get(id(f)) or ()
            links = self._part_links[id(f)] = ([y for x, y, why in partners if x is f and why == "part"],
                                               [x for x, y, why in partners if y is f and why == "part"])
        wholes, parts = links
        if not wholes and not parts:
            return self._line_of_rate(t, f) if f.family == "%" else None
        if whole_too:
            for w in wholes:
                if w.mag == f.mag or w.family != f.family or any(g.group == f.group for g in self._cited(t)):
                    continue
                own = self._own_part_words(f, w)
                said = self._sentence_words(t) - (_event_words(t.clause) if "后" in t.clause else frozenset())
                if own and not own & said and id(f) not in self.wholes_said[t.para]:
                    return w  # (a whole the paragraph's shares were of is named: 项目支出中…；两项合计…，占)
        if parts and (listed := self._listed_parts(t, f, parts)):
            # 监管铁东、铁西、立山、千山四个城区供热面积: the words list every part, so they name the whole (and a list
            # of some of them names their sum, no whole — nor the part listed last)
            return None if len(listed) == len(parts) else listed[-1]
        if parts and (clause := tokens(without_unit_names(_HEAD_CUT.split(t.clause)[-1])) - _ROLE_MARKS):
            cited = {g.group for g in self._cited(t)} if f.family == "%" and _RATE_ONLY.fullmatch(t.clause) else set()
            for p in parts:
                if p.mag != f.mag and p.family == f.family and (p.group in cited or self._names_part(clause, p, f)):
                    return p  # (执行率 right after a line's own figure: that line's rate, 财政拨款全年执行…，执行率)
        return None

    def _names_part(self, words: frozenset[str], p: _Fact, whole: _Fact) -> bool:
        """Do the words name the part p rather than its whole: two of its own words (or the one it has), and more
        of them than of the whole's own by two (财政拨款资金执行率: 资金 of 年度资金总额 too, 财政拨款 the line's)?"""
        own = self._own_part_words(p, whole)
        if not _names(words, own):
            return False
        theirs = len((whole.subj - p.subj - _ROLE_MARKS) & words)
        return not theirs or len(own & words) >= theirs + 2

    def _line_of_rate(self, t: _Target, f: _Fact) -> _Fact | None:
        """The figure of the funding line a total's rate is stated for, when the sources give the rate only for the
        total (部门资金情况's 预算完成率 beside its 其中 lines): the line the rate's own words name (财政拨款执行率, 其中
        财政拨款的执行率), or — when they name only the rate (执行率96.11%) — the line whose figure right before it
        the sentence states (财政拨款全年执行390.40万元，执行率…). The line's figure is returned; None otherwise."""
        facts = self.ix.record(f.group)
        if len(facts) > _RECORD_CAP:
            return None
        words = tokens(_HEAD_CUT.split(t.clause)[-1]) - _ROLE_MARKS
        only_rate = _RATE_ONLY.fullmatch(t.clause) is not None
        cited = {id(g) for g in self._cited(t)} if only_rate else set()
        for w in facts:
            if w.family != "元":
                continue
            for p in self._part_list(w):
                if p.family != w.family or p.mag == w.mag:
                    continue
                if id(p) in cited:
                    return p  # 财政拨款全年执行390.40万元，执行率96.11%: the rate of the line just stated
                if words and self._names_part(words, p, w):
                    return p  # 财政拨款执行率96.11% where 96.11% is the 部门资金's 预算完成率
        return None

    def _list_phrase(self, t: _Target) -> str:
        """The mention's own phrase (back to the last comma or figure) when it lists items before the figure (东湖、
        西湖、南山、北山四个片区): the figure is of them all. '' otherwise, and for 分别 (each item its own figure)."""
        got = self._lists.get(t.m.start)
        if got is None:
            head = self.text[t.context[0]:t.m.start]
            head = _FIGURE_RUN.split(head[max(head.rfind(c) for c in "，,；;。：:") + 1:])[-1]
            got = self._lists[t.m.start] = head if _LIST_ITEMS.search(head) and "分别" not in head else ""
        return got

    def _one_of_listed(self, t: _Target, rival: _Fact, scored: list[tuple[Any, ...]]) -> bool:
        """Is the rival one of several parts of a candidate whole that the mention's phrase lists (北山's 162 before
        东湖、西湖、南山、北山四个片区管网长度1000公里)? Then the words name the whole, not the part they list last."""
        if not self._list_phrase(t):
            return False
        for s_ in scored:
            parts = [x for x, y, why in self.ix.partners.get(id(s_[4])) or () if y is s_[4] and why == "part"]
            if any(p is rival for p in self._listed_parts(t, s_[4], parts)):
                return True
        return False

    def _listed_parts(self, t: _Target, whole: _Fact, parts: list[_Fact]) -> list[_Fact]:
        """The parts of `whole` that a list in the mention's own phrase names (two or more, joined by 、 / 和 / 及 before
        it, back to the last comma or figure): 铁东、铁西、立山、千山四个城区 names four rows of the table. Empty unless
        the phrase lists items and names two or more of the parts."""
        head = self._list_phrase(t)
        if not head:
            return []
        words = tokens(head) - _ROLE_MARKS
        named = [p for p in parts if p.family == whole.family and p.mag != whole.mag
                 and words & self._own_part_words(p, whole)]  # a word only that row has: its name
        return named if len(named) >= 2 else []

    def _cited(self, t: _Target) -> list[_Fact]:
        if not t.prev:
            return []
        if self._by_id is None:
            self._by_id = {id(g): g for g in self.ix.facts}
        return [g for k in t.prev if (g := self._by_id.get(k)) is not None]

    def _figure_before(self, t: _Target) -> tuple[Decimal, Decimal, frozenset[int]] | None:
        """(value × scale, half its quantum, the ids of the facts it was traced to) of the figure right before the
        mention when the mention restates or changes it with no words of its own: 无偿献血45218人，比上年增长7.48% (a
        change on last year: that figure is its newer term, traced or not), 执行率仅90.94%，不足九成 (a word restating the traced or derived figure before it).
        None otherwise, and when the figure before is itself a comparison (超过目标值3218人次，比上年增长…)."""
        if t.m.approx:
            if t.clause or not (t.prev or self._derived_at):
                return None
        elif not direction(t.clause) or (ref := _REF.search(t.clause)) is None or not (ref["year"] or ref["yoy"]) \
                or tokens(_COMPARE_WORDS.sub(" ", t.clause)) - _ROLE_MARKS:
            return None
        k = t.m.start - len(t.clause)
        got = _FIGURE_BEFORE.search(self.text, max(0, k - 16), k)
        if got is None:
            return None
        lead = self.text[max(0, got.start() - 16):got.start()]
        lead = lead[max(lead.rfind(c) for c in "，,。；;：:、\n") + 1:]
        if _LEVEL_NOT.search(lead):
            return None  # 超过目标值3218人次 / 比上年的41560人次: a comparison, not the level the change is of
        scale = _SCALES.get(got[3] or "", ONE)
        value = Decimal(got[1].replace(",", ""))
        if t.m.approx and not any(g.value == value for g in self._cited(t)) and got.start() not in self._derived_at:
            return None  # the figure before is no traced one: the word may rest on the figures that give it
        half = (Decimal(1).scaleb(-len(got[2] or "")) * scale) / 2
        return value * scale, half, self._traced.get(got.end() - 1, frozenset())  # (it ends at the comma)

    def same_subject(self, t: _Target, found: list[tuple[str, _Fact, _Fact]], retry: bool = True
                     ) -> list[tuple[str, _Fact, _Fact]]:
        """The derivations whose operands are of the subject the mention's words name (a figure is supported only by
        the same fact): none of a part the sentence never names (全年结余 is no 项目支出's 调整预算 − 实际支出), of a
        sibling record the words name instead (走访慰问经费执行率 from 活动中心运行经费's figures), of a record one of
        whose other figures its own clause names (其中省级下达资金执行率 from 合计 and 已拨付), or — for a change on
        last year with no words of its own right after a figure (无偿献血45218人，比上年增长7.48%) — not of that
        figure; and a minus sign without its word is a fall (new < old). The rest are kept; self.foreign holds an
        operand left out."""
        if not found:
            return found
        clause = tokens(t.clause) - _ROLE_MARKS
        # 山歌培训和学生资助执行率均为: both named (均 as 都, not 人均 / 场均: an average names one item)
        several = _BOTH.search(t.clause) is not None or _ALL_ALIKE.search(t.clause) is not None
        prev = self._figure_before(t)
        said = self._said_of(t)
        out = []
        named: _Fact | None = None
        for e in found:
            formula, a, b = e
            bad = None
            if said is not None and (bad := self._unnamed(t, said, formula, a, b)) is not None:
                pass  # an operand of another period, base, item or kind of figure than the words name
            elif t.m.value < 0 and not direction(t.clause) and (" × " not in formula or " − " in formula) \
                    and a.mag > b.mag:
                bad = a  # -7.10% of a budget adjusted upwards: the text's sign says it fell
            elif " ÷ " in formula and _is_target(b) and _average(t.clause) is not None:
                bad = b  # 场均参与60.1人次 is over the 136场 held, never over the target 不少于120场
            elif " ÷ " in formula and (avg := _average(t.clause)) is not None and avg[1] \
                    and (x := self._other_item(avg[1], a, b)) is not None:
                bad = x  # 西岭乡场均观众 over 东关镇's 24场, 水位站每站运维经费 from 雨量站's amount: another item's
            elif formula.startswith("(") and (x := self._stated_change(t, a, b) or self._period_change(t, a)) is not None:
                bad = x  # 比48小时的要求快22小时，缩短54.17%: the 22 is a gap, no level to change from; 比上年增长 from a
                # campaign's count (行动期间…468人次，上年同期421人次) where the year's count is another
            elif several:
                # 山歌培训和学生资助执行率均为88%: the words name both records, one of them gives it — but a record
                # the words name where they name nothing of the operand's own is still its sibling (强制检定及民生计量
                # 专项经费结余 from the 计量标准建设经费's figures: 及 is inside one name)
                rest = clause - a.subj - b.subj  # (by words no other record of its kind has: 惠及 holds 及 too)
                bad = next((y for x in (a, b) if (y := self._named_sibling(t, x, rest, clause, distinct=True))
                            is not None), None)
            elif prev is not None and not any(abs(x.pmag - prev[0]) <= prev[1] or abs(x.value - prev[0]) <= prev[1]
                                              or id(x) in prev[2] for x in (a, b)):  # (近1700宗 is 1683宗)
                bad = a  # 比上年增长7.48% right after 无偿献血45218人: the change of that figure, not of 采血量
            else:
                total = " + " in formula  # 两项合计: the parts are its operands by design
                rest = clause - a.subj - b.subj  # words of the clause neither operand has
                if rest and (rest.isdisjoint(self._source_words()) or self._relation_of_said(t, a, b)):
                    rest = frozenset()  # words no source figure has name none of them; 调整率 names the relation
                for x in (a, b):
                    y = self.part_rival(t, x, not total)
                    if y is not None and not (x is b and y is a) and (y is b or y.mag not in (a.mag, b.mag)):
                        # (a share of its whole b whose part a the words never name is no share they state)
                        bad = y
                        break
                    if t.family == "%" and "占" in t.clause and (y := self._column_carried(t, x, a, b)) is not None:
                        bad = y  # 西洋岛巡查占全市…，大嵛山岛占比: a share naming no column is of the one named before
                        break
                    if rest and (y := self._named_beside(t, x, a, b, rest) or self._named_sibling(t, x, rest, clause)
                                 or self._named_sibling(t, x, rest, clause, (a.mag, b.mag), False, True)
                                 or next((z for q in self._equivalents(x) if (z := self._named_beside(t, q, a, b, rest))),
                                         None)):
                        bad = named = y  # (or by a record that states x's value: a table's 合计 240.00 is the data's 合计)
                        break
            if bad is None:
                out.append(e)
            else:
                self.foreign = bad
        if out:
            self._derived_at.add(t.m.start)  # a derived figure: a word right after it restates it (see _figure_before)
        if not out and named is not None and retry and 0 <= named.group < len(self.ix.groups) \
                and len(facts := self.ix.groups[named.group]) <= _RECORD_CAP:
            # the words name that record: its own figures may give the mention (维权援助案件增长两成多: 386 on 312)
            out = self.same_subject(t, self.derive(t, [(f, g) for f in facts for g in facts if f is not g]), False)
        return out

    def _other_item(self, item: str, a: _Fact, b: _Fact) -> _Fact | None:
        """The operand of an average that is of another item than the words name before the per-word (西岭乡 of
        西岭乡场均, 水位站 of 水位站每站): it lacks the item's words, which the other operand has, and its source names
        that item in another row or record of the same kind (the 西岭乡 row of the ledger whose 东关镇 row gives it,
        the 水位站 task beside the 雨量站 task whose amount it is). None when both or neither carry them."""
        words = tokens(item) - _ROLE_MARKS - (a.subj & b.subj)
        if not words:
            return None
        for x, y in ((a, b), (b, a)):
            if (held := words & y.subj) and not words & x.subj and (
                    self._names_other_row(x, held) or self._of_sibling_item(x, held, y)):
                return x
        return None

    def _of_sibling_item(self, x: _Fact, words: frozenset[str], other: _Fact) -> bool:
        """Is x of a record parallel to the one `words` name — by the words of its own that the other operand lacks
        (空气 of the 空气自动站 ledger's total, beside the 水质自动站 task the words name)?"""
        mine = x.subj - other.subj - _ROLE_MARKS
        if not mine:
            return False
        first = min(words)
        named = [g for g in (self.ix._inv.get(x.family) or {}).get(first, ())[:_RECORD_CAP * 4]
                 if words <= self.record_words(g)]  # (a record of x's kind: 水质自动站 task's amount, for an amount)
        for g in named[:_RECORD_CAP]:
            gw = self.record_words(g)
            posting = self.ix._inv.get(g.family) or {}
            for tok in mine:
                for h in posting.get(tok, ())[:_RECORD_CAP * 4]:
                    if h.src != g.src or h.role != g.role or h.group == g.group or h.date is not None:
                        continue
                    hw = self.record_words(h)
                    own = hw - gw - _ROLE_MARKS
                    if not words & hw and len(own & mine) >= min(2, len(own)) > 0 and (hw & gw) - _ROLE_MARKS:
                        return True
        return False

    def _names_other_row(self, x: _Fact, words: frozenset[str]) -> bool:
        """Do `words` name another row or record than x's in x's source, of x's kind (a figure the text stated: in
        the source of the fact it restates)?"""
        facts = self.ix.groups[x.group] if 0 <= x.group < len(self.ix.groups) else ()
        for y in ([x] if x.src >= 0 else [g for g in facts if g.value == x.value and g.src >= 0]):
            yw = self.record_words(y)
            if words & yw:
                continue
            posting = self.ix._inv.get(y.family) or {}
            for tok in words:
                for g in posting.get(tok, ()):
                    if g.src == y.src and g.role == y.role and g.group != y.group and g.date is None \
                            and not _is_bound(g) and words <= (gw := self.record_words(g)) and (gw & yw) - _ROLE_MARKS:
                        return True
        return False

    def _said_of(self, t: _Target) -> "_Said | None":
        """What the mention's words name that every operand must carry (see _Said); None when they name nothing
        of the kind (most mentions)."""
        text, m = self.text, t.m
        items = _period_named(text, t.context[0], m.start)
        bm = _BASE.search(t.clause) if t.family in ("%", "倍") else None
        base = _phrase(bm[1]) - _ROLE_MARKS if bm is not None else frozenset()  # 为全年日均的: 日均
        to_target = t.family == "%" and _OF_TARGET.search(t.clause) is not None
        dirn = direction(t.clause)
        unbased = t.family == "%" and dirn is not None and _GROWTH.search(t.clause[-6:]) is not None \
            and _REF.search(text, t.context[0], m.start) is None  # 增长5.33% with no 较上年 / 比目标: on last year
        per = _average(t.clause) if t.family not in ("%", "倍", "pt") else None
        averaged = per is not None and bool(dirn) and per[0] in _PERIODS_IN_YEAR | {"日": 0}  # 比上年月均多
        qm = _COMPARED_FIGURE.search(text, t.context[0], m.start) if dirn or t.clause[-1:] in _GAP_WORDS \
            else None  # 比5天的时限快 / 比上年的40小时缩短: the figure the gap is to
        if qm is None and t.family == "pt":  # 超出“≥90%”6.4个百分点 / 高于92%的目标: the bound it quotes
            qm = _BEYOND_FIGURE.search(text, t.context[0], m.start)
        quoted = None
        if qm is not None:  # the figure as written, at its precision (较上年的3421.55万元: 34215480元 rounded)
            scale = _SCALES.get(qm[2] or "", ONE)
            half = Decimal(1).scaleb(-len(qm[1].partition(".")[2])) * scale / 2
            quoted = (Decimal(qm[1].replace(",", "")) * scale, half)
        head = frozenset()
        if t.clause and not _own_subject(t.clause):  # 比年初调增 / 比上年增长: of the item named just before
            head = self._head_words(t)
        if not (items or base or to_target or unbased or averaged or quoted is not None or head):
            return None
        return _Said(items, base, to_target, unbased, averaged, quoted, head)

    def _head_words(self, t: _Target) -> frozenset[str]:
        """The words of the item named last before the mention in its sentence part (after its last ；or 。): the
        words before the figure of the nearest clause that names an item of its own (考试费收入全年预算80.00万元，比年初
        调增…: 考试费收入; 压力表15230台件，占27.01%，比上年增长…: 压力表). Empty when none does, or when that clause
        names several items (衡器与压力表合计…: a sum's parts)."""
        text = self.text
        k = t.m.start - len(t.clause)
        lo = max(text.rfind(c, max(0, k - 120), k) for c in "；;。\n！？") + 1
        for clause in reversed(_HEAD_CUT_AT.split(text[lo:k])):
            words = clause[: d.start()] if (d := _HAS_DIGIT.search(clause)) else clause
            if "比" in words or "较" in words:  # 比第三季度少6例: the item compared with is no item the clause is of
                words = _COMPARED_ITEM.sub(" ", words)
            if _own_subject(words):  # (追加结转资金后全年预算为: the budget named at the head, after 后)
                return frozenset() if _SEVERAL.search(words) else _phrase(_HEAD_CUT.split(words)[-1]) - _ROLE_MARKS
            if _SEVERAL.search(words):  # 应急抢修38.07万元、安全培训24.50万元，合计62.57万元，占: after a sum of the
                return frozenset()  # items before it, no one of them (the first) is what the clause is of
        return frozenset()

    def _unnamed(self, t: _Target, said: "_Said", formula: str, a: _Fact, b: _Fact) -> _Fact | None:
        """The operand of a derivation that is not of what the words name (see _Said), or None."""
        if said.items and not _TO_DATE_WORDS & (_lead(a) | _lead(b)):  # (the year less 前三季度 is the 四季度)
            carried = _ordinals(_lead(a)) | _ordinals(_lead(b))
            if carried and not carried & said.items:
                return a if _ordinals(_lead(a)) else b  # 四季度检出率 from the 一季度 row
            if not carried and (x := next((x for x in (a, b) if _TOTAL_MARK <= x.subj), None)) is not None:
                return x  # 一季度场均 from the 合计 row: the year's, no quarter's
        ratio = " ÷ " in formula
        if said.base and ratio and not said.base & (b.subj | _lead(b)):
            return b  # 为全年日均的3.2倍 over a figure of the same day, no daily average
        if said.to_target and ratio and " − " not in formula and not _is_target(b):
            return b  # 完成目标的107.55% over last year's 318
        if said.unbased and " − " in formula and _is_target(b):
            return b  # 增长5.33% over the target 120公里: a growth with no base named is on last year
        if said.averaged and not ratio and not any("均" in w for w in a.subj | b.subj):
            return a  # 比上年月均多2895台件 from the years' totals
        if said.quoted is not None and " − " in formula and not any(
                id(x) in t.prev or abs(x.pmag - said.quoted[0]) <= said.quoted[1] for x in (a, b)):
            return b  # 比48小时的要求快9小时 from last year's 40 − 31
        if said.head:
            rest = said.head - a.subj - b.subj
            for x in (a, b):
                if (y := self._named_sibling(t, x, rest, said.head, (a.mag, b.mag), shared=False)) is not None:
                    return y  # 压力表…，占27.01%，比上年增长 from the 衡器 row
                other = b if x is a else a  # (村级防疫员免疫劳务补助…，占 of the total: the head names the part a itself,
                for p in self._part_list(x):  # better than the total's 其中 line 中央动物防疫补助资金)
                    if p is not a and p is not b and p.family == x.family and _names(said.head, own := self._own_part_words(p, x)) \
                            and not (x.subj - p.subj - _ROLE_MARKS) & said.head \
                            and len(said.head & own) >= len(said.head & other.subj):
                        return p  # 考试费收入全年预算…，比年初调增 from the 年度资金总额 row
        return None

    def _stated_change(self, t: _Target, a: _Fact, b: _Fact) -> _Fact | None:
        """The operand of a relative change, (a − b) ÷ b, that the text stated earlier in the sentence as a change
        itself (快22小时, 增加24元): a gap, no level."""
        s0 = t.context[0]
        for x in (a, b):
            if x.src != -1:
                continue
            k = self.text.rfind(x.snippet, s0, t.m.start)
            if k >= 0 and (direction(words := clause_before(self.text, k)) or words[-1:] in _GAP_WORDS):
                return x
        return None

    def _rate_on_adjusted(self, f: _Fact) -> bool:
        """Is f a record's 执行率 where the record states both the 年初 and the adjusted budget? Then it is on the
        adjusted one (as every form computes it), no share of the 年初 budget."""
        if f.family != "%" or not {"§率", "§执"} & f.subj or not 0 <= f.group < len(self.ix.groups):
            return False
        roles_of = {g.role for g in self.ix.groups[f.group]}
        return "initial" in roles_of and "budget" in roles_of

    def _source_words(self) -> set[str]:
        """Every word that some source figure's words hold (of the index's postings), gathered once."""
        if self._words is None:
            self._words = set().union(*(p.keys() for p in self.ix._inv.values()))
        return self._words

    def _equivalents(self, x: _Fact) -> list[_Fact]:
        """Other records' facts of x's value as written (in x's unit family, or where either has no unit): a table's
        合计 240.00 and the data file's 合计: 240.00 of 万元."""
        assert self.ix._by_value is not None
        v = abs(float(x.value))
        return [e for e in self.ix._by_value.window(v - 1e-9, v + 1e-9)[:_RECORD_CAP]
                if e is not x and e.group != x.group and e.value == x.value and e.date is None
                and (e.family == x.family or "" in (e.family, x.family))]

    def _named_sibling(self, t: _Target, x: _Fact, rest: frozenset[str], clause: frozenset[str],
                       operands: tuple[Decimal, ...] = (), shared: bool = True, distinct: bool = False
                       ) -> _Fact | None:
        """The same field of a sibling record (same source, unit family and role; records that share field words)
        that the clause names by two or more of its own words and none of x's: 走访慰问经费执行率 when x is the
        执行数 of the 活动中心运行经费 listed beside the 走访慰问经费 (however long their names). shared=False: any
        record so named (压力表 when x is the 衡器 row's), with a figure of its own (no operand's value restated).
        distinct=True: by two words that only that record holds among its source's figures of its kind (a row's
        name, not the column's field that every row shares) — for a rate or change, of any unit."""
        if len(rest) < 2:
            return None
        xw = self.record_words(x)
        seen = {id(x)}
        # a rate or change names a record whatever it counts (考生人次比上年增长 from the 标准化考场 row's 个)
        fams = (x.family,) if not distinct or t.family not in ("%", "pt", "倍") else tuple(self.ix._inv)
        for tok, fam in itertools.product(rest, fams):
            posting = self.ix._inv.get(fam) or {}
            for g in posting.get(tok, ()):
                if id(g) in seen:
                    continue
                seen.add(id(g))
                if g.src != x.src or g.role != x.role or g.group == x.group or g.mag == x.mag or g.date is not None \
                        or g.hi_mag is not None or _is_bound(g) or _fits(t, g.mag) or g.mag in operands:
                    continue
                gw = self.record_words(g)
                named = rest & (gw - xw)
                if distinct:
                    named = {w for w in named if all(h.group == g.group for h in posting.get(w, ())
                                                     if h.src == g.src and h.role == g.role)}
                if len(named) >= 2 and not clause & (xw - gw - _ROLE_MARKS) \
                        and (not shared or (gw & xw) - _ROLE_MARKS):
                    return g
        return None

    def _named_beside(self, t: _Target, x: _Fact, a: _Fact, b: _Fact, rest: frozenset[str]) -> _Fact | None:
        """Another figure of x's record (of x's unit family) that the clause names by words of its own, which neither
        operand has: 其中省级下达资金执行率 names the 省级下达 of the record whose 合计 and 已拨付使用 give the total's
        rate."""
        facts = self.ix.groups[x.group] if 0 <= x.group < len(self.ix.groups) else ()
        if len(facts) > _RECORD_CAP:
            return None
        average = _average(t.clause) is not None
        # a share or a change names the quantity it is of, whatever that counts (no stated rate is such a field)
        ratio = t.family in ("%", "pt", "倍") and x.family not in ("%", "pt", "倍")
        for y in facts:
            if y is a or y is b or y.date is not None or y.mag in (a.mag, b.mag) or _fits(t, y.mag):
                continue  # (the words name a figure of the mention's own value: no rival)
            counts = y.family != x.family and _NOT_COUNTS.isdisjoint((y.family, x.family)) and not average
            if y.family == x.family or counts or (ratio and y.family not in ("%", "pt", "倍")):
                # (学员 beside 班次: counts of other things; 每宗案件 names what every count of its record counts)
                own = y.subj - x.subj  # its own words: none the operand's kind of figure in its record shares (隔离带
                for g in facts:        # of 新建 and 工程; 学员 of 学员人次 beside 目标学员人次 is still its own)
                    if g is not y and own and g.family == x.family:
                        own = own - g.subj
                if _names(rest, own) or (counts and rest & own):  # another count: its one word
                    return y
                if ratio and own and x.tab >= 0 and x.tab == y.tab and x.head != y.head:
                    mine = x.subj - y.subj - _ROLE_MARKS
                    said = tokens(t.clause)
                    if rest & own and not said & mine:
                        return y  # 微课占全市比重 names the 制作微课 column by its one word and nothing of x's 培训经费
        return None

    def per_unit_fits(self, t: _Target, a: _Fact, b: _Fact) -> bool:
        """May money a over the count b be the average t states? Not when its words say spending (场均支出, 按实际支出
        计) and a is a budget, or a budget (按全年预算计) and a is spending; nor when a and b are of different parts of
        the year (the year's money over the first half's count is a per-unit of neither)."""
        if a.family in ("元", "") and a.role in ("actual", "budget", "initial"):
            if (basis := self._bases.get(key := (t.m.start, t.clause))) is None:
                basis = self._bases[key] = self._money_basis(t)
            spent = a.role == "actual" and ("预算" not in a.subj or bool(_SPENT_WORDS & a.subj))
            if basis and (not spent if basis == "actual" else spent):  # (采购预算金额 is a budget in any column)
                return False
        # (a quarter's figure over its days is its daily average: only a count of a part of the year ties the money)
        return (pb := fact_period(b) or "1-12") == "1-12" or (fact_period(a) or "1-12") == pb

    def _money_basis(self, t: _Target) -> str:
        """The money an average's words say it is of: "actual" (场均支出, 按实际支出计), "budget" (按全年预算计), or ""
        (成本 / 经费 alone, or words of both). Its clause, and a 按…计 phrase before it in its sentence."""
        words = t.clause
        if (b := _BASIS_SAID.search(self.text, t.context[0], t.m.start)) is not None:
            words += b[1]
        spent, planned = _SPENT_BASIS.search(words) is not None, _BUDGET_BASIS.search(words) is not None
        return "actual" if spent and not planned else "budget" if planned and not spent else ""

    def _column_carried(self, t: _Target, x: _Fact, a: _Fact, b: _Fact) -> _Fact | None:
        """Another column's figure of x's table row that the clauses before the mention's own named (西洋岛巡查占全市…)
        where its own clause names no column (大嵛山岛占比不足一成) and those clauses name nothing of x's column: the
        share is of the column named before, x's is another's. None otherwise."""
        if x is not a or x.tab < 0 or x.family in ("%", "pt", "倍") or not 0 <= x.group < len(self.ix.groups) \
                or not x.label or _SHARE_ONLY.sub("", "".join(t.clause.split(x.label))) \
                or not 0 <= t.clause.find(x.label) < t.clause.find("占"):
            return None  # (the clause is the part's row name and share words only: 大嵛山岛占比 — 支出占 names a
            # measure, 占项目支出的 a whole)
        facts = self.ix.groups[x.group]
        if len(facts) > _RECORD_CAP:
            return None
        said = tokens(t.clause)
        carried: frozenset[str] | None = None
        for y in facts:
            if y is a or y is b or y.tab != x.tab or y.head == x.head or y.date is not None \
                    or y.family in ("%", "pt", "倍"):
                continue
            own, mine = y.subj - x.subj - _ROLE_MARKS, x.subj - y.subj - _ROLE_MARKS
            if not own or not mine or said & (own | mine):
                continue
            if carried is None:
                carried = self._clauses_said(t)
            if carried & own and not carried & mine:
                return y
        return None

    def _clauses_said(self, t: _Target) -> frozenset[str]:
        """The words of the clauses before the mention's own in its sentence part (after its last 。 / ；), each up to
        its first figure: what a clause naming no measure of its own carries on."""
        k = t.m.start - len(t.clause)
        lo = max(self.text.rfind(c, max(0, k - 120), k) for c in "；;。\n！？") + 1
        words: set[str] = set()
        for clause in _HEAD_CUT_AT.split(self.text[lo:k]):
            words |= tokens(clause[: d.start()] if (d := _HAS_DIGIT.search(clause)) else clause)
        return frozenset(words) - _ROLE_MARKS

    def year(self, y: int) -> list[_Fact]:
        return self.ix.years.get(y, [])

    def date(self, m: NumberMention, ytag: int | None = None) -> list[_Fact]:
        """The source dates a date mention (of the year `ytag` its words name, None: this year) may be: the 12月8日
        of a 2022年实际 column is last year's, no date of this year's work."""
        y, mo, d = m.date or (None, None, None)
        now = self.ix.year_now
        facts = [f for f in self.ix._dates_md.get((mo, d), []) if _year_fits(ytag, f, now)]
        if ytag is not None and ytag > 0 and now is not None and ytag != now:
            # 2025年…在10月18日启动: the next year's plan, no day of a log of this year (a source's own 2025 keeps)
            facts = [f for f in facts if not f.date or f.date[0] in (None, ytag)]
        if y is None and d is None and mo is not None:
            # 9月 as a month value: a deadline indicator's target (≤10 月) or actual (9 月)
            fam = self.ix.family("月")
            if fam:
                facts += [f for f in fam.window(mo - 1e-9, mo + 1e-9) if f.value == mo and _year_fits(ytag, f, now)]
        if y is None:
            return facts
        same = [f for f in facts if f.date and f.date[0] == y]
        if same:
            return same
        if self.year(y):
            return [f for f in facts if f.date and f.date[0] is None]
        return []

    def month_pairs(self) -> list[tuple[_Fact, _Fact]]:
        """(result month, target month) of each deadline indicator record (实际完成值: 9月, 年度指标值: 10月前)."""
        if self._months is None:
            self._months = []
            groups = {f.group for f in self.ix.dates if f.role == "target" and f.date and f.date[1] and not f.date[2]}
            for gid in groups:
                months = [f for f in self.ix.groups[gid] if f.date is not None and f.date[1] and not f.date[2]]
                self._months += [(a, b) for a in months if a.role == "actual" for b in months if b.role == "target"]
        return self._months

    def deadlines_of(self, month: int, day: int) -> list[_Fact]:
        """The deadlines (a target date: 9月30日前, 9月底前) of the records whose result is the date month/day — a
        form's deadline indicator (年度指标值 | 实际完成值) read once for every record."""
        if self._deadlines is None:
            self._deadlines = defaultdict(list)
            for gid in {f.group for f in self.ix.dates if f.role == "target" and f.date and f.date[1]}:
                dates = [f for f in self.ix.groups[gid] if f.date is not None and f.date[1]]
                for a in dates:
                    if a.role == "actual" and a.date[2]:  # type: ignore[index]
                        self._deadlines[a.date[1:3]] += [b for b in dates if b.role == "target"]  # type: ignore[index]
        return self._deadlines.get((month, day), [])

    def deadline_results(self) -> list[tuple[_Fact, _Fact]]:
        """(result date, deadline) of every deadline indicator of the sources (年度资源监测报告报送时间 | 11月30日前 |
        11月20日), read once: the days early or late a text states of an indicator it names without its dates."""
        self.deadlines_of(0, 0)  # (builds self._deadlines)
        assert self._deadlines is not None
        return [(a, b) for day, targets in self._deadlines.items() for a in self.ix._dates_md.get(day, [])
                if a.role == "actual" for b in targets if b.group == a.group]

    def date_rival(self, words: frozenset[str], facts: list[_Fact], date: tuple[int | None, ...],
                   m: NumberMention | None = None) -> _Fact | None:
        """A stated result (实际完成值: 7月) of the item the words name, in another month than the mention's: the
        words name it at least as well as any date found (better than a log's, or as well where those are only
        a log's entries), so a log heading of that month is no support. None where a source line of that very day
        is named by the date's own clause (4月8日预付, 尾款于11月26日支付, 值守自6月1日至9月15日): a day is the date of
        the event its clause names, and the wider sentence's item (食堂改造, dated done in October) is another event."""
        if m is not None and date[2] is not None and facts:
            own = self._date_clause(m)
            if own and any(f.date is not None and f.date[1:] == date[1:] and own & _lead(f) for f in facts):
                return None
        if self._actual_dates is None:
            self._actual_dates = [f for f in self.ix.dates if f.role == "actual" and f.date is not None]
        best = max((len(words & f.subj) for f in facts), default=0)
        logged = all(f.location.startswith("line ") for f in facts)
        part = None
        for g in self._actual_dates:
            n = len(words & g.subj)
            if n >= max(2, best) and g.date[1] != date[1] and g not in facts \
                    and (n > best or (logged and not g.location.startswith("line "))):
                if m is not None and part is None:
                    from .roles import _last_batch, _part_of as part_of  # (roles reads match only when asked)

                    part = _last_batch(self.text[max(0, m.start - 120):m.start]) or ""
                if part and part_of(g, None, part) == "other":
                    continue  # 秋季学期…至12月19日 after 春季学期…7月4日结业: the spring term's end is no rival
                return g
        return None

    def _misstated(self, t: _Target, level: bool, a: _Fact, b: _Fact) -> bool:
        """Is a − b, for a level (no word of a difference), a's own field misstated? 受理投诉举报1368件 names the
        受理 cell of the row whose 1386 less its 18 (another column) gives 1368: the words name a, so the figure is
        a's, written wrong — no difference of two cells that are no pair of the sources. (女性382人次 = 合计 − 男性 names
        neither, and stays a derivation.)"""
        return level and a.group == b.group >= 0 and len(t.subj & (a.subj - b.subj - _ROLE_MARKS)) >= 2 \
            and not self._paired(a, b)

    def _paired(self, a: _Fact, b: _Fact) -> bool:
        """Are a and b an explicit pair of the sources (预算 & 执行, two years, a part and its whole)?"""
        return any(b is x or b is y for x, y, _ in self.ix.partners.get(id(a), ()))

    def _relation_of_said(self, t: _Target, a: _Fact, b: _Fact) -> bool:
        """Is the mention's clause only the name of a relation (调整率, 增幅, 执行率) and are both operands figures its
        own sentence traced before it (由200.00万元调减为160.00万元，…，调整率)? Then the words name how the two relate,
        no other record that has such a rate (the unit's 预算调整率)."""
        if not _RELATION_ONLY.fullmatch(t.clause):
            return False
        text, start = self.text, t.m.start
        near = max(0, start - 400)  # the sentence's start, looked for near the figure first (never the whole text)
        s0 = max(text.rfind(c, near, start) for c in "。；;\n") + 1 or max(text.rfind(c, 0, near) for c in "。；;\n") + 1
        said: set[int] = set()
        ends = self._traced_ends  # the figures traced in s0 < end <= start: one slice, not every figure of the text
        for end in ends[bisect_right(ends, s0):bisect_right(ends, start)]:
            said |= self._traced[end]
        return id(a) in said and id(b) in said

    def _trace(self, end: int, ids: frozenset[int]) -> None:
        """What the figure ending at `end` was found to be, kept by its end (_traced) and in order (_traced_ends)."""
        if end not in self._traced:
            ends = self._traced_ends
            if not ends or ends[-1] < end:
                ends.append(end)  # (the figures are checked in text order: most come last)
            else:
                insort(ends, end)
        self._traced[end] = ids

    def late_on_time(self, m: NumberMention, facts: list[_Fact]) -> _Fact | None:
        """The deadline of the result the date matched when the words after it call it on time (按期 / 如期 / 按时 /
        提前) and the record states an earlier deadline month: 于7月完成，按期达到“6月底前”的要求 is late. None when on
        time, when no deadline is stated, or when the words say it was not (未按期)."""
        # its own clause and the next (于7月完成，按期达到…), never past a closing quote (…6月完成安装”，提前编制…)
        end = min([k for c in "。；;”」\n" if (k := self.text.find(c, m.end, m.end + 16)) >= 0] or [m.end + 16])
        k = self.text.find("，", m.end, end)
        k2 = self.text.find("，", k + 1, end) if k >= 0 else -1
        said = _ON_TIME.search(self.text, m.end, k2 if k2 >= 0 else end)
        if said is None or not m.date or m.date[1] is None:
            return None
        for f in facts:
            if f.role == "actual" and 0 <= f.group < len(self.ix.groups):
                late = [g for g in self.ix.groups[f.group] if g.role == "target" and g.date is not None
                        and g.date[1] is not None and g.date[1] < m.date[1]]
                if late:
                    return late[0]
        return None

    def own_event(self, m: NumberMention, facts: list[_Fact]) -> list[_Fact]:
        """The dates found, or none where the date's own clause names none of their events but names another dated
        line of the sources (年度培训计划提前至10月底前完成 found only by the next clause's 精品课例 of a 10-18 entry, while
        the 11-28 entry is the 年度培训计划's): a date is the date of the event its clause names."""
        if not facts:
            return facts
        own = self._date_clause(m)
        if len(own) < 2 or any(own & (f.subj | self.record_words(f)) or len(own & _lead(f)) >= 2 for f in facts):
            return facts  # (秋季学期：9月8日开学，12月19日结业: its source sentence before it names the event too)
        if self._dated is None:
            self._dated = {}
            for g in self.ix.dates:
                for w in g.subj:
                    self._dated.setdefault(w, []).append(g)
        seen: dict[int, int] = {}
        for w in own:
            for g in self._dated.get(w, ()):
                seen[id(g)] = seen.get(id(g), 0) + 1
        return [] if any(n >= 2 for n in seen.values()) else facts

    def _date_clause(self, m: NumberMention) -> frozenset[str]:
        """The words of a date's own clause: from the punctuation before it to the punctuation after it (a range's
        other date and the figures inside are no break: 汛期值守自6月1日至9月15日)."""
        lo = max(max(self.text.rfind(c, max(0, m.start - 30), m.start) for c in "，,。；;：:\n") + 1, m.start - 30, 0)
        hi = min([k for c in "，,。；;：:\n" if (k := self.text.find(c, m.end, m.end + 30)) >= 0] or
                 [min(len(self.text), m.end + 30)])
        return tokens(self.text[lo:m.start], self.text[m.end:hi]) - _ROLE_MARKS

    # -- derivations ------------------------------------------------------------------------------------
    def _part_list(self, total: _Fact) -> list[_Fact]:
        return [x for x, y, why in self.ix.partners.get(id(total), ()) if y is total and why == "part"]

    def _part_of(self, a: _Fact, b: _Fact) -> bool:
        """Is b the whole the sources state a is a part of (a 其中 item and its total)?"""
        return any(x is a and w is b and why == "part" for x, w, why in self.ix.partners.get(id(a), ()))

    def _parts_of(self, total: _Fact) -> int:
        return len({x.mag for x in self._part_list(total)})

    def _adjusted_beside(self, init: _Fact) -> bool:
        """Does the 年初 budget's record also state the adjusted / full-year budget?"""
        return any(f.role == "budget" and f.family == init.family for f in self.ix.groups[init.group]) or any(
            f is not init and f.family == init.family and "§预" in f.subj and "§初" not in f.subj
            for f in self.ix.groups[init.group])

    def _initial_for_adjusted(self, t: _Target, a: _Fact, b: _Fact) -> bool:
        """Is one of the pair the 年初 budget, the other the spending, where the record also states the adjusted
        budget and the words don't say 年初? Then the pair is not what the text means (执行率, 结余 are on 调整)."""
        if {a.role, b.role} != {"actual", "initial"} or "§初" in t.subj:
            return False
        return self._adjusted_beside(a if a.role == "initial" else b)

    def _earlier_whole(self, t: _Target, a: _Fact, b: _Fact) -> bool:
        """Is the whole b of an earlier year than the part a (by their years or the year the sentence says)? 上年
        结转资金 is a part of this year's budget; this year's 25个 is no part of last year's 38个."""
        said = self.stated_years
        return _later(said.get((t.sent, id(a)), a.ytag), said.get((t.sent, id(b)), b.ytag), self.ix.year_now) is True

    def _year_order(self, t: _Target, a: _Fact, b: _Fact) -> bool | None:
        """Is a of a later year than b: by their years (or the year the sentence says one is of: 较上年的9例), else,
        for two figures of one record in one role (a row's year columns), the one the sentence just stated is this
        year's (满意度96.2%，较上年下降1.7个百分点)."""
        said = self.stated_years
        ya, yb = said.get((t.sent, id(a)), a.ytag), said.get((t.sent, id(b)), b.ytag)
        order = _later(ya, yb, self.ix.year_now)
        if order is None and ya == yb and a.group == b.group and a.role == b.role \
                and (id(a) in t.prev) != (id(b) in t.prev):
            return id(a) in t.prev
        return order

    def _derive_words(self, t: _Target) -> tuple[Any, ...]:
        """What derive reads of the mention's words, once per target: each of its levels asks derive with the same
        target, and the words (and the text) never change."""
        m = t.m
        fam = t.family
        x, q = abs(t.x), t.q
        q_w, step_w = _pow10(m.exponent), written_step(m)  # on the number as written
        step = step_w * m.factor * t.ff
        if fam == "%" and m.approx and _WORDED_FRACTION.match(m.text):
            step = _FRACTION_STEP  # 接近三分之一 is read at 5 points, as right after a stated rate (stated.restates)
        (dirn, share, whole, left, rate_words, head, based, money_rate, of_target, balance, level, compared, relative,
         per, scale) = _clause_reads(t.clause, fam)
        if whole == "" and share:
            whole = _earlier_whole(self.text, t)  # 占61.68% after 占全年预算的38.32%: of the same whole
        # 占调整预算的: the whole must be what they name (占全年的 names only the year: of what the part counts)
        # (占全年场次的 / 占全年人次的: the year's figure of what the part counts, named by its measure word only)
        whole_words = _whole_names(whole) if whole and not _YEAR_WHOLE.fullmatch(whole) \
            and not _YEAR_MEASURE.fullmatch(whole) else ()
        rate_marks = t.own & _BUDGET_MARKS  # 执行率: of the spending; 完成率 names no role
        scores = "§分" in t.subj
        if per is not None and not _HAS_DIGIT.search(m.text):
            per, scale = None, ONE  # 每受理一次: 一次 is no computed average
        average = per is not None
        item = per[0] if per else ""
        bound = _open(m)
        ref = _bound_ref(self.text, t)  # 较上年 / 较目标 / 较年初: the base the words name, and no other
        items = _ordinals_in(self.text[t.context[0]:m.start])  # 第二批: that batch's figures, no other's
        if items and (own := max(t.context[0], m.start - len(t.clause))) > t.context[0]:
            # an earlier clause's 比一季度 names what it compares to: 三季度…，比一季度增加…，日均 is 三季度's
            items = _ordinals_in(_COMPARED_ORDINAL.sub("", self.text[t.context[0]:own]) + self.text[own:m.start])
        got = (fam, x, q, q_w, step_w, step, dirn, share, whole, whole_words, left, rate_words, rate_marks, head,
               scores, based, money_rate, of_target, balance, per, average, item, scale, bound, level, compared, relative,
               ref, items)
        self._readings[id(t)] = (t, got)
        return got

    def derive(self, t: _Target, pairs: Sequence[tuple[_Fact, _Fact]]) -> list[tuple[str, _Fact, _Fact]]:
        """(formula, a, b) for every ordered pair that gives the mention in one step at its precision (or on
        the side its 约 / 超过 / 不足 says): a ÷ b as % or 倍, (a − b) ÷ b as %, a − b, a + b, in one unit family.

        The words decide the rest: 占 takes a part of a whole; a rate of 实际 over 预算 is never turned upside
        down; (a − b) ÷ b has the earlier figure as its base; 增长 / 调增 / 超支 need new > old and 下降 / 调减 /
        结余 new < old, where the pair's roles or years tell which is new."""
        if not pairs:  # most levels offer none: skip the set-up
            return []
        m = t.m
        out: list[tuple[str, _Fact, _Fact]] = []
        seen: set[tuple[str, int, int]] = set()
        (fam, x, q, q_w, step_w, step, dirn, share, whole, whole_words, left, rate_words, rate_marks, head, scores,
         based, money_rate, of_target, balance, per, average, item, scale, bound, level, compared, relative, ref,
         items) = read[1] if (read := self._readings.get(id(t))) is not None and read[0] is t else self._derive_words(t)
        unit = m.unit
        approx = m.approx
        reach = degree_reach(m.text) if approx else ONE
        # 项目执行194.84万元，执行率: a rate named by its relation alone right after a traced figure is that figure's
        k = m.start - len(t.clause) - 1
        tied = self._traced.get(k) if fam == "%" and k > 0 and self.text[k] in "，," \
            and _RELATION_ONLY.fullmatch(t.clause) else None
        if tied:  # (its value in any record, as rounded: 4018.73万元 of a log is the data's 40187325.6)
            if self._by_id is None:
                self._by_id = {id(g): g for g in self.ix.facts}
            tied = [g.mag for k in tied if (g := self._by_id.get(k)) is not None]
        now = self.ix.year_now
        signed = fam == "%" and not dirn and t.x > 0 and _SIGNED_RATE.search(t.clause) is not None  # 调整率10.09%

        # 七成以上 / 一半以上 / 三分之一以上: a share, so no ratio above its whole bears the open bound out
        part_bound = bound and fam == "%" and (m.base_unit == "成" or "半" in m.text or _WORDED_FRACTION.match(m.text))

        def fits(d: Decimal) -> bool:
            if approx:
                return _approx_ok(d, x, approx, step, bound, reach) and not (part_bound and abs(d) > _HUNDRED)
            return _close(d, x, q) is not None

        def shown(d: Decimal) -> str:
            text = _show(d, q, m.factor * t.ff) + unit
            if approx:  # in the text's own scale: 13954人次 is 1.40万人次（约1.4万人次）
                d = d if fam == "%" else d / (m.factor * t.ff)
                text = f"{_fmt(d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))}{'%' if fam == '%' else unit}" \
                       f"（{m.text}）"
            return text

        def add(op: str, a: _Fact, b: _Fact, formula: str) -> None:
            k = (op, id(a), id(b))
            if k not in seen:
                seen.add(k)
                out.append((formula, a, b))

        prev = getcontext()
        setcontext(self._ctx)  # _CTX for the pairs' arithmetic (as localcontext(_CTX), without a copy per call)
        try:
            for a, b in pairs:
                if a is b or a.date is not None or b.date is not None or not a.mag or not b.mag \
                        or a.kind == "year" or b.kind == "year" or (_is_bound(a) and _is_bound(b)):
                    continue  # 不少于20个 − 不少于12个 tells nothing: two bounds are two targets
                if items and (named := _ordinals(a.subj | b.subj)) and not named & items \
                        and not _TO_DATE_WORDS & (a.subj | b.subj):
                    continue  # 第二批…通过率 is not 第一批's 88 ÷ 96 (but 第四季度 is the year less 前三季度)
                if ref is not None and not _based_as_named(ref, a, b, now):
                    continue  # 较上年增长 is never on the target, 超出目标 never on last year: no other pair stands in
                if tied and not any(abs(x.mag - g) <= abs(g) * _SAME_FIGURE for x in (a, b) for g in tied):
                    continue  # (another line's 执行 over its budget is no rate of the figure the words just stated)
                if average and (a.family == fam or a.family == b.family + fam or (a.family == "" and fam in a.subj)) \
                        and _per(b, item) and (item or b.family != fam) \
                        and not (b.role == "target" or _is_bound(b)) \
                        and not (t.role != "target" and (a.role == "target" or _is_bound(a))):
                    # (18,600 under 受众人次: in 人次; no target's count, nor a target's total for an average of results)
                    if a.group != b.group and a.src == b.src and self.ix.is_part(a) and self.ix.is_part(b):
                        continue  # two rows of one breakdown: 飞来湖's 经费 is not per 北江湿地's 公顷
                    if not self.per_unit_fits(t, a, b):
                        continue  # 按实际支出计，每场 over the budget; the year's money over the first half's count
                    d = a.mag / b.mag * scale  # 件均 / 人均 / 平均每期: a total over the count of its items
                    if fits(d):
                        add("÷", a, b, f"{a.written} ÷ {b.written}{f' × {scale}' if scale != ONE else ''} = {shown(d)}")
                    continue
                if fam == "元" and _UNIT_PRICE in a.subj and a.family == "元" and a.group == b.group >= 0 \
                        and b.family not in _NOT_COUNTS and b.role != "target" and not _is_bound(b) \
                        and b.ytag in (None, now) and _UNIT_PRICE not in b.subj:
                    if fits(d := a.mag * b.mag):  # 单价980元 × 完成648块 of one record: what the item cost
                        add("×", a, b, f"{a.written} × {b.written} = {shown(d)}")
                    continue
                if average and fam == "元" and a.family == "" and b.family != "" and _per(b, item):
                    dw = a.value / b.value  # an amount stated without its unit (a table's 86,400): in the text's
                    if _approx_ok(dw, m.value, approx, step_w, reach=reach) if approx else _close(dw, m.value, q_w):
                        add("÷", a, b, f"{a.written} ÷ {b.written} = {_show(dw, q_w, ONE)}{unit}")
                    elif not approx and m.factor == 1 and _sig_digits(m.value) >= 4 \
                            and _close(dw * _WAN, m.value, q_w) is not None:
                        # or in 万元, the other unit forms state amounts in (43.56 of a 万元 table ÷ 164人次 = 2656.10元),
                        # only at a precision no chance quotient reaches
                        add("÷", a, b, f"{a.written}万{unit} ÷ {b.written} = {_show(dw * _WAN, q_w, ONE)}{unit}")
                    continue
                if a.family != b.family and fam in ("%", "倍") and a.family not in ("%", "pt") and _comparable(a, b) \
                        and (share or based or (rate_words & a.subj and _same_kind(a, b))
                             or "" in (a.family, b.family) and a.group == b.group >= 0
                             and any(x is b and why == "year" for _, x, why in self.ix.partners.get(id(a), ()))):
                    pass  # counts of things the words relate: 查封46家 占检查单位 3125家次; 意向4127人 ÷ 岗位36000个 as 意向达成率
                    # — or one record's field in two years, the unit given to this year's alone (参训人数 442人 / 上年参训 418)
                elif a.family != b.family:
                    # 58.6万人次 − 52.3 (a unitless field of the same record), in the text's own unit
                    if a.group != b.group or "" not in (a.family, b.family) or (a.unit or b.unit) != m.unit \
                            or fam in ("%", "倍", "pt"):
                        continue
                    dw = a.value - b.value
                    if dw > 0 and (_approx_ok(dw, m.value, approx, step_w, reach=reach) if approx else _close(dw, m.value, q_w)):
                        add("−", a, b, f"{a.written} − {b.written} = {_show(dw, q_w, ONE)}{unit}")
                    continue
                order = _newer(a, b, now) if ref != "year" else self._year_order(t, a, b)
                if order is None and dirn and "target" in (a.role, b.role) and a.role != b.role:
                    order = b.role == "target"  # a log's 97.4%，未达到98%的目标: the target is the base the words compare with
                if ref == "year" and order is None:
                    continue  # 较上年: two figures of the item in two years, the later one first
                if fam in ("%", "倍"):
                    if a.family in ("%", "pt"):
                        if relative and fam == "%" and a.family == b.family == "%" and order is not False \
                                and fits(d := (a.mag - b.mag) / b.mag * HUNDRED) and (dirn == "+") == (d > 0):
                            # 比2023年的13.1%提高1.1个百分点，相对提高8.40%: the change of a rate relative to it
                            add("Δ", a, b, f"({a.written} − {b.written}) ÷ {b.written} × 100% = {shown(d)}")
                        continue
                    if money_rate and a.family not in ("元", ""):
                        continue  # 执行率 / 支出率 is spending over budget, never a ratio of counts
                    ratio = a.mag / b.mag
                    if order is False and a.role in ("budget", "initial", "target") and b.role == "actual" \
                            and not (a.role == "target" and a.approx in _BELOW):
                        pass  # 预算 ÷ 实际 is no rate anyone reports; 目标 ÷ 实际 only for a ceiling (≤15天: 反向)
                    elif money_rate and a.role in ("budget", "initial") and b.role in ("budget", "initial"):
                        pass  # 执行率 is spending over a budget: 年初 800.00 ÷ 调整 685.80 is none
                    elif dirn and fam == "%":
                        pass  # 增长 / 提高 / 下降 … state a change: (a − b) ÷ b, not a ratio
                    elif of_target and (not _is_target(b) or _is_target(a)):
                        pass  # 完成目标的107.55% is a result over its target, never over last year's 318元
                    elif a.role == "actual" and self._initial_for_adjusted(t, a, b):
                        pass  # the rate is on the adjusted budget where there is one, unless the words say 年初
                    elif whole_words and not any(_named_by(w, b) for w in whole_words) and not (
                            whole.startswith(_ALL_WORDS) and _TOTAL_MARK <= b.subj and any(w & b.subj for w in whole_words)) \
                            and not (self._part_of(a, b) and _names_none(self.ix, whole_words)):
                        pass  # 143.35 ÷ 6541.87 (实际支出) is no share 占调整预算的
                    elif share and whole and EVERYTHING.search(whole) and self.ix.is_line(b):
                        pass  # 占总支出的: of the unit's whole, never of a 明细's 合计 that is its 项目支出 line
                    elif whole_words and b.role == "initial" and "年初" not in whole and self._adjusted_beside(b):
                        pass  # 占全年预算的: the full-year budget its record states beside the 年初 one
                    elif (share or whole) and (_is_target(b) or self._earlier_whole(t, a, b)):
                        pass  # a share is of the whole of its own year, never of a target (25 of ≥40个)
                    elif head and head not in a.subj | b.subj | _lead(a) | _lead(b):
                        pass  # 群众满意度 is no 486万元 ÷ 520万元, 讲座受众满意率 no 支出 ÷ 预算: a survey's own figures
                    elif (rate_words and not rate_words & (a.subj | b.subj)) or (rate_marks and not rate_words
                                                                                 and not rate_marks & _spent_marks(a, b)):
                        pass  # 受理213件 ÷ 办结207件 is no 就业率, 轮换费用补贴's spending no 质量检测费执行率
                    elif a.family == "分" and not scores:
                        pass  # 得分 ÷ 分值 is a score rate, never a 满意度
                    elif left and not (a.role == b.role == "balance"):
                        if a.role == "actual" and b.role in ("budget", "initial") and a.mag < b.mag \
                                and fits(d := (b.mag - a.mag) / b.mag * HUNDRED):
                            add("÷", a, b, f"({b.written} − {a.written}) ÷ {b.written} × 100% = {shown(d)}")
                    elif t.x < 0:
                        pass  # -25.00%: a ratio of two amounts has no sign — a minus is a change, (a − b) ÷ b
                    elif share and a.tab >= 0 and a.tab == b.tab and a.label == b.label and a.head != b.head \
                            and _other_column(t.clause, a, b):
                        pass  # 城建开发类发现问题占: the row's 发现问题 over its column's whole, no other cell ÷ 发现问题
                    elif signed and _cut(a):
                        pass  # 调整率10.09% of 压减68.00万元 ÷ 674.00: a cut's rate of change is negative, its words no 调减
                    elif not (share and abs(a.mag) > abs(b.mag) and "" not in (a.family, b.family)):
                        d = ratio * HUNDRED if fam == "%" else ratio
                        if fits(d):
                            add("÷", a, b, f"{a.written} ÷ {b.written}{' × 100%' if fam == '%' else ''} = {shown(d)}")
                        elif share and fam == "%" and a.family != b.family and "" in (a.family, b.family) and b.value \
                                and abs(a.value) < abs(b.value) and fits(d := a.value / b.value * HUNDRED):
                            # 窗口服务外包 93.50 of a table without units, 占全年执行的 437.95万元: as both are written
                            add("÷", a, b, f"{a.written} ÷ {b.written} × 100% = {shown(d)}")
                    if fam == "%" and not share and order is not False and (t.clause or dirn or m.value < 0):
                        # (a rate with no words at all — 68.80万元，不足一成 — states no change of two figures; its
                        # minus sign does: 调减28.00万元，-5.98%)
                        d = (a.mag - b.mag) / b.mag * HUNDRED
                        # 比时限快40.00%: less time than the limit, a fall relative to it
                        way = dirn or ("−" if a.family in _TIMES and _FASTER.search(t.clause) else None)
                        if fits(d) and ((way == "+") == (d > 0) if way else (d > 0 or m.value < 0)):
                            # 增长 needs new > old, 下降 new < old, whichever pair it is; a fall without its word a minus
                            add("Δ", a, b, f"({a.written} − {b.written}) ÷ {b.written} × 100% = {shown(d)}")
                    continue
                if fam == "pt":
                    if a.family != "%":
                        continue
                elif fam and a.family == "":
                    # unitless operands (an OCR table, 上年 52.3 under 到馆读者): on the numbers as written, or — for
                    # a text at a scale (结余2.57万元 of a table in 元: 812,000.00 − 786,345.60) — in its base unit
                    dw = a.value - b.value
                    if dw <= 0 or (dirn and order is not None and (dirn == "+") != bool(order)) \
                            or self._misstated(t, level, a, b):
                        continue  # (a level: no difference of two unrelated cells of one row, see below)
                    if _approx_ok(dw, m.value, approx, step_w, reach=reach) if approx else _close(dw, m.value, q_w):
                        add("−", a, b, f"{a.written} − {b.written} = {_show(dw, q_w, ONE)}{unit}")
                    elif m.factor != 1 and a.role and b.role \
                            and (_approx_ok(dw, t.pmag, approx, step_w * m.factor, reach=reach) if approx
                                 else _close(dw, t.pmag, q_w * m.factor)):  # two roles of one amount, not 700,000 − 149场
                        add("−", a, b, f"{a.written} − {b.written} = {_show(dw, q_w * m.factor, m.factor)}{unit}")
                    continue
                elif fam and a.family != fam:
                    continue
                elif not fam and a.family:
                    continue
                d = a.mag - b.mag
                # 受理投诉1368件 = 1386 − 18 of one ledger row: a level is no difference of unrelated cells
                # (缩短1小时 is no 1 − 0.5: a difference below the figure's last digit is not written as that digit)
                if d > 0 and fits(d) and (approx or d >= q) and not self._misstated(t, level, a, b):
                    sign_ok = not (dirn and order is not None and (dirn == "+") != bool(order))
                    if balance and {a.role, b.role} == {"budget", "initial"}:
                        sign_ok = False  # 结余 is budget − spending, not 年初 − 调整 (that is 调减)
                    elif compared and dirn and _named_by(compared[dirn == "+"], a) and _named_by(compared[dirn != "+"], b):
                        sign_ok = False  # 中央补助比县级配套少36万元 when 中央补助 is the larger: the words name it reversed
                    elif self._initial_for_adjusted(t, a, b):
                        sign_ok = False  # 结余 / 超支 on the adjusted budget where there is one, unless 年初 is said
                    elif fam != "pt" and self._parts_of(a) > 2 and any(x is b for x in self._part_list(a)):
                        sign_ok = False  # 1386件 − 刑事 612件 is the rest of three kinds, no 民事案件 (a rate adds up to none)
                    elif a.group >= 0 and a.group == b.group and {a.role, b.role} != {"target", "actual"} and any(
                            x.mag == d and x.family == a.family and x is not a and x is not b and x.ytag == a.ytag
                            and not x.dirn and not _cut(x)
                            for x in self.ix.groups[a.group]):  # (压减68.00万元 in its remark is the change itself;
                        # a target less its result is the shortfall whatever else the record states of that value —
                        # its 得分, its 偏差原因's 8所学校顺延)
                        # 173人 − 高中生45人 is 大学生128人, a figure the record states of its own item (its 上年 cell
                        # is another year's level: 比“≤5个工作日”缩短3个工作日 beside last year's 3个工作日 stands)
                        sign_ok = False
                    if sign_ok:
                        add("−", a, b, f"{a.written} − {b.written} = {shown(d)}")
                if a.seq < b.seq and not dirn and fits(a.mag + b.mag):
                    add("+", a, b, f"{a.written} + {b.written} = {shown(a.mag + b.mag)}")
                if len(out) >= MAX_EXPLANATIONS:
                    break
        finally:
            setcontext(prev)
        return out


def _spent_marks(a: _Fact, b: _Fact) -> frozenset[str]:
    """The role marks of a pair's words, 决算 (决算数, 决算支出) read as 执行: the year's spending, as 执行率 is of."""
    marks = a.subj | b.subj
    return marks | _SPENT_MARK if "决算" in marks else marks


_SPENT_MARK = frozenset({"§执"})
_PLAN_WORD = re.compile(r"力争|争取|确保|力求|计划|预计|目标|拟")  # the words that set an aim, not state a result
_RELATIVE_WORDS = frozenset({"降幅", "增幅", "涨幅", "减幅", "跌幅"})
_SAME_FIGURE = Decimal("0.0001")  # a figure and its source value rounded to the text's precision differ less
_DIFFERENCE = re.compile(r"[未非不余差剩另超少多减降省缩早晚快慢提欠缺高低扣增短]|其[他它]")  # words that may state a difference
# a clause naming nothing but how two figures relate: 调整率 / 执行率为 / 增幅 / 变动幅度
_RELATION_ONLY = re.compile(r"(?:预算)?(?:调整|调增|调减|执行|完成|增长|下降|增|降|减|涨|变动|变化)(?:率|幅|幅度)(?:为|是|达到?)?")
_FASTER = re.compile(r"(?:比|较)[^，,；;。\d]{0,12}?(?:快|提前)了?$")  # 比时限快 / 较上年提前: in less time
_TIMES = frozenset({"分钟", "小时", "日", "工作日", "秒"})  # the families of durations (unit_family: 天 is 日)
# 出具时间缩短9个工作日 / 响应缩短18分钟 / 用时压缩2天: a duration right after a word of shortening is by how much it fell
# — a gap (to the limit or to last year), never the level the sources state
_SHORTENED = re.compile(r"(?:缩短|压缩|减少|节省|节约)了?$")


def _other_batch(text: str, t: _Target, other: _Fact) -> bool:
    """Is `other` a figure its source gives to another batch than the one the words name (第二期…招收53人 where the
    source's 46人 is the 第一期's, listed 分别 after both)? Only a figure listed 分别 is asked (its clause is kept)."""
    if other.clause is None or other.date is not None:
        return False
    from .roles import _batch_before, _last_batch  # (roles reads this module)

    s0 = last_mark(text, "。！？!?\n", t.m.start) + 1
    said = _last_batch(text[s0:t.m.start])
    if said is None:
        return False
    own = _batch_before(other, said[-1])
    return own is not None and own != said


def written_at(f: _Fact) -> int:
    """Where f stands in its snippet (-1: not found): its written form not inside a longer figure (846件 of 2846件)."""
    s, w = f.snippet, f.written
    k = s.find(w)
    while k > 0 and (s[k - 1].isdigit() or s[k - 1] in ".,"):
        k = s.find(w, k + 1)
    return k


def _gap_stated(f: _Fact) -> bool:
    """Does its source state f as a gap to a bound (比年度目标多846件: a target's word before it, yet no target)?"""
    k = written_at(f)
    return k > 0 and _LIMIT_COMPARED.search(f.snippet, max(0, k - 24), k) is not None


_HEAD_UNIT = re.compile(r"[（(][^（）()]*[）)]")  # 发现问题（个）: a column header's unit


def _other_column(clause: str, a: _Fact, b: _Fact) -> bool:
    """Do the words before 占 name b's column (发现问题) and not a's, two cells of one row? Then a is no part of the
    share the words state."""
    k = clause.rfind("占")
    if k <= 0:
        return False
    words = tokens(clause[:k]) - _ROLE_MARKS
    own = tokens(_HEAD_UNIT.sub("", b.head)) - _ROLE_MARKS
    other = tokens(_HEAD_UNIT.sub("", a.head)) - _ROLE_MARKS
    return bool(own) and len(words & own) >= min(2, len(own)) and not words & other


_CUT_BEFORE = re.compile(r"(?:调减|压减|核减|削减|缩减|追减|减少)[^\d，,。；;\t|]{0,12}$")


def _cut(f: _Fact) -> bool:
    """Does its source say f is an amount cut (调减20.00万元 / 压减一般性支出68.00万元)?"""
    if f.dirn == "−":
        return True
    k = written_at(f)
    return k > 0 and _CUT_BEFORE.search(f.snippet, max(0, k - 16), k) is not None


def count_alias(ix: SourceIndex, t: _Target, text: str) -> str:
    """The field a count also meets, named for what it counts: 58场 and a field 场次: 58, 80个班次 and 目标班次:
    80 (a 场 / 期 / 批 / 轮 held is one 场次 / 期次 …; 个 before X次 counts X次). '' when none."""
    unit = t.m.base_unit
    if unit in _OCCASIONS:
        alias = unit[:-1] if unit.endswith("次") else unit + "次"
    elif unit in _GENERIC_COUNTS:
        noun = noun_after(text, t.m.end)
        alias = noun[:2] if noun[1:2] == "次" else ""
    else:
        return ""
    return alias if alias and ix.family(alias) else ""


def _fits(t: _Target, d: Decimal) -> bool:
    """Does the value d bear out the mention: at its precision, or on the side and within the reach of its
    约 / 超过 / 接近 …?"""
    m = t.m
    if m.approx:
        return _approx_ok(d, t.x, m.approx, written_step(m) * m.factor * t.ff, _open(m), degree_reach(m.text))
    return _close(d, t.x, t.q) is not None


def _comparable(a: _Fact, b: _Fact) -> bool:
    """Two quantities one can be a share of the other: one unit family, or counts of things (46家 of 3125家次),
    or a bare number beside either."""
    if a.family == b.family or "" in (a.family, b.family):
        return True
    return a.family not in _NOT_COUNTS and b.family not in _NOT_COUNTS


_ALL_WORDS = ("全部", "全体", "所有")  # 占全部参训学员的: of a 合计 row one of the words names
_TO_DATE_WORDS = frozenset({"前两", "前二", "前三"})  # 前三季度: a figure to date, not the third quarter's
_UNIT_PRICE = "单价"  # the word of a price per item: times a count of its record, an amount
_NOT_COUNTS = frozenset({"元", "%", "pt", "倍", "分", "日", "月", "年", "小时", "工作日", "米", "克", "平方米", "升", "立方米"})


def _same_kind(a: _Fact, b: _Fact) -> bool:
    """Counts of one kind of thing, so that one can be a share or rate of the other: one measure word (or its
    次: 家 and 家次), or a generic one (个 / 项) or none beside either. 35.6万人 ÷ 40.3万张 is no 核销率."""
    fa, fb = a.family, b.family
    return fa == fb or "" in (fa, fb) or fa.rstrip("次") == fb.rstrip("次") or bool({fa, fb} & _GENERIC_COUNTS)


_GENERIC_COUNTS = frozenset({"个", "项"})
# measure words of occasions (each held once): 58场 is 58 场次, 6期 is 6 期次 — unlike 人 / 人次, 户 / 户次
_OCCASIONS = frozenset({"场", "期", "批", "轮", "班", "场次", "期次", "批次", "轮次", "班次"})

# the compared-with words and the base they name: 较上年 / 同比 / 比2022年 the earlier year's figure, 较目标 /
# 超出目标 the target, 较年初 the initial budget
_REF = re.compile(r"(?:" + comparatives("than", "with", "+", "−", "time") + r")(?![例重率对照])(?:"
                  r"(?P<year>(?:上年|去年|上一年|前一年)(?!度?(?:结转|结余))度?(?:同期)?|同期|(?:19|20)\d\d年(?:度|同期)?)|"
                  r"(?P<target>(?:年度|全年)?(?:目标|计划|预期|指标值|上限|下限|时限|标准))|(?P<initial>年初))"
                  r"|(?P<yoy>同比)")
_REF_FIRST = first_class(_REF)  # where a _REF match can start
# 超出95%的指标 / 高于“≥90%”的目标 / 比承诺的5个工作日: a comparison quoting the target figure, right before the gap
_QUOTED_TARGET_REF = re.compile(r"(?:(?:超出|高出|高于|低于|超过|比|较)[“\"]?[≥≤><]?\d[\d.,]*[%\u4e00-\u9fff]{0,5}?[”\"]?"
                                r"的(?:年度)?(?:目标|指标|要求|标准|承诺|时限)值?"
                                r"|(?:比|较)承诺的?[“\"]?[≥≤><]?\d[\d.,]*[%\u4e00-\u9fff]{0,5}?[”\"]?)(?:少|多|快|慢|低|高)?了?$")


def _bound_ref(text: str, t: _Target) -> str | None:
    """'year', 'target' or 'initial' when the sentence's compared-with words name the base of this change (较上年
    增加750户，增长15.4%: both on last year); None when it states no change against a named base."""
    own = len(t.clause)
    lo, hi = t.context[0], t.m.start
    found = None
    if _REF_FIRST.search(text, lo, hi) is None:  # no comparison word starts in the window: no match to walk
        return None
    for found in _REF.finditer(text, lo, hi):
        pass
    if found is None or (found.start() < hi - own and (_BALANCE.search(t.clause)
                                                       or (direction(t.clause) is None and t.family != "pt"))):
        return None  # 较上年增加750户，完成目标的112.4% / 未执行27.2万元: the comparison is of the figure before
    if (quoted := _QUOTED_TARGET_REF.search(text, found.end(), hi)) is not None and quoted.end() == hi:
        return "target"  # 比上年…提高1.7个百分点，超出95%的指标2.8个百分点: the target it quotes is its base
    if found["target"]:
        return "target"
    if found["initial"]:
        return "initial"
    return "year"


def _is_target(f: _Fact) -> bool:
    return f.role == "target" or _is_bound(f)


def _later(ya: int | None, yb: int | None, now: int | None) -> bool | None:
    """Is year tag ya later than yb (no year is the sources' year, -1 the one before)? None when the same."""
    def year(y: int | None) -> int:
        base = now if now is not None else 1 << 20
        return base if y is None else base + y if y < 0 else y
    return None if year(ya) == year(yb) else year(ya) > year(yb)


def _earlier_year(f: _Fact, now: int | None) -> bool:
    return f.ytag is not None and (f.ytag < 0 or now is not None and f.ytag < now)


def _based_as_named(ref: str, a: _Fact, b: _Fact, now: int | None) -> bool:
    """Is the pair what the compared-with words name: one result and its target, one budget and its 年初, or
    two figures of the same item in two years (neither a target)?"""
    if ref == "target":  # (a result of this year against it: last year's level is no result held to the target)
        return _is_target(a) != _is_target(b) and not any(_earlier_year(f, now) for f in (a, b) if not _is_target(f))
    if ref == "initial":
        return "initial" in (a.role, b.role)
    return not (_is_target(a) or _is_target(b))




_YEAR_WHOLE = re.compile(r"全年|年度|本年|当年")  # 占全年的: a whole named only as the year
_YEAR_MEASURE = re.compile(r"(?:全年|年度|本年|当年)总?[场人户件个项批期所家台套条株名位宗起][次数]")


def _names_none(index: SourceIndex, variants: Sequence[frozenset[str]]) -> bool:
    """Do the words of a whole name no source figure (two of their words, or all of one)? Then they name it in
    words of their own (办件总量 for the sources' 办理各类不动产登记)."""
    return not any(n >= min(2, len(words)) for words in variants for fam in index._inv
                   for n, _ in index.naming(fam, words).values())


_SHARE_OF = re.compile(r"占[\u4e00-\u9fff]{1,12}?(?:的|之)")


def _earlier_whole(text: str, t: _Target) -> str:
    """The whole that the last 占X的 before the mention's clause in its sentence names, for a share stated with 占
    alone ('' when none, or when 其中 makes it a part of the figure before)."""
    hi = t.m.start - len(t.clause)
    found = None
    if "其中" not in t.clause:  # within its sentence (。), never the one before on the same line
        # 长湖申线112.6公里，占养护里程的…，疏浚18.4万立方米，占全年疏浚的…；湖嘉申线98.3公里，占: the last 占X的 whose
        # part is in the unit of this one's, where the units tell
        unit = _unit_before(text, hi)
        for sm in _SHARE_OF.finditer(text, max(text.rfind("\n", 0, hi), text.rfind("。", 0, hi)) + 1, hi):
            if not unit or _unit_before(text, sm.start()) in (unit, ""):
                found = sm  # (one of a part in another unit is no whole of this one: 5批次，占全年不合格批次的 for 32个)
    if found is None or "其中" in text[found.end():hi]:
        return ""  # 学校有教职工86人，其中专任教师62人，占72.09%: of the figure before, not an earlier 占X的
    return _share_whole(found[0]) or ""


_UNIT_BEFORE = re.compile(r"\d[\d,.]*[万亿]?([^\d\s，,。；;、：:（）()]{1,4})[，,]?$")


def _unit_before(text: str, k: int) -> str:
    """The unit of the part right before offset k (98.3公里，| 占): of the figure that ends there — or, over rates
    stated of it (救助468人次，比上年…增长11.16%，| 占), of the last figure before them that is no rate; '' when no
    figure ends there."""
    for _ in range(MAX_RATES_BEFORE):
        um = _UNIT_BEFORE.search(text, max(0, k - 16), k)
        if um is None or um[1] not in _RATE_UNITS:
            break
        k = max(text.rfind(c, max(0, um.start() - 60), um.start()) for c in "，,")  # the clause before the rate
        if k < 0 or any(c in text[k:um.start()] for c in "。；;\n"):
            break
        k += 1
    return um[1] if um is not None else ""


MAX_RATES_BEFORE = 3  # rates of a part stated between it and its 占 (执行率…，增长…，占)
_RATE_UNITS = frozenset({"%", "％", "‰", "个百分点", "倍", "成"})


# 人均培训成本 / 户均改造投资 / 套均维修费用: X均 and then what is averaged (均 as 都 is followed by a verb: 均超过)
_AVERAGE_OF = re.compile(r"([^\d\W均平])均(?![超高低达已为在按有未不可能以于完实属是])([\u4e00-\u9fff]{2,5})$")


def _corresponding(per: tuple[str, str, str] | None) -> tuple[str, str, str] | None:
    """每名专任教师对应学生: per 专任教师, of 学生 — 对应 splits the thing counted from what is averaged."""
    if per is not None and "对应" in per[0]:
        thing, _, of = per[0].partition("对应")
        if thing and (of := of.lstrip("的")):
            return thing, per[1], of
    return per


@lru_cache(maxsize=4096)
def _average(clause: str) -> tuple[str, str, str] | None:
    """_average_item, or X均 followed by the words of what it averages (人均培训成本 → 人, of 培训成本); 每 and a
    measure word is an average per that measure word (平均每场受众 → 场, of 受众; 每宗案件办案补贴 → 宗, of 案件办案补贴;
    每万人口献血 → 人 per ten thousand, see _per_scale)."""
    per = _corresponding(_average_item(clause))
    if per is None and (em := _PER_EACH.search(clause, max(0, len(clause) - 16))) is not None:
        return em[2], clause[: em.start()], clause[em.end():]  # 每万人口献血: per 人口 (a count in 人), of 献血
    if per is None and (am := _AVERAGE_OF.search(clause[-8:])) is not None:
        return am[1], clause[: len(clause) - len(am[0])], am[2]
    if per is None and (pm := _PER_ONE.search(clause, max(0, len(clause) - 16))) is not None:
        # 每受理一次呼救的调度成本 / 每派一车次: per 次 (车次) of what the verb and the words after name
        return pm[2] or pm[3], clause[: pm.start()], pm[1] + clause[pm.end():]
    if per is None and (pm := _PER_DONE.search(clause, max(0, len(clause) - 16))) is not None:
        # 每监测小时经费 / 每养护公里支出: per the unit of the quantity the verb measures (监测时长 105120小时), of the
        # words after it
        return pm[2], clause[: pm.start()], clause[pm.end():]
    if per is None and (pm := _PER_COUNTED.search(clause, max(0, len(clause) - 16))) is not None:
        # 建设小蚕共育室34个，…，每个补助: per one (个) of the things the sentence counted, of the money named
        return pm[1], clause[: pm.start()], pm[2]
    if per is None and (pm := _PER_THING.search(clause, max(0, len(clause) - 16))) is not None:
        # 每个服务点运行经费 / 每位读者对应的支出: per the thing the words count; where its name ends and what is
        # averaged begins is not guessed (both name their facts) — unless 对应 says it (see _corresponding)
        return _corresponding((pm[1], clause[: pm.start()], pm[1]))
    if per is not None and len(per[0]) > 1 and per[0][:2] in _MEASURE_PAIRS:
        return per[0][:2], per[1], per[0][2:] or per[2]  # 每人次平均投入: per 人次, of 投入
    if per is not None and len(per[0]) == 2 and per[0][0] in _MEASURE_WORDS and per[0][1] in _MEASURE_WORDS:
        return per  # 每台件平均检定经费: per 台件 (one measure of two words), of 检定经费
    if per is not None and len(per[0]) > 1 and per[0][0] in _MEASURE_WORDS:
        # 平均每场受众: per 场, of 受众; 每件诉求平均成本: per 件 (of 诉求), of 成本 — the words after 平均 too
        return per[0][0], per[1], per[0][1:] + (per[2] if per[2] != per[0] else "")
    return per


_MEASURE_PAIRS = frozenset({"人次", "户次", "场次", "件次", "车次", "班次", "台次", "架次", "艘次"})
# units of length, area, mass and volume an amount or count is per (每公里 / 每平方米 / 每亩 / 每吨): over the
# quantity in that unit's family, scaled by the unit (412.6公里 is 412,600米: per 公里 is × 1000)
_DAYS = ("日", "工作日")
_PER_MEASURES = ("平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "公顷", "千克", "公斤", "亩", "吨", "小时")
# 每 + a measure word (or 人口 with a power of ten: 每万人口, 每百盏): the thing an average is per
_PER_EACH = re.compile(r"每(十万|百万|千|万|百|十)?[个位名]?(人口|人次|户次|场次|件次|%s|[%s])" % (
    "|".join(sorted(_PER_MEASURES, key=len, reverse=True)), "".join(sorted(
        u for u in UNITS if len(u) == 1 and u not in "个位名元%‰‱米克升亩吨斤分秒天日月年周"))))
# 每受理一次 / 每派一车次: a verb, 一 and the measure word of the occurrences counted
_PER_ONE = re.compile(r"每([\u4e00-\u9fff]{1,4}?)(?:一(%s|[%s])|(%s))" % (
    "|".join(sorted(_MEASURE_PAIRS | {"批次"})), "".join(sorted(_MEASURE_WORDS - {"个", "年", "月", "日", "天", "分"})),
    "|".join(sorted(_MEASURE_PAIRS | {"批次"}))))  # 每考生人次考务成本: per 人次 of 考生
# 每监测小时 / 每养护公里: a verb, then the unit of the quantity it measures (hours, a length, an area …)
_PER_DONE = re.compile(r"每([\u4e00-\u9fff]{1,3}?)(%s)" % "|".join(sorted(_PER_MEASURES, key=len, reverse=True)))
# 每个服务点 / 每位读者 / 每考生人次: a thing counted (a measure word of its own, 每宗, is _PER_EACH's)
_PER_THING = re.compile(r"(?<!平均)每[个位名所座家]?([\u4e00-\u9fff]{2,12})$")
# 每个补助 / 每座投入: 每, a measure word and only words of money — no thing of its own, the one its count counts
_PER_COUNTED = re.compile(r"(?<!平均)每([个座所家处项台套])((?:建设|改造|维修|运行)?(?:补助|补贴|奖补|经费|资金|投入|投资|费用|成本|支出))$")
_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10000, "十万": 100000, "百万": 1000000}
_PERIODS_IN_YEAR = {"季": 4, "月": 12}  # 季均 / 月均 of a year's figure: over its 4 quarters or 12 months


def _per_scale(clause: str) -> Decimal:
    """The power of ten an average is per (每万人口献血101.23人次: per 10,000 people; 每百盏路灯报修: per 100), times
    the factor of a unit of measure it is per (每公里: 1000 of the metres a length is held in)."""
    em = _PER_EACH.search(clause, max(0, len(clause) - 16))
    if em is None:  # 每养护公里: per 公里 of the metres a length is held in
        dm = _PER_DONE.search(clause, max(0, len(clause) - 16))
        return unit_family(dm[2])[1] if dm is not None and _average(clause) is not None else ONE
    scale = Decimal(_SCALES[em[1]]) if em[1] else ONE
    return scale * unit_family(em[2])[1] if em[2] in _PER_MEASURES else scale


_ORDINAL_ITEM = re.compile(r"^[一二三四五六七八九十][批期季轮]$")  # the tokens of 第一批, 第二期, 一季度


# a month naming a period: not after a range mark or 比 / 较, not a date (3月5日) or a deadline (3月底前, 3月前)
_MONTH_NAMED = re.compile(r"(?<![\d\-—–~～至到比较与])(1[0-2]|[1-9])月份?(?![\d日号底前末初中上下旬至到\-—–~～])")
_ROW_MONTH = re.compile(r"(?:^|[\t|｜])[ \u3000]*(1[0-2]|[1-9])月份?[ \u3000]*[\t|｜]")


def _row_month(f: _Fact) -> int | None:
    """The month a ledger row's label names (2月 | 18 | 5,400): that row's figures are of that month. None when its
    snippet shows no such label."""
    k = f.snippet.rfind(f.written)
    if k <= 0 or "月" not in f.snippet[:k]:
        return None
    found = None
    for mm in _ROW_MONTH.finditer(f.snippet, 0, k):
        found = int(mm[1])
    return found


@lru_cache(maxsize=1 << 14)  # asked of each candidate's words and each operand pair: one regex per word
def _ordinals(words: frozenset[str]) -> frozenset[str]:
    """The numbered items (一批, 二期, 三季) that words name."""
    return frozenset(w for w in words if _ORDINAL_ITEM.match(w))


@lru_cache(maxsize=1 << 14)
def _quarters_of(words: frozenset[str]) -> frozenset[str]:
    """The quarters (三季) words name: 三季度 always names one, unlike 三批 (three batches or the third)."""
    return frozenset(w for w in _ordinals(words) if w[-1] == "季")


_ITEM_WORD = re.compile(r"[批期季轮]")  # each numbered item's token holds one


def _ordinals_in(text: str) -> frozenset[str]:
    """_ordinals(tokens(text)), without reading the tokens of a text that names no numbered item (most do not)."""
    return _ordinals(tokens(text)) if _ITEM_WORD.search(text) else frozenset()


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _in_name(f: _Fact) -> bool:
    """Is a unitless number of a source sentence part of a name — a Chinese word right after it, no measure word
    between (纳入120网络医院, 接入12345热线平台)?"""
    if not f.location.startswith("line "):
        return False
    k = f.snippet.find(f.written)
    return k >= 0 and _CJK_CHAR.match(f.snippet, k + len(f.written)) is not None


_ITEM_LIST = re.compile(r"((?:[一二三四五六七八九十][、和与及至到])*)([一二三四五六七八九十])([批期季轮])")
_TO_DATE = re.compile(r"前[两二三四]|截至|累计")  # 前三季度: a figure to date, of every quarter so far
_CLAUSE_CUT = re.compile(r"[，,：:]")
_COMPARED_ORDINAL = re.compile(r"(?:比|较)第?[一二三四五六七八九十][批期季轮]度?")  # 比一季度 / 较第一批


def _period_named(text: str, lo: int, hi: int) -> frozenset[str]:
    """The numbered items (一季, 二批, 三期) the mention's own clause names — each of a list (二、三季度) — else those of
    the nearest clause before it in its sentence that names any (三季度培训548人次，场均42.2人次); empty when none
    does, or when the words state a figure to date (前三季度)."""
    if not _ITEM_WORD.search(text, lo, hi):
        return frozenset()
    for n, clause in enumerate(reversed(_CLAUSE_CUT.split(text[lo:hi]))):
        if n:  # 三季度91.8万件，比一季度增加…，日均: an earlier clause's 比一季度 names what it compares to, not its item
            clause = _COMPARED_ORDINAL.sub("", clause)
        got = frozenset(d + im[3] for im in _ITEM_LIST.finditer(clause) for d in im[1][::2] + im[2])
        if got:
            return frozenset() if _TO_DATE.search(clause) else got
        if n and _SUMMED.search(clause):  # 第二批…74次，两批合计166次，其余38次: after the items' sum, of no one item
            return frozenset()
    return frozenset()


_SUMMED = re.compile(r"合计|共计|总计|之和|[两二三四五六七八九十][批期季轮]共")


_HEAD_CUT_AT = re.compile(r"[，,：:]")
_ALL_ALIKE = re.compile(r"均(?=[超高低达已为在按有未不可能以于完实属是])")  # 均为 / 均超过: 都, no average
_SEVERAL = re.compile(r"[和与及、]|两项|三项|合计|共计|总计")


@dataclass(slots=True, frozen=True)
class _Said:
    """What a mention's words name that a derivation's operands must carry."""

    items: frozenset[str]   # the quarter / batch / phase named (一季度检出率): no other's row, nor the year's total
    base: frozenset[str]    # the words of 是X的N倍's X: the divisor is of X
    to_target: bool         # 完成目标的N%: over the target
    unbased: bool           # 增长N% with no base named: on last year, never on the target
    averaged: bool          # 比上年月均多N: a difference of averages, not of the years' totals
    quoted: tuple[Decimal, Decimal] | None  # 比5天的时限快N天: the figure the gap is to (and half its quantum)
    head: frozenset[str]    # the item the mention's sentence part began with, its own clause naming none


_OF_TARGET = re.compile(r"(?:完成|达到)(?:年度|全年)?(?:目标|计划|任务)(?:值|数)?的$")
_GROWTH = re.compile(r"增长|增加|下降|减少|提高|降低|上升|回落")
_GAP_WORDS = frozenset("快慢早晚多少高低")
# 比5天的时限 / 比上年的40小时 / 较48小时的要求 right before the words of a gap: the figure it is a gap to
_ADJUSTED = frozenset({"调整", "调增", "调减"})  # the words of a budget's change on its 年初 figure (预算调整率)
_ADJUSTED_SAID = re.compile(r"调整|调增|调减|追加|核减")
# the spending compared with a budget (实际支出较年初预算 / 执行数比预算): a change of the spending, no 预算调整率
_SPENT_COMPARED = re.compile(r"(?:支出|执行)[^，,。；;\d]{0,3}?(?:较|比|相比)[^，,。；;\d]{0,6}?预算")
# a change on a planned bound the words name but do not quote (比时限缩短 / 较要求提前 / 比目标多): the gap, never the result
_LIMIT_COMPARED = re.compile(r"(?:比|较)[\u4e00-\u9fff]{0,4}?(?:目标|计划|预期|指标值|上限|下限|时限|期限|标准|要求|规定)"
                             r"(?:值|数)?的?[\u4e00-\u9fff]{0,4}?(?:缩短|提前|加快|快|减少|少|节省|节约|压缩|增加|多|超出|超过|"
                             r"延长|推迟|延迟|晚|慢)了?$")
# a gap beyond a figure its clause quotes right before it (超出“≥90%” / 高于92%的目标 / 低于≥95%的要求), sign and quotes
# aside: the gap is to that figure
_BEYOND_FIGURE = re.compile(r"(?:超出|超过|高出|高于|低于|优于|好于)[“\"「『]?[≥≤＞＜>]?(\d[\d,]*(?:\.\d+)?)(万|亿)?%?"
                            r"[”\"」』]?(?:的[\u4e00-\u9fff]{0,4})?\Z")
# what an average's money is: spending or a budget (按实际支出计 / 场均支出 / 按全年预算计)
# a share's words naming no measure: 占比 / 占全市比重 / 所占份额为
_SHARE_ONLY = re.compile(r"[\s，,]|所?占(?:比|全[市县区镇乡省州盟旗]|全部|合计|总量|总数)?|比重|比例|份额|的|为|达|约|仅|只|已|左右|分别")
_BASIS_SAID = re.compile(r"按照?([^，,。；;\d]{1,12}?)(?:计算|测算|核算|计)[，,][^，,。；;]*\Z")
_SPENT_WORDS = frozenset({"执行", "支出", "实际", "决算", "花费", "开支"})
_SPENT_BASIS = re.compile(r"支出|执行|实际|决算|花费|开支|使用")
_BUDGET_BASIS = re.compile(r"预算|安排")
_COMPARED_FIGURE = re.compile(r"(?:比|较)[\u4e00-\u9fff]{0,6}?(\d[\d,]*(?:\.\d+)?)(万|亿)?[^\d，,。；;、]{0,12}\Z")
# the words of a comparison or a change that name no item: a clause of these alone is about the item named before
_CHANGE_ONLY = re.compile(r"同比|比|较|与|上年|去年|同期|年初|调增|调减|调整|追加|增长|增加|下降|减少|提高|降低|上升|"
                          r"增幅|降幅|幅度|的|了|为|达|多|少|高|低|快|慢|缩短|延长|提前|占|约|近|超过|不足")


@lru_cache(maxsize=4096)
def _own_subject(clause: str) -> bool:
    """Do the words of a clause name an item of their own (车速提升), not only a comparison (比年初调增, 比上年增长)?"""
    return bool(tokens(_CHANGE_ONLY.sub(" ", clause)) - _ROLE_MARKS)


_TOTAL_WORD = re.compile(r"(?:总数|总量|总额|总计|合计|总和)$")


def _whole_names(whole: str) -> tuple[frozenset[str], ...]:
    """_whole_words, and for a whole named as a total (站点总数, 办件总量, 总支出) the words before 总数 (after 总)
    alone: they name the total's own field (站点 45个, 支出数) however short its name."""
    variants = _whole_words(whole)
    if (tm := _TOTAL_WORD.search(whole)) is not None and tm.start() >= 2:
        variants += tuple(w for w in _whole_words(whole[: tm.start()]) if w not in variants)
    if whole.startswith("总") and len(whole) >= 3:  # 总支出, 总人数: the field 支出 / 人数 (总支 is no word of it)
        variants += tuple(w for w in _whole_words(whole[1:]) if w not in variants)
    return variants


_OF_TARGET_WORDS = re.compile(r"(?:完成|达到)(?:年度|全年)?(?:目标|计划|预期)(?:值|数)?的$")
_TARGET_REF = re.compile(r"目标|计划|预期|指标值|上限|下限|时限|期限|标准")  # what a result is compared with as its target
_COMPARE = re.compile(r"(?:" + comparatives("than", "+", "−") + r")(?![例重率对照])(?P<ref>[\u4e00-\u9fff]{1,10}?)(?:的|同期)?"
                      r"(?:增加|减少|增长|下降|提高|降低|上升|多出|多|少|高出|高|低|超出|节约|节省|缩短|延长|提前)?了?$")


def _named_compare(clause: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the subject's own words, the compared-with item's own words) of '县级配套比中央补助少36万元' — None when the words
    compare with no named item (较上年 / 比目标: a year or a target) or name no subject."""
    cm = _COMPARE.search(clause)
    if cm is None or _TARGET_REF.search(cm["ref"]) or year_tag(cm["ref"], len(cm["ref"]), s0=0) is not None:
        return None
    subj, ref = _phrase(clause[: cm.start()]) - _ROLE_MARKS, _phrase(cm["ref"]) - _ROLE_MARKS
    subj, ref = subj - ref, ref - subj  # 民事案件比刑事案件: 民事 and 刑事 tell them apart, 案件 names both
    return (subj, ref) if subj and ref else None


_RATE_HEAD = re.compile(r"([\u4e00-\u9fff]{2})(?:率|度)(?:为|是|达到|达)?$")
_NOT_RATE_DU = ("进度", "程度", "年度", "季度", "额度", "力度", "幅度", "速度", "长度", "深度", "密度", "精度", "温度", "制度")


_RATE_NAMED_AT_END = re.compile(r"([\u4e00-\u9fff]{2})率(?:为|是|达到|达|仅|只有|约)?$")
_MONEY_RATE_WORDS = frozenset({"行率", "出率", "付率", "成率", "度率"})  # 执行率 / 支出率 / 支付率 / 预算完成率 / 进度率


def _rate_name(clause: str) -> tuple[str, str] | None:
    """(the two characters naming a rate, its 率 bigram) when the words end on a rate's name (项目执行率 → 执行, 行率;
    蚕茧合格率为 → 合格, 格率); None when they name none."""
    rm = _RATE_NAMED_AT_END.search(clause)
    return (rm[1], rm[1][1] + "率") if rm is not None else None


def _other_rate(name: tuple[str, str], subj: frozenset[str]) -> bool:
    """Does a source rate carry the name of another rate than `name` and nothing of its own (合格率 for 执行率)? A
    bare cell, or a rate whose words hold the name, is not another; money rates (执行 / 支出 / 支付) are one."""
    own = {w for w in subj if len(w) == 2 and w[1] == "率"}
    if not own or name[0] in subj or name[1] in own:
        return False
    return not (name[1] in _MONEY_RATE_WORDS and own & _MONEY_RATE_WORDS and subj & _BUDGET_MARKS | {"§执"})


@lru_cache(maxsize=1 << 14)
def _clause_reads(clause: str, fam: str) -> tuple[Any, ...]:
    """What _derive_words reads of a clause's words alone (and the unit family), once per wording: a report repeats
    执行率 / 结余 / 占…的 clause for clause, line after line. (direction, 占, the whole it names, 结余占, the words a rate
    is of, a survey's head word, 是…的倍, a money rate, 完成目标的, 结余 / 未执行, a level, the items compared, a
    relative change, an average's (per, of what, over what), its scale)."""
    dirn = direction(clause) or _BARE_DIRECTION.get(clause)  # 较上限低0.8万元，低13.33%: 低 alone
    if dirn is None and (side := _TARGET_SIDE.search(clause)):  # 高于目标0.6个百分点: result − target > 0
        dirn = "+" if side["up"] else "−"
    share = "占" in clause[-8:] or "比重" in clause[-8:]
    whole = _share_whole(clause)
    left = share and bool(_BALANCE.search(clause[: clause.rfind("占")]))  # 结余占预算的: (b − a) ÷ b
    # 就业率 / 办结率: a rate is of figures its words name (a word, or the role of 执行率); 得分率 of scores
    rn = _RATE_NAMED.search(clause)  # 就业率 → 就业; 质量检测费执行率 → 质量检测费; 预算完成率 → its role only
    rate_words = _phrase(_ROLE_WORD.sub(" ", clause[: rn.start()])) - _ROLE_MARKS if rn else frozenset()
    head = _rate_head(clause) if fam == "%" else ""  # 满意度 / 知晓率: a survey's, a word an operand must have
    based = fam in ("%", "倍") and _BASE.search(clause) is not None  # 点击量是现场观众人次的4.19倍
    money_rate = bool(_MONEY_RATE.search(clause[-8:]))
    of_target = fam == "%" and _OF_TARGET_WORDS.search(clause) is not None  # 完成目标的: over the target
    balance = bool(_BALANCE.search(clause[-6:]))
    per = _average(clause)
    scale = _per_scale(clause) if per is not None else ONE  # 每万人口: per 10,000 of the count
    # a level: no word of a difference, change or remainder before it (未 / 其余 / 结余 / 比…少 …)
    level = fam != "pt" and not dirn and not balance and not _DIFFERENCE.search(clause)
    compared = _named_compare(clause) if dirn else None  # 县级配套比中央补助少: which item is the larger
    # 相对提高 / 降幅 / 增幅: a rate's change relative to the rate (its change in points is 个百分点)
    relative = dirn is not None and ("相对" in clause[-6:] or clause[-2:] in _RELATIVE_WORDS)
    return (dirn, share, whole, left, rate_words, head, based, money_rate, of_target, balance, level, compared, relative,
            per, scale)


def _rate_head(clause: str) -> str:
    """The word a survey rate is named for — 满意 of 群众满意度, 知晓 of 禁毒知识知晓率 — or '' (度 only as a rate:
    满意度, not 进度 / 年度)."""
    hm = _RATE_HEAD.search(clause)
    if hm is None or clause[hm.end(1) - 1: hm.end(1) + 1] in _NOT_RATE_DU:
        return ""
    return hm[1] if hm[1] in _SURVEY_HEADS else ""


# rates a survey measures: never the ratio of two amounts or counts that happens to land in 85–100 % (an execution
# rate's range too) unless the operands are the survey's own (满意 in their words: 满意526份 of 回收540份)
_WAN = Decimal(10000)
# a clause of one comparative word, right after the change it rates (较上限低0.8万元，低13.33%)
# the side of its target a result is on, said before the gap: 高于 / 超出目标 (result above), 低于 / 少于时限 (below)
_TARGET_SIDE = re.compile(r"(?:(?P<up>" + comparatives("+") + ")|" + comparatives("−") + r")(?:年度|全年)?"
                          r"(?:目标|计划|预期|指标值|时限|标准)值?$")
_BARE_DIRECTION = {"低": "−", "高": "+", "低了": "−", "高出": "+", "高了": "+"}
_SURVEY_HEADS = frozenset({"满意", "知晓", "认可", "好评", "认同", "支持"})


RESTATED = "文中前面以同一说法给出另一数值"
_SAME_SAYING = re.compile(r"[\u4e00-\u9fff]{6,16}")  # a clause long enough to name one quantity
_COMPARING = re.compile(r"比|较|与|增|减|降|提高|高于|低于|超|占|相差|多|少|差")


def restated_otherwise(text: str, mentions: Sequence[NumberMention], results: list[Any], paras: list[int],
                       clauses: Sequence[str | None] = ()) -> None:
    """A derived figure whose own words (six characters or more, no comparison) the same paragraph gave before to
    another value of its unit, traced: the text contradicts itself and the later figure is no fact (每件案件查办经费
    10838.24元 …，每件案件查办经费11166.67元: a sum over another count). Marked unsupported in place. Only the derived
    figures' clauses are read (a few), and for each only the earlier figures of its paragraph that its words precede.
    `clauses`: clause_before(text, start) of each mention where the check read it already (None where not)."""
    def clause_of(j: int) -> str:
        said = clauses[j] if j < len(clauses) else None
        return said if said is not None else clause_before(text, mentions[j].start)

    for i, r in enumerate(results):
        m = mentions[i]
        if r.status != "derived" or m.value is None or m.approx or m.kind == "date":
            continue
        clause = clause_of(i)
        if not _SAME_SAYING.fullmatch(clause) or _COMPARING.search(clause):
            continue
        family = unit_family(m.base_unit)[0] if m.unit else ""
        j = i - 1
        while j >= 0 and paras[j] == paras[i]:
            mj, rj = mentions[j], results[j]
            j -= 1
            if not text.startswith(clause, mj.start - len(clause)) or rj.status in ("ignored", "unsupported") \
                    or mj.value is None or mj.approx or (unit_family(mj.base_unit)[0] if mj.unit else "") != family \
                    or clause_of(j + 1) != clause:
                continue
            if abs(mj.magnitude - m.magnitude) > max(mj.quantum, m.quantum) / 2:  # (1.08万元 restates 10838.24元)
                r.__dict__.update(status="unsupported", evidence=[], formula=None, alternatives=[],
                                  reason=f"{RESTATED} {mj.text} / the text gave these words another figure before, "
                                         f"{mj.text}")
            break
