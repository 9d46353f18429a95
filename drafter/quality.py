"""Reviewer expectations for 存在问题 / 改进措施, and the metrics that score a draft against them.

A case's `expected.yaml` (tests/quality/) lists the problems a finance-bureau reviewer expects — kind,
subject, figure —, the ones that may appear, the ones that must not, and phrases no measure may use for
that unit. The metrics read the draft's paragraphs (kind, id, ref, text), so they score any engine:

- problem_recall: share of expected problems found (an item of one of the kinds, naming one of the
  subjects and stating the figure by value and unit);
- false_problems: items matching a `not` entry or no expected/allowed entry, plus `not` phrases present;
- measure_specificity: share of measures (answering an expected problem) that name that problem's subject;
- duplicate_measures: sentences shared by two measures;
- misfit_measures: `measures_banned` phrases found in the measures;
- cause_recall: share of expected problems with a form-stated cause (`cause`: words of the form's
  偏差原因 / 未完成原因) whose item states that cause near its subject and says it comes from the form
  (自评表), or — `cause_missing`: the form's reason is empty or vague (无, /, 其他原因) — says the cause is
  not stated;
- cause_measures: share of those whose measure answers the cause: names its words near the subject, or
  for a missing cause asks for it to be established;
- narrative_banned: `narrative_banned` phrases found in 目标完成情况 (a wrong figure stated as fact).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

KINDS = (
    "budget_under_execution", "over_execution", "large_adjustment", "project_under_execution", "task_under_execution",
    "project_over_execution", "task_without_indicators", "no_indicators", "only_quantity_indicators",
    "indicator_below_target", "indicator_not_numeric", "target_too_low", "stated_rate_mismatch",
    "score_too_high", "score_too_low", "score_total_mismatch", "total_subtotal_mismatch",
    "inconsistent_figures", "satisfaction_without_survey", "stated_by_unit", "stated_none", "stated_in_logs",
)


def _as_list(v: Any) -> Any:
    return [v] if isinstance(v, str) else v


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Expected(_Strict):
    kind: list[str] = Field(description="one kind, or the kinds any of which answers the expectation")
    subject: list[str] = Field(default_factory=list, description="words the item names (any one of them)")
    figure: str | None = Field(None, description="a figure the item states, e.g. 71.02% or 8.62万人次")
    cause: list[str] = Field(default_factory=list, description=(
        "words of the cause the form states for this shortfall (偏差原因), any one of which the item and its "
        "measure name"))
    cause_missing: bool = Field(False, description="the form's reason is empty or vague: the item says so")

    _lists = field_validator("kind", "subject", "cause", mode="before")(lambda cls, v: _as_list(v))

    @field_validator("kind")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = [k for k in v if k not in KINDS]
        if unknown:
            raise ValueError(f"未知的问题类型 / unknown kind: {', '.join(unknown)}")
        return v


class Forbidden(_Strict):
    kind: str | None = None
    subject: list[str] = Field(default_factory=list)
    phrase: str | None = Field(None, description="text that must not appear in 存在问题")

    _lists = field_validator("subject", mode="before")(lambda cls, v: _as_list(v))


class Expectations(_Strict):
    unit_kind: str | None = None
    problems: list[Expected] = Field(default_factory=list)
    allowed: list[Expected] = Field(default_factory=list)
    forbidden: list[Forbidden] = Field(default_factory=list, alias="not")
    measures_banned: list[str] = Field(default_factory=list)
    narrative_banned: list[str] = Field(default_factory=list, description="phrases 目标完成情况 must not state")


def load_expectations(path: str | Path) -> Expectations:
    from .errors import InputError
    from .load import parse_data_file, validation_to_input_error

    file = Path(path)
    if not file.is_file():
        raise InputError(file, "预期问题文件不存在 / expectations file not found")
    try:
        return Expectations.model_validate(parse_data_file(file) or {})
    except Exception as e:  # a pydantic error becomes one line naming the field
        from pydantic import ValidationError

        if isinstance(e, ValidationError):
            raise validation_to_input_error(file, e) from None
        raise


def _kind(paragraph: Any) -> str:
    return (getattr(paragraph, "kind", "") or "").removeprefix("detected:")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _states_figure(text: str, figure: str) -> bool:
    from .metrics import KeyFigure, covered_figures
    from .numbers import extract_mentions

    mention = next((m for m in extract_mentions(figure) if m.value is not None), None)
    if mention is None:
        return figure in text
    return bool(covered_figures(text, [KeyFigure(name=figure, value=Decimal(mention.value), unit=mention.unit)]))


def _names(text: str, subjects: list[str]) -> bool:
    return not subjects or any(_squash(s) in _squash(text) for s in subjects)


def matches(item: Any, exp: Expected, *, with_figure: bool = True) -> bool:
    kind = _kind(item)
    if kind in KINDS and kind not in exp.kind:
        return False
    if not _names(item.text, exp.subject):
        return False
    return not (with_figure and exp.figure) or _states_figure(item.text, exp.figure)


def _forbidden(item: Any, f: Forbidden) -> bool:
    if f.phrase is not None:
        return False
    return (f.kind is None or _kind(item) == f.kind) and (not f.subject or _names(item.text, f.subject))


def _sentences(text: str) -> list[str]:
    from .text import split_sentences

    body = re.sub(r"^（[一二三四五六七八九十]+）", "", text.strip())
    parts = [c for s in split_sentences(body) for c in re.split(r"[；;]", s)]
    return [_squash(c).rstrip("。") for c in parts if len(_squash(c)) >= 12]


# How a reviewer says the cause is not given, and asks for it.
_CAUSE_NOT_GIVEN = re.compile(
    r"未(?:说明|分析|填写|写明|填报|列明|给出|提供)[^。；]{0,12}原因|原因[^。；]{0,12}(?:未说明|未填写|未分析|空缺|"
    r"不具体|不明确|笼统|缺失|为空)|没有(?:说明|分析|填写)[^。；]{0,8}原因")
_CAUSE_ASKED = re.compile(r"(?:查明|分析|补充|写明|说明|补填|核实)[^。；]{0,12}原因")


def _near(text: str, subject: list[str], others: list[str], test: Any) -> bool:
    """Whether `test` holds for some stretch of `text` from a mention of the subject up to the next mention
    of another subject: in a merged item each subject's clause carries its own cause."""
    flat = _squash(text)
    starts = [m.start() for s in subject if s for m in re.finditer(re.escape(_squash(s)), flat)]
    if not subject:
        starts = [0]
    for start in starts:
        # a one-character subject (the 无 of stated_none) marks no clause: "仅填“无”" is the cause itself
        ends = [flat.find(_squash(o), start + 1) for o in others
                if len(_squash(o)) >= 2 and _squash(o) not in _squash("".join(subject))]
        end = min([e for e in ends if e > start] or [len(flat)])
        if test(flat[start:end]):
            return True
    return False


