"""Engines that write text: `offline` (deterministic, from the data), `llm` (LangChain on an OpenAI-compatible
endpoint) and `replay` (recorded LLM responses, for evals)."""

from __future__ import annotations

from typing import Any

from ..errors import UsageError

ENGINES = ("offline", "llm")


def choose_engine(engine: str | None, settings: Any) -> str:
    """The engine to run: as asked, else llm when a model is configured (`settings`), else offline."""
    if engine not in (None, *ENGINES):
        raise UsageError(f"未知的引擎“{engine}”，可选：offline / llm / unknown engine")
    engine = engine or ("llm" if settings is not None else "offline")
    if engine == "llm" and settings is None:
        raise UsageError("使用 llm 引擎需指定模型：--model NAME（可加 --base-url URL）/ --engine llm needs --model")
    return engine
