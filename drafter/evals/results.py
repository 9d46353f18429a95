"""What a run produces: one Record per output, Aggregates over repeats, Findings and Diffs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field

from .. import metrics as M
from .metrics import METRICS


class Record(BaseModel):
    """One output: a case under a variant, one repeat, with its scores and what it cost."""

    case: str
    variant: str
    repeat: int
    engine: str
    model: str | None = None
    prompts: dict[str, str] = Field(default_factory=dict)
    prompt_sha256: dict[str, str] = Field(default_factory=dict, description="prompt name → sha256 of its file")
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
    kind: Literal["threshold", "baseline", "missing", "prompt"]
    current: Decimal | None
    reference: Decimal | None = Field(description="the threshold or the baseline value")
    by: Decimal | None = Field(None, description="how far on the wrong side, in the metric's own units")
    tolerance: Decimal | None = None
    detail: str | None = Field(None, description="kind prompt: the sha256 in the baseline and now")

    def line(self) -> str:
        if self.kind == "prompt":
            return (f"{self.case} / {self.variant} / 提示词 {self.metric}: 内容已改动（{self.detail}），但版本号未变"
                    " / prompt edited under the same version: save it as a new version")
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


