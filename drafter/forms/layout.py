"""The layout recognizer, shared by every format: finds the 自评表's parts by their printed labels.

It reads a `FormDocument` (tables of cells with places, paragraphs) and returns the input data with the
form's Chinese labels, the place each field came from, the narrative cells as log texts, and warnings that
name places. Nothing is inferred: a blank cell stays missing (and is reported when it matters), a total row
that contradicts its 其中 rows is kept as written and reported, two readings of one cell are both named.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..errors import InputError
from ..load import FULL_WIDTH_DIGITS
from ..units import stated_units
from .model import Cell, FormDocument, Paragraph, Table
from .text import gap_cells, ocr_wraps

EMPTY = {"", "—", "——", "-", "--", "/", "／", "\\", "无数据"}



_BRACKET_TAIL = re.compile(r"^(?P<name>.+?)\s*[（(](?P<inner>[^（）()]+)[）)]\s*$")


def _bracketed_target(text: str) -> tuple[str, str | None]:
    """'结婚登记办理量（≥3000对）' → ('结婚登记办理量', '≥3000对'): forms whose 关键指标 column writes the target
    in brackets after the name. Only a bracket that reads as a target — a bound (≥ 不少于 以内 …) with its figure,
    or a deadline (10月底前) — is one; '颁证厅（含涉外）' and '覆盖率（%）' keep their brackets."""
    from ..schema import parse_target

    m = _BRACKET_TAIL.match(text)
    if not m:
        return text, None
    target = parse_target(m["inner"].strip())
    if target is None or (target.deadline is None and (target.comparison is None or target.value is None)):
        return text, None
    return m["name"].strip(), m["inner"].strip()

def norm(text: str) -> str:
    """A label as printed, without spaces, colons and the (汇总) remark: '部门年初预算 收入' → '部门年初预算收入'."""
    t = re.sub(r"\s+", "", text or "")
    t = re.sub(r"[（(]汇总[）)]", "", t)
    return t.rstrip("：:")


def ocr_joined(text: str) -> str:
    """'3475. 09' → '3475.09', '1. 29万' → '1.29万': OCR splits after the decimal point."""
    return re.sub(r"(\d)\s*\.\s+(\d)", r"\1.\2", text)


_GROUP_GAP = re.compile(r"(?<=\d) (?=\d{3}(?:\D|$))")  # '1 234.50', '1 200 000.00': a space between digit groups


def _plain(text: str) -> str:
    t = unicodedata.normalize("NFKC", ocr_joined(text or "")).strip()
    return _GROUP_GAP.sub("", t.replace(",", "").replace("，", ""))


def number(text: str) -> Decimal | None:
    t = _plain(text)
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def rate(text: str) -> Decimal | None:
    t = _plain(text)
    return number(t[:-1]) if t.endswith("%") else number(t)


def is_percent(text: str) -> bool:
    return _plain(text).endswith("%") and rate(text) is not None


def value_text(text: str) -> Any:
    """An indicator value as written; a bare number becomes a number. A value typed on two lines of its cell
    ("≥⏎90%") is one value, and full-width digits ("１６８.５亿元") are digits: 168.5亿元."""
    t = re.sub(r"\s*\n\s*", "", ocr_joined(text).strip()).translate(FULL_WIDTH_DIGITS)
    n = number(t)
    return n if n is not None else t


@dataclass
class Found:
    """What the recognizer read."""

    kind: str  # project | department
    data: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    logs: list[tuple[str, str, str, str | None]] = field(default_factory=list)  # (title, text, place, task)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (place, message)
    # paragraphs read as the form's own text (a field under its heading, a list under its label): no prose
    consumed: set[str] = field(default_factory=set)

    def warn(self, place: str, message: str) -> None:
        self.warnings.append((place, message))


# --- labels ---------------------------------------------------------------------------------------------

FUND_COLUMNS = {
    "年初预算数": ("年初预算数", "年初预算"),
    "全年预算数": ("全年预算数", "全年预算", "调整后预算数", "预算数"),
    "全年执行数": ("全年执行数", "执行数", "实际执行数", "实际支出数"),
    "分值": ("分值",),
    "执行率": ("执行率", "预算执行率"),
    "得分": ("得分",),
    "结余": ("结余", "结余数", "结余资金", "结余金额"),  # stated as the form computes it (from 元): restated so
    "备注": ("备注", "说明"),  # a line's remark: why its money was cut, added or left (11月调减18.00万元)
}
# a fund source a unit names itself: 市级财政资金, 区级配套资金, 中央补助资金, 镇级自筹资金 (never the section label 项目资金)
FUND_WORD = re.compile(r"(?:财政资金|配套资金|补助资金|专项资金|自筹资金|转移支付资金|债券资金|结转资金|结余资金|财政拨款|预算拨款"
                       r"|(?<!预算)收入|自筹|自有资金)$")  # the unit's own income spent on it (运营收入, 事业收入), 单位自筹 / 自有资金
# or one named after the programme that pays, its payer first: 省级农业科技推广资金, 中央财政衔接推进乡村振兴补助,
# 市级文化发展经费 (a payer is required: 人员经费 / 公用经费 are kinds of spending under 基本支出, not sources); the payer
# alone before a word for aid names a line too (上级补助, 中央补助, 省级补贴)
PAYER_FUND = re.compile(r"^(?:中央|省|市|州|盟|县|区|旗|镇|乡|街道|上级|本级|财政)(?:\S{2,}(?:资金|经费|拨款|补助|补贴|转移支付)"
                        r"|级?(?:补助|补贴))$")
FUND_TOTAL = ("年度资金总额", "资金总额", "合计", "总计")
# what heads a group of the total's lines: 其中：…, 按来源分：…, 按性质：…, 按资金来源：… (the label is no part of the name)
_GROUP_LABEL = re.compile(r"^(?:其中[：:]?|按[\u4e00-\u9fff]{1,6}[：:])")


def _group_label_row(row: list[Cell], header: list[Cell] = ()) -> bool:
    """A row holding only a group label (按来源分：, 其中：), its figure cells empty: it heads the lines below it. A
    cell merged down from the header row (the block's label, 项目资金（万元）) is none of the row's own."""
    above = {c.place for c in header}
    texts = [norm(c.text) for _, c in distinct(row) if norm(c.text) not in EMPTY and c.place not in above]
    # (其中：按资金来源 — the 其中 and the 按… label in one cell, neither with figures — heads them as well)
    return len(texts) == 1 and bool(_GROUP_LABEL.fullmatch(texts[0])
                                    or re.fullmatch(r"(?:其中[：:]?)?按[\u4e00-\u9fff]{1,6}[：:]?", texts[0]))
FUND_LINES = ("本年财政拨款", "当年财政拨款", "财政拨款", "财政资金", "上年结转资金", "上年结转", "其他资金",
              "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金",
              "基本支出", "项目支出")  # a department's 实际支出 split by kind of spending
INDICATOR_COLUMNS = {
    "一级指标": ("一级指标",), "二级指标": ("二级指标",), "三级指标": ("三级指标", "指标名称"),
    "年初目标值": ("年初目标值",), "年度指标值": ("年度指标值", "指标值", "目标值", "年度目标值"),
    "实际完成值": ("实际完成值", "实际值", "完成值", "全年实际值"), "指标性质": ("指标性质",),
    "指标完成率": ("指标完成率", "完成率"), "分值": ("分值",), "得分": ("得分",),
    "上年实际": ("上年实际", "上年实际值", "上年实际完成值", "上年完成值"),
    "偏差原因分析及改进措施": ("偏差原因分析及改进措施", "偏差原因分析", "偏差原因"),
}
TASK_COLUMNS = {
    "主要任务": ("主要任务",), "预期目标": ("预期目标",), "目标完成情况": ("目标完成情况",),
    "关键指标": ("关键指标",), "指标完成情况": ("指标完成情况",), "任务涉及金额": ("任务涉及金额", "金额"),
}
# 年度主要任务 as the finance bureaus' template lists them, the indicators being in a table of their own
LISTED_TASK_COLUMNS = {
    "任务名称": ("任务名称", "主要任务名称"), "主要内容": ("主要内容", "任务内容", "主要工作内容", "工作内容"),
    "预算数": ("预算数", "任务预算数", "年度预算数", "任务涉及金额"), "执行数": ("执行数", "实际执行数", "全年执行数"),
}
PROJECT_COLUMNS = {
    "项目名称": ("项目名称", "重点项目名称"), "年初预算数": ("年初预算数",), "全年预算数": ("全年预算数", "预算数"),
    "执行数": ("执行数", "全年执行数"), "执行率": ("执行率",), "绩效情况": ("绩效情况", "项目绩效目标完成情况"),
}
# a block of spending details: its label heads the name column (支出明细 | 全年预算数 | 全年执行数)
DETAIL_COLUMNS = {
    "明细": ("支出明细", "项目支出明细", "支出项目", "支出内容", "明细项目", "支出明细项目", "项目名称", "项目支出构成",
             "支出构成"),
    "全年预算数": ("全年预算数", "调整后预算数", "预算数"), "全年执行数": ("全年执行数", "执行数", "实际执行数", "实际支出数"),
}
PROBLEM_LABELS = ("存在问题", "存在的问题", "主要问题")
MEASURE_LABELS = ("改进措施", "改进措施或下一步计划", "下一步改进措施", "改进措施及下一步计划")
SECTION_STOPS = ("重点项目绩效情况", "重点项目", "部门整体绩效", "总分", "合计", "自评等级", "自评得分",
                 *PROBLEM_LABELS, *MEASURE_LABELS)
DEPT_FUNDS = {
    "年初预算": ("年初预算", "部门年初预算收入", "年初预算数", "部门年初预算"),
    "调整预算": ("调整预算", "部门调整预算收入", "全年预算", "全年预算数", "调整后预算"),
    "实际支出": ("实际支出", "实际支出数", "部门实际支出"),
    "预算完成率": ("预算完成率", "预算执行率"),
    "预算调整率": ("预算调整率",),
}
# Narrative written as "label：text" (a PDF copy puts the row label and its text on one line); each label fills
# the field a table row or column of that label fills.
NARRATIVE_LABELS = {
    "goal": ("年度总体目标", "总体目标", "预期目标", "年度目标", "绩效目标"),
    "done": ("年度总体目标完成情况", "总体目标完成情况", "实际完成情况", "目标完成情况", "完成情况"),
    "cause": ("偏差原因分析及改进措施", "偏差原因及改进措施", "偏差原因分析", "偏差原因", "未完成原因分析", "未完成原因",
              "偏差情况说明", "偏差说明"),
}
_ROLE = {label: role for role, labels in NARRATIVE_LABELS.items() for label in labels}
# a label opens the line, follows a gap or a sentence's end, or follows the row label ('年度总体目标预期目标：'
# once the gaps between Chinese characters are closed)
_NARRATIVE = re.compile(r"(?:^|(?<=[\s。；;！!？?])|(?<=年度总体目标)|(?<=年度目标))("
                        + "|".join(sorted(_ROLE, key=len, reverse=True)) + r")\s*[：:]")
# what opens another part of the form: a line starting so is never the wrapped rest of a narrative cell
PART_STARTS = ("绩效指标", "一级指标", "产出指标", "效益指标", "满意度指标", "成本指标", "年度总体目标", "年度目标",
               "主要任务", "项目资金", "年度资金总额", "其中", "总分", "自评等级", "自评得分", *PROBLEM_LABELS,
               *MEASURE_LABELS)
GOAL_ROW_LABELS = ("年度总体目标", "年度目标", "总体目标")
# a clause opening as a plan (2026年将… / 下一步… / 今后…), as problems._PLAN reads a cause cell's
_PLAN_OPENING = re.compile(r"^(?:\d{4}年|下一?年度?|下一步|下阶段|今后|后续|明年|计划|拟|将)")
def _filled(row: list[Cell]) -> list[tuple[int, Cell]]:
    """A row's distinct cells that hold text."""
    return [(i, c) for i, c in distinct(row) if c.text.strip()]


# a table row labelled so holds the form's stated cause: 偏差原因分析 | …, 偏差原因及改进 | … (a label cut short)
CAUSE_ROW_LABELS = ("偏差原因", "未完成原因", "偏差说明", "偏差情况")
DONE_ROW_LABELS = ("目标完成情况", "实际完成情况", "总体目标完成情况", "完成情况")
_PAGE_MARK = re.compile(r"第\s*\d+\s*页")
# column labels, found even where a copy closed the gaps between them
INDICATOR_HEADER_WORDS = ("一级指标", "二级指标", "三级指标", "指标名称", "年度指标值", "实际完成值")
HEADER_WORDS = (*INDICATOR_HEADER_WORDS, "年初预算数", "全年预算数", "全年执行数", "关键指标", "指标完成情况",
                "任务涉及金额")


def header_line(line: str) -> bool:
    """Whether a line is a table's header row: two column labels in it."""
    return sum(label in line for label in HEADER_WORDS) >= 2


_SENTENCE_END = ("。", "！", "？", "!", "?")


def narrative_parts(text: str) -> list[tuple[str, str]]:
    """'预期目标：… 实际完成情况：…' → [('goal', '…'), ('done', '…')]; [] for a line with no such label."""
    marks = list(_NARRATIVE.finditer(text))
    return [(_ROLE[m[1]], ocr_wraps(text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)]))
            for k, m in enumerate(marks)]


