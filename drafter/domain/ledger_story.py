"""What 完成情况 says of a ledger (台账) beside the form: how its groups split an indicator it totals.

A ledger's figure column speaks of an indicator when its rows add up to that indicator's actual (the form's 1098例
is the ledger's 1098) and it is the same thing — the header's unit is the indicator's, or the header and the
indicator's name share a word (讲座场次 / 文学讲座). Each key column of the ledger then splits it:
- a few groups (≤ MAX_LISTED), some of several rows: each group's sums in the ledger's order — "分批次看，第一批（4月10日）
  新增接口46个，第二批…"; a date the group's rows share is given with it; a value that names its column (上半年 of 半年)
  needs no lead;
- many groups, or one row each: the first of them — "分县区看，浑源县复明手术238例，居各县区之首" (none on a tie).
Each figure stands in a clause of its own that names its one group, so a reader (and the checker) knows whose it is.
Amounts keep the decimals of the cells they add.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from .budget import line_clauses
from ..ledgers import Ledger, LedgerColumn, ledger_date
from ..facts import FactSheet
from ..schema import Indicator, ReportInput
from .problems import time_margin

MAX_LISTED = 4
MAX_SENTENCES = 3  # per ledger: a report gives a ledger a few sentences, not its rows


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _same_thing(col: LedgerColumn, ind: Indicator) -> bool:
    if col.unit:
        return col.unit == ind.unit
    return bool(_bigrams(col.label) & _bigrams(ind.name))


def _written(value: Decimal, places: int) -> str:
    text = format(value.quantize(Decimal(1).scaleb(-places)) if places else value.to_integral_value(), "f")
    return text


def _places(ledger: Ledger, ci: int) -> int:
    return max((-(v.as_tuple().exponent) for r in ledger.rows if (v := ledger.figure(r, ci)) is not None
                and v.as_tuple().exponent < 0), default=0)  # type: ignore[operator]


class _Column(NamedTuple):
    """A figure column the report speaks of, in the unit of the figure it totals."""

    ci: int
    unit: str


def _stated_counts(ind: Indicator) -> list[tuple[Decimal, str, str]]:
    """The counts a row's 偏差原因 states (巡护发现问题点位52处), each with its unit and the words before it."""
    from ..numbers import extract_mentions

    note = ind.deviation_note or ""
    return [(m.value, m.unit, note[max(0, m.start - 10):m.start]) for m in extract_mentions(note)
            if not m.ignored and m.value is not None and m.unit and m.kind in ("count", "plain") and not m.is_range]


def matched_columns(ledger: Ledger, indicators: list[Indicator]) -> list[_Column]:
    """The figure columns whose rows total an indicator's actual (the first that fits) — or a count a row's 偏差原因
    states of the same thing (its header ends on that count's unit, or names it: 发现问题点位处 ↔ 发现问题点位52处)."""
    out = []
    for ci, col in enumerate(ledger.columns):
        if col.kind != "number":
            continue
        total = ledger.column_sum(ci)
        stated = ledger.figure(ledger.total, ci) if ledger.total is not None else None
        if total <= 0 or (stated is not None and stated != total):
            continue  # a ledger whose own 合计 disagrees with its rows says nothing sure
        ind = next((i for i in indicators if i.actual is not None and i.actual == total and _same_thing(col, i)), None)
        if ind is not None:
            out.append(_Column(ci, ind.unit))
            continue
        said = next((unit for i in indicators for value, unit, before in _stated_counts(i) if value == total
                     and (col.unit == unit if col.unit else col.label.endswith(unit))
                     and _bigrams(col.label) & _bigrams(before)), None)
        if said is not None:
            out.append(_Column(ci, said))
    return out


def _shared_date(ledger: Ledger, rows: list, dates: list[int]) -> str:
    for di in dates:
        days = {ledger.cell(r, di) for r in rows}
        if len(days) == 1 and (day := ledger_date(days.pop())) is not None:
            return f"（{day.month}月{day.day}日）"
    return ""


