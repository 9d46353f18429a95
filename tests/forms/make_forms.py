"""Generate the fixture forms in tests/forms/ from forms_data.py:  python tests/forms/make_forms.py

The generated files are committed, so the tests never depend on this script. It needs the test extra
(openpyxl, python-docx, reportlab) and, for the password-protected .docx only, `pip install msoffcrypto-tool`.

Each form is first laid out as a grid of cells with row/column spans, the way the finance bureau's template
places them; the same grid is then written as Excel (merged cells), Word (merged table cells), a PDF with a
text layer (ruled table), or text: tab-separated (what copying the sheet gives), a Markdown pipe table, or
run-on lines where a row's non-empty cells follow one another separated by spaces.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import forms_data as D  # noqa: E402


@dataclass
class Layout:
    ncols: int
    cells: list[tuple[int, int, str, int, int]] = field(default_factory=list)  # row, col, text, rowspan, colspan
    nrows: int = 0
    percent_formula: list[tuple[int, int, str]] = field(default_factory=list)  # (row, col, formula) for xlsx

    def put(self, r: int, c: int, text: str, rs: int = 1, cs: int = 1) -> None:
        self.cells.append((r, c, text, rs, cs))
        self.nrows = max(self.nrows, r + rs)

    def grid(self) -> list[list[str]]:
        g = [[""] * self.ncols for _ in range(self.nrows)]
        for r, c, text, _, _ in self.cells:
            g[r][c] = text
        return g


def _runs(values: list[str]) -> list[tuple[int, int]]:
    """(start, length) of runs of equal consecutive values: how the template merges 一级 / 二级 指标."""
    out, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            out.append((start, i - start))
            start = i
    return out


def project_layout(f: dict, merge_levels: bool = True, title: bool = True) -> Layout:
    L = Layout(ncols=10)
    r = 0
    if title:
        L.put(0, 0, "项目支出绩效自评表", 1, 10)
        L.put(1, 0, f"（{f['year']}年度）", 1, 10)
        r = 2
    L.put(r, 0, "项目名称"); L.put(r, 1, f["name"], 1, 9); r += 1
    L.put(r, 0, "主管部门"); L.put(r, 1, f["dept"], 1, 4); L.put(r, 5, "实施单位"); L.put(r, 6, f["impl"], 1, 4); r += 1
    L.put(r, 0, f"项目资金（{f['unit_label']}）", 5, 1)
    for c, h in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=1):
        L.put(r, c, h)
    for i, row in enumerate(f["funds"], start=1):
        for c, v in enumerate(row, start=1):
            L.put(r + i, c, v)
    r += 5
    if "goal" in f:
        L.put(r, 0, "年度总体目标", 2, 1); L.put(r, 1, "预期目标", 1, 4); L.put(r, 5, "实际完成情况", 1, 5)
        L.put(r + 1, 1, f["goal"][0], 1, 4); L.put(r + 1, 5, f["goal"][1], 1, 5)
        r += 2
    inds = f["indicators"]
    L.put(r, 0, "绩效指标", len(inds) + 1, 1)
    for c, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"), start=1):
        L.put(r, c, h)
    L.put(r, 8, "偏差原因分析及改进措施", 1, 2)
    first = r + 1
    for level in (0, 1):
        if merge_levels:
            for start, n in _runs([i[level] for i in inds]):
                L.put(first + start, 1 + level, inds[start][level], n, 1)
        else:
            for k, ind in enumerate(inds):
                L.put(first + k, 1 + level, ind[level])
    for k, ind in enumerate(inds):
        for c, v in enumerate(ind[2:7], start=3):
            L.put(first + k, c, v)
        L.put(first + k, 8, ind[7], 1, 2)
    r = first + len(inds)
    L.put(r, 0, "总分", 1, 6); L.put(r, 6, "100"); L.put(r, 7, f["total"]); L.put(r, 8, "", 1, 2); r += 1
    if "problems" in f:
        L.put(r, 0, "自评等级"); L.put(r, 1, f["grade"], 1, 9); r += 1
        L.put(r, 0, "存在问题"); L.put(r, 1, f["problems"], 1, 9); r += 1
        L.put(r, 0, "改进措施"); L.put(r, 1, f["measures"], 1, 9); r += 1
    return L


def department_layout(f: dict) -> Layout:
    L = Layout(ncols=6)
    L.put(0, 0, "部门整体支出绩效自评表", 1, 6)
    L.put(1, 0, f"单位：{f['unit_label']}", 1, 6)
    L.put(2, 0, "部门名称"); L.put(2, 1, f["name"], 1, 2); L.put(2, 3, "被评价年度"); L.put(2, 4, f"{f['year']}年", 1, 2)
    L.put(3, 0, "部门资金情况", 3, 1)
    L.put(3, 1, "年初预算"); L.put(3, 2, f["initial"]); L.put(3, 3, "调整预算"); L.put(3, 4, f["adjusted"], 1, 2)
    L.put(4, 1, "实际支出"); L.put(4, 2, f["actual"])
    label, value = f["lines"][0]
    L.put(4, 3, label); L.put(4, 4, value, 1, 2)
    L.put(5, 1, "预算完成率"); L.put(5, 2, f["completion"]); L.put(5, 3, "预算调整率"); L.put(5, 4, f["adjustment"], 1, 2)
    r = 6
    for label, value in f["lines"][1:]:
        L.put(r, 0, ""); L.put(r, 1, ""); L.put(r, 2, ""); L.put(r, 3, label); L.put(r, 4, value, 1, 2); r += 1
    L.put(r, 0, "年度目标", 2, 1); L.put(r, 1, "预期目标", 1, 2); L.put(r, 3, "目标完成情况", 1, 3)
    L.put(r + 1, 1, f["goal"][0], 1, 2); L.put(r + 1, 3, f["goal"][1], 1, 3)
    r += 2
    for c, h in enumerate(("主要任务", "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及金额")):
        L.put(r, c, h)
    r += 1
    for label, goal, done, inds, amount in f["tasks"]:
        n = len(inds)
        L.put(r, 0, label, n, 1); L.put(r, 1, goal, n, 1); L.put(r, 2, done, n, 1); L.put(r, 5, amount, n, 1)
        for k, (name, value) in enumerate(inds):
            L.put(r + k, 3, name); L.put(r + k, 4, value)
        r += n
    if f["projects"]:
        L.put(r, 0, "重点项目绩效情况", len(f["projects"]) + 1, 1)
        for c, h in enumerate(("项目名称", "全年预算数", "执行数", "执行率", "绩效情况"), start=1):
            L.put(r, c, h)
        for k, (name, budget, actual, text) in enumerate(f["projects"], start=1):
            rate = f"{float(actual) / float(budget) * 100:.2f}%"
            for c, v in enumerate((name, budget, actual, rate, text), start=1):
                L.put(r + k, c, v)
        r += len(f["projects"]) + 1
    else:
        L.put(r, 0, "重点项目绩效情况"); L.put(r, 1, "无", 1, 5); r += 1
    L.put(r, 0, "部门整体绩效"); L.put(r, 1, f["overall"], 1, 5); r += 1
    L.put(r, 0, "存在问题"); L.put(r, 1, f["problems"], 1, 5); r += 1
    L.put(r, 0, "改进措施或下一步计划"); L.put(r, 1, f["measures"], 1, 5); r += 1
    return L


# --- writers ---------------------------------------------------------------------------------------------

def _number(text: str):
    """A cell typed as a number in Excel (the school keeps some as text on purpose)."""
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    return text


def write_xlsx(L: Layout, path: Path, *, text_numbers: set[tuple[int, int]] = frozenset(),
               offset_col: int = 0, wb=None, save: bool = True):
    import openpyxl

    wb = wb or openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r, c, text, rs, cs in L.cells:
        cell = ws.cell(row=r + 1, column=c + 1 + offset_col)
        value = text if (r, c) in text_numbers else _number(text)
        if isinstance(value, str) and value.endswith("%") and re.fullmatch(r"\d+(?:\.\d+)?%", value) \
                and (r, c) not in text_numbers:
            cell.value = float(value[:-1]) / 100
            decimals = len(value[:-1].split(".")[1]) if "." in value else 0
            cell.number_format = "0." + "0" * decimals + "%" if decimals else "0%"
        else:
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # typed as text ('=100%), not a formula
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=r + 1, start_column=c + 1 + offset_col, end_row=r + rs,
                           end_column=c + cs + offset_col)
    for r, c, formula in L.percent_formula:
        cell = ws.cell(row=r + 1, column=c + 1 + offset_col)
        cell.value = formula
        cell.number_format = "0.00%"
    if save:
        wb.save(path)
    return wb


def add_cached_values(path: Path, values: dict[str, float]) -> None:
    """openpyxl writes formulas without the value Excel caches on save; add it as Excel would."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode()
                for ref, value in values.items():
                    xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/>',
                                     rf"\1<f>\2</f><v>{value!r}</v>", xml)
                    if n == 0:
                        xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v></v>',
                                         rf"\1<f>\2</f><v>{value!r}</v>", xml)
                    assert n == 1, (ref, xml[:2000])
                data = xml.encode()
            zout.writestr(item, data)
    path.write_bytes(buf.getvalue())


