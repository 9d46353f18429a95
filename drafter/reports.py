"""Read a long REPORT for `drafter summarize`: .txt/.md, .docx, a text-layer .pdf, or a drafter input.

    read_report(path) -> ReportDoc      # .text: what the checker sees; .blocks: cleaned paragraphs

The text of a report is rarely clean. The seed (an OCR'd 绩效自评表) shows what to expect, and `layout`
repairs it without ever changing a number:

- lines wrap mid-sentence and OCR puts spaces between characters ("生 命至上", "1. 29 万家次"): lines are
  joined into paragraphs, whitespace next to Chinese text is dropped, "3475. 09" is joined to 3475.09;
- form tables arrive as tab-separated rows whose cells are *fragments* of wrapped columns: a run of rows
  with the same number of cells is read column by column, so each column's prose is whole again; columns
  without a sentence in them (indicator names, "100%" values) are left to the budget-figure reader;
- rotated or overprinted regions come out as garbage ("一个一个一个…", "了 51 次。 420 车次。 19 违规"):
  such cells are dropped rather than quoted;
- the form's left-column labels (存在问题, 改进措施或下一步计划, 部门整体绩效 …) mark the zone of what follows
  and never cut an unfinished sentence in two.

Reports of other units arrive as web pages, forms and PDFs: `strip_furniture` first removes what is not the
report (site furniture such as 发布时间 and 可在线阅读…, page headers, footers and numbers, form instructions and
signature lines, table rows run together with spaces) and puts a report copied without line breaks back on
lines; 基本情况 and 资金情况 parts are zones of their own. The 绩效指标 table is read with drafter.forms
(`ReportDoc.indicators`).

A drafter input (folder / YAML / JSON) is summarized as the whole self-evaluation the offline engine writes
for it (drafter.pipeline.draft), preceded by its budget figures; its numbers are then checked against the
input files themselves, not against that rendering.
"""

from __future__ import annotations

import re
import statistics
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from .errors import InputError
from .load import INPUT_NAMES, read_docx_text, read_text

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
INPUT_SUFFIXES = (".yaml", ".yml", ".json")
MIN_PDF_CHARS = 20  # fewer extractable characters than this in a whole PDF: there is no text layer

Zone = Literal["body", "overall", "problem", "measure", "goal", "note", "basic", "funds"]

# Form labels (left column of the 自评表, or headings of a report) → the zone of the text they head.
ZONE_LABELS: tuple[tuple[str, Zone], ...] = (
    ("改进措施或下一步计划", "measure"), ("下一步工作计划", "measure"), ("下一步工作打算", "measure"),
    ("下一步计划", "measure"), ("下一步打算", "measure"), ("下步打算", "measure"), ("改进措施", "measure"),
    ("整改措施", "measure"), ("改进建议", "measure"), ("工作建议", "measure"), ("下一步", "measure"),
    ("存在的问题", "problem"), ("存在问题", "problem"), ("主要问题", "problem"), ("问题及原因", "problem"),
    ("存在的困难和问题", "problem"), ("困难和问题", "problem"), ("偏差原因分析", "problem"),
    ("偏差原因分析及改进措施", "problem"), ("偏差原因及改进措施", "problem"), ("未完成原因", "problem"),  # causes first
    ("部门整体绩效", "overall"), ("总体情况", "overall"), ("总体评价", "overall"), ("自评结论", "overall"),
    ("评价结论", "overall"), ("总体绩效", "overall"), ("绩效自评结论", "overall"), ("整体绩效情况", "overall"),
    ("年度目标", "goal"), ("预期目标", "goal"), ("部门整体支出的预期目标", "goal"), ("年度总体目标", "goal"),
    ("基本情况", "basic"), ("部门基本情况", "basic"), ("项目基本情况", "basic"), ("单位基本情况", "basic"),
    ("项目概况", "basic"), ("部门概况", "basic"), ("单位概况", "basic"), ("基本概况", "basic"),
    ("部门资金情况", "funds"), ("部门资金", "funds"), ("资金情况", "funds"), ("项目资金情况", "funds"),
    ("项目资金使用情况", "funds"), ("资金使用情况", "funds"), ("资金安排及使用情况", "funds"),
    ("部门整体支出情况", "funds"), ("整体支出情况", "funds"), ("预算执行情况", "funds"),
    ("重点项目绩效情况", "body"), ("主要任务", "body"),
    ("目标完成情况", "body"), ("实际完成情况", "body"), ("主要成效", "body"), ("工作成效", "body"), ("主要工作", "body"),
    ("主要做法", "body"), ("绩效目标完成情况", "body"), ("项目绩效目标完成情况", "body"),
)
_LABEL_ZONE = dict(ZONE_LABELS)
_NOTE_HEAD = re.compile(r"^(?:注|备注|说明)\s*[:：]")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef“”‘’《》（）【】、"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?=[{_CJK}{_CJK_PUNCT}])")
_OCR_DECIMAL = re.compile(r"(?<=\d)([.．])\s+(?=\d)")
_ASCII_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_ASCII_PUNCT_RE = re.compile(r"(?<!\d)[,;:!?]|[,;:!?](?!\d)")
_PAREN_ENUM = re.compile(r"\(([一二三四五六七八九十\d]{1,3})\)")
_TERMINAL = "。！？；：”」』"
_ENUM_START = re.compile(
    r"^(?:[-*•·]\s+|#{1,6}\s|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]+[章节部分]|\d{1,2}[、．](?!\d)|\d{1,2}\.\s)"
)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_MARKUP = re.compile(r"\*\*|__|`")


