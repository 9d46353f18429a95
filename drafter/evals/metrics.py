"""What a suite measures: the metric registry and the scoring of one output (drafter.metrics does the text work)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import metrics as M
from .. import summary_metrics as SM
from ..errors import InputError

if TYPE_CHECKING:
    from .suite import Assertions, Case, Suite


class MetricSpec(BaseModel):
    name: str
    label: str
    higher_is_better: bool | None = Field(description="None: informational, never compared")


METRICS: dict[str, MetricSpec] = {
    m.name: m
    for m in (
        MetricSpec(name="number_fidelity", label="数字可溯源比例", higher_is_better=True),
        MetricSpec(name="unsupported", label="无法溯源的数字个数", higher_is_better=False),
        MetricSpec(name="key_figures", label="关键数字覆盖率", higher_is_better=True),
        MetricSpec(name="length_ok", label="字数在范围内", higher_is_better=True),
        MetricSpec(name="chars", label="字数", higher_is_better=None),
        MetricSpec(name="headings", label="必备标题", higher_is_better=True),
        MetricSpec(name="required_phrases", label="必备用语", higher_is_better=True),
        MetricSpec(name="banned_phrases", label="禁用语/空泛表述", higher_is_better=False),
        MetricSpec(name="pairing", label="问题—措施对应", higher_is_better=True),
        MetricSpec(name="rouge_l_char", label="ROUGE-L（字）", higher_is_better=True),
        MetricSpec(name="rouge_l_word", label="ROUGE-L（词）", higher_is_better=True),
        MetricSpec(name="judge", label="评审打分（1–5）", higher_is_better=True),
        MetricSpec(name="model_share", label="模型撰写的段落比例", higher_is_better=True),
        MetricSpec(name="regex", label="正则断言通过比例", higher_is_better=True),
        MetricSpec(name="custom", label="自定义断言通过比例", higher_is_better=True),
        # From the run, not the text: thresholds only (they vary run to run, so never compared with a baseline).
        MetricSpec(name="cost", label="每次运行费用", higher_is_better=False),
        MetricSpec(name="latency_seconds", label="每次运行用时（秒）", higher_is_better=False),
        MetricSpec(name="key_fact_recall", label="关键事实召回率", higher_is_better=True),
        MetricSpec(name="boilerplate", label="套话/残留句数", higher_is_better=False),
        MetricSpec(name="cut_sentences", label="截断句数", higher_is_better=False),
        MetricSpec(name="fill", label="篇幅利用率", higher_is_better=True),
        MetricSpec(name="problem_recall", label="预期问题检出率", higher_is_better=True),
        MetricSpec(name="false_problems", label="误报问题数", higher_is_better=False),
        MetricSpec(name="measure_specificity", label="措施点名问题对象比例", higher_is_better=True),
        MetricSpec(name="duplicate_measures", label="措施重复句数", higher_is_better=False),
        MetricSpec(name="misfit_measures", label="不适合本单位的措施用语", higher_is_better=False),
        MetricSpec(name="cause_recall", label="表中偏差原因写入问题的比例", higher_is_better=True),
        MetricSpec(name="cause_measures", label="措施回应偏差原因的比例", higher_is_better=True),
        MetricSpec(name="narrative_banned", label="正文中误述的数字", higher_is_better=False),
    )
}
MetricName = Literal[
    "number_fidelity", "unsupported", "key_figures", "length_ok", "chars", "headings", "required_phrases",
    "banned_phrases", "pairing", "rouge_l_char", "rouge_l_word", "judge", "model_share", "regex", "custom",
    "cost", "latency_seconds", "key_fact_recall", "boilerplate", "cut_sentences", "fill",
    "problem_recall", "false_problems", "measure_specificity", "duplicate_measures", "misfit_measures",
    "cause_recall", "cause_measures", "narrative_banned",
]
# Applied unless a suite sets its own: a prompt that makes the model miss most problems (drafter's rules then
# write them) fails, and so does any failing regex or Python assertion.
DEFAULT_THRESHOLDS: dict[str, Decimal] = {"model_share": Decimal("0.8"), "regex": Decimal(1), "custom": Decimal(1)}
RUN_METRICS = ("cost", "latency_seconds")


# ---------------------------------------------------------------- scoring one output


class Output(BaseModel):
    """What a task produced, in the shape the metrics read."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    text: str
    check: Any = None
    sections: dict[str, list[Any]] = Field(default_factory=dict, description="section name → Paragraphs")
    usage: Any = None
    prompts: dict[str, str] = Field(default_factory=dict)
    prompt_sha256: dict[str, str] = Field(default_factory=dict)
    source: str | None = Field(None, description="summary: the report's cleaned text (cut sentences are judged on it)")
    chars_limit: int | None = Field(None, description="summary: the --chars limit")


def draft_text(draft: Any) -> str:
    """The draft as the reader sees it: a heading per section, then its paragraphs."""
    parts = []
    for section in draft.sections:
        parts.append(f"## {section.name}\n\n" + "\n\n".join(p.text for p in section.paragraphs))
    return "\n\n".join(parts)