def gap_label_parts(text: str) -> list[tuple[str, str]]:
    """A text print's label line, its cells set apart by gaps instead of a colon: '年度总体目标    预期目标    全年…'
    or '    实际完成情况  全年…' → [('goal' | 'done' | 'cause', '全年…')]; [] for anything else."""
    cells = gap_cells(text)
    if len(cells) >= 3 and norm(cells[0]) in GOAL_ROW_LABELS and norm(cells[1]) in _ROLE:
        cells = cells[1:]  # the merged row label, printed on the row's first line only
    if len(cells) >= 2 and norm(cells[0]) in _ROLE:
        return [(_ROLE[norm(cells[0])], ocr_wraps(" ".join(cells[1:])))]
    return []


def gap_total(text: str) -> Decimal | None:
    """A text print's score row set apart from its table: '总分        100    92.35' → 92.35 (分值, then 得分)."""
    cells = gap_cells(text)
    if len(cells) == 3 and _TOTAL_ROW.fullmatch(norm(cells[0])) and all(number(c) is not None for c in cells[1:]):
        return number(cells[2])
    return None


def wrapped_rest(texts: list[str]) -> bool:
    """Whether a line's pieces are the wrapped rest of the narrative cell above: one piece once the PDF gaps
    between Chinese characters are closed, no figure of its own, no label, nothing that opens a part."""
    line = " ".join(t.strip() for t in texts if t.strip())
    if not line or _NARRATIVE.search(line) or _PAGE_MARK.search(line) or number(line) is not None \
            or header_line(line) or _LABEL_LINE.fullmatch(line.strip()):  # '填表说明：' opens a part of its own
        return False
    return not norm(line.split()[0]).startswith(PART_STARTS) and len(ocr_wraps(line).split()) == 1


def span(places: list[str]) -> str:
    return places[0] if len(places) == 1 else f"{places[0]}–{places[-1]}"


# the indicator table's scoring row: 总分, 合计, 自评总分 — with a remark in brackets too (总分（含预算执行20分）)
_TOTAL_ROW = re.compile(r"(?:总分|合计|自评总分)(?:[（(][^（）()]{1,20}[）)])?")
_TOTAL_LINE = re.compile(r"(?:自评)?总分\s*[：:]\s*(\d+(?:\.\d+)?)\s*分?")
_NEXT_LABEL = re.compile(r"(?:金额单位|计量单位|单位|主管部门|实施单位|被评价年度|评价年度|填报日期|填报单位|填报人|联系电话|自评等级|评价等级)[：:].*$")
# the unit's name on a department form: the finance bureaus' Word template prints "部门（单位）名称"
UNIT_NAME_LABELS = ("部门名称", "部门（单位）名称", "部门(单位)名称", "单位名称", "预算单位名称", "预算部门名称")
# every label forms print over the unit's name, most specific first: 填报单位（盖章）, 预算单位, 主管部门及代码 … (a
# 填报单位 line may also stand empty at the foot of a form, beside 填报人 — a label with no value is passed over)
UNIT_LABELS = (*UNIT_NAME_LABELS, "部门（单位）", "部门(单位)", "预算部门", "预算单位", "填报单位", "主管部门及代码",
               "部门及代码", "单位名称及代码")
# the seal or signature a label asks for: 填报单位（盖章）, 单位名称（公章）
_SEAL_REMARK = re.compile(r"[（(](?:盖章|公章|签章|章|盖公章|签字|签名)[）)]$")
# the seal printed after the name a unit filled in: '商洛市川剧团（公章）' — the name is what stands before it
_SEAL_AFTER = re.compile(r"\s*[（(]\s*(?:盖章|公章|签章|盖公章|单位公章|印章)\s*[）)]\s*$")
# the budget code printed beside the name under a label 主管部门及代码: '518003 清溪县…', '清溪县…（518003）'
_UNIT_CODE = re.compile(r"^[\[［【(（]?\d{3,}[\]］】)）]?[\s\-—－_、：:]*|[\s\-—－_、]*[\[［【(（]?\d{3,}[\]］】)）]?$")
# a title naming the project (its unit's name and the year may open it): '2025年度林区广播电视信号覆盖运维项目支出绩效
# 自评表' → 林区广播电视信号覆盖运维项目; '2025年度项目支出绩效自评表' names none
_PROJECT_TITLE = re.compile(r"\s*#*\s*[^\d|\t]{0,30}?(?:(?:19|20)\d{2}\s*年度?)?\s*"
                            r"(?P<name>(?![年度\d])[^\s|\t（）()#：:]{2,40}?项目)支出绩效自评表")
# a title naming the 部门整体 form: '清溪县2025年度部门整体支出绩效自评表', '部门（单位）整体支出绩效自评表'
_DEPARTMENT_TITLE = re.compile(r"(?:部门|单位)(?:（单位）|\(单位\))?整体(?:支出)?绩效")
NOT_A_FORM = ("未找到自评表：没有“项目名称 / 项目资金 / 绩效指标”或“部门名称 / 部门资金情况 / 主要任务”等栏目"
              " / not a self-evaluation form")


# a column header's unit or formula letters: 全年执行数（万元）, 金额(元), 执行率（%）, 分值（分）, 全年预算数（A）,
# 执行率（B/A）
_UNIT_REMARK = re.compile(r"[（(](?:(?:单位[：:])?(?:万元|元|%|％|分)|[A-Za-z](?:[/／÷][A-Za-z])?)[）)]$")


def _match(text: str, names: dict[str, tuple[str, ...]]) -> str | None:
    t = _UNIT_REMARK.sub("", norm(text))
    for key, labels in names.items():
        if t in labels:
            return key
    return None


def distinct(row: list[Cell]) -> list[tuple[int, Cell]]:
    """(column, cell) once per cell: a merged cell spanning columns is read once, at its first column."""
    out, seen = [], set()
    for i, c in enumerate(row):
        if c.place not in seen:
            seen.add(c.place)
            out.append((i, c))
    return out


def right_of(row: list[Cell], i: int) -> Cell | None:
    """The cell right of a label: the next cell whose place differs (a merged label spans several columns)."""
    j = i
    while j < len(row) and row[j].place == row[i].place:
        j += 1
    return row[j] if j < len(row) else None


