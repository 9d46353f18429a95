"""The check loop: read the TEXT argument, extract the mentions, and give each one status by trying
the stages (a range's two ends, then a match among the facts, then derivations and month gaps), then total
the report. Entry points: check, check_files, read_text_arg.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from decimal import Decimal, localcontext
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence, cast

from ..errors import InputError
from ..limits import limit
from ..numbers import (_CN_CHARS, GRADE, SET_OF, NumberMention, line_of, line_starts, measured, mention_batches, reader_span,
                       unit_family)
from ..subjects import direction, tokens
from ._common import HUNDRED, _CJK_RUN, _ROLE_MARKS, _SUMS, _SUM_OF
from .context import (_TARGET_AFTER, _paragraph_ids, _sentence_ends, _share_whole, date_role, mention_context,
                      quoted_clause, squashed)
from .dated import OTHER_END, OTHER_ROW, other_end, other_row
from .dates import _check_range, _days_early, _month_gap, _span_days, days_off
from .derive import (own_list_count, _OF_TARGET, _bracket_sum, _equal_pair, _global_pairs, _items_sum, _listed_average, _listed_count, _listed_sum,
                     _named_pairs, _prefer, _quoted_pairs, _record_pairs, _same_breakdown, _same_pair, _sentence_pairs,
                     _stated, _worded_pairs)
from .entities import (MAX_PAIRS, anchored_pairs, computed_shares, counted_rows, extreme_fails, fits, mean_per_row,
                       per_unit, period_sum, rate_gaps, rest_of_rows, row_ratio, singles)
from .index import _SPAN_JOIN, LISTED_OTHERWISE, SourceIndex, _Fact, _gc_paused, numeral_name, numeral_rows, source_paths
from .match import (FOREIGN, LATE, SWAPPED, _Checker, _Target, _is_target, _near, _ordinals, _period_named,
                    restated_otherwise)
from .periods import fact_period, halves_gap, parts_compared, rest_of_year, said_period
from .ledger import group_count, group_mean, group_sum
from .ordinal import OTHER_TIME, nth_of, nth_said
from .parallel import can_split, check_split
from .fromto import from_to_facts, pair_of
from .plans import PLAN, PlanLines, plan_bound, plan_facts
from .sets import counted_set
from .models import (CHECK_APPENDIX, CheckReport, CheckSummary, Evidence, MentionCheck, STATUSES, SourceData,
                     SourceText, _construct, _mention_check)
from .relations import StatedRelations
from .roles import Roles, share_column
from .perunit import cause_cut, linked_rate_clause, named_per_unit, told_money_per_source_count
from .rows import (named_row_change, of_last_year, other_listed, other_row_quotient, prior_quotient, row_change,
                   row_per_unit, row_share, rows_per_unit_gap, target_gap)
from .rounding import _CTX, _close, _sig_digits
from .shares import (adjustment_pairs, balance_share_pairs, bare_share_pairs, list_sum, rate_gap_pairs,
                     shared_head_sum, sum_breakdown_pairs)
from .claims import contradicted_comparisons, contradicted_shares, unmet_claims
from .spans import bracketed_span_days, daily_total, date_side, other_side, source_span_days
from .told import MAX_FAR, ToldCache, derive_told, listed_items, restated_gap, sibling_gap, told_days
from .stated import (colon_sum, column_mean, compared_clause, compared_date_days, counted_sum, event_gap, exact_value, multiple_pairs,
                     named_list_sum, quarter_share_pairs, restatable, restated, restated_figure, restates, row_sum, stated_pairs,
                     sum_share_pairs, year_share_pairs, former_latter_pairs, paragraph_whole_pairs)


_STATUS = attrgetter("status")
_GROUP = attrgetter("group")
# 比白碱滩区298匹 / 较乌尔禾区: a clause comparing with another named item — its words name the rival, so a later
# clause with no words of its own (比上年376匹) is not about it (a year, a target or a budget compared is no item)
_RIVAL_COMPARED = re.compile(r"(?:相比|比|较)(?![例重率对照])(?!上年|去年|上一年|前一年|同期|年初|(?:19|20)\d\d年|目标|计划|预算"
                             r"|要求|规定|时限|标准)[\u4e00-\u9fff]{1,10}?的?$")
# 但比上年 / 而上年 / 较2024年同期: a clause that names a year and nothing else (a joining word, the comparison)
_YEAR_ONLY = re.compile(r"(?:但|而|并|且|则|仍|还|同时|虽然?|尽管)?(?:比|较|与)?(?:上年|去年|上一年|前一年|(?:19|20)\d\d年)(?:同期)?"
                        r"(?:为|是|的|末|底)?$")
_BARE_SHARE = re.compile(r"[，,]\s*占比?(?:为|达)?\s*")  # 14场，占30.43%: a share with no words of its own
_DIRECT = frozenset({"exact", "converted", "rounded", "approximate"})
OTHER_PART = "来源中该数值属于另一半年或另一批次 / the source gives this figure for the other half-year or another batch"
NOT_AVERAGE = "文中称平均数，来源中该数是合计而非平均数 / the words make it an average; the source states it as a total"
# the words of an average per a day, an event, a person … right before a figure (平均每天 / 日均 / 场均 / 人均): 每年 /
# 每月 and a bare 平均 (平均用时) are left out — a year's count is its per-year figure, a 平均 level is its own
_AVERAGE_SAID = re.compile(r"(?:[日天场人户次班件]均|平均每[天日场次人户个名件批期]|每(?:天|日|场|次))[\u4e00-\u9fff]{0,6}$")


def _per_unit_fact(f: _Fact) -> bool:
    """Does a source figure's own wording make it per something (日均 / 每天 / 人均 / 元/人 …)?"""
    if f.per or f.role == "target" or any(c in f.head or c in f.label for c in "均每"):
        return True  # (a target of a per-unit indicator: 每场演出补助 ≤0.55万元)
    k = f.snippet.find(f.written)
    return any("均" in w or "每" in w for w in f.subj) or "均" in f.snippet[:max(0, k)] or "每" in f.snippet[:max(0, k)]
_QUOTE_OR_SIGN = frozenset("“\"「『=＝≥≤≧≦")  # before a quoted target (numbers.reader_span)
SMALL_INT = 31          # 1–31 match almost anything: derive only from numbers the paragraph cites


# a span's first date, its joiner and its end date: "3月1日—3月31日，开展…" names the event after the span
_SPAN_AHEAD = re.compile(_SPAN_JOIN.pattern + r"(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[，,：:]?")

def _two_periods(i: int, t: _Target, mentions: Sequence[NumberMention], results: list[MentionCheck | None],
                 done: Callable[..., None], span: str) -> None:
    """'…，两期开班相隔154天' / '两次筛查开始日间隔182天': the count of two in the gap's own clause, which the checker
    flagged before it reached the gap, counts the two periods whose dates the gap was placed between."""
    lo = t.m.start - len(t.clause)
    for j in range(i - 1, -1, -1):
        c = mentions[j]
        if c.start < lo:
            break
        r = results[j]
        if c.kind == "count" and c.value == 2 and c.text[:1] in "两二2" and r is not None and r.status == "unsupported":
            done(j, "derived", formula=f"{span.split('（')[0]}：两段时间 = {c.text}", judged=True)
            return


def read_text_arg(text_path: str) -> str:
    """The TEXT argument of `drafter check`: a UTF-8 file, a .docx (offsets then refer to its extracted text,
    paragraphs and tables in document order), or '-' for standard input."""
    if text_path.lower().endswith(".docx") and text_path != "-":
        from ..load import read_docx_text

        text = read_docx_text(Path(text_path))
        text = text.split(f"\n# {CHECK_APPENDIX}\n")[0]  # drafter's own report on the numbers is not text to check
        if not text.strip():
            raise InputError(text_path, "文本为空 / the text is empty")
        return text
    if text_path == "-":
        from ..limits import limit

        name, data = "<stdin>", sys.stdin.buffer.read(limit("text").amount + 1)
        if len(data) > limit("text").amount:
            raise limit("text").error(name)
    else:
        from ..safefile import read_bytes

        name = text_path
        data = read_bytes(Path(text_path), "text")  # a FIFO, device, folder or loop: one line, never a hang
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(name, f"不是 UTF-8 文本（第 {e.start} 字节）/ not UTF-8 text") from None
    text = text.split(f"\n## {CHECK_APPENDIX}\n")[0]  # a downloaded .md's number table, as for .docx
    if not text.strip():
        raise InputError(name, "文本为空 / the text is empty")
    return text


def check_files(text_path: str, sources: Sequence[str | Path]) -> CheckReport:
    """`drafter check TEXT --source …`: read TEXT ('-' = stdin) and the sources, then check."""
    paths = source_paths(sources)
    text = read_text_arg(text_path)
    return check(text, SourceIndex.build(paths), name=text_path if text_path != "-" else "<stdin>")


NOT_THE_RATE = "该说法与紧邻的比率不符 / the word does not fit the rate stated right before it"
# 场均5868.25元，即约0.59万元 / 略超一半 / 占10.24%，刚超过一成: restated (a degree word says how the figure stands to
# the word — 刚 / 已 / 仅 / 才 — not another figure)
_BETWEEN = re.compile(r"[，,、\s（(]|即|折合|约合|相当于|略|稍|刚刚|刚|已经|已|仅仅|仅|才|只")  # (…5562.91元（约0.56万元）)
_OTHER_OPS = re.compile(r"[−÷×]")  # a formula that is more than a sum
# 122000人次（41260 + 35480 + …） / (812 + 698): how an operand that is itself a sum is shown
_SHOWN_SUM = re.compile(r"（[^（）]*）|\([^()]*\)")


def _added_up(formula: str) -> bool:
    """Does the formula add its operands — not merely show one operand as the sum it is (76740人次 ÷ 122000人次（41260
    + 35480 + …） × 100%: a share, over a column's sum)?"""
    return " + " in _SHOWN_SUM.sub("", formula)


NOT_EXTREME = "该项在来源所列各项中并非所说的最多或最少 / the row is not the most or least of the rows the sources list"
NOT_EXTREME = "所说的最高 / 最低与来源各行不符 / the row the words name is not the extreme they say among its table's rows"
NOT_PLACED = "紧邻的比率与该说法不符 / the rate stated right before it is not on that side"
# 未达到 / 低于 / 高于 …: a bound word that places the rate stated right before it (准点率93.4%，未达到95%), below or above
_PLACES = re.compile(r"[，,]\s*(?:(?P<below>未达到|未达|没有达到|没达到|低于|未超过)|(?P<above>高于))$")