def auto_figures(task: str, report: Any, sheet: Any) -> list[M.KeyFigure]:
    """The figures a reviewer looks for first, per task (shared/notes/domain.md).

    目标完成情况 / all: 预算完成率, every indicator's actual value, each key project's execution rate.
    存在问题: 预算完成率 when below 100 %, the actual value of every indicator that fell short, the
    execution rate of each key project below 90 %. 改进措施: none — a measure answers, it need not restate.
    """
    from ..domain.problems import PROJECT_EXECUTION_FLOOR
    from ..schema import Comparison

    def fig(path: str) -> M.KeyFigure | None:
        f = sheet.get(path)
        return M.KeyFigure(name=f.label, value=f.value, unit=f.unit) if f is not None else None

    wanted: list[str] = []
    completion = sheet.get("derived.completion_rate")
    if task in ("目标完成情况", "all"):
        wanted.append("derived.completion_rate")
        for ti, t in enumerate(report.tasks):
            wanted += [f"tasks[{ti}].indicators[{ii}].actual" for ii in range(len(t.indicators))]
        wanted += [f"derived.key_projects[{pi}].execution_rate" for pi in range(len(report.key_projects))]
    elif task == "存在问题":
        if completion is not None and completion.value < 100:
            wanted.append("derived.completion_rate")
        for ti, t in enumerate(report.tasks):
            for ii, ind in enumerate(t.indicators):
                if ind.actual is None or ind.target is None:
                    continue
                missed = (ind.comparison is Comparison.ge and ind.actual < ind.target) or (
                    ind.comparison is Comparison.le and ind.actual > ind.target) or (
                    ind.comparison is Comparison.eq and ind.actual != ind.target)
                if missed:
                    wanted.append(f"tasks[{ti}].indicators[{ii}].actual")
        for pi in range(len(report.key_projects)):
            rate = sheet.get(f"derived.key_projects[{pi}].execution_rate")
            if rate is not None and rate.value < PROJECT_EXECUTION_FLOOR:
                wanted.append(f"derived.key_projects[{pi}].execution_rate")
    return [f for f in (fig(p) for p in dict.fromkeys(wanted)) if f is not None]


def case_figures(suite: Suite, case: Case) -> list[M.KeyFigure]:
    """The case's key figures: `auto`, or the listed ones (a `fact:` path is looked up in the input's facts)."""
    if case.key_figures != "auto" and not any(f.fact for f in case.key_figures):
        return [M.KeyFigure(name=f.name or f"{f.value}{f.unit}", value=f.value, unit=f.unit) for f in case.key_figures]
    from ..facts import build_facts
    from ..load import load_input

    report = load_input(suite.resolve(case.input))
    sheet = build_facts(report)
    if case.key_figures == "auto":
        return auto_figures(case.task, report, sheet)
    out = []
    for i, spec in enumerate(case.key_figures):
        if spec.fact is None:
            out.append(M.KeyFigure(name=spec.name or f"{spec.value}{spec.unit}", value=spec.value, unit=spec.unit))
            continue
        fact = sheet.get(spec.fact)
        if fact is None:
            known = "、".join(f.path for f in sheet.facts[:12])
            raise InputError(suite.path or suite.name, f"输入中没有事实“{spec.fact}”（可用：{known} …）/ no such fact",
                             where=f"cases[{suite.cases.index(case)}].key_figures[{i}].fact")
        out.append(M.KeyFigure(name=spec.name or fact.label, value=fact.value, unit=fact.unit))
    return out


def reference_text(suite: Suite, case: Case) -> str | None:
    if case.reference is None:
        return None
    from .suite import Reference

    if isinstance(case.reference, Reference):
        from ..load import read_text

        return read_text(suite.resolve(case.reference.file))
    return case.reference


def _items(paragraphs: list[Any]) -> list[Any]:
    """Paragraphs that are items (a lead-in such as '针对上述问题：' is not one)."""
    return [p for p in paragraphs if p.text.strip() and not p.text.strip().endswith(("：", ":"))]


def pairing_of(output: Output, min_shared: int) -> M.Pairing | None:
    """存在问题 items against 改进措施 items: by Paragraph.id/ref when the engine set them, else by words."""
    problems = output.sections.get("存在问题")
    measures = output.sections.get("改进措施")
    if problems is None or measures is None:
        return None
    problems = [p for p in _items(problems) if p.kind != "no_problem"]
    measures = _items(measures)
    if problems and all(p.id for p in problems) and any(m.ref for m in measures):
        return M.pair_by_refs([(p.id, p.text) for p in problems], [m.ref for m in measures])
    p_items = [t for p in problems for t in M.split_items(p.text)]
    m_items = [t for m in measures for t in M.split_items(m.text)]
    return M.pair_by_words(p_items, m_items, min_shared=min_shared)


