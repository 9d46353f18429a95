"""`drafter eval`: run a suite of cases × variants × repeats, score every output, compare with a baseline.

A suite is a YAML file (see evals/*.yaml):

    name: tianhe-offline
    cases:
      - id: tianhe-all
        input: ../examples/tianhe-2022          # example folder, input YAML/JSON, or a report file (summary)
        task: all                               # 目标完成情况 | 存在问题 | 改进措施 | all | summary
        reference: {file: refs/tianhe.md}       # or inline text; enables ROUGE-L
        key_figures: auto                       # or a list of {fact: derived.completion_rate} / {name, value, unit}
        assert:
          headings: [目标完成情况, 存在问题, 改进措施]
          required: [预算完成率]
          banned: [暂无]
          length: {min: 600, max: 4000}
    variants:                                   # and/or `matrix:` expanded as prompts × engines × models
      - {name: offline, engine: offline}
      - {name: replay-v1, engine: replay, model: handwritten-local, prompts: {draft_存在问题: v1}}
    repeats: 1
    thresholds: {number_fidelity: 1.0}          # absolute floors (ceilings for lower-is-better metrics)
    tolerances: {default: 0.0, rouge_l_char: 0.02}

Every metric is deterministic (`drafter.metrics`), except the optional LLM judge. LLM variants run through
a response store keyed on the request content: `llm` uses the user's cache (a rerun makes no calls),
`replay` reads recorded responses under evals/recordings/ and fails on a miss, `--record` writes them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import metrics as M
from .errors import DrafterError, InputError
from .outputs import SECTIONS

TASKS = (*SECTIONS, "all", "summary")
ENGINES = ("offline", "llm", "replay")
PRICES_FILE = Path(__file__).parent / "data" / "prices.yaml"


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
        MetricSpec(name="problem_recall", label="预期问题检出率", higher_is_better=True),
        MetricSpec(name="false_problems", label="误报问题数", higher_is_better=False),
        MetricSpec(name="measure_specificity", label="措施点名问题对象比例", higher_is_better=True),
        MetricSpec(name="duplicate_measures", label="措施重复句数", higher_is_better=False),
        MetricSpec(name="misfit_measures", label="不适合本单位的措施用语", higher_is_better=False),
    )
}
MetricName = Literal[
    "number_fidelity", "unsupported", "key_figures", "length_ok", "chars", "headings", "required_phrases",
    "banned_phrases", "pairing", "rouge_l_char", "rouge_l_word", "judge",
    "problem_recall", "false_problems", "measure_specificity", "duplicate_measures", "misfit_measures",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


# ---------------------------------------------------------------- the suite file


class Length(_Strict):
    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> "Length":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min 大于 max / min exceeds max")
        return self


class Assertions(_Strict):
    headings: list[str] = Field(default_factory=list, description="headings the output must contain")
    required: list[str] = Field(default_factory=list, description="phrases the output must contain")
    banned: list[str] = Field(default_factory=list, description="phrases never allowed (暂无, 无 …)")
    empty_praise: list[str] | None = Field(
        None, description="praise allowed only with a figure near it; default: drafter.metrics.EMPTY_PRAISE"
    )
    praise_window: int = Field(M.PRAISE_WINDOW, ge=0, description="characters either side to look for a figure")
    length: Length | None = None
    pairing_min_shared: int = Field(2, ge=1, description="content words a measure must share with its problem")


class Reference(_Strict):
    file: Path


class FigureSpec(_Strict):
    """A key figure: a fact of the input by path (`fact: derived.completion_rate`) or a value written out."""

    fact: str | None = None
    name: str | None = None
    value: Decimal | None = None
    unit: str = ""

    @model_validator(mode="after")
    def _one_way(self) -> "FigureSpec":
        if (self.fact is None) == (self.value is None):
            raise ValueError("写 fact: 路径，或写 value:（可加 name、unit）/ give either fact or value")
        return self


class SummaryOptions(_Strict):
    chars: int = Field(300, ge=50)
    focus: str | None = None


class Case(_Strict):
    id: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    input: Path
    task: Literal["目标完成情况", "存在问题", "改进措施", "all", "summary"]
    reference: str | Reference | None = None
    key_figures: Literal["auto"] | list[FigureSpec] = Field(default_factory=list)
    assertions: Assertions = Field(default_factory=Assertions, alias="assert")
    summary: SummaryOptions = Field(default_factory=SummaryOptions)
    description: str = ""
    expect: Path | None = Field(None, description="reviewer expectations (tests/quality/*/expected.yaml): problem metrics")


class Variant(_Strict):
    name: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    engine: Literal["offline", "llm", "replay"]
    model: str | None = None
    base_url: str | None = Field(None, description="only used to call a server: llm, or replay with --record")
    structured_method: str | None = None
    prompts: dict[str, str] = Field(default_factory=dict, description="prompt name → version, e.g. draft_存在问题: v2")
    repair_rounds: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _model_for_llm(self) -> "Variant":
        if self.engine != "offline" and not self.model:
            raise ValueError(f"{self.engine} 引擎需要 model / the {self.engine} engine needs a model")
        return self

    @field_validator("prompts", mode="before")
    @classmethod
    def _versions_as_text(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {k: (f"v{x}" if isinstance(x, int) else x) for k, x in v.items()}
        return v


class Matrix(_Strict):
    """Cartesian product; an offline variant ignores prompts and models, so it appears once."""

    engines: list[Literal["offline", "llm", "replay"]] = Field(min_length=1)
    models: list[str] = Field(default_factory=list)
    prompts: dict[str, list[str]] = Field(default_factory=dict)
    base_url: str | None = None
    structured_method: str | None = None

    def expand(self) -> list[Variant]:
        out: list[Variant] = []
        names = sorted(self.prompts)
        combos = [dict(zip(names, vs)) for vs in itertools.product(*(self.prompts[n] for n in names))] or [{}]
        for engine in self.engines:
            if engine == "offline":
                out.append(Variant(name="offline", engine="offline"))
                continue
            for model in self.models or [None]:
                for combo in combos:
                    tag = "-".join(f"{n.split('_')[-1]}{v}" for n, v in combo.items())
                    name = "-".join(x for x in (engine, model, tag) if x)
                    out.append(Variant(name=name.replace("/", "_"), engine=engine, model=model, prompts=combo,
                                       base_url=self.base_url, structured_method=self.structured_method))
        return out


class Judge(_Strict):
    """An LLM that scores each output 1–5 on a Chinese rubric (prompts/judge.vN.md)."""

    model: str
    base_url: str | None = None
    structured_method: str | None = None
    prompt_version: str | None = None
    replay: bool = Field(False, description="read the judge's answers from the recordings, like a replay variant")


class Suite(_Strict):
    name: str = Field(pattern=r"^[\w\-.一-鿿]+$")
    description: str = ""
    cases: list[Case] = Field(min_length=1)
    variants: list[Variant] = Field(default_factory=list)
    matrix: Matrix | None = None
    repeats: int = Field(1, ge=1, le=100)
    concurrency: int = Field(4, ge=1, le=64)
    thresholds: dict[MetricName, Decimal] = Field(default_factory=dict)
    tolerances: dict[MetricName | Literal["default"], Decimal] = Field(default_factory=dict)
    recordings: Path | None = Field(None, description="folder of recorded responses; default evals/recordings/NAME")
    judge: Judge | None = None
    path: Path | None = Field(None, exclude=True, description="the suite file (set by the loader)")

    @model_validator(mode="after")
    def _variants(self) -> "Suite":
        if not self.variants and self.matrix is None:
            raise ValueError("至少需要 variants 或 matrix / give variants or a matrix")
        names = [v.name for v in self.all_variants()]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"变体名称重复 / duplicate variant names: {', '.join(dupes)}")
        ids = [c.id for c in self.cases]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"用例 id 重复 / duplicate case ids: {', '.join(dupes)}")
        return self

    def all_variants(self) -> list[Variant]:
        return list(self.variants) + (self.matrix.expand() if self.matrix else [])

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def recordings_dir(self) -> Path:
        base = self.recordings if self.recordings is not None else Path("recordings") / self.name
        return base if base.is_absolute() else self.folder / base

    def resolve(self, p: Path) -> Path:
        return p if p.is_absolute() else self.folder / p

    def tolerance(self, metric: str) -> Decimal:
        return self.tolerances.get(metric, self.tolerances.get("default", Decimal(0)))  # type: ignore[call-overload]


def load_suite(path: str | Path) -> Suite:
    """Read and validate a suite; every error names the file and the key path (cases[2].task …)."""
    from .load import parse_data_file, validation_to_input_error

    file = Path(path)
    if not file.is_file():
        raise InputError(file, "评测套件文件不存在 / suite file not found")
    data = parse_data_file(file)
    if not isinstance(data, dict):
        raise InputError(file, "顶层应为字段表（name、cases、variants …）/ top level must be a mapping")
    try:
        suite = Suite.model_validate(data)
    except ValidationError as e:
        err = validation_to_input_error(file, e)
        if err.where and ".[key]" in err.where:  # a bad mapping key: name the key, not pydantic's marker
            err = InputError(file, err.detail, where=err.where.replace(".[key]", ""))
        raise err from None
    suite.path = file
    _check_references(suite, file)
    return suite


def _check_references(suite: Suite, file: Path) -> None:
    """Everything a case or variant names must exist before the first case runs."""
    from .prompts import load_prompt

    for i, case in enumerate(suite.cases):
        src = suite.resolve(case.input)
        if not src.exists():
            raise InputError(file, f"输入不存在 / input not found: {src}", where=f"cases[{i}].input")
        if case.task == "summary":
            if case.key_figures == "auto":
                raise InputError(file, "summary 任务不能用 auto，请列出关键数字 / list the key figures of a summary",
                                 where=f"cases[{i}].key_figures")
        if case.expect is not None:
            from .quality import load_expectations

            load_expectations(suite.resolve(case.expect))
        if isinstance(case.reference, Reference) and not suite.resolve(case.reference.file).is_file():
            raise InputError(file, f"参考文本不存在 / reference not found: {suite.resolve(case.reference.file)}",
                             where=f"cases[{i}].reference.file")
    for i, variant in enumerate(suite.all_variants()):
        for name, version in variant.prompts.items():
            try:
                load_prompt(name, version)
            except DrafterError as e:
                where = f"variants[{i}].prompts.{name}" if i < len(suite.variants) else f"matrix.prompts.{name}"
                raise InputError(file, str(e), where=where) from None


# ---------------------------------------------------------------- results


class Record(BaseModel):
    """One output: a case under a variant, one repeat, with its scores and what it cost."""

    case: str
    variant: str
    repeat: int
    engine: str
    model: str | None = None
    prompts: dict[str, str] = Field(default_factory=dict)
    metrics: dict[str, Decimal] = Field(default_factory=dict)
    details: dict[str, Any] = Field(default_factory=dict, description="what a failing metric failed on")
    output: str = ""
    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_seconds: Decimal = Decimal(0)
    cost: Decimal | None = Field(None, description="estimate from drafter/data/prices.yaml; None: model not priced")
    currency: str | None = None


class Stat(BaseModel):
    mean: Decimal
    spread: Decimal = Field(description="population standard deviation over the repeats")
    n: int


class Aggregate(BaseModel):
    case: str
    variant: str
    metrics: dict[str, Stat]
    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_seconds: Stat
    cost: Decimal | None = None
    currency: str | None = None

    @property
    def key(self) -> str:
        return f"{self.case}/{self.variant}"


class Finding(BaseModel):
    """One line of the verdict: a metric below its threshold, or worse than the baseline beyond tolerance."""

    case: str
    variant: str
    metric: str
    kind: Literal["threshold", "baseline", "missing"]
    current: Decimal | None
    reference: Decimal | None = Field(description="the threshold or the baseline value")
    by: Decimal | None = Field(None, description="how far on the wrong side, in the metric's own units")
    tolerance: Decimal | None = None

    def line(self) -> str:
        label = METRICS[self.metric].label if self.metric in METRICS else self.metric
        where = f"{self.case} / {self.variant} / {self.metric}（{label}）"
        if self.kind == "missing":
            return f"{where}: 基线中有而本次没有 / in the baseline but not produced by this run"
        if self.kind == "threshold":
            side = "低于阈值" if METRICS[self.metric].higher_is_better else "高于上限"
            return f"{where}: {_num(self.current)} {side} {_num(self.reference)}，差 {_num(self.by)} / past threshold by {_num(self.by)}"
        return (f"{where}: {_num(self.current)}，基线 {_num(self.reference)}，退步 {_num(self.by)}"
                f"（容差 {_num(self.tolerance)}）/ regressed by {_num(self.by)} (tolerance {_num(self.tolerance)})")


class Diff(BaseModel):
    case: str
    variant: str
    metric: str
    current: Decimal | None
    baseline: Decimal | None
    delta: Decimal | None
    status: Literal["better", "same", "worse", "regressed", "new", "missing", "info"]


class EvalResult(BaseModel):
    suite: str
    suite_file: str | None = None
    started: str
    seconds: Decimal
    records: list[Record]
    aggregates: list[Aggregate]
    findings: list[Finding] = Field(default_factory=list)
    diffs: list[Diff] = Field(default_factory=list)
    baseline_file: str | None = None
    recorded: int = Field(0, description="responses written with --record")
    pruned: int = Field(0, description="stale recordings removed with --record")

    @property
    def failed(self) -> bool:
        return any(f.kind != "missing" for f in self.findings)

    @property
    def calls(self) -> int:
        return sum(r.calls for r in self.records)

    @property
    def cache_hits(self) -> int:
        return sum(r.cache_hits for r in self.records)


def _num(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def aggregate(records: list[Record]) -> list[Aggregate]:
    """Mean and spread over the repeats of each case × variant, in suite order."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        groups.setdefault((r.case, r.variant), []).append(r)
    out = []
    for (case, variant), rs in groups.items():
        names = list(dict.fromkeys(n for r in rs for n in r.metrics))
        stats = {}
        for n in names:
            values = [r.metrics[n] for r in rs if n in r.metrics]
            stats[n] = Stat(mean=M.mean(values), spread=M.spread(values), n=len(values))
        lat = [r.latency_seconds for r in rs]
        costs = [r.cost for r in rs]
        out.append(Aggregate(
            case=case, variant=variant, metrics=stats,
            calls=sum(r.calls for r in rs), cache_hits=sum(r.cache_hits for r in rs),
            prompt_tokens=sum(r.prompt_tokens for r in rs), completion_tokens=sum(r.completion_tokens for r in rs),
            latency_seconds=Stat(mean=M.mean(lat), spread=M.spread(lat), n=len(lat)),
            cost=None if any(c is None for c in costs) else sum(costs, Decimal(0)),
            currency=next((r.currency for r in rs if r.currency), None),
        ))
    return out