def _placed_rate(mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], i: int, t: _Target,
                 text: str) -> tuple[bool, str] | None:
    """A rate right after a rate its clause-before states and the checker traced, joined by a bound word alone (准点率
    93.4%，未达到95% / 低于95% / 高于90%): the words say on which side of it the traced rate lies, not that a source
    states it — (whether the traced rate is on that side, the formula) — unless a target word follows (未达到95%的目标:
    the target is what it claims, for the matching). None when the words are not of that shape."""
    m = t.m
    if m.approx or t.family != "%" or not i or m.hi is not None or (prev := mentions[i - 1]).base_unit != "%" \
            or prev.hi is not None or prev.approx or (r := results[i - 1]) is None \
            or r.status not in ("exact", "converted", "rounded", "derived") \
            or (w := _PLACES.search(text, prev.end, m.start)) is None or w.start() != prev.end \
            or _TARGET_AFTER.match(text, m.end, m.end + 7):
        return None
    below = w["below"] is not None
    holds = prev.value < m.value if below else prev.value > m.value
    return holds, f"{prev.text} {'<' if below else '>'} {m.text}"


def check(text: str, sources: "SourceIndex | Iterable[str | Path | SourceText | SourceData] | str | Path",
          *, name: str = "待核验文本 / text", jobs: int = 1) -> CheckReport:
    """Trace every number of `text` to `sources` (paths, SourceText/SourceData, or a prebuilt SourceIndex).
    `name` is the text's file, for the message when it states more figures than the limit allows. `jobs=2`: a
    large text in two processes where the platform forks (parallel.py; the same verdicts)."""
    index = sources if isinstance(sources, SourceIndex) else SourceIndex.build(sources)
    with _gc_paused():
        if jobs > 1 and can_split(text):
            return check_split(text, index, name)
        return _check(text, index, name)


def _mentions(text: str, name: str, measures: set[str] | None = None) -> list[NumberMention]:
    """extract_mentions(text), refused (one line, exit 2) as soon as it passes the figures limit: 10 MB of
    bare figures is a million mentions, minutes of checking and gigabytes of results. A bare figure followed by one of
    `measures` (the sources' own measure words, SourceIndex.measures) is read with it."""
    cap = limit("figures").amount
    mentions: list[NumberMention] = []
    n = 0
    for batch in mention_batches(text):
        mentions += batch
        n += sum(not m.ignored for m in batch)
        if n > cap:
            raise limit("figures").error(name)
    if measures:
        measured(text, mentions, measures)
    return mentions


def _check(text: str, index: SourceIndex, name: str) -> CheckReport:
    mentions = _mentions(text, name, index.measures)
    paras = _paragraph_ids(text, mentions)
    traced = _trace(text, index, mentions, paras)
    return _report(text, index, mentions, paras, traced.results, traced.clauses)


class _Traced(NamedTuple):
    """What _trace found: each mention's result (None outside the part traced), the clause before each mention
    (for restated_otherwise), the figures checked by derivation (mention index → target), and what a part of the
    text asked of the text before it in vain (see parallel.py)."""

    results: list[MentionCheck | None]
    clauses: list[str | None]
    targets: dict[int, _Target]
    unrestated: list[int]
    whole_of: _Wholes  # a part's fact id → the whole of the share the text derived of it
    unbound: set[Decimal]  # the values a part asked in vain for a bound the sources state
    bounds: dict[Decimal, list[_Fact]]  # the values met as bounds the sources state


