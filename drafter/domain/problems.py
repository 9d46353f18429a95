"""存在问题: what a finance-bureau reviewer would raise, found from the form's figures, the unit's own words
and the work logs — each problem tied to its figures (fact ids) and sources.

What reviewers send back (shared/notes/forms.md, domain.md): low execution or an overspend (超支, never
结余); large budget changes; key projects below 90 %; indicators short of target — 反向 ones (≤) and
deadlines judged the right way round —, with their change on 上年实际 where the form gives it; worded actuals;
targets exceeded by half or more (set too low); scores above the rule, full points withheld from a row that met its
target, rows that do not add up to 总分; a total row that contradicts its 其中 rows; 满意度 figures with no survey; no indicators, or only 数量 ones; the unit's own
stated problems, and "无" / "暂无" where the data shows problems; one item written with two figures.

Problems of one kind merge into one item that lists their subjects. Form boilerplate (labels, empty
answers) is never read as a difficulty.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from pydantic import BaseModel, Field

from ..facts import RATE_UNITS, Fact, FactSheet, figure_text, q2
from ..schema import Comparison, FormKind, Indicator, ReportInput, Task, breakdowns, parse_quantity, parse_time_point
from ..text import quoted, similarity, split_sentences, strip_enumerator

# Below 90 % a finance bureau calls execution low (偏低: shared/notes/domain.md, forms.md — the rate below which
# "无" is never acceptable); between it and EXECUTION_FLOOR the money is 未全部执行 with a remainder, not low.
POINT_UNITS = ("%", "个百分点", "百分点")  # a rate or a change of one: its shortfall is told in points, never as a share
LOW_EXECUTION = Decimal(90)
PROJECT_EXECUTION_FLOOR = LOW_EXECUTION
EXECUTION_FLOOR = Decimal(98)  # below it the unspent share is worth a paragraph; 98.8 % is not
ADJUSTMENT_THRESHOLD = Decimal(10)
TARGET_TOO_LOW_FACTOR = Decimal("1.5")
SCORE_TOLERANCE = Decimal("0.01")
MAX_LOG_PROBLEMS = 3
# A self-score is written under the form's own label (得分), in the problem and in its measure alike: the
# execution-rate score is no row of its own, and only the label ties the figure to the form's 得分 field.
SCORE_LABEL = "自评得分"
MIN_SHARED_CHARS = 4  # a stated cause belongs to a problem whose subject it names (4+ characters in common)

# Words with which staff state a difficulty in their logs. "不足" is matched outside 满足/充足-like words.
PROBLEM_WORDS = ("未能", "滞后", "不足", "困难", "不到位", "偏慢", "较慢", "薄弱", "短板", "延迟", "推迟", "延后",
                 "尚未", "未完成", "未达", "缺口", "紧张", "难以", "不够", "受限", "未按期", "压减", "调减", "暂缓",
                 "受阻",
                 # the people served hold back, or a figure slides: "家属对长期服药有顾虑", "分类准确率下滑"
                 "顾虑", "不配合", "抵触", "下滑")
# …unless the work removed it (打消群众顾虑, 化解抵触情绪)
_NOT_PROBLEM = re.compile(r"满足|补足|不足为|确保.{0,6}不足|(?:打消|消除|化解|解除|减少)[^，。；]{0,8}(?:顾虑|抵触)")
# 困难 before the people it describes (困难群众, 困难归侨侨眷) or the help they get (困难补助) names whom a unit
# serves, not a difficulty: such words are read past, the sentence is still read for the others
NEEDY = re.compile(r"(?:生活)?困难(?=群众|家庭|户|职工|学生|老人|老年人|儿童|人员|人群|归侨|侨眷|残疾人|党员|退役军人|"
                   r"对象|居民|妇女|群体|员工|企业|村|补助|救助|帮扶|慰问|补贴|人口)")
SURVEY_WORDS = re.compile(r"问卷|调查|测评|回访|抽样|样本")
_LABEL = re.compile(r"^\s*[^：:。，]{2,24}(?:问题|原因|分析|措施|说明|情况)[^：:。，]{0,8}[：:]\s*")
_EMPTY_ANSWERS = {"", "无", "暂无", "没有", "无问题", "暂无问题", "无。", "/", "—", "-", "不存在"}


class ProblemKind(str, Enum):
    budget_under_execution = "预算执行率不足"
    over_execution = "超预算支出"
    large_adjustment = "预算调整幅度大"
    project_under_execution = "重点项目执行率低"
    task_under_execution = "主要任务执行率低"
    project_over_execution = "重点项目超预算执行"
    total_subtotal_mismatch = "合计与其中行不符"
    stated_rate_mismatch = "表内比率与计算不符"
    no_indicators = "未设绩效指标"
    task_without_indicators = "任务未设关键指标"
    only_quantity_indicators = "只有数量指标"
    indicator_below_target = "指标未达目标"
    indicator_not_numeric = "指标完成值未量化"
    target_too_low = "目标值设置偏低"
    satisfaction_without_survey = "满意度缺少调查依据"
    score_too_high = "自评得分偏高"
    score_too_low = "自评得分偏低"
    score_total_mismatch = "得分合计与总分不符"
    inconsistent_figures = "同一事项数字不一致"
    stated_by_unit = "单位自述的问题"
    stated_in_logs = "工作中反映的问题"
    stated_none = "存在问题填报为无"


class FormCause(BaseModel):
    """What the form's own 偏差原因分析及改进措施 (偏差原因, 未完成原因) cell says about one shortfall."""

    subject: str = Field(description="the indicator the cell belongs to")
    cause: str = Field("", description="the cause as the form states it; empty when the cell gives none")
    plan: str = Field("", description="the improvement the same cell states (下年度…, 已与…, 待…)")
    written: str = Field("", description="the cell as written when it gives no cause: 无, /, 其他原因")
    antecedent: str = Field("", description=(
        "the tally a cause refers back to (…已整改37处；before 其余3处…), as the cell writes it up to the cause"))


class LogCause(BaseModel):
    """A work-log line's account of a shortfall: the clause that says why (or the whole line, when it tells what held
    the work back without a 因), dated as the log dates it."""

    subject: str
    cause: str
    when: str = ""
    evidence: str = ""

    @property
    def text(self) -> str:
        return f"据工作日志，{self.when}{self.cause}"

    @property
    def gist(self) -> str:
        """What held the work back, for the measure to answer: the line without the tallies it opens with
        ("全年受理…412件，调解结案356件，部分…纠纷未能达成协议" → its last clause)."""
        clauses = re.split(r"(?<=[，,；;])", self.cause)
        because = next((i for i, clause in enumerate(clauses) if _BECAUSE.search(clause)), None)
        if because is not None:  # "…未达到85%的目标，主要是春季降水偏少": the reason it gives
            return "".join(clauses[because:]).rstrip("，,；;")
        for i, clause in enumerate(clauses):  # a tally ends on its figure: 受理…86件, 调解成功71件
            if states_problem(clause) or not _TALLY.search(clause.rstrip("，,；;")):
                return "".join(clauses[i:]).rstrip("，,；;")
        return self.cause


class Problem(BaseModel):
    id: str
    kind: ProblemKind
    subject: str = Field(description="the budget, project, task or indicator the problem is about")
    subjects: list[str] = Field(default_factory=list, description="every subject, when problems of one kind merged")
    text: str = Field(description="one paragraph, with its figures")
    facts: list[str] = Field(default_factory=list)
    evidence: str | None = Field(None, description="file:line for problems stated in the logs or by the unit")
    figure: str = Field("", description="the problem's figures as the form writes them, for its measure")
    causes: list[str] = Field(default_factory=list, description="the unit's own stated causes, attached to this problem")
    quote: str | None = Field(None, description="the unit's or the log's own words, when the problem is theirs")
    form_causes: list[FormCause] = Field(default_factory=list, description=(
        "the form's own deviation reasons for the shortfalls of this item, vague ones with no cause"))
    logged: list[LogCause] = Field(default_factory=list, description=(
        "the work logs' causes of shortfalls the form gives none for, each with its date"))


@dataclass
class Part:
    """One subject's share of a problem item."""

    subject: str
    clause: str
    facts: list[str] = field(default_factory=list)
    figure: str = ""
    evidence: str | None = None
    cause: str | None = None
    form_cause: FormCause | None = None
    logged: "LogCause | None" = None  # the work log's account of a shortfall the form leaves unexplained


# Lead sentence of an item per kind; the parts follow, joined with ；.
LEADS = {
    ProblemKind.project_under_execution: "重点项目执行率偏低。",
    ProblemKind.task_under_execution: "部分主要任务执行率偏低。",
    ProblemKind.project_over_execution: "重点项目超预算执行。",
    ProblemKind.indicator_below_target: "部分绩效指标未达到年度目标。",
    ProblemKind.target_too_low: "个别指标目标值设置偏低，实际完成大幅超出目标，目标值未能体现工作的挑战性。",
    ProblemKind.satisfaction_without_survey: "满意度指标缺少调查依据。",
    ProblemKind.score_too_high: "自评得分高于评分规则所得。",
    ProblemKind.score_too_low: "自评得分低于评分规则所得，扣分理由未说明。",
    ProblemKind.inconsistent_figures: "同一事项的数字前后不一致，报送前需核实统一口径。",
    ProblemKind.task_without_indicators: "部分任务未设置关键指标，完成情况无法与目标比对。",
    ProblemKind.indicator_not_numeric: "部分绩效指标完成值未量化，以文字表述，未填写可与目标值比对的数值，难以客观衡量完成程度。",
}


def labels(report: ReportInput) -> dict[str, str]:
    """The form's own words: a project form has 全年预算数 / 全年执行数 / 执行率, a department's form
    年初预算 / 调整预算 / 实际支出 / 预算完成率."""
    if report.form is FormKind.project:
        return {"initial": "年初预算数", "full": "全年预算数", "actual": "全年执行数", "spent": "全年执行数",
                "rate": "执行率", "total": "年度资金总额"}
    full = "调整预算" if report.budget.adjusted is not None else "年初预算"
    return {"initial": "年初预算", "full": full, "actual": "实际支出", "spent": "全年实际支出", "rate": "预算完成率",
            "total": "部门预算"}


def _money(value: Decimal, report: ReportInput) -> str:
    return figure_text(value, report.budget.unit)


# --- the budget ----------------------------------------------------------------------------------------

QUOTED_RECORD_CHARS = 60  # longer, a record is quoted from the clause that names the balance
_UNSPENT = re.compile(r"结余|未形成支出|未(?:全部|足额|及时)?(?:支付|拨付|兑付|支出|付清)|未能(?:全部)?支付")
# the reason a record gives: 系 / 因 / 由于 / 主要是 … — not 系统, 体系, 因此, 原因分析
_BECAUSE = re.compile(r"(?:原因[是为]|主要是|由于|(?<![体关联派])系(?![统列数])|因为?(?![此素地而]))(?P<cause>[^。；;]{4,60})")


