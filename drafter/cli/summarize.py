"""`drafter summarize REPORT`: a leadership summary (领导摘要) of a long report, every number checked.

Exit 0 when every number of the summary traces to the report, 1 when one does not, 2 on bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..chains.summarize import summarize
from ..errors import UsageError
from ..render import check_writable, write_output
from ..summary import DEFAULT_CHARS, FORMATS, MIN_CHARS, Summary, render
from . import app
from .draft import resolve_llm


def report_check(result: Summary) -> None:
    """One line on stderr, so that stdout stays the summary itself (pipeable into `drafter check`)."""
    report = result.check
    if report is None:
        return
    bad = report.unsupported
    total = len([m for m in report.mentions if m.status != "ignored"])
    size = f"{result.chars}/{result.chars_limit} 字"
    if bad:
        listed = "、".join(m.text for m in bad[:8])
        typer.secho(f"摘要 {size}；数字核验：{total} 个数字中 {len(bad)} 个无法溯源：{listed}", fg="red", err=True)
    else:
        typer.secho(f"摘要 {size}；数字核验：{total} 个数字全部可溯源至报告 / all numbers traced", fg="green", err=True)


@app.command("summarize")
def summarize_command(
    report: Annotated[Path, typer.Argument(help="报告：.txt .md .docx .pdf，或 drafter 输入（目录/YAML/JSON）/ report file")],
    chars: Annotated[int, typer.Option("--chars", "-n", help=f"字数上限：摘要全文（含小标题、序号、标点）的非空白字符数，不小于 {MIN_CHARS}")] = DEFAULT_CHARS,
    focus: Annotated[Optional[str], typer.Option("--focus", help="重点关注，如 森林防火 / what to keep first")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="md | json | docx")] = "md",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="输出文件；默认输出到屏幕 / output file")] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件 / overwrite --out")] = False,
    engine: Annotated[Optional[str], typer.Option("--engine", help="offline | llm（默认：配置了模型则 llm）")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="模型名，见 drafter models")] = None,
    base_url: Annotated[Optional[str], typer.Option("--base-url", help="OpenAI 兼容接口地址，如 http://127.0.0.1:8000/v1")] = None,
    structured_method: Annotated[Optional[str], typer.Option("--structured-method", help="json_schema | function_calling | json_mode")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="不使用本地响应缓存")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="并发调用数")] = 4,
    repair_rounds: Annotated[int, typer.Option("--repair-rounds", min=0, help="数字核验不通过时的修正轮数")] = 2,
) -> None:
    """把长篇报告压缩为领导摘要（总体情况/主要成效/存在问题/下一步），核验每个数字 / leadership summary, checked."""
    if chars < MIN_CHARS:
        raise UsageError(f"--chars 不能小于 {MIN_CHARS}（当前 {chars}）/ --chars must be at least {MIN_CHARS}")
    if format not in FORMATS:
        raise UsageError(f"--format 只能是 {' | '.join(FORMATS)} / unknown format “{format}”")
    if engine not in (None, "offline", "llm"):
        raise UsageError(f"--engine 只能是 offline | llm / unknown engine “{engine}”")
    if format == "docx" and out is None:
        raise UsageError("docx 格式需要 --out 指定文件 / --format docx needs --out")
    if out is not None:
        check_writable(out, force)
    settings = resolve_llm(engine, model, base_url, structured_method, no_cache, concurrency, repair_rounds)
    result = summarize(report, chars=chars, focus=focus, engine=engine, settings=settings,
                       progress=sys.stderr.isatty())
    data = render(result, format)
    if out is not None:
        write_output(out, data, force)
        typer.echo(f"已写入 / written: {out}", err=True)
    else:
        typer.echo(data, nl=False)
    report_check(result)
    if not result.ok:
        raise typer.Exit(1)