class Block(BaseModel):
    """One cleaned paragraph (or heading) of the report, in document order."""

    text: str
    heading: bool = False
    zone: Zone = "body"
    line: int = Field(0, description="first source line (1-based) the block came from; 0 when not line-based")
    table: bool = Field(False, description="reassembled from a table column")


class Figure(BaseModel):
    """A budget figure as the report writes it: label, value, unit, and the exact digits to copy."""

    label: str
    value: Decimal
    digits: str = Field(description="the number as written, OCR spaces removed: 3475.09, 92.94")
    unit: str = ""

    @property
    def text(self) -> str:
        return f"{self.digits}{self.unit}"


class BudgetFigures(BaseModel):
    """The department's (or project's) headline budget figures found in the report."""

    unit: str | None = Field(None, description="the report's declared 单位 (万元 / 元)")
    year: str | None = None
    name: str | None = Field(None, description="部门名称 / 单位名称 / 项目名称")
    initial: Figure | None = None
    adjusted: Figure | None = None
    actual: Figure | None = None
    completion: Figure | None = Field(None, description="预算完成率 / 执行率 / 实际支出率")
    adjustment: Figure | None = Field(None, description="预算调整率 as printed (the form drops its sign)")


class IndicatorRow(BaseModel):
    """A row of the report's 绩效指标 table: the indicator, its target and its actual value as written."""

    name: str
    target: str = ""
    actual: str = ""
    met: bool | None = Field(None, description="the actual meets the target (drafter.schema.target_met); None: cannot tell")


class ProjectRow(BaseModel):
    """A key project of a form (重点项目绩效情况): its 全年预算数 and 执行数 as the importer reads them."""

    name: str
    budget: Decimal
    actual: Decimal


class ReportDoc(BaseModel):
    path: str
    kind: Literal["text", "markdown", "docx", "pdf", "input"]
    text: str = Field(description="the report text as read: the source the summary's numbers are checked against")
    blocks: list[Block]
    budget: BudgetFigures
    check_paths: list[str] = Field(
        default_factory=list, description="for a drafter input: the files its numbers must be traced to"
    )
    indicators: list[IndicatorRow] = Field(default_factory=list, description="the 绩效指标 table, any layout")
    projects: list[ProjectRow] = Field(default_factory=list, description="a form's key projects (read as text)")

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def cleaned_text(self) -> str:
        """The blocks as cleaned text, one per line (what the summary's sentences are cut from), then every
        table row with its cells cleaned one by one and separated by "；" (where the budget figures stand), then
        each indicator row as its columns name it ("日常养护里程：年度指标值≥420公里，实际完成值436公里。"), so the
        checker reads a target and an actual as what they count."""
        rows = []
        for line in self.text.splitlines():
            if "\t" in line or (line.strip().startswith("|") and line.count("|") >= 3):
                cells = [clean_line(c) for c in _table_cells(line)]
                rows.append("；".join(c for c in cells if c))
        rows += [f"{r.name}：" + "，".join(x for x in (f"年度指标值{r.target}" if r.target else "",
                                                   f"实际完成值{r.actual}") if x) + "。" for r in self.indicators]
        return "\n".join([b.text for b in self.blocks] + rows)


# --- reading ------------------------------------------------------------------------------------------


