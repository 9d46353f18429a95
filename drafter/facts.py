"""Stage 2 — facts: every source number of a `ReportInput`, with provenance and a stable id (F1, F2 …).

Derived facts (预算完成率, 预算调整率, 执行率, 结余 …) are computed here once, with their formula and the ids
of their operands, so that the offline engine, the LLM fact sheet and the JSON output all quote the same
figure the same way.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, Field

from .numbers import PER_WORDS, half_place, rate_from_printed
from .schema import Comparison, ReportInput

CENT = Decimal("0.01")
SPENDING_RATES = ("derived.completion_rate", ".execution_rate", "derived.adjustment_rate")  # rates of money the facts
# compute, to two places (调增10.00% beside 执行率98.13%)
MONEY_UNITS = ("万元", "元", "亿元")


def q2(value: Decimal) -> Decimal:
    """Two decimals, half-up: the precision of 万元 amounts and of rates on the forms."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value: Decimal) -> str:
    """Plain notation without exponent or trailing zeros: 59.12, 100, 0.075."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


# Rates per mille and per myriad as Chinese reports write them (千分之三, 万分之一, 万分之0.8), never ‰ / ‱
RATE_WORDS = {sign: words for words, sign in PER_WORDS.items() if sign != "%"}
RATE_UNITS = ("%", *RATE_WORDS)


def figure_text(value: Decimal, unit: str) -> str:
    if unit in RATE_WORDS:
        import cn2an  # only for these rates: the import takes a tenth of a second

        whole = value == value.to_integral() and value >= 0
        return RATE_WORDS[unit] + (cn2an.an2cn(str(int(value))) if whole else fmt(value))
    keep_decimals = unit in MONEY_UNITS or (unit == "%" and value != value.to_integral())
    return f"{_grouped(value, unit) if keep_decimals else fmt(value)}{unit}"


YUAN_GROUPED = Decimal(10000)  # 元 amounts from here up are written in groups of thousands (2,860,000.00元)


def _grouped(value: Decimal, unit: str) -> str:
    """A money figure as written: 元 amounts of five digits or more grouped in thousands, as finance officers write
    them (a form kept in 元 — a school's, a village's — reads 2,860,000.00元, not 2860000.00元); 万元 as printed."""
    return format(value, ",f") if unit == "元" and abs(value) >= YUAN_GROUPED else format(value, "f")


class Fact(BaseModel):
    id: str
    label: str = Field(description="what the number is, in the form's words: 调整预算, 任务1 关键指标“…”实际值")
    value: Decimal
    unit: str = ""
    path: str = Field(description="field path in the input, e.g. budget.adjusted, tasks[0].indicators[2].actual")
    source: str = ""
    record: str = Field("", description="grouping for locality: budget, tasks[0], key_projects[1]")
    formula: str | None = None
    operands: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """The figure as the engines write it: 56.70万元 and 14.20% keep the form's decimals; 100% drops them. A
        rate of money computed here (执行率, 预算完成率) keeps the two places it is computed to, as the forms print
        it: 执行率93.00% beside 97.14%, never 93%."""
        if self.unit == "%" and self.path.endswith(SPENDING_RATES) and self.value != 100:
            return f"{format(self.value, 'f')}%"
        if self.written_decimals:  # a figure the form prints as 12.60万人次 or 92.0% is quoted so, never 12.6 / 92
            return f"{_grouped(self.value, self.unit)}{self.unit}"
        return figure_text(self.value, self.unit)

    @property
    def written_decimals(self) -> bool:
        """Whether the figure is one the input gives (not one computed here) with decimal places written, trailing
        zeros included; 100.00% stays 100%."""
        return not self.path.startswith("derived.") and self.unit not in RATE_WORDS \
            and self.value.as_tuple().exponent < 0 and not (self.unit == "%" and self.value == 100)

    @property
    def abs_text(self) -> str:
        """The magnitude, for figures whose sign is written in words (调减15.74%, 调增10.00%)."""
        if self.unit == "%" and self.path.endswith(SPENDING_RATES) and abs(self.value) != 100:
            return f"{format(abs(self.value), 'f')}%"
        return figure_text(abs(self.value), self.unit)


class FactSheet(BaseModel):
    facts: list[Fact] = Field(default_factory=list)

    def get(self, path: str) -> Fact | None:
        return next((f for f in self.facts if f.path == path), None)

    def by_id(self, fact_id: str) -> Fact | None:
        return next((f for f in self.facts if f.id == fact_id), None)

    def add(self, label: str, value: Decimal, unit: str, path: str, source: str, record: str,
            formula: str | None = None, operands: list[str] | None = None) -> Fact:
        fact = Fact(id=f"F{len(self.facts) + 1}", label=label, value=value, unit=unit, path=path,
                    source=source, record=record, formula=formula, operands=operands or [])
        self.facts.append(fact)
        return fact

    def render_for_prompt(self) -> str:
        """One line per fact — the numbers a model may use, and how derived ones were obtained."""
        lines = []
        for f in self.facts:
            line = f"{f.id}｜{f.label}｜{fmt(f.value)}{f.unit}"
            if f.formula:
                line += f"｜{f.formula}"
            lines.append(line)
        return "\n".join(lines)


def _ratio(a: Fact, b: Fact) -> Decimal:
    return q2(a.value / b.value * 100)


def _as_stated(spent: Fact, budget: Fact, stated: Decimal | None) -> Decimal:
    """The rate to write: the form's own where it states one its printed amounts allow, else spent ÷ budget.

    Forms compute a rate from 元 and print the amounts in 万元: 223,746 ÷ 265,000 元 is 84.43%, the printed
    22.37 ÷ 26.50 gives 84.42%. Every amount printed stands for a range half a unit of its last place either side;
    a stated rate inside the range those give (to its own last place) is the form's figure, and the report restates
    it, so the narrative and the table agree. A stated rate outside it is the form's error, left to the problems."""
    computed = _ratio(spent, budget)
    if stated is None:
        return computed
    permitted = rate_from_printed((stated, half_place(stated)), (spent.value, half_place(spent.value)),
                                  (budget.value, half_place(budget.value)))
    return stated if permitted else computed