def balance_explained(report: ReportInput) -> tuple[str, str] | None:
    """Why money was left unspent, in the unit's own words: the first record that states a balance with its reason,
    quoted as it stands (上级补助资金结余1.00万元，主要是平台尾款次年支付), so a reason given for one funding line stays
    with that line; a long sentence from the clause that names the balance. With where it was said: 自评表说明 (a
    text box of the form itself) or 工作记录."""
    boxes = {f"{log.source}:{log.line}" for log in report.logs if log.form}
    items = [p.name for p in report.key_projects if len(p.name) >= MIN_SHARED_CHARS]
    for text, where in narratives(report):
        for sentence in split_sentences(text):
            if any(_shared_chars(n, sentence) >= len(n) - 2 for n in items):
                continue  # a spending item's balance (…，X资金相应结余): told as that item's cause
            if (unspent := _UNSPENT.search(sentence)) and _BECAUSE.search(sentence):
                said = strip_enumerator(sentence).strip().rstrip("。；;，")
                if len(said) > QUOTED_RECORD_CHARS:
                    said = said[said.rfind("，", 0, said.find(unspent.group())) + 1:]
                return said, ("自评表说明" if where in boxes else "工作记录")
    return None


# a line named 其他资金 (其他收入 …) is compared with the rest of the money, not with a name that is its own
_REST_SAID, _REST = "其他", "其余资金"
LINE_LAG = Decimal(1)  # points below the whole's rate before a funding line is named: 94.33 % against 94.44 % is pace


def lagging_line(report: ReportInput, sheet: FactSheet, whole: Decimal) -> tuple[str, Fact, Fact | None] | None:
    """The funding line (其中 row) that left the money unspent: the slowest of two or more lines with a rate, when it
    runs clearly behind the whole — its name, 执行率 fact and balance fact. A reviewer asks which money was left."""
    # the sources of the money when the form splits by source too: a kind of spending (项目支出) is no 资金
    splits = breakdowns(list(enumerate(report.budget.lines)), lambda pair: pair[1].name)
    rated = [(line.name, rate, sheet.get(f"derived.budget.lines[{i}].unspent"))
             for i, line in (splits[0] if splits else [])
             if (rate := sheet.get(f"derived.budget.lines[{i}].execution_rate")) is not None]
    if len(rated) < 2:
        return None
    behind = [r for r in rated if r[1].value <= whole - LINE_LAG]
    if not behind:
        return None
    # of the lines clearly behind, the one that left the most money (38.38万元 at 89.90 %, not 2.16万元 at 82.00 %)
    return max(behind, key=lambda r: (r[2].value if r[2] is not None else Decimal(0), -r[1].value))


_LATE = re.compile(r"[年月日旬底后]才[\u4e00-\u9fff]")  # 12月中旬才完成: done, but only late


def _line_cause(report: ReportInput, name: str) -> tuple[str, bool] | None:
    """The unit's own words on why a funding line lagged: the first clause of its text (a log, a box of the form)
    that names the line — all its name but three characters — and says why or that it came late (因…, 12月才到位);
    with whether the form itself says it."""
    need = max(MIN_SHARED_CHARS, len(name) - 3)  # 自筹资金 names 管委会自筹资金: its owner left out
    boxes = {f"{log.source}:{log.line}" for log in report.logs if log.form}
    for text, where in narratives(report):
        for sentence in split_sentences(text):
            for clause in re.split(r"[，,；;]", strip_enumerator(sentence).strip().rstrip("。")):
                if (_CAUSE_CLAUSE.search(clause) or _LATE.search(clause)) and _shared_chars(name, clause) >= need:
                    return clause.strip(), where in boxes
    return None


def _budget_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    out: list[tuple[ProblemKind, Part]] = []
    lab = labels(report)
    completion = sheet.get("derived.completion_rate")
    if completion is not None:
        actual, full = (sheet.by_id(fid) for fid in completion.operands)
        pair = f"{lab['full']}{full.text}、{lab['actual']}{actual.text}"
        if completion.value < EXECUTION_FLOOR:
            balance = sheet.get("derived.balance")
            tail = f"，{balance.text}预算资金未形成支出" if balance is not None else ""
            explained = balance_explained(report)  # the unit's own record of why, else the plain statement
            said, where = explained if explained else ("", "")
            lag = lagging_line(report, sheet, completion.value)
            # 未形成支出, not 结余: a department's reviewers keep 结余 for the accounts' 结转结余
            named = f"其中{lag[0]}执行率{lag[1].text}" + (f"，{lag[2].text}未形成支出" if lag[2] else "") if lag else ""
            # the form's 备注 of the lagging line says why its money was left (追加 late in the year, 据实结算)
            note = next((line.note for line in report.budget.lines if lag and line.name == lag[0] and line.note), "")
            remark = f"，自评表备注：{note.rstrip('。；;，, ')}" if note else ""
            told = _line_cause(report, lag[0]) if lag and not note and not said else None
            account = f"，{'据自评表说明' if told[1] else '据工作记录'}，{told[0]}" if told else ""
            why = (f"据{where}，{said}。" if said else
                   f"{named}，执行进度慢于{_REST if lag[0].startswith(_REST_SAID) else '其他资金'}{remark}{account}。"
                   if lag else "部分已安排的支出未能在年度内完成。")
            if said and lag:
                why = f"{named}。{why}"
            # the measure's words follow the size of the shortfall: 偏低 below 90 %, above it the remainder
            figure = (f"{lab['rate']}偏低（{pair}" if completion.value < LOW_EXECUTION else
                      f"预算资金未全部执行（{pair}" + (f"，结余{balance.text}" if balance is not None else ""))
            figure += f"；{named}）" if lag else "）"
            out.append((ProblemKind.budget_under_execution, Part(
                "预算执行", f"预算资金未全部执行。{lab['spent']}{actual.text}，{lab['full']}{full.text}，"
                f"{lab['rate']}为{completion.text}{tail}，{why}",
                [completion.id, actual.id, full.id] + ([balance.id] if balance else [])
                + ([f.id for f in lag[1:] if f] if lag else []), figure)))
        overspend = sheet.get("derived.overspend")
        if overspend is not None:
            out.append((ProblemKind.over_execution, Part(
                "预算执行", f"实际支出超出预算（超支）。{lab['spent']}{actual.text}，{lab['full']}{full.text}，"
                f"{lab['rate']}为{completion.text}，超支{overspend.text}，超支原因和资金来源需在自评中说明。",
                [completion.id, actual.id, full.id, overspend.id], pair)))
    adj = sheet.get("derived.adjustment_rate")
    if adj is not None and abs(adj.value) >= ADJUSTMENT_THRESHOLD:
        amount = sheet.get("derived.adjustment_amount")
        initial, adjusted = sheet.get("budget.initial"), sheet.get("budget.adjusted")
        word = "调减" if adj.value < 0 else "调增"
        out.append((ProblemKind.large_adjustment, Part(
            f"预算{word}", f"预算调整幅度较大。{lab['initial']}{initial.text}，{lab['full']}{adjusted.text}，"
            f"{word}{amount.text}，预算调整率为{word}{adj.abs_text}，年初预算编制的准确性有待提高。",
            [adj.id, amount.id, initial.id, adjusted.id],
            f"由年初{initial.text}{word}至{adjusted.text}（{word}{adj.abs_text}）")))
    stated = sheet.get("budget.stated_completion_rate")
    if stated is not None and completion is not None and abs(stated.value - completion.value) > SCORE_TOLERANCE:
        actual, full = (sheet.by_id(fid) for fid in completion.operands)
        out.append((ProblemKind.stated_rate_mismatch, Part(
            lab["rate"], f"表内填报的{lab['rate']}{stated.text}与按{lab['actual']}{actual.text}、{lab['full']}"
            f"{full.text}计算的{completion.text}不一致，报表数据需核对。", [stated.id, completion.id, actual.id, full.id],
            f"填报{stated.text}，{lab['actual']}{actual.text}、{lab['full']}{full.text}")))
    out += _subtotal_parts(report)
    return out


def _subtotal_parts(report: ReportInput) -> list[tuple[ProblemKind, Part]]:
    """A total row that contradicts its 其中 rows — named, never corrected (a total left at 0 is one)."""
    b, lab = report.budget, labels(report)
    wrong = b.lines_disagree()
    if not wrong:
        return []
    clauses, figures = [], []
    for name, total, parts_sum, lines in wrong:
        label = lab["full"] if name == "adjusted" else lab[name]
        rows = [(line.name, getattr(line, name)) for line in lines if getattr(line, name)]
        listed = "、".join(f"{n}{_money(v, report)}" for n, v in rows) or "均为0"
        clauses.append(f"{label}合计{_money(total, report)}，其中各行（{listed}）之和为{_money(parts_sum, report)}")
        figures.append(f"{label}合计{_money(total, report)}，其中{listed}")
    return [(ProblemKind.total_subtotal_mismatch, Part(
        f"{lab['total']}合计数", "资金表合计行与其中各行不一致。" + "；".join(clauses) + "，合计数与明细不符，执行率无法准确计算，需核实更正。",
        [], "；".join(figures)))]


def _project_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    """Spending items behind: below the floor; or clearly behind the whole's rate (a point, as a funding line) holding
    half the items' balance; or behind it at all and named by the unit's words as left by a reason (X、Y资金相应结余) —
    the money a reviewer asks about first, so they are told by the balance they left, the largest first."""
    out, lagging = [], []
    whole = sheet.get("derived.completion_rate")
    left = reasons_by_item(report)
    balances = {pi: u for pi in range(len(report.key_projects))
                if (u := sheet.get(f"derived.key_projects[{pi}].unspent")) is not None and u.value > 0}
    total = sum((u.value for u in balances.values()), Decimal(0))
    for pi, proj in enumerate(report.key_projects):
        rate = sheet.get(f"derived.key_projects[{pi}].execution_rate")
        if rate is None:
            continue
        budget, actual = sheet.get(f"key_projects[{pi}].budget"), sheet.get(f"key_projects[{pi}].actual")
        pair = f"全年预算数{budget.text}、执行数{actual.text}"
        unspent = balances.get(pi)
        # (half the balance: clearly behind the whole, as a funding line must be; named by a reason: behind at all)
        behind = unspent is not None and whole is not None and rate.value < min(whole.value, EXECUTION_FLOOR) \
            and ((unspent.value * 2 >= total and rate.value <= whole.value - LINE_LAG) or proj.name in left)
        if rate.value < PROJECT_EXECUTION_FLOOR or behind:
            unspent = sheet.get(f"derived.key_projects[{pi}].unspent")
            word = "仅为" if rate.value < PROJECT_EXECUTION_FLOOR else "为"
            lagging.append((unspent.value, (ProblemKind.project_under_execution, Part(
                proj.name, f"{proj.name}全年预算数{budget.text}，执行数{actual.text}，执行率{word}{rate.text}，"
                f"{unspent.text}未能执行", [rate.id, budget.id, actual.id, unspent.id], pair))))
        elif rate.value > 100:
            out.append((ProblemKind.project_over_execution, Part(
                proj.name, f"{proj.name}全年预算数{budget.text}，执行数{actual.text}，执行率为{rate.text}，"
                "超出预算的支出未见调整或说明", [rate.id, budget.id, actual.id], pair)))
    return [part for _, part in sorted(lagging, key=lambda t: -t[0])] + out


