"""LLM drafting: fact sheet → work-log condensation → one chain per section → check and repair.

    draft_with_llm(report, sections, settings, *, progress=True) -> Draft      (engine="llm")

The dependency graph, run with asyncio (the `LLM` semaphore bounds requests in flight):

    condense logs, every task and chunk in parallel (map, then reduce until it fits) ─► 目标完成情况 ─► repair
    存在问题 (needs only the facts and the detected problems) ─► repair ─► 改进措施 ─► repair

So the critical path is two model calls deep (plus any repair rounds), whatever the number of tasks.

- Fact sheet: `drafter.facts.build_facts` — numbered facts F1…Fn, the only numbers the model may use
  besides the work logs' own.
- Problems: `drafter.domain.problems.detect_problems` — 存在问题 must cover each one (P1…); 改进措施 answers each.
- Condensation: a task's log entries are cut into chunks under a token budget (tiktoken, offline) that
  derives from the model's context window, each chunk condensed (map), and the digests merged in
  batches under the same budget until one digest per task is left (reduce). No prompt ever exceeds the
  window, however long the logs.
- Sections: structured output (`GoalSection`, `ProblemSection`, `MeasureSection`: paragraphs with the
  fact ids they cite), then `drafter.chains.repair.check_and_repair`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from ..datablocks import data_block, source_of
from ..draftcheck import attach_check, check_sources, draft_text, trust_references
from ..engines.llm import LLM
from ..facts import FactSheet, build_facts, fmt
from ..models import LLMSettings
from ..outputs import SECTIONS, Draft, NumberUse, Paragraph, Section
from ..domain.problems import Problem, detect_problems
from ..prompts import load_prompt
from ..schema import ReportInput
from ..tokens import SAFETY, count_tokens, split_to_budget
from .refs import REF, ProblemIndex, render_numbers
from .repair import AsyncChecker, RepairOutcome, check_and_repair, start_checker

MAX_POINTS = 8
MAX_CHUNK_TOKENS = 6000
DIGEST_TOKENS = 600  # one task's condensed logs in the section prompt


# ------------------------------------------------------------------------------------ output schemas


class DraftParagraph(BaseModel):
    """一段正文及其引用的事实编号。"""

    text: str = Field(description="一段中文正文")
    cites: list[str] = Field(description="本段所用事实的编号，如 F1、F12；没有则为空列表")


class GoalSection(BaseModel):
    """“目标完成情况”一节。"""

    paragraphs: list[DraftParagraph]


class ProblemParagraph(BaseModel):
    """一个问题的段落。"""

    problem: str = Field(description="问题编号，如 P1")
    text: str = Field(description="该问题的一段中文表述")
    cites: list[str] = Field(description="本段所用事实的编号")


class ProblemSection(BaseModel):
    """“存在问题”一节：问题清单中的每个问题一段。"""

    paragraphs: list[ProblemParagraph]


class MeasureParagraph(BaseModel):
    """回应一个问题的改进措施。"""

    answers: str = Field(description="所回应问题的编号，如 P1")
    text: str = Field(description="措施的一段中文表述")
    cites: list[str] = Field(description="本段所用事实的编号")


class MeasureSection(BaseModel):
    """“改进措施”一节：每个问题一条措施。"""

    paragraphs: list[MeasureParagraph]


# ------------------------------------------------------------------------------------ prompt material
#
# Every text taken from the input, the logs or a model's digest of them goes into the prompt as a data
# block (drafter.datablocks); the v3 prompts' system messages declare such blocks data, never instructions.


def form_source(report: ReportInput) -> str:
    return source_of([report.source_path]) or "input"


def unit_block(report: ReportInput) -> str:
    """The unit's name as the form gives it: data (a name can hold anything), never in a system message."""
    return data_block(f"单位：{report.unit}　年度：{report.year}　表类：{report.form.value}", "自评表",
                      form_source(report))


def log_blocks(logs: list[tuple[str, str]]) -> str:
    """(source file, entry) pairs → one 工作日志 block per run of entries from the same file."""
    runs: list[tuple[str, list[str]]] = []
    for source, entry in logs:
        if runs and runs[-1][0] == source:
            runs[-1][1].append(entry)
        else:
            runs.append((source, [entry]))
    return "\n".join(data_block("\n".join(entries), "工作日志", source_of([source])) for source, entries in runs)


