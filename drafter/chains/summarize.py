"""`summarize`: a leadership summary (领导摘要) of a long report, every number checked against the report.

    summarize(report_path, *, chars=500, focus=None, engine=None, settings=None, progress=False) -> Summary

`engine` is "offline" or "llm"; None picks llm when `settings` (a drafter.models.LLMSettings) is given,
else offline. The shape and the length rule are in drafter.summary; the report reader in drafter.reports.

**offline** (drafter.engines.offline_summary): extractive, so its numbers are copied from the report. The
checker still reads the result; a figure it cannot trace (an OCR oddity) makes the engine run again
without the sentences that carry it, so the offline summary always passes `drafter check`.

**llm** — map-reduce under a token budget, LCEL batches over the shared `LLM` client (its semaphore
bounds requests in flight, its store caches every call, its retries and errors are the same as for
`draft`):

    blocks ─► chunks of ≤ chunk_budget tokens (paragraphs, cut at 。 when one is too long)
           ─► map: every chunk at once → Digest (overall / results / problems / next_steps)
           ─► reduce: digests grouped under the budget, each group merged, level by level, until all
              fit one final prompt (a level's groups run concurrently; `stats["reduce_depth"]` counts
              levels, the final pass included)
           ─► final: SummaryDraft within --chars (the prompt carries the report's budget figures)
           ─► check against the report; unsupported numbers go back to the model (summarize_repair,
              settings.repair_rounds rounds); what is still unsupported is marked 【待核实：…】
           ─► the completion figure is put in front of 总体情况 if the model left it out
           ─► fit_to_budget: cut whole sentences until the text fits --chars (Summary.trimmed)
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ..engines import choose_engine
from ..errors import UsageError
from ..reports import ReportDoc, read_report
from ..summary import (DEFAULT_CHARS, HEADINGS, MIN_CHARS, Summary, SummarySection, compose, count_chars, fit_to_budget,
                       sentences_of)
from ..text import end_sentence

MAX_CHUNK_TOKENS = 6000
MAX_ITEMS = 8  # results kept per digest
MAX_OFFLINE_RETRIES = 8


# --- checking -------------------------------------------------------------------------------------


def check_sources(doc: ReportDoc) -> list[Any]:
    """What the summary's numbers must trace to.

    A drafter input: its input file and work logs (the rendering summarized is itself checked against
    them). A report: its text as `layout` cleaned it (ReportDoc.cleaned_text) — where a number wrapped
    across a line break ("52" + newline + "09人次") or spaced by OCR ("3475. 09") is whole again. Cleaning
    only removes whitespace and swaps ASCII punctuation for Chinese, so it never makes a number the report
    lacks; indexing one text instead of two keeps a 300,000-character report fast.
    """
    if doc.check_paths:
        return [Path(p) for p in doc.check_paths]
    from ..check import SourceText

    sources: list[Any] = [SourceText(name=doc.path, text=doc.cleaned_text)]
    if doc.kind in ("text", "markdown") and len(doc.text) <= TABLE_TEXT_CHARS and _TABLE_ROW.search(doc.text):
        # a form copied as tab or pipe text: cleaning joins a row's cells with ；, away from the header that
        # says which column a figure is in (全年预算数 260.00); the file as written keeps the columns
        sources.append(Path(doc.path))
    return sources


TABLE_TEXT_CHARS = 100_000  # a form, not a long report: indexing it twice costs nothing
_TABLE_ROW = re.compile(r"^[^\n]*(?:\t[^\n]*){3}|^\s*\|(?:[^|\n]*\|){4}", re.M)


def make_checker(doc: ReportDoc) -> Callable[[str], Any]:
    """The checker over the report, with the source index built once (the repair loop checks many times)."""
    from ..check import SourceIndex, check

    index = SourceIndex.build(check_sources(doc))
    return lambda text: check(text, index)


def _validate(chars: int, engine: str | None, settings: Any) -> str:
    if chars < MIN_CHARS:
        raise UsageError(f"--chars 不能小于 {MIN_CHARS}（四个小标题和预算完成率就要约 30 字）/ --chars must be ≥ {MIN_CHARS}")
    return choose_engine(engine, settings)


def summarize(report_path: str | Path, *, chars: int = DEFAULT_CHARS, focus: str | None = None,
              engine: str | None = None, settings: Any = None, progress: bool = False) -> Summary:
    """A leadership summary of the report at `report_path`, at most `chars` characters, numbers checked."""
    engine = _validate(chars, engine, settings)
    focus = focus.strip() if focus and focus.strip() else None
    doc = read_report(report_path)
    checker = make_checker(doc)
    if engine == "llm":
        return asyncio.run(asummarize_llm(doc, chars=chars, focus=focus, settings=settings, checker=checker,
                                          progress=progress))
    return summarize_offline_checked(doc, chars=chars, focus=focus, checker=checker)


def _completion_text(doc: ReportDoc) -> str | None:
    from ..engines.offline_summary import completion_figure

    return completion_figure(doc.budget)


def summarize_offline_checked(doc: ReportDoc, *, chars: int, focus: str | None,
                              checker: Callable[[str], Any]) -> Summary:
    from ..engines.offline_summary import summarize_offline

    reject: set[str] = set()
    for _ in range(MAX_OFFLINE_RETRIES):
        sections = summarize_offline(doc, chars, focus, reject)
        sections, trimmed = fit_to_budget(sections, chars, essential=_essential(doc))
        text = compose(sections)
        report = checker(text)
        bad = {m.text for m in report.unsupported}
        if not bad or bad <= reject:
            break
        reject |= bad
    return Summary(source=doc.path, engine="offline", chars_limit=chars, focus=focus, sections=sections, text=text,
                   chars=count_chars(text), budget_figure=_stated_figure(doc, sections), check=report,
                   trimmed=trimmed)


def _essential(doc: ReportDoc) -> str | None:
    """The figure no cut may remove: the completion rate as the summary writes it (92.94%)."""
    fig = _completion_text(doc)
    return re.search(r"\d+(?:\.\d+)?%", fig).group(0) if fig else None


def _stated_figure(doc: ReportDoc, sections: list[SummarySection]) -> str | None:
    fig = _completion_text(doc)
    overall = next((s.body for s in sections if s.name == "总体情况"), "")
    if fig and fig in overall:
        return fig
    if doc.budget.completion and doc.budget.completion.text in overall:
        return doc.budget.completion.text
    return None


# --- the LLM engine ------------------------------------------------------------------------------


class Digest(BaseModel):
    """报告片段的要点摘录（数字照录）。"""

    overall: list[str] = Field(default_factory=list, description="预算执行与总体完成情况，每条一句")
    results: list[str] = Field(default_factory=list, description="主要成效，每条一句并带数字")
    problems: list[str] = Field(default_factory=list, description="存在问题，每条一句")
    next_steps: list[str] = Field(default_factory=list, description="改进措施或下一步计划，每条一句")

    def render(self) -> str:
        lines = []
        for key, label in (("overall", "总体情况"), ("results", "主要成效"), ("problems", "存在问题"),
                           ("next_steps", "下一步")):
            for item in getattr(self, key):
                if item.strip():
                    lines.append(f"- [{label}] {item.strip()}")
        return "\n".join(lines)


class SummaryDraft(BaseModel):
    """领导摘要：总体情况、主要成效（3至5条）、存在问题、下一步。"""

    overall: str = Field(description="总体情况：一至两句，写明预算执行的关键数字")
    results: list[str] = Field(description="主要成效：3至5条，每条一句并带数字")
    problems: str = Field(description="存在问题：一句")
    next_steps: str = Field(description="下一步：一句")

    def sections(self) -> list[SummarySection]:
        def clean(text: str) -> str:
            from ..engines.offline_summary import strip_lead

            text = text.strip()
            for name in HEADINGS:  # a model that repeats the heading inside the field
                if text.startswith((f"{name}：", f"{name}:")):
                    text = text[len(name) + 1:].strip()
            return end_sentence(strip_lead(text)) if text else ""

        return [SummarySection(name="总体情况", items=[t for t in [clean(self.overall)] if t]),
                SummarySection(name="主要成效", items=[t for t in (clean(r) for r in self.results) if t][:5]),
                SummarySection(name="存在问题", items=[t for t in [clean(self.problems)] if t]),
                SummarySection(name="下一步", items=[t for t in [clean(self.next_steps)] if t])]


def chunk_budget(settings: Any) -> int:
    """Tokens of report text per map call: well under the window, with margin for other tokenizers."""
    from ..tokens import SAFETY

    return max(500, min(MAX_CHUNK_TOKENS, int(settings.spec.context_window * 0.4 / SAFETY)))


def chunk_report(doc: ReportDoc, budget: int) -> list[str]:
    """Paragraphs (headings kept with what follows) grouped into chunks of at most `budget` tokens; a
    paragraph longer than the budget is cut at 。 (drafter.tokens.split_text). Tokens are counted once
    per paragraph, in one batch."""
    from ..tokens import encoding, split_text

    texts: list[str] = []
    pending = ""
    for block in doc.blocks:
        if block.zone == "note":
            continue
        if block.heading:
            pending += block.text + "\n"
            continue
        texts.append(pending + block.text)
        pending = ""
    if pending:
        texts.append(pending.strip())
    counts = [len(t) for t in encoding().encode_ordinary_batch(texts)]
    chunks: list[str] = []
    batch: list[str] = []
    used = 0
    for text, n in zip(texts, counts):
        pieces = [(text, n)] if n <= budget else [(p, budget) for p in split_text(text, budget)]
        for piece, m in pieces:
            if batch and used + m > budget:
                chunks.append("\n".join(batch))
                batch, used = [], 0
            batch.append(piece)
            used += m
    if batch:
        chunks.append("\n".join(batch))
    return chunks


def _budget_hint(doc: ReportDoc) -> str:
    from ..engines.offline_summary import budget_parts

    return "，".join(p for k, p in budget_parts(doc.budget) if k != "year")


async def asummarize_llm(doc: ReportDoc, *, chars: int, focus: str | None, settings: Any,
                         checker: Callable[[str], Any], progress: bool = False,
                         llm_factory: Callable[[Any], Any] | None = None) -> Summary:
    from ..datablocks import data_block, source_of
    from ..engines.llm import LLM
    from ..prompts import load_prompt
    from ..tokens import count_tokens, split_to_budget
    from .repair import findings, mark_unsupported

    started = time.perf_counter()
    title = source_of([doc.path])  # report text and digests of it reach the model only as data blocks
    budget = chunk_budget(settings)
    chunks = chunk_report(doc, budget)
    map_prompt, reduce_prompt = load_prompt("summarize_map"), load_prompt("summarize_reduce")
    final_prompt, repair_prompt = load_prompt("summarize_final"), load_prompt("summarize_repair")
    common = {"focus": focus or "", "max_items": str(MAX_ITEMS)}
    stats = {"chunks": len(chunks), "map_calls": len(chunks), "reduce_calls": 0, "reduce_depth": 0,
             "repair_rounds": 0}

    llm = llm_factory(settings) if llm_factory else LLM(settings, progress=progress)
    async with llm:
        # LCEL batches; the LLM's semaphore (settings.concurrency) bounds what is in flight
        batch = {"max_concurrency": settings.concurrency}
        digests: list[Digest] = await llm.as_runnable(map_prompt, Digest, step="摘要·分段摘录 / map").abatch(
            [{**common, "chunk": data_block(chunk, "报告原文", title), "part": str(i + 1), "parts": str(len(chunks))}
             for i, chunk in enumerate(chunks)],
            config=batch,
        )
        texts = [d.render() for d in digests if d.render()]
        # reduce until everything fits one final prompt
        while len(texts) > 1 and count_tokens("\n\n".join(texts)) > budget:
            groups = split_to_budget(texts, budget)
            if len(groups) >= len(texts):  # each digest alone fills a batch: merge pairs instead
                groups = [texts[i:i + 2] for i in range(0, len(texts), 2)]
            merged = await llm.as_runnable(reduce_prompt, Digest, step="摘要·合并要点 / reduce").abatch(
                [{**common, "digests": "\n\n".join(data_block(t, "报告要点", title) for t in g)} for g in groups],
                config=batch,
            )
            stats["reduce_calls"] += len(groups)
            stats["reduce_depth"] += 1
            texts = [d.render() for d in merged if d.render()]
        hint = _budget_hint(doc)
        variables = {"focus": focus or "", "chars": str(chars), "budget": hint,
                     "budget_info": data_block(hint, "报告要点", title) if hint else "",
                     "title": Path(doc.path).name,
                     "digests": data_block("\n\n".join(texts) or "（报告中没有可摘录的要点）", "报告要点", title)}
        out: SummaryDraft = await llm.structured(final_prompt, variables, SummaryDraft, step="摘要·成稿 / final")
        stats["reduce_depth"] += 1

        history: list[tuple[str, str]] = []
        rounds = 0
        while True:
            sections = out.sections()
            text = compose(sections)
            bad = [(m.start, m.text) for m in checker(text).unsupported]
            if not bad or rounds >= settings.repair_rounds:
                break
            listed = findings([f"- {num}（上下文：“…{text[max(0, s - 14): s + len(num) + 14].strip()}…”）"
                               for s, num in bad])
            message = repair_prompt.format_messages({"unsupported": listed})
            history += [("assistant", out.model_dump_json()), ("user", str(message[-1].content))]
            llm.note_prompt(repair_prompt)
            rounds += 1
            out = await llm.structured(final_prompt, variables, SummaryDraft, step="摘要·修正 / repair",
                                       history=history)
        stats["repair_rounds"] = rounds
        usage, prompts = llm.usage, dict(sorted(llm.prompts.items()))

    if bad:
        sections = _mark(sections, bad, mark_unsupported)
    sections, keep = _ensure_completion(doc, sections)
    sections, trimmed = fit_to_budget(sections, chars, keep, essential=_essential(doc))
    text = compose(sections)
    usage.wall_seconds = round(time.perf_counter() - started, 3)
    return Summary(source=doc.path, engine="llm", model=settings.spec.name, chars_limit=chars, focus=focus,
                   sections=sections, text=text, chars=count_chars(text), budget_figure=_stated_figure(doc, sections),
                   check=checker(text), prompts=prompts, usage=usage, repair_rounds=rounds, trimmed=trimmed,
                   stats=stats)


def _mark(sections: list[SummarySection], bad: list[tuple[int, str]], mark_unsupported: Callable) -> list[SummarySection]:
    """Wrap each still-unsupported number as 【待核实：…】 in the item it sits in (offsets into compose())."""
    from ..outputs import Paragraph

    text = compose(sections)
    out = []
    for sec in sections:
        items = []
        for item in sec.items:
            at = text.find(item)
            local = [(s - at, n) for s, n in bad if at >= 0 and at <= s < at + len(item)]
            items.append(mark_unsupported([Paragraph(text=item)], local)[0].text if local else item)
        out.append(sec.model_copy(update={"items": items}))
    return out


def _ensure_completion(doc: ReportDoc, sections: list[SummarySection]) -> tuple[list[SummarySection], set[str]]:
    """总体情况 must state the budget completion figure when the report has one: put it first if missing."""
    from ..engines.offline_summary import budget_parts, budget_sentence

    parts = budget_parts(doc.budget)
    rate = next((p for k, p in parts if k == "completion"), None)
    if rate is None:
        return sections, set()
    digits = doc.budget.completion.text if doc.budget.completion else rate
    overall = next(s for s in sections if s.name == "总体情况")
    if digits in overall.body:
        return sections, {sent for item in overall.items for sent in sentences_of(item) if digits in sent}
    sentence = budget_sentence(parts, {"completion", "actual", "adjusted"})
    new = [s.model_copy(update={"items": [sentence, *s.items]}) if s.name == "总体情况" else s for s in sections]
    return new, {sentence}
