"""Check and repair: a drafted section goes through the checker; what fails goes back to the model.

    check_and_repair(llm, section, prompt, variables, schema, to_paragraphs, checker, rounds, *, missing=None)
        -> RepairOutcome(paragraphs, rounds, unsupported, missing)

Each round sends the previous answer (as the assistant's turn) and the `repair_section` prompt listing
the numbers the checker could not trace — with their context — and, for 存在问题 / 改进措施, the problems
left uncovered. After `rounds` rounds, every number still unsupported is marked in the text as
【待核实：3610】 and listed in `Paragraph.unsupported` (via the final check); nothing is silently kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..datablocks import data_block
from ..draftcheck import PARAGRAPH_SEP, trust_references  # the checker's join, so offsets map back
from ..engines.llm import LLM
from ..outputs import Paragraph
from ..prompts import Prompt, load_prompt

Checker = Callable[[str], Any]  # text → drafter.check.CheckReport
AsyncChecker = Callable[[str], Awaitable[Any]]
MARK = "【待核实：{}】"


@dataclass
class RepairOutcome:
    paragraphs: list[Paragraph]
    rounds: int = 0  # repair calls made
    unsupported: list[str] = field(default_factory=list)  # numbers marked after the last round
    missing: list[str] = field(default_factory=list)  # problems still uncovered after the last round


def make_checker(sources: list[Path | Any]) -> Checker:
    """The checker over the input file and the work logs, with the source index built once."""
    from ..check import SourceIndex, check

    index = SourceIndex.build(sources)
    return lambda text: check(text, index)


def start_checker(sources: list[Path | Any]) -> AsyncChecker:
    """Build the source index in a worker thread while the first model calls are in flight."""
    job = asyncio.ensure_future(asyncio.to_thread(make_checker, sources))

    async def acheck(text: str) -> Any:
        return (await job)(text)

    return acheck


def _context(text: str, start: int, length: int, width: int = 14) -> str:
    return text[max(0, start - width): start + length + width].replace("\n", " ")


def _unsupported(report: Any, text: str) -> list[tuple[int, str]]:
    return [(m.start, m.text) for m in report.unsupported]


async def check_and_repair(
    llm: LLM,
    section: str,
    prompt: Prompt,
    variables: dict[str, Any],
    schema: type[BaseModel],
    to_paragraphs: Callable[[Any], list[Paragraph]],
    checker: AsyncChecker,
    rounds: int,
    *,
    missing: Callable[[list[Paragraph]], list[str]] | None = None,
    issues: Callable[[], dict[str, list[str]]] | None = None,
) -> RepairOutcome:
    """Draft, check, and send back what failed: untraceable numbers, references drafter could not render
    (listed in each paragraph's `unsupported` by `to_paragraphs`), problem ids that match no listed problem
    (`issues()`, read after each `to_paragraphs`) and problems left uncovered (`missing`)."""
    repair: Prompt = load_prompt("repair_section")
    out = await llm.structured(prompt, variables, schema, step=f"起草 {section}")
    paragraphs = to_paragraphs(out)
    history: list[tuple[str, str]] = []
    done = 0
    while True:
        text = PARAGRAPH_SEP.join(p.text for p in paragraphs)
        bad = _unsupported(trust_references(await checker(text), paragraphs), text)
        refs = [u for p in paragraphs for u in p.unsupported]
        gaps = missing(paragraphs) if missing else []
        found = issues() if issues else {}
        if (not bad and not gaps and not refs and not found) or done >= rounds:
            break
        message = repair.format_messages({
            "section": section,
            "unsupported": findings([f"- {num}（上下文：“…{_context(text, start, len(num))}…”）" for start, num in bad]),
            "references": findings([f"- {r}" for r in refs]),
            "unknown": findings([f"- {u}" for u in found.get("unknown", [])]),
            "known": "、".join(found.get("known", [])), "missing": findings(gaps, "问题清单")})
        history += [("assistant", out.model_dump_json()), ("user", str(message[-1].content))]
        llm.note_prompt(repair)
        done += 1
        out = await llm.structured(prompt, variables, schema, step=f"修正 {section}", history=history)
        paragraphs = to_paragraphs(out)
    if bad:
        paragraphs = mark_unsupported(paragraphs, bad)
    return RepairOutcome(paragraphs, done, [num for _, num in bad], gaps)


def findings(lines: list[str], kind: str = "核验结果") -> str:
    """A listing for a repair message, as a data block: it quotes the model's draft (or the problem list),
    which may carry whatever the sources carried. Empty stays empty, so the prompt's section is left out."""
    return data_block("\n".join(lines), kind) if lines else ""


def mark_unsupported(paragraphs: list[Paragraph], bad: list[tuple[int, str]]) -> list[Paragraph]:
    """Wrap each unsupported number (offsets in the PARAGRAPH_SEP-joined text) as 【待核实：…】."""
    spans, start = [], 0
    for p in paragraphs:
        spans.append((start, start + len(p.text)))
        start += len(p.text) + len(PARAGRAPH_SEP)
    edits: dict[int, list[tuple[int, str]]] = {}
    for pos, num in bad:
        for i, (lo, hi) in enumerate(spans):
            if lo <= pos < hi:
                edits.setdefault(i, []).append((pos - lo, num))
    out = []
    for i, p in enumerate(paragraphs):
        text = p.text
        for local, num in sorted(edits.get(i, []), reverse=True):
            if text[local:local + len(num)] == num:
                text = text[:local] + MARK.format(num) + text[local + len(num):]
            elif num in text:
                text = text.replace(num, MARK.format(num), 1)
        out.append(p.model_copy(update={"text": text}))
    return out