def render_tasks(report: ReportInput, sheet: FactSheet) -> str:
    lines = []
    for ti, task in enumerate(report.tasks):
        head = f"{task.id or f'任务{ti + 1}'}：{task.name}"
        lines.append(head)
        if task.goal:
            lines.append(f"  预期目标：{task.goal}")
        if task.completion:
            lines.append(f"  已填完成情况：{task.completion}")
        for ii, ind in enumerate(task.indicators):
            ids = [f.id for f in (sheet.get(f"tasks[{ti}].indicators[{ii}].{k}") for k in ("target", "actual")) if f]
            ratio = sheet.get(f"derived.tasks[{ti}].indicators[{ii}].ratio")
            ids += [ratio.id] if ratio else []
            actual = f"{fmt(ind.actual)}{ind.unit}" if ind.actual is not None else (ind.actual_text or "未填")
            target = f"{ind.comparison.value}{fmt(ind.target)}{ind.unit}" if ind.target is not None else "未设"
            lines.append(f"  关键指标：{ind.name}｜目标{target}｜实际{actual}｜事实 {'、'.join(ids) or '无'}")
        amount = sheet.get(f"tasks[{ti}].amount")
        if amount is not None:
            lines.append(f"  任务涉及金额：{amount.text}（{amount.id}）")
    return "\n".join(lines) or "（无）"


def render_projects(report: ReportInput, sheet: FactSheet) -> str:
    lines = []
    for pi, proj in enumerate(report.key_projects):
        ids = [f.id for f in sheet.facts if f.record == f"key_projects[{pi}]"]
        lines.append(f"{proj.name}｜事实 {'、'.join(ids) or '无'}" + (f"｜{proj.narrative}" if proj.narrative else ""))
    return "\n".join(lines) or "（无）"


def render_problems(problems: list[Problem]) -> str:
    if not problems:
        return "（未发现问题）"
    return "\n".join(
        f"{p.id}｜{p.kind.value}｜{p.text}｜事实 {'、'.join(p.facts) or '无'}" for p in problems
    )


def render_causes(problems: list[Problem]) -> str:
    """The form's own 偏差原因分析及改进措施 for each shortfall of each problem (the offline engine writes the same
    cause and answers the same plan); a cell that gives none (无, /, 其他原因, empty) as 未说明."""
    lines = []
    for p in problems:
        for c in p.form_causes:
            if c.cause:
                cause = c.cause
            else:
                cause = f"未说明（原填“{c.written}”）" if c.written else "未说明（偏差原因栏未填写）"
            lines.append(f"{p.id}｜{c.subject}｜{cause}｜{c.plan or '未提出'}")
    return "\n".join(lines) or "（无）"


# ------------------------------------------------------------------------------------ condensation


def chunk_budget(settings: LLMSettings) -> int:
    """Tokens of log text per map call: well under the window, with margin for other tokenizers."""
    return max(500, min(MAX_CHUNK_TOKENS, int(settings.spec.context_window * 0.4 / SAFETY)))


async def condense_task_logs(llm: LLM, report: ReportInput, task_index: int, entries: list[tuple[str, str]],
                             settings: LLMSettings) -> str:
    """Map-reduce one task's log entries ((source file, text)) into one digest that fits DIGEST_TOKENS (or
    as close as it gets)."""
    task = report.tasks[task_index]
    label = task.id or task.name
    budget = chunk_budget(settings)
    condense, reduce = load_prompt("condense_logs"), load_prompt("reduce_logs")
    about = data_block(f"单位：{report.unit}\n任务：{label}：{task.name}\n预期目标：{task.goal or '（未填）'}", "自评表",
                       form_source(report))
    base = {"unit": report.unit, "year": str(report.year), "form": report.form.value, "task": about,
            "goal": task.goal or "（未填）", "max_points": str(MAX_POINTS)}
    where = {text: source for source, text in entries}

    def source(piece: str) -> str:  # a piece is an entry, or part of an over-long one
        return where.get(piece) or next((s for s, t in entries if piece in t), "")

    chunks = [log_blocks([(source(p), p) for p in batch])
              for batch in split_to_budget([text for _, text in entries], budget)]
    digests = await llm.as_runnable(condense, step="压缩工作日志 / condense logs").abatch(
        [{**base, "logs": chunk} for chunk in chunks],
        config={"max_concurrency": settings.concurrency},
    )
    while len(digests) > 1 and count_tokens("\n".join(digests)) > DIGEST_TOKENS:
        groups = split_to_budget(digests, budget)
        if len(groups) >= len(digests):  # each digest alone fills a batch: merge pairs instead
            groups = [digests[i:i + 2] for i in range(0, len(digests), 2)]
        digests = await llm.as_runnable(reduce, step="合并日志要点 / reduce").abatch(
            [{**base, "digests": "\n\n".join(data_block(d, "日志要点") for d in g)} for g in groups],
            config={"max_concurrency": settings.concurrency},
        )
    return digests[0].strip() if digests else ""