def read_pdf_text(path: Path) -> str:
    """Text layer of every page; a scanned or encrypted PDF is an InputError, never an empty summary."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PdfReadError

    from .limits import limit
    from .safefile import pdf_limits, regular_file

    regular_file(path, "report")
    part = limit("part")
    pdf_limits()
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            # An owner-password-only PDF opens with the empty user password; anything else needs a password.
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, PdfReadError, ValueError):
                opened = 0
            if not opened:
                raise InputError(path, "PDF 已加密，请提供未加密的版本 / the PDF is encrypted (password protected)")
        pages = []
        for page in reader.pages:
            contents = page.get_contents()  # decoded here first: extract_text swallows a LimitReachedError
            if contents is not None:
                contents.get_data()
            pages.append(page.extract_text() or "")
    except InputError:
        raise
    except LimitReachedError:
        raise part.error(path, "PDF 数据流") from None
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, DependencyError, NotImplementedError) as e:
        raise InputError(path, f"不是可读取的 PDF 文件 / not a readable PDF ({type(e).__name__})") from None
    text = "\n".join(pages)
    if len(re.sub(r"\s", "", text)) < MIN_PDF_CHARS:
        raise InputError(
            path,
            "PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word/文本版 / "
            "the PDF has no text layer (scanned?): run OCR first or give a .docx/.txt",
        )
    return text


def _render_input(path: Path) -> tuple[str, list[str], list[IndicatorRow]]:
    """A drafter input as the whole self-evaluation the offline engine writes, plus its check sources and its
    indicators (so that a missed one is never taken for a result)."""
    from .facts import build_facts
    from .load import load_input
    from .pipeline import check_sources, draft
    from .schema import FormKind

    report = load_input(path)
    result = draft(path, engine="offline")
    sheet = build_facts(report)
    unit = report.budget.unit
    lines = [f"{report.unit}{report.year}年度{report.form.value}绩效自评报告", "",
             f"部门名称：{report.unit}", f"被评价年度：{report.year}年", f"单位：{unit}", ""]
    figures = []
    # the form's own words: a project form has 全年预算数 / 全年执行数 / 执行率, no 调整预算
    labels = (("年初预算数", "全年预算数", "全年执行数", "执行率") if report.form is FormKind.project
              else ("年初预算", "调整预算", "实际支出", "预算完成率"))
    for path_, label in zip(("budget.initial", "budget.adjusted", "budget.actual", "derived.completion_rate"), labels):
        fact = sheet.get(path_)
        if fact is not None:  # as the draft writes it (118.00万元), so the summary sees the same figure once
            figures.append(f"{label}{fact.text}")
    if figures:
        lines += ["部门资金情况", "，".join(figures) + "。", ""]
    for section in result.sections:
        lines += [section.name, ""]
        for para in section.paragraphs:
            lines += [para.text, ""]
    return "\n".join(lines), [str(p) for p in check_sources(report)], indicator_rows(report)


def indicator_rows(report: Any) -> list[IndicatorRow]:
    """A drafter input's indicators as rows: the actual as the draft writes it (39.6公里), the target as the form
    states it — or, on a 部门整体支出 form whose 关键指标 have no target column, the figure the task's 预期目标
    gives (新建科普e站12个 → 12个), so that a result short of it is never taken for an achievement."""
    from .domain.problems import goal_target, stated_target
    from .facts import build_facts

    sheet = build_facts(report)
    rows = []
    for ti, task in enumerate(report.tasks):
        for ii, ind in enumerate(task.indicators):
            path = f"tasks[{ti}].indicators[{ii}]"
            actual, target = sheet.get(f"{path}.actual"), sheet.get(f"{path}.target")
            written = actual.text if actual is not None else ind.actual_text or ""
            if not written:
                continue
            stated, met = ind.target_text or "", ind.met
            if target is not None:
                stated = stated_target(ind, target).removeprefix("为")
            elif met is None and actual is not None and (goal := goal_target(task, ind)) is not None:
                stated, met = goal.text, goal.met_by(actual.value)
            rows.append(IndicatorRow(name=ind.name, target=stated, actual=written, met=met))
    return rows


def _form_figures(path: Path) -> tuple[list[IndicatorRow], list[ProjectRow]]:
    """The indicators and key projects of a form the importer reads (drafter.forms), for a report read as text:
    a department form's 关键指标 | 指标完成情况 table has no 年度指标值 column for the table reader to compare by,
    and its 重点项目 rows no budget line the budget reader looks for."""
    from pydantic import ValidationError

    from .forms import import_form
    from .load import _money_unit
    from .schema import ReportInput

    try:  # imported quietly: what the import could not read is drafting's to say, not the summary's
        data = import_form(path).input
        report = ReportInput.model_validate(data, context={"money_unit": _money_unit(data)})
    except (InputError, ValidationError, ValueError, OSError):
        return [], []
    projects = [ProjectRow(name=p.name, budget=p.full_year, actual=p.actual) for p in report.key_projects
                if p.full_year is not None and p.actual is not None]
    return indicator_rows(report), projects


_FORM_FILES = (".txt", ".md", ".docx", ".pdf")  # what drafter.forms imports besides .xlsx (always read as a form)


def _bare_form(p: Path) -> bool:
    """A 自评表 (not a narrative report) that drafter.forms reads: its figures are in table cells that the
    report reader cannot tie to their columns, so it is summarized as drafting writes it (as .xlsx always is)."""
    from .forms import FORM_SUFFIXES, import_form

    if p.suffix.lower() not in FORM_SUFFIXES:
        return False
    try:
        import_form(p)
    except InputError:
        return False
    return True


def read_report(path: str | Path) -> ReportDoc:
    """Any report drafter can summarize, as cleaned blocks plus its headline budget figures."""
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(p, "文件不存在 / file not found")
    except OSError as e:  # a name too long, a loop: one line
        from .safefile import os_error

        raise os_error(p, e) from None
    check_paths: list[str] = []
    rows: list[IndicatorRow] = []
    suffix = p.suffix.lower()
    if p.is_dir() or suffix in INPUT_SUFFIXES or suffix in (".xlsx", ".xlsm"):  # a form sheet: imported
        if p.is_dir() and not any((p / n).is_file() for n in INPUT_NAMES):
            from .load import form_in_folder

            form_in_folder(p)  # a folder of a form and its logs is drafted as that form; else one line saying so
        text, check_paths, rows = _render_input(p)
        kind = "input"
    elif suffix in TEXT_SUFFIXES:
        text = read_text(p, "report")
        kind = "markdown" if suffix in (".md", ".markdown") else "text"
    elif suffix == ".docx":
        text, kind = read_docx_text(p, "report"), "docx"
    elif suffix == ".pdf":
        text, kind = read_pdf_text(p), "pdf"
    elif suffix == ".doc":
        raise InputError(p, "不支持旧版 .doc，请在 Word 中另存为 .docx / old .doc format: save as .docx")
    else:
        raise InputError(
            p, f"无法识别的报告格式“{suffix or '无扩展名'}”，支持 .txt .md .docx .pdf 或 drafter 输入（目录/YAML/JSON）"
               " / unknown report format"
        )
    if not text.strip():
        raise InputError(p, "文件为空 / the file is empty")
    if kind != "input" and _no_budget(budget_figures(text)) and _bare_form(p):
        text, check_paths, rows = _render_input(p)  # a form whose text gives no budget figure: read as a form
        kind = "input"
    blocks = layout(strip_furniture(text))
    if not any(not b.heading and b.zone != "note" for b in blocks):
        raise InputError(p, "报告中没有可摘要的正文 / no prose to summarize")
    projects: list[ProjectRow] = []
    if kind != "input":
        form_rows, projects = _form_figures(p) if p.suffix.lower() in _FORM_FILES else ([], [])
        rows = read_indicators(p, kind, text) or form_rows
    return ReportDoc(path=str(p), kind=kind, text=text, blocks=blocks, budget=budget_figures(text),
                     check_paths=check_paths, indicators=rows, projects=projects)


def _no_budget(b: BudgetFigures) -> bool:
    return b.initial is None and b.adjusted is None and b.actual is None


def read_indicators(path: Path, kind: str, text: str) -> list[IndicatorRow]:
    """The rows of every 绩效指标 table in the report, read by the form readers (drafter.forms: tab and pipe
    tables in text, Word and PDF tables). A run-on table has no columns to read by, and is left to the prose."""
    from .forms import parse_text_form, read_form
    from .forms.layout import INDICATOR_COLUMNS, cell_at, header_columns
    from .schema import parse_target, target_met

    try:
        form = parse_text_form(text, str(path)) if kind in ("text", "markdown") else read_form(path)
    except (InputError, ValueError, OSError):
        return []
    rows: list[IndicatorRow] = []
    for table in form.tables:
        if table.run_on:
            continue
        header, cols = None, {}
        for row in table.rows:
            found = header_columns(row, INDICATOR_COLUMNS)
            if "三级指标" in found and "实际完成值" in found:
                header, cols = row, found
                continue
            if header is None:
                continue
            cells = {k: cell_at(row, cols.get(k), header) for k in ("三级指标", "年度指标值", "实际完成值")}
            name, target, actual = ((c.text.strip() if c is not None else "") for c in cells.values())
            if not name or not actual or name in ("总分", "合计") or name == actual or len(name) > 40:
                continue  # a total, or a box of prose spanning the row (存在问题 …) below the table
            goal = parse_target(target) if target else None
            met = target_met(goal, actual) if goal is not None else None
            rows.append(IndicatorRow(name=name, target=target, actual=actual, met=met))
    return rows


# --- cleaning -----------------------------------------------------------------------------------------

# Lines that are the furniture of a web page, a printed page or a blank form, never the report's content.
_FURNITURE_LINE = re.compile(
    r"^(?:首页\s*[>＞»]|当前位置|您的位置|发布(?:时间|日期)\s*[:：]|来源\s*[:：]|浏览(?:次数|量)|阅读(?:次数|量)\s*[:：]"
    r"|【\s*字[体号]|字[体号]\s*[:：]\s*[大中小]|【\s*打印|【\s*关闭|分享到|扫一扫|上一篇|下一篇|版权所有|主办单位|承办单位"
    r"|网站标识码|联系我们|网站地图|[^\s]{0,10}ICP备|.{0,12}(?:可在线阅读|在线阅读|点击下载|下载(?:PDF|附件|全文))"
    r"|附件\s*\d*\s*(?:[:：]|$)|填表说明|填报说明|编制说明\s*[:：]|(?:单位|财务)负责人(?:签字)?\s*[:：]|填[报表]人\s*[:：]"
    r"|审核人\s*[:：]|联系电话\s*[:：]|填报(?:单位|日期)|[（(]?盖章[）)]?\s*[:：]?$|<!--)"
)
_PAGE_MARK = re.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
                        r"|\d{1,3}\s*/\s*\d{1,3}|<!--.*-->)\s*$")
# "（请逐条列明，没有的填“无”）" after a form label: an instruction to whoever fills the form in.
_INSTRUCTION = re.compile(r"[（(](?:请|不超过|限|须|需|应|按)[^（）()]{0,60}[）)]")
# A run-on report (text copied out of a PDF without its line breaks): headings and form labels stand inside
# the line, between spaces. They are put back on lines of their own.
_RUN_ON_HEADING = re.compile(r"(?:(?<=\s)|(?<=[。；]))([一二三四五六七八九十]{1,2}、[^\s，。；：:]{2,24})\s+")
_RUN_ON_SUB = re.compile(r"(?:(?<=\s)|(?<=[。；]))(?=[（(][一二三四五六七八九十]{1,2}[）)])")
_RUN_ON_SIGNATURE = re.compile(r"\s+(?:单位负责人|财务负责人|填[报表]人|联系电话)\s*[:：].*$")
_FORM_LABELS = ("年度总体目标", "预期目标", "实际完成情况", "目标完成情况", "绩效指标", "项目资金（万元）", "项目资金(万元)")
_DATE_LINE = re.compile(r"^[（(]?\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?$")
RUN_ON_MIN = 300  # a line this long holding headings between spaces is a whole report on one line


def _split_run_on(line: str) -> str:
    # a tab row is a table (OCR puts spaces inside its cells); a run-on report has headings or labels inside
    if len(line) < RUN_ON_MIN or line.count(" ") < 5 or "\t" in line or "|" in line:
        return line
    labels = sum(line.count(f" {x} ") for x in _FORM_LABELS)
    if len(_RUN_ON_HEADING.findall(line)) < 2 and labels < 2:
        return line
    line = _RUN_ON_SIGNATURE.sub("", line)
    line = _RUN_ON_HEADING.sub(lambda m: "\n" + m.group(1) + "\n", line)
    line = _RUN_ON_SUB.sub("\n", line)
    labels = "|".join(re.escape(x) for x in sorted({*_FORM_LABELS, *(l for l, _ in ZONE_LABELS if len(l) >= 4)}, key=len, reverse=True))
    line = re.sub(rf"(?:(?<=\s)|(?<=^))({labels})\s+", lambda m: "\n" + m.group(1) + "\n", line)
    return "\n".join(x.strip() for x in line.split("\n"))


def _flattened_table(line: str) -> bool:
    """A table row run together with spaces ("产出指标 数量指标 代办服务事项 ≥2000件 2846件 10 10 无 …"): many
    short space-separated tokens and hardly a sentence mark. Its figures are read by `budget_figures`."""
    tokens = line.split()
    if len(tokens) < 8:
        return False
    short = sum(1 for x in tokens if len(x) <= 10)
    marks = len(re.findall(r"[。；！？]", line))
    return short >= 0.75 * len(tokens) and marks <= len(tokens) / 8


_PIPE_ROW = re.compile(r"^\|.*\|$")  # a Markdown table row: its columns are read (header rows give their zones)


def strip_furniture(text: str) -> str:
    """The report without what is not the report: web-page and printed-page furniture (breadcrumbs, 发布时间,
    可在线阅读…, 上一篇, footers, "— 3 —", running heads), form instructions and signature lines, flattened
    table rows; run-on text put back on lines. Removed lines become blank, so nothing else moves and no
    character of what stays is changed (the checker reads the raw text)."""
    lines = []
    for raw in text.splitlines():
        lines.extend(_split_run_on(raw).split("\n") if len(raw) >= RUN_ON_MIN else [raw])
    # a running head: a short line without a sentence mark or a tab, repeated on three or more pages
    counts: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        if key and len(key) <= 30 and "\t" not in line and "|" not in line and not re.search(r"[。；，]", key):
            counts[key] = counts.get(key, 0) + 1
    heads = {k for k, n in counts.items() if n >= 3 and label_zone(k) is None}
    # the signature at the end: a date alone on its line, and the unit's name just above it
    tail = [i for i, line in enumerate(lines) if line.strip()][-3:]
    for i in tail:
        if _DATE_LINE.match(lines[i].strip()):
            heads.add(lines[i].strip())
            prev = [j for j in tail if j < i]
            if prev and len(lines[prev[-1]].strip()) <= 24 and not re.search(r"[。；，：:\d]", lines[prev[-1]]):
                heads.add(lines[prev[-1]].strip())
    out = []
    for line in lines:
        s = line.strip()
        if (s in heads or _PAGE_MARK.match(s) or _DATE_LINE.match(s)
                or _FURNITURE_LINE.match(re.sub(r"[ \t\u3000\xa0]+", "", s))
                or (" " in s and "\t" not in line and not _PIPE_ROW.match(s) and _flattened_table(s))):
            out.append("")
            continue
        out.append(_INSTRUCTION.sub("", line) if "请" in line or "不超过" in line else line)
    return "\n".join(out)



def clean_line(text: str) -> str:
    """OCR spacing out, numbers joined ("3475. 09" → 3475.09), ASCII punctuation in Chinese made full-width."""
    text = _MD_MARKUP.sub("", text.replace("\u3000", " ").replace("\xa0", " "))
    text = _OCR_DECIMAL.sub(r"\1", text)
    text = _SPACE_NEAR_CJK.sub("", text)
    text = _PAREN_ENUM.sub(r"（\1）", text)
    if _HAS_CJK.search(text):
        text = _ASCII_PUNCT_RE.sub(lambda m: _ASCII_PUNCT[m.group(0)], text)
    return _SPACE_RUN.sub(" ", text).strip()


# Compiled once: clean_line and label_zone run for every line of a report (60,000-paragraph documents).
_HAS_CJK = re.compile(f"[{_CJK}]")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_LABEL_MARK = re.compile(r"^(?:#{1,6}\s*|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*")
_INLINE_TEXT = re.compile(r"[：:]\s*\S")


def _curly_quotes(text: str) -> str:
    """Paired ASCII double quotes in Chinese prose → “…” (done per paragraph: OCR lines split the pairs)."""
    if text.count('"') % 2 or not re.search(f"[{_CJK}]", text):
        return text
    return re.sub(r'"([^"]*)"', r"“\1”", text)


def _garbled(text: str) -> bool:
    """OCR of a rotated or overprinted region: many one-to-three-character fragments, or heavy repetition."""
    parts = text.split()
    if len(parts) >= 6 and statistics.median(len(x) for x in parts) <= 3:
        return True
    chars = [c for c in text if not c.isspace()]
    if len(chars) >= 30:
        grams = [a + b for a, b in zip(chars, chars[1:])]
        if len(set(grams)) / len(grams) < 0.7:
            return True
    return False


def label_zone(text: str) -> Zone | None:
    """The zone a heading or form label opens, if the text is one (allowing 一、 / （二） / # prefixes)."""
    t = _LABEL_MARK.sub("", text, count=1)
    t = t.strip().rstrip("：:").strip()
    if _INLINE_TEXT.search(t):
        return None  # "改进措施：落实…" is a label with its text (an inline label), not a heading
    if t in _LABEL_ZONE:
        return _LABEL_ZONE[t]
    if len(t) <= 16:
        for label, zone in ZONE_LABELS:
            if t.startswith(label) or t.endswith(label):
                return zone
    return None


def _inline_label(text: str) -> tuple[Zone, str] | None:
    """'存在问题：实施项目过程中…' → ('problem', '实施项目过程中…')."""
    m = re.match(r"^(?:#{1,6}\s*|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*"
                 r"([^\s：:。，]{2,12})[：:]\s*(.+)$", text)
    if m and m.group(1) in _LABEL_ZONE:
        return _LABEL_ZONE[m.group(1)], m.group(2)
    return None


class _Line(BaseModel):
    text: str
    line: int
    table: bool = False


def _table_cells(raw: str) -> list[str]:
    if raw.strip().startswith("|") and raw.strip().endswith("|"):  # markdown table
        cells = raw.strip().strip("|").split("|")
        return [] if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c in cells) else cells
    return raw.split("\t")