def _task_spending_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    """A task whose form gives its 预算数 and 执行数 (the template's task table) spent too little of it."""
    out = []
    for ti, task in enumerate(report.tasks):
        rate, unspent = sheet.get(f"derived.tasks[{ti}].execution_rate"), sheet.get(f"derived.tasks[{ti}].unspent")
        if rate is None or unspent is None or rate.value >= PROJECT_EXECUTION_FLOOR:
            continue
        budget, spent = sheet.get(f"tasks[{ti}].amount"), sheet.get(f"tasks[{ti}].spent")
        out.append((ProblemKind.task_under_execution, Part(
            task.name, f"{quoted(task.name)}任务涉及金额{budget.text}，执行数{spent.text}，执行率仅为{rate.text}，"
            f"{unspent.text}未能执行", [rate.id, budget.id, spent.id, unspent.id],
            f"任务涉及金额{budget.text}、执行数{spent.text}")))
    return out


# --- indicators ----------------------------------------------------------------------------------------

SMALL_COUNT_TARGET = Decimal(5)


def _small_count_by_chance(ind: Indicator, tgt: Fact, last: Fact | None) -> bool:
    """A target of a few whole items (≥1项, ≥2部) passed by one or two is chance, not a target set low — unless last
    year's actual already passed it (the unit knew it could do more)."""
    unit = ind.unit or ""  # (3万人次 is thirty thousand; 5元 is money, no count of items)
    small = (unit not in RATE_UNITS and not unit.startswith(("万", "亿", "千", "百")) and "元" not in unit
             and tgt.value <= SMALL_COUNT_TARGET and tgt.value == tgt.value.to_integral_value())
    return small and not (last is not None and last.value > tgt.value)


def all_indicators(report: ReportInput) -> list[tuple[int, int, Task, Indicator]]:
    return [(ti, ii, t, ind) for ti, t in enumerate(report.tasks) for ii, ind in enumerate(t.indicators)]


_GOAL_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿|千)?([\u4e00-\u9fff%]{1,3})")


_GOAL_BOUND = re.compile(r"(?:不少于|不低于|不超过|不高于|至少|达到|超过|控制在|压缩至|压缩到|缩短至|缩短到|降至|降到|低于)$")
_GOAL_CEILING = ("不超过", "不高于", "控制在", "压缩至", "压缩到", "缩短至", "缩短到", "降至", "降到", "低于", "以内", "以下")


class GoalTarget(NamedTuple):
    """A target a task's 预期目标 states in words: its figure, unit, the words as written, and whether it is a
    ceiling (压缩至2天以内, 控制在5%以下) that a smaller actual meets."""

    value: Decimal
    unit: str
    text: str
    ceiling: bool

    def met_by(self, actual: Decimal) -> bool:
        return actual <= self.value if self.ceiling else actual >= self.value


def goal_target(task: Task, ind: Indicator) -> GoalTarget | None:
    """A target the task's 预期目标 states in words for an indicator the form left without one:
    '硬化村道15公里' for '完成村道硬化里程' (12.6公里). The clause must share a word with the indicator's
    name and its figure the indicator's unit; (value, unit, the figure as the goal writes it: 15公里, 不少于120人)
    — the figure alone, so that 目标为 stands right before it and no verb of the goal (举办…2期) reads as done."""
    if ind.target is not None or ind.target_text or ind.actual is None or not ind.unit:
        return None
    name = re.sub(r"[^\u4e00-\u9fff]", "", ind.name)
    grams = {name[i:i + 2] for i in range(len(name) - 1)}
    hits = []
    for clause in re.split(r"[，。；、,;]", task.goal):
        for m in _GOAL_NUMBER.finditer(clause):
            written = (m[2] or "") + m[3]  # '万卷以上': the unit, then words after it
            if not written.startswith(ind.unit):
                continue
            unit = ind.unit
            words = re.sub(r"[^\u4e00-\u9fff]", "", clause)
            if any(g in words for g in grams):
                bound = _GOAL_BOUND.search(clause[:m.start()].rstrip())
                end = m.start(3) + len(unit)
                suffix = next((w for w in ("以上", "以内", "以下") if clause.startswith(w, end)), "")
                ceiling = (bound is not None and bound[0] in _GOAL_CEILING) or suffix in _GOAL_CEILING
                hits.append(GoalTarget(Decimal(m[1]), unit, f"{bound[0] if bound else ''}{m[1]}{unit}{suffix}", ceiling))
    return hits[0] if len(hits) == 1 else None


def stated_target(ind: Indicator, target: Fact) -> str:
    """What follows 目标: the target as the form states it — with its sign when the form writes one (目标≥1200条,
    目标≤万分之一), else plainly (目标为4部, 目标为100%): a reviewer compares the draft with the form and must not
    find a ≥ the form does not have."""
    if ind.target_words:  # 2天以内 as the form words it: never a ≤ the form does not have
        return f"为{quoted(ind.target_words)}"
    return f"{ind.comparison.value if ind.comparison_stated else '为'}{target.text}"


def actual_word(ind: Indicator, target: Fact | None = None) -> str:
    """实际完成 for what is done (场次, 人数, 覆盖率); 实际为 for a ceiling (成本, 时限, 死亡率 with ≤) or a zero
    target (事故 =0起): 6个工作日 or 0起 are not "completed"."""
    ceiling = ind.comparison in (Comparison.le, Comparison.lt) or (
        ind.comparison is Comparison.eq and target is not None and target.value == 0)
    return "实际为" if ceiling else "实际完成"


def measured_in_words(ind: Indicator) -> bool:
    """An actual kept as written because its unit is not the target's (45分钟 against 2小时以内): a figure all the
    same, compared by the schema — not a result left unquantified."""
    return ind.actual is None and bool(ind.actual_text) and parse_quantity(ind.actual_text) is not None


def dated_against_words(ind: Indicator) -> bool:
    """An actual date ("1月20日") against a deadline named by an occasion (春节前, 汛期前): a time all the same,
    which drafter cannot place on the calendar — stated as written, not a result left in words."""
    return (ind.actual is None and ind.deadline is None and bool(ind.target_text) and bool(ind.actual_text)
            and parse_time_point(ind.actual_text) is not None)


TIME_LIMIT_UNITS = ("个工作日", "工作日", "日", "天", "小时", "分钟")


def time_margin(ind: Indicator, year: int | None, target: Fact | None = None, actual: Fact | None = None) -> str:
    """'，提前12天' / '，推迟12天': a deadline written to its day or month end (11月底前, 9月30日前) against an actual
    date; '，比5个工作日的时限少3个工作日': a time limit (≤5个工作日) met with room. Computed from the form's own two dates or
    figures — a deadline by month alone (9月前) or an occasion (春节前) and an actual in words get none."""
    if ind.deadline is not None:
        due, done = ind.deadline, parse_time_point(ind.actual_text or "")
        text = ind.target_text or ""
        if done is None or done.day is None or ind.met is None or not ("日" in text or "底" in text):
            return ""
        y = year or due.year or done.year
        if y is None:
            return ""
        try:
            end = dt.date(due.year or y, due.month, due.day or calendar.monthrange(due.year or y, due.month)[1])
            got = dt.date(done.year or y, done.month, done.day)
        except ValueError:
            return ""
        days = (end - got).days
        if ind.met and days > 0:
            return f"，提前{days}天"
        if not ind.met and days < 0:
            return f"，推迟{-days}天"
        return ""
    if (target is not None and actual is not None and ind.met and ind.comparison in (Comparison.le, Comparison.lt)
            and ind.unit in TIME_LIMIT_UNITS and target.value > actual.value >= 0):
        # the bound named again: 比时限少 alone leaves the base to guess (the checker reads it as a gap); 少, not 缩短:
        # two limits of one paragraph each "缩短" read as one item given two figures
        # a span of 日 said in 天: "少13日" reads as a day of the month (the 13th)
        unit = "天" if ind.unit == "日" else ind.unit
        return f"，比{target.text}的时限少{figure_text(target.value - actual.value, unit)}"
    return ""


def _is_satisfaction(ind: Indicator) -> bool:
    return "满意" in "".join(filter(None, (ind.name, ind.level1, ind.level2)))


def _quality_kinds(ind: Indicator) -> set[str]:
    words = "".join(filter(None, (ind.level1, ind.level2)))
    return {k for k in ("数量", "质量", "时效", "成本", "效益", "满意") if k in words}