async def condense_all(llm: LLM, report: ReportInput, settings: LLMSettings) -> dict[str, str]:
    from ..domain.logs import logs_for_task  # the shared task assignment of untagged entries

    jobs = {}
    for ti, task in enumerate(report.tasks):
        logs = logs_for_task(report, ti)
        if logs:
            entries = [(log.source, f"{log.date.isoformat() if log.date else ''} {log.text}".strip()) for log in logs]
            jobs[task.id or task.name] = condense_task_logs(llm, report, ti, entries, settings)
    results = await asyncio.gather(*jobs.values())
    return dict(zip(jobs, results))


# ------------------------------------------------------------------------------------ sections


def _known(cites: list[str], sheet: FactSheet) -> list[str]:
    return [c for c in dict.fromkeys(c.strip() for c in cites) if sheet.by_id(c)]


def _numbers(text: str, cites: list[str], sheet: FactSheet) -> list[NumberUse]:
    """Figures the model typed that are a cited fact's own text (references are rendered separately)."""
    uses = []
    for fid in cites:
        fact = sheet.by_id(fid)
        if fact is not None and fact.text in text:
            uses.append(NumberUse(text=fact.text, value=fact.value, unit=fact.unit,
                                  facts=[fact.id, *fact.operands], formula=fact.formula))
    return uses


def _paragraph(text: str, cites: list[str], sheet: FactSheet, **extra: Any) -> Paragraph:
    """A paragraph from the model's text: references rendered, cites completed, numbers with provenance.

    A reference drafter cannot render is listed in `unsupported` (it goes back in the repair request)."""
    rendered, uses, errors = render_numbers(text.strip(), sheet)
    referenced = [i for u in uses for i in u.facts[:2]]
    cites = _known([*cites, *referenced], sheet)
    typed = [u for u in _numbers(REF.sub("", text), cites, sheet) if u.text not in {r.text for r in uses}]
    extra.setdefault("written_by", "model")
    return Paragraph(text=rendered, cites=cites, numbers=[*uses, *typed], unsupported=errors, **extra)


def _fallback(text: str, facts: list[str], sheet: FactSheet, note: str, **extra: Any) -> Paragraph:
    """A paragraph drafter's rules wrote because the model did not: said so on the paragraph."""
    return Paragraph(text=text.strip(), cites=_known(facts, sheet), numbers=_numbers(text, facts, sheet),
                     written_by="rules", note=note, **extra)


class _Context:
    def __init__(self, report: ReportInput, sheet: FactSheet, problems: list[Problem], checker: AsyncChecker,
                 settings: LLMSettings):
        self.report, self.sheet, self.problems, self.checker, self.settings = report, sheet, problems, checker, settings
        self.base = {"unit": report.unit, "unit_info": unit_block(report), "year": str(report.year), "form": report.form.value,
                     "facts": data_block(sheet.render_for_prompt(), "事实表", form_source(report))}
        self.outcomes: dict[str, RepairOutcome] = {}


async def goals_section(llm: LLM, ctx: _Context, digests_job: asyncio.Task) -> Section:
    digests = await digests_job
    text = "\n\n".join(f"【{k}】\n{v}" for k, v in digests.items()) or "（无工作日志）"
    source = form_source(ctx.report)
    variables = {**ctx.base, "tasks": data_block(render_tasks(ctx.report, ctx.sheet), "自评表", source),
                 "projects": data_block(render_projects(ctx.report, ctx.sheet), "自评表", source),
                 "digests": data_block(text, "日志要点")}

    def to_paragraphs(out: GoalSection) -> list[Paragraph]:
        return [_paragraph(p.text, p.cites, ctx.sheet, kind="goal") for p in out.paragraphs if p.text.strip()]

    outcome = await check_and_repair(llm, "目标完成情况", load_prompt("draft_目标完成情况"), variables, GoalSection,
                                     to_paragraphs, ctx.checker, ctx.settings.repair_rounds)
    ctx.outcomes["目标完成情况"] = outcome
    return Section(name="目标完成情况", paragraphs=outcome.paragraphs)


