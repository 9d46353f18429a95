"""Output models shared by every engine: a draft is sections of paragraphs, each number with its provenance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field

SECTIONS = ("目标完成情况", "存在问题", "改进措施")


class NumberUse(BaseModel):
    """A number the engine wrote, and where it came from: fact ids, or a formula over fact ids."""

    text: str
    value: Decimal
    unit: str = ""
    facts: list[str] = Field(default_factory=list, description="ids of the facts used (F1 …)")
    formula: str | None = Field(None, description="e.g. 实际支出 3229.91 ÷ 调整预算 3475.09 × 100% = 92.94%")
    ref: str | None = Field(None, description="the model's reference drafter rendered: {F12}, {F3/F5}, {F3-F5}")


class Paragraph(BaseModel):
    text: str
    numbers: list[NumberUse] = Field(default_factory=list)
    cites: list[str] = Field(default_factory=list, description="fact ids the paragraph relies on")
    kind: str = Field("", description="what the paragraph is: budget, task, project, problem, measure …")
    ref: str | None = Field(None, description="for a measure: the id of the problem it answers (P1 …)")
    id: str | None = Field(None, description="P1 … for problems, M1 … for measures")
    unsupported: list[str] = Field(default_factory=list,
                                   description="numbers the checker could not trace, references drafter could not render")
    written_by: Literal["model", "rules", ""] = Field(
        "", description="llm engine: model, or rules when drafter's offline rules wrote it in the model's place")
    note: str | None = Field(None, description="why drafter wrote the paragraph instead of the model")


class Section(BaseModel):
    name: str
    paragraphs: list[Paragraph] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


class SectionTally(BaseModel):
    """Who wrote a section's paragraphs (llm engine): the model, or drafter's rules in its place."""

    paragraphs: int = 0
    by_model: int = 0
    by_rules: int = 0
    marked: int = Field(0, description="paragraphs with a number marked 【待核实】")


class Usage(BaseModel):
    """What an LLM run cost: filled by the llm engine, zero for offline."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    wall_seconds: float = 0.0


class Draft(BaseModel):
    unit: str
    year: int
    engine: str
    model: str | None = None
    sections: list[Section]
    check: Any = Field(None, description="drafter.check.CheckReport of the whole text")
    prompts: dict[str, str] = Field(default_factory=dict, description="prompt name → version used")
    prompt_sha256: dict[str, str] = Field(default_factory=dict, description="prompt name → sha256 of its file")
    usage: Usage = Field(default_factory=Usage)
    repair_rounds: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def provenance(self) -> dict[str, SectionTally]:
        """Per section: paragraphs written by the model, by drafter's rules in its place, and marked ones."""
        if self.engine != "llm":
            return {}
        return {s.name: SectionTally(paragraphs=len(s.paragraphs),
                                     by_model=sum(p.written_by == "model" for p in s.paragraphs),
                                     by_rules=sum(p.written_by == "rules" for p in s.paragraphs),
                                     marked=sum(bool(p.unsupported) for p in s.paragraphs))
                for s in self.sections}

    @computed_field  # type: ignore[prop-decorator]
    @property
    def model_share(self) -> Decimal | None:
        """Share of the paragraphs the model wrote (llm engine), four decimals; None for the offline engine."""
        if self.engine != "llm":
            return None
        tallies = self.provenance.values()
        total = sum(t.paragraphs for t in tallies)
        if not total:
            return None
        return (Decimal(sum(t.by_model for t in tallies)) / Decimal(total)).quantize(Decimal("0.0001"))

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    @property
    def ok(self) -> bool:
        flagged = any(p.unsupported for s in self.sections for p in s.paragraphs)  # also references left unrendered
        return not flagged and (self.check is None or not getattr(self.check, "unsupported", []))
