"""改进措施 as data: `drafter/data/measures.yaml`, keyed by problem kind, form kind and unit kind.

Each problem gets one measure, the most specific entry of its kind that fits the form and the unit and whose
`requires` the data meets (a 自评等级 to re-grade, an adjustment to speak of). The measure names the
problem's subjects and its figures as the form wrote them, so every measure is its own sentence.
"""

from __future__ import annotations

import re

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..schema import FormKind, ReportInput
from ..text import inner_quotes, quoted
from .problems import Problem, clip
from .units import unit_kind, unit_word

TABLE = Path(__file__).resolve().parent.parent / "data" / "measures.yaml"

# a plan that states where the remedy stands (已列入…计划, 已纳入, 已安排), not an action to carry out
_STATUS = re.compile(r"^(?:目前|现)?已(?:列入|纳入|安排|申报|报送|启动|完成|立项|编入)")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Entry(_Strict):
    form: Literal["项目", "部门整体", "any"] = "any"
    units: list[str] | Literal["any"] = "any"
    requires: list[Literal["adjusted", "grade", "causes", "logged"]] = Field(default_factory=list)
    text: str


class Action(_Strict):
    words: list[str]
    also: list[str] = Field(default_factory=list)  # and one of these too: what the cause says was hit (减产, 成活)
    units: list[str] | Literal["any"] = "any"  # the kinds of unit the answer is worded for
    text: str


class Table(_Strict):
    owners: dict[str, dict[str, str]]
    units: dict[str, str]
    measures: dict[str, list[Entry]]
    actions: list[Action]

    @field_validator("actions")
    @classmethod
    def _fallback_last(cls, v: list[Action]) -> list[Action]:
        if not v or v[-1].words:
            raise ValueError("最后一条做法须不带关键词，作为兜底 / the last action must have no words")
        return v


@lru_cache(maxsize=1)
def load_table(path: Path = TABLE) -> Table:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 8× faster at every start
    return Table.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))


def _flags(report: ReportInput) -> set[str]:
    b = report.budget
    flags = set()
    if b.initial is not None and b.adjusted is not None and b.initial != b.adjusted:
        flags.add("adjusted")
    if report.grade:
        flags.add("grade")
    return flags


def _form(report: ReportInput) -> str:
    return "项目" if report.form is FormKind.project else "部门整体"


def choose(kind: str, form: str, unit: str, flags: set[str], table: Table | None = None) -> Entry:
    """The most specific entry: form and unit both named beat one named, which beats neither; among equals
    the one with more `requires` met (it says more about this unit's data)."""
    table = table or load_table()
    fitting = [e for e in table.measures[kind]
               if e.form in (form, "any") and (e.units == "any" or unit in e.units) and set(e.requires) <= flags]
    return max(fitting, key=lambda e: (e.form != "any") + (e.units != "any") * 2 + len(e.requires) / 10)


def action_for(text: str, table: Table | None = None, unit: str | None = None) -> str:
    """The first answer whose words the cause says, among those worded for this kind of unit (a venue closed for
    works is answered with a temporary venue only by a unit that runs one: a closure elsewhere is a delay)."""
    table = table or load_table()
    answer = next(a.text for a in table.actions if (a.units == "any" or unit in a.units)
                  and (not a.words or any(w in text for w in a.words))
                  and (not a.also or any(w in text for w in a.also)))
    if "{weather}" in answer:  # the weather its cause names (汛期, 高温), never a list of others
        answer = answer.replace("{weather}", "、".join([w for w in _WEATHER if w in text][:2]) or "恶劣天气")
    return answer.replace("{season}", season_clause(text)) if "{season}" in answer else answer


# a window the work waits for (需待冬季停航期施工, 待枯水期实施): its own words, longest first
_WINDOW = re.compile(r"(?:待|等到?|利用|趁)(?P<w>[\u4e00-\u9fff]{1,6}(?:期|季))(?:内|间)?(?:施工|实施|整改|进行|开工|作业|加固)")
_WEATHER = ("汛期", "雨季", "降雨", "暴雨", "台风", "高温", "低温", "寒潮", "冰冻", "降雪", "大风")


def season_clause(cause: str) -> str:
    """The season a building-work measure names, from its cause: the window the work waits for is prepared for
    ("，提前备好冬季停航期施工的方案、材料和队伍，冬季停航期内集中完成"); weather the cause names is planned around; a
    cause naming neither gets no season — a generic 雨季、汛期 would contradict a winter shutdown."""
    if m := _WINDOW.search(cause):
        return f"，提前备好{m['w']}施工的方案、材料和队伍，{m['w']}内集中完成"
    said = [w for w in _WEATHER if w in cause][:2]
    return f"，施工避开{'、'.join(said)}等不利天气和时段并预留调整余地" if said else ""


def _quoted(subjects: list[str]) -> str:
    subjects = list(dict.fromkeys(subjects))  # one item may raise two problems of a merged kind
    names = [quoted(s) for s in subjects[:4]]
    return "、".join(names) + ("等" if len(subjects) > 4 else "")