def build_facts(report: ReportInput) -> FactSheet:
    sheet = FactSheet()
    src = report.source_path or ""
    b, mu = report.budget, report.budget.unit

    initial = sheet.add("年初预算", b.initial, mu, "budget.initial", src, "budget") if b.initial is not None else None
    adjusted = sheet.add("调整预算", b.adjusted, mu, "budget.adjusted", src, "budget") if b.adjusted is not None else None
    actual = sheet.add("实际支出", b.actual, mu, "budget.actual", src, "budget") if b.actual is not None else None
    line_facts: list[tuple[int, dict[str, Fact]]] = []
    for i, line in enumerate(b.lines):
        added = {}
        for attr, word in (("initial", "年初预算"), ("adjusted", "调整预算"), ("actual", "实际支出")):
            v = getattr(line, attr)
            if v is not None:
                added[attr] = sheet.add(f"其中{line.name}{word}", v, mu, f"budget.lines[{i}].{attr}", src, "budget")
        line_facts.append((i, added))
    if b.stated_completion_rate is not None:
        sheet.add("表内填报预算完成率", b.stated_completion_rate, "%", "budget.stated_completion_rate", src, "budget")
    if b.stated_adjustment_rate is not None:
        sheet.add("表内填报预算调整率", b.stated_adjustment_rate, "%", "budget.stated_adjustment_rate", src, "budget")

    if b.score_weight is not None:
        sheet.add("预算执行率分值", b.score_weight, "分", "budget.score_weight", src, "budget")
    if b.score is not None:
        sheet.add("预算执行率自评得分", b.score, "分", "budget.score", src, "budget")

    full = adjusted or initial
    if actual is not None and full is not None and full.value > 0:
        sheet.add("预算完成率", _as_stated(actual, full, b.stated_completion_rate), "%", "derived.completion_rate", src,
                  "budget",
                  f"{actual.label} {fmt(actual.value)} ÷ {full.label} {fmt(full.value)} × 100%",
                  [actual.id, full.id])
        if full.value >= actual.value:
            sheet.add("预算结余", _balance_as_stated(full, actual, b.stated_balance), mu, "derived.balance", src,
                      "budget",
                      f"{full.label} {fmt(full.value)} − {actual.label} {fmt(actual.value)}", [full.id, actual.id])
        else:
            sheet.add("超预算支出", actual.value - full.value, mu, "derived.overspend", src, "budget",
                      f"{actual.label} {fmt(actual.value)} − {full.label} {fmt(full.value)}", [actual.id, full.id])
    if initial is not None and adjusted is not None and initial.value > 0:
        diff = adjusted.value - initial.value
        sheet.add("预算调整率", q2(diff / initial.value * 100), "%", "derived.adjustment_rate", src, "budget",
                  f"(调整预算 {fmt(adjusted.value)} − 年初预算 {fmt(initial.value)}) ÷ 年初预算 {fmt(initial.value)} × 100%",
                  [adjusted.id, initial.id])
        sheet.add("预算调整数", abs(diff), mu, "derived.adjustment_amount", src, "budget",
                  f"|调整预算 {fmt(adjusted.value)} − 年初预算 {fmt(initial.value)}|", [adjusted.id, initial.id])

    for ti, task in enumerate(report.tasks):
        rec, tname = f"tasks[{ti}]", task.id or task.name
        amount = sheet.add(f"{tname}任务涉及金额", task.amount, mu, f"{rec}.amount", src, rec) \
            if task.amount is not None else None
        if task.spent is not None:
            spent = sheet.add(f"{tname}执行数", task.spent, mu, f"{rec}.spent", src, rec)
            if amount is not None:
                _execution(sheet, tname, amount, spent, rec, "任务涉及金额", mu)
        for ii, ind in enumerate(task.indicators):
            ipath = f"{rec}.indicators[{ii}]"
            tgt = act = None
            if ind.target is not None:
                tgt = sheet.add(f"{tname}指标“{ind.name}”目标值", ind.target, ind.unit, f"{ipath}.target", src, rec)
            if ind.actual is not None:
                act = sheet.add(f"{tname}指标“{ind.name}”实际值", ind.actual, ind.unit, f"{ipath}.actual", src, rec)
            for attr, word in (("score_weight", "分值"), ("score", "自评得分")):
                if getattr(ind, attr) is not None:
                    sheet.add(f"{tname}指标“{ind.name}”{word}", getattr(ind, attr), "分", f"{ipath}.{attr}", src, rec)
            short = tgt is not None and act is not None and (
                (ind.comparison is Comparison.ge and act.value < tgt.value)
                or (ind.comparison is Comparison.le and act.value > tgt.value))
            if short:
                gap_unit = "个百分点" if ind.unit == "%" else ind.unit  # 95% − 92% is 3 points, not 3 %
                sheet.add(f"{tname}指标“{ind.name}”与目标差距", abs(tgt.value - act.value), gap_unit,
                          f"derived.{ipath}.gap", src, rec,
                          f"|目标值 {fmt(tgt.value)} − 实际值 {fmt(act.value)}|", [tgt.id, act.id])
            if tgt is not None and act is not None and tgt.value > 0 and act.value > 0:
                if ind.comparison is Comparison.le:
                    ratio, formula = _ratio(tgt, act), f"目标值 {fmt(tgt.value)} ÷ 实际值 {fmt(act.value)} × 100%"
                    ops = [tgt.id, act.id]
                else:
                    ratio, formula = _ratio(act, tgt), f"实际值 {fmt(act.value)} ÷ 目标值 {fmt(tgt.value)} × 100%"
                    ops = [act.id, tgt.id]
                sheet.add(f"{tname}指标“{ind.name}”完成比例", ratio, "%", f"derived.{ipath}.ratio", src, rec,
                          formula, ops)

    for pi, proj in enumerate(report.key_projects):
        rec = f"key_projects[{pi}]"
        pb = sheet.add(f"{proj.name}全年预算数", proj.full_year, mu, f"{rec}.budget", src, rec) if proj.full_year is not None else None
        pa = sheet.add(f"{proj.name}执行数", proj.actual, mu, f"{rec}.actual", src, rec) if proj.actual is not None else None
        if pb is not None and pa is not None:
            _execution(sheet, proj.name, pb, pa, rec, "全年预算数", mu, proj.stated_rate)
    # each funding line's own 执行率 and balance, last so the ids above keep their numbers: the budget problem
    # names the line that lags, and a model may quote it
    for i, added in line_facts:
        budget_fact, spent = added.get("adjusted") or added.get("initial"), added.get("actual")
        if budget_fact is not None and spent is not None:
            word = "调整预算" if "adjusted" in added else "年初预算"
            _execution(sheet, f"其中{b.lines[i].name}", budget_fact, spent, f"budget.lines[{i}]", word, mu,
                       b.lines[i].stated_rate, b.lines[i].stated_balance)
    _last_years(sheet, report)
    _spending(sheet, report)
    _line_changes(sheet, line_facts, report)
    return sheet


