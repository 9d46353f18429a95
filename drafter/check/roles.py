"""The last gate before a verdict: a figure whose own words name an entity and a role must be THAT entity's value
for the role, whichever stage (a direct match, a derivation) found it.

- Funding lines. A source record that states a budget (年初 / 调整) and the spending of one line of money (市级财政资金,
  中央转移支付资金, 上年结转资金, the whole 年度资金) gives that line's 结余 (budget − spending), 执行率 (spending ÷
  budget) and 调增 / 调减 (adjusted − initial). A figure whose words name one line (by the words only that line's
  record has among the lines of its source) and one of these roles is checked against that line's value: equal (at
  the text's precision) is derived from the line, another value is unsupported whatever else in the sources equals
  it (a log's 结余6.82万元 of a purchase, the whole's 结余28.60万元, another line's rate) — fail closed, the line's
  own operands in the evidence.
- Parts of the year and numbered batches. A figure the words give to 上半年 / 下半年, or to 第一批 / 第二期 …, is not
  a source figure stated for the other half or another batch of the same kind.

The lines are rows of the source index's one relation table (entities.Entities.lines, built once per index and
cached on it), and a line's 结余 / 执行率 / 调整额 are computed where the table computes its rows' (entities.line_figure);
a figure is looked at only when the words right before it hold a role word (read once per wording), so the gate
costs no pass over the facts per mention.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Sequence

from ..numbers import half_place, rate_from_printed
from ..subjects import sentence_bounds, tokens
from ._common import _AFTER, _BALANCE, HUNDRED, _ROLE_MARKS, without_unit_names
from .context import BUDGET_CHANGE
from .entities import _Line, line_figure
from .index import SourceIndex, _Fact
from .periods import _BATCH, _CN, _WIDER, _batch_label, parts_before, said_period
from .rounding import _close, _fmt, _pow10

_SUPPORTED = frozenset({"exact", "converted", "rounded", "approximate", "derived"})

# the role a figure's own words end on, right before it (结余资金为 / 执行率达到 / 年中调增)
_UNSPENT = _BALANCE.pattern  # the words of money left unspent, one list for every pattern below
_BALANCE_TAIL = re.compile(rf"(?:{_UNSPENT}|未支付|未拨付)(?:资金|金额|额|数)?(?:为|是|达|共|仅)?$")
# 比省级专项多 / 较上年少 right before the role word: the figure is how much more or less than another's
_MORE_OF_ROLE = re.compile(r"(?:比|较)[\u4e00-\u9fff]{1,12}?[多少]$")
# (a bare 完成率 too: the gate reads it only where the words or the figure before it name a funding line or the whole)
_RATE_TAIL = re.compile(r"(?:预算|资金)?(?:执行率|支出率|预算完成率|完成率|支付率)(?:为|是|达到|达|仅为|仅|只有)?$")
_RAISE_TAIL = re.compile(r"(?:调增|追加|增加)了?(?:预算|资金)?$")
_ADJUST_RATE_TAIL = re.compile(r"(?:预算)?(?:调整(?:率|幅度)|调[增减]幅度|增幅|减幅|降幅)(?:为|是|达到|达)?$")
# 合计预算调增6.67%: a percentage right after a bare 调增 / 调减 of a clause opening on the whole (see _WHOLE_OPENS) is
# its adjustment rate (elsewhere a bare 调增 after a line's figure may be the whole's, or the line's: left to the stages)
_BARE_ADJUST = re.compile(r"调[增减]了?$")
_MOVED = re.compile(r"[增减降]")  # 调增幅度 / 减幅 / 降幅: the side the words say the budget moved
# 事业收入调减8.00万元（-20.00%）: a rate bracketed right after a line's change is that change's rate — the words before
# the amount name the line and the side
_CHANGE_BRACKET = re.compile(r"(?P<line>[\u4e00-\u9fff]{2,16}?)(?P<verb>调增|追加|增加|调减|核减|压减|削减|减少)了?"
                             r"\d[\d,]*(?:\.\d+)?万?元[（(]$")
_CUT_TAIL = re.compile(r"(?:调减|核减|压减|削减|追减|减少)了?(?:预算|资金)?$")
# a change compared with a year or a figure is no change of the budget (比上年增加, 较年初减少 names its base)
_COMPARED = re.compile(r"比|较|同比|相比|上年|去年")
# an item named only as what the figure is compared with: 低于市级财政资金28.38个百分点, 与中央资金相比
_COMPARED_ITEM = re.compile(r"(?:比|较|低于|高于|少于|多于|快于|慢于|不及|超过|相比于?)[\u4e00-\u9fff]{1,12}?(?=\d|[，,。；;]|$)"
                            r"|与[\u4e00-\u9fff]{1,12}?相比")
_INITIAL = re.compile(r"年初")
# the words of a figure's own clause that only say its role (结余 / 全年结余资金 / 执行率为): no entity of their own
_ROLE_ONLY = re.compile(r"^(?:全年|年度|年末|本年|当年|累计|共|共计|合计|最终|实际|项目|资金|预算|其|,|，)*"
                        rf"(?:{_UNSPENT}|未支付|未拨付|执行率|支出率|预算完成率|完成率|支付率|调增|调减|追加|核减"
                        r"|增幅|减幅|降幅)"
                        r"(?:了|资金|金额|额|数|预算)?(?:为|是|达到|达|共|仅为|仅|只有)?$")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_RESPECTIVE_REACH = 40  # how far before a figure its 分别 may stand (the figures it lists between)
# 分别为 and the figures it lists before the one checked: 分别为94.62%和 / 分别结余1.65万元、
_LISTED_AFTER = re.compile(r"分别(?P<role>[\u4e00-\u9fff]{0,5}?)(?:为|是|达到|达|仅为|只有)?(?P<listed>(?:\s*\d[\d.,]*\s*(?:%|万元|元|亿元)\s*"
                           r"(?:、|和|与|及|，|,)\s*)*)\s*$")
_ITEM_JOIN = re.compile(r"、|和|与|及")
_COUNT_TAIL = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})(?:项|个|类|笔|条)$")  # 两项 after the items it counts


_LIST_INDEX = re.compile(r"\[\d+\]")
# per source index: the sum of each list field of money with no role (主要任务[].任务涉及金额), see spent_list
_LIST_SUMS: "weakref.WeakKeyDictionary[SourceIndex, tuple[dict[tuple[int, str], Decimal], set[Decimal], set[Decimal]]]" \
    = weakref.WeakKeyDictionary()


def spent_list(ix: SourceIndex, f: _Fact) -> bool:
    """Is f an amount of a data file's list whose items add up to the year's spending and not to a budget (the tasks'
    任务涉及金额 summing to 全年执行数), or a row of a table whose 合计 is that spending (支出明细 | 金额 … 合计 128.80)?
    Then each is spending, whatever its key says: 收容救助占全年预算的 is no share."""
    if f.role or f.family != "元":
        return False
    if "[" not in f.location:
        wholes = [y for x, y, why in ix.partners.get(id(f), ()) if why == "part" and x is f and y.family == "元"]
        if not wholes:
            return False
        _, spent, budgets = _list_sums(ix)
        return any(y.mag in spent for y in wholes) and not any(y.mag in budgets for y in wholes)
    sums, spent, budgets = _list_sums(ix)
    total = sums.get((f.src, _LIST_INDEX.sub("[]", f.location)))
    return total is not None and total in spent and total not in budgets


def _list_sums(ix: SourceIndex) -> tuple[dict[tuple[int, str], Decimal], set[Decimal], set[Decimal]]:
    """(the sum of each list field of money with no role, the year's spending figures, its budget figures), once per
    index."""
    got = _LIST_SUMS.get(ix)
    if got is None:
        sums: dict[tuple[int, str], Decimal] = {}
        spent: set[Decimal] = set()
        budgets: set[Decimal] = set()
        now = ix.year_now
        for g in ix.facts:
            if g.family != "元" or g.ytag not in (None, now) or g.date is not None:
                continue
            if g.role == "actual":
                spent.add(g.mag)
            elif g.role in ("budget", "initial"):
                budgets.add(g.mag)
            elif not g.role and "[" in g.location and g.approx is None and g.hi_mag is None:
                key = (g.src, _LIST_INDEX.sub("[]", g.location))
                sums[key] = sums.get(key, Decimal(0)) + g.mag
        got = _LIST_SUMS[ix] = (sums, spent, budgets)
    return got


def _respective_item(text: str, pos: int) -> tuple[str, str] | None:
    """(the role words around 分别, the item at the figure's rank) for a figure in a list after 分别 whose items its clause
    names (质量检测和初加工设施补助两项执行率分别为94.62%和94.71%: 94.71% is 初加工设施补助's); None otherwise."""
    s0 = max(text.rfind(c, max(0, pos - _WALK_BACK), pos) for c in "。；;！？!?\n") + 1
    k = text.rfind("分别", s0, pos)
    m = _LISTED_AFTER.match(text, k, pos) if k >= 0 else None
    if m is None:
        return None
    rank = len(re.findall(r"\d[\d.,]*", m["listed"]))
    head = text[max(s0, max(text.rfind(c, s0, k) for c in "，,：:") + 1):k] + m["role"]  # (分别结余: the role after it)
    tail = _RATE_TAIL.search(head) or _BALANCE_TAIL.search(head)
    if tail is None:
        return None
    items = [w for w in _ITEM_JOIN.split(_COUNT_TAIL.sub("", head[:tail.start()])) if w.strip()]
    if len(items) < 2 or rank >= len(items):
        return None
    return head, items[rank]
_AMONG_WHOLE = re.compile(r"在([\u4e00-\u9fff]{1,10}?)(?:之中|中)$")  # A在支出中占: A's share of the spending


# the words that name where money comes from (a closed vocabulary): one of them alone names the line that has it
# (省级资金 for 省级对台交流专项资金), while 项目 / 资金 / 经费 alone name no line (重点项目中 is no 项目支出)
# (the levels of government: 自治区 is left 治区 where the unit's own name, of a 自治州, takes 自治 from every row)
_SOURCE_WORD = re.compile(r"中央|国家|省|自治|治区|[市县区镇乡州盟旗]级|本级|上级|兵团|自筹|自有|结转|转移|补助|配套|债|基金|社会|捐")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the gate says of a figure: supported by the named line's value (formula, its operands), or not."""

    ok: bool
    formula: str
    facts: tuple[_Fact, ...]
    reason: str = ""


def _named_line(lines: list[_Line], words: frozenset[str]) -> _Line | None:
    """The one line the words name: two of its own words (or the one it has, or one no other line of its whole has
    at all: 省级资金 for 省级对台交流专项资金), more than of any other line's."""
    named = _all_named(lines, words)
    if len({ln.actual.group for _, ln in named}) != 1:
        return None  # none, or two records (医疗康复与教育矫治两项合计: a sum of lines)
    return max(named, key=lambda e: e[0])[1]  # (one record: its lines of each kin it is of)


def _all_named(lines: list[_Line], words: frozenset[str]) -> list[tuple[int, _Line]]:
    """Each line the words name, with how many of its own words they hold (in the lines' order: only the lines
    one of the words is an own word of are looked at, see _Lines)."""
    by_word = getattr(lines, "by_word", None)
    if by_word is not None:
        found: set[int] = set()
        for w in words:
            found.update(by_word.get(w, ()))
        lines = [lines[k] for k in sorted(found)]
    out = []
    for ln in lines:
        n = len(words & ln.own)
        if n and (n >= min(2, len(ln.own)) or any(_SOURCE_WORD.search(w) for w in words & ln.sole)):
            out.append((n, ln))
    return out


@lru_cache(maxsize=1 << 14)
def _tail_role(clause: str, family: str) -> tuple[str, int] | None:
    """The role a figure's own words end on (see Roles.line_value), once per wording and unit family: 'balance',
    'raise' or 'cut' of an amount, 'rate' of a percentage, or 'share' and where its 占 is; None for none."""
    if family == "元":
        if (bal := _BALANCE_TAIL.search(clause)) is not None:
            if _MORE_OF_ROLE.search(clause, 0, bal.start()):
                return None  # 比省级专项多结余: a gap between two lines' balances, no line's balance (told.py)
            return "balance", -1
        if _COMPARED.search(clause):
            return None
        if _RAISE_TAIL.search(clause):
            return "raise", -1
        if _CUT_TAIL.search(clause):
            return "cut", -1
        return None
    if _RATE_TAIL.search(clause):
        return "rate", -1
    if _ADJUST_RATE_TAIL.search(clause) and not _COMPARED.search(clause):
        return "adjust", -1  # 调整率: (adjusted − initial) ÷ initial, signed
    k = clause.rfind("占", max(0, len(clause) - 14))
    return ("share", k) if k >= 0 else None




def _printed(f: _Fact) -> tuple[Decimal, Decimal]:
    """An amount's magnitude and half a unit of its last written place, in magnitudes (万元 → 元)."""
    return f.mag, abs(half_place(f.value) * (f.mag / f.value)) if f.value else Decimal(0)

class Roles:
    """The gate of one check: the sources' lines, and what a figure's words name."""

    def __init__(self, ix: SourceIndex, text: str):
        self.ix = ix
        self.text = text
        self.lines = ix.entities().lines  # the funding lines of the index's relation table (entities.py)
        # where the text names a half-year or a numbered batch: a figure with none of them shortly before it (most
        # figures) is not looked at again
        self.marks = [m.start() for m in _PART_MARK.finditer(text)]
        self._by_fact: dict[int, _Line] | None = None  # a line's figure (its id) → the line, built when first asked

    def line_value(self, t, anchor: Callable[[], Sequence[_Fact]] = tuple) -> Verdict | None:  # t: match._Target
        """The named line's value for the role the figure's words end on, against the figure: None when the words
        name no line or no such role, or the line's record lacks what the role needs. `anchor`: the facts of the
        figure its sentence traced last before it, when only role words (and derived figures) stand between — the
        line whose record holds them is the one a role-only clause speaks of (实际支出2486.91万元，预算完成率); a function,
        asked only for a role-only clause."""
        if not self.lines or t.m.approx or t.m.value is None or t.m.hi is not None or t.family not in ("元", "%"):
            return None
        clause = t.clause
        item = None
        if self.text.rfind("分别", max(0, t.m.start - _RESPECTIVE_REACH), t.m.start) >= 0 \
                and (listed := _respective_item(self.text, t.m.start)) is not None:
            clause, item = listed  # A和B两项执行率分别为X%和Y%: the role before 分别, the item at the figure's rank
        if not clause and t.family == "%" and (ch := _CHANGE_BRACKET.search(self.text, max(0, t.m.start - 40),
                                                                           t.m.start)) is not None:
            # 调减8.00万元（-20.00%）: the change's rate — as 事业收入调减幅度 says it
            clause = ch["line"] + ("调增" if ch["verb"] in ("调增", "追加", "增加") else "调减") + "幅度"
            t = replace(t, clause=clause)
        said = _tail_role(clause, t.family)
        if said is None and t.family == "%" and _WHOLE_OPENS.match(clause.strip()) and _BARE_ADJUST.search(clause) \
                and not _COMPARED.search(clause):
            said = ("adjust", -1)
        if said is None:
            return None
        role, k = said
        if item is not None:
            if role not in ("balance", "rate"):
                return None
            line = self._named_in(t, item)
            if line is None:
                return None
        elif role == "share":
            head, whole = clause[:k], clause[k + 1:]
            if not _CJK.search(whole) and (among := _AMONG_WHOLE.search(head)) is not None:
                head, whole = head[:among.start()], among[1]  # 中央资金在支出中占: the whole before 占
            return self._line_share(t, head, whole)
        else:
            line = self._line_named(t, anchor)
            if line is None:
                return None
        a, b, i0 = line.actual, line.budget, line.initial
        initial_said = _INITIAL.search(clause) is not None
        options: list[tuple[Decimal, str, tuple[_Fact, ...]]] = []
        if role in ("balance", "rate"):
            bases = [x for x in ((i0 if initial_said else b), (b if initial_said else i0)) if x is not None]
            for base in bases[:1] if not initial_said and b is not None else bases:
                if (got := line_figure("结余" if role == "balance" else "执行率", a, base, i0)) is not None:
                    options.append((got[0], got[1] if role == "balance" else f"{got[1]} × 100%", got[2]))
            if role == "rate" and options:
                options.extend(self._stated_rate(a, options[0][2]))
        elif role == "adjust":  # 调整率: (adjusted − initial) ÷ initial, its sign the side the budget moved
            if b is None or i0 is None or not i0.mag:
                return None
            rate = (b.mag - i0.mag) / i0.mag * HUNDRED
            said = (tail := _ADJUST_RATE_TAIL.search(clause)) is not None and _MOVED.search(tail[0])
            down = said[0] in "减降" if said else t.m.value < 0  # 调减幅度9.33%: the word gives the side, the figure
            if rate and ((rate < 0) != down or said and not down and t.m.value < 0):  # its size; 调整率-9.33%: the
                # sign gives both (追加…（-60.00%）: a raise's rate below zero is the wrong side)
                return Verdict(False, "", (b, i0), f"所指资金{'调减' if rate < 0 else '调增'}，调整率应为"
                                                   f"{'负' if rate < 0 else '正'}数 / the named line's budget moved "
                                                   f"the other way: its adjustment rate is {_fmt(rate.quantize(t.q))}%")
            options.append((abs(rate), f"({b.written} − {i0.written}) ÷ {i0.written} × 100%", (b, i0)))
        else:
            if (got := line_figure("调整额", a, b, i0)) is None:
                return None
            change, said, operands = got
            if (change > 0) != (role == "raise") and change:
                return Verdict(False, "", operands, f"所指资金{'调减' if change < 0 else '调增'}，与文中方向相反 / the "
                                                    f"named line's budget moved the other way")
            options.append((abs(change), said, operands))
        return self._against(t, options, "文中所指资金项按来源为")

    def _stated_rate(self, actual: _Fact, operands: tuple[_Fact, ...]) -> list[tuple[Decimal, str, tuple[_Fact, ...]]]:
        """The rate the line's own record states, when the printed amounts permit it: forms compute 执行率 from the
        unrounded 元 amounts and print the amounts rounded (95.37% beside 130.65 ÷ 137.00 = 95.36%; 84.43% beside
        22.37 ÷ 26.50 = 84.42%), so a rate is borne out when some pair of amounts that print as these gives it — the
        range from (spent − ½ unit) ÷ (budget + ½ unit) to (spent + ½ unit) ÷ (budget − ½ unit), widened by half a
        unit of the rate's own last place. Another record's rate is not looked at (the total's rate given to a line
        stays the wrong line's)."""
        if len(operands) != 2:
            return []
        spent, budget = (_printed(f) for f in operands)
        return [(f.mag, f.written + "%", (f,)) for f in self.ix.record(actual.group)
                if f.family == "%" and rate_from_printed((f.mag, half_place(f.value)), spent, budget)]

    def _line_share(self, t, head: str, whole_words: str) -> Verdict | None:
        """结余占全部结余的 / 占全年预算的 / 执行…，占全部支出的: the named line's figure in a role over its whole's figure
        in that role. The whole's words must name only a role of the whole (全部结余, 全年预算, 项目支出总额), and the
        part's role is the one its own words name before 占 (结余占), else the whole's."""
        whole_role = _money_role(whole_words)
        if whole_role is None or _WHOLE_ONLY.sub("", _SHARE_TAIL.sub("", whole_words)):
            return None  # 占市级资金的 / 占全市的: another entity, judged as before
        said = _PART_ROLE.search(head)  # 结余占 / 执行数占: the role at the head's end (转移支付资金 names no spending)
        part_role = _money_role(said[0]) if said else whole_role
        # (a bare 占 after a figure is that figure's share: its line is judged by the figure itself)
        line = self._named_in(t, head) if head.strip() else None
        if line is None or line.whole < 0:
            return None  # the whole, or a row of a table with no total
        if any(ln.actual.group != line.whole for _, ln in _all_named(self.lines, tokens(whole_words) - _ROLE_MARKS)):
            return None  # 占项目支出的 of a 基本支出 line: the whole its words name is another line
        whole = self.ix.entities().line_wholes.get(line.whole)
        if whole is None:
            return None
        num = _role_value(part_role, line.actual, line.budget, line.initial)
        den = _role_value(whole_role, whole[1], whole[2], whole[3])
        if num is None or den is None or not den[0]:
            return None
        return self._against(t, [(num[0] / den[0] * HUNDRED, f"{num[1]} ÷ {den[1]} × 100%", num[2] + den[2])],
                             "文中所指资金项的份额按来源为")

    def share_of(self, t, facts: Sequence[_Fact], said: Sequence[_Fact] = ()) -> Verdict | None:  # t: match._Target
        """A bare share (占 / 占比 and nothing else) right after a figure traced to `facts`: that figure over the whole
        its sources give it as a part of (a row's cell over its column's 合计, a 其中 line over its total) — or over
        a larger figure of the same measure in its own source row that its sentence stated before it (`said`: 康复楼
        72人中失能半失能64人，占) — no other pair of the paragraph stands in. None when one of the facts is part of no
        whole (the share may be of anything), or the figure is an approximation."""
        if t.m.approx or t.m.value is None or t.m.hi is not None or not facts:
            return None
        options: list[tuple[Decimal, str, tuple[_Fact, ...]]] = []
        for f in facts:
            wholes = [y for x, y, why in self.ix.partners.get(id(f), ()) if why == "part" and x is f
                      and y.family == f.family and y.mag and y.mag != f.mag]
            if not wholes:
                return None
            wholes += [y for y in said if y.group == f.group and y.src == f.src and y.family == f.family
                       and y.mag > f.mag and y not in wholes]
            options += [(f.mag / y.mag * HUNDRED, f"{f.written} ÷ {y.written} × 100%", (f, y)) for y in wholes]
        return self._against(t, options, "文中份额所指数字按来源为")

    def whole_fits(self, t, whole: _Fact, part: _Fact | None = None) -> bool:  # t: match._Target
        """Whether the whole of a share fits the words after its 占 (占项目支出 / 占项目执行额 / 占执行额的): a budget is no
        whole the words name as spending (支出 / 执行 with no 预算 / 年初); a line the words name (项目支出 beside 基本支出)
        is the whole, no other figure; and a funding line's figure is no whole unless the words name that line (占项目
        执行额 is not the 市级财政资金 line's spending). True when the words name none."""
        k = t.clause.rfind("占")
        words = _SHARE_TAIL.sub("", t.clause[k + 1:]) if k >= 0 else ""
        if whole.family != "元":
            return True
        if not words:  # 执行数 cells' 合计62.57万元，占: a bare share of spending is of spending, no budget's
            return part is None or part.group == whole.group or not (part.role == "actual" or "§执" in part.subj) \
                or _fact_role(whole) not in ("budget", "initial")
        if self._by_fact is None:
            self._by_fact = {}
            for ln in self.lines:  # (a part of its whole first: the lines of a whole come before a table's rows)
                for f in (ln.actual, ln.budget, ln.initial):
                    if f is not None:
                        self._by_fact.setdefault(id(f), ln)
        budget = _fact_role(whole) in ("budget", "initial")
        if budget and _SPENT_WORD.search(words) and not _BUDGET_SAID.search(words):
            return False
        said = "initial" if "年初" in words else "budget" if _ADJUSTED.search(words) else None
        if budget and said and _fact_role(whole) != said:
            return False  # 占全年预算的: never the 年初预算 where the sources state both (nor the other way)
        if budget and part is not None and part.group != whole.group and id(part) not in self._by_fact \
                and (part.role == "actual" or "§执" in part.subj or self._spent(part)) \
                and not _SPENT_WORD.search(words):
            return False  # 饲料与药品(支出)占全年预算的: spending no line's budget states is no part of a budget
        said = tokens(without_unit_names(words))
        named = _named_line(self.lines, said - _ROLE_MARKS)  # 占项目支出的: the 项目支出 line's figure, not the unit's
        if named is not None and named.whole != -1 and whole.src >= 0 and not _BALANCE.search(words) \
                and whole.mag not in {f.mag for f in (named.actual, named.budget, named.initial) if f}:
            return False  # (its 结余 is judged by the balance stages; a figure the text computed by its own operands)
        line = self._by_fact.get(id(whole))
        return line is None or not line.own or not self.ix.is_line(whole) or bool(said & line.own)

    def _spent(self, part: _Fact) -> bool:
        """Is the part spending by its list or table (spent_list) — or is its figure, stated again elsewhere with no
        budget role, spending there (a ledger's 经费 合计 462,800元 that is the 明细 row 46.28万元 of the spending)?"""
        if spent_list(self.ix, part):
            return True
        twins = [g for g in self.ix.twins(part, 16) if g.family == part.family]
        return not part.role and not any(g.role in ("budget", "initial") for g in twins) \
            and any(g.role == "actual" or spent_list(self.ix, g) for g in twins)

    def _against(self, t, options: list[tuple[Decimal, str, tuple[_Fact, ...]]], said: str) -> Verdict | None:
        """The figure against the values its words name (the first is the one given when none fits)."""
        if not options:
            return None
        x = abs(t.x)
        for value, formula, facts in options:
            if _close(value, x, t.q) is not None:
                return Verdict(True, f"{formula} = {t.m.text}", facts)
        value, formula, facts = options[0]
        scale = x / abs(t.m.value) if t.m.value else Decimal(1)  # the figure's unit over the family's base
        shown = _fmt((value / scale).quantize(_pow10(t.m.exponent))) if scale else _fmt(value)
        unit = t.m.unit
        return Verdict(False, formula, facts, f"{said} {formula} = {shown}{unit} / the words name {formula} = "
                                              f"{shown}{unit}")

    def _line_named(self, t, anchor: Callable[[], Sequence[_Fact]] = tuple) -> _Line | None:
        """The line the figure's own clause names; when its clause says only the role (结余 / 执行率为), the line of
        the figure traced right before it (`anchor`), else the one line its sentence names before it, items it is
        only compared with left out."""
        line = self._named_in(t, t.clause)
        if line is not None or not _ROLE_ONLY.search(t.clause.strip()):
            return line
        wholes = self.ix.entities().line_wholes
        if _WHOLE_OPENS.match(t.clause.strip()) and len(wholes) == 1:
            # 合计预算调增 / 总体执行率: the whole's, whatever lines the clauses before named
            (_, actual, budget, initial), = wholes.values()
            return _Line(frozenset(), frozenset(), actual, budget, initial)
        if (facts := anchor()) and (own := self._line_of(facts)) is not None:
            return own
        line = self._named_before(t, t.m.start - len(t.clause))
        if line is _NOTHING:  # 全年结余 in a sentence naming nothing else: the whole's, when the sources have one
            wholes = self.ix.entities().line_wholes
            if not _WHOLE_SAID.match(t.clause.strip()) or len(wholes) != 1:
                return None
            (gid, (_, actual, budget, initial)), = wholes.items()
            return _Line(frozenset(), frozenset(), actual, budget, initial)
        return line

    def _line_of(self, facts: Sequence[_Fact]) -> _Line | None:
        """The funding line (or whole) whose record states one of `facts` as its spending or budget: one only."""
        got: list[_Line] = []
        for f in facts:
            if f.role not in ("actual", "budget", "initial") or f.family != "元":
                continue
            for ln in self.lines:
                if f is ln.actual or f is ln.budget or f is ln.initial:
                    got.append(ln)
            for _, actual, budget, initial in self.ix.entities().line_wholes.values():
                if f is actual or f is budget or f is initial:
                    got.append(_Line(frozenset(), frozenset(), actual, budget, initial))
        return got[0] if len({id(ln.actual) for ln in got}) == 1 else None

    def _named_in(self, t, clause: str) -> _Line | None:
        words = tokens(without_unit_names(clause)) - _ROLE_MARKS  # (the unit's own name names no line of it)
        return _named_line(self.lines, words) if words else None

    def _named_before(self, t, end: int) -> _Line | None:
        """The line the nearest clause before `end` in the figure's sentence that names anything names (None when
        it names something else)."""
        text = self.text
        lo = max(0, end - _WALK_BACK)  # (the nearest clause naming anything is close: no sentence of 300 characters read)
        k = max(text.rfind(c, lo, end) for c in "。；;！？!?\n")
        start = k + 1 if k >= 0 else lo
        before = text[start:end]
        while (inner := _ASIDE.sub(" ", before)) != before:  # （其中A（…专项）…、B…）: the inner remark, then the aside
            before = inner
        # a close left without its opening: the window began inside an aside, whose words name no subject either
        cut = max(before.rfind("）"), before.rfind(")"))
        before = _COMPARED_ITEM.sub(" ", before[cut + 1:])
        pieces = _PIECES.findall(before)
        if k < 0 and lo > 0 and cut < 0 and pieces:
            pieces = pieces[1:]  # cut off in its middle: no clause of its own
        for k in range(len(pieces) - 1, -1, -1):  # the nearest clause that names anything decides
            piece = pieces[k]
            if not _ROLE_WORDS.sub("", piece):
                continue  # 执行 / 执行率 / 全年预算: a role of the same subject
            if _EVENT_HEAD.search(piece) and k + 1 < len(pieces) and _EVENT_END.match(pieces[k + 1]):
                continue  # 年中追加车间改造资金108.00万元后为: the change's object, not the subject it changed
            if piece.startswith("其中") and not _LINE_ATTRIBUTE.search(piece):
                return None  # 全年执行…，其中市级…216.85万元，结余: the whole's or the part's, the words don't say
                # (其中县级资金结余1.51万元，执行率: the sentence has turned to the line, its attributes listed)
            return _named_line(self.lines, tokens(without_unit_names(piece)) - _ROLE_MARKS)  # (None: another item)
        return _NOTHING if start > lo or lo == 0 else None  # (a sentence read whole that names nothing)

    # -- parts of the year, numbered batches --------------------------------------------------------------------
    def part_clash(self, t_start: int, t_end: int, facts: Sequence[_Fact], date: bool = False) -> _Fact | None:
        """A fact (the first) when every fact found is stated for another half-year or another numbered batch than
        the words before the figure give it (下半年…22场 where the log's 22场 is 上半年's; 第一批…于9月8日 where 9月8日 is
        the 第二批's). None when the words name no part, or a fact is of no part or of the same one."""
        if not facts or not self.marks:
            return None
        k = bisect_left(self.marks, t_start - _SENTENCE_REACH)
        if not (k < len(self.marks) and self.marks[k] < (t_end + _DATE_REACH if date else t_start)):
            return None
        if _BATCHES_COUNTED.fullmatch(self.text, t_start, t_end):
            return None  # 第二轮…，两轮开始相隔: a count of the batches themselves is no figure of one of them
        s0, s1 = sentence_bounds(self.text, t_start)
        before = _COMPARED_BATCH.sub("", self.text[s0:t_start])  # 比第一批多6座: the rival, no batch of what follows
        half = said_period(before) if ("半年" in before) else None
        half = half if half in ("1-6", "7-12") else None
        batch = _last_batch(before)
        if batch is None and date:  # 9月8日，第二批…: a date leads the event after it, in its clause
            k = min([j for c in "，,。；;" if (j := self.text.find(c, t_end, s1)) >= 0] or [s1])
            batch = _first_batch(self.text[t_end:k])
        if half is None and batch is None:
            return None
        parts = [_part_of(f, half, batch) for f in facts]
        if "same" in parts or "other" not in parts:
            return None
        if None in parts and not date:
            return None  # a count no source line gives a part: of the whole, or of the part the words give
        # (a date of the whole run — its completion — that a source line gives another batch is that batch's)
        return facts[parts.index("other")]


# the words of a role-only clause that say it is the whole's: 全年结余 / 全部结余 / 资金总体执行率 (结余 alone may be
# of a line its paragraph named before)
_WHOLE_SAID = re.compile(r"^(?:全年|全部|总体|整体|合计|累计|项目总|资金总)")
# a line's own attribute named in a 其中 clause (其中县级资金结余 / 执行率 / 调增): no mere split of the whole's figure
_LINE_ATTRIBUTE = re.compile(rf"{_UNSPENT}|执行率|完成率|预算|调增|调减|追加")
# a role clause opening on a word of the whole itself (合计预算调增 / 总体执行率 / 项目整体执行率): no line's
_WHOLE_OPENS = re.compile(r"(?:合计|总计|总体|整体|项目(?:整体|总体|合计)|资金(?:总体|合计))")
_NOTHING = _Line(frozenset(), frozenset(), None, None, None)  # type: ignore[arg-type] — a sentence naming nothing
_ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)")  # （其中基本支出…、项目支出…）: an aside, no subject of what follows
_WALK_BACK = 96  # how far back in its sentence a role-only clause's line is looked for
_PIECES = re.compile(r"[\u4e00-\u9fff]+")  # the clauses of a sentence: its Chinese runs between figures and marks
# the words of a clause that name only a role, a time or a link (全年预算 / 执行 / 执行率为 / 其中): no subject
_EVENT_HEAD = re.compile(BUDGET_CHANGE)
_EVENT_END = re.compile(r"(?:万元|元|亿元)?后")
_ROLE_WORDS = re.compile(r"个百分点|百分点|全年|年度|年初|年中|年末|本年|当年|累计|共计|合计|其中|实际|全部|最终|预算|调整率|调整|调增|调减|追加|核减|执行率|"
                         r"执行|支出率|支出|完成率|结余|结转下年|未执行|未支出|资金|金额|数|为|是|达到|达|至|由|仅|只有|了|的|后|和|与|万元|元")


def _money_role(words: str) -> str | None:
    """The role of money the words name: 结余 (what is left), 年初 / 预算 (a budget), 执行 / 支出 (the spending)."""
    if _BALANCE.search(words):
        return "balance"
    if "年初" in words:
        return "initial"
    if "预算" in words:
        return "budget"
    if _SPENT_WORD.search(words):
        return "actual"
    return None


def _fact_role(f: _Fact) -> str | None:
    """A money figure's budget role: its own, else the one its column or key names (预算 / 年初 / 支出)."""
    return f.role or _money_role(f.head or f.location.rsplit(".", 1)[-1])


def _role_value(role: str, actual: _Fact, budget: _Fact | None, initial: _Fact | None
                ) -> tuple[Decimal, str, tuple[_Fact, ...]] | None:
    """A line's figure in a role: (value, how it is written, the facts it is of)."""
    base = budget or initial
    if role == "actual":
        return actual.mag, actual.written, (actual,)
    if role == "budget":
        return (base.mag, base.written, (base,)) if base is not None else None
    if role == "initial":
        return (initial.mag, initial.written, (initial,)) if initial is not None else None
    if (got := line_figure("结余", actual, base, initial)) is None:
        return None
    return got[0], f"({got[1]})", got[2]


_PART_ROLE = re.compile(rf"(?:{_UNSPENT}|年初预算|调整后预算|全年预算|预算|执行|支出)(?:资金|金额|数|额)?$")
_SPENT_WORD = re.compile(r"执行|支出|支付|使用|拨付")
_BUDGET_SAID = re.compile(r"预算|年初|调整")
_ADJUSTED = re.compile(r"全年预算|调整后|调整预算|追加后")  # the budget as adjusted, no 年初预算
_SHARE_TAIL = re.compile(r"(?:的)?(?:比重|比例)?(?:为|是|达到|达|约|的)?$")
# the words of a share's whole that name the whole and a role only (全部结余 / 全年预算 / 项目支出总额 / 资金总额)
_WHOLE_ONLY = re.compile(r"全部|全年|年度|本年|当年|全|总额|总数|总|合计|项目|部门|单位|资金|经费|"
                         rf"{_UNSPENT}|年初|调整后|调整|预算|执行|支出|支付|使用|拨付|数|额|的")


# (each alternative opens on its own literal: the engine then skips to the class of those seven characters, where a
# group or a class opening one tries every alternative at every character of the text — 3 times as long)
_PART_MARK = re.compile(r"半年|第(?:[一二三四五六七八九十]|\d{1,2})(?:[批期轮]|[标阶]?段)|首(?:[批期轮]|[标阶]?段)"
                        r"|春季(?!度)|夏季(?!度)|秋季(?!度)|冬季(?!度)")
_SENTENCE_REACH = 300  # as far back as subjects.sentence_bounds looks
_DATE_REACH = 30  # a date's own clause after it


# a numbered batch (第二批 / 第3期 / 第一轮) or a season (春季 / 秋季): one part of a run of the year
# 首批: the first; 第一标段 / 第二阶段: a numbered part of the works (its label keeps the last character: 一段)
_BATCHES_COUNTED = re.compile(r"[两二三四五六七八九十]个?[批期轮]")  # 两轮 / 三批: how many batches there were
_COMPARED_BATCH = re.compile(r"(?:相比于?|比|较|与|同)(?:第(?:[一二三四五六七八九十]|\d{1,2})|首)(?:批|期|轮|[标阶]?段)")
_FIGURE_RUN = re.compile(r"\d[\d,.]*")  # a figure of a 分别 list before the one asked of


def _last_batch(before: str) -> str | None:
    m = None
    for m in _BATCH.finditer(before):
        pass
    if m is None or _WIDER.search(before, m.end()):
        return None
    return _batch_label(m)


def _first_batch(after: str) -> str | None:
    m = _BATCH.search(after)
    return _batch_label(m) if m else None


_HALVES = {"1-6": "上半", "7-12": "下半"}


_SEASONS = "春夏秋冬"


def _part_of(f: _Fact, half: str | None, batch: str | None) -> str | None:
    """'other' when f is stated for another half than `half`, or another batch (or season) of the same kind than
    `batch`; 'same' when for that one; None when its words give it no part. By the part its own source sentence
    names last before it (第一批抽检3月6日至5月19日，第二批…: 3月6日 is the 第一批's), else by the words of its own
    source line around it and of its record: exactly one such part named there — a log's line before it, 8月15日：
    第一批…, names no part of the 11月28日 after it."""
    if f.clause is None:
        words = tokens(f.snippet) | f.subj
    else:  # a text's date: the words of its own clause, never the next one's (…3月21日结束；第二批9月18日…)
        from .match import written_at

        s, k = f.snippet, max(written_at(f), 0)
        hi = min([j for c in "。；;\n" if (j := s.find(c, k)) >= 0] or [len(s)])
        words = tokens(f.clause, s[k:hi]) | f.subj
    if f.date is None:  # a count's own sentence before it (上半年开展培训22场，培训…1860人次); a date's reaches back
        from .match import _lead  # over the lines before it, and its own line says its event

        words = words | _lead(f)
    found = None
    if half is not None:
        if f.period in _HALVES:
            return "other" if f.period != half else "same"
        halves = {w for w in ("上半", "下半") if w in words}
        if len(halves) == 1:
            found = "other" if halves != {_HALVES[half]} else "same"
    if batch is not None:
        kind = batch[-1]
        own = _batch_before(f, kind)
        if own is not None:
            return "other" if own != batch else "same"
        said = {w for w in words if len(w) == 2 and w[1] == kind
                and (w[0] in _SEASONS if kind == "季" else w[0] in _CN)}
        if len(said) == 1:
            return "other" if said != {batch} else "same"
    return found


def _batch_before(f: _Fact, kind: str) -> str | None:
    """The batch (or season) of `kind` its own source sentence names last before it, None when none."""
    from .match import written_at

    s, k = f.snippet, written_at(f)
    if f.clause is not None:  # a text's date: its whole clause before it, where the snippet may cut 第一批 off
        s, k = f.clause, len(f.clause)
    lo = max(s.rfind(c, 0, k) for c in "。；;\n") + 1 if k > 0 else 0
    if k > 0 and (r := s.rfind("分别", lo, k)) >= 0:
        # 第一期、第二期培训班分别招收学员46人、53人: the k-th figure after 分别 is the k-th batch's
        listed = [b for b in _BATCH.finditer(s, lo, r) if (b[3] is not None) == (kind == "季")
                  and (b[3] is not None or b[2][-1] == kind)]
        rank = len(_FIGURE_RUN.findall(s, r, k))
        return _batch_label(listed[rank]) if len(listed) >= 2 and rank < len(listed) else None
    if f.clause is not None:
        if k <= 0:
            return None
        last = None
        for m in _BATCH.finditer(s, lo, k):
            if (m[3] is not None) == (kind == "季") and (m[3] is not None or m[2][-1] == kind):
                last = m
        if last is None or _WIDER.search(s, last.end(), k):
            return None
        return _batch_label(last)
    if f.parts is None:
        # its source sentence (near_text, until match._near spends it, which reads this first), else its short
        # window — which may begin after the batch word and hold the next batch's (…第一批春蚕种4月3日至4月18日发放
        # 612公斤，第二批…)
        at = f.near_text.find(_AFTER)
        f.parts = parts_before(f.near_text[:at] if at >= 0 else f.snippet[:max(0, written_at(f))])
    for label in f.parts.split("|") if f.parts else ():
        if (label[-1] == "季") == (kind == "季") and (kind == "季" or label[-1] == kind):
            return label
    return None


def supported(status: str) -> bool:
    return status in _SUPPORTED



# -- the column a share's words name --------------------------------------------------------------------------------
# what a column header says besides its measure's name: a role, a year, a total, a unit (全年执行数 / 成交金额（万元）:
# 成交 is what the second names, the first names nothing of its own)
_HEAD_GENERIC = re.compile(r"全年|年度|本年|年初|实际|执行|支出|预算|调整后|调整|结余|金额|资金|经费|数量|合计|总额|总计|累计|"
                           r"计划|完成|情况|名称|项目|单位|指标|目标|标准|[数额量值]")
_HEAD_UNIT = re.compile(r"[（(][^（）()]*[）)]")
# per source index: each column header's own words → the unit families of its cells (see _index_heads)
_HEADS: "weakref.WeakKeyDictionary[SourceIndex, dict[str, set[str]]]" = weakref.WeakKeyDictionary()


def _head_words(head: str) -> str:
    """A column header's own words: 考务劳务费 of 考务劳务费, 成交 of 成交金额（万元）, '' of 全年执行数."""
    return _HEAD_GENERIC.sub("", _HEAD_UNIT.sub("", head))


def _names_head(words: str, own: str) -> bool:
    """Do the words name a column whose own words are `own`: all of them (成交), or three running characters of
    them (劳务费 of 考务劳务费)?"""
    return len(own) >= 2 and (own in words or len(own) > 3 and any(own[i:i + 3] in words for i in range(len(own) - 2)))


def _index_heads(ix: SourceIndex) -> dict[str, set[str]]:
    got = _HEADS.get(ix)
    if got is None:
        got = {}
        for f in ix.facts:
            if f.head and f.family not in ("%", "pt", "date") and len(own := _head_words(f.head)) >= 2:
                got.setdefault(own, set()).add(f.family)
        _HEADS[ix] = got
    return got


def _other_column(words: str, heads: dict[str, set[str]], op: _Fact) -> str | None:
    """The column the words name that `op` (a share's part or whole) is not of — None when they name none, or name
    its own (or a column whose cells are of another measure than op's are all it names, when `heads` holds only the
    columns of op's other measures)."""
    named = [own for own in heads if _names_head(words, own)]
    if not named:
        return None
    mine = _head_words(op.head)
    if mine in named or mine and any(mine[i:i + 2] in words for i in range(len(mine) - 1)):
        return None  # (its own column, or words of it: 劳务费 of 考务劳务费)
    return named[0]


def share_column(ix: SourceIndex, t, part: _Fact, whole: _Fact) -> Verdict | None:  # t: match._Target
    """A share computed on another column than the one its words name: the words before 占 name a column of the rows
    they name (篮球劳务费占 of a row with 参赛人次 and 裁判劳务费) that the part is not of, or the words after it name a
    column of the whole's record (占全部成交金额的 beside 增值额) or a column of another measure anywhere in the
    sources (占全部造林面积的: 亩) that the whole is not of. An unsupported verdict, or None."""
    k = t.clause.rfind("占")
    if k < 0:
        return None
    before, after = t.clause[:k], t.clause[k + 1:]
    said = None
    if part.head and part.src >= 0 and _CJK.search(before):
        ents = ix.entities()
        rows = ents.named(before) if ents.rows else []
        words = before
        for name in {part.label, *(n for e in rows for n in e.names)} - {""}:
            words = words.replace(name, " ")
        heads = {own: set() for f in [*ix.record(part.group), *(g for e in rows for g in e.attrs.values())]
                 if f.head and len(own := _head_words(f.head)) >= 2}
        said = _other_column(words, heads, part)
    if said is None and whole.head and whole.src >= 0 and _CJK.search(after):
        words = after.replace(whole.label, " ") if whole.label else after
        heads = {own: set() for f in ix.record(whole.group) if f.head and len(own := _head_words(f.head)) >= 2}
        # (a column of another table: only of another measure, and named in three characters or more — 占全部造林
        # 面积的 is no share of money; 占保密技术检查支出的 names no 检查（家）)
        heads.update((own, fams) for own, fams in _index_heads(ix).items() if whole.family not in fams and len(own) >= 3)
        said = _other_column(words, heads, whole)
    if said is None:
        return None
    return Verdict(False, "", (part, whole), f"文中所说是“{said}”一栏的份额，推算所用数字是另一栏的 / the words name the "
                                             f"{said} column; the figures that give it are of another column")
