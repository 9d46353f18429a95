"""The leadership summary (领导摘要): its shape, how its length is counted, and how it is rendered.

Shape — four headed parts, in this order, whatever the engine:

    总体情况：<budget figures and overall completion, one or two sentences>
    主要成效：
    1. <a result with its figure>            (three to five points when the budget allows)
    存在问题：<one line>
    下一步：<one line>

Length — `--chars N` bounds `count_chars(summary.text)`: **every non-whitespace character of the summary
text exactly as printed in Markdown**, headings ("总体情况：") and point numbers ("1.") included; Chinese
characters, digits, Latin letters and punctuation each count one. Whitespace (line breaks, the space
after "1.") does not count. The JSON output carries the same `text`; the .docx shows the same content.
No engine may exceed it: `fit_to_budget` is the last, deterministic step of every path.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from .outputs import Usage
from .text import end_sentence, split_sentences

HEADINGS = ("总体情况", "主要成效", "存在问题", "下一步")
MIN_CHARS = 50
FORMATS = ("md", "json", "docx")
DEFAULT_CHARS = 500
OMITTED = "从略。"  # a part with no room left at a very small --chars: the heading stays, honestly empty


class SummarySection(BaseModel):
    name: str
    items: list[str] = Field(default_factory=list, description="主要成效: one point each; others: sentences")

    @property
    def body(self) -> str:
        return "".join(self.items)


class Summary(BaseModel):
    source: str = Field(description="the report summarized")
    engine: str
    model: str | None = None
    chars_limit: int
    focus: str | None = None
    sections: list[SummarySection]
    text: str = Field(description="the summary as printed (Markdown); `chars` counts this")
    chars: int = Field(description="non-whitespace characters of `text`")
    budget_figure: str | None = Field(None, description="the completion figure stated in 总体情况, e.g. 预算完成率92.94%")
    check: Any = Field(None, description="drafter.check.CheckReport of `text` against the report")
    prompts: dict[str, str] = Field(default_factory=dict, description="prompt name → version used (llm)")
    usage: Usage = Field(default_factory=Usage)
    repair_rounds: int = 0
    trimmed: bool = Field(False, description="the engine's text exceeded the limit and was cut at sentence ends")
    stats: dict[str, int] = Field(default_factory=dict, description="map calls, reduce depth, chunks … (llm)")

    @property
    def ok(self) -> bool:
        return self.check is None or not getattr(self.check, "unsupported", [])

    def section(self, name: str) -> SummarySection | None:
        return next((s for s in self.sections if s.name == name), None)


def count_chars(text: str) -> int:
    """The --chars measure: non-whitespace characters (see the module docstring)."""
    return len(re.sub(r"\s+", "", text))


def compose(sections: list[SummarySection]) -> str:
    """The printed text. Empty parts read "从略。" so the four headings are always there."""
    by_name = {s.name: s for s in sections}
    out: list[str] = []
    for name in HEADINGS:
        sec = by_name.get(name) or SummarySection(name=name)
        items = [i for i in sec.items if i.strip()]
        if name == "主要成效" and items:
            out.append(f"{name}：\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)))
        else:
            out.append(f"{name}：{''.join(items) or OMITTED}")
    return "\n\n".join(out) + "\n"


def overhead(points: int = 0) -> int:
    """Characters the frame costs before any content: each heading with its colon, each point number."""
    return sum(len(n) + 1 for n in HEADINGS) + sum(len(str(i)) + 1 for i in range(1, points + 1))


# --- deterministic trimming ------------------------------------------------------------------------

def sentences_of(text: str) -> list[str]:
    return split_sentences(text)


def fit_to_budget(sections: list[SummarySection], limit: int, keep: set[str] | None = None,
                  essential: str | None = None) -> tuple[list[SummarySection], bool]:
    """Cut whole sentences (never inside one, so never inside a number) until the text fits `limit`.

    Drops, in turn, 主要成效 points beyond the third, then the last sentence of the longest part; the first
    sentence of 总体情况 (the budget figure) and the sentences in `keep` go last. If only those are left and
    the text is still too long, their clauses are dropped from the front, never the clause holding
    `essential` (the completion figure, e.g. "92.94%"). Returns the sections and whether anything was cut.
    """
    keep = keep or set()
    secs = [s.model_copy(deep=True) for s in sections]
    trimmed = False

    def size() -> int:
        return count_chars(compose(secs))

    def shorten_protected() -> bool:
        for sec in secs:
            for idx, item in enumerate(sec.items):
                clauses = [c for c in re.split(r"(?<=[，,；;])", item.rstrip("。！？")) if c.strip()]
                droppable = [i for i, c in enumerate(clauses) if not (essential and essential in c)]
                if len(clauses) > 1 and droppable:
                    del clauses[droppable[0]]
                    sec.items[idx] = end_sentence("".join(clauses))
                    return True
        return False

    while size() > limit:
        trimmed = True
        by = {s.name: s for s in secs}
        results = by.get("主要成效")
        if results and len(results.items) > 3:
            results.items.pop()
            continue
        best: tuple[int, SummarySection, int, int] | None = None
        for sec in secs:
            for idx, item in enumerate(sec.items):
                sents = sentences_of(item)
                if not sents:
                    continue
                first_of_overall = sec.name == "总体情况" and idx == 0 and len(sents) == 1
                if first_of_overall or sents[-1] in keep:
                    continue
                weight = count_chars(sec.body)
                if best is None or weight > best[0]:
                    best = (weight, sec, idx, len(sents))
        if best is not None:
            _, sec, idx, n = best
            sents = sentences_of(sec.items[idx])
            if n > 1:
                sec.items[idx] = "".join(sents[:-1])
            else:
                sec.items.pop(idx)
            continue
        if shorten_protected():
            continue
        for sec in secs:  # nothing left but unshortenable protected text: give it up rather than overflow
            if sec.items:
                sec.items = []
                break
        else:
            break
    return secs, trimmed


# --- rendering ---------------------------------------------------------------------------------------


def render_markdown(summary: Summary) -> str:
    return summary.text


def render_json(summary: Summary) -> str:
    return summary.model_dump_json(indent=2) + "\n"


def render_docx(summary: Summary) -> bytes:
    from pathlib import Path

    from .render import docx_bytes

    parts: list[tuple[str, list[str]]] = []
    for sec in summary.sections:
        if sec.name == "主要成效":
            parts.append((sec.name, [f"{n}. {i}" for n, i in enumerate(sec.items, 1)] or [OMITTED]))
        else:
            parts.append((sec.name, ["".join(sec.items) or OMITTED]))
    return docx_bytes(f"领导摘要：{Path(summary.source).stem}", parts, check=summary.check)


def render(summary: Summary, fmt: str) -> str | bytes:
    return {"md": render_markdown, "json": render_json, "docx": render_docx}[fmt](summary)