def _line_changes(sheet: FactSheet, line_facts: list[tuple[int, dict[str, Fact]]], report: ReportInput) -> None:
    """How much each funding line's budget changed in the year (|调整预算 − 年初预算|): the whole's adjustment hides which
    money was added or cut — appended last, so that a form without such lines keeps its fact ids."""
    for i, added in line_facts:
        initial, adjusted = added.get("initial"), added.get("adjusted")
        if initial is not None and adjusted is not None and initial.value != adjusted.value:
            sheet.add(f"其中{report.budget.lines[i].name}预算调整数", abs(adjusted.value - initial.value),
                      report.budget.unit, f"derived.budget.lines[{i}].adjustment_amount", report.source_path or "",
                      f"budget.lines[{i}]", f"|调整预算 {fmt(adjusted.value)} − 年初预算 {fmt(initial.value)}|",
                      [adjusted.id, initial.id])


def _spending(sheet: FactSheet, report: ReportInput) -> None:
    """The year's spending by item (支出构成, no budgets): each item's 执行数, and its share of the year's spending when
    the items add up to it — appended last, so that a form without them keeps its fact ids."""
    total = sheet.get("budget.actual")
    if not report.spending:
        return
    src, mu = report.source_path or "", report.budget.unit
    whole = total is not None and total.value > 0 and sum(i.actual for i in report.spending) == total.value
    for i, item in enumerate(report.spending):
        spent = sheet.add(f"支出构成{item.name}全年执行数", item.actual, mu, f"spending[{i}].actual", src, "spending")
        if whole:
            sheet.add(f"{item.name}占全年执行数的比例", _ratio(spent, total), "%", f"derived.spending[{i}].share", src,
                      "spending", f"{item.name} {fmt(item.actual)} ÷ 全年执行数 {fmt(total.value)} × 100%",
                      [spent.id, total.id])


