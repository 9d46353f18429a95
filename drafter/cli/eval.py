"""`drafter eval`: run a suite, print the scores, compare with a baseline; exit 1 on a regression."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app


@app.command("eval")
def eval_command(
    suite: Annotated[Path, typer.Argument(help="评测套件 YAML，如 evals/tianhe.yaml / suite file")],
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="与此基线比较，退步超过容差则退出码 1")] = None,
    save_baseline: Annotated[Optional[Path], typer.Option("--save-baseline", help="把本次结果写成基线")] = None,
    record: Annotated[bool, typer.Option("--record", help="replay 变体改为调用模型，并把响应录制到 evals/recordings/")] = False,
    base_url: Annotated[Optional[str], typer.Option("--base-url", help="llm 变体与 --record 使用的 OpenAI 兼容接口地址")] = None,
    report_md: Annotated[Optional[Path], typer.Option("--report-md", help="Markdown 报告文件")] = None,
    report_html: Annotated[Optional[Path], typer.Option("--report-html", help="HTML 报告文件")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="逐条结果 JSON（用例 × 变体 × 重复）")] = None,
    junit: Annotated[Optional[Path], typer.Option("--junit", help="JUnit XML 报告，供 CI 显示 / for CI")] = None,
    concurrency: Annotated[Optional[int], typer.Option("--concurrency", min=1, help="同时运行的用例数（默认取套件设置）")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件 / overwrite output files")] = False,
) -> None:
    """运行提示词回归评测并与基线比较 / run a prompt-regression suite, compare with a baseline."""
    from rich.console import Console

    from ..errors import UsageError
    from ..evals import (RunOptions, baseline_json, load_baseline, load_suite, make_baseline, render_html,
                         render_junit, render_markdown, result_json, rich_table, run_suite, summary_lines)
    from ..render import check_writable, write_output

    outputs = [p for p in (save_baseline, report_md, report_html, json_out, junit) if p is not None]
    if len(set(map(str, outputs))) != len(outputs):
        raise UsageError("输出文件路径重复 / the same path is given for two outputs")
    for path in outputs:
        check_writable(path, force)
    spec = load_suite(suite)
    base = load_baseline(baseline) if baseline is not None else None

    err = Console(stderr=True)
    def show(rec):  # noqa: ANN001, ANN202 — a Record
        err.print(f"[dim]✓ {rec.case} / {rec.variant} #{rec.repeat}  {rec.latency_seconds}s[/]")

    progress = show if sys.stderr.isatty() else None

    result = run_suite(spec, RunOptions(concurrency=concurrency, record=record, base_url=base_url,
                                        progress=progress), baseline=base)
    if baseline is not None:
        result.baseline_file = str(baseline)

    out = Console(soft_wrap=False)
    out.print(rich_table(result))
    for line in summary_lines(result):
        style = "red" if line.startswith("✗") or "FAIL" in line else ("green" if "PASS" in line else "")
        out.print(line, style=style or None, highlight=False, markup=False, soft_wrap=True)

    if save_baseline is not None:
        write_output(save_baseline, baseline_json(make_baseline(spec, result.aggregates, result.records)), force)
        err.print(f"基线已写入 / baseline written: {save_baseline}", highlight=False)
    if json_out is not None:
        write_output(json_out, result_json(result), force)
    if report_md is not None:
        write_output(report_md, render_markdown(result), force)
    if report_html is not None:
        write_output(report_html, render_html(result), force)
    if junit is not None:
        write_output(junit, render_junit(result), force)
    if result.failed:
        raise typer.Exit(1)