def _noun(col: LedgerColumn, unit: str) -> str:
    """The column's noun without the unit it ends on: 标准项数 → 标准项 → 标准 (9项), 讲座场次 → 讲座 (15场),
    发现隐患处 → 发现隐患 (14处)."""
    noun = col.noun
    if unit and noun.endswith(unit) and len(noun) - len(unit) >= 2:
        return noun[: -len(unit)]
    return noun


class _Said(NamedTuple):
    """One ledger sentence as written: `key` is the sentence in full (leaving it out drops it whole), `pieces` the
    span and key of each group's figure in `text` (leaving one out drops that figure only)."""

    key: str
    text: str
    pieces: tuple[tuple[int, int, str], ...]


def _piece_key(ledger: Ledger, ki: int, value: str, ci: int) -> str:
    return f"ledger-piece:{ledger.source}:{ki}:{value}:{ci}"


def _sentences(ledger: Ledger, matched: list[_Column], leave_out: frozenset[str] = frozenset()
               ) -> list[_Said]:
    dates = [ci for ci, c in enumerate(ledger.columns) if c.kind == "date"]
    places = {ci: _places(ledger, ci) for ci, _ in matched}
    out: list[_Said] = []
    halved = False  # a key column of halves (上半年 / 下半年) tells the split already
    told: set[frozenset[int]] = set()  # the groups of rows told: a half that is one of them is said already
    for ki, key in enumerate(ledger.columns):
        if key.kind != "key" or len(out) >= MAX_SENTENCES:
            continue
        groups = ledger.groups(ki)
        if len(groups) < 2 or sum(len(rows) for rows in groups.values()) != len(ledger.rows):
            continue  # a column left blank in some rows splits nothing
        halved = halved or any(value.startswith(("上半年", "下半年")) for value in groups)
        label = key.label
        lead = "" if all(label in value for value in groups) else f"分{label}看，"
        several = any(len(rows) >= 2 for rows in groups.values())
        if several and len(groups) <= MAX_LISTED:
            # a date column that is one day per group and differs between groups dates each group (a batch's day)
            dated = len({_shared_date(ledger, rows, dates) for rows in groups.values()}) == len(groups)
            out += _listed(ledger, ki, lead, groups, matched, places, dates if dated else [], leave_out)
            told |= {frozenset(map(id, rows)) for rows in groups.values()}
        elif len(groups) >= 3:
            ci, unit = matched[0]
            sums = {value: ledger.column_sum(ci, rows) for value, rows in groups.items()}
            top = max(sums.values())
            if list(sums.values()).count(top) != 1:
                continue  # two firsts: none is the first
            value = next(v for v, s in sums.items() if s == top)
            noun = _noun(ledger.columns[ci], unit)
            said = f"{lead}{value}{noun}{_written(top, places[ci])}{unit}，居各{label}之首。"
            out.append(_Said(said, said, ()))
    halves = _halves(ledger, dates) if not halved else None
    if halves is not None and len(out) < MAX_SENTENCES \
            and not any(frozenset(map(id, rows)) in told for rows in halves.values()):
        out += _listed(ledger, -1, "", halves, matched, places, [], leave_out)
    return [s for s in out if s.key not in leave_out]


def _halves(ledger: Ledger, dates: list[int]) -> dict[str, list] | None:
    """The rows by half-year, as the ledger's dates put them: every row dated, each row's dates in one half, rows in
    both halves — else None."""
    if not dates:
        return None
    out: dict[str, list] = {"上半年": [], "下半年": []}
    for r in ledger.rows:
        days = [ledger_date(ledger.cell(r, di)) for di in dates]
        if any(d is None for d in days):
            return None
        sides = {d.month <= 6 for d in days if d is not None}
        if len(sides) != 1:
            return None  # a row from June into July belongs to neither half
        out["上半年" if sides.pop() else "下半年"].append(r)
    return out if out["上半年"] and out["下半年"] else None