def write_docx_table(doc, L: Layout) -> None:
    table = doc.add_table(rows=L.nrows, cols=L.ncols)
    table.style = "Table Grid"
    for r, c, text, rs, cs in L.cells:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.text = text


def write_docx(L: Layout, path: Path, title: str | None = None) -> None:
    import docx

    doc = docx.Document()
    if title:
        doc.add_heading(title, level=1)
    write_docx_table(doc, L)
    doc.save(path)


def _pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def write_pdf(L: Layout, path: Path, col_widths: list[float]) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = _pdf_font()
    style = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    data = [[Paragraph(text, style) if text else "" for text in row] for row in L.grid()]
    spans = [("SPAN", (c, r), (c + cs - 1, r + rs - 1)) for r, c, _, rs, cs in L.cells if rs > 1 or cs > 1]
    table = Table(data, colWidths=col_widths, repeatRows=0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), font),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=20, rightMargin=20, topMargin=20,
                      bottomMargin=20, title="", author="", creator="", producer="", subject="",
                      invariant=1).build([table])


def text_tab(L: Layout) -> str:
    return "\n".join("\t".join(row).rstrip("\t") for row in L.grid()) + "\n"


def text_pipe(L: Layout) -> str:
    rows = L.grid()
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * L.ncols]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines) + "\n"