# ---------------------------------------------------------------- thresholds and baselines


def _worse_by(metric: str, current: Decimal, reference: Decimal) -> Decimal:
    """How far `current` is on the wrong side of `reference` (≤ 0: not worse)."""
    return reference - current if METRICS[metric].higher_is_better else current - reference


def threshold_findings(suite: Suite, aggregates: list[Aggregate]) -> list[Finding]:
    out = []
    for agg in aggregates:
        for metric, floor in suite.thresholds.items():
            stat = agg.metrics.get(metric)
            if stat is None or METRICS[metric].higher_is_better is None:
                continue
            by = _worse_by(metric, stat.mean, floor)
            if by > 0:
                out.append(Finding(case=agg.case, variant=agg.variant, metric=metric, kind="threshold",
                                   current=stat.mean, reference=floor, by=by))
    return out


class Baseline(BaseModel):
    """What `--save-baseline` writes: the mean of every metric of every case × variant."""

    suite: str
    saved: str
    repeats: int
    metrics: dict[str, dict[str, Decimal]] = Field(description="'case/variant' → metric → mean")


def make_baseline(suite: Suite, aggregates: list[Aggregate]) -> Baseline:
    return Baseline(
        suite=suite.name, saved=dt.datetime.now().replace(microsecond=0).isoformat(), repeats=suite.repeats,
        metrics={a.key: {n: s.mean for n, s in a.metrics.items()} for a in aggregates},
    )