class _Wholes(dict):
    """_trace's whole_of, noting for a split check (parallel.py) at which mention (`now`) each part's whole was first
    told (`told_at`) and which parts were asked for in vain (`missed`): a half of the text may ask for the whole of a
    share the other half derived."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0
        self.told_at: dict[int, int] = {}
        self.missed: set[int] = set()

    def __setitem__(self, key: int, value: _Fact) -> None:
        self.told_at.setdefault(key, self.now)
        super().__setitem__(key, value)

    def get(self, key, default=None):  # type: ignore[override]
        if key in self:
            return self[key]
        self.missed.add(key)
        return default


def _trace(text: str, index: SourceIndex, mentions: list[NumberMention], paras: list[int],
           part: tuple[int, int, int] | None = None) -> _Traced:
    """Every mention's verdict (the first and second passes of the check). `part` = (first, end, ahead): trace only
    mentions first … end − 1 — those from `first` on as if the text began there, the direct matches up to `ahead`
    (the verdicts of a part's last figures may read the figures right after it); None: all (see parallel.py)."""
    first, end, ahead = part or (0, len(mentions), len(mentions))
    ends = _sentence_ends(text)
    line_of_text = line_starts(text)
    checker = _Checker(index, text)
    families = lru_cache(maxsize=None)(unit_family)
    results: list[MentionCheck | None] = [None] * len(mentions)
    cited: dict[int, list[_Fact]] = defaultdict(list)       # per text paragraph: the facts its numbers cite
    cited_sent: dict[int, list[_Fact]] = defaultdict(list)  # per text sentence: those and its derived figures
    pending: list[tuple[int, _Target, str, list[_Fact]]] = []
    list_groups: dict[tuple[int, frozenset[str]], set[int]] = {}  # a list of dates sharing an event: its dates' groups
    last_subj: dict[tuple[int, str | None], frozenset[str]] = {}  # per sentence (and unit family): the last subject
    last_facts: dict[int, frozenset[int]] = {}
    subject_facts: dict[int, frozenset[int]] = {}  # … and of the figure traced last outside a rival comparison
    sents_of_para: dict[int, set[int]] = defaultdict(set)
    told: dict[int, list[tuple[_Target, _Fact, Sequence[_Fact]]]] = defaultdict(list)  # per text paragraph: its traced
    # figures, each with the fact it cites (a derived one: as the text states it), as operands of the figures after them
    ev = index.evidence
    line_at = lambda pos: line_of(line_of_text, pos)  # noqa: E731

    cited_groups: dict[int, set[int]] = defaultdict(set)  # per text paragraph: the groups of the facts it cites

    gate = Roles(index, text)
    plans = PlanLines(text, index.year_now)  # the lines that open on the next year: their figures are plans
    targets_at: dict[int, _Target] = {}  # mention index → its target, for the gate in done()
    clause_at: list[str | None] = [None] * len(mentions)  # mention index → clause_before(text, its start), once read
    direct_facts: dict[int, Sequence[_Fact]] = {}  # mention index → the facts a direct match found it is
    gated: dict[int, tuple[_Target, str, _Fact, _Fact]] = {}  # mention index → how the gate derived it
    deferred: dict[int, Sequence[_Fact]] = {}  # an approximate word after a rate → the source rate it matched

    def judge(i: int, status: str, facts: Sequence[_Fact]
              ) -> tuple[str, Sequence[_Fact], str | None, str] | None:
        """The gate's verdict where it differs from the stage's (see roles.py): a figure whose words name a funding
        line and a role is that line's value, and a half-year's or a batch's figure no other half's or batch's."""
        t = targets_at.get(i)
        if t is None or status == "ignored":
            return None
        v = gate.line_value(t, lambda: _role_anchor(mentions, results, direct_facts, i, text,
                                                    ends[t.sent - 1] if t.sent else 0)) \
            if gate.lines else None  # (read when asked; sources stating no funding line: no call)
        if v is None and t.family == "%" and (prev := direct_facts.get(i - 1)) is not None \
                and _BARE_SHARE.fullmatch(text, mentions[i - 1].end, t.m.start):
            v = gate.share_of(t, prev, cited_sent.get(t.sent, ()))  # 南湖区培训14场，占30.43%: of the figure just
            # traced, over its whole (or its row's figure the sentence stated before it)
        if v is None and status == "derived" and t.family == "%" and len(facts) > 1 and "占" in t.clause:
            v = share_column(index, t, facts[0], facts[-1])  # 篮球劳务费占28.40%: the 参赛人次 share (roles.py)
        if v is not None:
            if v.ok and status == "unsupported":
                return "derived", v.facts, v.formula, ""
            if not v.ok:  # (an unsupported figure too: the line's own value is the evidence to give)
                return "unsupported", v.facts, None, v.reason
            return None
        if status in _DIRECT and gate.marks and (f := gate.part_clash(t.m.start, t.m.end, facts)) is not None:
            # (a text naming no half-year or batch: no call)
            return "unsupported", [f], None, OTHER_PART
        if status in _DIRECT and facts and t.role != "target" and _AVERAGE_SAID.search(t.clause) \
                and not any(map(_per_unit_fact, facts)):
            return "unsupported", list(facts[:1]), None, NOT_AVERAGE  # 平均每天180个 of a period's 180个
        return None

    def done(i: int, status: str, facts: Sequence[_Fact] = (), formula: str | None = None, reason: str = "",
             alternatives: Sequence[str] = (), judged: bool = False) -> None:
        if not judged and (g := judge(i, status, facts)) is not None:
            status, facts, formula, reason = g
            alternatives = ()
            if status == "derived" and i in targets_at:  # a word right after it restates it (约九成)
                gated[i] = (targets_at[i], formula or "", facts[0], facts[-1])
        if len(facts) > 1 and status not in ("derived", "unsupported"):  # a derivation keeps formula order
            facts = _prefer(facts, cited_groups.get(paras[i], ()))
        results[i] = _mention_check(mentions[i], status, list(map(ev, facts[:3])), formula, reason,
                                    list(alternatives))

    def cite(i: int, sent: int, facts: Sequence[_Fact]) -> None:
        cited[paras[i]].extend(facts)
        cited_groups[paras[i]].update(map(_GROUP, facts))
        cited_sent[sent].extend(facts)

    for i in range(first, ahead):
        m = mentions[i]
        if m.ignored and m.reason == "too long":  # 5,000 digits: no figure to trace, and not to be passed over
            done(i, "unsupported", reason="数字过长，无法核对 / a run of digits too long to be a figure")
            continue
        if m.ignored:  # (done's gate never judges an ignored mention: no target, no evidence)
            results[i] = _mention_check(m, "ignored", [], None, m.reason, [])
            continue
        if m.title is not None:
            inner = m.title[1:-1]
            hit = index.titles.get(inner)
            if hit is not None:
                results[i] = _mention_check(m, "ignored", [hit], None, "《》标题与来源一致 / title found verbatim", [])
                continue
        if index._key_blob and m.end + 2 <= len(text) and _CJK_RUN.match(text, m.end) \
                and (named := _in_key_name(index, text[m.start:m.end + 2])) is not None:
            # 城区5分钟到场率, 12345工单: the number is part of a source field's name, as the text writes it
            results[i] = _mention_check(m, "exact" if m.unit else "ignored", [named], None,
                                        "" if m.unit else "来源字段名称中的数字 / part of a source field's name", [])
            continue
        if m.unit and m.text[:1] in _CN_CHARS and (row := _numeral_row(index, text, m)) is not None:
            # 三台片巡护减少3次: a row of the sources the numeral and its measure word open, no 3台 (index.numeral_name)
            results[i] = _mention_check(m, "ignored", [ev(row)], None, "来源中的名称 / a name in the sources", [])
            continue
        sent = bisect_right(ends, m.start)
        sents_of_para[paras[i]].add(sent)
        s0 = ends[sent - 1] if sent else 0
        subj, role, ytag, clause, after = mention_context(text, m, s0)
        clause_at[i] = clause
        if m.kind == "count" and len(m.base_unit) == 1 and m.start and "\u4e00" <= text[m.start - 1] <= "\u9fff":
            subj = subj | {text[m.start - 1] + m.base_unit}  # 营9期 names a ledger's 营期 column: noun, figure, measure
        own_subj = subj
        plan = m.kind != "date" and m.reason not in (GRADE, SET_OF) and plans.at(m.start)  # (二期 names a phase)
        if plan and ytag == plans.next:
            ytag = None  # 2025年按不少于600批次: the plan's frame; what supports it is this year's target (below)
        family, factor = families(m.base_unit)  # (its measure word's family, read once)
        fam_key = (sent, family if m.unit else None)
        if (fam_key in last_subj or (sent, None) in last_subj) and (role == "target" or tokens(clause) <= _ROLE_MARKS):
            # 实际支出58926.17万元，5.89亿元: the second restates the first; 控制在3000元以内: the bound of it;
            # 生态安葬57例，每例400元…，较上年的38例: the last clause with its measure word, not the 400元's;
            # 比上年的28天缩短7天: no words of its own before it (缩短 is what the next clause says)
            # 全年14次，上半年8次，下半年6次，比上年11次: last year's base compares the year's item, no half's
            year_key = (-1 - sent, fam_key[1]) if ytag is not None and not _part_of_year(clause) else None
            base = last_subj.get(fam_key, last_subj.get((sent, None), frozenset()))
            subj = subj | (last_subj.get(year_key, base) if year_key is not None else base)
        elif not subj <= _ROLE_MARKS and not direction(clause) \
                and not (("比" in clause or "较" in clause) and _RIVAL_COMPARED.search(clause)):
            # (every _RIVAL_COMPARED match holds 比 or 较: most clauses are asked no search)
            # (缩短7天 states a change, not what is counted; 比白碱滩区298匹 names the rival, not the sentence's item)
            last_subj[fam_key] = last_subj[(sent, None)] = subj
            if not _part_of_year(clause):
                last_subj[(-1 - sent, fam_key[1])] = subj  # (the sentence's last item of the whole year)
        if m.kind == "date":
            role = date_role(text, m, role, clause)  # 年度审计计划写成12月完成: a completion month, no deadline
            facts = checker.date(m, ytag)
            if index.spans and facts and (side := date_side(text, m)):  # 于9月16日启动: no span's end
                facts = [f for f in facts if not other_side(index, f, side)]
            if role != "target":
                facts = [f for f in facts if f.role != "target"]  # 10月前 is a deadline, no month of completion
            other_part = gate.part_clash(m.start, m.end, facts, date=True) if facts else None
            if other_part is not None:  # 第一批…于9月8日 where the log's 9月8日 is the 第二批's
                done(i, "unsupported", [other_part], reason=OTHER_PART)
                continue
            rival = None
            if m.date and None in m.date:  # 9月, 6月28日: the event around it must be the source's event
                whole = subj | tokens(text[s0:m.start])
                if ahead := _SPAN_AHEAD.match(text, m.end):  # 3月1日—3月31日，开展…: the span's event follows its end
                    stop = min([k for c in "。；;\n" if (k := text.find(c, ahead.end())) >= 0] or [len(text)])
                    whole |= tokens(text[ahead.end():min(stop, ahead.end() + 40)])
                event = _listed_event(text, m)  # 7月9日、7月21日两次发布预警: a list's dates share the event after it
                whole |= event
                facts = checker.own_event(m, [f for f in facts if (whole & f.subj or len(whole & _near(f)) >= 2)
                                              and not (f.shadowed and role != "target")])
                if event and facts:
                    # 4月9日、6月3日两次开展联合执法检查: a date whose own source event shares no word with the list's is
                    # another event's — unless the list's dates before it came from its source sentence (分别于…、…开始)
                    mates = list_groups.get((sent, event), ())
                    facts = [f for f in facts if whole & f.subj or not f.subj - _ROLE_MARKS or f.group in mates]
                    list_groups.setdefault((sent, event), set()).update(f.group for f in facts)
                if facts and (ords := _period_named(text, s0, m.start)):
                    # 第一批…于3月15日: the numbered item its words name, no date a source line gives another (第二批)
                    facts = [f for f in facts if not (own := _ordinals(f.subj)) or own & ords]
                # a result month the words name better is a rival — unless the text states this month as the
                # deadline (目标为“11月底前”): then the target's month is what it claims
                if facts and (nth := nth_said(text, s0, m.start)) is not None:
                    # 第二次演练于5月17日: the date the sources give that occurrence, no other's (ordinal.py)
                    other = [f for f in facts if (own := nth_of(f)) is not None and own != nth]
                    if other:
                        facts = [f for f in facts if all(f is not o for o in other)]
                        if not facts:
                            done(i, "unsupported", other[:1], reason=OTHER_TIME)
                            continue
                # 上年于11月6日完成 after this year's 实际“10月20日”完成: a result of this year is no rival of a day the
                # words give to an earlier year (its facts were already kept to that year's or a year-less source's)
                earlier = ytag is not None and (ytag < 0 or index.year_now is not None and ytag < index.year_now)
                if facts and (said := quoted_clause(text, m.start, m.end)) is not None and (
                        verbatim := [f for f in facts if said in squashed(f.snippet) or said in squashed(f.near_text)]):
                    # “7月下旬至8月强降雨…” quoted from the cause cell: the quotation's words date it, not the sentence's
                    facts, earlier = verbatim, True
                rival = checker.date_rival(whole, facts, m.date, m) if role != "target" and not earlier else None
                late = checker.late_on_time(m, facts) if role != "target" and rival is None else None
                if rival is not None or late is not None:
                    facts = []
            else:
                late = None
            if facts and (swap := other_row(index, checker, text, s0, m, facts)
                          or other_end(index, text, m, facts)) is not None:
                # 第二批…4月8日开训 where 4月8日 is the 第一批's; 于8月28日开工 where 8月28日 is its 完工 (dated.py)
                done(i, "unsupported", [swap], reason=OTHER_END if swap in facts else OTHER_ROW)
                continue
            cite(i, sent, facts[:2])
            if facts:
                checker.last_record[sent] = (m.end, frozenset(f.group for f in facts[:2] if f.group >= 0))
            done(i, "exact" if facts else "unsupported", facts or ([rival] if rival else [late] if late else []),
                 reason="" if facts else "文中说法对应来源中的另一日期 / the words name another date" if rival else
                 LATE if late else "来源中没有该日期（或不是同一事项的日期）/ date not in sources for this event")
            continue
        if m.kind == "year" or (not m.unit and m.value is not None and m.value == m.value.to_integral_value()
                                and 1900 <= m.value <= 2100 and m.hi is None and m.exponent == 0):
            ys = [int(m.value)] + ([int(m.hi)] if m.hi is not None else [])
            hits = [checker.year(y) for y in ys]
            if all(hits):
                facts = [f for h in hits for f in h[:2]]
                cite(i, sent, facts)
                done(i, "exact", facts)
                continue
            if m.kind == "year":
                if index.year_now is not None and set(ys) == {index.year_now + 1}:
                    # 2025年将… / 2025年起 in a report on 2024: the plan's time frame, nothing to trace; its
                    # dates and quantities are still checked
                    done(i, "ignored", reason="下一年度：计划的时间 / next year: the plan's time frame")
                else:
                    done(i, "unsupported", reason="来源中没有该年份 / year not in sources")
                continue
        # × 1 is exact for a figure of at most 28 digits (the context's precision): the value itself serves
        short = len(m.text) <= 28
        pm = m.value if short and not m.scale else m.value * m.factor
        x, q = (pm, m.quantum) if short and factor == 1 else (pm * factor, m.quantum * factor)
        prev = last_facts.get(sent, frozenset())
        if ytag is not None and ytag != index.year_now and (tokens(clause) <= _ROLE_MARKS or _YEAR_ONLY.match(clause)):
            # 比上年376匹 / ；上年25场 with no words of its own: last year's figure of the record its sentence speaks of
            # — the one traced last outside a comparison with a rival item (比白碱滩区298匹 names the rival, not the
            # subject), or, opening a ；-clause or a sentence of its line, the one the sentence before it ended on
            if sent in last_facts:
                prev = subject_facts.get(sent, frozenset())
            elif sent and text[ends[sent - 1] - 1] in "；;。":  # (。上年25场。: the sentence before's, in its paragraph)
                prev = subject_facts.get(sent - 1, prev)
        target = _Target(m, family, x, q, pm, paras[i], factor, subj, role, ytag,
                         clause, sent, own_subj, prev,
                         (max(s0, m.start - 40), m.start), after)
        if m.hi is not None:
            targets_at[i] = target
            status, facts = _check_range(checker, target)
            if status:
                cite(i, sent, facts)
                done(i, status, facts)
            else:
                done(i, "unsupported", reason="来源中没有该区间 / range not in sources")
            continue
        if m.reason == SET_OF and (err := _set_count_error(index, i, mentions, text, s0, direct_facts)) is not None:
            done(i, "unsupported", err[1], reason=err[0])  # 在七个县中 of six rows / 最少 of a row that is not
            continue
        if m.approx == ">" or m.approx == "<":
            target = checker.quoted_target(target)  # 超过6场的目标: the target 6场 itself
        if (cut := cause_cut(target, text)) is not None:  # 因市级财政压减调整为: read as 调整为, the cause names no
            said = cut + m.text  # line whose figure it is
            subj, role, _, clause, _ = mention_context(said, replace(m, start=len(cut), end=len(said)), 0)
            target = replace(target, clause=clause, subj=subj, own=subj, role=role)
            k0 = max(s0, m.start - 300)  # (nor do the sentence's words name it by the cause: 市级 is no part named)
            checker._said[m.start] = (subj | tokens(text[k0:m.start - len(clause_at[i])] + cut)) - _ROLE_MARKS
        targets_at[i] = target
        status, facts, reason, near = checker.choose(target, checker.matches(target))
        if status == "approximate" and family == "%" and i and mentions[i - 1].base_unit == "%" \
                and not mentions[i - 1].ignored and not mentions[i - 1].approx \
                and not _BETWEEN.sub("", text[mentions[i - 1].end:m.start]) \
                and not {id(f) for f in direct_facts.get(i - 1, ())} & {id(f) for f in facts}:
            # 占…的19.71%，超过九成: the word restates the rate right before it (judged below, with the derived
            # figures), not another line's 91.43% a source states — that match stands only where the rate before it
            # is not placed (a paragraph checked alone)
            deferred[i] = facts
            status, facts = None, []
        if not status and m.alt:  # 6台（套） against a log's 6套: the same figure in the bracket's unit
            family, factor = families(m.alt)
            alt_t = replace(target, m=replace(m, unit=m.scale + m.alt, base_unit=m.alt, alt=""), family=family,
                            x=pm * factor, q=m.quantum * factor, ff=factor)
            found = checker.choose(alt_t, checker.matches(alt_t))
            if found[0]:
                status, facts, target = found[0], found[1], alt_t
            else:
                family = target.family
        if not status and (ft := pair_of(text, mentions, i, clause)) is not None \
                and (tx := target if ft[0] == i else targets_at.get(ft[0])) is not None \
                and (pair := from_to_facts(checker, index, text, mentions, tx, ft[0], ft[1], ft[2], ft[1] == i)):
            status, facts = "exact", pair  # 凤县由24个增至30个: the named row's 上年 / 年初 figure, then its later one
        if plan and status:
            kept = plan_facts(text, m.start, facts, index.year_now)
            if not kept and (kept := plan_bound(checker, text, target, mentions, i)):
                status = "exact"  # 不少于36000公里 is the bound restated, not the 38642 done (a result meeting it)
            if not kept and (listed := _listed_count(text, m, index)) is not None:
                done(i, "derived", formula=listed)  # 在永善、彝良两县各建…: the count of the plan's own list
                continue
            if not kept:  # 计划新增检验点2个: no current figure of another item (nor a derived one, below) is the
                done(i, "unsupported", facts[:1], reason=PLAN, judged=True)  # next year's plan
                continue
            facts = kept
        elif plan and (kept := plan_bound(checker, text, target, mentions, i)):
            status, facts = "exact", kept  # 2026年将继续按“≥8000户”组织排查: this year's bound of the item it names
        g = judge(i, status, facts) if status else None
        if (not status or g is not None and g[0] == "unsupported") and m.reason not in (SET_OF, GRADE) \
                and (own := own_list_count(text, m)) is not None:
            done(i, "derived", formula=own)  # 开展A、B、C和D四项工作: the count of its sentence's own list, whatever
            # list of the sources the words seemed to name
        elif g is not None and g[0] == "unsupported":  # the gate's: another line's, half's or batch's figure, cited
            done(i, *g, judged=True)  # by nothing after it
        elif status:
            direct_facts[i] = facts[:3]
            cite(i, sent, facts[:3])
            last_facts[sent] = frozenset(map(id, facts))
            if not (("比" in clause or "较" in clause) and _RIVAL_COMPARED.search(clause)) and not _part_of_year(clause):
                subject_facts[sent] = last_facts[sent]  # (上半年12场: a half's, no record of the year's 上年)
            checker.last_record[sent] = (m.end, frozenset([f.group for f in facts[:3] if f.group >= 0]))
            f0 = facts[0]
            if ytag is not None and f0.ytag is None and role != "target":  # 较上年的4510人: of the year said
                checker.stated_years.update(((sent, id(f)), ytag) for f in facts[:3])
            if f0.family != family:  # 52.3 under 到馆读者 stated as 52.3万人次: an operand in the text's unit
                cited_sent[sent].append(f0 := _Fact(m.value, target.x, family, m.unit, m.kind, -1,
                                                    f"line {line_of(line_of_text, m.start)}", m.text, f0.group, m.text,
                                                    pmag=pm, subj=subj | f0.subj, role=f0.role or role,
                                                    ytag=ytag if ytag is not None else f0.ytag))
            told[paras[i]].append((target, f0, facts))  # f0 in the text's unit, then the facts it cites
            done(i, status, facts, judged=True)
        elif m.reason == SET_OF:  # 在六个区县中最多: the set compared within — flagged where the sources list it otherwise
            lists = index.lists_named(m, text)
            if (same := [f for f in lists if f.value == m.value]):  # the list it names: its rows are the evidence
                done(i, "exact", same[:1])
            elif lists:
                done(i, "unsupported", lists[:1], reason=LISTED_OTHERWISE)
            else:
                done(i, "ignored", reason="比较范围的名称，来源未列出 / names the set compared within, which the sources do not list")
        elif m.reason == GRADE:  # 公益二类, 三级公路 the sources do not state: a name, nothing to trace
            done(i, "ignored", reason="等级、类别或期次的名称，不是数量 / a grade, class or phase: a name, not a quantity")
        elif reason.startswith(SWAPPED) and (group := group_sum(index, target, text)) is not None:
            done(i, "derived", group[1], formula=group[0])  # 第一批接入鹤城区、中方县68家: the rows the words name
            # add up to it, though another row reads the same figure
        elif reason.startswith(SWAPPED):  # another row's figure: no derivation rescues a swapped subject
            done(i, "unsupported", near, reason=reason)
        elif (base := _compared_bound(index, mentions, direct_facts, i, text, s0, target)) is not None:
            cite(i, sent, [base])  # 平均14个工作日，比20个工作日的限时少: the bound of the record just traced
            done(i, "exact", [base], judged=True)
        elif plan and (listed := _listed_count(text, m, index)) is not None:
            done(i, "derived", formula=listed)  # 在永善、彝良两县各建…: the count of the plan's own list
        elif plan:  # 整改率提高到98%: this year's 118 ÷ 120 is no plan of the next
            done(i, "unsupported", near, reason=PLAN, judged=True)
        else:
            pending.append((i, target, reason, near))

    # Derivations, only between related numbers: first the figures the text's own sentence states (any
    # pair), then the records and source sentences its paragraph cites and their explicit partners (a part
    # and its total), then — for figures precise enough to rule out chance — explicit pairs anywhere.
    explicit = {(id(a), id(b)) for a, b, _ in index.pairs} if pending else set()
    derived_at: dict[int, tuple[_Target, str, _Fact, _Fact]] = {}  # mention index → how it was derived
    changed_at: dict[int, int] = {}  # … and where that figure ends
    named_wholes: defaultdict[int, dict[int, _Fact]] = defaultdict(dict)  # per paragraph: the wholes its shares named
    first_said: dict[int, _Target] = {}  # a figure restated from an earlier paragraph (its mention's id) → the first
    changed: dict[int, tuple[_Fact, _Fact, _Fact]] = {}  # per text sentence: its last derived figure's operands, and it
    sums: dict[int, list[Sequence[_Fact]]] = {}  # a sum the text stated (its fact's id) → each item's facts
    whole_of = _Wholes()  # a part (its fact's id) → the whole of the share the text derived of it
    exact_of: dict[int, _Fact] = {}  # a figure the text derived and rounded (its fact's id) → its exact value
    relation = StatedRelations(text, index, mentions, results, told)
    told_cache = ToldCache()  # the told stage's operands, built once per figure (told.py)

    def told_items(t: _Target, facts: Sequence[_Fact]) -> list[tuple[_Fact, ...]]:
        """A sum's items as the text told them and as their sources give them (a ledger's bare 812 beside the text's
        812亩): each operand's told entry, in its paragraph or the few before."""
        return [next(((e[1], *e[2][:1]) for p in range(t.para, t.para - MAX_FAR - 1, -1) for e in told.get(p, ())
                      if e[1] is f), (f,)) for f in facts]

    def state(t: _Target, exact: Decimal | None = None) -> _Fact:
        """A figure the text derived, as an operand of the figures after it (see stated.py)."""
        cited_sent[t.sent].append(stated := _stated(t, line_of(line_of_text, t.m.start), exact))
        told[t.para].append((t, stated, ()))
        return stated

    targets: dict[int, _Target] = {}  # the figures checked by derivation so far: what a restatement restates
    # … by family and value: looked up, not scanned — built on the first look-up (a Decimal's hash is dear, and most
    # texts never reach restated_figure), then kept up to date
    by_value: defaultdict[tuple[str, Decimal], list[int]] | None = None

    def same_value(i: int) -> list[int]:
        """The figures checked by derivation so far (i included) with the family and value of figure i."""
        nonlocal by_value
        if by_value is None:
            by_value = defaultdict(list)
            for j, u in targets.items():  # (in the order they were checked, as they would have been added)
                by_value[(u.family, u.x)].append(j)
        return by_value[(targets[i].family, targets[i].x)]

    # a part's (see parallel.py): what its figures asked of the rest of the text and found nothing — a figure derived
    # before, restated (mention indexes); a value the sources state as a bound, met by any figure's direct match
    unrestated: list[int] = []
    unbound: set[Decimal] = set()

    def restated_here(i: int, t: _Target) -> str | None:
        said_first: list[_Target] = []
        formula = restated_figure(i, t, text, results, targets, lambda: same_value(i), said_first)
        if said_first:
            first_said[id(t.m)] = said_first[0]
        if formula is None and first and restatable(t):
            unrestated.append(i)
        return formula

    def bounds_of(value: Decimal, t: _Target | None = None) -> list[_Fact] | None:
        got = checker._bounds.get(value)  # (filled as the direct matches meet the value)
        if got is None and part is not None:
            unbound.add(value)
        if got and t is not None and t.family:  # (≥3部, met by another figure's 3部, is no bound of 观众3.00万人次:
            got = [f for f in got if not f.family or f.family == t.family and f.mag == t.x]  # its measure's only)
        return got

    # the levels of pairs a figure's derivation tries in turn (first the figures the text's own sentence states, then
    # further out), as functions of the figure: set up once, not once per figure
    base_levels = (
        lambda t: _sentence_pairs(t, cited_sent, cited, sents_of_para, text),
        lambda t: stated_pairs(t, told, text, index.year_now, whole_of, sums),  # by the words
        lambda t: _worded_pairs(index, t, cited, cited_sent, sents_of_para, text, told),
        lambda t: _record_pairs(index, cited.get(t.para, [])),
        lambda t: _quoted_pairs(t, told[t.para], text, index.year_now, line_at),
        lambda t: sum_share_pairs(index, t, told[t.para], sums, whole_of),
        lambda t: sum_breakdown_pairs(index, t, told[t.para], sums),  # 两项合计…，占: of a 支出构成
        lambda t: bare_share_pairs(index, t, text, told[t.para], sums, whole_of),  # 合计…，接近六成
        lambda t: paragraph_whole_pairs(t, told[t.para], named_wholes.get(t.para)),  # 制种试验…占
        lambda t: multiple_pairs(t, told, exact_of, text),
        lambda t: year_share_pairs(index, t, told[t.para], text),  # 占全年的: the year's figure
    )
    named_level = lambda t: _named_pairs(index, t, text)  # noqa: E731
    named_explicit = lambda t: _named_pairs(index, t, text, explicit=True)  # noqa: E731
    global_level = lambda t: _global_pairs(index, t, text)  # noqa: E731

    for i, t, reason0, near in pending:
        if i >= end:
            break
        whole_of.now = i
        targets[i] = t
        if by_value is not None:
            by_value[(t.family, t.x)].append(i)
        after = derived_at.get(i - 1)
        if after is not None and (listed := _listed_average(after[0], t, text)):
            t = replace(t, clause=listed)  # 每盏电费180.29元、维修养护78.56元: 每盏 is 维修养护's too, of the same breakdown
        else:
            after = None
        if (cc := compared_clause(t, text)) is not None:  # 与年初预算相比，实际支出多: read as 实际支出比年初预算多
            said = cc + text[t.m.start:t.m.end]
            subj, role, ytag, clause, _ = mention_context(said, replace(t.m, start=len(cc), end=len(said)), 0)
            t = replace(t, clause=clause, subj=subj, role=role, ytag=ytag)
            linked = None
        elif (linked := linked_rate_clause(index, t, text)) is not None and linked[1]:
            said = linked[0] + text[t.m.start:t.m.end]  # 执行率最低，为79.88%: read as 执行率79.88%, the extreme held
            subj, role, ytag, clause, _ = mention_context(said, replace(t.m, start=len(linked[0]), end=len(said)), 0)
            t = replace(t, clause=clause, subj=subj, role=role, ytag=ytag)
        targets_at[i] = t
        m = t.m
        if linked is not None and not linked[1]:
            done(i, "unsupported", reason=NOT_EXTREME)  # 最低 of a row another row of its table is below
            continue
        small = m.value == m.value.to_integral_value() and abs(t.x) <= SMALL_INT and not m.scale
        last = changed.get(t.sent)
        j = i - 1
        since = None  # a level traced since the sentence's last derived figure: 覆盖团员青年5.62万人次，完成目标的112.40%
        while last is not None and j >= 0 and mentions[j].start >= changed_at[t.sent]:  # (back to that figure only)
            if (r := results[j]) is not None and r.status == "exact" and mentions[j].base_unit != "%":
                last, since = None, j
            j -= 1
        again, only = _same_pair(t, last, text) if m.value != 0 else ([], False)
        if since is not None and _OF_TARGET.search(t.clause) and direct_facts.get(since):
            f = direct_facts[since][0]  # 完成目标的: that level over its own target, no other pair
            again = [(f, b if a is f else a) for a, b, _ in index.partners.get(id(f), ())
                     if (b if a is f else a).role == "target"][:2]
            only = bool(again)
        found: list[tuple[str, _Fact, _Fact]] = []
        if i in deferred and (results[i - 1] is None or results[i - 1].status in ("unsupported", "ignored")):
            done(i, "approximate", deferred[i])  # (the rate before it is not placed: the source rate it matched)
            continue
        prev = derived_at.get(i - 1) or gated.get(i - 1)
        if prev is not None and prev[0].sent == t.sent and prev[0].family == t.family \
                and not _BETWEEN.sub("", text[mentions[i - 1].end:m.start]) and restates(t, prev[0].x):
            # 占…的31.05%，超过三成: the word restates the figure just derived, on its side
            _, formula, a, b = prev
            done(i, "derived", [a, b], formula=f"{formula}（{m.text}）")
            derived_at[i] = (t, formula, a, b)
            continue
        if prev is not None and prev[0].m.approx and not m.approx and prev[0].sent == t.sent and t.family == "%" \
                and prev[0].family == "%" and text[mentions[i - 1].end:m.start] in ("（", "(") \
                and (share := _bracketed_share(t, prev[1], prev[2], prev[3])) is not None:
            done(i, "derived", [prev[2], prev[3]], formula=share)  # 两地合计3335户，超过三分之一（36.07%）: the
            derived_at[i] = (t, share, prev[2], prev[3])  # bracket states the share the word was derived as
            continue
        if prev is None and i and not _BETWEEN.sub("", text[mentions[i - 1].end:m.start]) \
                and (said := restated(t, told[t.para], mentions[i - 1])) is not None:
            done(i, "derived", said[1][:2], formula=f"{said[0].m.text}（{m.text}）")  # 占33.9%，约三分之一
            continue
        if m.approx and t.family == "%" and i and _EACH.fullmatch(text, mentions[i - 1].end, m.start) \
                and (each := _each_restated(t, mentions, results, i, text,
                                            {id(u.m) for u, _, _ in told[t.para]})) is not None:
            done(i, "derived", formula=each)  # …占16.33%，…占15.53%，均不足两成: every share told
            continue
        if (placed := _placed_rate(mentions, results, i, t, text)) is not None:
            done(i, "derived" if placed[0] else "unsupported", formula=placed[1] if placed[0] else None,
                 reason="" if placed[0] else NOT_PLACED)  # 准点率93.4%，未达到95%: where that rate lies
            continue
        if m.approx and t.family == "%" and i and mentions[i - 1].base_unit == "%" and results[i - 1] is not None \
                and results[i - 1].status not in ("unsupported", "ignored") \
                and not _BETWEEN.sub("", text[mentions[i - 1].end:m.start]):  # 占55.65%，接近一半: of that traced rate,
            done(i, "unsupported", reason=NOT_THE_RATE)  # which it does not fit — no other pair's share stands in
            continue
        if m.base_unit in ("个月", "月") and (gap := _month_gap(checker.month_pairs(), t, text)) is not None:
            formula, a, b = gap  # 较计划提前1个月: the deadline indicator's target month less its result month
            done(i, "derived", [a, b], formula=formula)
            continue
        if m.base_unit == "天" and (early := _days_early(mentions, results, i, t, text, ends[t.sent - 1] if t.sent else 0,
                                                         index.year_now)) is not None:
            done(i, "derived", formula=early)  # 10月20日完成，早于10月底的时限，提前11天
            continue
        if m.base_unit == "天" and (off := days_off(checker, mentions, results, i, t, text, ends[t.sent - 1] if t.sent
                                                    else 0, index.year_now)) is not None:
            done(i, "derived", off[1], formula=off[0])  # 原定9月底前完成，10月18日完成，推迟18天 / 比计划推迟18天
            continue
        if m.base_unit == "天" and (cmp := compared_date_days(i, mentions, results, t, text, index.year_now)) is not None:
            if cmp[0] is not None:  # 于11月22日完成，比上年的11月29日提前7天
                done(i, "derived", formula=cmp[0])
            else:  # the words fix both dates: no other pair of dates stands in
                done(i, "unsupported", reason="与文中所比日期相差的天数不符 / not the days between the dates the words compare")
            continue
        if m.base_unit == "天" and (gap := event_gap(i, mentions, results, t, text, index)) is not None:
            done(i, "derived", [gap[1]], formula=gap[0])  # 9月20日才支付，晚于升级完成35天
            continue
        if m.base_unit == "天" and (span := _span_days(mentions, results, i, t, text, ends[t.sent - 1] if t.sent else 0,
                                                       index.year_now)
                                   or bracketed_span_days(mentions, results, i, t, text, index.year_now)) is not None:
            done(i, "derived", formula=span)  # 自1月8日至2月20日，历时44天
            state(t)  # the days an average after it is over (历时46天，…，日均出库)
            if "（两次" in span or "（间隔" in span:  # 两期开班相隔154天: the count of the two periods told
                _two_periods(i, t, mentions, results, done, span)
            continue
        if m.base_unit == "天" and (got := source_span_days(index, t, text, ends[t.sent - 1] if t.sent else 0,
                                                           mentions, i)) is not None:
            done(i, "derived", [got[1], got[2]], formula=got[0])  # 专项行动历时62天: a span the sources state
            state(t)
            continue
        if (avg := daily_total(index, mentions, results, i, t, text, ends[t.sent - 1] if t.sent else 0)) is not None:
            done(i, "derived", [avg[1]], formula=avg[0])  # 自5月8日…至6月30日，历时54天，日均清理36.04家: the log's total
            continue
        s1 = ends[t.sent - 1] if t.sent else 0
        if (gap := halves_gap(index, t, text[max(s1, m.start - 60):m.start])) is not None:
            done(i, "derived", gap[1], formula=gap[0])  # 下半年…比上半年多6,650辆: (全年 − 上半年) − 上半年
            state(t)
            continue
        if (rest := rest_of_year(index, t, text[max(s1, m.start - 60):m.start],
                                 text[max(text.rfind("\n", 0, s1) + 1, s1 - 60):s1])) is not None:
            done(i, "derived", rest[1], formula=rest[0])  # 下半年12场: the year's 26场 less 上半年's 14场
            whole_of[id(state(t))] = rest[1][0]  # the year is the whole of its half (下半年占42.54%)
            continue
        if m.value == 0:  # 结余0万元: two cited figures that are equal (budget fully spent)
            same = _equal_pair(cited.get(t.para, []), t.family)
            if same:
                a, b = same
                found.append((f"{a.written} − {b.written} = 0{m.unit}", a, b))
        if (each := column_mean(index, t, text) or group_mean(index, t, text)) is not None:
            done(i, "derived", each[1], formula=each[0])  # 各展厅平均展项: a column's total over its rows (or groups)
            continue
        if (kinds := row_sum(index, t, text)) is not None:  # 三类水样合计: the N figures of one source row
            done(i, "derived", kinds[1], formula=kinds[0])
            sums[id(state(t))] = [(f,) for f in kinds[1]]
            continue
        counted = counted_sum(i, mentions, results, paras, families, t, text)  # 前两项合计 / 三笔合计
        if counted is not None and counted[0] is not None:
            items = [(e[1], *e[2][:1]) for j in counted[1] for e in told[paras[j]] if e[0].m is mentions[j]]
            done(i, "derived", [f[-1] for f in items], formula=counted[0])  # evidence: the items' sources
            stated = state(t)
            if " ÷ " not in counted[0]:  # (a mean of them: no sum of its items)
                sums[id(stated)] = items
            continue
        checker.foreign = None
        # the operands its own sentence states, by its relation words: when they fix the pair, no other stands in
        rel, fixed, same = relation(t, told[t.para]) if counted is None else ([], False, None)
        chosen = False  # the words chose the pair (前者 / 后者): no subject of other words to hold it to
        levels: list[Callable[[_Target], Sequence[tuple[_Fact, _Fact]]]]
        if (gap := rate_gap_pairs(index, t, text, told[t.para])) is not None:
            # 比东兴市低 / 高出省级资金 / 两类资金执行率相差 …个百分点: the two items' rates its words name, no other pair
            levels, rel = [lambda _, gap=gap: gap], []
        elif (ends2 := former_latter_pairs(index, t, told[t.para], sums, whole_of)) is not None:
            # 前者比后者多 / 前者占: the items of the sum told right before, by their order — no other pair
            levels, rel, chosen = [lambda _, ends2=ends2: ends2], [], True
        elif (kept := balance_share_pairs(index, t, told[t.para], exact_of, text)) is not None:
            # 占项目结余的: a balance over the balance of the line the words name, no other whole
            levels, rel = [lambda _, kept=kept: kept], []
        elif (moved := adjustment_pairs(index, t)) is not None:
            # 市级资金调增 / 全年预算调减: the named line's adjusted budget against its initial one, no other line's
            levels, rel = [lambda _, moved=moved: moved], []
        elif fixed and not rel:
            levels = []
        else:  # the levels of pairs, set up only for a figure that reaches them (most stages above place it or not)
            levels = [lambda _, again=again: again] if again else []
            if m.value != 0 and not only:
                levels += base_levels
                if not small and not m.approx and m.base_unit != "成":
                    levels.append(named_level)  # 近三成 fits too many pairs
                elif m.approx and t.family == "%":  # 执行率约98%: the named record's own pair alone
                    levels.append(named_explicit)
                if not small and not m.approx and _sig_digits(m.value) >= 3:
                    levels.append(global_level)
        listed = listed_items(text, m.start) if _SUMS.search(t.clause) else 0
        compared = parts_compared(text[max(s1, m.start - 60):m.start]) if "比" in t.clause or "较" in t.clause else None
        last_years = t.ytag is not None and t.ytag != index.year_now and of_last_year(t.clause)
        for level in levels:  # computed one after the other, only while nothing is found
            found = found or checker.derive(t, level(t))
            if counted is not None:  # the items its words count do not add up to it: no other pair stands in
                found = [e for e in found if not _added_up(e[0])]
            elif listed >= 3:  # 苹果、梨、桃苗合计: a sum of fewer items than its words list is not it
                found = [e for e in found if not _added_up(e[0]) or _SHOWN_SUM.sub("", e[0]).count(" + ") + 1 >= listed]
            if found and last_years:  # 上年每盏: a quotient of last year's, never of two years' figures mixed
                found = [e for e in found if " ÷ " not in e[0] or e[0].startswith("(")
                         or _earlier(e[1], index.year_now) == _earlier(e[2], index.year_now)]
            if after is not None:
                # of the same breakdown — or, when the first was a total over a count of another record (人均结案214.6宗、
                # 开庭100.4场次: 9012宗 and 4216 over the 42名 of a meeting note), over the same count
                found = [e for e in found if _same_breakdown(index, e[1], after[2])
                         or e[2] is after[3] and not _same_breakdown(index, after[2], after[3])]
            if found and level is not levels[0] and not _SUMS.search(t.clause) and not _SUM_OF.search(t.clause):
                found = [e for e in found if not _added_up(e[0])]  # a sum of two source figures needs 合计 …
            if gap is None and not chosen:  # (a gap's two sides are the items its words name: chosen already)
                found = checker.same_subject(t, found)  # operands of the subject the words name, no other's
            if found and _WHOLE_NAMED.match(t.clause):  # 项目全年预算比年初增加: the whole's, never a 其中 line's pair
                found = [e for e in found if not any(x is not None and x.src >= 0 and index.is_line(x) for x in e[1:3])]
            if found and t.family == "%" and "占" in t.clause:  # 占项目支出 / 占项目执行额: the whole its words name
                found = [e for e in found if _whole_named(gate, t, e)]
            if found and _part_of_year(t.clause) and (part := said_period(t.clause)) and not direction(t.clause) \
                    and "比" not in t.clause and "较" not in t.clause:
                # 上半年189次 as 全年347 − 上半年158: what is left of the year is the other part's level, never this
                # part's (a change on another quarter — 三季度比二季度增长 — is left alone)
                found = [e for e in found if " − " not in e[0] or " ÷ " in e[0]
                         or part not in (fact_period(e[2]), said_period(e[2].location))]
            if found and compared is not None:  # 下半年…比上半年多: of two source figures, a difference of the two
                found = [e for e in found if " − " not in e[0] or " ÷ " in e[0]  # parts themselves — the year less
                         or e[1].src < 0 or e[2].src < 0  # one part is the other's level, no gap (text-told: told.py)
                         or {fact_period(e[1]), fact_period(e[2])} == set(compared[:2])]
            if found:
                break
        if same is not None:  # after a base its sentence states, no other quantity's pair
            found = [e for e in found if same(e[1], e[2])]
        found = found or rel
        if found and t.family == "%" and (others := other_listed(mentions, results, direct_facts, i, text,
                                                                  ends[t.sent - 1] if t.sent else 0)):
            found = [e for e in found if (e[1].group, e[1].value) not in others
                     and (e[2].group, e[2].value) not in others]  # (分别占: of its own item only)
        if found:
            def score(e: tuple[str, _Fact, _Fact]) -> tuple[int, int, int]:
                _, a, b = e
                pair = (id(a), id(b)) in explicit or (id(b), id(a)) in explicit
                return (-int(pair), -min(3, len(t.subj & (a.subj | b.subj))), int(a.group != b.group))

            found.sort(key=score)
            unique: dict[str, tuple[str, _Fact, _Fact]] = {}
            for e in found:
                unique.setdefault(e[0], e)
            found = list(unique.values())
            formula, a, b = found[0]
            others = [f for f, _, _ in found[1:]]
            reason = f"另有 {len(others)} 种算法也得出该数 / {len(others)} other derivations fit" if others else ""
            done(i, "derived", [a, b], formula=formula, reason=reason, alternatives=others)
            derived_at[i] = (t, formula, a, b)
            stated = state(t)  # the base of its next rate
            changed[t.sent] = (a, b, stated)
            changed_at[t.sent] = m.end
            if (exact := exact_value(t, formula, a, b)) is not None:
                exact_of[id(stated)] = _stated(t, line_of(line_of_text, m.start), exact)
            if _added_up(formula):
                sums[id(stated)] = told_items(t, (a, b))
                if not stated.role and a.role and a.role == b.role:
                    stated.role = a.role  # 合计62.57万元 of two 执行数 cells is spending: no share of the 预算数 合计
            elif " ÷ " in formula and "占" in t.clause[-10:]:
                whole_of[id(a)] = b
                checker.wholes_said[t.para].add(id(b))  # the paragraph named it: a whole its shares are of
                if _share_whole(t.clause):  # (占项目支出的: by name — the whole a bare 占 after it is of)
                    named_wholes[t.para].setdefault(id(b), b)
        elif counted is None and (each := _each_sum(i, mentions, results, direct_facts, t, text,
                                                    ends[t.sent - 1] if t.sent else 0)) is not None:
            done(i, "derived", each[1], formula=each[0])  # 第三、第四季度各92件，合计184件: 92 × 2
            if each[1]:
                sums[id(state(t))] = [tuple(each[1])] * each[2]  # each item's figure: the whole of a share after it
            else:
                state(t)
        elif counted is None and (formula := colon_sum(i, mentions, results, t, text)) is not None:
            done(i, "derived", formula=formula)  # 分三类共9期：…2期…3期…4期: its 其余 is the whole less it
            state(t)
        elif counted is None and (formula := _listed_sum(i, mentions, results, ends, t) or _listed_count(text, m, index)) \
                is not None:
            done(i, "derived", formula=formula)
        elif (items := counted is None and (
                _items_sum(index, t, text, told) or _bracket_sum(index, t, text, told) or list_sum(index, t)
                or shared_head_sum(index, t, text, told[t.para]) or named_list_sum(index, t, text))
                or group_sum(index, t, text)) is not None:  # (四个项目…合计: a list's records; 南、北支渠: rows sharing a name;
            # 东营港区三批共: a group its words name, whatever list of the paragraph its count could be of)
            done(i, "derived", items[1], formula=items[0])
            sums[id(state(t, items[2]))] = [(f,) for f in items[1]]
        elif counted is None and (formula := group_count(index, t, text)) is not None:
            done(i, "derived", formula=formula)  # 在合作市举办展览3场: the rows of the ledger's 合作市 group
        elif quarter := checker.derive(t, quarter_share_pairs(index, t, text, told)):  # 二、三季度合计占51.32%
            formula, a, b = quarter[0]
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
        elif counted is None and (formula := restated_here(i, t)) is not None:
            done(i, "derived", formula=formula)  # 比上年提前7天完成: the days the text derived before, restated
            if id(m) in first_said:
                state(t)  # (told again: the figure a comparison after it starts from — 用时109天，比第一批多35天)
        elif not reason0 and (share := row_share(index, checker, t, text, ends[t.sent - 1] if t.sent else 0, mentions,
                                                  results, direct_facts, i)
                              or row_change(index, checker, t, text, ends[t.sent - 1] if t.sent else 0, mentions,
                                            results, direct_facts, i)) is not None:
            formula, a, b = share  # 平台运维38.72万元，占32.69%: the figure before it over its list's sum (rows.py)
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
            if " ÷ " in formula and "占" in t.clause[-10:]:
                whole_of[id(a)] = b  # (the whole a later bare share in its sentence is of: …居次，占27.52%)
        elif not reason0 and (moved := named_row_change(index, checker, t, text)) is not None:
            formula, a, b = moved  # 潜山分校增加14人: the named row's figure less its last year's (rows.py)
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
            state(t)
        elif not reason0 and (prior := prior_quotient(index, checker, t, text, ends[t.sent - 1] if t.sent else 0,
                                                        mentions, derived_at, i)) is not None:
            formula, a, b = prior  # 不合格率3.07%，比上年4.03%: the same quotient over last year's figures (rows.py)
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
            state(t)  # (the gap after it: 比上年4.03%下降0.96个百分点)
        elif not reason0 and (other := other_row_quotient(index, checker, t, ends[t.sent - 1] if t.sent else 0,
                                                          mentions, derived_at, i)) is not None:
            formula, a, b = other  # 东阳市每组583.66元，仅高于永康市的572.82元: that quotient of the row named (rows.py)
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
            state(t)
        elif not reason0 and (other := rows_per_unit_gap(index, checker, t)) is not None:
            formula, a, b = other  # 金东区每组比东阳市高42.11元: the two named rows' per-unit (rows.py)
            done(i, "derived", [a, b], formula=formula)
            state(t)
        elif not reason0 and (gap := target_gap(index, checker, t, text, ends[t.sent - 1] if t.sent else 0, mentions,
                                                 results, i)) is not None:
            done(i, "derived", [gap[1]], formula=gap[0])  # 整改率95.95%，距目标仅0.95个百分点: to its target (rows.py)
            state(t)
        elif (got := derive_told(t, told, text, index.year_now, told_cache)) is not None:
            formula, facts, others = got  # 上半年占48.15%: of the figures its paragraph told, by structure (told.py)
            done(i, "derived", facts, formula=formula, alternatives=others)
            derived_at[i] = (t, formula, facts[0], facts[-1])
            stated = state(t)
            if _added_up(formula) and not _OTHER_OPS.search(formula):  # a sum of told figures: the whole of a share
                # after it, its items as the text told them and as their sources give them (合计76740人次，占62.90%)
                sums[id(stated)] = told_items(t, facts)
        elif first_said and (again := restated_gap(t, told, text, index.year_now, told_cache, first_said)) is not None:
            done(i, "derived", again[1], formula=again[0])  # 第二批…用时109天，比第一批多35天: the item the words name,
            state(t)  # where the figure before it was first told (told.py)
        elif (sib := sibling_gap(index, t, told[t.para], text)) is not None:
            done(i, "derived", sib[1], formula=sib[0])  # 第二批…271段，比第一批多35段: the sibling record's field (told.py)
            state(t)
        elif (formula := told_days(mentions, results, i, t, text, index.year_now)) is not None:
            done(i, "derived", formula=formula)  # 7月1日启动，9月8日完成，用时69天: its sentence's two dates
            state(t)
        elif (other := checker.foreign) is not None and not reason0 and not (
                t.family == "元" and named_per_unit(index, checker, t, text, told[t.para]) is not None):
            # (每吨转运成本约4.15元: the line its words name over the count its sentence told — refused above for the
            # whole of that line as a rival — is the per-unit stage's to read, below)
            done(i, "unsupported", [other], reason=f"{FOREIGN} {other.written} / the figures that give it are of another "
                                                   f"item than the words name, {other.written}")
        elif not reason0 and (named := _anchored(checker, index, t, text, ends, told[t.para], sums)) is not None \
                and _whole_named(gate, t, named):
            formula, a, b = named  # 通关便利化服务和应急处置任务合计: the rows its sentence names (entities.py)
            done(i, "derived", [a, b] if b is not None else [a], formula=formula)
            derived_at[i] = (t, formula, a, b if b is not None else a)
            stated = state(t)
            if _added_up(formula):  # a sum of the named rows: the whole of a share after it (合计…，占48.34%)
                sums[id(stated)] = [(a,)] if b is None else [(a,), (b,)]
            if " ÷ " in formula and "占" in t.clause[-10:] and b is not None:
                whole_of[id(a)] = b
        elif not reason0 and (each := row_per_unit(index, checker, t, text, mentions, results, direct_facts, i)) \
                is not None:
            formula, a, b = each  # 参营452人…；每名营员平均经费: its record's money over that count (rows.py)
            done(i, "derived", [a, b], formula=formula)
            derived_at[i] = (t, formula, a, b)
        elif not reason0 and (each := named_per_unit(index, checker, t, text, told[t.para])
                              or told_money_per_source_count(index, checker, t, text, told[t.para])) is not None:
            formula, a, b = each  # 按鉴定检测支出计，每栋…: the named item's money over the count told; 运维费784000元
            done(i, "derived", [a, b], formula=formula)  # 折合每笔订单: the sum told over the sources' count (perunit.py)
            derived_at[i] = (t, formula, a, b)
        elif (rowset := counted_set(index, mentions, direct_facts, i, text)) is not None:
            done(i, "derived", rowset[1], formula=rowset[0])  # 为四项中最低 / 两块执行率差: the rows of the table its
            # sentence traces (sets.py)
        elif not reason0 and (bounds := bounds_of(m.value, t)):  # (after the derivations: 两轮合计…3.00万人次 is the sum
            # of the rounds told, though ≥3万人次 is the target's bound)
            done(i, "unsupported", bounds[:3], reason="来源中该数值是界限或目标值（不少于 / ≥ …），不是实际完成值 / the "
                                                      "sources state this value as a bound or target, not a result")
        else:
            done(i, "unsupported", near,
                 reason=reason0 or "来源中没有，也无法由相关数字一步推算 / not in sources, not derivable from related figures")

    unmet_claims(text, mentions, results, direct_facts, index.groups)  # 52所，超额完成年度目标 against ≥60所
    return _Traced(results, clause_at, targets, unrestated, whole_of, unbound, checker._bounds)


def _report(text: str, index: SourceIndex, mentions: list[NumberMention], paras: list[int],
            results: list[MentionCheck | None], clause_at: list[str | None]) -> CheckReport:
    """The last pass over every verdict (a count before a sum, restatements, comparison words, the spans a reader
    marks), then the totals."""
    out = cast(list[MentionCheck], results)
    for i, r in enumerate(out):  # 两次合计298人次: a count right before a sum counts the sum's items
        if r.status == "unsupported" and i + 1 < len(out) and (items := _sum_counted(text, mentions, out, i)):
            out[i] = _mention_check(mentions[i], "derived", list(out[i + 1].evidence[:2]),
                                    f"{items} = {mentions[i].text}（其后合计的各项）", "", [])
    restated_otherwise(text, mentions, out, paras, clause_at)  # 每件案件查办经费10838.24元…每件案件查办经费11166.67元
    contradicted_shares(text, mentions, out, clause_at)  # 城关站…占29.40% … 城关站占比超过三成: that share again
    contradicted_comparisons(text, mentions, out)  # 93.8%，高于95%的目标: both true, the word false
    for r, m in zip(out, mentions):
        if m.approx is not None or m.kind == "date" or (m.start and text[m.start - 1] in _QUOTE_OR_SIGN) \
                or (text[m.end:m.end + 1] in "前以内" and text.startswith(("前", "以内", "内"), m.end)):  # 10月底前, 不低于90%, “=12期”: as a reader marks it
            a, b = reader_span(text, m, [e.text for e in r.evidence])  # (numbers.reader_span)
            if (a, b) != (m.start, m.end):
                r.__dict__.update(text=text[a:b], start=a, end=b)
    counts = Counter(map(_STATUS, out))
    summary = CheckSummary(numbers=len(mentions) - counts["ignored"], sources=list(index.names),
                           facts=len(index.facts), ok=counts["unsupported"] == 0,
                           **{s: counts[s] for s in STATUSES})
    return CheckReport.model_construct(mentions=out, summary=summary, warnings=list(index.warnings))


_ROLE_BETWEEN = re.compile(r"[\s，,、（(）)]|预算完成率|完成率|执行率|支出率|结余|节余|年末|全年|预算|实际|执行|支出|为|是|达到|达|仅"
                           r"|调整率|调整幅度|增幅|降幅|减幅|调增|调减")  # (全年预算535.60万元，增幅: that budget's rate;
# 全年预算调整为486.50万元，调增: that budget's change, whatever line the sentence named before it)


def _part_of_year(clause: str) -> bool:
    """Do the words give a part of the year (上半年, 三季度, 1-6月)? Every such word holds 季, 半 or 月: most clauses
    hold none, and no pattern is run."""
    return ("季" in clause or "半" in clause or "月" in clause) and said_period(clause) not in (None, "1-12")


_SUM_AFTER_COUNT = re.compile(r"(?:合计|共计|总计|共)(?:为|达|约)?$")


def _sum_counted(text: str, mentions: Sequence[NumberMention], out: Sequence[MentionCheck], i: int) -> str | None:
    """The items of the sum right after count i (两次合计298人次: 186人次 + 112人次) when they are as many as it
    counts, else None."""
    m, nxt, r = mentions[i], mentions[i + 1], out[i + 1]
    if m.value is None or m.hi is not None or m.scale or m.value != m.value.to_integral_value() \
            or not 2 <= m.value <= 12 or len(m.base_unit) != 1 or m.base_unit in "元%" \
            or r.status != "derived" or not r.formula or " = " not in r.formula:
        return None
    if not _SUM_AFTER_COUNT.search(text, m.end, nxt.start) or nxt.start - m.end > 4:
        return None
    items = r.formula.split(" = ")[0].split(" + ")
    if len(items) != m.value or any(c in r.formula for c in "×÷−"):
        return None
    return "、".join(items)


def _earlier(f: _Fact, now: int | None) -> bool:
    """Whether a fact is of a year before the report's (上年 / 2023年 in a report on 2024)."""
    return f.ytag is not None and f.ytag != now and (f.ytag < 0 or now is None or f.ytag < now)


def _whole_named(gate: Roles, t: _Target, found: tuple[str, _Fact, _Fact | None]) -> bool:
    """Whether a derivation's whole fits what the words after 占 name (Roles.whole_fits) — a share only."""
    formula, a, b = found
    return b is None or t.family != "%" or "占" not in t.clause or " ÷ " not in formula or formula.startswith("(") \
        or gate.whole_fits(t, b, a)


# the words opening a clause that name the project's whole (项目全年预算 / 本项目执行 / 项目整体执行率), never its
# 项目支出 line
_WHOLE_NAMED = re.compile(r"(?:本|该|整个)?项目(?!支出)(?:全年|年度|整体|总体|总)?(?:预算|资金|经费|年初|执行|支出)")
_SIMPLE_SHARE = re.compile(r"^[^\s（）()]+ ÷ [^\s（）()]+ × 100% = ")  # a ÷ b × 100% of two figures, nothing compound


def _bracketed_share(t: _Target, formula: str, a: _Fact, b: _Fact) -> str | None:
    """The formula of a share stated in brackets right after an approximate word derived as a ÷ b (超过三分之一（36.07%）):
    a ÷ b at the bracket's precision, else None."""
    if not _SIMPLE_SHARE.match(formula) or not b.mag:
        return None
    with localcontext(_CTX):
        d = a.mag / b.mag * HUNDRED
    return f"{a.written} ÷ {b.written} × 100% = {t.m.text}" if _close(d, t.x, t.q) is not None else None


def _role_anchor(mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None],
                 direct_facts: dict[int, Sequence[_Fact]], i: int, text: str, s0: int) -> Sequence[_Fact]:
    """The facts of the figure its sentence traced last before mention i when only role words and figures derived
    from the text stand between (实际支出2486.91万元，预算完成率93.76%，年末结余): the roles gate's line for a role-only
    clause. () when none."""
    j, end = i - 1, mentions[i].start
    while j >= 0 and mentions[j].start >= s0:
        between = text[mentions[j].end:end]
        if _ROLE_BETWEEN.sub("", between):
            return ()
        if j in direct_facts and mentions[j].base_unit != "%":
            return direct_facts[j]
        r = results[j]  # (a rate between, traced or derived: the same line's — 预算完成率93.76%，年末结余)
        if r is None or r.status not in ("derived", "ignored") and not (r.status in _DIRECT and mentions[j].base_unit == "%"):
            return ()
        end = mentions[j].start
        j -= 1
    return ()


