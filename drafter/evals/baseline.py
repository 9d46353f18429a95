"""Thresholds and baselines: the verdict of a run (findings) and its change from a saved baseline (diffs)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from ..errors import InputError
from .metrics import DEFAULT_THRESHOLDS, METRICS, RUN_METRICS
from .results import Aggregate, Diff, Finding, Record
from .suite import Suite


def _worse_by(metric: str, current: Decimal, reference: Decimal) -> Decimal:
    """How far `current` is on the wrong side of `reference` (≤ 0: not worse)."""
    return reference - current if METRICS[metric].higher_is_better else current - reference


def _run_value(agg: Aggregate, metric: str) -> Decimal | None:
    """cost and latency_seconds per run (mean over the repeats), from the aggregate rather than the text."""
    if metric == "latency_seconds":
        return agg.latency_seconds.mean
    if metric == "cost" and agg.cost is not None and agg.latency_seconds.n:
        return agg.cost / agg.latency_seconds.n
    return None


def threshold_findings(suite: Suite, aggregates: list[Aggregate]) -> list[Finding]:
    """Every metric past its threshold: the suite's, over drafter's defaults (model_share, regex, custom)."""
    thresholds = {**DEFAULT_THRESHOLDS, **suite.thresholds}
    out = []
    for agg in aggregates:
        for metric, floor in thresholds.items():
            if METRICS[metric].higher_is_better is None:
                continue
            if metric in RUN_METRICS:
                current = _run_value(agg, metric)
            else:
                stat = agg.metrics.get(metric)
                current = stat.mean if stat is not None else None
            if current is None:
                continue
            by = _worse_by(metric, current, floor)
            if by > 0:
                out.append(Finding(case=agg.case, variant=agg.variant, metric=metric, kind="threshold",
                                   current=current, reference=floor, by=by))
    return out


class Baseline(BaseModel):
    """What `--save-baseline` writes: the mean of every metric of every case × variant."""

    suite: str
    saved: str
    repeats: int
    metrics: dict[str, dict[str, Decimal]] = Field(description="'case/variant' → metric → mean")
    prompts: dict[str, dict[str, str]] = Field(default_factory=dict,
                                               description="prompt name → version → sha256 of the file then")


def make_baseline(suite: Suite, aggregates: list[Aggregate], records: list[Record] | None = None) -> Baseline:
    prompts: dict[str, dict[str, str]] = {}
    for r in records or []:
        for name, version in r.prompts.items():
            if name in r.prompt_sha256:
                prompts.setdefault(name, {})[version] = r.prompt_sha256[name]
    return Baseline(
        suite=suite.name, saved=dt.datetime.now().replace(microsecond=0).isoformat(), repeats=suite.repeats,
        metrics={a.key: {n: s.mean for n, s in a.metrics.items()} for a in aggregates},
        prompts={n: dict(sorted(v.items())) for n, v in sorted(prompts.items())},
    )


def prompt_findings(records: list[Record], baseline: Baseline) -> list[Finding]:
    """A prompt file whose text changed while its version did not: the baseline's scores no longer say
    anything about it, and outputs would claim the old version. One finding per prompt version."""
    out: dict[tuple[str, str], Finding] = {}
    for r in records:
        for name, version in r.prompts.items():
            then = baseline.prompts.get(name, {}).get(version)
            now = r.prompt_sha256.get(name)
            if then and now and then != now and (name, version) not in out:
                out[(name, version)] = Finding(case=r.case, variant=r.variant, metric=f"{name} {version}",
                                               kind="prompt", current=None, reference=None,
                                               detail=f"sha256 基线 {then[:12]}…，现在 {now[:12]}…")
    return list(out.values())


def load_baseline(path: str | Path) -> Baseline:
    from ..load import parse_data_file, validation_to_input_error

    from ..safefile import missing

    file = Path(path)
    if missing(file):  # a FIFO or a device is refused with its reason by the reader
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
            if metric in RUN_METRICS:
                continue
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


def baseline_json(baseline: Baseline) -> str:
    return baseline.model_dump_json(indent=2) + "\n"
