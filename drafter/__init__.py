"""drafter — drafts, checks and summarizes Chinese budget-performance self-evaluations (绩效自评).

Library entry points (each CLI verb is a thin shell over one of them):

    drafter.draft(input_path, ...)    -> Draft        the three narrative sections, checked
    drafter.check(text, sources)      -> CheckReport  every number traced to the sources
"""

from __future__ import annotations

__version__ = "0.1.0"

from .load import load_input
from .pipeline import draft


def check(text, sources):  # noqa: ANN001, ANN201 — re-exported lazily: the checker loads its word lists
    from .check import check as _check

    return _check(text, sources)


__all__ = ["check", "draft", "load_input", "__version__"]
