"""Stage 3, shares whose operands are SOURCE facts: which whole a share is of when its words name none (占 alone,
or a fraction word right after an amount). The nearest whole the text set up comes first — the whole its own
shares of the same items were of — before the unit's overall totals (see match._Checker.part_rival, which takes
a whole the paragraph's shares were of as named).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Mapping, Sequence

from ..numbers import _int_any
from ..subjects import tokens
from ._common import COMPARATIVES, HUNDRED, comparatives, _LAST_YEAR, _ROLE_MARKS, _TOTAL_MARK
from ._common import last_mark
from .context import _phrase, _share_whole
from .derive import (_HOW_MANY, _MEASURES, _PART_OF_YEAR, _RATE_FAMILIES, _TOTAL_OF, MAX_LISTED, _Told, _best_named, _dedupe,
                     _line_budget, _line_rates, _sum_whole, whole_rates)
from .index import SourceIndex, _Fact
from .match import _MONEY_RATE, _Target, _fits, _is_bound
from .stated import _common_wholes


# 合计228.86万元，接近六成 / 18.64万元，不足一成: the amount and the word (its approximation included) one comma apart
_DEGREE = r"(?:刚刚|刚|已经|已|仅仅|仅|才|只|略|稍)"  # 刚超过一成: how the figure stands to the word, no words of its own
_RIGHT_AFTER = re.compile(r"[，,]\s*" + _DEGREE + "?")


def bare_share_pairs(index: SourceIndex, t: _Target, text: str, told: Sequence[_Told],
                     sums: Mapping[int, Sequence[Sequence[_Fact]]], whole_of: Mapping[int, _Fact]
                     ) -> list[tuple[_Fact, _Fact]]:
    """'生活救助与医疗救治合计228.86万元，接近六成' / '节能改造92.70万元，不足一成': an approximate rate right after an
    amount, its clause stating nothing else, is that amount's share of its whole — the whole the text's own shares
    of it (or of the items of a sum it stated) were of, else the whole its source record states it is a part of.
    `told`: the traced figures of the mention's paragraph; `sums` and `whole_of` as in run._check."""
    if t.family != "%" or not t.m.approx or t.clause and not re.fullmatch(_DEGREE, t.clause):
        return []
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start), key=lambda e: e[0].m.start,
               default=None)  # the figure right before the word: its part
    if last is None:
        return []
    u, part, facts = last
    if part.family in _RATE_FAMILIES or u.m.hi is not None or not _RIGHT_AFTER.fullmatch(text, u.m.end, t.m.start):
        return []
    items = sums.get(id(part)) or [(part, *facts[:1])]
    wholes = _common_wholes(index, items, whole_of)
    if not wholes:  # 项目支出中：A…，占41.23%；…。节能改造92.70万元，不足一成: a row of the breakdown whose other rows'
        # shares its paragraph stated is of their whole
        mine = [f for item in items for f in item if f.src >= 0]
        wholes = [w for _, f, fs in told for g in (f, *fs[:1]) if (w := whole_of.get(id(g))) is not None
                  and any(g.src == x.src and g.role == x.role and g.family == x.family for x in mine)]
        # 宣传培训经费18.64万元，不足一成: of what its breakdown (支出构成, with no 合计) adds up to
        wholes += [w for x in mine for w in _sum_whole(index, x)]
    # the part as the text states it, or as its source does where that is the whole's unit (186400 of 1948372)
    return [(next((x for x in (part, *facts[:1]) if x.family == w.family), part), w) for w in _dedupe(wholes)
            if abs(w.mag) > abs(part.mag)]


_LIST_INDEX = re.compile(r"\[\d+\]")  # 项目支出明细[2].调整预算: the list's field, whatever the item