def score(output: Output, *, assertions: Assertions, figures: list[M.KeyFigure], reference: str | None,
          key_facts: Sequence[SM.KeyFact] = (), expect: Any = None) -> tuple[dict[str, Decimal], dict[str, Any]]:
    """Every deterministic metric of one output, and the details of what fell short."""
    values: dict[str, Decimal] = {}
    details: dict[str, Any] = {}
    text = output.text

    if output.check is not None:
        counted = [m for m in output.check.mentions if getattr(m, "status", "") != "ignored"]
        bad = list(output.check.unsupported)
        values["number_fidelity"] = M.share(len(counted) - len(bad), len(counted))
        values["unsupported"] = Decimal(len(bad))
        if bad:
            details["unsupported"] = [getattr(m, "text", str(m)) for m in bad]

    if figures:
        found = M.covered_figures(text, figures)
        values["key_figures"] = M.share(len(found), len(figures))
        missing = [f"{f.name} {_fmt(f.value)}{f.unit}" for f in figures if f not in found]
        if missing:
            details["key_figures_missing"] = missing

    chars = M.char_length(text)
    values["chars"] = Decimal(chars)
    if assertions.length is not None:
        lo, hi = assertions.length.min, assertions.length.max
        ok = (lo is None or chars >= lo) and (hi is None or chars <= hi)
        values["length_ok"] = Decimal(1) if ok else Decimal(0)
        if not ok:
            details["length"] = f"{chars} 字，应在 {lo if lo is not None else 0}–{hi if hi is not None else '∞'} 之间"

    if assertions.headings:
        missing_h = M.missing_headings(text, assertions.headings)
        values["headings"] = M.share(len(assertions.headings) - len(missing_h), len(assertions.headings))
        if missing_h:
            details["headings_missing"] = missing_h

    if assertions.required:
        missing_p = M.missing_phrases(text, assertions.required)
        values["required_phrases"] = M.share(len(assertions.required) - len(missing_p), len(assertions.required))
        if missing_p:
            details["required_missing"] = missing_p

    praise = M.EMPTY_PRAISE if assertions.empty_praise is None else assertions.empty_praise
    hits = M.banned_hits(text, assertions.banned, praise, assertions.praise_window)
    values["banned_phrases"] = Decimal(len(hits))
    if hits:
        details["banned"] = [f"{h.phrase}（{'空泛' if h.reason == 'empty-praise' else '禁用'}：…{h.context}…）" for h in hits]

    pairing = pairing_of(output, assertions.pairing_min_shared)
    if pairing is not None and pairing.problems:
        values["pairing"] = pairing.share
        if pairing.unanswered:
            details["unanswered_problems"] = [u[:40] for u in pairing.unanswered]

    if reference:
        values["rouge_l_char"] = M.rouge_l(text, reference, "char")
        values["rouge_l_word"] = M.rouge_l(text, reference, "word")

    written = [p for ps in output.sections.values() for p in ps if getattr(p, "written_by", "")]
    if written:  # llm / replay drafts only: the offline engine's paragraphs carry no author
        values["model_share"] = M.share(sum(p.written_by == "model" for p in written), len(written))
        by_rules = [p.note or p.id or "" for p in written if p.written_by == "rules"]
        if by_rules:
            details["written_by_rules"] = by_rules

    if assertions.regex:
        failed = [r.pattern for r in assertions.regex if not r.holds(text)]
        values["regex"] = M.share(len(assertions.regex) - len(failed), len(assertions.regex))
        if failed:
            details["regex_failed"] = failed
    if assertions.python:
        failed = []
        for name in assertions.python:
            ok, why = call_assertion(assertions.callable(name), text, output)
            if not ok:
                failed.append(f"{name}（{why}）" if why else name)
        values["custom"] = M.share(len(assertions.python) - len(failed), len(assertions.python))
        if failed:
            details["custom_failed"] = failed
    if output.chars_limit is not None:  # a summary: what a leader must get, and nothing a reader strikes out
        if key_facts:
            values["key_fact_recall"], missed = SM.key_fact_recall(text, key_facts)
            if missed:
                details["key_facts_missing"] = missed
        for name, found in (("boilerplate", SM.boilerplate(text)),
                            ("cut_sentences", SM.cut_sentences(text, output.source or ""))):
            values[name] = Decimal(len(found))
            if found:
                details[name] = found
        values["fill"] = SM.fill(chars, output.chars_limit)
    if expect is not None and "存在问题" in output.sections:  # reviewer expectations (drafter.quality)
        from ..quality import score_quality

        q_values, q_details = score_quality(output.sections["存在问题"], output.sections.get("改进措施", []), expect,
                                           output.sections.get("目标完成情况"))
        values.update(q_values)
        details.update(q_details)
    return values, details


def call_assertion(fn: Any, text: str, output: Output) -> tuple[bool, str]:
    """A suite's Python assertion: fn(text, output) → bool, or (bool, reason)."""
    result = fn(text, output)
    if isinstance(result, tuple):
        ok, why = (result + ("",))[:2]
        return bool(ok), str(why or "")
    return bool(result), ""


def _fmt(value: Decimal) -> str:
    from ..facts import fmt

    return fmt(value)

