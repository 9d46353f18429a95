"""drafter — drafts, checks and summarizes Chinese budget-performance self-evaluations (绩效自评).

Library entry points (each CLI verb is a thin shell over one of them):

    drafter.draft(input_path, ...)           -> Draft        目标完成情况 / 存在问题 / 改进措施, checked
    drafter.check(text, sources)             -> CheckReport  every number traced to the sources
    drafter.summarize(report_path, ...)      -> Summary      领导摘要, checked
    drafter.evals.run_suite / CLI `eval`  -> prompt regression evals against a baseline
"""

from __future__ import annotations

import sys
import types

__version__ = "0.1.0"

__all__ = ["check", "draft", "load_input", "summarize", "__version__"]

# PEP 562: the entry points import on first use, so `drafter --version` and `--help` load neither the
# checker and its data nor LangChain.
_LAZY = {"check": ".check", "draft": ".pipeline", "load_input": ".load", "summarize": ".chains.summarize"}


def __getattr__(name: str):  # noqa: ANN202
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(name)


class _Package(types.ModuleType):
    """`drafter.check` stays the function, as when it was imported eagerly: loading the submodule
    drafter.check must not rebind the package attribute to the module."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