def _cause_scores(items: list[Any], measures: list[Any], exp: Expectations) -> tuple[dict[str, Decimal], dict[str, Any]]:
    wanted = [e for e in exp.problems if e.cause or e.cause_missing]
    others = [s for e in [*exp.problems, *exp.allowed] for s in e.subject]
    by_ref: dict[str, list[Any]] = {}
    for m in measures:
        by_ref.setdefault(getattr(m, "ref", None) or "", []).append(m)
    stated = answered = 0
    missed, unanswered = [], []
    for e in wanted:
        def states(chunk: str, e: Expected = e) -> bool:
            if e.cause_missing:
                return bool(_CAUSE_NOT_GIVEN.search(chunk))
            return "自评表" in chunk and any(_squash(c) in chunk for c in e.cause)

        def answers(chunk: str, e: Expected = e) -> bool:
            if e.cause_missing:
                return bool(_CAUSE_ASKED.search(chunk))
            return any(_squash(c) in chunk for c in e.cause)

        # another item's subject that is one of this cause's own words (林权纠纷 stated by the unit as a problem
        # of its own) is what is looked for, not where this subject's clause ends
        bounds = [o for o in others if not any(_squash(o) in _squash(c) or _squash(c) in _squash(o) for c in e.cause)]
        hits = [p for p in items if matches(p, e) and _near(p.text, e.subject, bounds, states)]
        label = f"{'/'.join(e.subject)}：{'/'.join(e.cause) or '原因未填'}"
        if hits:
            stated += 1
        else:
            missed.append(label)
        targets = hits or [p for p in items if matches(p, e)]
        replies = [m for p in targets for m in by_ref.get(getattr(p, "id", None) or "", [])]
        if any(_near(m.text, e.subject, bounds, answers) for m in replies):
            answered += 1
        else:
            unanswered.append(label)
    values = {"cause_recall": (Decimal(stated) / len(wanted)).quantize(Decimal("0.0001")) if wanted else Decimal(1),
              "cause_measures": (Decimal(answered) / len(wanted)).quantize(Decimal("0.0001")) if wanted else Decimal(1)}
    details: dict[str, Any] = {}
    if missed:
        details["causes_missed"] = missed
    if unanswered:
        details["causes_unanswered"] = unanswered
    return values, details