def _logical_lines(text: str) -> list[_Line | None]:
    """Source lines → logical lines (None = blank). Tab-table runs are read column by column."""
    raw_lines = text.splitlines()
    out: list[_Line | None] = []
    i = 0
    while i < len(raw_lines):
        raw = raw_lines[i]
        is_table = "\t" in raw or (raw.strip().startswith("|") and raw.strip().endswith("|") and raw.count("|") >= 3)
        if not is_table:
            out.append(_Line(text=raw, line=i + 1) if raw.strip() else None)
            i += 1
            continue
        cells = _table_cells(raw)
        width = len(cells)
        filled = [c for c in cells if c.strip()]
        if len(filled) <= 1:  # a continuation line that happens to start with a tab
            out.append(_Line(text=filled[0], line=i + 1) if filled else None)
            i += 1
            continue
        if len(filled) == 2 and label_zone(filled[0].strip()) is not None and len(filled[1].strip()) > 12:
            out.append(_Line(text=filled[0].strip(), line=i + 1))  # 存在问题<TAB>… : label, then its text
            out.append(_Line(text=filled[1], line=i + 1))
            out.append(None)
            i += 1
            continue
        # A run: following rows with the same width, blank lines allowed inside (page breaks).
        run: list[tuple[int, list[str]]] = [(i + 1, cells)]
        j = i + 1
        while j < len(raw_lines):
            nxt = raw_lines[j]
            if not nxt.strip():
                j += 1
                continue
            if "\t" in nxt or nxt.strip().startswith("|"):
                ncells = _table_cells(nxt)
                nfilled = [c for c in ncells if c.strip()]
                label_row = len(nfilled) == 2 and label_zone(nfilled[0].strip()) is not None
                # a tab row copied out of Excel loses its empty trailing cells: the same table, padded below
                trimmed = "\t" in nxt and 2 <= len(ncells) < width
                if (len(ncells) == width or trimmed) and not label_row:
                    run.append((j + 1, ncells + [""] * (width - len(ncells))))
                    j += 1
                    continue
            break
        # Columns are read top to bottom. A header row (短标签: 预期目标 | 目标完成情况 …) is not prose; a column
        # of short cells (indicator names, "100%") holds no sentences — the figure reader sees those rows.
        # A form of several parts (部门整体支出: 年度目标, then 主要任务, then 重点项目) has a header row for each:
        # a column is read part by part, each under its own header (预期目标 of the tasks is a plan, 目标完成情况
        # beside it the results).
        sections: list[tuple[list[str] | None, list[tuple[int, list[str]]]]] = [(None, [])]
        for n, row in run:
            if _header_row(row):
                sections.append((row, []))
            else:
                sections[-1][1].append((n, row))
        first = next((h for h, _ in sections if h is not None), None)
        for col in range(width):
            for header, body in sections:
                header = header if header is not None else first  # rows before any header: the first one's columns
                out += _column_lines(body, col, header)
        i = j
    return out


