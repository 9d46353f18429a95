"""The budget sentence of 目标完成情况, in the form's own words.

A project form has 年初预算数 / 全年预算数 / 全年执行数 / 执行率 and no 调整预算 column: 全年预算数 is the
budget after any change, called 调整后 only where 年初 ≠ 全年. A department's form has 年初预算 / 调整预算
/ 实际支出 / 预算完成率 / 预算调整率, the adjustment's sign written 调减 / 调增. Spending above the budget is
超支, never 结余.
"""

from __future__ import annotations

from ..facts import Fact, FactSheet
from ..schema import FormKind, ReportInput, breakdowns
from ..text import end_sentence


_NO_REMARK = {"", "无", "/", "—", "-", "——", "－"}


def _line_clauses(report: ReportInput, sheet: FactSheet) -> list[tuple[str, list[Fact]]]:
    """Each funding line's own budget, spending, 执行率 and balance, as the 资金来源 table gives them — for the lines
    of the whole's first split (by source) when two or more of them have both a budget and a spending."""
    project = report.form is FormKind.project
    splits = breakdowns(list(enumerate(report.budget.lines)), lambda pair: pair[1].name)
    out = []
    for i, line in (splits[0] if splits else []):
        budget = sheet.get(f"budget.lines[{i}].adjusted") or sheet.get(f"budget.lines[{i}].initial")
        spent, rate = sheet.get(f"budget.lines[{i}].actual"), sheet.get(f"derived.budget.lines[{i}].execution_rate")
        if budget is None or spent is None or rate is None:
            continue
        unspent = sheet.get(f"derived.budget.lines[{i}].unspent")
        word = "全年预算数" if project else ("调整预算" if sheet.get(f"budget.lines[{i}].adjusted") else "年初预算")
        # a line whose budget changed: its 年初 budget and the change first (which money was added or cut)
        initial, change = sheet.get(f"budget.lines[{i}].initial"), sheet.get(f"derived.budget.lines[{i}].adjustment_amount")
        start, told = "", []
        if change is not None and initial is not None and line.initial:  # (a change needs both budgets; a line
            # with no 年初 budget — 上年结转资金 added mid-year — is told by its 全年 figure alone)
            start = f"{'年初预算数' if project else '年初预算'}{initial.text}，"
            told = [initial, change]
            changed = f"（{'调增' if line.adjusted > line.initial else '调减'}{change.text}）"
        else:
            changed = ""
        clause = (f"{line.name}{start}{word}{budget.text}{changed}，{'执行数' if project else '实际支出'}{spent.text}，"
                  f"执行率{rate.text}" + (f"，结余{unspent.text}" if unspent is not None else ""))
        out.append((clause, told + [budget, spent, rate] + ([unspent] if unspent is not None else [])))
    return out if len(out) >= 2 else []


def _spending_clauses(report: ReportInput, sheet: FactSheet) -> list[tuple[str, list[Fact]]]:
    """Each spending item given without a budget (支出构成), with its share of the year's spending: how the money
    was spent, as the form's 支出明细 of 执行数 tells it."""
    out = []
    for i, item in enumerate(report.spending):
        spent, share = sheet.get(f"spending[{i}].actual"), sheet.get(f"derived.spending[{i}].share")
        if spent is not None and share is not None:
            out.append((f"{item.name}{spent.text}，占{share.text}", [spent, share]))
    return out if len(out) >= 2 else []


def line_clauses(report: ReportInput, sheet: FactSheet) -> list[str]:
    """The funding lines' and spending items' clauses the budget paragraph may write (each may be left out alone)."""
    return [clause for clause, _ in _line_clauses(report, sheet) + _spending_clauses(report, sheet)]