def load_baseline(path: str | Path) -> Baseline:
    from .load import parse_data_file, validation_to_input_error

    file = Path(path)
    if not file.is_file():
        raise InputError(file, "基线文件不存在（先用 --save-baseline 生成）/ baseline not found, create it with --save-baseline")
    data = parse_data_file(file)
    try:
        return Baseline.model_validate(data)
    except ValidationError as e:
        raise validation_to_input_error(file, e) from None


def compare(suite: Suite, aggregates: list[Aggregate], baseline: Baseline) -> tuple[list[Diff], list[Finding]]:
    """Per case × variant × metric: the change from the baseline, and a finding where it exceeds the tolerance."""
    diffs: list[Diff] = []
    findings: list[Finding] = []
    current = {a.key: a for a in aggregates}
    for key in list(current) + [k for k in baseline.metrics if k not in current]:
        agg = current.get(key)
        case, variant = key.split("/", 1)
        base = baseline.metrics.get(key, {})
        names = list(dict.fromkeys(list(agg.metrics if agg else []) + list(base)))
        for metric in names:
            cur = agg.metrics[metric].mean if agg and metric in agg.metrics else None
            ref = base.get(metric)
            spec = METRICS.get(metric)
            if cur is None:
                diffs.append(Diff(case=case, variant=variant, metric=metric, current=None, baseline=ref,
                                  delta=None, status="missing"))
                if spec is not None and spec.higher_is_better is not None:
                    findings.append(Finding(case=case, variant=variant, metric=metric, kind="missing",
                                            current=None, reference=ref))
                continue
            if ref is None:
                diffs.append(Diff(case=case, variant=variant, metric=metric, current=cur, baseline=None,
                                  delta=None, status="new"))
                continue
            delta = cur - ref
            if spec is None or spec.higher_is_better is None:
                status = "info"
            else:
                by = _worse_by(metric, cur, ref)
                tol = suite.tolerance(metric)
                if by > tol:
                    status = "regressed"
                    findings.append(Finding(case=case, variant=variant, metric=metric, kind="baseline",
                                            current=cur, reference=ref, by=by, tolerance=tol))
                elif by > 0:
                    status = "worse"
                elif by < 0:
                    status = "better"
                else:
                    status = "same"
            diffs.append(Diff(case=case, variant=variant, metric=metric, current=cur, baseline=ref,
                              delta=delta, status=status))
    return diffs, findings