def _column_lines(body: list[tuple[int, list[str]]], col: int, header: list[str] | None) -> list[_Line | None]:
    """One column of a table part as prose: its label line (when the header cell names a zone), then its text."""
    pieces = [(n, row[col]) for n, row in body if row[col].strip() and not _garbled(row[col])]
    if not pieces or statistics.median(len(p.strip()) for _, p in pieces) < 10:
        return []
    joined = "".join(clean_line(p) for _, p in pieces)
    if not (re.search(r"[。！？；]", joined) and len(re.findall(f"[{_CJK}]", joined)) >= 20):
        return []
    out: list[_Line | None] = []
    label = header[col].strip() if header is not None and col < len(header) else ""
    if label and label_zone(label) is not None:  # 预期目标 | 实际完成情况: the column's zone
        out.append(_Line(text=label, line=pieces[0][0]))
    return [*out, _Line(text=joined, line=pieces[0][0], table=True), None]


def _header_row(cells: list[str]) -> bool:  # short labels only; 偏差原因分析及改进措施 (11) is one
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(len(c) <= 12 and not re.search(r"[\d，,。；：:]", c) for c in filled)


_LABEL_INSIDE = re.compile(
    r"(?<=\S)\s+(?:" + "|".join(sorted((re.escape(l) for l, _ in ZONE_LABELS if len(l) >= 4), key=len, reverse=True))
    + r")\s+(?=\S)"
)