def list_sum(index: SourceIndex, t: _Target) -> tuple[str, list[_Fact], Decimal] | None:
    """'四个项目调整预算合计962.00万元' / '三所学校改造资金共计…': the sum of the field the words name over the records of
    one source list, when the list holds as many records as the words count (项目支出明细's four 调整预算, not the
    资金来源's two nor the unit's own) — the formula, the facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None or (tm := _TOTAL_OF.search(t.clause)) is None:
        return None
    before = t.clause[: tm.start()]
    hm = None
    for hm in _HOW_MANY.finditer(before):
        pass
    if hm is None or hm[2] not in _MEASURES or (n := _int_any(hm[1])) is None or not 2 <= n <= MAX_LISTED:
        return None
    words = _phrase(tm[1] or before[: hm.start()] + " " + before[hm.end():]) - _ROLE_MARKS
    named = index.naming(t.family, words).values() if words else ()
    top = max((k for k, _ in named), default=0)
    lists: dict[tuple[int, str], list[_Fact]] = {}
    for k, f in named:
        if k == top >= min(2, len(words)) and f.src >= 0 and "[" in f.location and f.role != "target" \
                and not _is_bound(f) and f.ytag in (None, index.year_now):
            lists.setdefault((f.src, _LIST_INDEX.sub("[]", f.location)), []).append(f)
    fits = [facts for facts in lists.values() if len(facts) == n]
    if len(fits) != 1:
        return None
    facts = sorted(fits[0], key=lambda f: f.seq)
    total = sum((f.mag for f in facts), Decimal(0))
    if not _fits(t, total):
        return None
    return " + ".join(f.written for f in facts) + f" = {t.m.text}", facts, total


# 南、北支渠 / 东、西片区: items of one single character listed with 、 before the name they share
_SHARED_HEAD = re.compile(r"((?:[\u4e00-\u9fff]、)+)([\u4e00-\u9fff])([\u4e00-\u9fff]+)$")
MAX_HEAD = 4  # characters of the shared name (支渠, 干渠, 片区, 分馆)
_SUM_WORDS = frozenset({"合计", "共计", "总计", "累计"})


def shared_head_sum(index: SourceIndex, t: _Target, text: str, told: Sequence[_Told]
                    ) -> tuple[str, list[_Fact], Decimal] | None:
    """'南、北支渠合计22.9公里' / '南、北支渠衬砌修复仅2.9公里': items listed with 、 that share the name after the last
    one (南支渠, 北支渠) are each a source row; the figure is the sum of their figures in the mention's unit — of the
    column the words after the name say (衬砌修复), else of the column of the figure its sentence traced last in that
    unit (总干渠18.4公里 of 清淤长度). The formula, the facts and their sum, or None."""
    if t.family in _RATE_FAMILIES or t.m.approx or t.m.hi is not None:
        return None
    k = t.m.start
    hm = _SHARED_HEAD.search(text, max(text.rfind(c, max(0, k - 40), k) for c in "，,。；;：:\n") + 1, k)
    if hm is None:  # (the clause ends at 、: the list is read from the text)
        return None
    firsts = hm[1].split("、")[:-1] + [hm[2]]
    fam = lambda f: f.family == t.family and f.role != "target" and not _is_bound(f) \
        and f.ytag in (None, index.year_now)  # noqa: E731
    for k in range(min(MAX_HEAD, len(hm[3])), 0, -1):  # the longest shared name every item's row has
        head, rest = hm[3][:k], hm[3][k:]
        rows = [_best_named(index, tokens(x + head), keep=fam, need=len(tokens(x + head))) for x in firsts]
        if all(rows):
            break
    else:
        return None
    column = _phrase(rest) - _ROLE_MARKS - _SUM_WORDS
    if not column:  # the column of the sentence's last traced figure in this unit, less its row's own words
        last = [f for u, f, _ in told if u.sent == t.sent and u.m.end <= t.m.start and f.family == t.family
                and f.src >= 0]
        if last and (f := last[-1]).group >= 0:  # (its words no other figure of its row in that unit has)
            column = f.subj - _ROLE_MARKS - frozenset().union(
                *(g.subj for g in index.groups[f.group] if g is not f and g.family == f.family))
    picked = []
    for facts in rows:
        own = [f for f in facts if column and column & f.subj] if len(facts) > 1 else facts
        if len(own) != 1:
            return None
        picked.append(own[0])
    total = sum((f.mag for f in picked), Decimal(0))
    if len({id(f) for f in picked}) != len(picked) or not _fits(t, total):
        return None
    return " + ".join(f.written for f in picked) + f" = {t.m.text}", picked, total


# ---- gaps in 个百分点 between two items' rates, in every comparative form ----------------------------------------
# The figure a rate of one item is above or below another's: 比东兴市低 / 较全年低 / 高出省级资金 / 低于市级财政资金 /
# 与基本支出相比低 / 比基本支出的99.76%低 / 与县级资金相差 / 两类资金执行率相差 / (执行率97.26%，)省级业务补助低.
# Each side is the rate its words name: a rate the text stated (its paragraph's, the words it was stated with), else
# the sources' — a rate they state, a funding line's 执行 over its budget (执行率), or the rate of the row the words
# name computed as the subject's own rate was (49 ÷ 51 of 上思县 → 58 ÷ 58 of 东兴市). Words that name no item (上年,
# 目标, 计划, a figure) leave the comparison to the year's and the target's rules (derive._compared_pairs).
_PCT = r"(?:约|近)?\d+(?:\.\d+)?%"
_SIDE = r"(?P<ref>[^，,。；;：:！？!?\n\d%（）()]{1,20}?)(?:的?(?P<rp>" + _PCT + r"))?"
_UP_DIR = tuple(w for w, side in COMPARATIVES.items() if side == "+") + ("提高", "上升", "高", "多")
_GAP_FORMS = (
    # 比东兴市低 / 较全年低 / 比基本支出的99.76%低 / 相比于县级资金高出
    re.compile(r"(?:(?<![相与和同跟])比|(?<![相比])较|相比于|相较于|对比)" + _SIDE
               + r"[，,]?(?:要|还|则|约)?(?P<dir>高出|提高|降低|下降|上升|高|低|多|少)了?约?$"),
    # 高出省级资金 / 低于市级财政资金 / 落后于全市平均
    re.compile(r"(?P<dir>" + comparatives("+", "−") + ")" + _SIDE + r"约?$"),
    # 与省级补助资金相比（，）低
    re.compile(r"(?:与|和|同|跟)" + _SIDE + r"(?:相比|相较|比较)[，,]?(?:要|还|则|约)?(?P<dir>高出|高|低|多|少)了?约?$"),
    # 与县级财政资金相差 / 和基本支出的差距为
    re.compile(r"(?:与|和|同|跟|、)" + _SIDE + r"(?:之间)?的?(?:相差|之差为?|差距为?|差值为?|差)了?约?$"),
)
# 两类资金执行率相差 / 两者相差 / 二者之间差距为: the two items the paragraph or the sources set side by side
_BOTH = re.compile(r"(?:两类|两项|两者|二者|两种|两条|两个|两)(?P<ref>[^，,。；;：:！？!?\n\d%]{0,12}?)(?:之间)?的?"
                   r"(?:相差|之差为?|差距为?|差值为?|差)了?约?$")
# (执行率97.26%，)省级业务补助低: a clause naming an item and how its rate stands to the rate just stated
_BARE_GAP = re.compile(r"(?:^|[，,])(?P<ref>[\u4e00-\u9fff]{2,16}?)(?:则|要|还)?(?P<dir>高出|提高|降低|下降|上升|高|低|多|少)了?约?$")
# words that compare with a year, a target or a standard: no item's rate (derive._compared_pairs takes these)
_NOT_AN_ITEM = re.compile(r"上年|去年|上一年|前一年|同期|目标|计划|预期|指标|年初|时限|标准|上限|下限|要求|预算|(?:19|20)\d\d年")
_RATE_AT_END = re.compile(r"的?(?:[\u4e00-\u9fff]{1,2}率|进度|比例|占比)(?:为|是)?$")
_RATE_NAME = re.compile(r"([\u4e00-\u9fff]{2})(?:率|(?<![季年])度)(?:为|是|达到|达)?$")  # 办结率 / 满意度: the rate's name
_YEAR_ONLY = re.compile(r"(?:全年|年度|本年|今年|当年)(?:平均|整体|总体)?(?:水平)?")  # 比全年低: the year's own rate
_GAP_WORDS = frozenset({"执行", "行率", "支出", "出率", "完成", "成率", "进度", "两类", "两项", "两者", "二者"})
MAX_GAP_SIDES = 4  # rates one side's words may name equally well


def _clause_start(text: str, lo: int, k: int) -> int:
    return max(text.rfind(c, lo, k) for c in "，,：:") + 1 if k > lo else lo


def _told_rates(text: str, t: _Target, told: Sequence[_Told], s0: int) -> list[tuple[_Target, _Fact, str]]:
    """The rates the mention's paragraph stated before it, each with the words it was stated with: its sentence's
    words since the rate before it in that sentence (第一季度受理38件，办结36件，办结率94.74% — all of them;
    省级资金执行率95.46%，市级资金执行率98.12% — 市级资金执行率 for the second)."""
    out = []
    prev_end: dict[int, int] = {}
    for u, f, _ in sorted(told, key=lambda e: e[0].m.start):
        if u.m.end > t.m.start or u.family != "%" or u.m.hi is not None:
            continue
        lo = last_mark(text, "。；;！？!?\n", u.m.start) + 1
        lo = max(lo, prev_end.get(lo, lo))
        prev_end[last_mark(text, "。；;！？!?\n", u.m.start) + 1] = u.m.end
        out.append((u, f, text[lo:u.m.start]))
    return out


def _side_words(phrase: str) -> frozenset[str]:
    return _phrase(phrase) - _ROLE_MARKS - _GAP_WORDS


def _rate_fact(a: _Fact, b: _Fact, r: Decimal) -> _Fact:
    return _Fact(r, r, "%", "%", "percent", a.src, a.location, a.snippet, a.group,
                 f"{a.written} ÷ {b.written}（{r.quantize(Decimal('0.01'))}%）", pmag=r, subj=a.subj, role="actual")


def _row_rates(index: SourceIndex, words: frozenset[str], made: Sequence[tuple[_Fact, _Fact]]) -> list[_Fact]:
    """The rate of the row the words name, computed from the same two columns as a rate of another row of its
    table was (`made`: that rate's operands): 东兴市's 完成整改 ÷ 发现隐患 where 上思县's was 49 ÷ 51."""
    out: list[_Fact] = []
    for a, b in made:
        if a.group < 0 or a.group != b.group:
            continue
        row = frozenset.intersection(*(f.subj for f in index.groups[a.group]))
        cols = (a.subj - row, b.subj - row)
        if not cols[0] or not cols[1] or cols[0] == cols[1]:
            continue
        found = []
        for col, like in zip(cols, (a, b)):
            named = [f for f in _best_named(index, words, need=1, keep=lambda f: f.src == like.src
                                            and f.family == like.family and f.group != a.group and col <= f.subj
                                            and f.role != "target" and not _is_bound(f))]
            found.append(named)
        for x in found[0]:
            for y in found[1]:
                if x.group == y.group and y.mag:
                    out.append(_rate_fact(x, y, x.mag / y.mag * HUNDRED))
    return _dedupe(out)


def _made_of(index: SourceIndex, u: _Target, words: frozenset[str]) -> list[tuple[_Fact, _Fact]]:
    """The two source figures of one row (a record the words name) whose quotient is the rate the text stated
    (49 ÷ 51 = 96.08 % of 上思县): how the text computed it."""
    if not words:
        return []
    rows = {f.group for f in _best_named(index, words, need=1, keep=lambda f: f.group >= 0
                                         and f.family not in _RATE_FAMILIES)}
    out = []
    for g in rows:
        pool = [f for f in index.groups[g] if f.family not in _RATE_FAMILIES and f.date is None and f.mag > 0]
        if len(pool) > MAX_ROW:
            continue
        out += [(a, b) for a in pool for b in pool if a is not b and a.family == b.family and a.mag <= b.mag
                and _fits(u, a.mag / b.mag * HUNDRED)]
    return out


MAX_ROW = 12  # cells of one row searched for the two a rate was computed from


def _source_rates(index: SourceIndex, words: frozenset[str], money: bool,
                  made: Sequence[tuple[_Fact, _Fact]], whole: bool = False) -> list[_Fact]:
    """The rates the sources give the item the words name, best named first: stated, a funding line's (money), or
    the row's computed as `made` was; those its words name best."""
    this_year = lambda f: not (f.ytag == -1 or f.ytag is not None and index.year_now is not None  # noqa: E731
                               and f.ytag < index.year_now)  # (a table titled 2024年… tags its cells 2024)
    if whole:  # 低于全县 / 比合计低: the rate of its table's 合计 row, stated or computed as the subject's was
        totals = [f for f in _best_named(index, _TOTAL_MARK, rates=True, need=1, keep=lambda f: f.family == "%"
                                         and this_year(f) and f.role != "target" and not _is_bound(f))]
        totals += _row_rates(index, _TOTAL_MARK, made)
        # 项目整体 / 部门整体: the root's own rate first, whatever its record is called (合计, 年度资金总额, the project)
        return _dedupe([*whole_rates(index), *totals])[:MAX_GAP_SIDES]
    if not words:
        return []
    pool = _best_named(index, words, rates=True, need=1, ranked=True,
                       keep=lambda f: f.family == "%" and f.role != "target" and not _is_bound(f) and this_year(f))
    if money:
        pool += _line_rates(index, words)
    pool += _row_rates(index, words, made)
    scored = [(len(words & f.subj), f) for f in _dedupe(pool)]
    top = max((n for n, _ in scored), default=0)
    return [f for n, f in scored if n == top and n >= min(2, len(words))][:MAX_GAP_SIDES]


def rate_gap_pairs(index: SourceIndex, t: _Target, text: str, told: Sequence[_Told]
                   ) -> list[tuple[_Fact, _Fact]] | None:
    """The pairs (higher, lower) of rates a 个百分点 gap between two named items is of (see _GAP_FORMS), or None
    when its words compare with no item of their own (上年, 目标, a figure) — the other rules then decide; [] when
    the words name two items of which one has no rate to be found."""
    if t.family != "pt" or t.m.hi is not None:
        return None
    s0 = last_mark(text, "。；;！？!?\n", t.m.start) + 1
    seg = text[s0:t.m.start]
    rates = _told_rates(text, t, told, s0)
    same_sent = [e for e in rates if e[0].sent == t.sent]
    form, gm = None, None
    for k, rx in enumerate(_GAP_FORMS):
        if (gm := rx.search(seg)) is not None:
            form = k
            break
    if form is None and (gm := _BOTH.search(seg)) is not None:
        form = -1
    if form is None and same_sent and (gm := _BARE_GAP.search(seg)) is not None \
            and gm.start("ref") >= same_sent[-1][0].m.end - s0 and not _COMPARING.search(gm["ref"]):
        form = -2
    if form is None or gm is None or _NOT_AN_ITEM.search(gm["ref"]):
        return None
    sign = None if form in (3, -1) else "+" if gm["dir"] in _UP_DIR else "-"
    if sign is not None and t.x < 0:  # 低-5.40个百分点: a gap below zero after its side word is on the other side
        sign = "-" if sign == "+" else "+"
    head = seg[: gm.start()]
    c0 = _clause_start(seg, 0, len(head))
    before = [e for e in same_sent if e[0].m.end <= s0 + gm.start()]  # the rates its sentence stated before
    # the rate compared: named in the words (中央资金执行率比…), else the one its sentence stated last
    said_name = lambda said: rm[1] if (rm := _RATE_NAME.search(said)) else None  # noqa: E731
    rate_name = said_name(head[c0:]) or said_name(gm["ref"]) or next(
        (n for _, _, said in before[::-1] if (n := said_name(said))), None)
    money = bool(_MONEY_RATE.search(seg)) or any(_MONEY_RATE.search(said) for _, _, said in same_sent)
    made = [p for u, _, said in same_sent for p in _made_of(index, u, _side_words(said))]

    def told_side(key: str, words: frozenset[str]) -> list[_Fact]:
        """The latest rate of that name its paragraph stated with the words the side has (or with its very words)."""
        hits = []
        year = bool(_YEAR_ONLY.fullmatch(key))
        for u, f, said in rates:
            if rate_name and said_name(said) != rate_name:
                continue
            score = 9 if key and key in said else len(words & _phrase(said))
            if not score and year and rate_name and not _PART_OF_YEAR.search(said) and not _LAST_YEAR.search(said):
                score = 1  # 三季度满意度96.1%，比全年低: the year's rate of that name, stated for no part of it
            if score and score >= min(2, len(words)):
                hits.append((score, u.m.start, f))
        if not hits:
            return []
        top = max(h[0] for h in hits)
        return [max((h for h in hits if h[0] == top), key=lambda h: h[1])[2]]

    def side(phrase: str, other: frozenset[str]) -> list[_Fact]:
        key = _RATE_AT_END.sub("", phrase.strip("的 ")).strip("的 ")
        words = _side_words(key)
        # 水质自动站…比空气自动站低: among the rates the text stated, 空气 tells the two apart, 自动站 does not
        return told_side(key, words - other or words) or _source_rates(index, words, money, made,
                                                                       bool(_WHOLE_SIDE.fullmatch(key)))

    if form == -1:  # both sides at once: the last two rates its paragraph stated of the rate named, else the lines'
        both = _dedupe(f for _, f, said in rates[::-1] if not rate_name or said_name(said) == rate_name)[:2]
        if len(both) < 2 and money:
            both = _two_lines(index, _side_words(gm["ref"]))
        return [(a, b) for a in both for b in both if a is not b] if len(both) == 2 else []
    rp = gm.groupdict().get("rp")
    if form == -2:  # (执行率97.26%，)省级业务补助低: the item named against the rate its sentence stated
        theirs = [same_sent[-1][1]]
        mine = side(gm["ref"], _phrase(same_sent[-1][2]))
    else:
        subject = head[c0:]
        own = _side_words(_RATE_AT_END.sub("", subject.strip("的 ")))
        stated = before[-1:] if not own else []  # 执行率95.03%，比基本支出…低: the rate stated right before
        mine_words = own or frozenset().union(*(_side_words(said) for _, _, said in stated))
        ref_words = _side_words(_RATE_AT_END.sub("", gm["ref"].strip("的 ")))
        if rp:  # 比基本支出的99.76%低: the rate written right there
            theirs = [f for u, f, _ in rates if u.m.start >= s0 + gm.start("ref")
                      and u.m.text.endswith(rp.lstrip("约近"))][-1:]
        else:
            theirs = side(gm["ref"], mine_words)
        mine = [f for _, f, _ in stated] if stated else side(subject, ref_words) if own else []
    if not mine or not theirs:
        return []
    if sign == "+":
        return [(a, b) for a in mine for b in theirs if a is not b]
    if sign == "-":
        return [(b, a) for a in mine for b in theirs if a is not b]
    return [p for a in mine for b in theirs if a is not b for p in ((a, b), (b, a))]


_COMPARING = re.compile(r"比|较|于|与|和|同|跟")
# 低于全县 / 比合计低: the whole of the table the rows are of
_WHOLE_SIDE = re.compile(r"全(?:县|市|区|镇|乡|州|盟|旗|站|馆|所|局|中心)(?:平均|总体|整体)?(?:水平)?|合计|总计|总体|整体|全部"
                         r"|(?:本|全)?(?:项目|资金|部门|单位)(?:整体|总体|平均)(?:水平)?")  # 低于项目整体 / 部门整体高出: the whole's own rate


def _two_lines(index: SourceIndex, words: frozenset[str]) -> list[_Fact]:
    """两类资金: the rates of the funding lines the words name together, when they name exactly two (a whole's
    合计 aside)."""
    if not words:
        return []
    spent = [f for f in _best_named(index, words, need=1, keep=lambda f: f.role == "actual" and f.family == "元"
                                    and f.ytag in (None, index.year_now) and not _is_bound(f))]
    lines: dict[int, _Fact] = {}
    for a in spent:
        if _TOTAL_MARK <= a.subj or not any(x is a and why == "part" for x, _, why in index.partners.get(id(a), ())):
            continue  # (a line is a part of the whole)
        b = _line_budget(index, a)
        if b is not None and b.mag and a.group not in lines:
            lines[a.group] = _rate_fact(a, b, a.mag / b.mag * HUNDRED)
    return list(lines.values())


# ---- a balance's share of a whole balance: 省级资金结余7.08万元，占项目结余的48.43% ------------------------------------
_BARE_BALANCE = re.compile(r"(?:其|其中)?(?:结余|节余|结存)(?:资金|金额)?")  # a balance the words name no line of
_HEAD_END = re.compile(r"[\d，,（(]")
_BALANCE_WHOLE = re.compile(r"(?:结余|节余|结存|未执行|未支出|未使用)(?:资金|金额|总额|总数|合计|额|数)?$")
# 项目结余 / 全部结余 / 部门结余资金: the balance of the whole, not of one line
_WHOLE_LINE = re.compile(r"^(?:全部|全年|总|整体|全|本)?(?:项目(?!支出)|部门|单位|全站|全馆|全所|全局|全中心)?(?:资金)?(?:总)?$")
MAX_BALANCE_WHOLES = 4  # lines the words may name as the whole whose balance a part's is of


def _line_balances(index: SourceIndex, line: str, named: frozenset[str] = frozenset()) -> list[_Fact]:
    """The balances (budget − spending) of the budget line the words name — its adjusted budget less its 执行, as a
    fact of the line: the whole (its lines' 合计, the record no other is a part of) for 项目 / 全部 / none; else the
    line the words name best (项目支出, 省级资金)."""
    pairs = [(a, b) for a, b, why in index.pairs if why == "role" and a.role == "actual" and b.role == "budget"
             and a.family == b.family and a.family in ("元", "") and b.mag > a.mag and a.ytag in (None, index.year_now)]
    if not pairs:
        return []
    words = _phrase(line) - _ROLE_MARKS
    if _WHOLE_LINE.fullmatch(line) or not words:
        picked = [(a, b) for a, b in pairs if not any(x is a and why == "part" for x, _, why in index.partners.get(id(a), ()))]
        if len(picked) > 1:  # lines a source nests under the whole without a 合计 tie (来源: {…}): the whole is the
            top = max(max(abs(a.mag), abs(b.mag)) for a, b in picked)  # largest budget, no line's
            picked = [(a, b) for a, b in picked if max(abs(a.mag), abs(b.mag)) == top]
    else:
        scored = [(_named_by_line(words, a), a, b) for a, b in pairs]
        top = max(n for n, _, _ in scored)
        picked = [(a, b) for n, a, b in scored if n == top and n >= min(2, len(words))]
    out = []
    for a, b in picked[:MAX_BALANCE_WHOLES]:
        d = b.mag - a.mag
        out.append(_Fact(d, d, a.family, a.unit, a.kind, a.src, a.location, a.snippet, a.group,
                         f"({b.written} − {a.written})", pmag=b.pmag - a.pmag, subj=a.subj | b.subj | named,
                         role="balance"))  # (a balance over a balance is a plain share, no 结余率 of a budget)
    return _distinct_values(out)


def _named_by_line(words: frozenset[str], f: _Fact) -> int:
    return len(words & f.subj)


def _distinct_values(facts: Sequence[_Fact]) -> list[_Fact]:
    seen: set[Decimal] = set()
    out = []
    for f in facts:
        if f.mag not in seen:
            seen.add(f.mag)
            out.append(f)
    return out


def balance_share_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told], exact_of: Mapping[int, _Fact] | None = None,
                        text: str = "") -> list[tuple[_Fact, _Fact]] | None:
    """'省级资金结余7.08万元，占项目结余的48.43%' / '占项目支出结余的45.46%': a share whose whole the words name as a
    balance is the figure its sentence stated before it over the balance of the line they name (see _line_balances) —
    None when the words name no balance as the whole. A part the text derived and rounded (结余4.76万元 of 47,580元)
    is taken at its exact value (`exact_of`: its stated fact's id → that value), as the whole is."""
    if t.family != "%" or (whole := _share_whole(t.clause)) is None or (bm := _BALANCE_WHOLE.search(whole)) is None:
        return None
    line = whole[: bm.start()]
    parts = [f for u, f, _ in sorted(told, key=lambda e: e[0].m.start) if u.sent == t.sent and u.m.end <= t.m.start
             and u.family not in _RATE_FAMILIES and u.m.hi is None and u.role != "target"][-1:]
    if exact_of:
        parts = [exact_of.get(id(f), f) for f in parts]
    if not parts and _BARE_BALANCE.fullmatch(t.clause[: t.clause.rfind("占")]) and text:
        # 省级资金执行率96.17%，结余占项目结余的79.77%: a balance its sentence told no figure of is the balance of the
        # line its sentence opens with
        s0 = max(text.rfind(c, 0, t.m.start) for c in "。；;！？!?\n") + 1
        head = _HEAD_END.split(text[s0:t.m.start], 1)[0]
        if _phrase(head) - _ROLE_MARKS and not _BALANCE_WHOLE.search(head):
            parts = _line_balances(index, head, _phrase(head))
    wholes = _line_balances(index, line, _phrase(whole))  # (named by the whole's words: it is their balance)
    return [(p, w) for p in parts for w in wholes if abs(w.mag) > abs(p.mag) and (p.family == w.family or "" in (p.family, w.family))]