# ---------------------------------------------------------------- reports


def _cell(stat: Stat | None) -> str:
    if stat is None:
        return "—"
    return _num(stat.mean) + (f" ±{_num(stat.spread)}" if stat.spread else "")


def _delta_text(d: Diff | None) -> str:
    if d is None or d.delta is None or d.status in ("same", "info") and not d.delta:
        return ""
    sign = "+" if d.delta > 0 else ""
    mark = {"regressed": " ✗", "worse": " ↓", "better": " ↑"}.get(d.status, "")
    return f"{sign}{_num(d.delta)}{mark}"


def report_rows(result: EvalResult) -> tuple[list[str], list[tuple[str, str, list[tuple[str, str]]]]]:
    """(variants, rows): one row per case × metric, one (value, Δ) cell per variant — the shape of every report."""
    variants = list(dict.fromkeys(a.variant for a in result.aggregates))
    by_key = {(a.case, a.variant): a for a in result.aggregates}
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    rows = []
    for case in dict.fromkeys(a.case for a in result.aggregates):
        names = [n for n in METRICS if any(n in a.metrics for a in result.aggregates if a.case == case)]
        for metric in names:
            cells = []
            for v in variants:
                agg = by_key.get((case, v))
                cells.append((_cell(agg.metrics.get(metric) if agg else None), _delta_text(diffs.get((case, v, metric)))))
            rows.append((case, metric, cells))
        cost_cells = []
        for v in variants:
            agg = by_key.get((case, v))
            if agg is None:
                cost_cells.append(("—", ""))
                continue
            cost = f"{_num(agg.cost)} {agg.currency or ''}".strip() if agg.cost is not None else "未定价"
            cost_cells.append((f"{agg.prompt_tokens}+{agg.completion_tokens} tok · {agg.calls} 次调用 · "
                               f"{_num(agg.latency_seconds.mean)} s · {cost}", ""))
        rows.append((case, "cost", cost_cells))
    return variants, rows