def _form_label_inside(text: str) -> str:
    """OCR sometimes merges the form's left-column label into a prose line: '…安全度 重点项目绩效情况 汛提供了…'."""
    return _LABEL_INSIDE.sub(" ", text) if " " in text else text


def layout(text: str) -> list[Block]:
    """The report as cleaned blocks (paragraphs and headings) with their zones, in document order."""
    lines = _logical_lines(text)
    lengths = [len(clean_line(ln.text)) for ln in lines if ln is not None and not ln.table]
    typical = statistics.median(lengths) if lengths else 0
    blocks: list[Block] = []
    zone: Zone = "body"
    buf: list[str] = []
    buf_line = 0
    buf_table = False
    buf_zone: Zone = "body"  # the zone where the paragraph began: a label met mid-sentence applies after it
    pending_labels: list[Block] = []

    def flush() -> None:
        nonlocal buf, buf_table
        body = _curly_quotes("".join(buf).strip())
        buf = []
        if not body:
            return
        inline = _inline_label(body)
        if inline is None and len(body) <= 40 and not re.search(r"[。！？；，]", body):
            blocks.append(Block(text=body, heading=True, zone=label_zone(body) or buf_zone, line=buf_line))
        elif inline is not None:
            blocks.append(Block(text=body.split(inline[1])[0].rstrip("：: "), heading=True, zone=inline[0], line=buf_line))
            blocks.append(Block(text=inline[1], zone=inline[0], line=buf_line, table=buf_table))
        else:
            blocks.append(Block(text=body, zone=buf_zone, line=buf_line, table=buf_table))
        blocks.extend(pending_labels)
        pending_labels.clear()
        buf_table = False

    def unfinished() -> bool:
        return bool(buf) and not buf[-1].rstrip().endswith(tuple(_TERMINAL))

    prev_len = 0
    for k, ln in enumerate(lines):
        if ln is None:
            if not unfinished():
                flush()
            prev_len = 0
            continue
        raw = ln.text
        marked = raw.strip()  # list and heading marks are read before cleaning drops the space after them
        md_heading = bool(_MD_HEADING.match(marked))
        enum_start = bool(_ENUM_START.match(marked))
        line = clean_line(_form_label_inside(re.sub(r"^(?:#{1,6}|[-*•·])\s+", "", marked)))
        if not line or _UNIT_LINE.match(line):  # "单位：万元" declares the tables' unit; it is no sentence
            continue
        if _NOTE_HEAD.match(line):
            flush()
            zone = "note"
        lz = label_zone(line)
        alone = (k == 0 or lines[k - 1] is None) and (k + 1 == len(lines) or lines[k + 1] is None)
        titled = alone and not ln.table and len(line) <= 40 and not re.search(r"[。！？；]", line)
        is_heading = (lz is not None and len(line) <= 24) or md_heading or titled
        if is_heading:
            heading = Block(text=line.rstrip("：:"), heading=True, zone=lz or "body", line=ln.line)
            numbered = md_heading or bool(re.match(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])", line))
            fragment = not re.search(r"[，。；！？]", "".join(buf))  # a title or label run, not a sentence
            if unfinished() and not numbered and not fragment:
                # a label in the middle of a sentence (OCR of the form's left column): let the sentence finish
                pending_labels.append(heading)
                if lz is not None:
                    zone = lz
                continue
            flush()
            if lz is not None:
                zone = lz
            elif (md_heading or re.match(r"^[一二三四五六七八九十]{1,3}、", line)) and zone != "note":
                zone = "body"  # a new top-level part ends the problem / measure zone
            blocks.append(heading)
            continue
        starts_new = enum_start or bool(_ENUM_START.match(line)) or ln.table or _inline_label(line) is not None
        ended_short = prev_len and typical and prev_len < 0.8 * typical and not unfinished()
        if buf and (starts_new or ended_short or (buf_table and not ln.table)):
            if not (unfinished() and not starts_new):
                flush()
        if re.match(r"^[一二三四五六七八九十]{1,3}、", line) and zone in ("problem", "measure", "overall"):
            if label_zone(line[:16]) is None and not _inline_label(line):
                zone = "body"
        if not buf:
            buf_line, buf_table, buf_zone = ln.line, ln.table, zone
        buf.append(line)
        prev_len = len(line)
    flush()
    blocks.extend(pending_labels)
    return blocks


