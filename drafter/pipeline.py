"""The pipeline behind `drafter draft`: load → facts → engine → check (→ repair, llm only) → Draft.

Rendering is left to the caller (the CLI or a Python user) so that the same Draft can be written as
Markdown, JSON or .docx.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .draftcheck import attach_check, check_sources, draft_text
from .engines import choose_engine
from .errors import UsageError
from .facts import build_facts
from .load import load_input
from .outputs import SECTIONS, Draft

MAX_LEAVE_OUT_ROUNDS = 4  # each round drops what the last check left unplaced; it settles in one or two


def draft(input_path: str | Path, *, sections: list[str] | None = None, engine: str | None = None,
          settings: Any = None, progress: bool = False) -> Draft:
    """Draft 目标完成情况 / 存在问题 / 改进措施 for one input, every number checked.

    `engine` is "offline" or "llm"; when None, the llm engine is used if `settings` (a
    `drafter.models.LLMSettings`) is given, else the offline engine.
    """
    for name in sections or []:
        if name not in SECTIONS:
            raise UsageError(f"未知的章节“{name}”，可选：{' / '.join(SECTIONS)} / unknown section")
    engine = choose_engine(engine, settings)

    report = load_input(input_path)
    sheet = build_facts(report)
    if engine == "llm":
        from .chains.draft import draft_with_llm

        return draft_with_llm(report, sections or list(SECTIONS), settings, progress=progress)

    from .check import check
    from .domain.ledger_story import untraced_sentences
    from .engines.offline import write_draft

    result = write_draft(report, sheet, sections)
    checked = check(draft_text(result), check_sources(report))
    # a phrase the engine derives (a ledger's sums, a time margin) that the check cannot trace is left out, never
    # printed unconfirmed: the draft states only figures its own check places (a ledger whose header the table
    # reader cannot name, ≥0.3 in a header; a span of 日 read as a date). A ledger sentence loses only the figures
    # the check could not place; what is left is checked again, as the figures around a gap may read otherwise.
    leave_out: frozenset[str] = frozenset()
    for _ in range(MAX_LEAVE_OUT_ROUNDS):
        more = untraced_sentences(report, draft_text(result), checked.unsupported, sheet, leave_out)
        if more <= leave_out:
            break
        leave_out |= more
        result = write_draft(report, sheet, sections, leave_out)
        checked = check(draft_text(result), check_sources(report))
    attach_check(result, checked)
    return result