def _metric_label(metric: str) -> str:
    return "用量 / usage" if metric == "cost" else f"{metric}（{METRICS[metric].label}）"


def summary_lines(result: EvalResult) -> list[str]:
    tokens = sum(r.prompt_tokens + r.completion_tokens for r in result.records)
    lines = [
        f"套件 {result.suite}：{len({r.case for r in result.records})} 个用例 × "
        f"{len({r.variant for r in result.records})} 个变体，共 {len(result.records)} 条结果，"
        f"用时 {_num(result.seconds)} s；LLM 调用 {result.calls} 次，缓存命中 {result.cache_hits} 次，{tokens} tokens",
    ]
    if result.recorded or result.pruned:
        lines.append(f"已录制 {result.recorded} 条响应，清理过期录制 {result.pruned} 条 / recorded, pruned")
    if result.baseline_file:
        lines.append(f"基线 / baseline: {result.baseline_file}")
    from .quality import corpus_lines

    lines += corpus_lines(result.records)
    if result.findings:
        lines += [f"✗ {f.line()}" for f in result.findings]
    lines.append("结论：退步或未达阈值，退出码 1 / FAIL" if result.failed else "结论：通过 / PASS")
    return lines


def render_markdown(result: EvalResult) -> str:
    variants, rows = report_rows(result)
    out = [f"# drafter eval — {result.suite}", "", f"运行于 {result.started}", ""]
    out += [f"- {line}" for line in summary_lines(result)] + [""]
    out.append("| 用例 | 指标 | " + " | ".join(variants) + " |")
    out.append("| --- | --- | " + " | ".join("---" for _ in variants) + " |")
    last = None
    for case, metric, cells in rows:
        shown = case if case != last else ""
        last = case
        text = [f"{v} ({d})" if d else v for v, d in cells]
        out.append(f"| {shown} | {_metric_label(metric)} | " + " | ".join(t.replace("|", "\\|") for t in text) + " |")
    out.append("")
    failing = [r for r in result.records if r.details]
    if failing:
        out += ["## 细节 / details", ""]
        for r in failing:
            out.append(f"- **{r.case} / {r.variant} / #{r.repeat}**: " + "；".join(
                f"{k}: {_detail_text(v)}" for k, v in r.details.items()))
        out.append("")
    return "\n".join(out)