# ---- budget adjustments of a named line: 市级资金调增36.00万元 / 全年预算调减7.37% -------------------------------------
# a change of a budget the words state: 调增 / 调减 / 追加 / 压减 / 核减 (and 调整率 after them)
_ADJUSTED = re.compile(r"(?:调增|调减|追加|压减|核减|调整|调剂|调入|调出)(?:了|后|为)?(?:率|幅度?)?(?:为|是|达)?$")
# the verb before the line it changes (调减其他资金 / 追加市级资金), the line's words ending the clause — never a level
# stated after the change (调增后全年预算为)
_ADJUSTED_LINE = re.compile(r"(?:调增|调减|追加|压减|核减|调入|调出)了?(?P<line>[^\d后为至到成的，,、]{2,12})$")
_ON_INITIAL = re.compile(r"(?:较|比|与)年初(?:预算|安排)?(?:数|相比)?")
_WHOLE_BUDGET = re.compile(r"(?:全年|年度|本年|全部|全)?(?:项目|部门|单位)?(?:全年|年度)?(?:总)?(?:预算|资金|经费)?(?:总额|总数)?")


def _line_words_of(clause: str) -> frozenset[str]:
    from .derive import _line_words
    return _line_words(clause)


def adjustment_pairs(index: SourceIndex, t: _Target) -> list[tuple[_Fact, _Fact]] | None:
    """'市级资金调增36.00万元' / '全年预算调减7.37%': a change of a budget whose own clause names the line (or, with
    words naming no line — 全年预算 / 项目预算 — the whole) is that line's adjusted budget against its initial one, and
    no other line's (36.00 of 省级资金's is no 市级资金's change) — None when the clause names no budget change or
    no line (调整率 after an amount: the same pair as that amount, see derive._same_pair)."""
    if t.family not in ("元", "%") or t.m.hi is not None:
        return None
    if (am := _ADJUSTED.search(t.clause)) is not None:
        said = _ON_INITIAL.sub("", t.clause[: am.start()])  # 全年预算较年初调增: 年初 is the change's base, no item
    elif (am := _ADJUSTED_LINE.search(t.clause)) is not None:
        said = am["line"]  # 年中调减其他资金12.00万元: the verb first, the line it changes after it
        # (direction() reads a verb ending its clause: here the verb itself says which way, adjusted − initial)
        up = am[0].startswith(("调增", "追加", "调入"))
    else:
        return None
    if not said or _COMPARING.search(said) or _NOT_BUDGET.search(said):
        return None  # 比年初调增 / 较上年: a comparison; 调整后执行: no budget's change
    words = _line_words_of(said)
    # (调减项目资金 after its verb: the words name a line where one is named so — a department's 项目支出)
    whole = bool(_WHOLE_BUDGET.fullmatch(said)) and not (am.re is _ADJUSTED_LINE and words)
    if not whole and not words:
        return None
    pairs = [(a, b) for a, b, why in index.pairs if why == "role" and {a.role, b.role} == {"budget", "initial"}
             and a.family == b.family and a.family in ("元", "") and a.ytag in (None, index.year_now)]
    pairs = [(a, b) if a.role == "budget" else (b, a) for a, b in pairs]
    if not pairs:
        return None
    if whole:  # the whole's: a budget no other is a part of
        picked = [(a, b) for a, b in pairs if not any(x is a and why == "part" for x, _, why in index.partners.get(id(a), ()))]
        if len(picked) > 1:  # lines a source nests under the whole without a 合计 tie (来源: {…}): the whole is the
            top = max(max(abs(a.mag), abs(b.mag)) for a, b in picked)  # largest budget, no line's
            picked = [(a, b) for a, b in picked if max(abs(a.mag), abs(b.mag)) == top]
    else:
        scored = [(len(words & (a.subj | b.subj)), a, b) for a, b in pairs]
        top = max(n for n, _, _ in scored)
        if top < min(2, len(words)) and not (top and words & _LEVELS):
            return None  # words naming no budget line (宣传费调增): the other rules decide
        picked = [(a, b) for n, a, b in scored if n == top]
        # a whole ahead of its parts: four lines or more (by source and by nature) never crowd the whole's pair out
        picked.sort(key=lambda p: any(x is p[0] and why == "part" for x, _, why in index.partners.get(id(p[0]), ())))
    if am.re is _ADJUSTED_LINE and t.family == "元":
        return [(a, b) if up else (b, a) for a, b in picked[:MAX_BALANCE_WHOLES]]
    return [p for a, b in picked[:MAX_BALANCE_WHOLES] for p in ((a, b), (b, a))]