def header_columns(row: list[Cell], names: dict[str, tuple[str, ...]]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, cell in distinct(row):
        key = _match(cell.text, names)
        if key is None and names is INDICATOR_COLUMNS and norm(cell.text).startswith(("偏差原因", "未完成原因")):
            key = "偏差原因分析及改进措施"
        if key and key not in cols:
            cols[key] = i
    return cols


def cell_at(row: list[Cell], col: int | None, header: list[Cell] | None = None) -> Cell | None:
    """The row's cell under a header column, unless it is the header's own merged cell (a section label)."""
    if col is None or col >= len(row):
        return None
    cell = row[col]
    if header is not None and cell.place == header[col].place:
        return None
    return cell


# --- the recognizer -------------------------------------------------------------------------------------


def without_spacer_columns(table: Table) -> Table:
    """The table without its spacer columns: a narrow empty column the template puts between a label and its
    value (or the empty column a copied sheet keeps) holds no cell of its own in any row — each position is
    empty or covered by a cell merged from its left — so a label's value is the next cell that has text."""
    if table.run_on or not table.rows:
        return table
    width = max(len(r) for r in table.rows)

    def spacer(j: int) -> bool:
        return j > 0 and all(j >= len(r) or not r[j].text.strip() or r[j] is r[j - 1] for r in table.rows)

    keep = [j for j in range(width) if not spacer(j)]
    if len(keep) == width:
        return table
    return Table(rows=[[r[j] for j in keep if j < len(r)] for r in table.rows], place=table.place)


class Recognizer:
    def __init__(self, doc: FormDocument):
        self.doc = doc
        self.tables = [without_spacer_columns(t) for t in doc.tables if t.rows]

    def fail(self, message: str, where: str | None = None) -> InputError:
        return InputError(self.doc.path, message, where=where)

    # kind, header fields -----------------------------------------------------------------------------

    def _labelled(self, *labels: str) -> list[tuple[Table, int, int, Cell]]:
        out = []
        for t in self.tables:
            for r, row in enumerate(t.rows):
                for i, cell in distinct(row):
                    if _SEAL_REMARK.sub("", norm(cell.text)) in labels:
                        out.append((t, r, i, cell))
        return out

    def check_single_form(self) -> None:
        for labels in (("项目名称",), UNIT_NAME_LABELS, ("年度资金总额",), ("一级指标",), ("主要任务",)):
            hits = self._labelled(*labels)
            label = labels[0]
            rows = {(id(t), r) for t, r, _, _ in hits}
            if len(hits) > 1:
                first, second = hits[0][3], hits[1][3]
                side = "并排" if len(rows) < len(hits) else "上下排列"
                raise self.fail(f"一个文件中有两张自评表（“{label}”出现在 {first.place} 和 {second.place}，两表{side}），"
                                "请每张表单独保存后分别导入 / two forms in one file", where=second.place)

    def kind(self) -> str:
        if self._labelled("部门名称") or (self._labelled(*UNIT_LABELS) and not self._project_named()) \
                or any(self._header(TASK_COLUMNS, ("主要任务", "关键指标"))) \
                or self._department_named_in_a_line() or self._department_by_title_or_lines():
            return "department"
        if (self._labelled("项目名称") or any(self._header(FUND_COLUMNS, ("年初预算数", "全年执行数")))
                or any(self._header(INDICATOR_COLUMNS, ("三级指标", "年度指标值")))):
            return "project"
        raise self.fail(NOT_A_FORM)

    def _department_named_in_a_line(self) -> bool:
        """'部门名称：湘潭市救灾物资储备中心　金额单位：万元' above the tables, or a title naming the 部门整体 form —
        with no 项目名称 field, which a project form always has."""
        if self._project_named():
            return False
        return any(re.search(r"部门(?:（单位）|\(单位\))?名称\s*[：:]\s*\S", p.text) or "部门整体支出绩效自评表" in p.text
                   for p in self.doc.paragraphs)

    def _department_by_title_or_lines(self) -> bool:
        """A form that names no project and is titled as the 部门整体 form (in a cell or a line above the tables:
        '清溪县2025年度部门整体支出绩效自评表'), or whose funds are split into 基本支出 and 项目支出 — a department's
        kinds of spending, never a project's — is a department's form, whatever label its unit's name has."""
        if self._project_named():
            return False
        texts = [c.text for t in self.tables for row in t.rows for _, c in distinct(row)]
        if any(_DEPARTMENT_TITLE.search(norm(text)) and "自评" in text for text in
               texts + [p.text for p in self.doc.paragraphs]):
            return True
        rows = {_GROUP_LABEL.sub("", norm(text)) for text in texts}
        return {"基本支出", "项目支出"} <= rows

    def _project_named(self) -> bool:
        """A 项目名称 field: the label with the project's name beside it — not the 项目名称 column header of a
        department's 项目支出明细 (项目名称 | 全年预算数 | 全年执行数), whose right neighbour is another column —
        or a line '项目名称：…' above the tables."""
        for t, r, i, cell in self._labelled("项目名称"):
            right = right_of(t.rows[r], i)
            if right is None or _match(right.text, {**PROJECT_COLUMNS, **FUND_COLUMNS}) is None:
                return True
        return any(re.search(r"项目名称\s*[：:]\s*\S", p.text) for p in self.doc.paragraphs)

    def _header(self, names: dict[str, tuple[str, ...]], required: tuple[str, ...]):
        """(table, row index, columns) of each header row holding all `required` columns."""
        for t in self.tables:
            for r, row in enumerate(t.rows):
                cols = header_columns(row, names)
                if all(k in cols for k in required):
                    yield t, r, cols

    def label_value(self, found: Found, key: str, labels: tuple[str, ...], convert=None) -> None:
        for _, _, i, cell in self._labelled(*labels):
            row = next(row for t in self.tables for row in t.rows if cell in row)
            value = right_of(row, row.index(cell))
            if value is not None and value.text.strip() and norm(value.text) not in EMPTY:
                v = convert(value.text) if convert else _SEAL_AFTER.sub("", value.text.strip())
                if v is not None:
                    found.data[key] = v
                    found.sources[key] = value.place
                    return
        # '主管部门：临江区卫生健康局　　实施单位：临江区人民医院' — a line, or one cell of a pasted row that holds the
        # label with its value ('部门（单位）名称：…<TAB>金额单位：万元')
        lines = [(p.text, p.place) for p in self.doc.paragraphs] + [
            (c.text, c.place) for t in self.tables for row in t.rows for _, c in distinct(row) if "：" in c.text or ":" in c.text]
        for text, place in lines:
            for label in labels:  # (a seal the label asks for: '填报单位（盖章）：…')
                m = re.search(rf"{re.escape(label)}\s*(?:[（(][^（）()]{{1,4}}[）)])?\s*[：:]\s*(\S+)", text)
                if m:
                    # the line's next label, when the spaces before it were lost: '…联合会金额单位：万元'; a label
                    # followed by the next one at once is an empty field ('填报单位（盖章）：　　填报日期：…')
                    value = _SEAL_AFTER.sub("", _NEXT_LABEL.sub("", m[1]))
                    if not value:
                        continue
                    v = convert(value) if convert else value
                    if v is not None:
                        found.data[key] = v
                        found.sources[key] = place
                        return

    def _project_in_title(self, found: Found) -> None:
        """A form without a 项目名称 row whose title names the project: '2025年度林区广播电视信号覆盖运维项目支出
        绩效自评表' (a line above the tables, or the merged title cell of a sheet)."""
        cells = [(c.text, c.place) for t in self.tables[:1] for row in t.rows[:2] for _, c in distinct(row)]
        for text, place in [(p.text, p.place) for p in self.doc.paragraphs[:6]] + cells:
            if m := _PROJECT_TITLE.match(text):
                found.data["项目名称"], found.sources["项目名称"] = m["name"], place
                return

    def year(self, found: Found) -> None:
        def as_year(text: str) -> int | None:
            m = re.fullmatch(r"(\d{4})\s*年?度?", _plain(text))
            return int(m[1]) if m else None

        self.label_value(found, "被评价年度", ("被评价年度", "评价年度", "年度", "所属年度"), as_year)
        if "被评价年度" in found.data:
            return
        texts = [(c.text, c.place) for t in self.tables for row in t.rows for _, c in distinct(row)]
        for text, place in texts + [(p.text, p.place) for p in self.doc.paragraphs]:
            m = re.search(r"[（(]\s*(\d{4})\s*年度\s*[）)]", text) or (
                # a title "2023年度项目支出绩效自评表" / "2023年部门整体…自评报告": the year opens the title line, or
                # follows the unit's name in it ("临港区投资促进服务中心2024年度项目支出绩效自评表")
                re.match(r"\s*[^\d|\t，。；]{0,30}?(20\d{2})\s*年度?(?!\d)[^|\t]{0,30}(?:绩效|自评)", text)
                if "自评" in text else None)
            if m:
                found.data["被评价年度"], found.sources["被评价年度"] = int(m[1]), place
                return
        found.warn(self.doc.path, "未找到被评价年度（如“（2023年度）”或“被评价年度”栏）")

    def money_unit(self) -> tuple[str | None, str | None]:
        texts = [(c.text, c.place) for t in self.tables for row in t.rows for _, c in distinct(row)]
        for text, place in texts + [(p.text, p.place) for p in self.doc.paragraphs]:
            if stated := stated_units(text):  # 金额单位：人民币元 — and 单位：千元, refused: never read as 万元
                unit = stated[0][1]
                if unit not in ("万元", "元"):
                    raise self.fail(f"金额单位为“{unit}”，只能按万元或元导入：请把表中金额换算为万元或元后再导入"
                                    f" / money unit {unit}: only 万元 or 元 can be imported", where=place)
                return unit, place
            t = norm(text)
            # 单位：万元; a funds header with its unit: 项目资金（元）, 预算数（万元）, 本年（元）, 全年执行数(万元)
            m = re.search(r"单位[：:]?(万元|元)", t) or re.search(
                r"(?:项目资金|资金情况|金额|资金|预算数?|执行数|支出数?|本年|上年)[（(](万元|元)[）)]", t)
            if m:
                return m[1], place
        return None, None

    # project form ------------------------------------------------------------------------------------

    def project(self) -> Found:
        found = Found("project")
        self.label_value(found, "项目名称", ("项目名称",))
        if "项目名称" not in found.data:
            self._project_in_title(found)
        if "项目名称" not in found.data:
            raise self.fail("自评表中没有“项目名称”一栏的内容 / the form names no project")
        self.year(found)
        found.data["表格类型"] = "项目支出"
        self.label_value(found, "主管部门", ("主管部门",))
        self.label_value(found, "实施单位", ("实施单位",))
        self.funds(found)
        self.goal(found, "年度总体目标", "实际完成情况")
        self.form_notes(found, "年度总体目标", "实际完成情况")
        self.indicators(found)
        self.stated_causes(found)
        self.details(found, "支出明细")
        self.closing(found)
        return found

    def funds(self, found: Found, field: str = "项目资金") -> None:
        funds: dict[str, Any] = {}
        unit, unit_place = self.money_unit()
        if unit:
            funds["单位"] = unit
            found.sources[f"{field}.单位"] = unit_place
        else:
            found.warn(self.doc.path, "未注明金额单位（万元 / 元），按万元读取")
        headers = list(self._header(FUND_COLUMNS, ("年初预算数", "全年执行数")))
        if not headers:
            found.warn(self.doc.path, "未找到项目资金表（年初预算数 / 全年预算数 / 全年执行数）")
            found.data[field] = funds
            return
        table, r, cols = headers[0]
        lines = []
        grouped = False  # under a 其中 / 按来源分： / 按性质： label every row of figures is a line
        for row in table.rows[r + 1:]:
            label_cell = next((c for _, c in distinct(row) if self._fund_row(c.text)), None)
            # (a 其中 / 按来源： label opens the group whatever its first line is called: 其中：中央转移支付（…）)
            if label_cell is None and (grouped or any(_GROUP_LABEL.match(norm(c.text)) for _, c in distinct(row))):
                label_cell = self._listed_line(table, r, row, cols)
            if label_cell is None:
                if _group_label_row(row, table.rows[r]):  # 按来源分： on a row of its own: the lines follow it
                    grouped = True
                    continue
                break
            label = self._fund_row(label_cell.text) or _GROUP_LABEL.sub("", norm(label_cell.text))
            if label != "total" and (_GROUP_LABEL.match(norm(label_cell.text))
                                     or any(norm(c.text) == "其中" for _, c in distinct(row))):
                grouped = True
            values = self._fund_values(table, row, cols, label_cell)
            if label == "total":
                for key, (v, place) in values.items():
                    if key == "备注":
                        continue  # (the whole's remark names no line: the lines' own remarks say why)
                    funds[key] = v
                    found.sources[f"{field}.{key}"] = place
            elif values:
                i = len(lines)
                line = {"名称": label}
                found.sources[f"{field}.其中[{i}].名称"] = label_cell.place
                for key, (v, place) in values.items():
                    line[key] = v
                    found.sources[f"{field}.其中[{i}].{key}"] = place
                lines.append(line)
        if lines:
            funds["其中"] = lines
        found.data[field] = funds
        self._check_funds(found, funds, table.place, field)

    @staticmethod
    def _fund_row(text: str) -> str | None:
        """'total', a fund line's name, or None. Besides the template's lines, a unit names its own sources
        (其中：市级财政资金, 区级配套资金, 中央补助资金): a short label ending in a word for money is a line too."""
        t = norm(text)
        if t in FUND_TOTAL:
            return "total"
        t = _GROUP_LABEL.sub("", t)
        bare = re.sub(r"[（(][^）)]*[）)]$", "", t)  # 其他资金（社会捐赠）: the line, with the unit's remark on it
        # (a payer's programme may take a long name: 中央补助地方公共文化服务体系建设资金)
        if bare in FUND_LINES or (len(bare) <= 12 and FUND_WORD.search(bare) and not re.search(r"\d", bare)) \
                or (len(bare) <= 28 and PAYER_FUND.search(bare) and not re.search(r"\d", bare)):
            return t
        return None

    def _listed_line(self, table: Table, r: int, row: list[Cell], cols: dict[str, int]) -> Cell | None:
        """The label of a row under a 其中 label that names its source in the unit's own words (国有土地收益基金,
        上级转移支付（…专项）): a row whose amount columns hold figures, and nothing but figures, is a line."""
        if table.run_on:
            return None
        header = table.rows[r]
        label = next((c for _, c in distinct(row) if c.text.strip() and c.place != header[0].place), None)
        if label is None or number(label.text) is not None or norm(label.text).startswith(SECTION_STOPS):
            return None
        amounts = [cell_at(row, cols.get(k), header) for k in ("年初预算数", "全年预算数", "全年执行数")]
        texts = [c.text for c in amounts if c is not None and c.place != label.place and norm(c.text) not in EMPTY]
        return label if texts and all(number(t) is not None for t in texts) else None

    def _fund_values(self, table: Table, row: list[Cell], cols: dict[str, int], label: Cell) -> dict[str, tuple[Any, str]]:
        cells: list[tuple[str, Cell]] = []
        if table.run_on:  # cells follow one another: amounts in order, a % is the 执行率, points after it
            keys = [k for k in FUND_COLUMNS if k in cols and k != "备注"]  # (no column to tell a remark by)
            keys.sort(key=lambda k: cols[k])
            ptr = 0
            for _, cell in distinct(row)[1:]:
                if is_percent(cell.text) and "执行率" in keys:
                    cells.append(("执行率", cell))
                    ptr = keys.index("执行率") + 1
                    continue
                while ptr < len(keys) and keys[ptr] == "执行率":
                    ptr += 1
                if ptr < len(keys):
                    cells.append((keys[ptr], cell))
                    ptr += 1
        else:
            cells = [(k, row[c]) for k, c in cols.items() if c < len(row) and row[c].place != label.place]
        out: dict[str, tuple[Any, str]] = {}
        for key, cell in cells:
            text = cell.text.strip()
            if norm(text) in EMPTY:
                continue
            if key == "备注":
                v = ocr_wraps(text)
            elif key == "执行率":
                v = rate(text)
            elif key in ("分值", "得分"):
                v = number(text)
            else:
                v = number(text)
                if v is None and re.fullmatch(r"[\d.,\s]+(万元|元|亿元)", _plain(text)):
                    v = _plain(text)  # an amount with its own unit ('128500.00元'): the schema converts it
            if v is None and key == "结余":
                continue  # a balance column is restated when it holds a figure; a note there (含结转) is no error
            if v is None:
                raise self.fail(f"“{text}”不是{key}的数值 / not a number", where=cell.place)
            out[key] = (v, cell.place)
        return out

    def _check_funds(self, found: Found, funds: dict[str, Any], place: str, field: str = "项目资金") -> None:
        from ..schema import breakdowns, sums_to

        for lines in breakdowns(funds.get("其中", []), lambda line: line["名称"]):
            for key in ("年初预算数", "全年预算数", "全年执行数"):
                total = funds.get(key)
                parts = [line.get(key) for line in lines]
                if isinstance(total, Decimal) and parts and all(isinstance(p, Decimal) for p in parts) \
                        and not sums_to(total, parts):
                    found.warn(found.sources.get(f"{field}.{key}", place),
                               f"年度资金总额的{key}为{total}，其中各行合计{sum(parts)}，总计行与其中行不一致，已按原表导入，请核对")
        if "全年执行数" not in funds and not any("全年执行数" in line for line in funds.get("其中", [])):
            rate_note = f"（表中只填了执行率{funds['执行率']}%，未据此推算金额）" if "执行率" in funds else ""
            found.warn(place, f"{field}未填全年执行数{rate_note}")

    def goal(self, found: Found, key: str, done_label: str) -> None:
        for table, r, cols in self._header({"预期目标": ("预期目标",), "完成": ("实际完成情况", "目标完成情况")},
                                           ("预期目标", "完成")):
            if r + 1 >= len(table.rows) or any(_match(c.text, TASK_COLUMNS) == "关键指标" for c in table.rows[r]):
                continue
            header, row = table.rows[r], table.rows[r + 1]
            if table.run_on:
                goal, done = self._run_on_goal(found, key, table.rows[r + 1:])
            else:
                goal, done = cell_at(row, cols["预期目标"], header), cell_at(row, cols["完成"], header)
            if goal is not None and norm(goal.text) not in EMPTY:
                found.data[key] = [goal.text.strip()]
                found.sources[f"{key}[0]"] = goal.place
            if done is not None and norm(done.text) not in EMPTY:
                found.logs.append((f"{key}-{done_label}", done.text, done.place, None))
            return
        self._goal_cells(found, key, done_label)
        self._goal_lines(found, key, done_label)

    def _goal_cells(self, found: Found, key: str, done_label: str) -> None:
        """Cells of the 年度总体目标 row that hold labelled lines ("预期目标：…\n实际完成情况：…", one merged cell
        or side by side, as Word and Excel forms write them): each label fills the field its line would."""
        for table in self.tables:
            if table.run_on:
                continue  # a PDF copy's run-on lines are read by _goal_lines
            for r, row in enumerate(table.rows):
                # (a row of a wide pasted table — 年度总体目标<TAB>its text — has empty cells after the text: none is a cell
                # of the row)
                cells = _filled(row)
                if not cells or norm(cells[0][1].text) not in GOAL_ROW_LABELS:
                    continue
                labelled = False
                for _, cell in cells[1:]:
                    first = _NARRATIVE.search(cell.text)
                    if first is None or cell.text[:first.start()].strip():
                        continue  # a cell of plain text, or a label inside its sentence
                    labelled = True
                    self._narrative_field(found, key, done_label, narrative_parts(cell.text), cell.place)
                if not labelled and len(cells) == 2 and _ROLE.get(norm(cells[1][1].text)) == "goal" \
                        and r + 1 < len(table.rows):
                    # 年度总体目标 | 预期目标: a header naming its column (the national template), the goal under it
                    col, below = cells[1][0], table.rows[r + 1]
                    cell = below[col] if col < len(below) and below[col].place != cells[1][1].place else None
                    if cell is not None and norm(cell.text) not in EMPTY:
                        self._narrative_field(found, key, done_label, [("goal", cell.text)], cell.place)
                elif not labelled and len(cells) == 2 and _ROLE.get(norm(cells[1][1].text)) == "done" \
                        and r + 1 < len(table.rows):
                    # 年度总体目标 | 实际完成情况: a header of two columns, the goal under the first, its completion
                    # under the second
                    below = table.rows[r + 1]
                    for (col, head), role in zip(cells, ("goal", "done")):
                        cell = below[col] if col < len(below) and below[col].place != head.place else None
                        if cell is not None and norm(cell.text) not in EMPTY:
                            self._narrative_field(found, key, done_label, [(role, cell.text)], cell.place)
                elif not labelled and len(cells) == 2:  # 年度总体目标 | its text, the completion in a row of its own
                    self._narrative_field(found, key, done_label, [("goal", cells[1][1].text)], cells[1][1].place)
                    below = _filled(table.rows[r + 1]) if r + 1 < len(table.rows) else []
                    if len(below) == 2 and norm(below[0][1].text) in DONE_ROW_LABELS:
                        self._narrative_field(found, key, done_label, [("done", below[1][1].text)], below[1][1].place)
                return

    def form_notes(self, found: Found, key: str, done_label: str) -> None:
        """The form's narrative fields outside its label rows and lines: a row of a table labelled as a cause
        ('偏差原因分析 | …', '偏差原因及改进 | …' under the indicators), and the paragraphs under a heading that names a
        field ('## 三、年度总体目标', '（二）偏差原因'), up to the next heading or table."""
        for table in self.tables:
            if table.run_on:
                continue
            for row in table.rows:
                cells = [c for _, c in distinct(row) if c.text.strip()]
                if len(cells) == 2 and norm(cells[0].text).startswith(CAUSE_ROW_LABELS) \
                        and not header_columns(row, INDICATOR_COLUMNS).keys() - {"偏差原因分析及改进措施"}:
                    self._narrative_field(found, key, done_label, [("cause", cells[1].text)], cells[1].place)
        role, paras = None, []

        def close() -> None:
            if role and paras:
                self._narrative_field(found, key, done_label, [(role, "".join(p.text.strip() for p in paras))],
                                      span([p.place for p in paras]))
                found.consumed.update(p.place for p in paras)

        for block in self.doc.blocks:
            if isinstance(block, Paragraph) and (note := _SHORTFALL_NOTE.match(block.text.strip())):
                # '说明：再次鉴定维持率未达目标。…' under the tables: the form's stated cause of that shortfall
                self._narrative_field(found, key, done_label, [("cause", note["text"])], block.place)
                found.consumed.add(block.place)
                continue
            if isinstance(block, Table):
                close()
                role, paras = None, []
            elif block.heading or section_heading(block.text):
                close()
                role, paras = heading_role(block.text), []
            elif role and not _NARRATIVE.search(block.text) and not _FIELD_LINE.fullmatch(block.text.strip()):
                paras.append(block)
        close()

    @staticmethod
    def _narrative_field(found: Found, key: str, done_label: str, parts: list[tuple[str, str]], place: str) -> None:
        """The fields labelled narrative fills: the goal (once), the completion (once) and causes, as logs."""
        for role, text in parts:
            text = text.strip()
            if norm(text) in EMPTY:
                continue
            if role == "goal" and key not in found.data:
                found.data[key], found.sources[f"{key}[0]"] = [text], place
            elif role == "done" and not any(title == f"{key}-{done_label}" for title, *_ in found.logs):
                found.logs.append((f"{key}-{done_label}", text, place, None))
            elif role == "cause":
                found.logs.append(("偏差原因", text, place, None))

    @staticmethod
    def _run_on_goal(found: Found, key: str, rows: list[list[Cell]]) -> tuple[Cell | None, Cell | None]:
        """预期目标 and 实际完成情况 under their header in a PDF copy, where the two cells follow one another and
        wrap over lines. One line: its first two pieces. Several: each line one piece of each cell (side by
        side), or exactly one gap in all the lines (the first cell ends there). Anything else is reported."""
        rows = list(rows)
        # the merged row label, centred across the header and the answers, may come first or on its own line
        while rows and distinct(rows[0]) and norm(distinct(rows[0])[0][1].text) in GOAL_ROW_LABELS:
            rows[0] = [c for _, c in distinct(rows[0])[1:]]
            if not rows[0]:
                rows.pop(0)
        lines = [[c for _, c in distinct(rows[0])]] if rows else [[]]
        if not lines[0]:
            return None, None
        for row in rows[1:]:
            cells = [c for _, c in distinct(row)]
            texts = [c.text for c in cells]
            if not cells or not all(t.strip() for t in texts) or _NARRATIVE.search(" ".join(texts)) \
                    or _PAGE_MARK.search(" ".join(texts)) or any(number(t) is not None for t in texts) \
                    or norm(texts[0]).startswith(PART_STARTS) or len(cells) > 2:
                break
            lines.append(cells)
        if len(lines) == 1:
            goal, done = (lines[0] + [None, None])[:2]
            return goal, done

        def joined(cells: list[Cell]) -> Cell:
            return Cell("".join(c.text.strip() for c in cells), span([c.place for c in cells]))

        if all(len(cells) == 2 for cells in lines):
            return joined([cells[0] for cells in lines]), joined([cells[1] for cells in lines])
        pieces = [c for cells in lines for c in cells]
        if sum(len(cells) - 1 for cells in lines) == 1:
            cut = next(sum(len(c) for c in lines[:n]) + 1 for n, cells in enumerate(lines) if len(cells) == 2)
            return joined(pieces[:cut]), joined(pieces[cut:])
        found.warn(span([lines[0][0].place, lines[-1][-1].place]),
                   f"{key}一栏折成{len(lines)}行，无法分清预期目标与实际完成情况的分界，未导入，请核对原表")
        return None, None

    def _goal_lines(self, found: Found, key: str, done_label: str) -> None:
        """Lines "预期目标：…" / "实际完成情况：…" / "偏差原因：…" before the indicators, each with the wrapped
        lines that follow it: the goal field, the completion and a cause as narrative."""
        if self.doc.format not in ("text", "pdf", "docx"):
            return  # (a Word form's paragraphs hold no table row: its 年度总体目标：… and 偏差原因：… lines are fields)
        fields: list[tuple[str, list[str], list[str]]] = []
        previous = None  # a wrapped line continues only the line right above it
        for p in self.doc.paragraphs:
            above, previous = previous, p.place
            parts = narrative_parts(p.text) or gap_label_parts(p.raw)
            if parts:
                fields += [(role, [text], [p.place]) for role, text in parts]
            elif fields and fields[-1][2][-1] == above and self.doc.format != "docx" and wrapped_rest([p.text]):
                # (a Word paragraph is whole: the one under a field line is never its wrapped rest)
                fields[-1][1].append(ocr_wraps(p.text))
                fields[-1][2].append(p.place)
            elif norm(p.text).startswith(("绩效指标", "一级指标")) or (
                    header_line(p.text) and any(w in p.text for w in INDICATOR_HEADER_WORDS)):
                break  # a cause line under an indicator is read with the indicators
        for role, texts, places in fields:
            self._narrative_field(found, key, done_label, [(role, "".join(texts))], span(places))
            found.consumed.update(places)  # read as the field it is: no section's narrative besides

    def indicators(self, found: Found) -> None:
        headers = list(self._header(INDICATOR_COLUMNS, ("三级指标",)))
        if not headers:
            found.warn(self.doc.path, "未找到绩效指标表（一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值）")
            return
        table, r, cols = headers[0]
        header = table.rows[r]
        keys = sorted(cols, key=cols.get)
        out: list[dict[str, Any]] = []
        last = {"一级指标": None, "二级指标": None}
        open_cause: int | None = None  # the row whose 偏差原因 cell may wrap onto the next line (PDF copy)
        causes: dict[int, list[str]] = {}  # a row's cause in pieces: its cell, a 偏差原因 line, wrapped rests
        for row in table.rows[r + 1:]:
            first = next((c for _, c in distinct(row) if c.text.strip() and c.place != header[0].place), None)
            if first is None:
                continue
            if norm(first.text) in SECTION_STOPS or _TOTAL_ROW.fullmatch(norm(first.text)):
                break
            cause = self._cause_line(row, header, wraps=open_cause == len(out) - 1) if out else None
            open_cause = None
            if cause is not None:
                text, places = cause
                i = len(out) - 1
                path = f"绩效指标[{i}].偏差原因分析及改进措施"
                if norm(text) not in EMPTY:
                    before = out[i].get("偏差原因分析及改进措施")
                    causes.setdefault(i, [before] if isinstance(before, str) else []).append(text)
                    start = found.sources[path].split("–")[0] if path in found.sources else places[0]
                    found.sources[path] = span([start, places[-1]])
                open_cause = i if table.run_on and not text.endswith(_SENTENCE_END) else None
                continue
            if table.run_on:
                pairs = list(zip(keys, [c for _, c in distinct(row)]))
            else:
                pairs = [(k, cell_at(row, cols[k], header)) for k in keys]
            item: dict[str, Any] = {}
            i = len(out)
            for key, cell in pairs:
                if cell is None or norm(cell.text) in EMPTY:
                    continue
                text = cell.text.strip()
                if key in ("分值", "得分"):
                    v = number(text)
                    if v is None:
                        raise self.fail(f"“{text}”不是{key}的数值 / not a number", where=cell.place)
                elif key == "指标完成率":
                    v = rate(text)
                elif key in ("年度指标值", "实际完成值", "年初目标值", "上年实际"):
                    v = value_text(text)
                else:
                    v = ocr_joined(text)
                item[key] = v
                found.sources[f"绩效指标[{i}].{key}"] = cell.place
            for level in ("一级指标", "二级指标"):  # an empty level cell sits under the one above (merged)
                if level in item:
                    last[level] = (item[level], found.sources[f"绩效指标[{i}].{level}"])
                elif level in cols and last[level] is not None:
                    item[level] = last[level][0]
                    found.sources[f"绩效指标[{i}].{level}"] = last[level][1]
            if "三级指标" not in item:
                found.warn(first.place, "绩效指标行没有三级指标名称，未导入")
                continue
            out.append({k: item[k] for k in INDICATOR_COLUMNS if k in item})
            own = item.get("偏差原因分析及改进措施")
            if table.run_on and keys[-1] == "偏差原因分析及改进措施" and isinstance(own, str) \
                    and not own.endswith(_SENTENCE_END):
                open_cause = len(out) - 1
        for i, texts in causes.items():
            out[i]["偏差原因分析及改进措施"] = "".join(texts)
        if out:
            found.data["绩效指标"] = out
        self._total(found, table, r, cols)

    @staticmethod
    def stated_causes(found: Found) -> None:
        """A 偏差原因：… paragraph outside the indicator table (under it, as Word and PDF forms put it) is the form's
        stated cause of the indicators it scored below full marks (得分 < 分值), when no indicator row has a cause of
        its own: each clause goes to the indicator sharing the most words with it, an indicator no clause names
        takes the whole paragraph."""
        from ..subjects import tokens

        inds = found.data.get("绩效指标") or []
        if any("偏差原因分析及改进措施" in i for i in inds):
            return
        said = [(text, place) for title, text, place, _ in found.logs if title == "偏差原因"]
        short = [k for k, i in enumerate(inds) if isinstance(i.get("分值"), Decimal)
                 and isinstance(i.get("得分"), Decimal) and i["得分"] < i["分值"]]
        if not said or not short:
            return
        text, place = "".join(t.strip() for t, _ in said), said[0][1]
        words = {k: tokens(str(inds[k]["三级指标"])) for k in short}
        # each name's own words, those no other short indicator has: 栈道 / 长度 of 古道栈道修缮长度 beside
        # 修缮工程完工时间 — a clause with two of one name's own words names that indicator
        own = {k: w - set().union(*(v for j, v in words.items() if j != k)) for k, w in words.items()}
        mine: dict[int, list[str]] = {k: [] for k in short}
        joint: list[int] = []  # the indicators the clause before named together
        for clause in (c for c in re.split(r"(?<=[；;。])", text) if c.strip()):
            got = tokens(clause)
            named = [k for k in short if len(own[k] & got) >= 2]
            if len(named) >= 2:  # …停工，修缮长度未达目标、完工时间推迟: the cause of each shortfall it names
                joint = named
            elif not (joint and _PLAN_OPENING.match(clause.strip())):  # a plan right after it is theirs too
                joint = []
                shared = {k: len(w & got) for k, w in words.items()}
                best = max(shared.values())
                if best and len(short) > 1:
                    mine[next(k for k in short if shared[k] == best)].append(clause)
            for k in joint:
                mine[k].append(clause)
        for k in short:
            cause = "".join(mine[k]) or text
            # 'NAME未达标：…' names the indicator it is the cause of: the cause is what follows the colon
            named = re.match(rf"\s*[“\"]?{re.escape(str(inds[k]['三级指标']))}[”\"]?[^：:。；;，,]{{0,8}}[：:]\s*(?=\S)", cause)
            inds[k]["偏差原因分析及改进措施"] = cause[named.end():] if named else cause
            found.sources[f"绩效指标[{k}].偏差原因分析及改进措施"] = place

    @staticmethod
    def _cause_line(row: list[Cell], header: list[Cell], wraps: bool) -> tuple[str, list[str]] | None:
        """A line "偏差原因：…" under an indicator row is that row's 偏差原因分析及改进措施; when the row's cause
        stopped mid-sentence (`wraps`), a lone piece right under it is its wrapped rest. (text, places) or None."""
        cells = [c for _, c in distinct(row) if c.text.strip() and c.place != header[0].place]
        parts = narrative_parts(" ".join(c.text.strip() for c in cells))
        if len(parts) == 1 and parts[0][0] == "cause" and narrative_parts(cells[0].text):
            return parts[0][1], [c.place for c in cells]
        if wraps and len(cells) == 1 and wrapped_rest([cells[0].text]):
            return ocr_wraps(cells[0].text), [cells[0].place]
        return None

    def _total(self, found: Found, table: Table, r: int, cols: dict[str, int]) -> None:
        for row in table.rows[r + 1:]:
            label = next(((i, c) for i, c in distinct(row) if _TOTAL_ROW.fullmatch(norm(c.text))), None)
            if label is None:
                continue
            if table.run_on:
                figures = [c for _, c in distinct(row)[1:] if number(c.text) is not None]
                if len(figures) == 2:
                    found.data["总分"], found.sources["总分"] = number(figures[1].text), figures[1].place
                elif figures:
                    found.warn(label[1].place, f"总分行只有一个数字“{figures[0].text}”，无法确定是分值还是得分，未导入")
            else:
                cell = cell_at(row, cols.get("得分"))
                if cell is not None and cell.place != label[1].place and number(cell.text) is not None:
                    found.data["总分"], found.sources["总分"] = number(cell.text), cell.place
            return

    def closing(self, found: Found) -> None:
        self.label_value(found, "自评等级", ("自评等级", "评价等级", "等级"))
        if "总分" not in found.data:  # a closing line under the table (总分：91.55分　　自评等级：优), not a table's row
            for p in self.doc.paragraphs:
                if (m := _TOTAL_LINE.search(p.text)) and (total := number(m[1])) is not None:
                    found.data["总分"], found.sources["总分"] = total, p.place
                    break
                if (total := gap_total(p.raw)) is not None:
                    found.data["总分"], found.sources["总分"] = total, p.place
                    found.consumed.add(p.place)  # the score row, not a sentence of the narrative
                    break
        for key, labels, title in (("已填存在问题", PROBLEM_LABELS, "存在问题"), ("已填改进措施", MEASURE_LABELS, "改进措施")):
            sub = Found(found.kind)
            self.label_value(sub, "v", labels)
            if "v" in sub.data:
                found.data[key] = [sub.data["v"]]
                found.sources[f"{key}[0]"] = sub.sources["v"]
                found.logs.append((title, sub.data["v"], sub.sources["v"], None))

    # department form ---------------------------------------------------------------------------------

    def department(self) -> Found:
        found = Found("department")
        for label in UNIT_LABELS:  # the most specific label that holds a name: 部门名称 before 填报单位
            self.label_value(found, "部门名称", (label,))
            if "部门名称" in found.data:
                if label.endswith("代码"):
                    found.data["部门名称"] = _UNIT_CODE.sub("", found.data["部门名称"]).strip() or found.data["部门名称"]
                break
        if "部门名称" not in found.data:
            raise self.fail("自评表中没有“部门名称”一栏的内容 / the form names no department")
        self.year(found)
        found.data["表格类型"] = "部门整体支出"
        if any(self._header(FUND_COLUMNS, ("年初预算数", "全年执行数"))):
            # the funds as a table of columns (资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率), 基本支出 and
            # 项目支出 as its rows: read as a project's funds table is; the schema takes either set of names
            self.funds(found, "部门资金情况")
        else:
            self.dept_funds(found)
        self.goal(found, "年度目标", "目标完成情况")
        self.form_notes(found, "年度目标", "目标完成情况")
        if not any(self._header(TASK_COLUMNS, ("主要任务", "关键指标"))) \
                and any(self._header(INDICATOR_COLUMNS, ("三级指标",))):
            self.listed_tasks(found)  # the template's 任务名称 / 主要内容 / 预算数 / 执行数 rows, if it has them
            self.indicators(found)  # an indicator tree instead of 主要任务 with their 关键指标: the unit's own
            self.stated_causes(found)
        else:
            self.tasks(found)
        self.key_projects(found)
        if "重点项目" not in found.data:
            self.details(found, "重点项目")  # 项目支出明细: the department's projects, one a row
        sub = Found(found.kind)
        self.label_value(sub, "v", ("部门整体绩效",))
        if "v" in sub.data:
            found.logs.append(("部门整体绩效", sub.data["v"], sub.sources["v"], None))
        self.closing(found)
        return found

    def dept_funds(self, found: Found) -> None:
        funds: dict[str, Any] = {}
        unit, unit_place = self.money_unit()
        if unit:
            funds["单位"], found.sources["部门资金情况.单位"] = unit, unit_place
        else:
            found.warn(self.doc.path, "未注明金额单位（万元 / 元），按万元读取")
        lines = []
        self._dept_funds_columns(found, funds)
        for t in self.tables:
            for row in t.rows:
                if header_columns(row, TASK_COLUMNS).keys() >= {"主要任务", "关键指标"}:
                    break
                for i, cell in distinct(row):
                    key = _match(cell.text, DEPT_FUNDS)
                    line = self._fund_row(cell.text)
                    if key is None and (line is None or line == "total"):
                        continue
                    value = right_of(row, i)
                    if value is None or norm(value.text) in EMPTY:
                        continue
                    v = rate(value.text) if key in ("预算完成率", "预算调整率") else number(value.text)
                    if v is None:
                        continue
                    if key and key not in funds:
                        funds[key], found.sources[f"部门资金情况.{key}"] = v, value.place
                    elif line:
                        n = len(lines)
                        lines.append({"名称": line, "实际支出": v})
                        found.sources[f"部门资金情况.其中[{n}].实际支出"] = value.place
                else:
                    continue
                break
        if lines:
            funds["其中"] = lines
        for key in ("调整预算", "实际支出"):
            if key not in funds:
                found.warn(self.doc.path, f"部门资金情况未填{key}")
        found.data["部门资金情况"] = funds

    def _dept_funds_columns(self, found: Found, funds: dict[str, Any]) -> None:
        """年初预算 | 调整预算 | 实际支出 | 预算完成率 as a header row, the figures in the row under it."""
        for t in self.tables:
            for r, row in enumerate(t.rows[:-1]):
                cols = header_columns(row, DEPT_FUNDS)
                if len(cols) < 2:
                    continue
                for key, c in cols.items():
                    cell = cell_at(t.rows[r + 1], c, row)
                    v = None if cell is None else rate(cell.text) if key in ("预算完成率", "预算调整率") else number(cell.text)
                    if v is not None and key not in funds:
                        funds[key], found.sources[f"部门资金情况.{key}"] = v, cell.place
                return

    def tasks(self, found: Found) -> None:
        headers = list(self._header(TASK_COLUMNS, ("主要任务", "关键指标")))
        if not headers:
            found.warn(self.doc.path, "未找到主要任务表（主要任务 / 预期目标 / 关键指标 / 任务涉及金额）")
            return
        table, r, cols = headers[0]
        body: list[list[Cell]] = []
        for row in table.rows[r + 1:]:
            first = row[0] if row else None
            if first is not None and any(norm(first.text).startswith(s) for s in SECTION_STOPS):
                break
            body.append(row)
        groups = self._task_groups(body, cols)
        tasks = []
        for label, rows in groups:
            i = len(tasks)
            task: dict[str, Any] = {"任务": norm(label.text)}
            found.sources[f"主要任务[{i}].任务"] = label.place
            goal = self._column_text(rows, cols.get("预期目标"), label)
            if goal:
                task["预期目标"], found.sources[f"主要任务[{i}].预期目标"] = goal[0], goal[1]
            done = self._column_text(rows, cols.get("目标完成情况"), label)
            if done:
                found.logs.append((f"{norm(label.text)}-目标完成情况", done[0], done[1], norm(label.text)))
            inds = self._task_indicators(found, rows, cols, i, table.run_on or self.doc.format == "text")
            if inds:
                task["关键指标"] = inds
            amount = self._task_amount(found, rows, cols.get("任务涉及金额"), norm(label.text))
            if amount is not None:
                task["任务涉及金额"], found.sources[f"主要任务[{i}].任务涉及金额"] = amount
            tasks.append(task)
        if tasks:
            found.data["主要任务"] = tasks

    def listed_tasks(self, found: Found) -> None:
        """任务名称 | 主要内容 | 预算数 | 执行数, one task a row, under a section label merged down the rows (or in a
        table of its own); the next section's label, an empty name or a 合计 row ends the list."""
        for table, r, cols in self._header(LISTED_TASK_COLUMNS, ("任务名称",)):
            if not cols.keys() & {"主要内容", "预算数", "执行数"}:
                continue
            header, tasks = table.rows[r], []
            for row in table.rows[r + 1:]:
                if cols["任务名称"] > 0 and row and row[0].place != header[0].place:
                    break  # the section label column moved on: 年度总体目标, 绩效指标 …
                name = cell_at(row, cols["任务名称"], header)
                if name is None or norm(name.text) in EMPTY or norm(name.text).startswith(SECTION_STOPS):
                    break
                i, task = len(tasks), {"任务名称": norm(name.text)}
                found.sources[f"主要任务[{i}].任务名称"] = name.place
                content = cell_at(row, cols.get("主要内容"), header)
                if content is not None and norm(content.text) not in EMPTY:
                    task["预期目标"], found.sources[f"主要任务[{i}].预期目标"] = content.text.strip(), content.place
                for column, key in (("预算数", "任务涉及金额"), ("执行数", "执行数")):
                    cell = cell_at(row, cols.get(column), header)
                    if cell is None or norm(cell.text) in EMPTY:
                        continue
                    v = number(cell.text)
                    if v is None:
                        found.warn(cell.place, f"{task['任务名称']}{column}“{cell.text.strip()}”不是数值，未导入")
                    else:
                        task[key], found.sources[f"主要任务[{i}].{key}"] = v, cell.place
                tasks.append(task)
            if tasks:
                found.data["主要任务"] = tasks
                return

    @staticmethod
    def _task_groups(body: list[list[Cell]], cols: dict[str, int]) -> list[tuple[Cell, list[list[Cell]]]]:
        """Rows of each task. A sheet or a copied sheet puts the label on the task's first row (merged or
        blank below); OCR of a vertically centred cell puts it mid-task: rows then go to the nearest label."""
        c = cols["主要任务"]
        labelled = [(k, row[c]) for k, row in enumerate(body) if c < len(row) and row[c].text.strip()]
        if not labelled:
            return []
        if labelled[0][0] == 0:
            groups: list[tuple[Cell, list[list[Cell]]]] = []
            for row in body:
                cell = row[c] if c < len(row) else None
                if cell is not None and cell.text.strip() and (not groups or cell.place != groups[-1][0].place):
                    groups.append((cell, []))
                if groups:
                    groups[-1][1].append(row)
            return groups
        labels = []  # adjacent labelled lines are one label read twice ('任务 2' above an OCR ghost '12274 2')
        for k, cell in labelled:
            if labels and k - labels[-1][0] <= 1 and labels[-1][2] == k - 1:
                labels[-1] = (labels[-1][0], labels[-1][1], k)
                continue
            labels.append((k, cell, k))
        def line(k: int) -> int:  # distance in lines of the text, so blank lines count
            m = re.search(r"第(\d+)行", body[k][c].place) if c < len(body[k]) else None
            return int(m[1]) if m else k

        groups = [(cell, []) for _, cell, _ in labels]
        for k, row in enumerate(body):
            nearest = min(range(len(labels)), key=lambda g: (
                min(abs(line(k) - line(labels[g][0])), abs(line(k) - line(labels[g][2]))), g))
            groups[nearest][1].append(row)
        return groups

    @staticmethod
    def _column_text(rows: list[list[Cell]], col: int | None, label: Cell) -> tuple[str, str] | None:
        if col is None:
            return None
        parts, places = [], []
        for row in rows:
            if col < len(row) and row[col].text.strip() and row[col].place not in places and row[col].place != label.place:
                parts.append(row[col].text.strip())
                places.append(row[col].place)
        if not parts:
            return None
        where = places[0] if len(places) == 1 else f"{places[0]}–{places[-1]}"
        return "".join(parts), where

    def _task_indicators(self, found: Found, rows: list[list[Cell]], cols: dict[str, int], ti: int,
                         fragments: bool) -> list[dict[str, Any]]:
        cn, cv = cols.get("关键指标"), cols.get("指标完成情况")
        if cn is None:
            return []
        out: list[dict[str, Any]] = []

        def add(names: list[Cell], value: Cell | None) -> None:
            k = len(out)
            name, target = _bracketed_target("".join(c.text.strip() for c in names))
            item: dict[str, Any] = {"关键指标": name}
            found.sources[f"主要任务[{ti}].关键指标[{k}].关键指标"] = names[0].place
            if target:
                item["指标值"] = target
                found.sources[f"主要任务[{ti}].关键指标[{k}].指标值"] = names[0].place
            if value is not None:
                item["指标完成情况"] = value_text(value.text)
                if re.match(r"^[\d.]+\s*%?\s+\D{4,}", value.text.strip()):
                    found.warn(value.place, f"指标完成情况“{value.text.strip()}”像是两行合在一起（一个数值后接文字），"
                                            "已按原文导入，请核对")
                found.sources[f"主要任务[{ti}].关键指标[{k}].指标完成情况"] = value.place
            out.append(item)

        def value_of(row: list[Cell]) -> Cell | None:
            return row[cv] if cv is not None and cv < len(row) and norm(row[cv].text) not in EMPTY else None

        if not fragments:  # whole cells: one row, one indicator
            for row in rows:
                if cn < len(row) and row[cn].text.strip():
                    add([row[cn]], value_of(row))
            return out
        run: list[list[Cell]] = []  # OCR wraps a name over several lines: a run of lines is one indicator
        for row in rows + [[]]:     # only when it holds exactly one value, or each of its lines has one
            if row and cn < len(row) and row[cn].text.strip():
                run.append(row)
                continue
            if run:
                values = [value_of(r) for r in run]
                if all(v is not None for v in values):
                    for r, v in zip(run, values):
                        add([r[cn]], v)
                elif sum(v is not None for v in values) == 1:
                    add([r[cn] for r in run], next(v for v in values if v is not None))
                else:
                    where = run[0][cn].place if len(run) == 1 else f"{run[0][cn].place}–{run[-1][cn].place}"
                    found.warn(where, "关键指标名称与指标完成情况无法逐一对应（OCR 折行），未导入，请核对原表")
                run = []
        return out

    def _task_amount(self, found: Found, rows: list[list[Cell]], col: int | None, task: str):
        if col is None:
            return None
        readings: list[tuple[Decimal, str]] = []
        for row in rows:
            if col < len(row) and row[col].text.strip():
                v = number(row[col].text)
                if v is None:
                    found.warn(row[col].place, f"{task}任务涉及金额“{row[col].text.strip()}”不是数值，未导入")
                elif not readings or readings[-1][1] != row[col].place:
                    readings.append((v, row[col].place))
        values = {v for v, _ in readings}
        if not readings:
            found.warn(task, f"{task}未填任务涉及金额")
            return None
        if len(values) > 1:
            found.warn(readings[-1][1], f"{task}任务涉及金额有{len(readings)}个读数（"
                       + "、".join(f"{v}（{p}）" for v, p in readings) + f"），取最后一个{readings[-1][0]}，请核对原表")
        return readings[-1]

    def details(self, found: Found, field: str) -> None:
        """A 支出明细 / 项目支出明细 block: its label in the name column of a header row with 全年预算数 and 全年执行数
        (a table of its own, or rows of the funds table), one item a row, closed by 合计 — or by a row whose amounts
        are no figures. A project form's spending items (支出明细: 名称, 全年预算数, 全年执行数), a department's
        projects (重点项目). A 合计 that its rows do not add up to is reported, the rows kept as written."""
        names = ("项目名称", "执行数") if field == "重点项目" else ("名称", "全年执行数")
        for table, r, cols in self._header(DETAIL_COLUMNS, ("明细", "全年执行数")):
            # spending only (支出内容 | 全年执行数): read when a 合计 closes it that its rows add up to, below
            amounts = tuple(k for k in ("全年预算数", "全年执行数") if k in cols)
            if table.run_on or cols["明细"] > min(cols[k] for k in amounts):
                continue
            header, items, total = table.rows[r], [], None
            for row in table.rows[r + 1:]:
                name = cell_at(row, cols["明细"], header)
                if name is None or norm(name.text) in EMPTY:
                    break
                cells = {k: cell_at(row, cols[k], header) for k in amounts}
                values = {k: number(c.text) for k, c in cells.items() if c is not None and norm(c.text) not in EMPTY}
                if not values or None in values.values():
                    break
                if norm(name.text) in FUND_TOTAL or norm(name.text) == "小计":
                    total = (values, cells)
                    break
                i, item = len(items), {names[0]: name.text.strip()}
                found.sources[f"{field}[{i}].{names[0]}"] = name.place
                for k, v in values.items():
                    key = names[1] if k == "全年执行数" else k
                    item[key], found.sources[f"{field}[{i}].{key}"] = v, cells[k].place
                items.append(item)
            if not items:
                continue
            if len(amounts) == 1:  # names and what each spent: the year's spending by item, no projects to measure
                if field != "支出明细" or total is None or sum(i[names[1]] for i in items) != total[0]["全年执行数"]:
                    continue  # with no 合计 its rows add up to, no sure spending block
                found.data["支出构成"] = items
                for i in range(len(items)):
                    for key in names:
                        found.sources[f"支出构成[{i}].{key}"] = found.sources.pop(f"{field}[{i}].{key}")
                return
            found.data[field] = items
            for k, v in (total[0] if total else {}).items():
                key = names[1] if k == "全年执行数" else k
                parts = [item.get(key) for item in items]
                if all(isinstance(p, Decimal) for p in parts) and sum(parts) != v:
                    found.warn(total[1][k].place, f"{field}的合计行{k}为{v}，各行合计{sum(parts)}，不一致，已按原表导入，请核对")
            return

    def key_projects(self, found: Found) -> None:
        projects = []
        for table, r, cols in self._header(PROJECT_COLUMNS, ("项目名称", "执行数")):
            header = table.rows[r]
            for row in table.rows[r + 1:]:
                first = row[0] if row else None
                if first is not None and first.place != header[0].place and norm(first.text) in SECTION_STOPS + ("部门整体绩效",):
                    break
                name = cell_at(row, cols["项目名称"], header)
                if name is None or not name.text.strip():
                    continue
                if norm(name.text) in FUND_TOTAL or norm(name.text) == "小计":
                    break  # the total under the names (a 序号 column first, blank on the 合计 row)
                i = len(projects)
                p: dict[str, Any] = {}
                for key in PROJECT_COLUMNS:
                    cell = cell_at(row, cols.get(key), header)
                    if cell is None or norm(cell.text) in EMPTY:
                        continue
                    if key in ("项目名称", "绩效情况"):
                        v: Any = cell.text.strip()
                    elif key == "执行率":
                        v = rate(cell.text)
                    else:
                        v = number(cell.text)
                    if v is None:
                        raise self.fail(f"“{cell.text.strip()}”不是{key}的数值 / not a number", where=cell.place)
                    p[key] = v
                    found.sources[f"重点项目[{i}].{key}"] = cell.place
                projects.append(p)
            break
        if not projects:  # the seed's kind: each project a paragraph '一、“X”绩效情况：全年预算数…万元，执行数…万元'
            texts = [(c.text, c.place) for t in self.tables for row in t.rows for _, c in distinct(row)]
            texts += [(p.text, p.place) for p in self.doc.paragraphs]
            pattern = re.compile(r"[“\"]([^”\"]{2,40})[”\"]\s*绩效情况\s*[:：]\s*全年预算数为?\s*([\d.\s]+?)\s*万\s*元\s*"
                                 r"[,，]\s*执行数为?\s*([\d.\s]+?)\s*万\s*元")
            for text, place in texts:
                matches = list(pattern.finditer(text))
                for n, m in enumerate(matches):
                    i = len(projects)
                    budget, actual = number(m[2]), number(m[3])
                    p = {"项目名称": m[1].strip()}
                    if budget is not None:
                        p["全年预算数"] = budget
                    if actual is not None:
                        p["执行数"] = actual
                    end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
                    narrative = re.sub(r"[一二三四五六七八九十]+、\s*$", "", text[m.end(1) + 1:end]).strip()
                    p["绩效情况"] = re.sub(r"^\s*绩效情况\s*[:：]\s*", "", narrative)
                    for key in p:
                        found.sources[f"重点项目[{i}].{key}"] = place
                    projects.append(p)
        if projects:
            found.data["重点项目"] = projects


def recognize(doc: FormDocument) -> Found:
    """The form in a document: project or department, read by its labels."""
    rec = Recognizer(doc)
    if not rec.tables:
        raise rec.fail(NOT_A_FORM)
    rec.check_single_form()
    kind = rec.kind()
    found = rec.project() if kind == "project" else rec.department()
    for title, paras in listed_entries(doc):  # dated lines kept one a line, so that each is an entry of its date
        entries = paras[1:] if title else paras
        found.logs.append((title or "记事", "\n".join(p.text.strip() for p in entries),
                           span([p.place for p in paras]), None))
        found.consumed.update(p.place for p in paras)
    if doc.format == "docx" or any(p.heading for p in doc.paragraphs):
        report_sections(doc, found)
    else:
        used = set(found.sources.values()) | found.consumed  # a line read as a field (项目名称：…) is no narrative
        # (nor is a text print's furniture: a numbered part heading, a field line nobody reads — 编制人数：…)
        free = [p for p in doc.paragraphs if p.text.strip() and p.place not in used
                and not section_heading(_UNIT_REMARK_TAIL.sub("", p.text.strip()))
                and not _FIELD_LINE.fullmatch(p.text.strip()) and not _FORM_TITLE.fullmatch(norm(p.text))]
        if free and doc.format == "text" and not any(t.run_on for t in doc.tables):
            found.logs.append(("正文", "\n\n".join(p.text for p in free), f"{free[0].place}–{free[-1].place}", None))
    return found


_SECTION = re.compile(r"^[一二三四五六七八九十]+、\s*(.+)$")
# a form's note (说明 / 备注 / 注) that tells of a shortfall — a target missed, a deviation, its cause — and not of
# how the form is filled in (说明：本表金额单位为万元…)
_SHORTFALL_NOTE = re.compile(r"^(?:(?:自评|情况|填报)?说明|备注|注)\s*[：:]\s*(?P<text>(?=.*(?:未达|未完成|未能完成|偏差|原因)).+)$")
# a heading's unit remark: 一、部门预算资金（单位：万元）
_UNIT_REMARK_TAIL = re.compile(r"[（(]\s*(?:金额)?单位\s*[：:]\s*[^（）()]{1,6}[）)]\s*$")
# the number of a section heading: 三、 / （二） / 3. / 3、
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(【][一二三四五六七八九十\d]{1,3}[）)】]|\d{1,2}[、.．](?!\d)"
                             r"|第[一二三四五六七八九十]{1,3}(?:部分|章|节))\s*")