def _indicator_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    out: list[tuple[ProblemKind, Part]] = []
    indicators = all_indicators(report)
    if not indicators and (report.goals or report.tasks):  # a form with goals but nothing to measure them by
        lab = labels(report)
        full = sheet.get("budget.adjusted") or sheet.get("budget.initial")
        figure = f"{lab['full']}{full.text}" if full is not None else "全年无绩效指标"
        what = "项目未设置绩效指标" if report.form is FormKind.project else "部门整体支出未设置关键绩效指标"
        out.append((ProblemKind.no_indicators, Part(
            "绩效指标", f"{what}。{figure + '的资金' if full is not None else '资金'}没有对应的产出、效益和满意度指标，"
            "目标完成情况无法用指标衡量。", [full.id] if full is not None else [], figure)))
    else:
        # the template lists tasks with their amounts and measures the unit by an indicator table of its own
        own_table = any(report.is_unit_task(task) and task.indicators for task in report.tasks)
        for task in report.tasks:
            if not task.indicators and not own_table:
                out.append((ProblemKind.task_without_indicators, Part(task.name, f"{quoted(task.name)}没有可衡量的关键指标")))
        kinds = [_quality_kinds(ind) for *_, ind in indicators]
        if len(indicators) >= 2 and all(kinds) and not any(k & {"质量", "时效", "效益"} for k in kinds):
            names = [ind.name for *_, ind in indicators]
            out.append((ProblemKind.only_quantity_indicators, Part(
                "数量指标", f"绩效指标只有数量指标。{'、'.join(quoted(n) for n in names[:5])}"
                f"{'等' if len(names) > 5 else ''}均为数量指标，没有设置质量、时效和效益指标，难以反映工作质量和实际效果。",
                [], "、".join(names[:5]))))
    survey = any(SURVEY_WORDS.search(text) for text, _ in narratives(report))
    # the sources read for a basis, named: the claim is that these say nothing of how satisfaction was measured
    searched = "自评表和工作日志均" if any(not log.form for log in report.logs) else "自评表"
    worded = []
    completion = sheet.get("derived.completion_rate")
    # the budget's execution raised as a problem of its own (未全部执行, 超支): a row measuring it is that problem
    budget_raised = completion is not None and (completion.value < EXECUTION_FLOOR
                                                or sheet.get("derived.overspend") is not None)
    for ti, ii, task, ind in indicators:
        ipath = f"tasks[{ti}].indicators[{ii}]"
        tgt, act = sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual")
        met = ind.met
        if budget_raised and measures_budget(ind, act, completion):
            pass  # its shortfall is told once, by the budget problem (the row still stands in 完成情况 and its score)
        elif ind.deadline is not None and met is False:
            last = f"，上年于{ind.last_year_text}完成" if ind.last_year_text and parse_time_point(ind.last_year_text) else ""
            out.append((ProblemKind.indicator_below_target, Part(
                ind.name, f"{quoted(ind.name)}目标为{ind.target_text}完成，实际{ind.actual_text}完成，未按期完成"
                f"{time_margin(ind, report.year)}{last}", [],
                f"目标{ind.target_text}、实际{ind.actual_text}", form_cause=_form_cause(ind, report))))
        elif met is False and tgt is not None and act is not None:
            ratio = sheet.get(f"derived.{ipath}.ratio")
            gap = sheet.get(f"derived.{ipath}.gap")
            over = ind.comparison in (Comparison.le, Comparison.lt)  # a ceiling passed: by how much, not a share
            if ind.unit != "%" and ind.unit in RATE_UNITS + POINT_UNITS:  # 万分之二 against ≤万分之一: a gap of 万分之一
                tail, cited = ("，超出目标上限" if over else "，低于目标"), []  # reads as the target again; 3.6 against
                # 5个百分点: a gap of points in points is no figure the checker can bear out from the form's two
            elif ind.unit in POINT_UNITS or over:  # a percent of a percent (or of points) confuses: the gap in points
                tail = f"，{'超出目标' if over else '相差'}{gap.text}" if gap is not None else ""
                cited = [gap.id] if gap is not None else []
            else:
                tail = f"，完成目标的{ratio.text}" if ratio is not None else ""
                cited = [ratio.id] if ratio is not None else []
            did = actual_word(ind, tgt)
            last, last_ids = last_year_clause(sheet, ipath)
            out.append((ProblemKind.indicator_below_target, Part(
                ind.name, f"{quoted(ind.name)}年度目标{stated_target(ind, tgt)}，{did}{act.text}{tail}{last}",
                [tgt.id, act.id, *cited, *last_ids], f"{did}{act.text}、目标{stated_target(ind, tgt)}",
                form_cause=_form_cause(ind, report))))
        elif met is False and tgt is not None and act is None and measured_in_words(ind):
            did = actual_word(ind, tgt)
            out.append((ProblemKind.indicator_below_target, Part(  # 36小时 against ≤1天: compared, no ratio
                ind.name, f"{quoted(ind.name)}年度目标{stated_target(ind, tgt)}，{did}{ind.actual_text}",
                [tgt.id], f"{did}{ind.actual_text}、目标{stated_target(ind, tgt)}",
                form_cause=_form_cause(ind, report))))
        elif met is None and act is not None and (goal := goal_target(task, ind)) is not None:
            if not goal.met_by(act.value):
                clause = goal.text
                out.append((ProblemKind.indicator_below_target, Part(
                    ind.name, f"{quoted(ind.name)}未填目标值，任务预期目标为{clause}，实际完成{act.text}，未达到预期目标",
                    [act.id], f"实际完成{act.text}、预期目标为{clause}", form_cause=_form_cause(ind, report))))
        if (ind.actual is None and ind.actual_text and ind.deadline is None and not measured_in_words(ind)
                and not dated_against_words(ind)):
            worded.append(ind)
        if (met and tgt is not None and act is not None and ind.comparison in (Comparison.ge, Comparison.gt)
                and tgt.value > 0 and act.value >= tgt.value * TARGET_TOO_LOW_FACTOR
                and not _small_count_by_chance(ind, tgt, sheet.get(f"{ipath}.last_year"))):
            out.append((ProblemKind.target_too_low, Part(
                ind.name, f"{quoted(ind.name)}目标{stated_target(ind, tgt)}，实际完成{act.text}", [tgt.id, act.id],
                f"目标{stated_target(ind, tgt)}、实际完成{act.text}")))
        last_fact = sheet.get(f"{ipath}.last_year")
        # met and not below the 上年实际 the form gives: a tracked series doing well, nothing in the data asks
        risen = last_fact is not None and act is not None and met is not False and act.value >= last_fact.value
        if _is_satisfaction(ind) and act is not None and not survey and not risen:
            last, last_ids = last_year_clause(sheet, ipath)  # a fall on last year is the figure's own fact
            out.append((ProblemKind.satisfaction_without_survey, Part(
                ind.name, f"{quoted(ind.name)}填报{act.text}{last}，{searched}未说明问卷、抽样调查等测评依据", [act.id, *last_ids],
                f"填报{act.text}")))
        out += _score_parts(sheet, ind, ipath, met)
    for ind in worded:
        example = ind.actual_text or ""
        out.append((ProblemKind.indicator_not_numeric, Part(
            ind.name, f"{quoted(ind.name)}填写为{quoted(example[:24] + ('…' if len(example) > 24 else ''))}")))
    return out


def measures_budget(ind: Indicator, act: Fact | None, completion: Fact | None) -> bool:
    """An indicator row of the budget's own execution (预算执行率, 资金执行率): a % whose name says 执行 and whose actual
    is the budget's execution rate, to the hundredth."""
    return (completion is not None and act is not None and ind.unit == "%" and "执行" in ind.name
            and abs(act.value - completion.value) <= SCORE_TOLERANCE)


def last_year_clause(sheet: FactSheet, ipath: str) -> tuple[str, list[str]]:
    """'，上年实际84.1%，较上年下降1.5个百分点' for a row whose form gives 上年实际 — the change in points for a rate, in
    the row's unit else — with the facts it cites; empty without the column."""
    last, change = sheet.get(f"{ipath}.last_year"), sheet.get(f"derived.{ipath}.change")
    if last is None or change is None:
        return "", []
    if change.value == 0:
        return f"，上年实际{last.text}，与上年持平", [last.id]
    rise, fall = ("提高", "下降") if change.unit == "个百分点" else ("增加", "减少")
    return f"，上年实际{last.text}，较上年{rise if change.value > 0 else fall}{change.abs_text}", [last.id, change.id]


def _agrees(score: Decimal, earned: Decimal, weight: Decimal) -> bool:
    """The self-score is what the rule gives, at the precision the form writes its points in: 9.9 for
    10 × 99.44 %, 9 for 10 × 90.31 % (forms round points to whole or tenth points). Full points are never a
    rounding of less: 5 of 5 for 4.83 is the rule not applied."""
    if score >= weight and earned < weight - SCORE_TOLERANCE:
        return False
    exponent = score.as_tuple().exponent
    shown = -exponent if isinstance(exponent, int) else 2
    half = Decimal(5).scaleb(-max(0, shown) - 1)
    return abs(score - earned) <= max(SCORE_TOLERANCE, half)


def _score_parts(sheet: FactSheet, ind: Indicator, ipath: str, met: bool | None) -> list[tuple[ProblemKind, Part]]:
    """Points against the rule: full points when met; when missed, 正向 实际÷目标 and 反向 目标÷实际 of 分值."""
    weight, score = sheet.get(f"{ipath}.score_weight"), sheet.get(f"{ipath}.score")
    if weight is None or score is None or met is None:
        return []
    tgt, act = sheet.get(f"{ipath}.target"), sheet.get(f"{ipath}.actual")
    if ind.deadline is not None and met is False and score.value >= weight.value:
        # a deadline has no proportional rule, but a missed one cannot earn its full points
        return [(ProblemKind.score_too_high, Part(
            ind.name, f"{quoted(ind.name)}目标为{ind.target_text}完成，实际{ind.actual_text}完成，未按期完成，"
            f"分值{weight.text}，{SCORE_LABEL}{score.text}，未按期完成却得满分",
            [weight.id, score.id], f"分值{weight.text}、{SCORE_LABEL}{score.text}"))]
    if tgt is None or act is None:  # a deadline or a worded value: no proportional rule to hold it to
        return []
    if met:
        earned = weight.value
    else:
        ratio = sheet.get(f"derived.{ipath}.ratio")
        if ratio is not None:
            earned = q2(min(weight.value, weight.value * ratio.value / 100))
        elif act.value == 0 and ind.comparison in (Comparison.ge, Comparison.gt):
            earned = Decimal(0)  # nothing done (0部 of 1部): 实际÷目标 gives no points (no ratio is kept for 0)
        else:
            return []
    if _agrees(score.value, earned, weight.value):
        return []
    kind = ProblemKind.score_too_high if score.value > earned else ProblemKind.score_too_low
    if kind is ProblemKind.score_too_low and not met:
        # a missed row scored below its share: the proportional rule is the most a shortfall may earn, and a unit
        # taking off more is its own judgement — no defect (forms.md: full points withheld from a met row are)
        return []
    # the operands are written, not the computed points: a reader recomputes them from the rule
    state = f"{actual_word(ind, tgt)}{act.text}、目标{stated_target(ind, tgt)}"
    why = "已达到目标，却未得满分，扣分理由未说明" if met else "未达到目标，未按完成比例计分"
    return [(kind, Part(ind.name, f"{quoted(ind.name)}{state}，分值{weight.text}，{SCORE_LABEL}{score.text}，{why}",
                        [tgt.id, act.id, weight.id, score.id], f"分值{weight.text}、{SCORE_LABEL}{score.text}"))]


def _budget_score_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    completion = sheet.get("derived.completion_rate")
    weight, score = sheet.get("budget.score_weight"), sheet.get("budget.score")
    if completion is None or weight is None or score is None:
        return []
    earned = q2(min(weight.value, weight.value * completion.value / 100))
    if _agrees(score.value, earned, weight.value) or (score.value < earned < weight.value):
        return []  # below 分值×执行率 while money was left: the unit's own deduction, as for a missed row
    lab = labels(report)
    actual, full = (sheet.by_id(fid) for fid in completion.operands)
    kind = ProblemKind.score_too_high if score.value > earned else ProblemKind.score_too_low
    side = "高于" if kind is ProblemKind.score_too_high else "低于"
    return [(kind, Part(f"{lab['rate']}得分", f"{lab['rate']}得分与评分规则不符：{lab['actual']}{actual.text}，"
                        f"{lab['full']}{full.text}，{lab['rate']}{completion.text}，分值{weight.text}，{SCORE_LABEL}{score.text}，"
                        f"{side}按“分值×{lab['rate']}”计算的得分",
                        [completion.id, actual.id, full.id, weight.id, score.id],
                        f"{lab['full']}{full.text}、{lab['actual']}{actual.text}，分值{weight.text}、{SCORE_LABEL}{score.text}"))]


def _total_score_parts(report: ReportInput, sheet: FactSheet) -> list[tuple[ProblemKind, Part]]:
    """The rows' points must add up to 总分 (only when every row carries its points)."""
    total = report.total_score
    rows = [report.budget.score] + [ind.score for *_, ind in all_indicators(report)]
    if total is None or len(rows) < 2 or any(r is None for r in rows):
        return []
    summed = sum(rows, Decimal(0))
    if abs(summed - total) <= SCORE_TOLERANCE:
        return []
    total_text = figure_text(total, "分")
    # the sum is written right after the rows it adds up, in one sentence, so a reader (and the checker)
    # recomputes it from them; the measure, which lists no rows, names only the form's figure
    listed = "、".join(figure_text(r, "分") for r in rows[1:])
    grade = f"，自评等级{quoted(report.grade)}也需据实核定" if report.grade else ""
    return [(ProblemKind.score_total_mismatch, Part(
        "总分", f"各项得分合计与总分不一致。{labels(report)['rate']}得分{figure_text(rows[0], '分')}，各项绩效指标得分"
        f"{listed}，合计{figure_text(summed, '分')}，表中总分却为{total_text}，两者不符{grade}。",
        [], f"表中总分{total_text}，与各行得分合计不符"))]