_EACH_OF = re.compile(r"(?:合计|共计|总计|共|累计)[为达有计]?$")  # …，合计184件: a sum right before its figure


def _each_sum(i: int, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None],
              direct_facts: dict[int, Sequence[_Fact]], t: _Target, text: str, s0: int
              ) -> tuple[str, list[_Fact], int] | None:
    """'第三、第四季度各92件，合计184件': a sum right after a figure its sentence gives to each (各) of the items listed
    before 各 (joined by 、 / 和 / 与 / 及), the figure traced: that figure times the number of items. (formula, the
    figure's facts) or None."""
    if i == 0 or not _EACH_OF.search(t.clause):
        return None
    j = i - 1
    while j >= 0 and mentions[j].ignored and mentions[j].start >= s0:
        j -= 1
    if j < 0 or mentions[j].start < s0 or text[mentions[j].start - 1:mentions[j].start] != "各" \
            or (r := results[j]) is None or r.status not in ("exact", "derived") or mentions[j].base_unit != t.m.base_unit:
        return None
    a = mentions[j]
    lo = max(s0, max(text.rfind(c, s0, a.start) for c in "，,；;：:") + 1)
    items = [w for w in re.split(r"、|和|与|及", text[lo:a.start - 1]) if w.strip()]
    if len(items) < 2 or a.value is None:
        return None
    if a.value * len(items) != t.m.value:
        return None
    facts = list(direct_facts.get(j, ()))[:1]
    return f"{a.text} × {len(items)}（{'、'.join(items)}各{a.text}） = {t.m.text}", facts, len(items)