# a field line of a form: '项目名称：…', '单位：万元' (its label is short; its value no sentence)
# the form's own title line: '项目支出绩效自评表', '2025年度部门整体支出绩效自评表（公开）'
_FORM_TITLE = re.compile(r"[^。；;，,：:]{0,30}绩效自评表(?:[（(][^（）()]{1,10}[）)])?")
_FIELD_LINE = re.compile(r"[\u4e00-\u9fff（）()]{2,10}[：:][^。；;]{1,60}")
# a line that opens a list: '项目实施主要节点：' (a short label, nothing after its colon)
_LABEL_LINE = re.compile(r"[^。；;，,：:\s]{2,20}[：:]")


# a part head a print sets in brackets: '【三、年度总体目标】', '〖二、项目支出明细〗（单位：万元）'
_BRACKETED_HEAD = re.compile(r"^[【〖\[［]\s*(?![一二三四五六七八九十\d]{1,3}\s*[】〗\]］])([^【】〖〗\[\]［］]{1,30}?)\s*[】〗\]］]")


def unbracketed(text: str) -> str:
    """A part head without the brackets a print sets it in: '【三、年度总体目标】' → '三、年度总体目标'."""
    return _BRACKETED_HEAD.sub(r"\1", text.strip())


def section_heading(text: str) -> bool:
    """A numbered line with no sentence in it, as a form's part heading: '三、年度总体目标', '（二）偏差原因',
    '【三、年度总体目标】'."""
    t = unbracketed(text)
    return bool(_HEADING_NUMBER.match(t)) and len(t) <= 30 and not re.search(r"[。；;，,]", t) \
        and not re.search(r"[：:]\s*\S", t)