def _last_years(sheet: FactSheet, report: ReportInput) -> None:
    """上年实际 and this year's change on it, for every row whose form gives last year's figure — appended after
    every other fact, so that a form without the column keeps its fact ids."""
    src = report.source_path or ""
    for ti, task in enumerate(report.tasks):
        rec, tname = f"tasks[{ti}]", task.id or task.name
        for ii, ind in enumerate(task.indicators):
            ipath = f"{rec}.indicators[{ii}]"
            if ind.last_year is None:
                continue
            last = sheet.add(f"{tname}指标“{ind.name}”上年实际", ind.last_year, ind.unit, f"{ipath}.last_year", src, rec)
            act = sheet.get(f"{ipath}.actual")
            if act is not None:
                change_unit = "个百分点" if ind.unit == "%" else ind.unit  # 84.1% → 82.6% falls 1.5 points
                sheet.add(f"{tname}指标“{ind.name}”较上年变化", act.value - last.value, change_unit,
                          f"derived.{ipath}.change", src, rec,
                          f"实际值 {fmt(act.value)} − 上年实际 {fmt(last.value)}", [act.id, last.id])


def _balance_as_stated(budget: Fact, spent: Fact, stated: Decimal | None) -> Decimal:
    """The balance to write: the form's 结余 where it states one its printed amounts allow (each stands for half a
    unit of its last place either side: forms subtract the 元), else budget − spent."""
    computed = budget.value - spent.value
    if stated is None:
        return computed
    slack = half_place(budget.value) + half_place(spent.value) + half_place(stated)
    return stated if abs(stated - computed) <= slack else computed


def _execution(sheet: FactSheet, name: str, budget: Fact, spent: Fact, rec: str, word: str, mu: str,
               stated: Decimal | None = None, stated_balance: Decimal | None = None) -> None:
    """执行率 (the form's own where it states one, `_as_stated`) and the amount left unspent of a key project's or a
    task's own budget."""
    if budget.value <= 0:
        return
    src = budget.source
    sheet.add(f"{name}执行率", _as_stated(spent, budget, stated), "%", f"derived.{rec}.execution_rate", src, rec,
              f"执行数 {fmt(spent.value)} ÷ {word} {fmt(budget.value)} × 100%", [spent.id, budget.id])
    if budget.value > spent.value:
        sheet.add(f"{name}未执行金额", _balance_as_stated(budget, spent, stated_balance), mu, f"derived.{rec}.unspent",
                  src, rec,
                  f"{word} {fmt(budget.value)} − 执行数 {fmt(spent.value)}", [budget.id, spent.id])