def _detail_text(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(str(x) for x in value[:8]) + ("…" if len(value) > 8 else "")
    return str(value)


def render_html(result: EvalResult) -> str:
    from html import escape

    variants, rows = report_rows(result)
    css = ("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
           ".regressed{background:#fdd}.better{color:#070}.worse{color:#a60}.fail{color:#b00}.pass{color:#070}")
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>drafter eval — {escape(result.suite)}</title><style>{css}</style></head><body>",
           f"<h1>drafter eval — {escape(result.suite)}</h1>", f"<p>运行于 {escape(result.started)}</p>", "<ul>"]
    for line in summary_lines(result):
        cls = "fail" if line.startswith("✗") or "FAIL" in line else ("pass" if "PASS" in line else "")
        out.append(f'<li class="{cls}">{escape(line)}</li>')
    out += ["</ul>", "<table><tr><th>用例</th><th>指标</th>" + "".join(f"<th>{escape(v)}</th>" for v in variants) + "</tr>"]
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    for case, metric, cells in rows:
        tds = []
        for v, (value, delta) in zip(variants, cells):
            d = diffs.get((case, v, metric))
            cls = d.status if d is not None else ""
            tds.append(f'<td class="{cls}">{escape(value)}' + (f" <small>({escape(delta)})</small>" if delta else "") + "</td>")
        out.append(f"<tr><td>{escape(case)}</td><td>{escape(_metric_label(metric))}</td>{''.join(tds)}</tr>")
    out.append("</table>")
    for r in result.records:
        out.append(f"<details><summary>{escape(r.case)} / {escape(r.variant)} / #{r.repeat}</summary>")
        if r.details:
            out.append("<ul>" + "".join(f"<li>{escape(k)}: {escape(_detail_text(v))}</li>" for k, v in r.details.items()) + "</ul>")
        out.append(f"<pre style='white-space:pre-wrap'>{escape(r.output)}</pre></details>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def rich_table(result: EvalResult):
    """The terminal view: one row per case × metric, a column per variant, Δ against the baseline."""
    from rich.table import Table

    variants, rows = report_rows(result)
    diffs = {(d.case, d.variant, d.metric): d for d in result.diffs}
    table = Table(title=f"drafter eval — {result.suite}", show_lines=False)
    table.add_column("用例 / case", overflow="fold")
    table.add_column("指标 / metric")
    for v in variants:
        table.add_column(v, overflow="fold")
    last = None
    for case, metric, cells in rows:
        styled = []
        for v, (value, delta) in zip(variants, cells):
            d = diffs.get((case, v, metric))
            style = {"regressed": "bold red", "worse": "yellow", "better": "green"}.get(d.status if d else "", "")
            text = value + (f" ({delta})" if delta else "")
            styled.append(f"[{style}]{_escape_markup(text)}[/]" if style else _escape_markup(text))
        table.add_row(case if case != last else "", "用量" if metric == "cost" else metric, *styled,
                      end_section=metric == "cost")
        last = case
    return table


def _escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def result_json(result: EvalResult) -> str:
    return result.model_dump_json(indent=2) + "\n"


def baseline_json(baseline: Baseline) -> str:
    return baseline.model_dump_json(indent=2) + "\n"


# ---------------------------------------------------------------- scoring one output


class Output(BaseModel):
    """What a task produced, in the shape the metrics read."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    text: str
    check: Any = None
    sections: dict[str, list[Any]] = Field(default_factory=dict, description="section name → Paragraphs")
    usage: Any = None
    prompts: dict[str, str] = Field(default_factory=dict)


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
    from .problems import PROJECT_EXECUTION_FLOOR
    from .schema import Comparison

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
    from .facts import build_facts
    from .load import load_input

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
    if isinstance(case.reference, Reference):
        from .load import read_text

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
          expect: Any = None) -> tuple[dict[str, Decimal], dict[str, Any]]:
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
    if expect is not None and "存在问题" in output.sections:
        from .quality import score_quality

        q_values, q_details = score_quality(output.sections["存在问题"], output.sections.get("改进措施", []), expect)
        values.update(q_values)
        details.update(q_details)
    return values, details


def _fmt(value: Decimal) -> str:
    from .facts import fmt

    return fmt(value)


# ---------------------------------------------------------------- prices


class Price(_Strict):
    currency: str
    input: Decimal = Field(ge=0, description="per million prompt tokens")
    output: Decimal = Field(ge=0, description="per million completion tokens")
    note: str = ""


class PriceTable(_Strict):
    models: dict[str, Price] = Field(default_factory=dict)

    def estimate(self, names: Iterable[str | None], prompt_tokens: int, completion_tokens: int) -> tuple[Decimal | None, str | None]:
        for name in names:
            price = self.models.get(name or "")
            if price is not None:
                cost = (price.input * prompt_tokens + price.output * completion_tokens) / Decimal(1_000_000)
                return cost.quantize(Decimal("0.000001")), price.currency
        return None, None


def load_prices(path: Path = PRICES_FILE) -> PriceTable:
    from .load import parse_data_file, validation_to_input_error

    try:
        return PriceTable.model_validate(parse_data_file(path))
    except ValidationError as e:
        raise validation_to_input_error(path, e) from None


# ---------------------------------------------------------------- running


class _Tally:
    """Wraps a variant's shared store for one job: counts the cache hits and the tokens they stand for."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.hits = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def get(self, key: str) -> dict[str, Any] | None:
        hit = self.inner.get(key)
        if hit is not None:
            usage = hit.get("usage") or {}
            self.hits += 1
            self.prompt_tokens += int(usage.get("prompt_tokens", 0))
            self.completion_tokens += int(usage.get("completion_tokens", 0))
        return hit

    def put(self, key: str, record: dict[str, Any]) -> None:
        self.inner.put(key, record)


class RunOptions(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    concurrency: int | None = Field(None, ge=1)
    record: bool = False
    base_url: str | None = Field(None, description="endpoint for llm variants and for --record")
    progress: Callable[[Record], None] | None = None


class _Context:
    """What every job of one run shares: the stores (one per kind), the price table, the loaded inputs."""

    def __init__(self, suite: Suite, options: RunOptions):
        self.suite = suite
        self.options = options
        self.prices = load_prices()
        self._stores: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.recorder = None
        self.figures = {c.id: case_figures(suite, c) for c in suite.cases}
        self.references = {c.id: reference_text(suite, c) for c in suite.cases}
        from .quality import load_expectations

        self.expectations = {c.id: load_expectations(suite.resolve(c.expect)) if c.expect else None for c in suite.cases}

    def store(self, engine: str, settings: Any) -> Any:
        """replay → the recordings (a miss fails), --record → recordings written from live answers, llm → the cache."""
        with self._lock:  # jobs start concurrently; each store is opened once
            return self._store(engine, settings)

    def _store(self, engine: str, settings: Any) -> Any:
        from .cache import NullStore, SQLiteStore
        from .engines.replay import RecordingStore, ReplayStore

        if engine == "replay" and self.options.record:
            if self.recorder is None:
                inner = SQLiteStore(settings.resolved_cache_path) if settings.use_cache else NullStore()
                self.recorder = RecordingStore(self.suite.recordings_dir, inner)
            return self.recorder
        if engine == "replay":
            if "replay" not in self._stores:
                where = self.suite.path or self.suite.name
                self._stores["replay"] = ReplayStore(self.suite.recordings_dir, hint=f"drafter eval {where} --record")
            return self._stores["replay"]
        path = str(settings.resolved_cache_path)
        if path not in self._stores:
            self._stores[path] = SQLiteStore(path) if settings.use_cache else NullStore()
        return self._stores[path]

    def settings(self, variant: Variant | Judge, repeat: int) -> Any:
        from .models import resolve_settings

        replaying = isinstance(variant, Variant) and variant.engine == "replay" and not self.options.record
        replaying = replaying or (isinstance(variant, Judge) and variant.replay and not self.options.record)
        base_url = self.options.base_url or variant.base_url
        if replaying:
            # Never contacted: the store answers or raises. The URL is not part of the request key.
            base_url = base_url or "http://replay.invalid/v1"
        overrides: dict[str, Any] = {"progress": False}
        settings = resolve_settings(model=variant.model, base_url=base_url,
                                    structured_method=variant.structured_method,
                                    repair_rounds=getattr(variant, "repair_rounds", None), **overrides)
        if repeat:
            # Repeat N asks with seed N: its own request key, so each repeat is cached (and replayed) apart.
            spec = settings.spec.model_copy(update={"params": {**settings.spec.params, "seed": repeat}})
            settings = settings.model_copy(update={"spec": spec})
        return settings


def _seconds(t0: float) -> Decimal:
    return Decimal(str(round(time.perf_counter() - t0, 3)))


def run_task(suite: Suite, case: Case, variant: Variant, settings: Any, store: Any) -> Output:
    """Produce the case's output under the variant: a draft (one section or all three) or a summary.

    LLM variants get an `LLM` over the run's store (cache, replay or recording) and the variant's prompt
    versions pinned for this job only, so variants with different versions can run side by side.
    """
    from .prompts import pinned_versions

    src = suite.resolve(case.input)

    def llm_factory(s: Any) -> Any:
        from .engines.llm import LLM

        return LLM(s, store=store, progress=False)

    with pinned_versions(variant.prompts):
        if case.task == "summary":
            from .chains.summarize import summarize

            if variant.engine == "offline":
                result = summarize(src, engine="offline", chars=case.summary.chars, focus=case.summary.focus)
            else:
                import asyncio

                from .chains.summarize import asummarize_llm, make_checker
                from .reports import read_report

                doc = read_report(src)
                result = asyncio.run(asummarize_llm(doc, chars=case.summary.chars, focus=case.summary.focus,
                                                    settings=settings, checker=make_checker(doc),
                                                    llm_factory=llm_factory))
            return Output(text=result.text, check=result.check, usage=result.usage, prompts=dict(result.prompts))

        from .chains.draft import draft_with_llm
        from .load import load_input
        from .pipeline import draft

        sections = list(SECTIONS) if case.task == "all" else [case.task]
        if variant.engine == "offline":
            result = draft(src, sections=sections, engine="offline")
        else:
            result = draft_with_llm(load_input(src), sections, settings, progress=False, llm_factory=llm_factory)
    return Output(text=draft_text(result), check=result.check, usage=result.usage, prompts=dict(result.prompts),
                  sections={s.name: list(s.paragraphs) for s in result.sections})


def run_job(ctx: _Context, case: Case, variant: Variant, repeat: int) -> Record:
    suite = ctx.suite
    settings = store = None
    tally = None
    if variant.engine != "offline":
        settings = ctx.settings(variant, repeat)
        tally = _Tally(ctx.store(variant.engine, settings))
        store = tally
    t0 = time.perf_counter()
    output = run_task(suite, case, variant, settings, store)
    latency = _seconds(t0)
    values, details = score(output, assertions=case.assertions, figures=ctx.figures[case.id],
                            reference=ctx.references[case.id], expect=ctx.expectations[case.id])
    usage = output.usage
    calls = int(getattr(usage, "calls", 0) or 0)
    prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0) + (tally.prompt_tokens if tally else 0)
    completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0) + (tally.completion_tokens if tally else 0)
    if suite.judge is not None:
        jv, jcalls, jp, jc = judge_output(ctx, case, output.text)
        values["judge"] = jv
        calls, prompt_tokens, completion_tokens = calls + jcalls, prompt_tokens + jp, completion_tokens + jc
    if variant.engine == "offline":
        cost, currency = Decimal(0), None
    else:
        cost, currency = ctx.prices.estimate([variant.model, settings.spec.served_name], prompt_tokens, completion_tokens)
    return Record(
        case=case.id, variant=variant.name, repeat=repeat, engine=variant.engine, model=variant.model,
        prompts=output.prompts or dict(variant.prompts), metrics=values, details=details, output=output.text,
        calls=calls, cache_hits=tally.hits if tally else 0, prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens, latency_seconds=latency, cost=cost, currency=currency,
    )