# a list of dates around a date (4月9日、10月15日 / 7月9日和7月21日): what runs on after the list's last date
_DATE_ITEM = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
_DATES_AHEAD = re.compile(rf"(?:[、和及与]{_DATE_ITEM})+")
_DATE_BEHIND = re.compile(r"\d日[、和及与]$")
_DATES_BEFORE = re.compile(rf"{_DATE_ITEM}[、和及与]?")
_EVENT_STOP = re.compile(r"[，,。；;：:！？!?\n（(]")
_COUNTED_TIMES = re.compile(r"^[两二三四五六七八九十\d]{1,2}[次场轮批天个]")  # 两次: the list's count, no event word
_COUNTS_BEFORE = re.compile(r"[两二三四五六七八九十\d]{1,2}[次场轮批天个]")


# 占15.53%，均不足两成 / ，都超过一成: an approximation word each of the shares before it bears
_EACH = re.compile(r"\s*[）)]?(?:[\u4e00-\u9fff]{0,6}[，,])?\s*(?:均|都|皆|全部|均已|也都)(?:为|在)?\s*")


def _each_restated(t: _Target, mentions: Sequence[NumberMention], results: Sequence[MentionCheck | None], i: int,
                   text: str, told: set[int]) -> str | None:
    """'勘验占16.33%，信息化监控运维90.60万元占15.53%，均不足两成': the shares of the approximation's own clause (from the
    ；/。 before it), two at least, all traced, each borne out by the word — the formula, or None."""
    c0 = max(text.rfind(c, 0, t.m.start) for c in "。；;！？!?\n") + 1
    shares = [j for j in range(i) if mentions[j].start >= c0 and mentions[j].base_unit == "%"
              and mentions[j].value is not None and mentions[j].hi is None and not mentions[j].approx]
    if len(shares) < 2 or any(id(mentions[j]) not in told and ((r := results[j]) is None or r.status not in (
            "exact", "approximate", "converted", "derived")) for j in shares) \
            or not all(restates(t, mentions[j].value) for j in shares):  # (traced: told, or judged before it)
        return None
    return "、".join(mentions[j].text for j in shares) + f"（均{t.m.text}）"


