"""The checker's boundary: what it reads (SourceText, SourceData) and what it reports (MentionCheck, CheckReport),
with the status labels a reader sees. Kept apart from the stages so that the report's shape is read in one
place, without the matching code around it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..injection import Instruction
from ..numbers import NumberMention


Status = Literal["exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored"]
STATUSES: tuple[str, ...] = ("exact", "converted", "rounded", "approximate", "derived", "unsupported", "ignored")


class SourceText(BaseModel):
    """An in-memory text source: every number in it counts, located by line."""

    name: str
    text: str
    places: list[str] | None = Field(default=None, description="where each line of the text was read from (an "
                                     "Excel row 自评表!A4:E4, a PDF table row 第1页表1第6行); None: by line number")


class SourceData(BaseModel):
    """An in-memory data source (any shape): every number in any value counts, located by field path."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    data: Any
    text: str = ""  # the file as written, when read from one: its comments may state the unit (金额单位：万元)


class Evidence(BaseModel):
    source: str = Field(description="source file or name")
    location: str = Field(description="'line 12' for text, a field path like tasks[2].indicators[0].actual for data")
    text: str = Field(description="the source number in context")


class MentionCheck(BaseModel):
    text: str
    start: int
    end: int
    value: Decimal | None = None
    unit: str = ""
    kind: str = "plain"
    status: Status
    evidence: list[Evidence] = Field(default_factory=list)
    formula: str | None = None
    lo: Decimal | None = None
    hi: Decimal | None = None
    approx: str | None = None
    reason: str = Field("", description="why ignored; for derived ones, other explanations that fit")
    alternatives: list[str] = Field(default_factory=list, description="other derivations that give the same number")


CHECK_APPENDIX = "附：数字核验"  # the heading under which a .docx draft lists its numbers' sources

STATUS_LABELS = {
    "exact": "一致 exact", "converted": "换算 converted", "rounded": "四舍五入 rounded", "approximate": "约数 approximate",
    "derived": "推算 derived", "unsupported": "无法溯源 unsupported", "ignored": "非数量 ignored",
}


def explain(m: "MentionCheck") -> str:
    """Where a number comes from, for people: the formula and/or 'file:line  snippet' / 'file › field'."""
    if m.status == "unsupported":
        return m.reason
    parts = [m.formula] if m.formula else []
    for e in (m.evidence[:2] if m.formula else m.evidence[:1]):
        where = f"{e.source}:{e.location[5:]}" if e.location.startswith("line ") else f"{e.source} › {e.location}"
        parts.append(f"{where}  {e.text}")
    if m.reason and m.status == "derived":
        parts.append(m.reason)
    return "\n".join(parts) or m.reason


class CheckSummary(BaseModel):
    numbers: int = Field(description="mentions that are quantities (not ignored)")
    exact: int = 0
    converted: int = 0
    rounded: int = 0
    approximate: int = 0
    derived: int = 0
    unsupported: int = 0
    ignored: int = 0
    sources: list[str] = Field(default_factory=list)
    facts: int = Field(0, description="numbers read from the sources")
    ok: bool = True


class CheckReport(BaseModel):
    mentions: list[MentionCheck]
    summary: CheckSummary
    warnings: list[Instruction] = Field(default_factory=list, description=(
        "source lines that read as instructions to a model (drafter.injection): reported, never evidence"))

    @property
    def unsupported(self) -> list[MentionCheck]:
        return [m for m in self.mentions if m.status == "unsupported"]

    @property
    def ok(self) -> bool:
        return not any(m.status == "unsupported" for m in self.mentions)

    def summary_line(self) -> str:
        s = self.summary
        parts = [f"{name} {getattr(s, name)}" for name in STATUSES if getattr(s, name)]
        verdict = "全部可溯源 / all traced" if s.ok else f"{s.unsupported} 个无法溯源 / unsupported"
        return f"数字 {s.numbers} 个：{verdict}（{'，'.join(parts) or '无数字'}）"


def _construct(cls: type[BaseModel], fields_set: set[str] | None = None, **values: Any) -> Any:
    """`cls.model_construct(**values)` for values already known valid and complete, minus its per-call
    overhead: a 1 MB text has tens of thousands of mentions. Same object layout as model_construct.
    `fields_set`: one set shared by objects that set every field (pydantic only ever adds a field's name)."""
    obj = cls.__new__(cls)
    _set_dict(obj, "__dict__", values)
    _set_fields_set(obj, set(values) if fields_set is None else fields_set)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


# BaseModel's slots, set through their descriptors: object.__setattr__ would look each name up for each object
_set_dict = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


_EVERY_MENTION_FIELD = set(MentionCheck.model_fields)


def _mention_check(m: NumberMention, status: str, evidence: list[Evidence], formula: str | None, reason: str,
                   alternatives: list[str]) -> MentionCheck:
    # _construct(MentionCheck, _EVERY_MENTION_FIELD, …) inlined: one per mention of the text, tens of thousands
    obj = _new_mention(MentionCheck)
    _set_dict(obj, "__dict__", {
        "text": m.text, "start": m.start, "end": m.end, "value": m.value, "unit": m.unit, "kind": m.kind,
        "status": status, "evidence": evidence, "formula": formula, "lo": m.lo, "hi": m.hi, "approx": m.approx,
        "reason": reason, "alternatives": alternatives})
    _set_fields_set(obj, _EVERY_MENTION_FIELD)
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


_new_mention = MentionCheck.__new__