# --- the unit's own words ------------------------------------------------------------------------------

def stated_answer(text: str) -> str:
    """A stated problem without its form label: '存在的问题和原因分析：暂无。' → '暂无。'"""
    return _LABEL.sub("", text.strip()).strip()


_VAGUE = re.compile(r"^(?:部分|个别|有些|一些|少数)(?:项目|工作|任务|指标|资金)")
_CAUSE = re.compile(r"因|由于|受.{1,12}影响|导致|造成|\d")
# "志愿服务常态化机制有待完善" says something is wanting, not why a figure fell short: the unit's own problem,
# never given as the cause of the 志愿服务队 shortfall it shares words with
_WANTING = re.compile(r"有待(?:完善|加强|提高|改进|提升|健全)|需(?:要)?进一步|仍需")


def is_vague(answer: str) -> bool:
    """'部分项目进度滞后。' names no project, no figure and no cause: boilerplate a reviewer sends back."""
    return bool(_VAGUE.match(answer)) and len(answer) < 16 and not _CAUSE.search(answer)


def is_empty_answer(text: str) -> bool:
    return stated_answer(text).rstrip("。.；;").strip() in _EMPTY_ANSWERS


# A deviation cell's clauses from the first that states what will be done: 下年度…, 已与…, 待批复后…
_PLAN = re.compile(r"^(?:下一?年度?|下一步|下阶段|今后|后续|明年|计划|拟|将|待|已与|已经|已|加强|建立|整改|改进措施|措施)")
_LATER_YEAR = re.compile(r"^(\d{4})年")
_CELL_NUMBER = re.compile(r"^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①②③④⑤⑥]|[一二三四五六七八九十]是|其[一二三四五])\s*")
_CELL_LABEL = re.compile(r"^(?:偏差|未完成)?(?:原因(?:分析)?|(?:改进|整改)?措施)[:：]\s*")
# Cells that name no cause: 其他原因, 客观原因, 未完成 … (as well as the empty answers 无, /, 暂无)
_NO_CAUSE = re.compile(
    r"^(?:(?:其他|其它|客观|主观|多种|多方面|各种|特殊|相关)(?:原因|因素)?(?:影响|所致|导致|造成)?|原因(?:不明|待查|较多)"
    r"|未完成|未达到?(?:目标|预期|要求)?|未达标|有偏差|存在偏差|不适用|详见.{0,12}|见.{0,12}说明)$")


# a clause break: never the comma between digit groups of a figure (全年发现问题1,284条)
_CLAUSE_BREAK = re.compile(r"[，；;。\n]|(?<!\d),|,(?!\d{3}(?!\d))")
# a clause that only restates the shortfall ('图斑核查完成率未达标', '社科普及活动未达目标：…'): its prefix, up
# to a colon if the cause follows one
_RESTATED = re.compile(r"^(?P<what>[^，。；：:]{2,30}?)(?:未达标|未达到?(?:年度)?(?:目标值?|预期|要求)?|未完成(?:年度)?(?:目标|任务)?)"
                       r"(?:[：:]\s*|$)")


# the shortfall against the target said again, by the target's own figure: 少于200人次的目标：…, 未达到300人的目标,
# 低于95%的要求 — up to a colon when the cause follows one
_SHORT_OF = re.compile(r"^[^，。；：:]{0,30}?(?:(?:少于|低于|不足|未达到?|未完成|没有?达到)(?P<figure>[^，。；：:]{0,12}?)"
                       r"的?(?:年度)?(?:目标|计划|要求|任务)(?:值|数)?|比(?P<base>[^，。；：:]{0,12}?)的?(?:年度)?"
                       r"(?:目标|计划|要求|任务)(?:值|数)?少[^，。；：:]{0,8})(?:[：:]\s*|$)")


def _restates(clause: str, subject: str, target: Decimal | None = None) -> re.Match[str] | None:
    """The restatement of the subject's shortfall a clause opens with (it names the subject: four characters of
    its name, or the whole of a shorter one; or it holds the row's target figure, 少于200人次的目标), or None."""
    m = _RESTATED.match(clause)
    if m is not None and _shared_chars(subject, m["what"]) >= min(4, len(subject)):
        return m
    short = _SHORT_OF.match(clause)
    if short is not None and target is not None \
            and re.search(rf"(?<![\d.]){re.escape(format(target.normalize(), 'f'))}(?![\d.])",
                          short["figure"] or short["base"] or ""):
        return short
    return None


def _item_named_from(segment: str, subject: str, items: list[str]) -> int | None:
    """Where a part of a cause turns to a spending item or funding line: the start of its first clause that names one
    (…年内未能补办，传承人培训资金相应结余 — the reason before it is still the row's), None when no clause does."""
    at = 0
    for clause in re.split(r"(?<=[，,；;。\n])", segment):
        if _names_item(clause, subject, items):
            return at
        at += len(clause)
    return None