def run_suite(suite: Suite, options: RunOptions | None = None, baseline: Baseline | None = None) -> EvalResult:
    """Every case × variant × repeat, concurrently; scores, aggregates, thresholds and the baseline verdict.

    An offline variant is deterministic and runs once per case whatever `repeats` says. The first job that
    fails (a replay miss, an unreachable endpoint, a bad input) stops the run with its error.
    """
    options = options or RunOptions()
    started = dt.datetime.now().replace(microsecond=0).isoformat()
    t0 = time.perf_counter()
    ctx = _Context(suite, options)
    variants = suite.all_variants()
    jobs = [(c, v, r) for c in suite.cases for v in variants
            for r in range(1 if v.engine == "offline" else suite.repeats)]
    order = {(c.id, v.name, r): i for i, (c, v, r) in enumerate(jobs)}
    records: list[Record] = []
    workers = min(options.concurrency or suite.concurrency, len(jobs))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="eval") as pool:
        futures = [pool.submit(run_job, ctx, c, v, r) for c, v, r in jobs]
        try:
            for fut in as_completed(futures):
                rec = fut.result()
                records.append(rec)
                if options.progress is not None:
                    options.progress(rec)
        except BaseException:
            for f in futures:
                f.cancel()
            raise
    records.sort(key=lambda r: order[(r.case, r.variant, r.repeat)])
    aggregates = aggregate(records)
    findings = threshold_findings(suite, aggregates)
    diffs: list[Diff] = []
    if baseline is not None:
        diffs, regressions = compare(suite, aggregates, baseline)
        findings += regressions
    recorded = pruned = 0
    if ctx.recorder is not None:
        recorded = len(ctx.recorder.used)
        pruned = ctx.recorder.prune()
    return EvalResult(suite=suite.name, suite_file=str(suite.path) if suite.path else None, started=started,
                      seconds=_seconds(t0), records=records, aggregates=aggregates, findings=findings,
                      diffs=diffs, recorded=recorded, pruned=pruned)