class _References:
    """Reads the problem ids a section's answer names; remembers the ones that match no listed problem."""

    def __init__(self, problems: list[Problem], written: list[Paragraph] | None = None):
        texts: dict[str, list[str]] = {p.id: [p.text, p.kind.value] for p in problems}
        for w in written or []:
            if w.id in texts:
                texts[w.id].append(w.text)
        self.index = ProblemIndex.of(texts.items())
        self.unknown: list[str] = []

    def resolve(self, ref: str) -> str | None:
        pid = self.index.resolve(ref)
        if pid is None and ref.strip() and ref.strip() not in self.unknown:
            self.unknown.append(ref.strip())
        return pid

    def reset(self) -> None:
        self.unknown = []

    def issues(self) -> dict[str, list[str]]:
        if not self.unknown:
            return {}
        known = "、".join(self.index.ids) or "无"
        return {"unknown": [f"“{u}”不在问题清单中" for u in self.unknown], "known": [known]}


async def problems_section(llm: LLM, ctx: _Context) -> Section:
    ids = [p.id for p in ctx.problems]
    by_id = {p.id: p for p in ctx.problems}
    variables = {**ctx.base, "problems": data_block(render_problems(ctx.problems), "问题清单"),
                 "causes": data_block(render_causes(ctx.problems), "自评表", form_source(ctx.report))}
    refs = _References(ctx.problems)

    def to_paragraphs(out: ProblemSection) -> list[Paragraph]:
        refs.reset()
        seen, paragraphs = set(), []
        for p in out.paragraphs:
            pid = refs.resolve(p.problem)
            if pid is not None and pid not in seen and p.text.strip():
                seen.add(pid)
                paragraphs.append(_paragraph(p.text, p.cites or by_id[pid].facts, ctx.sheet,
                                             kind=by_id[pid].kind.name, id=pid))
        return sorted(paragraphs, key=lambda x: ids.index(x.id))

    def missing(paragraphs: list[Paragraph]) -> list[str]:
        covered = {p.id for p in paragraphs}
        return [f"{p.id}｜{p.text}" for p in ctx.problems if p.id not in covered]

    outcome = await check_and_repair(llm, "存在问题", load_prompt("draft_存在问题"), variables, ProblemSection,
                                     to_paragraphs, ctx.checker, ctx.settings.repair_rounds, missing=missing,
                                     issues=refs.issues)
    paragraphs = outcome.paragraphs
    covered = {p.id for p in paragraphs}
    for p in ctx.problems:  # still uncovered after the repair rounds: the detected problem's own sentence
        if p.id not in covered:
            paragraphs.append(_fallback(p.text, p.facts, ctx.sheet, f"模型未写出问题 {p.id}，由离线规则补写",
                                        kind=f"detected:{p.kind.name}", id=p.id))
    paragraphs.sort(key=lambda x: ids.index(x.id))
    ctx.outcomes["存在问题"] = outcome
    return Section(name="存在问题", paragraphs=paragraphs)