def _names_item(segment: str, subject: str, items: list[str]) -> bool:
    """Whether a part of a cause names a spending item or a funding line (two thirds of its name, four characters
    at least) more than the indicator it was written for."""
    own = _shared_chars(subject, segment)
    return any(_shared_chars(n, segment) >= max(4, len(n) * 2 // 3) and _shared_chars(n, segment) > own
               for n in items)


def item_names(report: ReportInput) -> list[str]:
    """The names of the spending items and funding lines a cause may be about instead of an indicator."""
    names = [p.name for p in report.key_projects] + [line.name for line in report.budget.lines]
    return [n for n in names if len(n) >= 4]


def deviation_reason(ind: Indicator, year: int | None = None, items: list[str] | None = None) -> FormCause | None:
    """The form's 偏差原因 cell of a row that fell short, split into the cause and the plan it states; a cell
    that names no cause (无, /, 其他原因, 未完成) gives a FormCause without one, to be noted as such.

    Read clause by clause: a clause that only restates the shortfall (X未达标) and a tally of its figures
    (全年发现问题1,284条，整改1,189条) are no cause when another clause says why; a plan begun without a 措施 label
    ends with its sentence unless the next one opens as a plan too — what follows is about another matter."""
    note = (ind.deviation_note or "").strip()
    if not note:
        return None
    answer = stated_answer(note)
    if items:  # a part about a spending item (接口开发因第三批接口10月底才上线…) is that item's cause, not this one's;
        # a part that turns to one only at its end (…未能补办，X资金相应结余) keeps its reason before that clause
        segments = [x for x in re.split(r"(?<=[；;。\n])", answer) if x.strip()]
        kept = []
        for x in segments:
            at = _item_named_from(x, ind.name, items)
            if at is None:
                kept.append(x)
            elif x[:at].strip("，,；;。 "):
                kept.append(x[:at].rstrip("，,；; ") + "。")
        if kept and kept != segments:
            answer = "".join(kept)
    cause: list[str] = []
    plan: list[str] = []
    passed: list[str] = []  # restatements and tallies: the cause only when nothing else says why
    tallies: list[str] = []  # the tallies, which a cause opening on 其余 / 剩余 refers back to
    between: list[str] = []  # tallies after a clause of the cause, part of it when another clause of it follows
    labelled_plan = False
    for sentence in (x for x in re.split(r"(?<=[。\n])", answer) if x.strip()):
        opened = False  # the sentence's first clause read
        for part in _CLAUSE_BREAK.split(sentence):
            part = _CELL_NUMBER.sub("", part.strip())  # "1.原因：…⏎2.改进措施：…": the numbers are the cell's layout
            labelled = _CELL_LABEL.match(part)
            clause = part[labelled.end():].strip() if labelled else part
            if not clause or is_empty_answer(clause):  # '原因：无；措施：无' — an empty half says nothing
                if labelled and "措施" in labelled.group():
                    plan.append("")  # what follows belongs to the measure half
                    labelled_plan = True
                continue
            if plan and not labelled_plan and not opened and cause \
                    and not (_PLAN.match(clause) or _LATER_YEAR.match(clause)):
                return _cause_of(ind, answer, cause, plan, tallies)  # the plan's sentence ended: another matter follows
            opened = True
            later = _LATER_YEAR.match(clause)
            if labelled and "措施" in labelled.group():
                labelled_plan = True
            if not plan and not labelled and (restated := _restates(clause, ind.name, ind.target)):
                rest = clause[restated.end():].strip()
                passed.append(clause[:restated.end()].rstrip("：: "))
                if not rest:
                    continue
                clause = rest
            ahead = later and year is not None and int(later[1]) > year
            # 2026年将开工时间提前至4月: a plan, though it writes a month as the actual of a time indicator would
            if not plan and not labelled and not ahead and (_TALLY.search(clause) or _gives_actual(clause, ind)) \
                    and not states_problem(clause) \
                    and not _BECAUSE.search(clause) and not _CAUSE_WORD.search(clause):
                if cause and not labelled_plan:  # within the reason (…取消，涉及名额40个，年内未能补办): its extent,
                    between.append(clause)  # once a clause of the reason follows it
                    continue
                passed.append(clause)  # a count of what was done (整改1,189条): no cause, and no plan
                tallies.append(clause)
                continue
            if plan or labelled_plan or _PLAN.match(clause) or ahead:
                plan.append(clause)
            else:
                cause += between + [clause]
                between = []
    return _cause_of(ind, answer, cause or passed, plan, tallies if cause else [])


# words that say why, in a clause that ends on a figure (因降雨取消3场): a cause, never a mere tally
_CAUSE_WORD = re.compile(r"因|由于|受[^，。；]{1,12}(?:影响|制约)|导致|造成|缺|未|不足|延迟|推迟|滞后|取消|暂停|中断")


# a clause ending on a figure with its measure word (覆盖5个城市): the row's own actual when the figure is it
_ENDS_ON_FIGURE = re.compile(r"(?<![\d.])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:万|亿)?[\u4e00-\u9fff%]{0,4}$")


def _gives_actual(clause: str, ind: Indicator) -> bool:
    """A clause that says the row's result again by its own figure (晒盐技艺展示覆盖4个盐区 beside 实际完成值 4个)."""
    m = _ENDS_ON_FIGURE.search(clause)
    if m is None or ind.actual is None:
        return False
    try:
        return Decimal(m["n"].replace(",", "")) == ind.actual
    except ArithmeticError:
        return False


# a cause that opens by referring back to a count before it: 其余3处, 剩余2家, 余下…, 另有…
_REFERS_BACK = re.compile(r"^(?:其余|剩余|余下|尚余|尚有|另有|另外|其中|上述|以上)")


def _cause_of(ind: Indicator, answer: str, cause: list[str], plan: list[str], tallies: list[str] = ()) -> FormCause:
    said, planned = "，".join(cause), "，".join(c for c in plan if c)
    if not said or _NO_CAUSE.match(said):
        return FormCause(subject=ind.name, written=answer.rstrip("。；;") or ind.deviation_note or "", plan=planned)
    antecedent = ""
    end = answer.find(cause[0])
    if tallies and _REFERS_BACK.match(said) and end > 0:  # 其余 of what: the tallies right before it, as written
        start = end
        for tally in reversed(tallies):
            at = answer.rfind(tally, 0, start)
            if at < 0 or answer[at + len(tally):start].strip("，,；; ") :
                break  # not right before: other words stand between
            start = at
        antecedent = answer[start:end]
    return FormCause(subject=ind.name, cause=said, plan=planned, antecedent=antecedent)


def _form_cause(ind: Indicator, report: ReportInput) -> FormCause | None:
    """The form's reason for a shortfall; an empty cell where the form has a 偏差原因 column (every project
    form has one) is a reason not given, as much as "无" — a department form without the column is told nothing."""
    reason = deviation_reason(ind, report.year, item_names(report))
    if reason is not None:
        return reason
    column = report.form is FormKind.project or any(i.deviation_note for *_, i in all_indicators(report))
    return FormCause(subject=ind.name) if column else None


def form_cause_text(problem: "Problem") -> str:
    """The sentence that gives each shortfall the cause the form states for it (据自评表填报), or says the
    form gives none — written after the item's figures."""
    parts: list[str | list[str]] = []  # a stated cause's part: the subjects it is the cause of, then the cause
    told: dict[str, list[str]] = {}  # one paragraph's cause of two shortfalls is written once, for both
    for c in problem.form_causes:
        if c.cause and (said := c.antecedent + clip(c.cause, 60)) in told:
            told[said].insert(-1, c.subject)
        elif c.cause:
            told[said] = [c.subject, said]
            parts.append(told[said])
        elif not c.written:
            parts.append(f"{quoted(c.subject)}未达标，自评表偏差原因分析栏未填写，未说明原因")
        else:
            shown = f"仅填{quoted(c.written)}，" if len(c.written) <= 10 else "所填内容"
            parts.append(f"{quoted(c.subject)}未达标的原因，自评表{shown}未说明具体原因")
    return "；".join(p if isinstance(p, str) else
                    f"{'、'.join(map(quoted, p[:-1]))}未达标的原因，据自评表填报{'均' if len(p) > 2 else ''}为{quoted(p[-1])}"
                    for p in parts) + "。" if parts else ""


def _shared_chars(a: str, b: str) -> int:
    """Length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _told_within(cause: str, text: str) -> bool:
    """Does `text` tell `cause` again in its own order and words between (暑期曲艺班因剧场维修推迟开班 in 剧场屋面渗漏维修，
    暑期少儿曲艺班推迟开班): nearly every Chinese character of a cause of 8 or more is in the text."""
    chars = [c for c in cause if "\u4e00" <= c <= "\u9fff"]
    return len(chars) >= 8 and sum(c in text for c in chars) >= 0.9 * len(chars)


# words any cause may hold, which say nothing of its matter (a shared 未能按期完成 is no shared cause)
_GENERIC_CAUSE_WORDS = re.compile(r"未能|未按期|按期|完成|影响|原因|年内|工作|计划|部分|进度|没有|导致|由于|受到?|造成|推进|实施")
# a dry spell, however it is said (持续干旱, 降雨偏少, 降雨量较常年偏少五成): one matter
_DROUGHT = re.compile(r"干旱|旱情|少雨|偏旱|(?:降雨|降水|雨量)[^，。；]{0,8}偏少")


def same_matter(text: str, cause: str) -> bool:
    """Does a log's difficulty tell the matter of a cause already given: the same effect in the same words
    (牧草返青推迟, 块茎膨大受阻 — a run of 4 or more characters once the words any cause holds are taken out), or a
    dry spell both say in their own words. The log line is then that cause told again, no problem of its own."""
    for i in range(len(text)):
        for j in range(i + 1, len(text) + 1):
            if text[i:j] not in cause:
                break
            if len(_CJK.findall(_GENERIC_CAUSE_WORDS.sub("", text[i:j]))) >= 4:
                return True
    return bool(_DROUGHT.search(text) and _DROUGHT.search(cause))


# a service cut back for a reason (因咨询师流动缩减值守时段, 受汛期影响暂停…): not a time limit cut (缩减至1个工作日)
_SETBACK = re.compile(r"(?:因|由于|受)(?!地制宜|此)[^，。；]{1,24}?(?:缩减|暂停|中断|停办|停止|减少)(?!至|到|了?\d)")


def states_problem(sentence: str) -> bool:
    sentence = NEEDY.sub("", sentence)
    return not _NOT_PROBLEM.search(sentence) and (any(w in sentence for w in PROBLEM_WORDS)
                                                  or bool(_SETBACK.search(sentence)))


_BUDGET_CUT_WORDS = ("调减", "压减")
_MONEY = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿元|万元|元)")


def restates_budget_change(sentence: str, report: ReportInput) -> bool:
    """"县级预算调整，县级配套资金调减80.00万元": a change the form's budget shows (its 年初 and 全年 differ by that
    amount, in total or on a line) is the budget paragraph's to tell — no difficulty of the year by itself, unless the
    sentence says what it held back (another problem word than the cut)."""
    words = [w for w in PROBLEM_WORDS if w in NEEDY.sub("", sentence)]
    if not words or any(w not in _BUDGET_CUT_WORDS for w in words) or _SETBACK.search(sentence):
        return False
    b = report.budget
    changes = {abs(a - i) for i, a in [(b.initial, b.adjusted), *((x.initial, x.adjusted) for x in b.lines)]
               if i is not None and a is not None and a != i}
    amounts = [Decimal(m[1].replace(",", "")) for m in _MONEY.finditer(sentence) if m[2] == b.unit]
    return bool(amounts) and all(a in changes for a in amounts)


def narratives(report: ReportInput) -> list[tuple[str, str]]:
    """Every free text in which the unit may state a difficulty or a basis, with where it was read."""
    src = report.source_path or ""
    texts = [(log.text, f"{log.source}:{log.line}") for log in report.logs]
    texts += [(p.narrative, f"{src}:key_projects[{i}].narrative") for i, p in enumerate(report.key_projects)]
    texts += [(t.completion, f"{src}:tasks[{i}].completion") for i, t in enumerate(report.tasks) if t.completion]
    return texts


def _log_problems(report: ReportInput) -> list[tuple[str, str, str]]:
    """Sentences in which staff themselves state a difficulty, most specific first, without repeats; each with
    the clause before it when a ； joins them ("举办培训班1期；第二期因…取消": what the reason is about)."""
    candidates: list[tuple[int, str, str, str]] = []
    for text, where in narratives(report):
        pieces = split_sentences(text)
        for i, sentence in enumerate(pieces):
            if not states_problem(sentence):
                continue
            clean = strip_enumerator(sentence).strip()
            if len(clean) < 8:
                continue
            weight = sum(w in NEEDY.sub("", clean) for w in PROBLEM_WORDS) + sum(ch.isdigit() for ch in clean[:60]) // 2
            before = pieces[i - 1] if i and pieces[i - 1].rstrip().endswith(("；", ";")) else ""
            candidates.append((weight, clean, where, before))
    chosen: list[tuple[str, str, str]] = []
    for _, sentence, where, before in sorted(candidates, key=lambda c: -c[0]):
        sentence = re.sub(r"^.{0,12}(?:问题及原因|存在的问题|问题)主要是", "", sentence)
        if all(similarity(sentence, s) < 0.35 for s, _, _ in chosen):
            chosen.append((sentence if sentence.endswith("。") else sentence.rstrip("；，") + "。", where, before))
        if len(chosen) >= MAX_LOG_PROBLEMS:
            break
    return chosen


def clip(text: str, limit: int = 40) -> str:
    """A quotation cut at a comma near `limit` characters, marked with ……; with no comma early enough it is cut
    at the end of the clause that runs past `limit` (up to twice `limit`), never inside a word ('需原……')."""
    text = text.rstrip("。；;")
    if len(text) <= limit:
        return text
    cut = text.rfind("，", 0, limit)
    if cut < 12:
        ends = [k for k in (text.find(c, limit) for c in "，；;。") if k >= 0]
        cut = min(ends) if ends else len(text)
        if cut > 2 * limit:
            cut = max(text.rfind(c, 0, limit) for c in "、：:")
            cut = cut if cut >= 12 else limit
        if cut >= len(text):
            return text
    return text[:cut].rstrip("，、；：:") + "……"


# --- figures written twice -----------------------------------------------------------------------------

_TOTAL_WORDS = re.compile(r"(?:共计?|累计|全年|合计)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# part of the year: a running total, a quarter, a half or a season is not the year's total
_SNAPSHOT = re.compile(r"截至\d{1,2}月|\d{1,2}月(?:底|份|共)|上半年|下半年|一季度|二季度|三季度|[春夏秋冬]季")
_CLAUSE_END = re.compile(r"[，,；;。]")
# a figure planned or aimed at (全年计划开展60场, 力争达到) is no result to hold against the year's actual
_PLANNED_FIGURE = re.compile(r"(?<![按照原超])计划|力争|预计|拟|不少于|不低于|目标")
_OTHER_YEAR = re.compile(r"(?:上年度?|去年|上一年度?|前一年|(?P<y>(?:19|20)\d{2})年度?)(?:全年|同期)?")
_THIS_YEAR = re.compile(r"(?:本年度?|今年|当年|全年|比|较|同比)")


def other_year_spans(sentence: str, year: int | None) -> list[tuple[int, int]]:
    """The clauses of a sentence that state another year's figures: a clause opening with 上年 / 去年 / an
    earlier year ("上年全年推广蚕种2980张，统防统治4600亩"), and the clauses after it until one opens with this
    year's words or a comparison ("，今年…", "，比上年…")."""
    spans, start, other = [], 0, False
    for end in [m.start() for m in _CLAUSE_END.finditer(sentence)] + [len(sentence)]:
        clause = sentence[start:end]
        lead = _OTHER_YEAR.match(clause)
        if lead and (lead["y"] is None or year is None or int(lead["y"]) < year):
            other = True
        elif _THIS_YEAR.match(clause) or (lead and lead["y"] is not None):
            other = False
        if other:
            spans.append((start, end))
        start = end + 1
    return spans


@dataclass
class Conflict:
    """One year total written with two values: where each was read, and the value the narrative keeps."""

    key: str
    unit: str
    subject: str
    uses: list[tuple[str, str]]  # (figure as written, where)
    keep: str

    @property
    def values(self) -> list[str]:
        return list(dict.fromkeys(u[0] for u in self.uses))


