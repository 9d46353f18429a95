"""Options and output handling shared by the verbs that write text (draft, summarize)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..engines import ENGINES
from ..errors import UsageError
from ..render import check_writable, write_output

Format = Annotated[Optional[str], typer.Option("--format", "-f", help="md | json | docx（默认按 --out 的扩展名，否则 md）")]
Out = Annotated[Optional[Path], typer.Option("--out", "-o", help="输出文件；默认输出到屏幕 / output file")]
Force = Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件 / overwrite --out")]
Engine = Annotated[Optional[str], typer.Option("--engine", help="offline | llm（默认：配置了模型则 llm）")]
Model = Annotated[Optional[str], typer.Option("--model", help="模型名，见 drafter models")]
BaseUrl = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI 兼容接口地址，如 http://127.0.0.1:8000/v1")]
StructuredMethod = Annotated[Optional[str], typer.Option(
    "--structured-method", help="json_schema | function_calling | json_mode")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="不使用本地响应缓存")]
Concurrency = Annotated[int, typer.Option("--concurrency", min=1, help="并发调用数")]
RepairRounds = Annotated[int, typer.Option("--repair-rounds", min=0, help="数字核验不通过时的修正轮数")]
Timeout = Annotated[Optional[float], typer.Option("--timeout", min=0.001, help="每次请求的超时秒数（默认 120，或模型配置的 timeout）")]
Deadline = Annotated[Optional[float], typer.Option("--deadline", min=0.001, help="整次运行（含重试）的总时限秒数（模型配置的 deadline）")]


_verbose = False


def set_verbose(on: bool) -> None:
    """`drafter -v` (or DRAFTER_DEBUG=1), as the root command saw it."""
    global _verbose
    _verbose = on


def show_progress() -> bool:
    """Progress on stderr: a bar on a terminal; elsewhere (a pipe, a log file) only with -v, as plain lines."""
    return sys.stderr.isatty() or _verbose


def validate_output(format: str | None, formats: tuple[str, ...], out: Path | None, force: bool) -> str:
    """The output format (from --format, else --out's extension, else md); refuses a bad format or an output
    that would clobber a file before any work is done."""
    if format is None:
        suffix = out.suffix.lower().lstrip(".") if out is not None else ""
        format = {"markdown": "md", "txt": "md"}.get(suffix, suffix) if suffix in (*formats, "markdown", "txt") else "md"
        if out is not None and suffix and suffix not in (*formats, "markdown", "txt"):
            raise UsageError(f"无法从扩展名 .{suffix} 判断格式，请加 --format {' | '.join(formats)} / give --format")
    if format not in formats:
        raise UsageError(f"--format 只能是 {' | '.join(formats)} / unknown format “{format}”")
    if format == "docx" and out is None:
        raise UsageError("docx 格式需要 --out 指定文件 / --format docx needs --out")
    if out is not None:
        check_writable(out, force)
    return format


def resolve_llm(engine: str | None, model: str | None, base_url: str | None, structured_method: str | None,
                no_cache: bool, concurrency: int, repair_rounds: int, timeout: float | None = None,
                deadline: float | None = None) -> Any:
    """LLM settings from the options, DRAFTER_MODEL or the user's models file; None means offline."""
    if engine not in (None, *ENGINES):
        raise UsageError(f"--engine 只能是 {' | '.join(ENGINES)} / unknown engine “{engine}”")
    if engine == "offline":
        given = [flag for flag, value in (("--model", model), ("--base-url", base_url),
                                          ("--structured-method", structured_method)) if value]
        if given:
            raise UsageError(f"{'、'.join(given)} 只用于 llm 引擎，与 --engine offline 矛盾 / only for --engine llm")
        return None
    from ..models import resolve_settings

    settings = resolve_settings(model=model, base_url=base_url, structured_method=structured_method,
                                no_cache=no_cache, concurrency=concurrency, repair_rounds=repair_rounds,
                                timeout=timeout, deadline=deadline)
    if settings is None and structured_method:
        raise UsageError("--structured-method 需要同时指定 --model / --structured-method needs --model")
    return settings


def emit(data: str | bytes, out: Path | None, force: bool) -> None:
    """Write to --out atomically, or print to stdout (a write error there is one line: see cli.main)."""
    if out is not None:
        write_output(out, data, force)
        typer.echo(f"已写入 / written: {out}", err=True)
    else:
        typer.echo(data, nl=False)
        sys.stdout.flush()


def report_check(report: Any, prefix: str = "", traced_to: str = "输入数据") -> None:
    """One line on stderr, so that stdout stays the text itself (pipeable into `drafter check`)."""
    if report is None:
        return
    bad = report.unsupported
    total = len([m for m in report.mentions if m.status != "ignored"])
    if bad:
        listed = "、".join(m.text for m in bad[:8])
        typer.secho(f"{prefix}数字核验：{total} 个数字中 {len(bad)} 个无法溯源：{listed}", fg="red", err=True)
    else:
        typer.secho(f"{prefix}数字核验：{total} 个数字全部可溯源至{traced_to} / all numbers traced", fg="green", err=True)


def report_usage(engine: str, usage: Any, repair_rounds: int) -> None:
    """Calls, tokens, cache hits and wall time of an LLM run, on stderr."""
    if engine != "llm":
        return
    typer.echo(f"模型调用 / LLM usage: {usage.calls} 次调用，缓存命中 {usage.cache_hits}，提示 {usage.prompt_tokens} tokens，"
               f"生成 {usage.completion_tokens} tokens，用时 {usage.wall_seconds:.1f} 秒，修正 {repair_rounds} 轮", err=True)