def heading_role(text: str) -> str | None:
    """The field a heading names — goal, done, cause — or None: '三、年度总体目标' → goal, '偏差原因：' → cause."""
    t = norm(_HEADING_NUMBER.sub("", unbracketed(text)))
    t = _UNIT_REMARK.sub("", t)
    if t in _ROLE:
        return _ROLE[t]
    if t in GOAL_ROW_LABELS:
        return "goal"
    if t in DONE_ROW_LABELS:
        return "done"
    if "指标" not in t and len(t) <= 14:  # a head naming the unit's goal in its own words: 三、部门年度绩效目标
        if t.endswith("目标"):
            return "goal"
        if t.endswith("目标完成情况"):
            return "done"
    return "cause" if t.startswith(CAUSE_ROW_LABELS) else None


def dated_entry(text: str) -> bool:
    """A line of a dated list: '2025年3月12日 开展…', '4月18日：…', '2025年8月 新风机组到货延迟27天' — what a work log's
    line is, one event (a long paragraph that opens with a date is a report's sentence, not an entry)."""
    from ..load import _ITEM, _ITEM_DATE, _MONTH_ITEM

    t = _ITEM.sub("", text.strip(), count=1)  # '1. 3月12日 …', '- 2025-03-12 …'
    if len(t) > 150:
        return False
    d = _ITEM_DATE.match(t)
    if d:
        return bool(t[d.end():]) and bool(d["gap"] or d["sep"])
    return bool(_MONTH_ITEM.match(t))