def figure_conflicts(report: ReportInput) -> list[Conflict]:
    """The same year total written with two different values in two places (三防 responses 62 vs 61).

    A total is keyed by the four characters before its figure (the object named after it wins when there
    is one: 制止37起野外违规用火) and its unit; mid-year running totals are not compared. The value kept is
    the one the form's indicator states, else one the form states elsewhere, else the latest log's.
    """
    from ..numbers import extract_mentions

    src = report.source_path or ""
    texts = narratives(report)
    texts += [(ind.actual_text, f"{src}:indicator") for *_, ind in all_indicators(report) if ind.actual_text]
    dated = {f"{log.source}:{log.line}": (log.date.toordinal() if log.date else 0) for log in report.logs}
    seen: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for text, where in texts:
        for sentence in split_sentences(text):
            if _SNAPSHOT.search(sentence):
                continue
            other = other_year_spans(sentence, report.year)
            for m in extract_mentions(sentence):
                if m.ignored or m.value is None or m.kind not in ("count", "plain") or not m.unit or m.is_range:
                    continue
                if m.approx:  # a bound (不少于120场, ≥6个) is a target, 约15次 no exact count: neither is a total
                    continue
                if any(a <= m.start < b for a, b in other):
                    continue
                before = sentence[max(0, m.start - 14):m.start]
                if not _TOTAL_WORDS.search(before) or _PLANNED_FIGURE.search(before):
                    continue
                phrase = "".join(_CJK.findall(_TOTAL_WORDS.split(before)[-1]))
                tail = re.match(r"[\u4e00-\u9fff]{0,6}", sentence[m.end:]).group()
                subject = tail if len(tail) >= 3 else phrase
                if len(subject) < 3:
                    continue
                seen.setdefault((subject[-4:], m.unit), []).append((m.text, where, subject))
    out = []
    for (key, unit), uses in seen.items():
        if len(dict.fromkeys(u[0] for u in uses)) < 2:
            continue

        def rank(use: tuple[str, str, str]) -> tuple[int, int]:
            where = use[1]
            form = 2 if where.endswith(":indicator") else 1 if where.startswith(f"{src}:") and src else 0
            return form, dated.get(where, 0)

        keep = max(uses, key=rank)[0]
        subject = max((u[2] for u in uses), key=len)
        out.append(Conflict(key, unit, subject, [(u[0], u[1]) for u in uses if not u[1].endswith(":indicator")]
                            or [(u[0], u[1]) for u in uses], keep))
    return out


def _where(location: str) -> str:
    """'examples/x/worklogs/2022-10-三防.md:12' → '“2022-10-三防.md”'; the form itself → '自评表'."""
    if ".yaml:" in location or ".json:" in location or location.endswith(":indicator"):
        return "自评表"
    name = location.rsplit("/", 1)[-1]
    return quoted(name.rsplit(":", 1)[0])


def _conflict_parts(report: ReportInput) -> list[tuple[ProblemKind, Part]]:
    out = []
    for c in figure_conflicts(report):
        first = c.uses[0]
        other = next((u for u in c.uses if u[0] != first[0]), None)
        if other is None:
            continue
        out.append((ProblemKind.inconsistent_figures, Part(
            c.subject, f"{quoted(c.subject)}在{_where(first[1])}记为{first[0]}，在{_where(other[1])}记为{other[0]}",
            [], f"{first[0]}与{other[0]}", evidence=f"{first[1]}; {other[1]}")))
    return out


# --- assembly ------------------------------------------------------------------------------------------

_MERGED = set(LEADS)


def _item(kind: ProblemKind, parts: list[Part]) -> tuple[str, str, list[str], str, list[str], str | None, list[str]]:
    """(subject, text, facts, figure, subjects, evidence) of one item made of parts of one kind."""
    subjects = list(dict.fromkeys(p.subject for p in parts))
    facts = list(dict.fromkeys(f for p in parts for f in p.facts))
    if len(parts) > 1:  # each subject's figures under its name
        figure = "；".join(dict.fromkeys(f"{quoted(p.subject)}{p.figure}" for p in parts if p.figure))
    else:
        figure = parts[0].figure
    evidence = "; ".join(p.evidence for p in parts if p.evidence) or None
    if kind in _MERGED:
        clauses = []
        told: set[str] = set()
        for p in parts:
            clause = p.clause
            if p.cause and p.cause in told:  # two items one reason left money in (X、Y资金相应结余): said once
                clause += "，原因同上"
            elif p.cause:
                told.add(p.cause)
                clause += f"，单位填报的原因是{quoted(p.cause.rstrip('。'))}"
            elif p.logged:
                clause += f"，{p.logged.text}"
            clauses.append(clause)
        lead = LEADS[kind]
        if kind is ProblemKind.satisfaction_without_survey and all("较上年下降" in p.clause for p in parts):
            lead = "满意度较上年下降，下降原因和测评依据均未说明。"  # the fall is the data's news, not the survey
        text = lead + "；".join(clauses) + "。"
    else:
        text = parts[0].clause
        if parts[0].cause:
            text = text.rstrip("。") + f"。单位填报的原因是{quoted(parts[0].cause.rstrip('。'))}。"
        elif parts[0].logged:
            text = text.rstrip("。") + f"。{parts[0].logged.text}。"
    causes = list(dict.fromkeys(p.cause for p in parts if p.cause))  # one reason of two items: answered once
    return "；".join(subjects), text, facts, figure, subjects, evidence, causes


def _attach_stated(report: ReportInput, found: list[tuple[ProblemKind, Part]]) -> list[tuple[ProblemKind, Part]]:
    """The unit's own substantive problems: as the cause of the problem whose subject they name, else as
    problems of their own."""
    src = report.source_path or ""
    own = []
    for i, text in enumerate(report.stated_problems):
        if is_empty_answer(text):
            continue
        answer = stated_answer(text)
        if len(answer) < 6 or is_vague(answer):
            continue
        target = max((p for _, p in found), key=lambda p: _shared_chars(p.subject, answer), default=None)
        if target is not None and _shared_chars(target.subject, answer) >= MIN_SHARED_CHARS and target.cause is None \
                and not _WANTING.search(answer):
            target.cause = answer
            continue
        own.append((ProblemKind.stated_by_unit, Part(clip(answer, 24), f"单位自评中提出：{answer.rstrip('。')}。", [],
                                                     "", evidence=f"{src}:stated_problems[{i}]", cause=None)))
    return found + own


_CAUSE_CLAUSE = re.compile(r"因|由于|受.{1,12}(?:影响|制约)|导致|造成")


# items whose money lagged: a sentence naming one and saying why is its cause
_SPENDING_ITEMS = (ProblemKind.project_under_execution, ProblemKind.task_under_execution)


# a reason given after words that say "the reason is": 主要是…, 原因是…, 主要原因为…
_REASON_LEAD = re.compile(r"(?:主要|原因|主要原因)(?:是|为|在于)[：:，,]?")
# the words before a colon that only restate the shortfall: the reason is after it
_LEAD_TO_COLON = re.compile(r"^[^：:]{0,40}[：:]")


def _reason_clause(text: str) -> bool:
    return bool(_CAUSE_WORD.search(text) or _REASON_LEAD.search(text) or _LATE.search(text) or states_problem(text))


def _names_item_over_row(item: str, row: str, clause: str) -> bool:
    shared, by_row = _shared_chars(item, clause), _shared_chars(row, clause)
    if shared < max(MIN_SHARED_CHARS, len(item) - 2) or shared < by_row:
        return False
    if shared > by_row:
        return True
    common = max((item[i:j] for i in range(len(item)) for j in range(i + 1, len(item) + 1) if item[i:j] in row),
                 key=len, default="")
    own = [w for w in item.split(common) if len(w) >= 2] if common else [item]
    return any(_shared_chars(w, clause) >= 2 for w in own)


def _names_items_money(item: str, row: str, clause: str) -> bool:
    """A clause names an item by its money (…，非遗进校园资金相应结余) even where the item's name lies inside an indicator's
    name (皮影非遗进校园 in 皮影非遗进校园覆盖学校): a piece that names a balance and a word for money, and the item as
    much as the row."""
    for piece in re.split(r"(?<=[，,；;])", clause):
        if _UNSPENT.search(piece) and re.search(r"资金|经费|款项", piece):
            shared = _shared_chars(item, piece)
            if shared >= max(MIN_SHARED_CHARS, len(item) - 2) and shared >= _shared_chars(row, piece):
                return True
    return False


