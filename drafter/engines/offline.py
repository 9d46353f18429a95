"""The offline engine: writes the three sections from the data alone — deterministic, no network.

目标完成情况: the budget paragraph (rates computed, the sign of the adjustment written 调减/调增), then each
main task — its goal, what was done (condensed from that task's work logs: the sentences that carry
results and figures), its key indicators against their targets, its amount — then each key project with
its execution rate. 存在问题 comes from `drafter.domain.problems`; 改进措施 from the measures table (`drafter.domain.measures`).
Every number written is a fact (or a derived fact with its formula) or is copied from a work-log sentence.
"""

from __future__ import annotations

import re

from ..domain.budget import budget_sentence
from ..domain.ledger_story import ledger_sentences
from ..domain.logs import (MAX_PROJECT_CHARS, MAX_PROJECT_SENTENCES, condense_logs, conflict_filter, dated,
                           logs_for_task, other_items, result_logs)
from ..domain.measures import Answers, measure_for
from ..domain.problems import (POINT_UNITS, Conflict, Problem, ProblemKind, actual_word, dated_against_words,
                               detect_problems, figure_conflicts, form_cause_text, goal_target, labels,
                               measured_in_words, stated_target, time_margin)
from ..facts import RATE_UNITS, Fact, FactSheet
from ..outputs import SECTIONS, Draft, NumberUse, Paragraph, Section
from ..schema import Comparison, FormKind, Indicator, ReportInput, Task, WorkLog, parse_time_point
from ..text import end_sentence, quoted, similarity, split_sentences, strip_enumerator

__all__ = ["condense_logs", "logs_for_task", "ordinal", "write_draft"]  # the log helpers live in drafter.domain.logs

CN_ORDINALS = "一二三四五六七八九十"
MAX_GOAL_CHARS = 200  # a goal's first sentence is quoted whole up to this length; a longer one to its last whole clause
REPEAT_SIMILARITY = 0.6