async def measures_section(llm: LLM, ctx: _Context, problems_job: asyncio.Task | None) -> Section:
    from ..domain.measures import measure_for

    written: list[Paragraph] = []
    if problems_job is not None:
        written = (await problems_job).paragraphs
        listed = "\n".join(f"{p.id}｜{p.text}" for p in written)
    else:
        listed = "\n".join(f"{p.id}｜{p.text}" for p in ctx.problems)
    by_id = {p.id: p for p in ctx.problems}
    ids = list(by_id)
    variables = {**ctx.base, "problems": data_block(listed or "（未发现问题）", "存在问题"),
                 "causes": data_block(render_causes(ctx.problems), "自评表", form_source(ctx.report))}
    refs = _References(ctx.problems, written)

    def to_paragraphs(out: MeasureSection) -> list[Paragraph]:
        refs.reset()
        seen, paragraphs = set(), []
        for p in out.paragraphs:
            ref = refs.resolve(p.answers) if by_id else None
            if p.text.strip() and (ref is not None or not by_id) and ref not in seen:
                seen.add(ref)
                paragraphs.append(_paragraph(p.text, p.cites, ctx.sheet, kind=by_id[ref].kind.name if ref in by_id
                                             else "measure", ref=ref))
        paragraphs.sort(key=lambda x: ids.index(x.ref) if x.ref in ids else len(ids))
        for i, p in enumerate(paragraphs, start=1):
            p.id = f"M{i}"
        return paragraphs

    def missing(paragraphs: list[Paragraph]) -> list[str]:
        answered = {p.ref for p in paragraphs}
        return [f"{p.id}｜{p.text}" for p in ctx.problems if p.id not in answered]

    outcome = await check_and_repair(llm, "改进措施", load_prompt("draft_改进措施"), variables, MeasureSection,
                                     to_paragraphs, ctx.checker, ctx.settings.repair_rounds, missing=missing,
                                     issues=refs.issues)
    paragraphs = outcome.paragraphs
    answered = {p.ref for p in paragraphs}
    for p in ctx.problems:  # unanswered after the repair rounds: the offline engine's measure for its kind
        if p.id not in answered:
            paragraphs.append(_fallback(measure_for(p, ctx.report, ctx.sheet), [], ctx.sheet,
                                        f"模型未回应问题 {p.id}，由离线规则补写", kind=f"offline:{p.kind.name}",
                                        ref=p.id))
    paragraphs.sort(key=lambda x: ids.index(x.ref) if x.ref in ids else len(ids))
    for i, p in enumerate(paragraphs, start=1):
        p.id = f"M{i}"
    ctx.outcomes["改进措施"] = outcome
    return Section(name="改进措施", paragraphs=paragraphs)


# ------------------------------------------------------------------------------------ entry point


async def adraft_with_llm(report: ReportInput, sections: list[str], settings: LLMSettings, *,
                          progress: bool = True, llm_factory: Callable[[LLMSettings], LLM] | None = None) -> Draft:
    """The coroutine behind `draft_with_llm`; `llm_factory` lets evals pass an LLM with a replay store."""
    wanted = [s for s in SECTIONS if s in sections]
    sheet = build_facts(report)
    problems = detect_problems(report, sheet)
    llm = llm_factory(settings) if llm_factory else LLM(settings, progress=progress)
    async with llm:
        checker = start_checker(check_sources(report))
        ctx = _Context(report, sheet, problems, checker, settings)
        jobs: dict[str, asyncio.Task] = {}
        background: list[asyncio.Future] = []
        if "目标完成情况" in wanted:
            digests = asyncio.ensure_future(condense_all(llm, report, settings))
            background.append(digests)
            jobs["目标完成情况"] = asyncio.ensure_future(goals_section(llm, ctx, digests))
        if "存在问题" in wanted:
            jobs["存在问题"] = asyncio.ensure_future(problems_section(llm, ctx))
        if "改进措施" in wanted:
            jobs["改进措施"] = asyncio.ensure_future(measures_section(llm, ctx, jobs.get("存在问题")))
        try:
            done = await asyncio.gather(*jobs.values())
        except BaseException:
            # one section failed (HTTP 401 …): stop the others and wait for them while the client is still
            # open, so none of them fails again at shutdown and prints a traceback after the one-line error
            pending = [*jobs.values(), *background]
            for job in pending:
                job.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            raise
    result = Draft(unit=report.unit, year=report.year, engine="llm", model=settings.spec.name,
                   sections=[s for s in done], prompts=dict(sorted(llm.prompts.items())),
                   prompt_sha256=dict(sorted(llm.prompt_sha256.items())), usage=llm.usage,
                   repair_rounds=max((o.rounds for o in ctx.outcomes.values()), default=0))
    every = [p for s in result.sections for p in s.paragraphs]
    return attach_check(result, trust_references(await checker(draft_text(result)), every))


def draft_with_llm(report: ReportInput, sections: list[str], settings: LLMSettings, *, progress: bool = True,
                   llm_factory: Callable[[LLMSettings], LLM] | None = None) -> Draft:
    """Draft the wanted sections with the configured model; every number checked, failures marked."""
    async def run() -> Draft:
        try:
            return await adraft_with_llm(report, sections, settings, progress=progress, llm_factory=llm_factory)
        finally:
            # a batch that failed on one request (HTTP 401) leaves its sibling requests running: end them
            # here, their errors collected, so asyncio.run's shutdown has none to print after the error line
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)

    return asyncio.run(run())