def reasons_by_item(report: ReportInput, names: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """The unit's own reason for each spending item's balance, with the clause it was read from: a clause of a work
    log or of the form's 偏差原因 cells that names the item — all its name, but for two characters — and says why (因,
    由于, 受…影响, 主要是…: quoted from after 主要是), or one that names items and their balance ("X、Y资金相应结余")
    right after the clause that says why — each item it names gets that reason."""
    names = [p.name for p in report.key_projects] if names is None else names
    out: dict[str, tuple[str, str]] = {}
    if not names:
        return out
    rows = [ind.name for *_, ind in all_indicators(report)]
    notes = [ind.deviation_note for *_, ind in all_indicators(report) if ind.deviation_note]
    # (an imported form writes its cells as lines too: each sentence read once)
    cells = {re.sub(r"\s+", "", x) for t in notes for x in split_sentences(t)}
    for text in [t for t, _ in narratives(report)] + notes:
        before = ""  # the clause before, when it says why
        for sentence in split_sentences(text):
            if text not in notes and re.sub(r"\s+", "", sentence) in cells:
                continue
            for clause in re.split(r"(?<=[；;])", strip_enumerator(sentence).strip()):
                clause = clause.strip().rstrip("。；;")
                if not clause:
                    continue
                # an item named more than any indicator (制度创新试点 is not named by a line on 制度创新案例), or as
                # much and by its own words too (诱导屏运维费 names 交通诱导屏运维 beside the row 交通诱导屏正常发布)
                row = max(rows, key=lambda r: _shared_chars(r, clause), default="")
                named = [n for n in names if n not in out and (_names_item_over_row(n, row, clause)
                                                              or _names_items_money(n, row, clause))]
                reason = ""
                pieces = re.split(r"(?<=[，,])", clause)
                if named and (_CAUSE_CLAUSE.search(clause) or _REASON_LEAD.search(clause)):
                    lead = _REASON_LEAD.search(clause)
                    reason = clause[lead.end():].strip() if lead and not _CAUSE_CLAUSE.search(clause[:lead.start()]) \
                        else clause
                elif named and before and _UNSPENT.search(clause) and not _reason_clause(clause):
                    reason = before  # …年内未能补演；X、Y资金相应结余
                elif named and len(pieces) > 1 and _UNSPENT.search(pieces[-1]) and not _reason_clause(pieces[-1]) \
                        and _reason_clause("".join(pieces[:-1])):
                    reason = clause  # a setback, then the balance it left (…复排推迟至2026年，X资金相应结余)
                for n in named if reason else []:
                    # without its last words when they only name the item's balance (…，X资金相应结余)
                    pieces = re.split(r"(?<=[，,])", reason)
                    while len(pieces) > 1 and _UNSPENT.search(pieces[-1]) and not _reason_clause(pieces[-1]) \
                            and _shared_chars(n, pieces[-1]) >= max(MIN_SHARED_CHARS, len(n) - 2):
                        pieces.pop()
                    out[n] = ("".join(pieces).rstrip("，, "), clause)
                before = _LEAD_TO_COLON.sub("", clause) if _reason_clause(clause) and not reason else ""
    return out


def _attach_item_causes(report: ReportInput, found: list[tuple[ProblemKind, Part]]) -> set[str]:
    """The unit's own reason for a lagging spending item (`reasons_by_item`) is that item's cause: given with the
    item's low execution, not as a problem of its own. Returns the clauses taken."""
    items = [p for k, p in found if k in _SPENDING_ITEMS and p.cause is None]
    taken: set[str] = set()
    reasons = reasons_by_item(report, [p.subject for p in items])
    for p in items:
        if p.subject in reasons:
            p.cause, clause = reasons[p.subject]
            taken |= {clause, p.cause}
    return taken


def _attach_log_cause(text: str, found: list[tuple[ProblemKind, Part]], before: str = "") -> bool:
    """A sentence of the unit's own (目标完成情况, a work log) that names a missed indicator is part of that
    shortfall, not a problem of its own; when it says why ("新设保护标志碑33处，其余7处因权属争议暂缓设置") and the
    form's 偏差原因 column does not, it is the shortfall's cause. `before`: the clause a ； joins it to, when that
    clause is the one that names the indicator. True when it was taken so."""
    m = _CAUSE_CLAUSE.search(text)
    named = before or text  # the clause a reason after a ； is about names the indicator, not the reason itself
    for kind, part in found:
        if kind is not ProblemKind.indicator_below_target or _shared_chars(part.subject, named) < MIN_SHARED_CHARS:
            continue
        # it names the shortfall: its reason, when it gives one and the form gives none; a restatement else
        # ("计价定额完成征求意见稿，尚未正式发布" beside 计价定额编制发布数量 0部)
        if m is not None and part.cause is None and part.logged is None \
                and not (part.form_cause is not None and part.form_cause.cause):
            start = max(text.rfind(c, 0, m.start()) for c in "，,；;")  # the clause that gives the reason, on
            part.cause = text[start + 1:].rstrip("。；;")
        return True
    return False


# Words of an indicator's name that say how it is measured, not what it is about: 考场验收完成时间 is about 考场验收
_MEASURE_WORDS = re.compile(r"完成时间|完成时限|办结时限|完成率|完成数|时间|时限|时长|数量|比例|比率|覆盖率|合格率|成功率|结案率"
                            r"|达标率|情况|人次|人数|次数|个数|件数|户数|面积|金额|新增|新建|开展|完成|按时|及时|年度|累计")


_FALL = re.compile(r"减少|下降|下滑|降低|回落")
_MONEY_WORDS = re.compile(r"支付|支出|拨付|资金|预算|经费|预付款|亿元|万元|\d元")


def money_only(sentence: str) -> bool:
    """Every difficulty the sentence states is about money ("上半年仅支付预付款，支出进度滞后"; "…资金由460.00万元调减为
    380.00万元"): the budget paragraph's and the execution problem's matter, not what held an output back — unless it
    also says what the money held back (资金到位晚，开工推迟)."""
    clauses = [c for c in re.split(r"[，,；;]", sentence) if states_problem(c) or _FALL.search(c)]
    return bool(clauses) and all(_MONEY_WORDS.search(c) for c in clauses)
_TALLY = re.compile(r"\d[\d,.]*\s*(?:万|亿)?[\u4e00-\u9fff%]{0,2}$")


def names_subject(subject: str, text: str) -> int:
    """How clearly `text` names an indicator: the longest run of characters they share (4 or more: 田间道路 in
    "田间道路施工停工"), else the name's subject words without its measure words all found in the text (考场验收 of
    考场验收完成时间 in "完成考场竣工验收"); 0 when it does not."""
    shared = _shared_chars(subject, text)
    if shared >= MIN_SHARED_CHARS:
        return shared
    core = _MEASURE_WORDS.sub("", re.sub(r"[^\u4e00-\u9fff]", "", subject))
    if len(core) < MIN_SHARED_CHARS:
        return 0
    words = [core[i:i + 2] for i in range(0, len(core) - 1, 2)] + ([core[-2:]] if len(core) % 2 else [])
    return len(core) if all(w in text for w in words) else 0


def _shortfall_counts(report: ReportInput, subjects: set[str]) -> dict[str, re.Pattern[str]]:
    """For each missed count row named in `subjects` (a ≥ target in a unit that counts, not a rate), the pattern of the
    count it fell short by as a text writes it: 60场 less 52场 → 8场 (never inside 18场 or 8.5场)."""
    out = {}
    for *_, ind in all_indicators(report):
        if ind.name not in subjects or ind.target is None or ind.actual is None or not ind.unit \
                or ind.unit in RATE_UNITS or ind.comparison not in (Comparison.ge, Comparison.gt):
            continue
        gap = ind.target - ind.actual
        if gap > 0:
            out[ind.name] = re.compile(rf"(?<![\d.,]){re.escape(format(gap.normalize(), 'f'))}\s*{re.escape(ind.unit)}")
    return out


def _attach_logged_causes(report: ReportInput, found: list[tuple[ProblemKind, Part]]) -> set[str]:
    """A work-log line that names a missed indicator and tells what held it back is that shortfall's cause when the
    form gives none ("8月连续降雨，…道路施工停工22天，道路工程量未能按计划完成"; "完成竣工验收。因检测报告出具延迟，验收较计划
    推迟" — the reason after the entry's sentence that names it): cited with the line's date, and the shortfall is no
    longer said to have no cause. Returns the sentences so taken, which are then no problem of their own."""
    missed = [p for kind, p in found if kind is ProblemKind.indicator_below_target and p.cause is None
              and not (p.form_cause is not None and p.form_cause.cause)]
    taken: set[str] = set()
    if not missed:
        return taken
    gaps = _shortfall_counts(report, {p.subject for p in missed})
    # a line naming the row is read first; the count it missed by names a row no line names (a second pass)
    for by_count in (False, True):
        for log in report.logs:
            if log.form:
                continue  # the form's own text boxes (实际完成情况, 偏差原因), imported as lines: the form's words
            pieces = split_sentences(log.text)
            for i, sentence in enumerate(pieces):
                # the very count a row missed by (60场 less 52场: "8场…活动取消"), with a word of what held it back,
                # names that row whatever words the line uses for it
                counted = {p.subject for p in missed if p.subject in gaps and gaps[p.subject].search(sentence)} \
                    if by_count and _CAUSE_WORD.search(sentence) else set()
                # a difficulty, a reason given, or the row's own figure falling ("讲解员2名离职，讲解服务场次减少":
                # what a fall is said of is the missed row it names, checked below)
                if not counted and (by_count or (not states_problem(sentence) and not _BECAUSE.search(sentence)
                                                 and not _FALL.search(sentence))):
                    continue
                clean = strip_enumerator(sentence).strip().rstrip("。；;")
                if money_only(clean) or clean in taken:  # spending behind (支出进度滞后, 资金调减): the budget's
                    continue  # matter, no row's cause
                scored = [(MIN_SHARED_CHARS if p.subject in counted else 0, n, p) if by_count else
                          (names_subject(p.subject, clean) or (names_subject(p.subject, pieces[i - 1]) if i else 0),
                           n, p) for n, p in enumerate(missed) if p.logged is None]
                score, _, part = max(scored, key=lambda t: (t[0], -t[1]), default=(0, 0, None))
                if not score or part is None:
                    continue
                m = _CAUSE_CLAUSE.search(clean)
                # the clause that gives the reason, on; a line without one is the log's whole account of what happened
                cause = clean[max(clean.rfind(c, 0, m.start()) for c in "，,；;") + 1:] if m else clean
                part.logged = LogCause(subject=part.subject, cause=cause, when=log.when(report.year),
                                       evidence=f"{log.source}:{log.line}")
                taken.add(clean)
    return taken


def detect_problems(report: ReportInput, sheet: FactSheet) -> list[Problem]:
    found = _budget_parts(report, sheet) + _budget_score_parts(report, sheet) + _project_parts(report, sheet) \
        + _task_spending_parts(report, sheet)
    found += _indicator_parts(report, sheet)
    found += _total_score_parts(report, sheet)
    found += _conflict_parts(report)
    found = _attach_stated(report, found)
    logged = _attach_logged_causes(report, found) | _attach_item_causes(report, found)

    # A log sentence quoting a figure of a problem already found, or the unit's stated words, adds nothing new.
    used = {fid for _, p in found for fid in p.facts}
    used |= {op for fid in used for op in sheet.by_id(fid).operands}
    flagged = {sheet.by_id(fid).text for fid in used}
    stated = [stated_answer(t) for t in report.stated_problems]
    # the form's deviation column gave these as a shortfall's cause: the log saying it again is that cause
    stated += [p.form_cause.cause for _, p in found if p.form_cause and p.form_cause.cause]
    causes_given = [p.form_cause.cause for _, p in found if p.form_cause and p.form_cause.cause]
    for text, where, before in _log_problems(report):
        if text.rstrip("。；;") in logged or restates_budget_change(text, report):  # told with its shortfall, or
            continue  # by the budget paragraph
        if _attach_log_cause(text, found) or (before and _attach_log_cause(text, found, before)):
            continue
        if any(figure in text for figure in flagged):
            continue
        if any(_shared_chars(text, p.clause) >= 12 for _, p in found):  # quoted already (据工作记录，…结余…)
            continue
        if any(similarity(text, s) >= 0.35 or _shared_chars(text, s) >= 12 or _told_within(s, text) for s in stated):
            continue
        if any(same_matter(text, c) for c in causes_given):  # the shortfall's cause, said again in the log
            continue
        found.append((ProblemKind.stated_in_logs, Part(clip(text, 24), text, [], "", evidence=where)))

    problems: list[Problem] = []
    order = list(dict.fromkeys(kind for kind, _ in found))
    for kind in order:
        parts = [p for k, p in found if k is kind]
        groups = [parts] if kind in _MERGED else [[p] for p in parts]
        for group in groups:
            subject, text, facts, figure, subjects, evidence, causes = _item(kind, group)
            if report.form is FormKind.project and text.startswith("重点项目"):
                text = "部分支出明细项" + text.removeprefix("重点项目")  # a project form's items are its 支出明细
            quote = None
            if kind in (ProblemKind.stated_by_unit, ProblemKind.stated_in_logs):
                quote = clip(group[0].clause.removeprefix("单位自评中提出："), 40)
            problems.append(Problem(id=f"P{len(problems) + 1}", kind=kind, subject=subject, subjects=subjects,
                                    text=text, facts=facts, evidence=evidence, figure=figure, quote=quote,
                                    causes=causes, form_causes=[
                                        p.form_cause for p in group if p.form_cause
                                        # the unit gave its cause elsewhere (存在问题, 完成情况, its logs): an empty
                                        # column is then no "cause not stated" — the item would contradict itself
                                        and (p.form_cause.cause or (p.cause is None and p.logged is None))],
                                    logged=[p.logged for p in group if p.logged]))

    answers = [stated_answer(t) for t in report.stated_problems]
    if answers and all(is_empty_answer(t) for t in report.stated_problems) and problems:
        said = answers[0].rstrip("。") or "无"
        others = [p.subjects[0] if p.subjects else p.subject for p in problems][:3]
        problems.append(Problem(
            id=f"P{len(problems) + 1}", kind=ProblemKind.stated_none, subject=f"原填{quoted(said)}", subjects=others,
            text=f"单位原填报的存在问题为{quoted(said)}，与上述数据反映的问题不符，自评应如实分析问题及原因。",
            evidence=f"{report.source_path or ''}:stated_problems[0]", quote=said))
    return problems


def fact_text(fact: Fact | None) -> str:
    return fact.text if fact is not None else ""
