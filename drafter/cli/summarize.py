"""`drafter summarize REPORT`: a leadership summary (领导摘要) of a long report, every number checked.

Exit 0 when every number of the summary traces to the report, 1 when one does not, 2 on bad input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..summary import DEFAULT_CHARS, FORMATS, MIN_CHARS, render
from . import app
from .options import (BaseUrl, Concurrency, Deadline, Engine, Force, Format, Model, NoCache, Out, RepairRounds,
                      StructuredMethod, Timeout, emit, report_check, report_usage, resolve_llm, show_progress,
                      validate_output)
from .trust import AllowOutside, CacheAnyEndpoint, apply_trust_options, report_instructions, with_cache_scope


@app.command("summarize")
def summarize_command(
    report: Annotated[Path, typer.Argument(help="报告：.txt .md .docx .pdf，或 drafter 输入（目录/YAML/JSON）/ report file")],
    chars: Annotated[int, typer.Option("--chars", "-n", help=f"字数上限：摘要全文（含小标题、序号、标点）的非空白字符数，不小于 {MIN_CHARS}")] = DEFAULT_CHARS,
    focus: Annotated[Optional[str], typer.Option("--focus", help="重点关注，如 森林防火 / what to keep first")] = None,
    format: Format = None,
    out: Out = None,
    force: Force = False,
    engine: Engine = None,
    model: Model = None,
    base_url: BaseUrl = None,
    structured_method: StructuredMethod = None,
    no_cache: NoCache = False,
    concurrency: Concurrency = 4,
    repair_rounds: RepairRounds = 2,
    timeout: Timeout = None,
    deadline: Deadline = None,
    allow_outside: AllowOutside = False,
    cache_any_endpoint: CacheAnyEndpoint = False,
) -> None:
    """把长篇报告压缩为领导摘要（总体情况/主要成效/存在问题/下一步），核验每个数字 / leadership summary, checked."""
    from ..chains.summarize import summarize  # LangChain loads only when this verb runs
    from ..errors import UsageError

    if chars < MIN_CHARS:
        raise UsageError(f"--chars 不能小于 {MIN_CHARS}（当前 {chars}）/ --chars must be at least {MIN_CHARS}")
    format = validate_output(format, FORMATS, out, force)
    apply_trust_options(allow_outside)
    settings = resolve_llm(engine, model, base_url, structured_method, no_cache, concurrency, repair_rounds,
                           timeout, deadline)
    settings = with_cache_scope(settings, cache_any_endpoint)
    result = summarize(report, chars=chars, focus=focus, engine=engine, settings=settings,
                       progress=show_progress())
    emit(render(result, format), out, force)
    report_instructions(result.check)
    report_check(result.check, prefix=f"摘要 {result.chars}/{result.chars_limit} 字；", traced_to="报告")
    report_usage(result.engine, result.usage, result.repair_rounds)
    if not result.ok:
        raise typer.Exit(1)
