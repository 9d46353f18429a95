"""Options and messages of the trust boundaries, shared by the verbs that read handed files (draft,
summarize, eval). Not a verb: nothing is registered here."""

from __future__ import annotations

from typing import Annotated, Any

import typer

AllowOutside = Annotated[bool, typer.Option(
    "--allow-outside", help="允许输入/评测套件中的路径指向其所在目录之外 / let paths in the files leave their folder")]
CacheAnyEndpoint = Annotated[bool, typer.Option(
    "--cache-any-endpoint", help="使用任何服务端缓存的回答（默认只用同一主机的）/ use cached answers from any host")]


def apply_trust_options(allow_outside: bool) -> None:
    from ..paths import allow_outside as allow

    allow(allow_outside)


def with_cache_scope(settings: Any, cache_any_endpoint: bool) -> Any:
    """The run's LLM settings with --cache-any-endpoint applied (None stays None: offline)."""
    if settings is None or not cache_any_endpoint:
        return settings
    return settings.model_copy(update={"cache_any_endpoint": True})


def report_instructions(report: Any) -> None:
    """One stderr line per sentence in the sources that speaks to a model, with its file and line."""
    for w in getattr(report, "warnings", None) or []:
        typer.secho(f"警告 / warning: {w.source}:{w.line}: 来源中有对模型下指令的句子，已按数据处理、不作数字依据"
                    f" / instruction-like sentence treated as data, not evidence: {w.text}", fg="yellow", err=True)
