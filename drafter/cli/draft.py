"""`drafter draft`: the three narrative sections of a self-evaluation, every number checked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..outputs import SECTIONS
from ..render import FORMATS, render
from . import app
from .options import (BaseUrl, Concurrency, Deadline, Engine, Force, Format, Model, NoCache, Out, RepairRounds,
                      StructuredMethod, Timeout, emit, report_check, report_usage, resolve_llm, show_progress,
                      validate_output)
from .trust import AllowOutside, CacheAnyEndpoint, apply_trust_options, report_instructions, with_cache_scope


@app.command("draft")
def draft_command(
    input: Annotated[Path, typer.Argument(help="示例目录或 YAML/JSON 输入文件 / example folder or input file")],
    section: Annotated[Optional[list[str]], typer.Option("--section", "-s", help="只写某一节：" + " | ".join(SECTIONS))] = None,
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
    """起草 目标完成情况 / 存在问题 / 改进措施，并核验每个数字 / draft the three sections, checked."""
    from ..draftcheck import provenance_lines
    from ..pipeline import draft  # the checker and engines load only when this verb runs

    format = validate_output(format, FORMATS, out, force)
    apply_trust_options(allow_outside)
    settings = resolve_llm(engine, model, base_url, structured_method, no_cache, concurrency, repair_rounds,
                           timeout, deadline)
    settings = with_cache_scope(settings, cache_any_endpoint)
    result = draft(input, sections=section, engine=engine, settings=settings, progress=show_progress())
    emit(render(result, format), out, force)
    report_instructions(result.check)
    report_check(result.check)
    for line in provenance_lines(result):  # never hide what the model did not write
        typer.secho(line, fg="yellow", err=True)
    report_usage(result.engine, result.usage, result.repair_rounds)
    if not result.ok:
        raise typer.Exit(1)
