"""drafter — drafts, checks and summarizes Chinese budget-performance self-evaluations (绩效自评).

Library entry points (each CLI verb is a thin shell over one of them):

    drafter.draft(input_path, ...)           -> Draft        目标完成情况 / 存在问题 / 改进措施, checked
    drafter.check(text, sources)             -> CheckReport  every number traced to the sources
    drafter.summarize(report_path, ...)      -> Summary      领导摘要, checked
    drafter.evals.run_suite / CLI `eval`  -> prompt regression evals against a baseline
"""

from __future__ import annotations

__version__ = "0.1.0"

from .check import check
from .load import load_input
from .pipeline import draft

__all__ = ["check", "draft", "load_input", "summarize", "__version__"]


def __getattr__(name: str):  # noqa: ANN202 — PEP 562: the summarizer pulls in LangChain, so import it on use
    if name == "summarize":
        from .chains.summarize import summarize

        return summarize
    raise AttributeError(name)