def listed_entries(doc: FormDocument) -> list[tuple[str, list[Paragraph]]]:
    """Dated lists a form prints among its tables: a label line ('项目实施主要节点：') and the dated lines under it,
    or a run of two or more dated lines — (the label, or '', and the paragraphs, the label line first). A table, a
    heading, a field or labelled narrative line, or any line that is no dated entry ends a list."""
    out: list[tuple[str, list[Paragraph]]] = []
    title, items = "", []

    def close() -> None:
        entries = items[1:] if title else items
        if entries and (title or len(entries) >= 2):
            out.append((title, list(items)))

    for block in doc.blocks:
        text = block.text.strip() if isinstance(block, Paragraph) else ""
        if isinstance(block, Table) or block.heading or section_heading(text) or _NARRATIVE.search(text) \
                or _FIELD_LINE.fullmatch(text):
            close()
            title, items = "", []
        elif _LABEL_LINE.fullmatch(text):
            close()
            title, items = text[:-1], [block]
        elif dated_entry(text):  # (a label over other lines — 填表说明：1. … — opens no list: its lines stay text)
            items.append(block)
        else:
            close()
            title, items = "", []
    close()
    return out


def report_sections(doc: FormDocument, found: Found) -> None:
    """A 自评报告's sections (一、基本情况 … 五、改进措施) become logs; 存在问题 and 改进措施 are the unit's own."""
    sections: list[tuple[str, list[Paragraph]]] = []
    for p in doc.paragraphs:
        m = _SECTION.match(p.text)
        if m or (p.heading and sections):
            sections.append(((m[1] if m else p.text).strip(), []))
        elif sections and p.place not in found.consumed:  # (a field under its heading, a list: read already)
            sections[-1][1].append(p)
    for title, paras in sections:
        if not paras:
            continue
        text = "\n\n".join(p.text for p in paras if not p.text.startswith("附："))
        place = paras[0].place if len(paras) == 1 else f"{paras[0].place}–{paras[-1].place}"
        found.logs.append((title, text, place, None))
        key = ("已填存在问题" if "问题" in title else "已填改进措施" if "改进" in title or "措施" in title else None)
        if key and key not in found.data:
            items = [p.text for p in paras if not p.text.startswith("附：")]
            found.data[key] = items
            for i, p in enumerate(paras[:len(items)]):
                found.sources[f"{key}[{i}]"] = p.place