# --- headline budget figures -------------------------------------------------------------------------

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_GAP = r"[ \t:：]*(?:为|达到|达|是|共|计|共计)?[ \t:：]*"  # never across a line: that is another row
_FIGURE_LABELS: dict[str, tuple[str, ...]] = {
    "completion": ("预算完成率", "预算执行率", "资金执行率", "实际支出率", "支出率", "执行率", "完成预算的"),
    "adjusted": ("部门调整预算收入", "调整预算收入", "调整后预算", "调整预算数", "调整预算", "全年预算数", "全年预算"),
    "initial": ("部门年初预算收入", "年初预算收入", "年初预算数", "年初预算"),
    "actual": ("实际支出数", "实际支出", "全年执行数", "执行数"),
    "adjustment": ("预算调整率",),
}


_UNIT_LINE = re.compile(r"^(?:金额)?单位\s*[:：]\s*(?:万元|亿元|元)\s*$")
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CELL_NUMBER = re.compile(r"[\d,]+(?:\.\d+)?\s*(?:%|％|万元|亿元|元)?")


def _pair_header_rows(lines: list[str]) -> list[str]:
    """A table row of labels followed by a row of figures (年初预算|调整预算|实际支出 / 4124.28|3475.09|3229.91)
    becomes one line of label–figure pairs, so no label picks up the figure of its neighbour's column."""
    lines = [ln for ln in lines if not _RULE_ROW.match(ln)]  # a Markdown table's |---|---| rule
    out, i = [], 0
    while i < len(lines):
        cells = [c for c in re.split(r"\t|\||\s{2,}", lines[i]) if c.strip()]
        nxt = [c for c in re.split(r"\t|\||\s{2,}", lines[i + 1]) if c.strip()] if i + 1 < len(lines) else []
        if (len(cells) >= 2 and len(cells) == len(nxt) and not any(_CELL_NUMBER.fullmatch(c.strip()) for c in cells)
                and all(_CELL_NUMBER.fullmatch(c.strip()) for c in nxt)):
            out.append("；".join(f"{a.strip()} {b.strip()}" for a, b in zip(cells, nxt)))
            i += 2
            continue
        # the same with a first column of row names: 项目资金（万元）|年初预算数|全年预算数 over 年度资金总额|2860.00|2310.00
        if (len(cells) >= 3 and len(cells) == len(nxt) and not any(_CELL_NUMBER.fullmatch(c.strip()) for c in cells)
                and not _CELL_NUMBER.fullmatch(nxt[0].strip())
                and all(_CELL_NUMBER.fullmatch(c.strip()) or c.strip() in ("—", "-", "／", "/") for c in nxt[1:])):
            out.append(lines[i])
            out.append(nxt[0].strip() + " " + "；".join(f"{a.strip()} {b.strip()}" for a, b in zip(cells[1:], nxt[1:])))
            out.append(lines[i + 1])
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _flat(text: str) -> str:
    """Every line cleaned, table cells side by side: the text the figure patterns run over."""
    lines = _pair_header_rows(text.splitlines())
    return "\n".join(clean_line(line.replace("\t", " ").replace("|", " ")) for line in lines)