def _listed_event(text: str, m: NumberMention) -> frozenset[str]:
    """The words of the event a list of dates names after its last date (汛期7月9日、7月21日两次通过应急广播发布暴雨
    预警 → 应急广播, 暴雨预警 …) when the date is one of such a list; empty otherwise."""
    ahead = _DATES_AHEAD.match(text, m.end)
    if ahead is None and not _DATE_BEHIND.search(text, max(0, m.start - 3), m.start):
        return frozenset()
    end = ahead.end() if ahead is not None else m.end
    if text[end:end + 1] in ("）", ")"):  # 两次强降雨险情（6月17日、7月2日）: a bracketed list's event is before it
        k = max(text.rfind("（", max(0, m.start - 40), m.start), text.rfind("(", max(0, m.start - 40), m.start))
        if k < 0:
            return frozenset()
        words = text[max([text.rfind(c, max(0, k - 40), k) for c in "，,。；;：:\n"]) + 1:k]
        return tokens(_COUNTS_BEFORE.sub("", words)) - _ROLE_MARKS
    stop = _EVENT_STOP.search(text, end, end + 40)
    words = text[end:stop.start() if stop is not None else min(len(text), end + 40)]
    head = _DATES_BEFORE.sub("", text[max([text.rfind(c, max(0, m.start - 40), m.start) for c in "，,。；;：:\n"]) + 1:
                                      m.start])  # 联合执法检查分别于4月9日、10月15日开始: or the words before it
    return (tokens(_COUNTED_TIMES.sub("", words)) | tokens(head)) - _ROLE_MARKS