def score_quality(problems: list[Any], measures: list[Any], exp: Expectations,
                  narrative: list[Any] | None = None) -> tuple[dict[str, Decimal], dict[str, Any]]:
    """The figures for one draft's 存在问题 / 改进措施 (and 目标完成情况) paragraphs against the expectations."""
    values: dict[str, Decimal] = {}
    details: dict[str, Any] = {}
    items = [p for p in problems if p.text.strip() and _kind(p) != "no_problem"]

    found = [e for e in exp.problems if any(matches(p, e) for p in items)]
    values["problem_recall"] = (Decimal(len(found)) / len(exp.problems)).quantize(Decimal("0.0001")) \
        if exp.problems else Decimal(1)
    missed = [f"{'/'.join(e.kind)}：{'/'.join(e.subject)} {e.figure or ''}".strip() for e in exp.problems if e not in found]
    if missed:
        details["problems_missed"] = missed

    false = []
    for p in items:
        bad = any(_forbidden(p, f) for f in exp.forbidden)
        known = any(matches(p, e, with_figure=False) for e in [*exp.problems, *exp.allowed])
        if bad or not known:
            false.append(p.text[:60])
    section = "\n".join(p.text for p in problems)
    false += [f"含“{f.phrase}”" for f in exp.forbidden if f.phrase and _squash(f.phrase) in _squash(section)]
    values["false_problems"] = Decimal(len(false))
    if false:
        details["false_problems"] = false

    by_id = {p.id: p for p in items if getattr(p, "id", None)}
    judged = specific = 0
    vague = []
    for i, m in enumerate(measures):
        target = by_id.get(getattr(m, "ref", None)) or (items[i] if not by_id and i < len(items) else None)
        if target is None:
            continue
        wanted = [e for e in [*exp.problems, *exp.allowed] if e.subject and matches(target, e, with_figure=False)]
        if not wanted:
            continue
        judged += 1
        if all(_names(m.text, e.subject) for e in wanted):
            specific += 1
        else:
            vague.append(m.text[:50])
    values["measure_specificity"] = (Decimal(specific) / judged).quantize(Decimal("0.0001")) if judged else Decimal(1)
    if vague:
        details["measures_without_subject"] = vague

    seen: dict[str, int] = {}
    for i, m in enumerate(measures):
        for s in set(_sentences(m.text)):
            seen[s] = seen.get(s, 0) + 1
    dupes = [s for s, n in seen.items() if n > 1]
    values["duplicate_measures"] = Decimal(len(dupes))
    if dupes:
        details["duplicate_measures"] = [d[:40] for d in dupes]

    text = "\n".join(m.text for m in measures)
    misfit = [w for w in exp.measures_banned if _squash(w) in _squash(text)]
    values["misfit_measures"] = Decimal(len(misfit))
    if misfit:
        details["misfit_measures"] = misfit

    cause_values, cause_details = _cause_scores(items, measures, exp)
    values.update(cause_values)
    details.update(cause_details)

    story = _squash("\n".join(p.text for p in narrative or []))
    stated_wrong = [w for w in exp.narrative_banned if _squash(w) in story]
    values["narrative_banned"] = Decimal(len(stated_wrong))
    if stated_wrong:
        details["narrative_banned"] = stated_wrong
    return values, details


def corpus_lines(records: list[Any]) -> list[str]:
    """One line per variant over every case with expectations: the figures issue 11 asks to print."""
    lines = []
    for variant in dict.fromkeys(r.variant for r in records):
        rows = [r for r in records if r.variant == variant and "problem_recall" in r.metrics]
        if not rows:
            continue
        n = len(rows)

        def total(name: str) -> Decimal:
            return sum((r.metrics.get(name, Decimal(0)) for r in rows), Decimal(0))

        lines.append(
            f"语料 / corpus（{variant}，{n} 例）：问题检出率 {total('problem_recall') / n:.4f}，"
            f"误报问题 {total('false_problems'):f}，无法溯源数字 {total('unsupported'):f}，"
            f"重复措施句 {total('duplicate_measures'):f}，措施点名问题对象 {total('measure_specificity') / n:.4f}，"
            f"不适合单位的措施用语 {total('misfit_measures'):f}，偏差原因写入问题 {total('cause_recall') / n:.4f}，"
            f"措施回应偏差原因 {total('cause_measures') / n:.4f}，正文误述数字 {total('narrative_banned'):f}")
    return lines