# the name of a funding line right before a label (区级财政资金 | 街道配套 + 资金执行率): that line's figure
_PART_BEFORE = re.compile(r"(?:财政|配套|补助|专项|自筹|转移支付|债券|结转|上级|省级|市级|区级|县级|中央|街道|乡镇|社会|其他)"
                          r"(?:资金|拨款)?$")


# the words before 资金执行率 that name the whole (项目资金执行率 is the project's own)
_WHOLE_BEFORE = re.compile(r"(?:项目|部门|整体|全部|年度|全年|总体|预算|单位)$")


def _line_named_before(flat: str, at: int, label: str) -> bool:
    """资金执行率 right after a name of its own (省级文物保护资金执行率): a funding line's rate, however long its name —
    unless the name is the whole's (项目资金执行率)."""
    return label.startswith("资金") and at > 0 and "\u4e00" <= flat[at - 1] <= "\u9fff" \
        and not _WHOLE_BEFORE.search(flat, max(0, at - 4), at)


def budget_figures(text: str) -> BudgetFigures:
    """The first figure under each label, preferring the form's own label (预算完成率 before 完成预算的)."""
    flat = _flat(text)
    found: dict[str, Figure] = {}
    for key, labels in _FIGURE_LABELS.items():
        for label in labels:
            pct = key in ("completion", "adjustment")
            unit_re = r"\s*(?P<unit>[%％])" if pct else r"\s*(?P<unit>万元|亿元|元)?"
            # "收入" and "数" after a shorter label belong to the label, not a reason to skip the figure
            pat = re.compile(rf"{re.escape(label)}(?:收入|数)?{_GAP}{_NUM}{unit_re}")
            # 街道配套资金执行率85.24%: a funding line's figure, not the whole's
            m = next((m for m in pat.finditer(flat) if not _PART_BEFORE.search(flat, max(0, m.start() - 8), m.start())
                      and not _line_named_before(flat, m.start(), label)), None)
            if m and not (not pct and re.match(r"\s*[%％]", flat[m.end():])):
                digits = m["num"]
                unit = "%" if pct else (m["unit"] or "")
                found[key] = Figure(label=label.rstrip("的"), value=Decimal(digits.replace(",", "")), digits=digits, unit=unit)
                break
    unit_m = (re.search(r"(?:单位|金额单位)\s*(?:[:：]|为)?\s*(万元|元|亿元)", flat)
              or re.search(r"(?:单位|金额|资金|预算|资金情况)\s*[（(]\s*(万元|元|亿元)\s*[）)]", flat))
    year_m = (re.search(r"(?:被评价年度|评价年度|年度)\s*[:：]?\s*((?:19|20)\d{2})\s*年?", flat)
              or re.search(r"((?:19|20)\d{2})\s*年度?\s*(?:部门整体支出|项目支出|整体支出)?绩效", flat[:300]))
    name_m = re.search(r"(?:部门名称|单位名称|项目名称)(?:\s*[（(][^）)]*[）)])?\s*[:：]?\s*([\u4e00-\u9fff（）()]{4,40}?)(?=\s|$|被评价|，|。)", flat)
    declared = unit_m.group(1) if unit_m else None
    for key in ("initial", "adjusted", "actual"):
        fig = found.get(key)
        if fig is not None and not fig.unit:
            # a table cell without unit: the report's declared 单位, or the unit the same figure has elsewhere
            elsewhere = re.search(rf"(?<![\d.]){re.escape(fig.digits)}\s*(万元|亿元|元)", flat)
            unit = declared or (elsewhere.group(1) if elsewhere else "")
            found[key] = fig.model_copy(update={"unit": unit})
    return BudgetFigures(unit=declared, year=year_m.group(1) if year_m else None,
                         name=name_m.group(1) if name_m else None, **found)