# the words of a comparison right before its base (比20个工作日的限时少 / 低于10个工作日的要求)
_COMPARED_BASE = re.compile(r"(?:比|较|低于|高于|少于|多于|快于|慢于|短于|长于|优于)(?:规定|要求|目标|计划|时限|标准)?的?$")


def _compared_bound(index: SourceIndex, mentions: Sequence[NumberMention], direct_facts: dict[int, Sequence[_Fact]],
                    i: int, text: str, s0: int, t: _Target) -> _Fact | None:
    """常规检验平均14个工作日，比20个工作日的限时少6个工作日: a figure the words compare the result just traced with
    is the target or bound the record of that result states (≤20个工作日 beside its 14) — that fact, or None."""
    m = mentions[i]
    if not i or m.hi is not None or m.approx or not _COMPARED_BASE.search(text, max(s0, m.start - 8), m.start):
        return None
    j = i - 1
    while j >= 0 and mentions[j].start >= s0 and (mentions[j].ignored or j not in direct_facts):
        j -= 1
    if j < 0 or mentions[j].start < s0 or j not in direct_facts:
        return None
    f0 = direct_facts[j][0]
    return next((f for f in index.groups[f0.group] if f.family == t.family and f.mag == t.x and f.date is None
                 and _is_target(f)), None)


