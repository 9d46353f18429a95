"""What the page shows: texts cut into paragraphs, each number marked with its check status and its basis.

The page groups the checker's seven statuses into the three a reader acts on: traced (the number is in
the sources, as written, converted, rounded or approximated), derived (one step of arithmetic, formula
shown) and unsupported (not found: to correct). Ignored mentions (enumerators, names) are not marked.
"""

from __future__ import annotations

from typing import Any, Callable

from pydantic import BaseModel, Field

from ..check import STATUS_LABELS, CheckReport, explain
from ..outputs import Draft
from ..draftcheck import PARAGRAPH_SEP

GROUPS = {"exact": "traced", "converted": "traced", "rounded": "traced", "approximate": "traced",
          "derived": "derived", "unsupported": "unsupported"}
GROUP_LABELS = {"traced": "可溯源", "derived": "推算", "unsupported": "无法溯源"}


class Mark(BaseModel):
    start: int = Field(description="offset in the paragraph")
    end: int
    text: str
    status: str = Field(description="the checker's status (exact, derived, unsupported …)")
    group: str = Field(description="traced | derived | unsupported")
    label: str
    basis: str = Field(description="the formula, or where the number is found, or why it is unsupported")


class ParagraphView(BaseModel):
    index: int = Field(description="position of the paragraph in the whole draft (for editing)")
    text: str
    marks: list[Mark]


class SectionView(BaseModel):
    name: str
    paragraphs: list[ParagraphView]


class CheckCounts(BaseModel):
    traced: int = 0
    derived: int = 0
    unsupported: int = 0
    line: str = Field(description="the checker's one-line summary")
    ok: bool


Places = dict[str, str]  # for a draft imported from a form: input.yaml field path → the form's cell or line


def _basis(m: Any, public: Callable[[str], str], places: Places | None) -> str:
    """The formula or source of a number; for an imported form, also where the figure sits on the form."""
    text = public(explain(m)) or GROUP_LABELS[GROUPS[m.status]]
    cells = dict.fromkeys(places[e.location] for e in m.evidence
                          if places and e.source.endswith("input.yaml") and e.location in places)
    return text + (f"\n原表位置：{'、'.join(cells)}" if cells else "")


def _marks(report: CheckReport | None, lo: int, hi: int, public: Callable[[str], str],
           places: Places | None = None) -> list[Mark]:
    out = []
    for m in (report.mentions if report else []):
        if m.status in GROUPS and lo <= m.start < hi:
            group = GROUPS[m.status]
            out.append(Mark(start=m.start - lo, end=min(m.end, hi) - lo, text=m.text, status=m.status, group=group,
                            label=STATUS_LABELS[m.status] if group == m.status else f"{GROUP_LABELS[group]} · {STATUS_LABELS[m.status]}",
                            basis=_basis(m, public, places)))
    return out


def counts(report: CheckReport | None) -> CheckCounts:
    if report is None:
        return CheckCounts(line="未核验", ok=True)
    tally = {"traced": 0, "derived": 0, "unsupported": 0}
    for m in report.mentions:
        if m.status in GROUPS:
            tally[GROUPS[m.status]] += 1
    return CheckCounts(**tally, line=report.summary_line(), ok=report.ok)


def draft_sections(draft: Draft, public: Callable[[str], str] = str, places: Places | None = None) -> list[SectionView]:
    """The draft's paragraphs with their marks; offsets follow pipeline.draft_text (paragraphs joined by a blank line)."""
    sections, start, index = [], 0, 0
    for section in draft.sections:
        paras = []
        for p in section.paragraphs:
            marks = _marks(draft.check, start, start + len(p.text), public, places)
            paras.append(ParagraphView(index=index, text=p.text, marks=marks))
            start += len(p.text) + len(PARAGRAPH_SEP)
            index += 1
        sections.append(SectionView(name=section.name, paragraphs=paras))
    return sections


def text_paragraphs(text: str, report: CheckReport | None, public: Callable[[str], str] = str) -> list[ParagraphView]:
    """A checked free text (pasted text, a summary) as paragraphs split at line breaks, offsets kept."""
    out, start = [], 0
    for index, line in enumerate(text.split("\n")):
        if line.strip():
            out.append(ParagraphView(index=index, text=line, marks=_marks(report, start, start + len(line), public)))
        start += len(line) + 1
    return out


def scrub(obj: Any, public: Callable[[str], str]) -> Any:
    """A copy of a result (model, list, dict) with every string stripped of the server's temporary folder:
    source names in evidence, log citations ("log:worklogs/….md:11"), messages."""
    if isinstance(obj, str):
        return public(obj)
    if isinstance(obj, BaseModel):
        return obj.model_copy(update={k: scrub(getattr(obj, k), public) for k in type(obj).model_fields})
    if isinstance(obj, (list, tuple)):
        return type(obj)(scrub(x, public) for x in obj)
    if isinstance(obj, dict):
        return {scrub(k, public): scrub(v, public) for k, v in obj.items()}
    return obj