# ---------------------------------------------------------------- the judge


class JudgeVerdict(BaseModel):
    """评审结论：按评分标准给出的 1–5 分及理由"""

    score: int = Field(ge=1, le=5, description="1–5 分")
    reason: str = Field(description="一句话理由，指出扣分之处")


TASK_WORDS = {"all": "绩效自评报告的目标完成情况、存在问题和改进措施三部分", "summary": "绩效自评报告的领导摘要"}


def judge_output(ctx: _Context, case: Case, text: str) -> tuple[Decimal, int, int, int]:
    """The judge's 1–5 score of one output; returns (score, live calls, prompt tokens, completion tokens)."""
    import asyncio

    from .engines.llm import LLM
    from .prompts import load_prompt

    judge = ctx.suite.judge
    assert judge is not None
    settings = ctx.settings(judge, 0)
    tally = _Tally(ctx.store("replay" if judge.replay else "llm", settings))
    prompt = load_prompt("eval_judge", judge.prompt_version)
    facts = ""
    src = ctx.suite.resolve(case.input)
    if case.task != "summary":
        from .facts import build_facts
        from .load import load_input

        facts = build_facts(load_input(src)).render_for_prompt()
    variables = {"task": TASK_WORDS.get(case.task, f"绩效自评报告的“{case.task}”一节"), "facts": facts or "（无）",
                 "reference": ctx.references[case.id] or "（无）", "output": text}

    async def ask() -> tuple[JudgeVerdict, Any]:
        async with LLM(settings, store=tally, progress=False) as llm:
            verdict = await llm.structured(prompt, variables, JudgeVerdict, step="评审打分")
            return verdict, llm.usage

    verdict, usage = asyncio.run(ask())
    return (Decimal(verdict.score), usage.calls, usage.prompt_tokens + tally.prompt_tokens,
            usage.completion_tokens + tally.completion_tokens)
