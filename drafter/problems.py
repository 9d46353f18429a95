"""Problems found in the data (存在问题), each tied to its figures, and the measure that answers each kind.

Reviewers reject a self-evaluation that writes "无" while execution is low or an indicator fell short,
and measures that do not answer the stated problem. So problems are detected from the figures and the
work logs, and every kind of problem has its own kind of measure (`MEASURES`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, Field

from .facts import Fact, FactSheet
from .schema import Comparison, ReportInput
from .text import similarity, split_sentences, strip_enumerator

PROJECT_EXECUTION_FLOOR = Decimal(90)
ADJUSTMENT_THRESHOLD = Decimal(10)
TARGET_TOO_LOW_FACTOR = Decimal("1.5")
MAX_LOG_PROBLEMS = 3

# Words with which staff state a difficulty in their logs. "不足" is matched outside 满足/充足-like words.
PROBLEM_WORDS = ("未能", "滞后", "不足", "困难", "不到位", "偏慢", "较慢", "薄弱", "短板", "延迟", "推迟",
                 "尚未", "未完成", "未达", "缺口", "紧张", "难以", "不够", "受限", "未按期", "压减", "调减")
_NOT_PROBLEM = re.compile(r"满足|补足|不足为|确保.{0,6}不足")


class ProblemKind(str, Enum):
    budget_under_execution = "预算执行率不足"
    over_execution = "超预算支出"
    large_adjustment = "预算调整幅度大"
    project_under_execution = "重点项目执行率低"
    project_over_execution = "重点项目超预算执行"
    task_without_indicators = "任务未设关键指标"
    indicator_below_target = "指标未达目标"
    indicator_not_numeric = "指标完成值未量化"
    target_too_low = "目标值设置偏低"
    stated_rate_mismatch = "表内比率与计算不符"
    score_too_high = "自评得分偏高"
    inconsistent_figures = "同一事项数字不一致"
    stated_in_logs = "工作中反映的问题"


class Problem(BaseModel):
    id: str
    kind: ProblemKind
    subject: str = Field(description="the budget, project, task or indicator the problem is about")
    text: str = Field(description="one paragraph, with its figures")
    facts: list[str] = Field(default_factory=list)
    evidence: str | None = Field(None, description="log file:line for problems stated in the logs")


def _pct(f: Fact) -> str:
    return f.text


def _money(f: Fact) -> str:
    return f.text


def detect_problems(report: ReportInput, sheet: FactSheet) -> list[Problem]:
    found: list[tuple[ProblemKind, str, str, list[str], str | None]] = []

    completion = sheet.get("derived.completion_rate")
    if completion is not None and completion.value < 100:
        balance = sheet.get("derived.balance")
        actual, full = (sheet.by_id(fid) for fid in completion.operands)
        tail = f"，{_money(balance)}预算资金未形成支出" if balance is not None else ""
        # the operands are written out so that every figure of the paragraph can be checked in place
        found.append((ProblemKind.budget_under_execution, "部门预算",
                      f"预算资金未全部执行。全年实际支出{_money(actual)}，{full.label}{_money(full)}，"
                      f"预算完成率为{_pct(completion)}{tail}，部分已安排的支出未能在年度内完成。",
                      [completion.id, actual.id, full.id] + ([balance.id] if balance else []), None))
    overspend = sheet.get("derived.overspend")
    if completion is not None and overspend is not None:
        found.append((ProblemKind.over_execution, "部门预算",
                      f"实际支出超出预算。预算完成率为{_pct(completion)}，超出预算{_money(overspend)}，"
                      "超预算支出的原因需在自评中说明。", [completion.id, overspend.id], None))

    adj = sheet.get("derived.adjustment_rate")
    if adj is not None and abs(adj.value) >= ADJUSTMENT_THRESHOLD:
        amount = sheet.get("derived.adjustment_amount")
        word = "调减" if adj.value < 0 else "调增"
        found.append((ProblemKind.large_adjustment, "部门预算",
                      f"预算调整幅度较大。年中预算{word}{adj.abs_text}（{word}{_money(amount)}），"
                      "年初预算编制的准确性有待提高，部分已安排的工作随预算调整未能如期开展。",
                      [adj.id, amount.id], None))

    stated = sheet.get("budget.stated_completion_rate")
    if stated is not None and completion is not None and abs(stated.value - completion.value) > Decimal("0.01"):
        found.append((ProblemKind.stated_rate_mismatch, "部门预算",
                      f"表内填报的预算完成率{_pct(stated)}与按实际支出和调整预算计算的{_pct(completion)}不一致，"
                      "报表数据需核对。", [stated.id, completion.id], None))

    for pi, proj in enumerate(report.key_projects):
        rate = sheet.get(f"derived.key_projects[{pi}].execution_rate")
        if rate is not None and rate.value < PROJECT_EXECUTION_FLOOR:
            budget, actual = sheet.get(f"key_projects[{pi}].budget"), sheet.get(f"key_projects[{pi}].actual")
            unspent = sheet.get(f"derived.key_projects[{pi}].unspent")
            found.append((ProblemKind.project_under_execution, proj.name,
                          f"重点项目执行率偏低。{proj.name}全年预算数{_money(budget)}，执行数{_money(actual)}，"
                          f"执行率仅为{_pct(rate)}，{_money(unspent)}未能执行。",
                          [rate.id, budget.id, actual.id, unspent.id], None))

    for pi, proj in enumerate(report.key_projects):
        rate = sheet.get(f"derived.key_projects[{pi}].execution_rate")
        if rate is not None and rate.value > 100:
            budget, actual = sheet.get(f"key_projects[{pi}].budget"), sheet.get(f"key_projects[{pi}].actual")
            found.append((ProblemKind.project_over_execution, proj.name,
                          f"重点项目超预算执行。{proj.name}全年预算数{_money(budget)}，执行数{_money(actual)}，"
                          f"执行率为{_pct(rate)}，超出预算的支出未见调整或说明。", [rate.id, budget.id, actual.id], None))
    for task in report.tasks:
        if not task.indicators:
            found.append((ProblemKind.task_without_indicators, task.name,
                          f"部分任务未设置关键指标。“{task.name}”没有可衡量的关键指标，完成情况无法与目标比对。", [], None))

    below, worded, too_low = [], [], []
    task_paths: dict[int, str] = {}
    for ti, task in enumerate(report.tasks):
        for ii, ind in enumerate(task.indicators):
            ipath = f"tasks[{ti}].indicators[{ii}]"
            task_paths[id(ind)] = ipath
            if ind.actual is None:
                if ind.actual_text:
                    worded.append((task, ind))
                continue
            if ind.target is None:
                continue
            tgt, act = sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual")
            cmp = ind.comparison
            missed = (cmp is Comparison.ge and ind.actual < ind.target) or (
                cmp is Comparison.le and ind.actual > ind.target) or (
                cmp is Comparison.eq and ind.actual != ind.target)
            if missed:
                below.append((task, ind, tgt, act, sheet.get(f"derived.{ipath}.ratio")))
            elif ind.target > 0 and (
                (cmp is Comparison.ge and ind.actual >= ind.target * TARGET_TOO_LOW_FACTOR)
                or (cmp is Comparison.le and ind.actual * 2 <= ind.target)
            ):
                too_low.append((task, ind, tgt, act))

    found += _scores_too_high(report, sheet, completion, below, task_paths)

    for task, ind, tgt, act, ratio in below:
        gap = sheet.get(f"derived.{task_paths[id(ind)]}.gap")
        if ind.unit == "%":  # a percent of a percent confuses readers: say the gap in points
            ratio, ratio_text = None, f"，相差{gap.text}" if gap is not None else ""
        else:
            ratio_text = f"，完成目标的{_pct(ratio)}" if ratio is not None else ""
        found.append((ProblemKind.indicator_below_target, f"{task.name}·{ind.name}",
                      f"部分绩效指标未达到年度目标。“{ind.name}”年度目标{ind.comparison.value}{_money(tgt)}，"
                      f"实际完成{_money(act)}{ratio_text}。",
                      [tgt.id, act.id] + ([ratio.id] if ratio is not None else []) + ([gap.id] if gap else []),
                      None))
    if worded:
        names = "、".join(f"“{ind.name}”" for _, ind in worded[:4]) + ("等" if len(worded) > 4 else "")
        example = worded[0][1]
        found.append((ProblemKind.indicator_not_numeric, "；".join(ind.name for _, ind in worded),
                      f"部分绩效指标完成值未量化。{names}指标的完成情况以文字表述"
                      f"（如“{example.actual_text[:24]}{'…' if len(example.actual_text) > 24 else ''}”），"
                      "未填写可与目标值比对的数值，难以客观衡量完成程度。",
                      [], None))
    for task, ind, tgt, act in too_low:
        found.append((ProblemKind.target_too_low, f"{task.name}·{ind.name}",
                      f"个别指标目标值设置偏低。“{ind.name}”目标{ind.comparison.value}{_money(tgt)}，实际完成{_money(act)}，"
                      "超出目标一半以上，目标值未能体现工作的挑战性。", [tgt.id, act.id], None))

    for subject, text, evidence in _inconsistent_totals(report):
        found.append((ProblemKind.inconsistent_figures, subject, text, [], evidence))

    # A log sentence quoting a figure of a problem already found from the data adds nothing new.
    used = {fid for _, _, _, fids, _ in found for fid in fids}
    used |= {op for fid in used for op in sheet.by_id(fid).operands}
    flagged = {sheet.by_id(fid).text for fid in used}
    for text, evidence in _log_problems(report):
        if any(figure in text for figure in flagged):
            continue
        found.append((ProblemKind.stated_in_logs, "工作日志", text, [], evidence))

    return [Problem(id=f"P{i}", kind=k, subject=s, text=t, facts=f, evidence=e)
            for i, (k, s, t, f, e) in enumerate(found, start=1)]


SCORE_TOLERANCE = Decimal("0.01")


def _scores_too_high(report: ReportInput, sheet: FactSheet, completion: Fact | None, below: list,
                     task_paths: dict[int, str]) -> list[tuple[ProblemKind, str, str, list[str], None]]:
    """Points claimed beyond the scoring rule: 分值 × 执行率 for the budget, proportional points for a missed
    quantitative indicator (正向 实际/目标, 反向 目标/实际). Reviewers call this "scores too high for the results"."""
    out = []
    weight, score = sheet.get("budget.score_weight"), sheet.get("budget.score")
    if completion is not None and weight is not None and score is not None:
        earned = min(weight.value, weight.value * completion.value / 100)
        if score.value > earned + SCORE_TOLERANCE:
            out.append((ProblemKind.score_too_high, "预算执行率得分",
                        f"自评得分偏高。预算完成率为{completion.text}，预算执行率指标自评得分{score.text}（分值{weight.text}），"
                        "高于按“分值×执行率”计算的得分。", [completion.id, score.id, weight.id], None))
    for task, ind, tgt, act, ratio in below:
        path = task_paths[id(ind)]
        weight, score = sheet.get(f"{path}.score_weight"), sheet.get(f"{path}.score")
        if ratio is None or weight is None or score is None:
            continue
        if score.value > weight.value * ratio.value / 100 + SCORE_TOLERANCE:
            reached = (f"实际{act.text}、目标{ind.comparison.value}{tgt.text}" if ind.unit == "%"
                       else f"仅完成目标的{ratio.text}")
            cited = [tgt.id, act.id] if ind.unit == "%" else [ratio.id]
            out.append((ProblemKind.score_too_high, f"{task.name}·{ind.name}",
                        f"自评得分偏高。“{ind.name}”未达到年度目标，{reached}，自评得分却为{score.text}"
                        f"（分值{weight.text}），未按完成比例计分。", [*cited, score.id, weight.id], None))
    return out


def states_problem(sentence: str) -> bool:
    return not _NOT_PROBLEM.search(sentence) and any(w in sentence for w in PROBLEM_WORDS)


def _narratives(report: ReportInput) -> list[tuple[str, str]]:
    """Every free text in which the unit may state a difficulty, with where it was read."""
    src = report.source_path or ""
    texts = [(log.text, f"{log.source}:{log.line}") for log in report.logs]
    texts += [(p.narrative, f"{src}:key_projects[{i}].narrative") for i, p in enumerate(report.key_projects)]
    texts += [(t.completion, f"{src}:tasks[{i}].completion") for i, t in enumerate(report.tasks) if t.completion]
    return texts


def _log_problems(report: ReportInput) -> list[tuple[str, str]]:
    """Sentences in which staff themselves state a difficulty, most specific first, without repeats."""
    candidates: list[tuple[int, str, str]] = []
    for text, where in _narratives(report):
        for sentence in split_sentences(text):
            if not states_problem(sentence):
                continue
            clean = strip_enumerator(sentence).strip()
            if len(clean) < 8:
                continue
            weight = sum(w in clean for w in PROBLEM_WORDS) + sum(ch.isdigit() for ch in clean[:60]) // 2
            candidates.append((weight, clean, where))
    chosen: list[tuple[str, str]] = []
    for _, sentence, where in sorted(candidates, key=lambda c: -c[0]):
        sentence = re.sub(r"^.{0,12}(?:问题及原因|存在的问题|问题)主要是", "", sentence)
        if all(similarity(sentence, s) < 0.35 for s, _ in chosen):
            chosen.append((sentence if sentence.endswith("。") else sentence.rstrip("；，") + "。", where))
        if len(chosen) >= MAX_LOG_PROBLEMS:
            break
    return chosen


# A year total is introduced by one of these just before the figure: 共启动应急响应62次, 共发现并制止37起.
_TOTAL_WORDS = re.compile(r"(?:共计?|累计|全年|合计)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SNAPSHOT = re.compile(r"截至\d{1,2}月|\d{1,2}月(?:底|份|共)|上半年|一季度|二季度|三季度")


def _inconsistent_totals(report: ReportInput) -> list[tuple[str, str, str]]:
    """The same year total written with two different values in two places (三防 responses 62 vs 61).

    A total is keyed by the four characters before its figure (the object named after it wins when
    there is one: 制止37起野外违规用火) and its unit; mid-year running totals and figures of one sentence are not compared.
    """
    from .numbers import extract_mentions

    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for text, where in _narratives(report):
        for sentence in split_sentences(text):
            if _SNAPSHOT.search(sentence):
                continue
            for m in extract_mentions(sentence):
                if m.ignored or m.value is None or m.kind not in ("count", "plain") or not m.unit or m.is_range:
                    continue
                before = sentence[max(0, m.start - 14):m.start]
                if not _TOTAL_WORDS.search(before):
                    continue
                phrase = "".join(_CJK.findall(_TOTAL_WORDS.split(before)[-1]))
                tail = re.match(r"[\u4e00-\u9fff]{0,6}", sentence[m.end:]).group()
                subject = tail if len(tail) >= 3 else phrase  # the object named after the figure, if any
                if len(subject) < 3:
                    continue
                seen.setdefault((subject[-4:], m.unit), []).append((m.text, where, subject))
    out = []
    for uses in seen.values():
        values = list(dict.fromkeys(u[0] for u in uses))
        if len(values) < 2:
            continue
        first = next(u for u in uses if u[0] == values[0])
        second = next(u for u in uses if u[0] == values[1])
        subject = max((u[2] for u in uses), key=len)
        out.append((subject, f"同一事项的数字前后不一致：“{subject}”在{_where(first[1])}记为{values[0]}，在{_where(second[1])}"
                    f"记为{values[1]}，报送前需核实统一口径。", f"{first[1]}; {second[1]}"))
    return out


def _where(location: str) -> str:
    """'examples/x/worklogs/2022-10-三防.md:12' → '2022-10-三防.md' (the reader knows the folder)."""
    name = location.rsplit("/", 1)[-1]
    return "“" + name.rsplit(":", 1)[0] + "”"