def _set_count_error(index: SourceIndex, i: int, mentions: Sequence[NumberMention], text: str, s0: int,
                     direct_facts: dict[int, Sequence[_Fact]]) -> tuple[str, list[_Fact]] | None:
    """Why the count of a set a row is compared within (在六个县（市、区）中最少) is wrong: the sources list that set
    with another count, or the figure right before it, a row's source figure, is not the extreme the words say among
    its table's rows. None when neither."""
    m = mentions[i]
    lists = index.lists_named(m, text)
    if lists and all(f.value != m.value for f in lists):  # (a list of its count among them: the one it names)
        return LISTED_OTHERWISE, lists[:1]
    j = i - 1  # the figure right before it (占70.59%，在三类课题中最低: the share's extreme, not its count's)
    if j < 0 or j not in direct_facts or mentions[j].start < s0:
        return None
    ents = index.entities()
    f = direct_facts[j][0]
    if ents.rows and extreme_fails(ents, text[m.end:], f):
        return NOT_EXTREME, [f]
    return None


def _anchored(checker: _Checker, index: SourceIndex, t: _Target, text: str, ends: list[int],
              told: Sequence[tuple[_Target, _Fact, Sequence[_Fact]]], sums: dict[int, list[Sequence[_Fact]]]
              ) -> tuple[str, _Fact, _Fact | None] | None:
    """The anchored search (entities.py): a figure derived from the rows its sentence names, or equal to a computed
    attribute (结余, 执行率, 调整额) of the one row its own words name. Only for a figure no stage found."""
    ents = index.entities()
    if not ents.rows:
        return None
    s0 = ends[t.sent - 1] if t.sent else 0
    said = direction(t.clause) or ("−" if t.m.value < 0 else "+")
    for f in singles(ents, t, text, s0):
        if f.family == t.family and fits(checker, t, f.mag) and \
                ((f.value > 0) == (said == "+") if f.head.startswith("调整") else (f.value < 0) == (t.m.value < 0)):
            return f.written, f, None  # (调增 of a budget cut, a 调整率 of 8.89% for −8.89%: no)
    if (half := period_sum(checker, ents, t, text, s0) or counted_rows(checker, ents, t, text, s0)) is not None:
        return half  # 上半年支出… / 三个重点项目合计: the sum of the rows a period or a count names
    if (each := per_unit(checker, ents, t, text, s0, told)) is not None:
        return each  # 场均活动经费，芗城区21840元: the named row's 活动经费 over its 交流活动(场)
    if (mean := mean_per_row(checker, ents, t, text, s0)) is not None:
        return mean  # 平均每个县（市）2210群: the table's 合计 over its rows
    if (rest := rest_of_rows(checker, ents, t, text, s0)) is not None:
        return rest  # 其中东湖区126场、西岭区98场，其余四个县（市）合计376场: the table's other rows
    if (ratio := row_ratio(checker, ents, t, text, s0)) is not None:
        return ratio  # 青年课题结项24项，占本类立项的70.59%: the named row's 结项 over its own 立项
    pairs, summed = anchored_pairs(ents, t, text, s0, [e for e in told if id(e[1]) in sums], sums)
    if _SUMS.search(t.clause) or _SUM_OF.search(t.clause):
        for f in summed:  # 精品创作扶持、惠民演出和人才培训三项任务合计: the sum of the rows it names
            if f.src >= 0 and f.family == t.family and fits(checker, t, f.mag):
                return f.written, f, None
    pairs = pairs[:MAX_PAIRS]
    own = {id(f) for e in ents.named(t.clause) for f in e.attrs.values()}  # a row its own words name (市级资金支出占)
    found = computed_shares(checker, t, pairs, set(map(id, summed)), own) or rate_gaps(t, text, s0, ents, pairs)
    found = checker.same_subject(t, found)
    return found[0] if found else None


def _numeral_row(index: SourceIndex, text: str, m: NumberMention) -> _Fact | None:
    """A figure of the row of the sources whose name the text writes from m on (三台片 at 三台), if any."""
    rows = numeral_rows(index)
    if not rows:
        return None
    end = m.end
    while end < len(text) and end - m.end < 6 and "\u4e00" <= text[end] <= "\u9fff":
        end += 1
    return next((rows[name] for k in range(end, m.end, -1) if (name := text[m.start:k]) in rows
                 and numeral_name(name, m)), None)


def _in_key_name(index: SourceIndex, term: str) -> Evidence | None:
    """The source field whose name holds `term` (a number and the two characters after it), as evidence."""
    k = index._key_blob.find(term)
    if k < 0:
        return None
    key = index._key_blob[index._key_blob.rfind("\n", 0, k) + 1:].split("\n", 1)[0]
    src, path = index.key_names[key]
    return _construct(Evidence, source=index.names[src], location=path, text=key)
