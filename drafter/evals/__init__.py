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


Modules: `suite` (the file), `metrics` (registry, scoring one output), `run` (jobs, stores, judge, prices),
`results` (records, aggregates), `baseline` (thresholds, baselines, diffs), `report` (table, Markdown, HTML, JSON).
"""

from __future__ import annotations

from .suite import (
    Assertions, Case, ENGINES, RegexAssertion, FigureSpec, Judge, Length, Matrix, Reference, Suite,
    SummaryOptions, TASKS, Variant, load_suite,
)
from .metrics import (
    DEFAULT_THRESHOLDS, METRICS, MetricName, MetricSpec, Output, auto_figures, case_figures, draft_text,
    pairing_of, reference_text, score,
)
from .results import (
    Aggregate, Diff, EvalResult, Finding, Record, Stat, aggregate,
)
from .baseline import (
    Baseline, baseline_json, compare, load_baseline, make_baseline, prompt_findings, threshold_findings,
)
from .report import (
    render_html, render_junit, render_markdown, report_rows, result_json, rich_table, summary_lines,
)
from .run import (
    JudgeVerdict, PRICES_FILE, Price, PriceTable, RunOptions, TASK_WORDS, judge_output, load_prices, run_job,
    run_suite, run_task,
)

__all__ = [
    "Assertions",
    "RegexAssertion",
    "Case",
    "ENGINES",
    "FigureSpec",
    "Judge",
    "Length",
    "Matrix",
    "Reference",
    "Suite",
    "SummaryOptions",
    "TASKS",
    "Variant",
    "load_suite",
    "METRICS",
    "DEFAULT_THRESHOLDS",
    "MetricName",
    "MetricSpec",
    "Output",
    "auto_figures",
    "case_figures",
    "draft_text",
    "pairing_of",
    "reference_text",
    "score",
    "Aggregate",
    "Diff",
    "EvalResult",
    "Finding",
    "Record",
    "Stat",
    "aggregate",
    "Baseline",
    "baseline_json",
    "compare",
    "load_baseline",
    "make_baseline",
    "threshold_findings",
    "prompt_findings",
    "render_html",
    "render_junit",
    "render_markdown",
    "report_rows",
    "result_json",
    "rich_table",
    "summary_lines",
    "JudgeVerdict",
    "PRICES_FILE",
    "Price",
    "PriceTable",
    "RunOptions",
    "TASK_WORDS",
    "judge_output",
    "load_prices",
    "run_job",
    "run_suite",
    "run_task",
]
