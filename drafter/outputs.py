"""Output models shared by every engine: a draft is sections of paragraphs, each number with its provenance."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

SECTIONS = ("目标完成情况", "存在问题", "改进措施")


class NumberUse(BaseModel):
    """A number the engine wrote, and where it came from: fact ids, or a formula over fact ids."""

    text: str
    value: Decimal
    unit: str = ""
    facts: list[str] = Field(default_factory=list, description="ids of the facts used (F1 …)")
    formula: str | None = Field(None, description="e.g. 实际支出 3229.91 ÷ 调整预算 3475.09 × 100% = 92.94%")


class Paragraph(BaseModel):
    text: str
    numbers: list[NumberUse] = Field(default_factory=list)
    cites: list[str] = Field(default_factory=list, description="fact ids the paragraph relies on")
    kind: str = Field("", description="what the paragraph is: budget, task, project, problem, measure …")
    ref: str | None = Field(None, description="for a measure: the id of the problem it answers (P1 …)")
    id: str | None = Field(None, description="P1 … for problems, M1 … for measures")
    unsupported: list[str] = Field(default_factory=list, description="numbers the checker could not trace")


class Section(BaseModel):
    name: str
    paragraphs: list[Paragraph] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


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
    usage: Usage = Field(default_factory=Usage)
    repair_rounds: int = 0

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    @property
    def ok(self) -> bool:
        return self.check is None or not getattr(self.check, "unsupported", [])