def budget_sentence(report: ReportInput, sheet: FactSheet, leave_out: frozenset[str] = frozenset()
                    ) -> tuple[str, list[tuple[Fact, str | None]]]:
    """The paragraph and the facts it writes ((fact, the text written when it is not fact.text)); `leave_out`: the
    funding lines' clauses the draft's check could not place."""
    b = report.budget
    project = report.form is FormKind.project
    initial, adjusted, actual = sheet.get("budget.initial"), sheet.get("budget.adjusted"), sheet.get("budget.actual")
    adj_rate, adj_amount = sheet.get("derived.adjustment_rate"), sheet.get("derived.adjustment_amount")
    completion = sheet.get("derived.completion_rate")
    balance, overspend = sheet.get("derived.balance"), sheet.get("derived.overspend")
    changed = adj_rate is not None and adj_rate.value != 0
    word = ("调减" if adj_rate.value < 0 else "调增") if changed else ""
    parts: list[str] = []
    used: list[tuple[Fact, str | None]] = []
    head = f"{report.year}年，{report.unit}" if not report.unit.startswith(str(report.year)) else report.unit
    # the form's 备注 of each line: its own account of that money (7月省人防办追加24.00万元用于…), after the figures —
    # whether or not the form prints the 年初 budget that would show the change
    why = "；".join(f"{line.name}：{line.note.strip().rstrip('。；;，, ')}" for line in b.lines
                    if line.note and line.note.strip() not in _NO_REMARK)
    if project:
        head += "，"  # the project's name is no part of the figure's words (防控经费全年预算数 reads as spending)
        full = adjusted or initial
        if changed:
            parts.append(f"{head}年初预算数{initial.text}，调整后全年预算数{adjusted.text}，较年初{word}{adj_amount.text}"
                         f"（{word}{adj_rate.abs_text}）")
            used += [(initial, None), (adjusted, None), (adj_amount, None), (adj_rate, adj_rate.abs_text)]
        elif full is not None:
            parts.append(f"{head}全年预算数{full.text}")
            used.append((full, None))
        labels = ("全年执行数", "执行率（全年执行数÷全年预算数）")
    else:
        if initial is not None:
            parts.append(f"{head}年初预算{initial.text}")
            used.append((initial, None))
            head = ""
        if adjusted is not None:
            if changed:
                parts.append(f"调整预算{adjusted.text}，较年初{word}{adj_amount.text}，预算调整率为{word}{adj_rate.abs_text}")
                used += [(adjusted, None), (adj_amount, None), (adj_rate, adj_rate.abs_text)]
            else:
                parts.append(f"{head}调整预算{adjusted.text}")
                used.append((adjusted, None))
        base = "调整预算" if adjusted is not None else "年初预算"
        labels = ("全年实际支出", f"预算完成率（实际支出÷{base}）")
    if actual is not None:
        lines = [(line, sheet.get(f"budget.lines[{i}].actual")) for i, line in enumerate(b.lines)]
        lines = [(line, f) for line, f in lines if f is not None and f.value != 0]
        # by source, then by kind of spending: two splits of one total, each listed on its own
        inner = "；".join("、".join(f"{line.name}{f.text}" for line, f in split)
                         for split in breakdowns(lines, lambda pair: pair[0].name))
        parts.append(f"{labels[0]}{actual.text}" + (f"（其中{inner}）" if inner else ""))
        used.append((actual, None))
        used += [(f, None) for _, f in lines]
    if completion is not None:
        sentence = f"{labels[1]}为{completion.text}"
        used.append((completion, None))
        if balance is not None and balance.value > 0:
            sentence += f"，结余{balance.text}"
            used.append((balance, None))
        if overspend is not None:
            sentence += f"，超支{overspend.text}"
            used.append((overspend, None))
        parts.append(sentence)
    text = end_sentence("，".join(parts)) if parts else "本年度未填报预算资金数据。"
    # each funding line's execution: which money was spent and which was left, as the 资金来源 table reads
    lines = [(clause, facts) for clause, facts in _line_clauses(report, sheet) if clause not in leave_out]
    if lines and parts:
        text += "其中，" + "；".join(clause for clause, _ in lines) + "。"
        used += [(f, None) for _, facts in lines for f in facts]
    items = [(clause, facts) for clause, facts in _spending_clauses(report, sheet) if clause not in leave_out]
    if items and parts:  # the form's 支出明细 of 执行数 only: what the money went to
        text += "全年支出中，" + "；".join(clause for clause, _ in items) + "。"
        used += [(f, None) for _, facts in items for f in facts]
    if why and parts:  # a sentence of its own: the line it names is no subject of the whole's figures before it
        text += f"据自评表备注，{why}。"
    return text, used
