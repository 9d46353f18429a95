"""`drafter draft`: the three narrative sections of a self-evaluation, every number checked."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..outputs import SECTIONS, Draft
from ..pipeline import draft
from ..render import FORMATS, check_writable, render, write_output
from . import app


def resolve_llm(engine: str | None, model: str | None, base_url: str | None, structured_method: str | None,
                no_cache: bool, concurrency: int, repair_rounds: int):
    """LLM settings from the options, DRAFTER_MODEL or the user's models file; None means offline."""
    if engine == "offline":
        return None
    from ..models import resolve_settings

    return resolve_settings(model=model, base_url=base_url, structured_method=structured_method,
                            no_cache=no_cache, concurrency=concurrency, repair_rounds=repair_rounds)


def report_check(result: Draft) -> None:
    """One line on stderr, so that stdout stays the draft itself (pipeable into `drafter check`)."""
    report = result.check
    if report is None:
        return
    bad = report.unsupported
    total = len([m for m in report.mentions if m.status != "ignored"])
    if bad:
        listed = "、".join(m.text for m in bad[:8])
        typer.secho(f"数字核验：{total} 个数字中 {len(bad)} 个无法溯源：{listed}", fg="red", err=True)
    else:
        typer.secho(f"数字核验：{total} 个数字全部可溯源至输入数据 / all numbers traced", fg="green", err=True)


@app.command("draft")
def draft_command(
    input: Annotated[Path, typer.Argument(help="示例目录或 YAML/JSON 输入文件 / example folder or input file")],
    section: Annotated[Optional[list[str]], typer.Option("--section", "-s", help="只写某一节：" + " | ".join(SECTIONS))] = None,
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
    """起草 目标完成情况 / 存在问题 / 改进措施，并核验每个数字 / draft the three sections, checked."""
    from ..errors import UsageError

    if format not in FORMATS:
        raise UsageError(f"--format 只能是 {' | '.join(FORMATS)} / unknown format “{format}”")
    if format == "docx" and out is None:
        raise UsageError("docx 格式需要 --out 指定文件 / --format docx needs --out")
    if out is not None:
        check_writable(out, force)
    settings = resolve_llm(engine, model, base_url, structured_method, no_cache, concurrency, repair_rounds)
    result = draft(input, sections=section, engine=engine, settings=settings, progress=sys.stderr.isatty())
    data = render(result, format)
    if out is not None:
        write_output(out, data, force)
        typer.echo(f"已写入 / written: {out}", err=True)
    else:
        typer.echo(data, nl=False)
    report_check(result)
    if result.engine == "llm":
        u = result.usage
        typer.echo(f"模型调用 / LLM usage: {u.calls} 次调用，缓存命中 {u.cache_hits}，提示 {u.prompt_tokens} tokens，"
                   f"生成 {u.completion_tokens} tokens，用时 {u.wall_seconds:.1f} 秒，修正 {result.repair_rounds} 轮", err=True)
    if not result.ok:
        raise typer.Exit(1)
