"""A draft as the checker sees it: the sources its numbers may come from, its text (paragraphs joined in
order, so offsets map back), and the check report attached back onto the paragraphs.

Shared by the pipeline (offline engine) and the LLM chains, which import it rather than the pipeline.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from .outputs import Draft
from .schema import ReportInput


def check_sources(report: ReportInput) -> list[Path]:
    """What a draft's numbers may come from: the input file, every work-log file and every ledger beside it."""
    sources = [Path(report.source_path)] if report.source_path else []
    sources += sorted({Path(log.source) for log in report.logs if log.source})
    sources += [Path(ledger.source) for ledger in report.ledgers]
    return sources


PARAGRAPH_SEP = "\n\n"


def draft_text(result: Draft) -> str:
    """The text the checker sees: paragraphs joined in order, so offsets map back to paragraphs."""
    return PARAGRAPH_SEP.join(p.text for s in result.sections for p in s.paragraphs)


def attach_check(result: Draft, report: Any) -> Draft:
    """Store the check report and list each paragraph's unsupported numbers on the paragraph itself."""
    result.check = report
    start = 0
    spans = []
    for section in result.sections:
        for p in section.paragraphs:
            spans.append((start, start + len(p.text), p))
            start += len(p.text) + len(PARAGRAPH_SEP)
    for m in report.unsupported:
        for lo, hi, p in spans:
            if lo <= m.start < hi:
                p.unsupported.append(m.text)
    return result


def provenance_lines(result: Draft) -> list[str]:
    """One line per section where drafter, not the model, wrote paragraphs or marked numbers (llm engine).

    存在问题：6 段中 6 段由离线规则补写（模型未写出 P1、P2、P3、P4、P5、P6）"""
    if result.engine != "llm":  # the offline engine writes every paragraph by rule; its check line says the rest
        return []
    lines = []
    for section in result.sections:
        total = len(section.paragraphs)
        rules = [p for p in section.paragraphs if p.written_by == "rules"]
        marked = [p for p in section.paragraphs if p.unsupported]
        if rules:
            ids = "、".join(p.ref or p.id or "?" for p in rules)
            lines.append(f"{section.name}：{total} 段中 {len(rules)} 段由离线规则补写（模型未写出 {ids}）")
        if marked:
            lines.append(f"{section.name}：{total} 段中 {len(marked)} 段含待核实的数字或引用")
    return lines


def trust_references(report: Any, paragraphs: list[Any]) -> Any:
    """A number drafter rendered from a fact reference ({F35}, {F3/F2}) is the fact by construction: where
    the checker cannot place it (e.g. it doubts that 25万册次 counts what the sentence says), its provenance
    is the reference — status exact (one fact) or derived (a formula), never unsupported. Typed digits keep
    the checker's verdict. `paragraphs` are joined with PARAGRAPH_SEP, as the checked text was."""
    spans: list[tuple[int, int, Any]] = []
    start = 0
    for p in paragraphs:
        pos = 0
        for use in p.numbers:
            if not use.ref:
                continue
            i = p.text.find(use.text, pos)
            if i >= 0:
                spans.append((start + i, start + i + len(use.text), use))
                pos = i + len(use.text)
        start += len(p.text) + len(PARAGRAPH_SEP)
    mentions, changed = [], False
    for m in report.mentions:
        use = next((u for lo, hi, u in spans if lo <= m.start and m.end <= hi), None) \
            if m.status == "unsupported" else None
        if use is not None:
            formula = "/" in use.ref or "-" in use.ref or "+" in use.ref
            m = m.model_copy(update={"status": "derived" if formula else "exact", "reason": "",
                                     "formula": use.formula if formula else f"事实引用 {use.ref}"})
            changed = True
        mentions.append(m)
    if not changed:
        return report
    counts = Counter(m.status for m in mentions)
    statuses = ("exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored")
    summary = report.summary.model_copy(update={**{s: counts.get(s, 0) for s in statuses},
                                                "ok": counts.get("unsupported", 0) == 0})
    return report.model_copy(update={"mentions": mentions, "summary": summary})
