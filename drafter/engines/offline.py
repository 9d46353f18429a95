"""The offline engine: writes the three sections from the data alone — deterministic, no network.

目标完成情况: the budget paragraph (rates computed, the sign of the adjustment written 调减/调增), then each
main task — its goal, what was done (condensed from that task's work logs: the sentences that carry
results and figures), its key indicators against their targets, its amount — then each key project with
its execution rate. 存在问题 comes from `drafter.problems`; 改进措施 answers each problem by its kind.
Every number written is a fact (or a derived fact with its formula) or is copied from a work-log sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..facts import Fact, FactSheet
from ..outputs import SECTIONS, Draft, NumberUse, Paragraph, Section
from ..problems import Problem, ProblemKind, detect_problems, states_problem
from ..schema import Comparison, Indicator, ReportInput, Task, WorkLog
from ..text import end_sentence, similarity, split_sentences, strip_enumerator

CN_ORDINALS = "一二三四五六七八九十"
MAX_TASK_SENTENCES = 4
MAX_TASK_CHARS = 260
MAX_GOAL_CHARS = 90
SUPERSEDED_SIMILARITY = 0.45

RESULT_WORDS = ("完成", "开展", "组织", "发现", "查处", "实现", "累计", "共", "全年", "截至", "出动", "签订",
                "建立", "印发", "举办", "达", "制止", "处置", "整改", "培训", "覆盖", "启动")
CUMULATIVE_WORDS = ("累计", "全年", "截至", "共计", "全区共", "今年以来")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}年?")
_MONTH_SNAPSHOT = re.compile(r"^(?:截至|截止|到)?(?:\d{4}年)?(?:(?P<m>\d{1,2})月(?:底|末|份|中旬|上旬|下旬|初)?"
                             r"|[一二三四1-4]季度|第[一二三四]季度|上半年|前三季度)[，,]?")
_RESULT_LEAD = re.compile(r"^[^，。]{0,16}(?:完成情况与效益|取得的效果|完成情况)(?:主要是|如下)?[：:]")
_BUDGET_REPEAT = re.compile(r"预算数?\d|完成预算的|执行数为?\d|执行率\d|预算完成率|预算调整率|实际支出\d|结余\d")
_PLANNED = re.compile(r"不少于|不低于|力争|拟于|计划于")


def ordinal(i: int) -> str:
    """1 → 一, 11 → 十一: the （一）（二） numbering of report sections."""
    if i <= 10:
        return CN_ORDINALS[i - 1]
    return ("" if i < 20 else CN_ORDINALS[i // 10 - 1]) + "十" + (CN_ORDINALS[i % 10 - 1] if i % 10 else "")


def _use(fact: Fact, text: str | None = None) -> NumberUse:
    return NumberUse(text=text or fact.text, value=fact.value, unit=fact.unit, facts=[fact.id, *fact.operands],
                     formula=fact.formula)


# --- work-log condensation ------------------------------------------------------------------------------

def _task_terms(task: Task) -> set[str]:
    """The task's keywords plus the character bigrams of its name: enough to route a log entry, and no
    segmenter start-up cost on every draft."""
    name = re.sub(r"[^\u4e00-\u9fff]", "", task.name)
    return {name[i:i + 2] for i in range(len(name) - 1)} | set(task.keywords)


def logs_for_task(report: ReportInput, index: int) -> list[WorkLog]:
    """Tagged entries first; untagged ones go to the task whose keywords they mention most."""
    task = report.tasks[index]
    terms_by_task = [(_task_terms(t), set(t.keywords)) for t in report.tasks]
    chosen = []
    for log in report.logs:
        if log.task:
            if report.task_by_ref(log.task) is task:
                chosen.append(log)
            continue
        scores = [sum(3 if w in kw else 1 for w in terms if w in log.text) for terms, kw in terms_by_task]
        best = max(scores, default=0)
        if best > 0 and scores.index(best) == index:
            chosen.append(log)
    return chosen


def _skeleton(sentence: str) -> str:
    """The words around the figures: '实施临时救助53人次' and '全年实施临时救助126人次' share '实施临时救助人次'."""
    return re.sub(r"[\d.,，。；、%]+", "", sentence)


def _sentence_score(sentence: str, position: float) -> float:
    digits = len(_DIGIT.findall(_YEAR.sub("", sentence)))  # "2022年工作部署会" carries no result
    snapshot = _MONTH_SNAPSHOT.search(sentence)
    if snapshot and snapshot["m"] != "12":  # also 一季度, 上半年 (no month: m is None)
        return -1.0  # a running total in mid-year; the year-end figure is what the report needs
    score = min(digits, 12) * 1.0
    score += sum(2 for w in RESULT_WORDS if w in sentence)
    score += sum(3 for w in CUMULATIVE_WORDS if w in sentence)
    score += position * 2  # later entries carry the cumulative, year-end figures
    if len(sentence) > 120:
        score -= (len(sentence) - 120) / 20
    if digits == 0:
        score -= 6
    if _PLANNED.search(sentence):
        return -1.0  # the plan is stated once, as 年度预期目标; here we want what was done
    return score


def condense_logs(logs: list[WorkLog], limit_sentences: int = MAX_TASK_SENTENCES,
                  limit_chars: int = MAX_TASK_CHARS) -> tuple[list[str], list[str]]:
    """Pick the sentences that carry results and figures; drop near-repeats; keep chronological order."""
    ordered = sorted(enumerate(logs), key=lambda p: (p[1].date is None, p[1].date or 0, p[0]))
    candidates: list[tuple[float, int, int, str, str]] = []
    n = max(len(ordered), 1)
    for rank, (_, log) in enumerate(ordered):
        for k, sentence in enumerate(split_sentences(log.text)):
            clean = _RESULT_LEAD.sub("", strip_enumerator(sentence).strip())
            if len(clean) < 10 or states_problem(clean) or _BUDGET_REPEAT.search(clean):
                continue  # difficulties go to 存在问题; budget figures are written from the data
            candidates.append((_sentence_score(clean, rank / n), rank, k, clean, f"{log.source}:{log.line}"))
    # A month's running total ("截至5月底共出动1018人次") is superseded by a later one of the same shape.
    latest_first = sorted(candidates, key=lambda c: (-c[1], -c[2]))
    current: list[tuple[float, int, int, str, str]] = []
    for c in latest_first:
        if all(similarity(c[3], k[3]) <= SUPERSEDED_SIMILARITY and _skeleton(c[3]) not in _skeleton(k[3])
               for k in current):
            current.append(c)
    candidates = current
    picked: list[tuple[int, int, str, str]] = []
    used = 0
    for score, rank, k, sentence, where in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if len(picked) >= limit_sentences or score <= 0:
            break
        if used + len(sentence) > limit_chars and picked:
            continue
        if any(similarity(sentence, p[2]) > 0.4 for p in picked):
            continue
        picked.append((rank, k, sentence, where))
        used += len(sentence)
    picked.sort()
    return [end_sentence(p[2]) for p in picked], [p[3] for p in picked]


def _short_goal(goal: str) -> str:
    first = split_sentences(goal)[0] if goal.strip() else ""
    if len(first) <= MAX_GOAL_CHARS:
        return first.rstrip("。；;")
    cut = max(first.rfind(c, 0, MAX_GOAL_CHARS) for c in "，,；、")
    return first[: cut if cut > 20 else MAX_GOAL_CHARS].rstrip("，,；、")


# --- 目标完成情况 ---------------------------------------------------------------------------------------

def _budget_paragraph(report: ReportInput, sheet: FactSheet) -> Paragraph:
    b = report.budget
    parts, uses = [], []
    initial, adjusted, actual = sheet.get("budget.initial"), sheet.get("budget.adjusted"), sheet.get("budget.actual")
    adj_rate, adj_amount = sheet.get("derived.adjustment_rate"), sheet.get("derived.adjustment_amount")
    completion, balance = sheet.get("derived.completion_rate"), sheet.get("derived.balance")
    head = f"{report.year}年，{report.unit}" if not report.unit.startswith(str(report.year)) else f"{report.unit}"
    if initial is not None:
        parts.append(f"{head}年初预算{initial.text}")
        uses.append(_use(initial))
        head = ""
    if adjusted is not None:
        if adj_rate is not None and adj_rate.value != 0:
            word = "调减" if adj_rate.value < 0 else "调增"
            parts.append(f"调整预算{adjusted.text}，较年初{word}{adj_amount.text}，预算调整率为{word}{adj_rate.abs_text}")
            uses += [_use(adjusted), _use(adj_amount), _use(adj_rate, adj_rate.abs_text)]
        else:
            parts.append(f"{head}调整预算{adjusted.text}")
            uses.append(_use(adjusted))
    if actual is not None:
        lines = [sheet.get(f"budget.lines[{i}].actual") for i in range(len(b.lines))]
        inner = "、".join(f"{line.name}{f.text}" for line, f in zip(b.lines, lines) if f is not None)
        parts.append(f"全年实际支出{actual.text}" + (f"（其中{inner}）" if inner else ""))
        uses.append(_use(actual))
        uses += [_use(f) for f in lines if f is not None]
    if completion is not None:
        base = "调整预算" if adjusted is not None else "年初预算"
        sentence = f"预算完成率（实际支出÷{base}）为{completion.text}"
        uses.append(_use(completion))
        if balance is not None and balance.value > 0:
            sentence += f"，结余{balance.text}"
            uses.append(_use(balance))
        parts.append(sentence)
    text = end_sentence("，".join(parts)) if parts else "本年度未填报预算资金数据。"
    return Paragraph(text=text, numbers=uses, cites=[u.facts[0] for u in uses], kind="budget")


def _indicator_phrase(ind: Indicator, ipath: str, sheet: FactSheet) -> tuple[str, list[NumberUse]]:
    tgt, act = sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual")
    wanted = f"目标为“{ind.target_text}”，" if tgt is None and ind.target_text else ""
    if ind.deadline is not None and ind.met is not None:  # a time target: compared as times, not as numbers
        return f"“{ind.name}”目标为“{ind.target_text}”，实际“{ind.actual_text}”完成，{'达到目标' if ind.met else '未达到目标'}", []
    if act is None:
        return f"“{ind.name}”{wanted}完成情况为“{ind.actual_text or '未填报'}”（未以数值填报）", []
    if tgt is None:
        return f"“{ind.name}”{wanted}实际完成{act.text}", [_use(act)]
    met = bool(ind.met)
    uses = [_use(tgt), _use(act)]
    phrase = f"“{ind.name}”目标{ind.comparison.value}{tgt.text}，实际完成{act.text}，"
    if met:
        phrase += "达到目标"
    else:
        ratio = sheet.get(f"derived.{ipath}.ratio")
        phrase += "未达到目标"
        if ratio is not None and ind.unit != "%":  # a percent of a percent confuses readers
            phrase += f"（完成目标的{ratio.text}）"
            uses.append(_use(ratio))
    return phrase, uses


def _task_paragraph(report: ReportInput, sheet: FactSheet, ti: int) -> Paragraph:
    task = report.tasks[ti]
    rec = f"tasks[{ti}]"
    sentences, wheres = condense_logs(logs_for_task(report, ti))
    if not sentences and task.completion:
        sentences = [end_sentence(strip_enumerator(s)) for s in split_sentences(task.completion)[:2]]
        wheres = [f"{report.source_path}:{rec}.completion"]
    text = f"（{ordinal(ti + 1)}）{task.name}。"
    goal = _short_goal(task.goal)
    if goal:
        text += f"年度预期目标：{goal}。"
    if sentences:
        text += "完成情况：" + "".join(sentences)
    uses: list[NumberUse] = []
    phrases = []
    for ii, ind in enumerate(task.indicators):
        phrase, u = _indicator_phrase(ind, f"{rec}.indicators[{ii}]", sheet)
        phrases.append(phrase)
        uses += u
    if phrases:
        text += "关键指标：" + "；".join(phrases) + "。"
    amount = sheet.get(f"{rec}.amount")
    if amount is not None:
        text += f"任务涉及金额{amount.text}。"
        uses.append(_use(amount))
    return Paragraph(text=text, numbers=uses, cites=sorted({u.facts[0] for u in uses}, key=lambda s: int(s[1:]))
                     + [f"log:{w}" for w in wheres], kind="task")


def _project_paragraph(report: ReportInput, sheet: FactSheet, pi: int) -> Paragraph:
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
    text = f"重点项目“{proj.name}”：" + "，".join(parts) + "。" if parts else f"重点项目“{proj.name}”。"
    if proj.narrative:
        narrative_log = [WorkLog(text=proj.narrative, source=report.source_path or "", line=0)]
        sentences, _ = condense_logs(narrative_log, limit_sentences=3, limit_chars=200)
        if sentences:
            text += "项目绩效：" + "".join(sentences)
    return Paragraph(text=text, numbers=uses, cites=[u.facts[0] for u in uses], kind="project")


def write_goals(report: ReportInput, sheet: FactSheet) -> Section:
    paragraphs = [_budget_paragraph(report, sheet)]
    if report.goals and not report.tasks:
        goals = "；".join(_short_goal(g) for g in report.goals)
        paragraphs.append(Paragraph(text=f"年度总体目标：{goals}。", kind="goal"))
    paragraphs += [_task_paragraph(report, sheet, i) for i in range(len(report.tasks))]
    paragraphs += [_project_paragraph(report, sheet, i) for i in range(len(report.key_projects))]
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


def write_problems(problems: list[Problem], report: ReportInput, sheet: FactSheet) -> Section:
    if not problems:
        completion = sheet.get("derived.completion_rate")
        figure = f"预算完成率{completion.text}，" if completion is not None else ""
        text = (f"对照预算和绩效指标数据，本年度{figure}各项已量化的关键指标均达到年度目标，"
                "重点项目基本按预算执行，工作日志中未记录执行困难。数据未显示需要整改的问题，"
                "下一年度仍需关注预算执行进度和指标完成质量。")
        return Section(name="存在问题", paragraphs=[Paragraph(
            text=text, kind="no_problem", numbers=[_use(completion)] if completion is not None else [])])
    paragraphs = []
    for i, p in enumerate(problems, start=1):
        lead = "工作中反映：" if p.kind is ProblemKind.stated_in_logs else ""
        paragraphs.append(Paragraph(text=f"（{ordinal(i)}）{lead}{p.text}", id=p.id, kind=p.kind.name,
                                    numbers=_problem_uses(p, sheet), cites=list(p.facts)
                                    + ([f"log:{p.evidence}"] if p.evidence else [])))
    return Section(name="存在问题", paragraphs=paragraphs)


def _measure_budget(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    completion = sheet.get("derived.completion_rate")
    return (f"针对预算完成率{completion.text}的问题，加强预算执行管理：年初将预算分解为分月用款计划，"
            "按月通报执行进度，对执行进度慢于序时进度的科室和项目逐一分析原因、限期整改，"
            "年中对确实无法执行的资金及时提出调剂申请，避免资金沉淀。")


def _measure_over(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return ("针对实际支出超出预算的问题，严格执行“先有预算、后有支出”，超预算事项须履行调剂审批程序，"
            "并在自评报告中逐项说明超支原因。")


def _measure_adjustment(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    adj = sheet.get("derived.adjustment_rate")
    word = "调减" if adj.value < 0 else "调增"
    return (f"针对预算{word}{adj.abs_text}的问题，提高预算编制准确性：编制预算时核实项目基础数据和实施计划，"
            "项目入库前完成前期论证；预算调整调剂时同步调整绩效目标和指标，保证目标与资金相匹配。")


def _measure_project(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    pi = next(i for i, proj in enumerate(report.key_projects) if proj.name == p.subject)
    rate = sheet.get(f"derived.key_projects[{pi}].execution_rate")
    unspent = sheet.get(f"derived.key_projects[{pi}].unspent")
    return (f"针对{p.subject}执行率{rate.text}的问题，提前做好项目前期准备和政府采购工作，细化分季度支出计划，"
            f"由项目责任科室按月报送执行进度；对未执行的{unspent.text}逐项说明原因，确需续建的按程序申请结转，"
            "下年度据实核定该项目预算规模。")


def _measure_below(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    name = p.subject.split("·")[-1]
    facts = {f.path.rsplit(".", 1)[-1]: f for f in map(sheet.by_id, p.facts)}
    gap, target, actual = facts.get("gap"), facts.get("target"), facts.get("actual")
    shortfall = (f"实际完成{actual.text}、距年度目标{target.text}尚差{gap.text}"  # operands stated: checkable
                 if gap is not None else "未达到年度目标")
    return (f"针对“{name}”{shortfall}的问题，逐项分析偏差原因，明确责任科室和完成时限，"
            "将未完成部分纳入下年度工作计划，按季度跟踪指标完成进度。")


def _measure_not_numeric(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    names = "、".join(f"“{n}”" for n in p.subject.split("；")[:4])
    return (f"针对{names}等指标完成值未量化的问题，修订部门绩效指标体系，为每项关键指标设置可量化的年度指标值"
            "（数量、质量、时效指标），自评时以实际完成数填报，并与目标值同一计量单位。")


def _measure_too_low(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    name = p.subject.split("·")[-1]
    return (f"针对“{name}”目标值偏低的问题，参考以往年度实际完成情况和年度工作计划科学设定目标值，"
            "使指标值体现工作量和挑战性，避免目标设置过低导致大幅超额完成。")


def _measure_mismatch(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return ("针对表内比率与计算结果不一致的问题，填报前由财务人员按“实际支出÷调整预算”复核预算完成率，"
            "确保自评表、自评报告与决算数据一致。")


def _measure_score(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return ("针对自评得分偏高的问题，严格按评分规则计分：定量指标未达目标的按完成比例计分（正向指标按实际值÷目标值，"
            "反向指标按目标值÷实际值），预算执行率指标按分值×执行率计分，自评结果经业务科室和财务人员复核后报送。")


def _measure_project_over(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return (f"针对{p.subject}超预算执行的问题，严格按批复预算执行，确需追加的先履行预算调剂程序，"
            "并在自评中说明超支原因和资金来源。")


def _measure_no_indicators(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return (f"针对“{p.subject}”未设置关键指标的问题，编制下年度预算时为该任务设置数量、质量、时效等可量化的关键指标，"
            "并明确指标值和数据来源。")


def _measure_inconsistent(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    return (f"针对“{p.subject}”数字前后不一致的问题，逐一核对原始记录，确定准确数字；建立全年工作统计台账，"
            "明确各项数据的统计口径、截止时间和责任人，自评报告中的数字统一从台账取数，报送前由业务科室与财务人员交叉核对。")


_LOG_MEASURES = (
    (("预算", "资金", "经费", "调减", "压减"), "统筹调度资金，优先保障重点工作；预算调整后及时重排工作计划，"
     "明确调整后仍须完成的任务和时限"),
    (("人员", "力量", "人手", "队伍"), "合理调配人员力量，通过购买服务、联合执法和培训补齐工作力量"),
    (("滞后", "延迟", "推迟", "进度", "较慢", "偏慢", "未按期"), "倒排工期、挂图作战，按月跟踪进度，对滞后事项及时督办"),
    (("设备", "物资", "装备"), "提前制定采购和配备计划，按时完成设备物资采购和验收"),
)


def _measure_log(p: Problem, report: ReportInput, sheet: FactSheet) -> str:
    quoted = p.text.rstrip("。")
    if len(quoted) > 40:
        cut = quoted.rfind("，", 0, 40)
        quoted = quoted[: cut if cut >= 12 else 40].rstrip("，、；") + "……"
    action = next((a for words, a in _LOG_MEASURES if any(w in p.text for w in words)),
                  "明确责任科室和完成时限，纳入下年度工作计划并按季度跟踪落实")
    return f"针对工作中反映的“{quoted}”问题，{action}。"


MEASURES: dict[ProblemKind, Callable[[Problem, ReportInput, FactSheet], str]] = {
    ProblemKind.budget_under_execution: _measure_budget,
    ProblemKind.over_execution: _measure_over,
    ProblemKind.large_adjustment: _measure_adjustment,
    ProblemKind.project_under_execution: _measure_project,
    ProblemKind.indicator_below_target: _measure_below,
    ProblemKind.indicator_not_numeric: _measure_not_numeric,
    ProblemKind.target_too_low: _measure_too_low,
    ProblemKind.stated_rate_mismatch: _measure_mismatch,
    ProblemKind.project_over_execution: _measure_project_over,
    ProblemKind.task_without_indicators: _measure_no_indicators,
    ProblemKind.score_too_high: _measure_score,
    ProblemKind.inconsistent_figures: _measure_inconsistent,
    ProblemKind.stated_in_logs: _measure_log,
}


def write_measures(problems: list[Problem], report: ReportInput, sheet: FactSheet) -> Section:
    if not problems:
        return Section(name="改进措施", paragraphs=[Paragraph(
            kind="keep", text="继续实行预算执行按月通报和绩效指标季度跟踪，巩固现有成效；"
            "下一年度结合工作计划科学设置绩效目标，保持预算编制、执行与绩效目标相衔接。")])
    paragraphs = []
    for i, p in enumerate(problems, start=1):
        text = MEASURES[p.kind](p, report, sheet)
        uses = [u for u in _problem_uses(p, sheet) if u.text in text]
        paragraphs.append(Paragraph(text=f"（{ordinal(i)}）{text}", id=f"M{i}", ref=p.id, kind=p.kind.name,
                                    numbers=uses, cites=[u.facts[0] for u in uses]))
    return Section(name="改进措施", paragraphs=paragraphs)


def write_draft(report: ReportInput, sheet: FactSheet, sections: list[str] | None = None) -> Draft:
    wanted = sections or list(SECTIONS)
    problems = detect_problems(report, sheet)
    writers = {
        "目标完成情况": lambda: write_goals(report, sheet),
        "存在问题": lambda: write_problems(problems, report, sheet),
        "改进措施": lambda: write_measures(problems, report, sheet),
    }
    return Draft(unit=report.unit, year=report.year, engine="offline",
                 sections=[writers[name]() for name in SECTIONS if name in wanted])