_NOT_BUDGET = re.compile(r"执行|支出|结余|完成|决算")
# the level a funding line comes from: 市级资金 names 市级财政资金 by it alone
_LEVELS = frozenset({"中央", "省级", "市级", "县级", "区级", "本级", "镇级", "上级", "自有"})


def sum_breakdown_pairs(index: SourceIndex, t: _Target, told: Sequence[_Told],
                        sums: Mapping[int, Sequence[Sequence[_Fact]]]) -> list[tuple[_Fact, _Fact]]:
    """'认定作业与专家评审两项合计70.09万元，占61.14%': a share right after a sum the text stated of items of a breakdown
    with no 合计 (支出构成: five amounts and no total) is over what the breakdown adds up to — the figure its source
    states equal to its items' sum (资金.支出), the same for every item."""
    if t.family != "%" or "占" not in t.clause[-10:] or _share_whole(t.clause):
        return []
    last = max((e for e in told if e[0].sent == t.sent and e[0].m.end <= t.m.start), key=lambda e: e[0].m.start,
               default=None)
    if last is None or id(last[1]) not in sums:
        return []
    common: dict[int, _Fact] | None = None
    for item in sums[id(last[1])]:
        wholes = {id(w): w for f in item if f.src >= 0 for w in _sum_whole(index, f)}
        common = wholes if common is None else {k: w for k, w in common.items() if k in wholes}
    return [(last[1], w) for w in (common or {}).values() if abs(w.mag) > abs(last[1].mag)]