def text_run_on(L: Layout) -> str:
    return "\n".join(" ".join(c for c in row if c) for row in L.grid() if any(row)) + "\n"


# --- the fixtures ------------------------------------------------------------------------------------------

def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    bad = out / "bad"
    bad.mkdir(exist_ok=True)

    # school.xlsx: numbers partly stored as text, 执行率 of the total row a formula with Excel's cached value
    L = project_layout(D.SCHOOL)
    L.cells = [c for c in L.cells if (c[0], c[1]) != (5, 6)]
    L.percent_formula.append((5, 6, "=E6/D6"))
    text_numbers = {(r, 4) for r in range(5, 9)} | {(14, 5)}
    write_xlsx(L, out / "school.xlsx", text_numbers=text_numbers)
    add_cached_values(out / "school.xlsx", {"G6": 185.21 / 192.60})
    write_xlsx(L, bad / "formula_without_cached_value.xlsx", text_numbers=text_numbers)

    write_xlsx(project_layout(D.WATER), out / "water.xlsx")
    write_xlsx(department_layout(D.ARCHIVES_NO_PROJECTS), out / "archives.xlsx")

    write_docx(project_layout(D.HOSPITAL), out / "hospital.docx")
    write_docx(project_layout(D.ENTRUSTED, title=False), out / "entrusted.docx", title="项目支出绩效自评表（2023年度）")
    _write_report_docx(D.EMPLOYMENT_REPORT, out / "employment-report.docx")

    write_pdf(project_layout(D.LIBRARY), out / "library.pdf", [70, 60, 80, 120, 70, 70, 40, 40, 70, 70])
    write_pdf(department_layout(D.SUBDISTRICT), out / "subdistrict.pdf", [80, 150, 150, 130, 100, 100])

    (out / "farm-subsidy.md").write_text(
        "# 项目支出绩效自评表（2023年度）\n\n单位：元\n\n"
        + text_pipe(project_layout(D.FARM_SUBSIDY, title=False)), encoding="utf-8")
    (out / "clinic.txt").write_text(text_run_on(project_layout(D.CLINIC_TOTAL_ZERO, merge_levels=False)),
                                    encoding="utf-8")
    (out / "village.txt").write_text(text_tab(project_layout(D.VILLAGE_RATE_ONLY)), encoding="utf-8")
    (out / "town.txt").write_text(text_tab(department_layout(D.TOWN)), encoding="utf-8")

    _bad_inputs(bad)


def _write_report_docx(f: dict, path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading(f"{f['name']}绩效自评报告", level=1)
    doc.add_paragraph(f"主管部门：{f['dept']}　　实施单位：{f['impl']}　　评价年度：{f['year']}年")
    for k, (heading, text) in enumerate(f["sections"]):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        if k == 1:
            doc.add_paragraph("附：项目支出绩效自评表")
            write_docx_table(doc, project_layout(f, title=False))
    doc.save(path)


def _bad_inputs(bad: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工资表"
    for row in (("姓名", "岗位", "应发工资", "实发工资"), ("张三", "会计", 6200, 5830.5), ("李四", "出纳", 5400, 5102)):
        ws.append(row)
    wb.save(bad / "not_a_form.xlsx")

    wb = write_xlsx(project_layout(D.SCHOOL), bad / "two_forms.xlsx", save=False)
    write_xlsx(project_layout(D.LIBRARY), bad / "two_forms.xlsx", offset_col=11, wb=wb)

    _scanned_pdf(bad / "scanned.pdf")
    _encrypted_docx(bad / "password.docx")


def _scanned_pdf(path: Path) -> None:
    """A scan: the page is one picture of a table and carries no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFillGray(0.97)
    c.rect(40, 80, 515, 680, fill=1, stroke=0)
    c.setStrokeGray(0.2)
    for y in range(120, 760, 24):
        c.line(50, y, 545, y)
    for x in (50, 150, 260, 370, 460, 545):
        c.line(x, 120, x, 736)
    c.save()


def _encrypted_docx(path: Path) -> None:
    """A Word file saved with 'Encrypt with password' (password 123456): an OLE container, not a zip."""
    import docx
    import msoffcrypto  # noqa: F401 — generator-only dependency (pip install msoffcrypto-tool): fail early without it
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO()
    doc = docx.Document()
    write_docx_table(doc, project_layout(D.HOSPITAL))
    doc.save(plain)
    plain.seek(0)
    with open(path, "wb") as fh:
        OOXMLFile(plain).encrypt("123456", fh)


if __name__ == "__main__":
    build(HERE)
    print("forms written to", HERE)
