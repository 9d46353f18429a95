"""Thresholds and baselines: the verdict of a run (findings) and its change from a saved baseline (diffs)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from ..errors import InputError
from .metrics import METRICS
from .results import Aggregate, Diff, Finding
from .suite import Suite


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