def ordinal(i: int) -> str:
    """1 → 一, 11 → 十一: the （一）（二） numbering of report sections."""
    if i <= 10:
        return CN_ORDINALS[i - 1]
    return ("" if i < 20 else CN_ORDINALS[i // 10 - 1]) + "十" + (CN_ORDINALS[i % 10 - 1] if i % 10 else "")


def _use(fact: Fact, text: str | None = None) -> NumberUse:
    return NumberUse(text=text or fact.text, value=fact.value, unit=fact.unit, facts=[fact.id, *fact.operands],
                     formula=fact.formula)


_FULL_STOP = re.compile(r"(?<=[。！？!?])")


# a goal's own label at the head of its text, as units paste a form's line into the goal cell
_GOAL_LABEL = re.compile(r"^(?:年度|全年|项目|部门)?(?:预期|总体|绩效)?(?:总)?目标[：:]\s*")


def _short_goal(goal: str) -> str:
    """The goal's first sentence as the form states it, whole — a reader checks it against the form, and a goal cut
    mid-sentence drops its last targets (its ；-parted clauses are one sentence: '…420例以上；…300人以上；…'); past
    MAX_GOAL_CHARS, up to the last whole clause."""
    text = next((s.strip() for line in goal.splitlines() for s in _FULL_STOP.split(line) if s.strip()), "")
    text = _GOAL_LABEL.sub("", text, count=1)  # 年度预期目标：… pasted with its label: the draft writes its own
    if len(text) <= MAX_GOAL_CHARS:
        return text.rstrip("。；;")
    cut = max(text.rfind(c, 0, MAX_GOAL_CHARS) for c in "，,；;")
    return text[: cut if cut > 20 else MAX_GOAL_CHARS].rstrip("，,；;、")


def _tells_cause(sentence: str, cause: str) -> bool:
    """A sentence tells a problem's reason when nearly every character of one is in the other (the longer at most
    twice the shorter, so a long reason never swallows a short result by its common characters)."""
    a, b = (re.sub(r"[^\u4e00-\u9fff\d]", "", t) for t in (sentence, cause))
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 8 and len(long_) <= 2 * len(short) and sum(c in long_ for c in short) >= 0.9 * len(short)


def problem_causes(problems: list[Problem]) -> list[str]:
    """Every reason the problems give: the unit's own, the form's per shortfall, the logs'."""
    return [*(c for p in problems for c in p.causes), *(c.cause for p in problems for c in p.form_causes if c.cause),
            *(c.cause for p in problems for c in p.logged)]


class _Narrative:
    """What 目标完成情况 has written so far: each item once, with one figure (the kept one of a conflict)."""

    def __init__(self, report: ReportInput, causes: list[str] | None = None):
        self.report = report
        self.conflicts: list[Conflict] = figure_conflicts(report)
        self.stated: set[str] = set()
        self.sentences: list[str] = []
        self.causes = causes or []  # the problems' stated reasons: 存在问题's matter, not a result
        # the days time indicators were met (新编节目完成时间 实际10月18日): that day's entry tells the output
        self.key_days = frozenset((t.month, t.day) for task in report.tasks for ind in task.indicators
                                  if ind.deadline is not None and ind.met
                                  and (t := parse_time_point(ind.actual_text or "")) is not None and t.day is not None)

    def reserve(self, texts: list[str]) -> None:
        """Conflicting figures the paragraph states elsewhere (an indicator's actual) count as stated."""
        for c in self.conflicts:
            if any(c.key in t and c.keep in t for t in texts):
                self.stated.add(c.key)

    def keep(self, sentence: str) -> bool:
        if any(similarity(sentence, s) > REPEAT_SIMILARITY and not other_items(sentence, s) for s in self.sentences):
            return False
        if any(_tells_cause(sentence, c) for c in self.causes):
            return False  # 原定…的2场推介会改为线上举办: the reason a problem gives, told there
        if not conflict_filter(self.conflicts, self.stated)(sentence):
            return False
        self.sentences.append(sentence)
        return True

    def condense(self, logs: list[WorkLog], **limits: int) -> tuple[list[str], list[str]]:
        sentences, wheres = condense_logs(logs, year=self.report.year, keep=self.keep, key_days=self.key_days,
                                          **limits)
        return dated(sentences, wheres, logs, self.report.year), wheres


# --- 目标完成情况 ---------------------------------------------------------------------------------------

def _budget_paragraph(report: ReportInput, sheet: FactSheet, leave_out: frozenset[str] = frozenset()) -> Paragraph:
    text, used = budget_sentence(report, sheet, leave_out)
    uses = [_use(f, t) for f, t in used]
    return Paragraph(text=text, numbers=uses, cites=[u.facts[0] for u in uses], kind="budget")


def _words_verdict(ind: Indicator) -> str:
    """A worded target gets a verdict where its words allow: the same words, or the target's words kept."""
    if ind.target_text and ind.actual_text and ind.target_text.strip("。") in ind.actual_text:
        return "，与目标表述一致"
    return ""


def _kept(phrase: str, leave_out: frozenset[str]) -> str:
    return "" if phrase in leave_out else phrase


def _indicator_phrase(task: Task, ind: Indicator, ipath: str, sheet: FactSheet,
                      year: int | None = None, leave_out: frozenset[str] = frozenset()) -> tuple[str, list[NumberUse]]:
    tgt, act = sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual")
    name = quoted(ind.name)
    # a target cell repeating the row's name (a label merged across the row: 预算执行率 | 预算执行率) states no target
    wanted = f"目标为{quoted(ind.target_text)}，" if tgt is None and ind.target_text \
        and ind.target_text.strip() != ind.name.strip() else ""
    if ind.deadline is not None and ind.met is not None:  # a time target: compared as times, not as numbers
        verdict = ("达到目标" if ind.met else "未达到目标") + _kept(time_margin(ind, year), leave_out)
        return f"{name}目标为{quoted(ind.target_text or '')}，实际{quoted(ind.actual_text or '')}完成，{verdict}", []
    if act is None and tgt is not None and measured_in_words(ind):  # 45分钟 against ≤2小时: compared as written
        verdict = {True: "，达到目标", False: "，未达到目标"}.get(ind.met, "")  # type: ignore[call-overload]
        return f"{name}目标{stated_target(ind, tgt)}，{actual_word(ind, tgt)}{ind.actual_text}{verdict}", [_use(tgt)]
    if act is None and dated_against_words(ind):  # 春节前 against 1月20日: both as written, no verdict
        return f"{name}目标为{quoted(ind.target_text or '')}，实际{quoted(ind.actual_text or '')}完成", []
    if act is None:
        return f"{name}{wanted}完成情况为{quoted(ind.actual_text or '未填报')}（未以数值填报）{_words_verdict(ind)}", []
    if tgt is None:
        goal = goal_target(task, ind)
        if goal is not None:
            if act.value == goal.value:  # the same figure twice says nothing more (and the goal's 完成14个 reads as done)
                return f"{name}实际完成{act.text}，与任务预期目标一致", [_use(act)]
            verdict = "达到预期目标" if goal.met_by(act.value) else "未达到预期目标"
            return f"{name}任务预期目标为{goal.text}，实际完成{act.text}，{verdict}", [_use(act)]
        return f"{name}{wanted}实际完成{act.text}", [_use(act)]
    uses = [_use(tgt), _use(act)]
    phrase = f"{name}目标{stated_target(ind, tgt)}，{actual_word(ind, tgt)}{act.text}，"
    if ind.met:
        phrase += "达到目标" + _kept(time_margin(ind, None, tgt, act), leave_out)
    else:
        ratio, gap = sheet.get(f"derived.{ipath}.ratio"), sheet.get(f"derived.{ipath}.gap")
        phrase += "未达到目标"
        ceiling = ind.comparison in (Comparison.le, Comparison.lt)
        if ceiling and gap is not None and (ind.unit == "%" or ind.unit not in RATE_UNITS):  # passed by how much
            phrase += f"（超出目标{gap.text}）"
            uses.append(_use(gap))
        elif not ceiling and ratio is not None and ind.unit not in RATE_UNITS + POINT_UNITS:  # a percent of a rate
            # (or of a change in points: 3.6 of 5个百分点) confuses readers
            phrase += f"（完成目标的{ratio.text}）"
            uses.append(_use(ratio))
    return phrase, uses


def _last_year_phrase(ind: Indicator, ipath: str, sheet: FactSheet) -> tuple[str, list[NumberUse]]:
    """'，上年实际58场' / '，上年于10月15日完成' where the form gives 上年实际: the year's figure beside last year's, as a
    reviewer reads the row; the change itself is the problems' to state, for the rows that fell short."""
    last = sheet.get(f"{ipath}.last_year")
    if last is not None and sheet.get(f"{ipath}.actual") is not None:
        return f"，上年实际{last.text}", [_use(last)]
    if ind.deadline is not None and ind.last_year_text and parse_time_point(ind.last_year_text) is not None:
        return f"，上年于{ind.last_year_text}完成", []
    return "", []


def _task_paragraph(report: ReportInput, sheet: FactSheet, ti: int, story: _Narrative,
                    leave_out: frozenset[str] = frozenset()) -> Paragraph:
    task = report.tasks[ti]
    rec = f"tasks[{ti}]"
    story.reserve([ind.actual_text for ind in task.indicators if ind.actual_text])
    limits = {"limit_sentences": MAX_PROJECT_SENTENCES, "limit_chars": MAX_PROJECT_CHARS} if len(report.tasks) == 1 else {}
    sentences, wheres = story.condense(logs_for_task(report, ti), **limits)
    if not sentences and task.completion:
        sentences = [end_sentence(strip_enumerator(s)) for s in split_sentences(task.completion)[:2]]
        wheres = [f"{report.source_path}:{rec}.completion"]
    # a form without 主要任务 (a project, or a department filed as an indicator tree): its indicators are the unit's
    # own work — no numbered heading repeating the report's title, the indicators' own paragraph
    own = report.is_unit_task(task)
    text = "" if own else f"（{ordinal(ti + 1)}）{task.name}。"
    goal = _short_goal(task.goal)
    if goal:
        text += f"年度预期目标：{goal}。"
    ledger = ledger_sentences(report, ti, leave_out)  # how the ledgers split its indicators, less what is left out
    if sentences or ledger:
        text += "完成情况：" + "".join(sentences) + "".join(ledger)
    uses: list[NumberUse] = []
    phrases = []
    for ii, ind in enumerate(task.indicators):
        phrase, u = _indicator_phrase(task, ind, f"{rec}.indicators[{ii}]", sheet, report.year, leave_out)
        last, lu = _last_year_phrase(ind, f"{rec}.indicators[{ii}]", sheet)
        phrases.append(phrase + last)
        uses += u + lu
    if phrases:
        text += ("绩效指标完成情况：" if own else "关键指标：") + "；".join(phrases) + "。"
    amount, spent, rate = (sheet.get(f"{rec}.amount"), sheet.get(f"{rec}.spent"),
                           sheet.get(f"derived.{rec}.execution_rate"))
    if amount is not None and spent is not None and rate is not None:  # the template's 预算数 / 执行数 columns
        text += f"任务涉及金额{amount.text}，执行数{spent.text}，执行率{rate.text}。"
        uses += [_use(amount), _use(spent), _use(rate)]
    elif amount is not None:
        text += f"任务涉及金额{amount.text}。"
        uses.append(_use(amount))
    return Paragraph(text=text, numbers=uses, cites=sorted({u.facts[0] for u in uses}, key=lambda s: int(s[1:]))
                     + [f"log:{w}" for w in wheres], kind="task")


def _goals_paragraph(report: ReportInput, story: _Narrative) -> Paragraph:
    """A form without tasks: the year's goals, and what the logs say was done (the logs still count)."""
    text = ""
    if report.goals:
        text = "年度总体目标：" + "；".join(_short_goal(g) for g in report.goals) + "。"
    sentences, wheres = story.condense(result_logs(report))
    if sentences:
        text += "完成情况：" + "".join(sentences)
    return Paragraph(text=text, kind="goal", cites=[f"log:{w}" for w in wheres])


def _project_paragraph(report: ReportInput, sheet: FactSheet, pi: int, story: _Narrative) -> Paragraph:
    proj = report.key_projects[pi]
    rec = f"key_projects[{pi}]"
    budget, actual = sheet.get(f"{rec}.budget"), sheet.get(f"{rec}.actual")
    rate = sheet.get(f"derived.{rec}.execution_rate")
    parts, uses = [], []
    if budget is not None:
        parts.append(f"全年预算数{budget.text}")
        uses.append(_use(budget))
    if actual is not None:
        parts.append(f"执行数{actual.text}")
        uses.append(_use(actual))
    if rate is not None:
        parts.append(f"执行率{rate.text}")
        uses.append(_use(rate))
    head = "支出明细" if report.form is FormKind.project else "重点项目"  # a project form's items: its spending
    text = f"{head}{quoted(proj.name)}：" + "，".join(parts) + "。" if parts else f"{head}{quoted(proj.name)}。"
    if proj.narrative:
        narrative_log = [WorkLog(text=proj.narrative, source=report.source_path or "", line=0)]
        sentences, _ = story.condense(narrative_log, limit_sentences=3, limit_chars=200)
        if sentences:
            text += "项目绩效：" + "".join(sentences)
    return Paragraph(text=text, numbers=uses, cites=[u.facts[0] for u in uses], kind="project")


def write_goals(report: ReportInput, sheet: FactSheet, leave_out: frozenset[str] = frozenset(),
                causes: list[str] | None = None) -> Section:
    """`causes`: the reasons 存在问题 gives, which 完成情况 does not tell among the results."""
    story = _Narrative(report, causes)
    paragraphs = [_budget_paragraph(report, sheet, leave_out)]
    if not report.tasks and (report.goals or report.logs):
        goals = _goals_paragraph(report, story)
        if goals.text:
            paragraphs.append(goals)
    paragraphs += [_task_paragraph(report, sheet, i, story, leave_out) for i in range(len(report.tasks))]
    paragraphs += [_project_paragraph(report, sheet, i, story) for i in range(len(report.key_projects))]
    return Section(name="目标完成情况", paragraphs=paragraphs)


# --- 存在问题 / 改进措施 ------------------------------------------------------------------------------

def _problem_uses(problem: Problem, sheet: FactSheet) -> list[NumberUse]:
    uses = []
    for fid in problem.facts:
        fact = sheet.by_id(fid)
        if fact is not None:
            text = fact.abs_text if fact.path == "derived.adjustment_rate" else None
            uses.append(_use(fact, text))
    return uses


def _lowest_line(report: ReportInput, sheet: FactSheet) -> tuple[str, list[NumberUse]]:
    """'执行率最低的是支出明细“X”（97.49%）。': with no problem to raise, what the data still shows — the slowest of two
    or more spending items (or, without them, funding lines), named as the form names it."""
    head = "支出明细" if report.form is FormKind.project else "重点项目"
    rated = [(f"{head}{quoted(p.name)}", rate) for pi, p in enumerate(report.key_projects)
             if (rate := sheet.get(f"derived.key_projects[{pi}].execution_rate")) is not None]
    if len(rated) < 2:
        rated = [(line.name, rate) for i, line in enumerate(report.budget.lines)
                 if (rate := sheet.get(f"derived.budget.lines[{i}].execution_rate")) is not None]
    if len(rated) < 2:
        return "", []
    low = min(r.value for _, r in rated)
    if sum(r.value == low for _, r in rated) != 1 or low >= 100:
        return "", []
    name, rate = next((n, r) for n, r in rated if r.value == low)
    return f"执行率最低的是{name}（{rate.text}）。", [_use(rate)]


def write_problems(problems: list[Problem], report: ReportInput, sheet: FactSheet) -> Section:
    if not problems:
        completion = sheet.get("derived.completion_rate")
        figure, uses = "", []
        if completion is not None:  # with its operands, as the budget paragraph: a rate alone cannot be traced
            lab = labels(report)
            actual, full = (sheet.by_id(fid) for fid in completion.operands)
            figure = f"{lab['actual']}{actual.text}、{lab['full']}{full.text}，{lab['rate']}{completion.text}，"
            uses = [_use(actual), _use(full), _use(completion)]
        lowest, lowest_uses = _lowest_line(report, sheet)
        text = (f"对照预算和绩效指标数据，本年度{figure}各项已量化的关键指标均达到年度目标，"
                f"未发现执行困难或数据不一致。{lowest}数据未显示需要整改的问题，"
                "下年度仍需关注预算执行进度和指标完成质量。")
        uses += lowest_uses
        return Section(name="存在问题", paragraphs=[Paragraph(text=text, kind="no_problem", numbers=uses)])
    paragraphs = []
    for i, p in enumerate(problems, start=1):
        lead = "工作中反映：" if p.kind is ProblemKind.stated_in_logs else ""
        paragraphs.append(Paragraph(text=f"（{ordinal(i)}）{lead}{p.text}{form_cause_text(p)}", id=p.id, kind=p.kind.name,
                                    numbers=_problem_uses(p, sheet), cites=list(p.facts)
                                    + ([f"log:{p.evidence}"] if p.evidence else [])))
    return Section(name="存在问题", paragraphs=paragraphs)


def write_measures(problems: list[Problem], report: ReportInput, sheet: FactSheet) -> Section:
    if not problems:
        return Section(name="改进措施", paragraphs=[Paragraph(
            kind="keep", text="继续按月跟踪预算执行、按季度跟踪绩效指标，巩固现有成效；"
            "下年度结合工作计划科学设置绩效目标，保持预算编制、执行与绩效目标相衔接。")])
    paragraphs, answers = [], Answers()  # one section: an answer once, later causes it fits refer to it
    for i, p in enumerate(problems, start=1):
        text = measure_for(p, report, sheet, answers)
        uses = [u for u in _problem_uses(p, sheet) if u.text in text]
        paragraphs.append(Paragraph(text=f"（{ordinal(i)}）{text}", id=f"M{i}", ref=p.id, kind=p.kind.name,
                                    numbers=uses, cites=[u.facts[0] for u in uses]))
    return Section(name="改进措施", paragraphs=paragraphs)


def write_draft(report: ReportInput, sheet: FactSheet, sections: list[str] | None = None,
                leave_out: frozenset[str] = frozenset()) -> Draft:
    """`leave_out`: phrases the engine derives (ledger sentences, time margins) not to write — their figures the
    draft's check could not trace."""
    wanted = sections or list(SECTIONS)
    problems = detect_problems(report, sheet)
    writers = {
        "目标完成情况": lambda: write_goals(report, sheet, leave_out, problem_causes(problems)),
        "存在问题": lambda: write_problems(problems, report, sheet),
        "改进措施": lambda: write_measures(problems, report, sheet),
    }
    return Draft(unit=report.unit, year=report.year, engine="offline",
                 sections=[writers[name]() for name in SECTIONS if name in wanted])