def _listed(ledger: Ledger, ki: int, lead: str, groups: dict[str, list], matched: list[_Column],
            places: dict[int, int], dates: list[int], leave_out: frozenset[str]) -> list[_Said]:
    """Each group's sums in the ledger's order (dated by the day its rows share, given `dates`): one sentence."""
    dated = bool(dates)
    full = lead + "，".join(
        f"{value}{_shared_date(ledger, rows, dates) if dated else ''}" + "、".join(
            f"{_noun(ledger.columns[ci], unit) if gi == 0 else ''}"
            f"{_written(ledger.column_sum(ci, rows), places[ci])}{unit}" for ci, unit in matched)
        for gi, (value, rows) in enumerate(groups.items())) + "。"
    # the figures the draft's check could not place are left out one by one; a column's noun goes with its
    # first figure still written, a group without figures goes, and so does a sentence without groups
    text, pieces, named = lead, [], set()
    for value, rows in groups.items():
        figures = [(ci, unit) for ci, unit in matched if _piece_key(ledger, ki, value, ci) not in leave_out]
        if not figures:
            continue
        text += ("，" if text != lead else "") + value + (_shared_date(ledger, rows, dates) if dated else "")
        for n, (ci, unit) in enumerate(figures):
            figure = (f"{'' if ci in named else _noun(ledger.columns[ci], unit)}"
                      f"{_written(ledger.column_sum(ci, rows), places[ci])}{unit}")
            named.add(ci)
            text += "、" if n else ""
            pieces.append((len(text), len(text) + len(figure), _piece_key(ledger, ki, value, ci)))
            text += figure
    if pieces:
        return [_Said(full, text + "。", tuple(pieces))]
    return []


def _said(report: ReportInput, ti: int, leave_out: frozenset[str] = frozenset()) -> list[_Said]:
    if not report.ledgers:
        return []
    indicators = report.tasks[ti].indicators
    out: list[_Said] = []
    for ledger in report.ledgers:
        matched = matched_columns(ledger, indicators)
        if matched:
            out += _sentences(ledger, matched, leave_out)
    return out


def ledger_sentences(report: ReportInput, ti: int, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """The sentences the ledgers beside the form give task `ti`: those whose columns total one of its indicators,
    without the sentences and figures `leave_out` names (see untraced_sentences)."""
    return [s.text for s in _said(report, ti, leave_out)]


def untraced_sentences(report: ReportInput, text: str, unsupported: list, sheet: FactSheet | None = None,
                       leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """What to leave out of the drafted `text` (written with `leave_out`), where it holds a mention the check left
    unsupported (each has .start): the figure of a ledger sentence's group, or the whole sentence when the mention
    is no group's figure; with `sheet`, a funding line's clause of the budget paragraph and an indicator's time
    margin."""
    if not unsupported:
        return frozenset()
    out = set()
    for ti in range(len(report.tasks)):
        for said in _said(report, ti, leave_out):
            at = text.find(said.text)
            while at >= 0:
                for m in unsupported:
                    if not at <= m.start < at + len(said.text):
                        continue
                    piece = next((k for a, b, k in said.pieces if at + a <= m.start < at + b), None)
                    out.add(piece or said.key)
                at = text.find(said.text, at + 1)
    if sheet is not None:
        phrases = line_clauses(report, sheet)  # a funding line's execution, told after the whole's
        for ti, task in enumerate(report.tasks):
            for ii, ind in enumerate(task.indicators):
                ipath = f"tasks[{ti}].indicators[{ii}]"
                margin = time_margin(ind, report.year, sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual"))
                if margin:
                    phrases.append(margin)
        for phrase in phrases:
            at = text.find(phrase)
            while at >= 0:
                if any(at <= m.start < at + len(phrase) for m in unsupported):
                    out.add(phrase)
                    break
                at = text.find(phrase, at + 1)
    return frozenset(out)