class Answers:
    """The answers one 改进措施 section has given so far, each with the subject it was first given for: an answer
    the section already holds is not written again — a later cause it fits is referred to the first subject
    (按对“X”的做法一并落实), so no sentence of the section repeats."""

    def __init__(self) -> None:
        self.given: dict[str, tuple[str, str]] = {}

    def give(self, answer: str, subject: str, cause: str | None = None) -> str:
        """`cause`: what the answer answers (the subject itself when it is the cause's words). A later cause is
        referred to the first by name only when the two speak of the same matter — a word in common (高温, 推迟); an
        unlike cause that drew the same generic answer is told to adapt the way of it, never given another matter's
        remedy by name (and the section still says no sentence twice)."""
        first, first_cause = self.given.setdefault(answer, (subject, cause or subject))
        if first == subject:
            return answer
        if not _alike(first_cause, cause or subject):  # another matter: the way of it, not that matter's remedy
            return UNLIKE_REFERRAL
        return f"按对{quoted(clip(first, 20))}的做法一并落实"


UNLIKE_REFERRAL = "参照前述做法，结合该事项的具体原因落实"


# two-character words any cause may hold, which say nothing of its matter
_GENERIC = {"未能", "完成", "影响", "原因", "年内", "工作", "计划", "部分", "按期", "进度", "没有", "导致", "由于"}


def _alike(a: str, b: str) -> bool:
    def words(text: str) -> set[str]:
        return {text[i:i + 2] for i in range(len(text) - 1)
                if all("\u4e00" <= ch <= "\u9fff" for ch in text[i:i + 2])} - _GENERIC

    return bool(words(a) & words(b))


def _missing_causes(causes: list[Any]) -> str:
    """Shortfalls the form gave no cause for (无, /, 其他原因, empty): each is asked for by name in one sentence,
    so the ask is not repeated per indicator."""
    def said(c: Any) -> str:
        return f"（原填{quoted(c.written)}）" if c.written and len(c.written) <= 10 else ""

    if len(causes) == 1:
        c = causes[0]
        return f"对{quoted(c.subject)}，查明未达标的具体原因{said(c)}，在自评表偏差原因分析中写明，并据此制定整改措施。"
    asks = [f"对{quoted(c.subject)}{said(c)}查明{'未达标的具体' if i == 0 else ''}原因" for i, c in enumerate(causes)]
    return "、".join(asks) + "，均在自评表偏差原因分析中写明，并据此制定整改措施。"


def measure_for(problem: Problem, report: ReportInput, sheet: Any = None, answers: Answers | None = None) -> str:
    """The measure answering `problem`, for this form and unit. (`sheet` is accepted for the engines'
    common call shape; the figures come with the problem.) `answers`: what the section has already answered,
    shared by the section's measures so that none repeats another's sentence."""
    answers = answers or Answers()
    table = load_table()
    unit = unit_kind(report)
    flags = _flags(report)
    subjects = set(problem.subjects or [problem.subject])
    stated = {c.subject for c in problem.form_causes if c.cause}
    if subjects and subjects <= stated:
        flags.add("causes")  # the form analysed every shortfall: the measure acts on its causes, not asks for them
    elif subjects and subjects <= stated | {c.subject for c in problem.logged}:
        flags.add("logged")  # the logs tell the rest: the measure acts on the causes found, wherever they were told
    entry = choose(problem.kind.name, _form(report), unit, flags, table)
    quote = problem.quote or ""
    values: dict[str, str] = {
        "subjects": _quoted(problem.subjects or [problem.subject]),
        "figure": problem.figure or "",
        "owner": (lambda o: o.get(unit, o["default"]))(table.owners[_form(report)]),
        "unit": table.units.get(unit, unit_word(unit)),
        "quote": inner_quotes(quote),  # the table quotes it: its own quotes nest inside
        "action": answers.give(action_for(quote, table, unit), quote) if "{action}" in entry.text else "",
    }
    text = entry.text.format(**values)
    for cause in problem.causes:  # the unit's own cause gets its own answer, in its words
        text += f"对{values['unit']}填报的{quoted(clip(cause, 30))}，{answers.give(action_for(cause, table, unit), cause)}。"
    for c in problem.form_causes:  # each shortfall's cause from the form: its own plan, else the fitting action
        if c.cause:
            if c.plan and _STATUS.match(c.plan):  # 已列入2026年计划 says where the fix stands, not what to do
                answer = (f"{action_for(c.cause, table, unit)}，自评表所述{quoted(clip(c.plan, 40))}的事项按季度跟踪落实")
            else:
                answer = f"落实自评表提出的{quoted(clip(c.plan, 40))}" if c.plan else action_for(c.cause, table, unit)
            text += (f"对{quoted(c.subject)}，针对自评表填报的{quoted(clip(c.cause, 30))}，"
                     f"{answers.give(answer, c.subject, c.cause)}。")
    for c in problem.logged:  # a log's account of a shortfall: answered by its words, as the form's would be
        answer = answers.give(action_for(c.gist, table, unit), c.subject, c.gist)
        text += f"对{quoted(c.subject)}，针对工作日志记载的{quoted(clip(c.gist, 30))}，{answer}。"
    missing = [c for c in problem.form_causes if not c.cause]
    if missing:  # the form gave no cause (无, /, 其他原因): finding it is the measure
        text += _missing_causes(missing)
    return text

