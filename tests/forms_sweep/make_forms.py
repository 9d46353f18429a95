"""Generate the sweep forms in tests/forms_sweep/:  python tests/forms_sweep/make_forms.py

Eight 项目支出绩效自评表 of unit kinds used nowhere else in the repository, each written the way a unit's
finance officer actually fills and keeps the template, with the quirks of real files: an empty spacer column
or row, a two-row merged header (预算数 over 年初 | 调整后; 本年（元） over three columns), the money unit in the
title row, in a cell of its own, in a column header or under the table, line breaks inside cells ("≥" then
"600组" on the next line), long multi-paragraph 偏差原因 cells, 其中 / 合计 rows, full-width digits and digit
groups split by spaces ("１６８.５", "1 234.50"), "=100%" typed as text, a table continued on a second PDF page
under a repeated header, Excel's quoting of a multi-line cell in copied tab text, footnotes (注：…), signatures,
phone numbers and dates under the form.

The cell contents are typed below by hand (never taken from drafter's output); `expected/NAME.yaml` is the
hand-written import each form must give, `reports/NAME.md` a short correct report and `reports/NAME.planted.md`
sentences with one wrong figure each. The generated files are committed; tests never regenerate them. Needs
openpyxl, python-docx and reportlab (test extra); the PDFs embed the system CJK font found by
`fc-list :lang=zh` (WenQuanYi Micro Hei here).
"""

from __future__ import annotations

import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Grid:
    ncols: int
    cells: list[tuple[int, int, str, int, int]] = field(default_factory=list)  # row, col, text, rowspan, colspan
    nrows: int = 0
    text_cells: set[tuple[int, int]] = field(default_factory=set)  # typed as text in Excel (a number kept as text)

    def put(self, r: int, c: int, text: str, rs: int = 1, cs: int = 1, *, as_text: bool = False) -> None:
        self.cells.append((r, c, text, rs, cs))
        self.nrows = max(self.nrows, r + rs)
        if as_text:
            self.text_cells.add((r, c))

    def row(self, r: int, values: list[str], start: int = 0) -> None:
        for k, v in enumerate(values):
            if v != "":
                self.put(r, start + k, v)

    def grid(self) -> list[list[str]]:
        g = [[""] * self.ncols for _ in range(self.nrows)]
        for r, c, text, _, _ in self.cells:
            g[r][c] = text
        return g


def runs(values: list[str]) -> list[tuple[int, int]]:
    """(start, length) of runs of equal values: the template merges 一级 / 二级 指标 down their rows."""
    out, start = [], 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            out.append((start, i - start))
            start = i
    return out


def indicators(g: Grid, r: int, c: int, rows: list[tuple[str, ...]], *, merge: bool = True,
               cause_span: int = 1) -> int:
    """Indicator rows from row r, column c (一级, 二级, then the rest); returns the row after them."""
    for level in (0, 1):
        if merge:
            for start, n in runs([x[level] for x in rows]):
                g.put(r + start, c + level, rows[start][level], n, 1)
        else:
            for k, x in enumerate(rows):
                g.put(r + k, c + level, x[level])
    for k, x in enumerate(rows):
        rest = list(x[2:])
        for j, v in enumerate(rest):
            last = j == len(rest) - 1
            if v:
                g.put(r + k, c + 2 + j, v, 1, cause_span if last else 1)
    return r + len(rows)


# --- writers ---------------------------------------------------------------------------------------------

def _number(text: str):
    import re

    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return float(text) if "." in text else int(text)
    return text


def write_xlsx(g: Grid, path: Path, sheet: str = "Sheet1", widths: dict[str, float] | None = None) -> None:
    import re

    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, c, text, rs, cs in g.cells:
        cell = ws.cell(row=r + 1, column=c + 1)
        value = text if (r, c) in g.text_cells else _number(text)
        if isinstance(value, str) and re.fullmatch(r"\d+(?:\.\d+)?%", value) and (r, c) not in g.text_cells:
            cell.value = float(value[:-1]) / 100
            decimals = len(value[:-1].split(".")[1]) if "." in value else 0
            cell.number_format = "0." + "0" * decimals + "%" if decimals else "0%"
        elif isinstance(value, float):
            cell.value = value
            cell.number_format = "0.00"
        else:
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # '=100% typed as text, not a formula
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=r + 1, start_column=c + 1, end_row=r + rs, end_column=c + cs)
    for col, w in (widths or {}).items():
        ws.column_dimensions[col].width = w
    wb.save(path)


def docx_table(doc, g: Grid):
    """A Word table; a cell's lines are paragraphs of the cell (what pressing Enter in a cell gives)."""
    table = doc.add_table(rows=g.nrows, cols=g.ncols)
    table.style = "Table Grid"
    for r, c, text, rs, cs in g.cells:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        lines = text.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    return table


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout.split(":")[0]
    pdfmetrics.registerFont(TTFont("CJK", path.strip(), subfontIndex=0))
    return "CJK"


def pdf_table(g: Grid, widths: list[float], font: str):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")
    data = [[Paragraph(text.replace("\n", "<br/>"), style) if text else "" for text in row] for row in g.grid()]
    spans = [("SPAN", (c, r), (c + cs - 1, r + rs - 1)) for r, c, _, rs, cs in g.cells if rs > 1 or cs > 1]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *spans]))
    return table


def write_pdf(path: Path, story_parts: list) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=24, rightMargin=24, topMargin=24,
                      bottomMargin=24, title="", author="", creator="", producer="", subject="",
                      invariant=1).build(story_parts)


def pdf_line(text: str, font: str, size: float = 9, align: int = 0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    return Paragraph(text, ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.5, alignment=align))


# --- 1. zhijian.xlsx: 建设工程质量安全监督站 --------------------------------------------------------------
# An empty spacer column B (the template's narrow gap), 单位：万元 in a cell of its own at the right of the
# second row, an empty row between 项目资金 and 年度总体目标, "≥⏎600组" and "≤⏎5个工作日" wrapped in their
# cells, "=100%" and "=0起" typed as text, a footnote and a signature row under the form.

def zhijian(out: Path) -> None:
    g = Grid(ncols=11)
    g.put(0, 0, "2024年度项目支出绩效自评表", 1, 11)
    g.put(1, 0, "填报单位（盖章）：东湖区建设工程质量安全监督站", 1, 7)
    g.put(1, 9, "单位：万元", 1, 2)
    g.put(2, 0, "项目名称"); g.put(2, 2, "2024年建设工程质量安全监督抽测经费", 1, 9)
    g.put(3, 0, "主管部门"); g.put(3, 2, "东湖区住房和城乡建设局", 1, 4)
    g.put(3, 6, "实施单位"); g.put(3, 7, "东湖区建设工程质量安全监督站", 1, 4)
    g.put(4, 0, "项目资金", 4, 1)
    g.row(4, ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=2)
    g.put(4, 9, "", 1, 2)
    g.row(5, ["年度资金总额", "268.00", "275.50", "262.37", "10", "95.23%", "9.52"], start=2)
    g.row(6, ["其中：本年财政拨款", "268.00", "268.00", "254.87", "—", "95.10%", "—"], start=2)
    g.row(7, ["上年结转资金", "0.00", "7.50", "7.50", "—", "100.00%", "—"], start=2)
    # row 8: the empty spacer row
    g.put(9, 0, "年度总体目标", 2, 1)
    g.put(9, 2, "预期目标", 1, 4); g.put(9, 6, "实际完成情况", 1, 5)
    g.put(10, 2, "对全区在建房屋建筑和市政工程开展质量安全监督抽测不少于120个项目，抽测混凝土结构实体不少于600组，"
                 "及时出具抽测报告，杜绝工程质量安全事故。", 1, 4)
    g.put(10, 6, "全年对126个在建项目开展监督抽测，完成混凝土结构实体抽测584组，抽测报告平均4个工作日出具，"
                 "全年未发生工程质量安全事故。", 1, 5)
    rows = [
        ("产出指标", "数量指标", "在建工程监督抽测项目数", "≥120个", "126个", "15", "15", ""),
        ("产出指标", "数量指标", "混凝土结构实体抽测组数", "≥\n600组", "584组", "10", "9.73",
         "3个项目主体结构施工进度滞后至次年，实体抽测相应顺延。下一步与施工单位对接进度计划，提前安排抽测批次。"),
        ("产出指标", "质量指标", "抽测报告出具合格率", "=100%", "100%", "10", "10", ""),
        ("产出指标", "时效指标", "抽测报告出具时限", "≤\n5个工作日", "4个工作日", "10", "10", ""),
        ("产出指标", "成本指标", "单个项目平均抽测费用", "≤2.2万元", "2.08万元", "5", "5", ""),
        ("效益指标", "社会效益指标", "工程质量安全事故发生数", "=0起", "0起", "15", "15", ""),
        ("效益指标", "可持续影响指标", "质量问题整改闭环率", "≥95%", "97.6%", "15", "15", ""),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%", "93.5%", "10", "10", ""),
    ]
    g.put(11, 0, "绩效指标", len(rows) + 1, 1)
    g.row(11, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], start=2)
    g.put(11, 9, "偏差原因分析及改进措施", 1, 2)
    r = indicators(g, 12, 2, rows, cause_span=2)
    g.put(r, 0, "总分", 1, 7); g.put(r, 7, "100"); g.put(r, 8, "99.25"); g.put(r, 9, "", 1, 2)
    g.put(r + 1, 0, "自评等级"); g.put(r + 1, 2, "优", 1, 9)
    g.put(r + 2, 0, "存在问题"); g.put(r + 2, 2, "部分项目主体施工滞后，混凝土结构实体抽测未达年度目标。", 1, 9)
    g.put(r + 3, 0, "改进措施"); g.put(r + 3, 2, "与施工单位对接进度计划，提前安排抽测批次。", 1, 9)
    g.put(r + 4, 0, "注：1.执行率=全年执行数/全年预算数；2.得分保留两位小数。", 1, 11)
    g.put(r + 5, 0, "填报人：陈晓东　　审核人：刘建华　　填报日期：2025年1月20日", 1, 11)
    write_xlsx(g, out / "zhijian.xlsx", sheet="自评表", widths={"B": 2})


# --- 2. zhaoshang.xlsx: 投资促进（招商）服务中心 -------------------------------------------------------------
# A two-row merged header (预算数（万元） over 年初预算数 | 调整后预算数; 全年执行数（万元） merged down), so the unit
# is only in the column headers; the total row is 合计 with amounts typed as text with a space between digit
# groups ("1 234.50"), a full-width cell ("８４.５０", "１６８.５亿元"), a signature row with a phone number.

def zhaoshang(out: Path) -> None:
    g = Grid(ncols=9)
    g.put(0, 0, "临港区投资促进服务中心2024年度项目支出绩效自评表", 1, 9)
    g.put(1, 0, "项目名称"); g.put(1, 1, "2024年招商引资专项工作经费", 1, 8)
    g.put(2, 0, "主管部门"); g.put(2, 1, "临港区商务和投资促进局", 1, 3)
    g.put(2, 4, "实施单位"); g.put(2, 5, "临港区投资促进服务中心", 1, 4)
    g.put(3, 0, "项目资金", 6, 1)
    g.put(3, 1, "资金来源", 2, 1); g.put(3, 2, "预算数（万元）", 1, 2); g.put(3, 4, "全年执行数（万元）", 2, 1)
    g.put(3, 5, "分值", 2, 1); g.put(3, 6, "执行率", 2, 1); g.put(3, 7, "得分", 2, 1); g.put(3, 8, "", 2, 1)
    g.put(4, 2, "年初预算数"); g.put(4, 3, "调整后预算数")
    g.put(5, 1, "合计")
    g.put(5, 2, "1 150.00", as_text=True); g.put(5, 3, "1 234.50", as_text=True)
    g.row(5, ["1187.26", "10", "96.17%", "9.62"], start=4)
    g.row(6, ["其中：市级财政资金", "1150.00", "1150.00", "1102.76", "—", "95.89%", "—"], start=1)
    g.put(7, 1, "区级配套资金"); g.put(7, 2, "0.00")
    g.put(7, 3, "８４.５０", as_text=True)
    g.row(7, ["84.50", "—", "100.00%", "—"], start=4)
    g.put(8, 1, "其他资金")
    # row 9: empty spacer row
    g.put(10, 0, "年度总体目标", 2, 1)
    g.put(10, 1, "预期目标", 1, 4); g.put(10, 5, "实际完成情况", 1, 4)
    g.put(11, 1, "围绕新一代信息技术和高端装备产业链开展精准招商，新签约项目不少于30个，计划投资额150亿元以上。", 1, 4)
    g.put(11, 5, "全年新签约项目34个，计划投资额168.5亿元，举办招商推介活动13场。", 1, 4)
    rows = [
        ("产出指标", "数量指标", "新签约招商项目数", "≥30个", "34个", "10", "10", ""),
        ("产出指标", "数量指标", "举办招商推介活动场次", "≥12场", "13场", "10", "10", ""),
        ("产出指标", "质量指标", "签约项目履约开工率", "≥\n60%", "52.9%", "10", "8.82",
         "34个签约项目中18个已开工，受部分企业投资计划调整影响开工率未达目标。\n"
         "下一步建立签约项目跟踪服务台账，逐月督办开工进度。"),
        ("产出指标", "时效指标", "项目落地服务响应时间", "≤2个工作日", "1.5个工作日", "10", "10", ""),
        ("产出指标", "成本指标", "单场推介活动平均费用", "≤35万元", "32.6万元", "10", "10", ""),
        ("效益指标", "经济效益指标", "新签约项目计划投资额", "≥150亿元", "１６８.５亿元", "20", "20", ""),
        ("效益指标", "社会效益指标", "带动新增就业岗位", "≥2000个", "2360个", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "签约企业满意度", "≧90%", "94%", "10", "10", ""),
    ]
    g.put(12, 0, "绩效指标", len(rows) + 1, 1)
    g.row(12, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], start=1)
    r = indicators(g, 13, 1, rows)
    g.put(r, 0, "总分", 1, 6); g.put(r, 6, "100"); g.put(r, 7, "98.44")
    g.put(r + 2, 0, "注：执行率=全年执行数÷调整后预算数。", 1, 9)
    g.put(r + 3, 0, "单位负责人：王立新　　财务负责人：周敏　　填表人：黄海燕　　联系电话：0756-88123456", 1, 9)
    g.put(r + 4, 0, "填报日期：2025年2月10日", 1, 9)
    write_xlsx(g, out / "zhaoshang.xlsx")


# --- 3. zhenbang.docx: 乡村振兴驻镇帮镇扶村工作队 -----------------------------------------------------------
# 单位：万元 as a paragraph between the title and the table; 一级 / 二级 merged down; a target and a satisfaction
# target written on two lines of their cell; a 偏差原因 of two numbered paragraphs; a footnote and the
# signature line as paragraphs under the table.

def zhenbang(out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    g = Grid(ncols=10)
    g.put(0, 0, "项目名称"); g.put(0, 1, "2024年驻镇帮镇扶村工作经费", 1, 9)
    g.put(1, 0, "主管部门"); g.put(1, 1, "北江县乡村振兴局", 1, 4); g.put(1, 5, "实施单位"); g.put(1, 6, "北江县石岭镇人民政府", 1, 4)
    g.put(2, 0, "项目资金", 5, 1)
    g.row(2, ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1)
    g.row(3, ["年度资金总额", "300.00", "300.00", "276.40", "10", "92.13%", "9.21"], start=1)
    g.row(4, ["其中：本年财政拨款", "300.00", "300.00", "276.40", "—", "92.13%", "—"], start=1)
    g.row(5, ["上年结转资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.row(6, ["其他资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.put(7, 0, "年度总体目标", 2, 1); g.put(7, 1, "预期目标", 1, 4); g.put(7, 5, "实际完成情况", 1, 5)
    g.put(8, 1, "统筹驻镇帮镇扶村资金，实施帮扶产业项目8个，完成村道硬底化12公里，带动脱贫人口稳定就业。", 1, 4)
    g.put(8, 5, "实施帮扶产业项目8个，完成村道硬底化10.5公里，带动脱贫人口就业326人。", 1, 5)
    rows = [
        ("产出指标", "数量指标", "帮扶产业项目个数", "≥8个", "8个", "10", "10", ""),
        ("产出指标", "数量指标", "村道硬底化里程", "≥\n12公里", "10.5公里", "10", "8.75",
         "1.原因分析：受汛期持续降雨影响，大坪村1.5公里村道路基未能按期完工。\n"
         "2.改进措施：已与施工单位签订补充协议，明确2025年3月底前完工，镇工作队每周到现场督办。"),
        ("产出指标", "质量指标", "项目验收合格率", "=100%", "100%", "10", "10", ""),
        ("产出指标", "时效指标", "帮扶资金拨付时间", "11月前", "10月", "10", "10", ""),
        ("效益指标", "经济效益指标", "脱贫户人均纯收入增长率", "≥8%", "9.6%", "15", "15", ""),
        ("效益指标", "社会效益指标", "带动脱贫人口就业人数", "≥300人", "326人", "15", "15", ""),
        ("效益指标", "可持续影响指标", "帮扶项目持续运营率", "≥90%", "100%", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "帮扶村群众满意度", "≥\n90%", "95.2%", "10", "10", ""),
    ]
    g.put(9, 0, "绩效指标", len(rows) + 1, 1)
    g.row(9, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], start=1)
    g.put(9, 8, "偏差原因分析及改进措施", 1, 2)
    r = indicators(g, 10, 1, rows, cause_span=2)
    g.put(r, 0, "总分", 1, 6); g.put(r, 6, "100"); g.put(r, 7, "97.96"); g.put(r, 8, "", 1, 2)
    g.put(r + 1, 0, "自评等级"); g.put(r + 1, 1, "优", 1, 9)
    g.put(r + 2, 0, "存在问题"); g.put(r + 2, 1, "部分村道项目受天气影响进度滞后。", 1, 9)
    g.put(r + 3, 0, "改进措施"); g.put(r + 3, 1, "加强项目进度管理，汛期前完成路基施工。", 1, 9)
    doc = docx.Document()
    doc.add_heading("项目支出绩效自评表", level=1)
    p = doc.add_paragraph("（2024年度）")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("单位：万元")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_table(doc, g)
    doc.add_paragraph("注：执行率保留两位小数，得分按指标完成比例计算。")
    doc.add_paragraph("填表人：李明　　审核人：张华　　2025年1月18日")
    doc.save(out / "zhenbang.docx")


# --- 4. redcross.docx: 红十字会应急救护培训 -----------------------------------------------------------------
# The form split into three Word tables (header, funds, indicators); the funds table has a two-row header
# (本年（元） merged over 年初预算数 | 全年预算数 | 全年执行数) and amounts in 元 with thousands separators; a long
# 偏差原因 of two paragraphs; the survey behind the satisfaction figure in a footnote under the form.

def redcross(out: Path) -> None:
    import docx

    head = Grid(ncols=4)
    head.put(0, 0, "项目名称"); head.put(0, 1, "2024年群众性应急救护培训项目", 1, 3)
    head.put(1, 0, "主管部门"); head.put(1, 1, "西江区人民政府"); head.put(1, 2, "实施单位"); head.put(1, 3, "西江区红十字会")
    funds = Grid(ncols=8)
    funds.put(0, 0, "项目资金", 6, 1); funds.put(0, 1, "资金来源", 2, 1); funds.put(0, 2, "本年（元）", 1, 3)
    funds.put(0, 5, "分值", 2, 1); funds.put(0, 6, "执行率", 2, 1); funds.put(0, 7, "得分", 2, 1)
    funds.row(1, ["年初预算数", "全年预算数", "全年执行数"], start=2)
    funds.row(2, ["年度资金总额", "860,000.00", "912,000.00", "885,640.00", "10", "97.11%", "9.71"], start=1)
    funds.row(3, ["其中：本年财政拨款", "860,000.00", "860,000.00", "833,640.00", "—", "96.93%", "—"], start=1)
    funds.row(4, ["上年结转资金", "0.00", "52,000.00", "52,000.00", "—", "100.00%", "—"], start=1)
    funds.row(5, ["其他资金", "—", "—", "—", "—", "—", "—"], start=1)
    rows = [
        ("产出指标", "数量指标", "救护员持证培训人数", "≥\n3000人", "3126人", "15", "15", ""),
        ("产出指标", "数量指标", "应急救护普及培训人次", "≥2万人次", "2.35万人次", "10", "10", ""),
        ("产出指标", "质量指标", "救护员考核合格率", "≧95%", "96.8%", "10", "10", ""),
        ("产出指标", "时效指标", "培训计划完成时间", "12月31日前", "12月20日", "5", "5", ""),
        ("产出指标", "成本指标", "人均持证培训成本", "≤180元/人", "172元/人", "10", "10", ""),
        ("效益指标", "社会效益指标", "群众自救互救知识知晓率", "≥80%", "78.5%", "15", "14.72",
         "问卷调查显示农村地区知晓率偏低（71.2%），主要原因是农村培训场次偏少、参训对象以老年人为主。\n"
         "下一步增加送课下乡场次，并制作方言版培训视频。"),
        ("效益指标", "可持续影响指标", "志愿师资队伍人数", "≥60人", "64人", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95%", "98.2%", "15", "15", ""),
    ]
    ind = Grid(ncols=9)
    ind.put(0, 0, "年度总体目标", 2, 1); ind.put(0, 1, "预期目标", 1, 4); ind.put(0, 5, "实际完成情况", 1, 4)
    ind.put(1, 1, "开展救护员持证培训3000人以上、应急救护普及培训2万人次以上，提升群众自救互救能力。", 1, 4)
    ind.put(1, 5, "全年培训持证救护员3126人，开展普及培训2.35万人次，考核合格率96.8%。", 1, 4)
    ind.put(2, 0, "绩效指标", len(rows) + 1, 1)
    ind.row(2, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], start=1)
    r = indicators(ind, 3, 1, rows)
    ind.put(r, 0, "总分", 1, 6); ind.put(r, 6, "100"); ind.put(r, 7, "99.43")
    doc = docx.Document()
    doc.add_heading("西江区红十字会项目支出绩效自评表（2024年度）", level=1)
    docx_table(doc, head)
    doc.add_paragraph("")
    docx_table(doc, funds)
    doc.add_paragraph("")
    docx_table(doc, ind)
    doc.add_paragraph("注：满意度来源于参训人员问卷调查，发放问卷1200份，回收1152份。")
    doc.add_paragraph("单位（盖章）：西江区红十字会　　负责人：赵红　　填报日期：2025年1月25日")
    doc.save(out / "redcross.docx")


# --- 5. gongxiao.pdf: 供销合作联社化肥淡季储备 ---------------------------------------------------------------
# The year and 单位：万元 on one line above the table; a 反向 cost-of-living indicator missed (price rise above
# its ceiling) with a wrapped cause; a footnote and a signature line under the table.

def gongxiao(out: Path) -> None:
    font = _font()
    g = Grid(ncols=10)
    g.put(0, 0, "项目名称"); g.put(0, 1, "2024年化肥淡季商业储备补贴项目", 1, 9)
    g.put(1, 0, "主管部门"); g.put(1, 1, "南岗区供销合作联社", 1, 4); g.put(1, 5, "实施单位"); g.put(1, 6, "南岗区农资有限公司", 1, 4)
    g.put(2, 0, "项目资金", 5, 1)
    g.row(2, ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1)
    g.row(3, ["年度资金总额", "420.00", "420.00", "409.50", "10", "97.50%", "9.75"], start=1)
    g.row(4, ["其中：本年财政拨款", "420.00", "420.00", "409.50", "—", "97.50%", "—"], start=1)
    g.row(5, ["上年结转资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.row(6, ["其他资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.put(7, 0, "年度总体目标", 2, 1); g.put(7, 1, "预期目标", 1, 4); g.put(7, 5, "实际完成情况", 1, 5)
    g.put(8, 1, "在用肥淡季储备化肥2万吨以上，保障春耕用肥供应，稳定化肥市场价格。", 1, 4)
    g.put(8, 5, "储备化肥2.1万吨，设储备网点25个，保障春耕用肥农户3.4万户。", 1, 5)
    rows = [
        ("产出指标", "数量指标", "化肥淡季储备数量", "≥2万吨", "2.1万吨", "15", "15", ""),
        ("产出指标", "数量指标", "储备网点数量", "≥25个", "25个", "10", "10", ""),
        ("产出指标", "质量指标", "储备化肥质量抽检合格率", "=100%", "100%", "10", "10", ""),
        ("产出指标", "时效指标", "储备到位时间", "9月前", "8月", "10", "10", ""),
        ("产出指标", "成本指标", "每吨储备补贴标准", "≤200元/吨", "195元/吨", "5", "5", ""),
        ("效益指标", "经济效益指标", "春耕期间化肥价格涨幅", "≤5%", "6.2%", "15", "12.10",
         "受国际钾肥价格上涨影响，春耕期间复合肥零售价同比上涨6.2%，超出控制目标。下一步在价格低位时段提前组织储备，"
         "扩大钾肥储备比例。"),
        ("效益指标", "社会效益指标", "保障春耕用肥农户数", "≥3万户", "3.4万户", "15", "15", ""),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "92%", "10", "10", ""),
    ]
    g.put(9, 0, "绩效指标", len(rows) + 1, 1)
    g.row(9, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], start=1)
    g.put(9, 8, "偏差原因分析及改进措施", 1, 2)
    r = indicators(g, 10, 1, rows, cause_span=2)
    g.put(r, 0, "总分", 1, 6); g.put(r, 6, "100"); g.put(r, 7, "96.85"); g.put(r, 8, "", 1, 2)
    widths = [60, 62, 80, 120, 70, 62, 36, 40, 120, 120]
    write_pdf(out / "gongxiao.pdf", [
        pdf_line("项目支出绩效自评表", font, 14, 1),
        pdf_line("（2024年度）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元", font, 9),
        pdf_table(g, widths, font),
        pdf_line("注：执行率=全年执行数/全年预算数。", font, 8),
        pdf_line("填报人：林志强　　审核人：何丽萍　　填报日期：2025年1月12日", font, 8),
    ])


# --- 6. jiguan.pdf: 机关事务管理局公共机构节能 ---------------------------------------------------------------
# A 指标性质 column (正向 / 反向); targets "9月前", "≤30分钟", "2天以内"; the indicator table continued on a
# second page under its repeated header row; 单位：万元 in the 项目资金 label cell.

def jiguan(out: Path) -> None:
    from reportlab.platypus import PageBreak

    font = _font()
    g = Grid(ncols=10)
    g.put(0, 0, "项目名称"); g.put(0, 1, "2024年公共机构节能降耗改造项目", 1, 9)
    g.put(1, 0, "主管部门"); g.put(1, 1, "南溪区人民政府办公室", 1, 4); g.put(1, 5, "实施单位"); g.put(1, 6, "南溪区机关事务管理局", 1, 4)
    g.put(2, 0, "项目资金\n（单位：万元）", 5, 1)
    g.row(2, ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1)
    g.row(3, ["年度资金总额", "180.00", "165.00", "158.73", "10", "96.20%", "9.62"], start=1)
    g.row(4, ["其中：本年财政拨款", "180.00", "165.00", "158.73", "—", "96.20%", "—"], start=1)
    g.row(5, ["上年结转资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.row(6, ["其他资金", "—", "—", "—", "—", "—", "—"], start=1)
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    first = [
        ("产出指标", "数量指标", "完成节能改造的公共机构数", "正向", "≥15家", "15家", "10", "10", ""),
        ("产出指标", "数量指标", "LED照明替换数量", "正向", "≥4000盏", "4260盏", "10", "10", ""),
        ("产出指标", "质量指标", "改造工程验收合格率", "正向", "=100%", "100%", "10", "10", ""),
        ("产出指标", "时效指标", "改造工程完工时间", "反向", "9月前", "9月", "10", "10", ""),
    ]
    second = [
        ("产出指标", "时效指标", "报修响应时间", "反向", "≤30分钟", "25分钟", "5", "5", ""),
        ("产出指标", "时效指标", "故障修复时间", "反向", "2天以内", "1.5天", "5", "5", ""),
        ("效益指标", "经济效益指标", "年节约用电量", "正向", "≥50万千瓦时", "46.8万千瓦时", "15", "14.04",
         "部分改造项目9月才完工，当年运行时间不足，节电效益未充分体现，预计2025年全年节电可达62万千瓦时。"),
        ("效益指标", "生态效益指标", "减少二氧化碳排放量", "正向", "≥280吨", "262吨", "15", "14.04",
         "节电量未达目标，相应减排量未达目标。"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "正向", "≥90%", "96%", "10", "10", ""),
    ]
    g.put(7, 0, "绩效指标", len(first) + 1, 1)
    g.row(7, header, start=1)
    indicators(g, 8, 1, first)
    g2 = Grid(ncols=10)
    g2.put(0, 0, "绩效指标", len(second) + 1, 1)  # the page break cuts the merged cell: each page has its own
    g2.row(0, header, start=1)
    r = indicators(g2, 1, 1, second)
    g2.put(r, 0, "总分", 1, 7); g2.put(r, 7, "100"); g2.put(r, 8, "97.70")
    g2.put(r + 1, 0, "自评等级"); g2.put(r + 1, 1, "优", 1, 9)
    widths = [64, 56, 72, 110, 40, 64, 64, 34, 40, 200]
    write_pdf(out / "jiguan.pdf", [
        pdf_line("南溪区机关事务管理局项目支出绩效自评表（2024年度）", font, 13, 1),
        pdf_table(g, widths, font),
        pdf_line("第1页", font, 8, 1),
        PageBreak(),
        pdf_table(g2, widths, font),
        pdf_line("填报人：韦海涛　　审核人：邓红　　2025年1月28日", font, 8),
        pdf_line("第2页", font, 8, 1),
    ])


# --- 7. xinfang.md: 信访局 (a form converted to Markdown) --------------------------------------------------
# Pipe tables in 元, the unit in the 项目资金 label cell ("项目资金（元）"), digit groups separated by spaces in
# the total row and by commas below it; merged cells exported as empty cells; <br> inside cells; 合计 of the
# indicator points as a 总分 row; a footnote and a signature line.

XINFANG = """\
# 东岭区信访局2024年度项目支出绩效自评表

| 项目名称 | 2024年信访矛盾纠纷化解专项经费 | | |
|---|---|---|---|
| 主管部门 | 东岭区人民政府 | 实施单位 | 东岭区信访局 |

| 项目资金（元） | 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
|---|---|---|---|---|---|---|---|
|  | 年度资金总额 | 1 200 000.00 | 1 200 000.00 | 1 146 380.00 | 10 | 95.53% | 9.55 |
|  | 其中：本年财政拨款 | 1,200,000.00 | 1,200,000.00 | 1,146,380.00 | — | 95.53% | — |
|  | 上年结转资金 | — | — | — | — | — | — |
|  | 其他资金 |  |  |  |  |  |  |

| 年度总体目标 | 预期目标 | 实际完成情况 |
|---|---|---|
|  | 依法及时受理办理信访事项，开展矛盾纠纷排查化解，化解信访积案40件以上。 | 受理信访事项856件，按期办结率97.3%，化解信访积案35件。 |

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
|---|---|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 受理信访事项件数 | ≥800件 | 856件 | 10 | 10 |  |
|  |  | 开展矛盾纠纷排查次数 | ≥48次 | 52次 | 10 | 10 |  |
|  | 质量指标 | 信访事项按期办结率 | ≥<br>95% | 97.3% | 15 | 15 |  |
|  | 时效指标 | 信访事项受理告知时限 | ≤15日 | 12日 | 10 | 10 |  |
|  | 成本指标 | 聘请律师参与接访费用 | ≤30万元 | 28.8万元 | 5 | 5 |  |
| 效益指标 | 社会效益指标 | 化解信访积案件数 | ≥40件 | 35件 | 15 | 13.13 | 原因：部分积案涉及历史遗留土地问题，需跨部门协调，年内未能化解。<br>措施：建立区领导包案制度，2025年6月前化解剩余积案。 |
|  |  | 重复信访率 | ≤10% | 8.6% | 10 | 10 |  |
|  | 可持续影响指标 | 矛盾纠纷多元化解机制运行 | 长效运行 | 长效运行 | 5 | 5 |  |
| 满意度指标 | 服务对象满意度指标 | 信访群众满意度 | ≥85% | 87.4% | 10 | 10 |  |
| 总分 |  |  |  |  | 100 | 97.68 |  |

注：金额单位为元；满意度来自第三方电话回访，回访420人。

填报人：孙倩　　审核人：郑国强　　2025年1月16日
"""


# --- 8. laonian.txt: 老年大学 (the sheet copied and pasted as text) --------------------------------------------
# Tab text as Excel's copy gives it: an empty spacer column, merged cells as empty cells, 单位：万元 at the far
# right of the title line, and cells holding a line break quoted ("≥⏎95%", a two-line cause), as Excel quotes them.

LAONIAN = (
    "项目支出绩效自评表\t\t\t\t\t\t\t\t\t单位：万元\n"
    "（2024年度）\n"
    "项目名称\t\t2024年老年教育办学经费\n"
    "主管部门\t\t北湖区教育局\t\t\t\t实施单位\t北湖区老年大学\n"
    "项目资金\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t\t年度资金总额\t96.00\t104.00\t101.92\t10\t98.00%\t9.80\n"
    "\t\t其中：本年财政拨款\t96.00\t96.00\t93.92\t—\t97.83%\t—\n"
    "\t\t上年结转资金\t0.00\t8.00\t8.00\t—\t100.00%\t—\n"
    "\t\t其他资金\n"
    "年度总体目标\t\t预期目标\t\t\t\t实际完成情况\n"
    "\t\t开设教学班60个以上，在校学员3000人以上，丰富老年人精神文化生活。\t\t\t\t开设教学班64个，在校学员3218人，举办成果展演8场。\n"
    "绩效指标\t\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "\t\t产出指标\t数量指标\t开设教学班数\t≥60个\t64个\t10\t10\n"
    "\t\t\t\t在校学员人数\t≧3000人\t3218人\t10\t10\n"
    "\t\t\t质量指标\t学员结业考核合格率\t\"≥\n95%\"\t97.5%\t10\t10\n"
    "\t\t\t时效指标\t秋季开学时间\t9月前\t9月\t10\t10\n"
    "\t\t\t成本指标\t班均办学成本\t≤1.7万元\t1.59万元\t10\t10\n"
    "\t\t效益指标\t社会效益指标\t举办成果展演场次\t≥10场\t8场\t15\t12\t\"受场地改造影响，下半年两场展演取消。\n"
    "下一步将与区文化馆共建展演场地，保障展演按计划开展。\"\n"
    "\t\t\t可持续影响指标\t志愿者教师人数\t≥40人\t46人\t10\t10\n"
    "\t\t满意度指标\t服务对象满意度指标\t学员满意度\t≥95%\t98.6%\t15\t15\n"
    "总分\t\t\t\t\t\t\t100\t96.80\n"
    "注：学员满意度为期末问卷调查结果，收回问卷2860份。\n"
    "填表人：吴丽　　复核：陈刚　　日期：2025.01.22\n"
)


# --- 9. difang.xlsx: 地方志编纂室 (部门整体支出绩效自评表) ------------------------------------------------------
# A department form with the spacer column B, 金额单位：万元 in a cell of its own at the right of the title's
# second row, the department's spending split 其中：基本支出 / 项目支出, task rows merged down, an indicator
# value typed on two lines ("3.2⏎万条") and in full-width digits ("１４场"), a key-project table, a footnote
# and signatures.

def difang(out: Path) -> None:
    g = Grid(ncols=8)
    g.put(0, 0, "西岭区地方志编纂室2023年度部门整体支出绩效自评表", 1, 8)
    g.put(1, 6, "金额单位：万元", 1, 2)
    g.put(2, 0, "部门名称"); g.put(2, 2, "西岭区地方志编纂室", 1, 3); g.put(2, 5, "被评价年度"); g.put(2, 6, "2023年", 1, 2)
    g.put(3, 0, "部门资金情况", 4, 1)
    g.row(3, ["年初预算", "612.40", "调整预算", "648.90"], start=2)
    g.row(4, ["实际支出", "631.27", "其中：基本支出", "402.15"], start=2)
    g.row(5, ["预算完成率", "97.28%", "项目支出", "229.12"], start=2)
    g.row(6, ["预算调整率", "5.96%"], start=2)
    g.put(7, 0, "年度目标", 2, 1); g.put(7, 2, "预期目标", 1, 3); g.put(7, 5, "目标完成情况", 1, 3)
    g.put(8, 2, "推进第三轮区志编纂，编纂出版年鉴，加强地情资料征集和方志文化宣传。", 1, 3)
    g.put(8, 5, "完成区志初稿评审，《西岭年鉴2023》出版，征集地情资料1260册（件）。", 1, 3)
    g.row(9, ["主要任务", "", "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及金额"])
    g.put(10, 0, "地方志书编纂", 2, 1); g.put(10, 2, "完成《西岭区志（2006—2020）》初稿评审，出版年鉴1部。", 2, 1)
    g.put(10, 3, "初稿通过市级评审，年鉴按期出版。", 2, 1); g.put(10, 6, "86.40", 2, 1)
    g.row(10, ["区志初稿评审", "完成"], start=4)
    g.row(11, ["出版地方综合年鉴", "1部"], start=4)
    g.put(12, 0, "地情资料征集", 2, 1); g.put(12, 2, "征集地情资料1000册（件）以上，建设数字方志馆。", 2, 1)
    g.put(12, 3, "征集地情资料1260册（件），数据入库3.2万条。", 2, 1); g.put(12, 6, "42.60", 2, 1)
    g.row(12, ["征集地情资料", "1260册（件）"], start=4)
    g.row(13, ["数字方志馆数据入库", "3.2\n万条"], start=4)
    g.put(14, 0, "方志文化宣传"); g.put(14, 2, "开展方志进校园、进社区活动12场以上。")
    g.put(14, 3, "开展活动14场。"); g.row(14, ["方志进校园进社区活动", "１４场", "12.80"], start=4)
    g.put(15, 0, "重点项目绩效情况", 2, 1)
    g.row(15, ["项目名称", "全年预算数", "执行数", "执行率", "绩效情况"], start=2)
    g.put(16, 2, "《西岭区志》编纂出版项目")
    g.row(16, ["96.00", "86.40", "90.00%", "完成初稿评审，出版环节因评审意见修改顺延至2024年。"], start=3)
    g.put(17, 0, "部门整体绩效"); g.put(17, 2, "部门整体支出绩效目标基本实现。", 1, 6)
    g.put(18, 0, "存在问题"); g.put(18, 2, "区志出版进度滞后于计划。", 1, 6)
    g.put(19, 0, "改进措施"); g.put(19, 2, "按评审意见倒排工期，2024年6月前完成出版。", 1, 6)
    g.put(20, 0, "注：预算完成率=实际支出÷调整预算；预算调整率=（调整预算－年初预算）÷年初预算。", 1, 8)
    g.put(21, 0, "单位负责人：何文清　　填表人：罗敏　　填报日期：2024年2月6日", 1, 8)
    write_xlsx(g, out / "difang.xlsx", widths={"B": 2})


# --- 10. gongzheng.docx: 公证处, revised with track changes, fill-in fields as content controls -------------------
# A Word template whose fill-in fields are content controls (<w:sdt>, "单击此处输入文字" boxes) and whose figures
# the officer corrected with track changes on: the old figure is deleted text (<w:del>), the new one inserted
# (<w:ins>); the year line above the table is a content control of its own. Word shows the new figures.

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REVISED = {"55.64": "53.20", "95.93%": "91.72%", "98.81": "97.90"}  # new figure: the one it replaced
CONTROLS = {"2024年公证便民服务经费", "3862件", "97.8%"}


def _fill(cell, text: str) -> None:
    """A cell's text as the officer left it: a revised figure as a tracked deletion and insertion, a fill-in
    field inside a content control, anything else plain."""
    from docx.oxml import parse_xml

    p = cell.paragraphs[0]._p
    if text in REVISED:
        p.append(parse_xml(f'<w:del {W_NS} w:id="{list(REVISED).index(text) + 1}" w:author="财务科" '
                           f'w:date="2025-01-20T09:00:00Z"><w:r><w:delText>{REVISED[text]}</w:delText></w:r></w:del>'))
        p.append(parse_xml(f'<w:ins {W_NS} w:id="{list(REVISED).index(text) + 101}" w:author="财务科" '
                           f'w:date="2025-01-20T09:00:00Z"><w:r><w:t>{text}</w:t></w:r></w:ins>'))
    elif text in CONTROLS:
        p.append(parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="填写内容"/></w:sdtPr><w:sdtContent>'
                           f'<w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>'))
    else:
        cell.text = text


def gongzheng(out: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    g = Grid(ncols=10)
    g.put(0, 0, "项目名称"); g.put(0, 1, "2024年公证便民服务经费", 1, 9)
    g.put(1, 0, "主管部门"); g.put(1, 1, "东岭区司法局", 1, 4); g.put(1, 5, "实施单位"); g.put(1, 6, "东岭区公证处", 1, 4)
    g.put(2, 0, "项目资金（万元）", 5, 1)
    g.row(2, ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=1)
    g.row(3, ["年度资金总额", "58.00", "58.00", "55.64", "10", "95.93%", "9.59"], start=1)
    g.row(4, ["其中：本年财政拨款", "58.00", "58.00", "55.64", "—", "95.93%", "—"], start=1)
    g.row(5, ["上年结转资金", "—", "—", "—", "—", "—", "—"], start=1)
    g.row(6, ["其他资金", "—", "—", "—", "—", "—", "—"], start=1)
    rows = [
        ("产出指标", "数量指标", "办理公证事项件数", "≥3500件", "3862件", "15", "15", ""),
        ("产出指标", "数量指标", "上门办证服务次数", "≥120次", "136次", "10", "10", ""),
        ("产出指标", "质量指标", "公证文书差错率", "≤0.5‰", "0.2‰", "10", "10", ""),
        ("产出指标", "时效指标", "一般公证事项办结时限", "≤5个工作日", "3个工作日", "10", "10", ""),
        ("产出指标", "成本指标", "减免公证费用", "≤15万元", "12.6万元", "5", "5", ""),
        ("效益指标", "社会效益指标", "“最多跑一次”事项占比", "≥90%", "86.5%", "20", "19.22",
         "部分涉外公证事项需当事人补充境外材料，无法一次办结；下一步推行容缺受理和线上补交材料。"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥95%", "97.8%", "20", "20", ""),
    ]
    g.put(7, 0, "绩效指标", len(rows) + 1, 1)
    g.row(7, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], start=1)
    g.put(7, 8, "偏差原因分析及改进措施", 1, 2)
    r = indicators(g, 8, 1, rows, cause_span=2)
    g.put(r, 0, "总分", 1, 6); g.put(r, 6, "100"); g.put(r, 7, "98.81"); g.put(r, 8, "", 1, 2)
    doc = docx.Document()
    doc.add_heading("项目支出绩效自评表", level=1)
    doc.element.body.append(parse_xml(  # the year line: a content control of its own, above the table
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="年度"/></w:sdtPr><w:sdtContent>'
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>（2024年度）</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    table = doc.add_table(rows=g.nrows, cols=g.ncols)
    table.style = "Table Grid"
    for row, c, text, rs, cs in g.cells:
        cell = table.cell(row, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(row + rs - 1, c + cs - 1))
        _fill(cell, text)
    doc.add_paragraph("填报人：欧阳静　　审核人：梁志　　2025年1月21日")
    doc.save(out / "gongzheng.docx")


# --- 11. jiance.pdf: 农产品质量安全检测站, printed from Excel without borders --------------------------------------
# The sheet had no cell borders and gridlines are not printed, so the PDF has text in columns but no ruled table
# (what most "打印成PDF" copies of a sheet look like); 单位：万元 on the title line; a missed indicator's cause.

def jiance(out: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    font = _font()
    rows = [
        ["项目名称", "2024年农产品质量安全例行监测经费", "", "", "", "", "", ""],
        ["主管部门", "南岗区农业农村局", "", "实施单位", "南岗区农产品质量安全检测站", "", "", ""],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "46.00", "46.00", "44.62", "10", "97.00%", "9.70"],
        ["", "其中：本年财政拨款", "46.00", "46.00", "44.62", "—", "97.00%", "—"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "农产品定量检测批次", "≥1500批次", "1536批次", "20", "20"],
        ["", "产出指标", "数量指标", "快速检测样品数", "≥12000个", "11260个", "15", "14.08"],
        ["", "产出指标", "时效指标", "检测结果报送时间", "5个工作日内", "4个工作日", "15", "15"],
        ["", "效益指标", "社会效益指标", "农产品质量安全监测合格率", "≥98%", "98.6%", "30", "30"],
        ["", "满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", "93%", "10", "10"],
        ["总分", "", "", "", "", "", "100", "98.78"],
    ]
    style = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    data = [[Paragraph(c, style) if c else "" for c in r] for r in rows]
    table = Table(data, colWidths=[52, 88, 70, 128, 112, 70, 40, 44])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # no borders: the sheet had none
    write_pdf(out / "jiance.pdf", [
        pdf_line("项目支出绩效自评表", font, 13, 1),
        pdf_line("（2024年度）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　单位：万元", font, 9),
        table,
        pdf_line("偏差原因：快速检测样品数未达目标，因下半年检测车辆维修停检20天，已调配备用车辆。", font, 8),
        pdf_line("填报人：蒋晓燕　　审核人：谢国平　　2025年1月9日", font, 8),
    ])


# --- 12–15. plain-text prints (a form exported as a .txt, columns aligned by runs of spaces) ---------------------
# What a unit's system or a copy out of a fixed-width print gives: no tabs, no pipes (or an ASCII grid of + - |),
# a header typed on two lines (年初 / 预算数), labels centred over their columns and figures set flush right,
# part heads 【一、…】 or 一、…, full-width spaces as padding, "（公章）" after the unit's name, a signature line.

def _w(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(n: int, full: bool) -> str:
    """n display columns of padding: full-width spaces where the export used them (an odd column stays a space)."""
    return "\u3000" * (n // 2) + " " * (n % 2) if full else " " * n


def text_row(cells: list[str], widths: list[int], align: str, *, full: bool = False, gap: int = 2) -> str:
    """One printed line: cell k in a column widths[k] wide, 'l' flush left, 'r' flush right, 'c' centred;
    columns parted by `gap` spaces."""
    out = ""
    for k, (cell, width) in enumerate(zip(cells, widths)):
        room = max(0, width - _w(cell))
        a = align[k]
        left = 0 if a == "l" else room if a == "r" else room // 2
        out += (_pad(gap, full) if k else "") + _pad(left, full) + cell + _pad(room - left, full)
    return out.rstrip()


def grid_rule(widths: list[int]) -> str:
    return "+" + "+".join("-" * (w + 2) for w in widths) + "+"


def grid_row(cells: list[str], widths: list[int], align: str) -> str:
    """An ASCII grid's row: | cell | cell |, each cell padded to its column (figures flush right)."""
    parts = []
    for k, (cell, width) in enumerate(zip(cells, widths)):
        room = max(0, width - _w(cell))
        left = 0 if align[k] == "l" else room if align[k] == "r" else room // 2
        parts.append(" " + " " * left + cell + " " * (room - left) + " ")
    return "|" + "|".join(parts) + "|"


def wrap(text: str, width: int) -> list[str]:
    """A cell's text broken into lines no wider than `width` display columns (a grid export wraps long cells)."""
    lines, cur = [], ""
    for ch in text:
        if _w(cur + ch) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur] if cur else lines


def grid_block(cells: list[str], widths: list[int], align: str) -> list[str]:
    """One grid row whose long cells wrap onto further lines of the same row (the other cells blank there)."""
    parts = [wrap(c, w) or [""] for c, w in zip(cells, widths)]
    return [grid_row([p[i] if i < len(p) else "" for p in parts], widths, align)
            for i in range(max(len(p) for p in parts))]


# --- 12. chuanju.txt: 商洛市川剧团 (部门整体支出), ruled with dashes, 【一、…】 part heads, two-line headers ----------
# Labels centred over their columns, figures flush right; 其中 lines indented; the 支出明细 table 序号 / 项目名称 /
# 全年 预算数 / 全年 执行数 / 执行率 with its header on two lines; the goal alone under 【三、年度总体目标】; the
# indicator table with 上年实际 figures keeping their decimals (11.80万人次, 92.0%); "（公章）" after the unit's name.

CJ_FUNDS_W = [22, 10, 10, 10, 6, 8, 6]
CJ_DETAIL_W = [4, 26, 12, 12, 10]
CJ_IND_W = [10, 14, 18, 12, 12, 12, 4, 6]
CJ_RULE = "-" * 96
CJ_IND = [
    ("产出指标", "数量指标", "惠民演出场次", "≥180场", "186场", "172场", "10", "10"),
    ("", "", "送戏下乡场次", "≥120场", "124场", "118场", "10", "10"),
    ("", "", "新编剧目创排", "≥1部", "1部", "1部", "10", "10"),
    ("", "", "青年演员培训人次", "≥30人次", "28人次", "26人次", "10", "9.33"),
    ("", "质量指标", "演出上座率", "≥90%", "93.0%", "92.0%", "10", "10"),
    ("", "时效指标", "新编剧目首演时间", "10月底前", "10月26日", "11月15日", "10", "10"),
    ("", "成本指标", "每场演出补助", "≤0.55万元", "0.49万元", "0.50万元", "10", "10"),
    ("效益指标", "社会效益指标", "观众人次", "≥12万人次", "12.60万人次", "11.80万人次", "10", "10"),
    ("满意度指标", "服务对象满意度", "观众满意度", "≥90%", "94.5%", "93.20%", "10", "10"),
]
CHUANJU = "\n".join([
    "　　　　　　　　　　商洛市川剧团2025年度部门整体支出绩效自评表",
    "",
    "填报单位：商洛市川剧团（公章）　　　　　　　　　　　　　　　　　　　　　金额单位：万元",
    "主管部门：商洛市文化和旅游局　　　　　　　　　　　　　　　　　　　　　　填报日期：2026年2月12日",
    "",
    "【一、部门预算资金情况】",
    CJ_RULE,
    text_row(["资金项目", "年初", "全年", "全年", "分值", "执行率", "得分"], CJ_FUNDS_W, "ccccccc"),
    text_row(["", "预算数", "预算数", "执行数", "", "", ""], CJ_FUNDS_W, "ccccccc"),
    CJ_RULE,
    text_row(["年度资金总额", "512.60", "548.20", "530.74", "10", "96.82%", "9.68"], CJ_FUNDS_W, "lrrrrrr"),
    text_row(["  其中：财政拨款", "468.60", "498.20", "484.36", "—", "97.22%", "—"], CJ_FUNDS_W, "lrrrrrr"),
    text_row(["        演出收入", "44.00", "50.00", "46.38", "—", "92.76%", "—"], CJ_FUNDS_W, "lrrrrrr"),
    text_row(["  其中：基本支出", "326.40", "326.40", "322.15", "—", "98.70%", "—"], CJ_FUNDS_W, "lrrrrrr"),
    text_row(["        项目支出", "186.20", "221.80", "208.59", "—", "94.04%", "—"], CJ_FUNDS_W, "lrrrrrr"),
    CJ_RULE,
    "",
    "【二、项目支出明细】（单位：万元）",
    CJ_RULE,
    text_row(["序号", "项目名称", "全年", "全年", "执行率"], CJ_DETAIL_W, "ccccc"),
    text_row(["", "", "预算数", "执行数", ""], CJ_DETAIL_W, "ccccc"),
    CJ_RULE,
    text_row(["1", "秦腔川剧惠民演出补助", "96.00", "91.52", "95.33%"], CJ_DETAIL_W, "clrrr"),
    text_row(["2", "新编剧目创排", "58.00", "54.60", "94.14%"], CJ_DETAIL_W, "clrrr"),
    text_row(["3", "舞美灯光设备更新", "42.80", "39.87", "93.15%"], CJ_DETAIL_W, "clrrr"),
    text_row(["4", "青年演员培训", "25.00", "22.60", "90.40%"], CJ_DETAIL_W, "clrrr"),
    text_row(["", "合计", "221.80", "208.59", "94.04%"], CJ_DETAIL_W, "clrrr"),
    CJ_RULE,
    "",
    "【三、年度总体目标】",
    "全年开展惠民演出180场以上，其中送戏下乡120场以上；创排新编川剧1部并于10月底前首演；更新舞美灯光设备；"
    "培训青年演员30人次以上；观众满意度90%以上。",
    "",
    "【四、年度绩效指标完成情况】",
    CJ_RULE,
    text_row(["一级指标", "二级指标", "三级指标", "年度", "实际", "上年", "分值", "得分"], CJ_IND_W, "cccccccc"),
    text_row(["", "", "", "指标值", "完成值", "实际", "", ""], CJ_IND_W, "cccccccc"),
    CJ_RULE,
    *[text_row(list(r), CJ_IND_W, "lllrrrrr") for r in CJ_IND],
    text_row(["总分", "", "", "", "", "", "100", "99.01"], CJ_IND_W, "lllrrrrr"),
    CJ_RULE,
    "",
    "说明：青年演员培训人次未达目标，2名学员因伤病未能参训，已安排2026年上半年补训。",
    "",
    "单位负责人：杨志华　　　填表人：刘晓燕　　　联系电话：0914-2318765",
]) + "\n"


# --- 13. wenquan.txt: 安康市汉滨温泉旅游度假区管理委员会 (项目), an ASCII grid of + - | ------------------------
# The export a database tool prints: every table in a grid, the funds header on two lines of one grid row, the
# goal table's long cells wrapped onto further lines of their row, each indicator row ruled off, a long cause
# wrapped in its cell; targets as forms write them (≥95%, ≤15个工作日, 9月底前, =100%).

WQ_FUNDS_W = [16, 10, 10, 10, 4, 7, 5]
WQ_GOAL_W = [12, 34, 34]
WQ_IND_W = [10, 12, 22, 11, 10, 4, 5, 24]
WQ_IND = [
    ("产出指标", "数量指标", "步道维护里程", "≥18公里", "18.6公里", "10", "10", ""),
    ("", "", "旅游公厕维护数量", "≥25座", "26座", "10", "10", ""),
    ("", "", "导览标识更新数量", "≥120块", "140块", "10", "10", ""),
    ("", "质量指标", "公共服务设施完好率", "≥95%", "96.2%", "10", "10", ""),
    ("", "", "公厕保洁达标率", "=100%", "100%", "10", "10", ""),
    ("", "时效指标", "游客投诉办结时限", "≤15个工作日", "9个工作日", "10", "10", ""),
    ("", "", "供暖设施检修完成时间", "9月底前", "9月22日", "5", "5", ""),
    ("", "成本指标", "每公里步道年维护成本", "≤1.2万元", "1.15万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "游客投诉办结率", "≥95%", "97.6%", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "88.4%", "10", "9.82",
     "节假日高峰停车位不足，部分游客排队时间较长。下一步增设临时停车场，错峰引导游客。"),
]
WENQUAN = "\n".join([
    "项目支出绩效自评表",
    "（2025年度）",
    "",
    "项目名称：2025年温泉度假区公共服务设施运维经费",
    "主管部门：安康市文化和旅游广电局    实施单位：安康市汉滨温泉旅游度假区管理委员会（公章）",
    "单位：万元",
    grid_rule(WQ_FUNDS_W),
    grid_row(["项目资金", "年初", "全年", "全年", "分值", "执行率", "得分"], WQ_FUNDS_W, "ccccccc"),
    grid_row(["", "预算数", "预算数", "执行数", "", "", ""], WQ_FUNDS_W, "ccccccc"),
    grid_rule(WQ_FUNDS_W),
    grid_row(["年度资金总额", "260.00", "275.00", "266.48", "10", "96.90%", "9.69"], WQ_FUNDS_W, "lrrrrrr"),
    grid_row(["其中：财政拨款", "220.00", "235.00", "228.16", "—", "97.09%", "—"], WQ_FUNDS_W, "lrrrrrr"),
    grid_row(["  上年结转资金", "40.00", "40.00", "38.32", "—", "95.80%", "—"], WQ_FUNDS_W, "lrrrrrr"),
    grid_row(["  其他资金", "", "", "", "", "", ""], WQ_FUNDS_W, "lrrrrrr"),
    grid_rule(WQ_FUNDS_W),
    "",
    grid_rule(WQ_GOAL_W),
    grid_row(["年度总体目标", "预期目标", "实际完成情况"], WQ_GOAL_W, "ccc"),
    grid_rule(WQ_GOAL_W),
    *grid_block(["", "完成度假区步道、旅游公厕、导览标识等公共服务设施日常运维，设施完好率95%以上，"
                     "游客投诉办结率95%以上。",
                 "维护步道18.6公里、旅游公厕26座，更新导览标识140块，设施完好率96.2%，游客投诉办结率97.6%。"],
                WQ_GOAL_W, "lll"),
    grid_rule(WQ_GOAL_W),
    "",
    grid_rule(WQ_IND_W),
    grid_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
             WQ_IND_W, "cccccccc"),
    grid_rule(WQ_IND_W),
    *[line for r in WQ_IND for line in [*grid_block(list(r), WQ_IND_W, "lllllrrl"), grid_rule(WQ_IND_W)]],
    grid_row(["总分", "", "", "", "", "100", "99.51", ""], WQ_IND_W, "lllllrrl"),
    grid_rule(WQ_IND_W),
    "",
    "填报人：周文斌    审核人：王海燕    填报日期：2026年1月26日",
]) + "\n"


# --- 14. suidao.txt: 延安市宝塔山隧道管理所 (项目), unruled, 一、 part heads --------------------------------------
# No rules at all: the tables are set apart by blank lines and part heads; the funds header on two lines with
# labels centred and figures flush right; the goal as 预期目标：… / 实际完成情况：… lines under 二、年度总体目标;
# a cause in the last column of its indicator row; digit groups (1,286台（套）).

SD_FUNDS_W = [20, 10, 10, 10, 6, 8, 6]
SD_IND_W = [10, 12, 20, 14, 14, 4, 6, 40]
SD_IND = [
    ("产出指标", "数量指标", "机电设备维护数量", "≥1200台（套）", "1,286台（套）", "15", "15", ""),
    ("", "", "隧道照明灯具更换", "≥300盏", "312盏", "10", "10", ""),
    ("", "质量指标", "机电设施完好率", "≥95%", "96.8%", "15", "15", ""),
    ("", "", "监控系统在线率", "=100%", "99.2%", "10", "9.92", "7月暴雨致光缆中断2次，下一步增设备用链路。"),
    ("", "时效指标", "故障修复时长", "≤4小时", "3.2小时", "10", "10", ""),
    ("", "", "年度检测完成时间", "9月底前", "9月18日", "10", "10", ""),
    ("", "成本指标", "单台设备年均维护成本", "≤0.16万元", "0.15万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "隧道通行事故起数", "≤2起", "1起", "10", "10", ""),
    ("满意度指标", "服务对象满意度", "通行群众满意度", "≥90%", "92.3%", "5", "5", ""),
]
SUIDAO = "\n".join([
    "            延安市宝塔山隧道管理所2025年度项目支出绩效自评表",
    "",
    "项目名称：2025年隧道机电设施运行维护经费",
    "主管部门：延安市交通运输局　　　　实施单位：延安市宝塔山隧道管理所（公章）",
    "",
    "一、项目资金情况（单位：万元）",
    "",
    text_row(["资金来源", "年初", "全年", "全年", "分值", "执行率", "得分"], SD_FUNDS_W, "ccccccc"),
    text_row(["", "预算数", "预算数", "执行数", "", "", ""], SD_FUNDS_W, "ccccccc"),
    text_row(["年度资金总额", "186.00", "198.40", "191.62", "10", "96.58%", "9.66"], SD_FUNDS_W, "lrrrrrr"),
    text_row(["其中：本年财政拨款", "186.00", "186.00", "179.42", "—", "96.46%", "—"], SD_FUNDS_W, "lrrrrrr"),
    text_row(["      上年结转资金", "0.00", "12.40", "12.20", "—", "98.39%", "—"], SD_FUNDS_W, "lrrrrrr"),
    "",
    "二、年度总体目标",
    "",
    "预期目标：完成隧道通风、照明、监控等机电设施全年运行维护，设施完好率95%以上，故障及时修复。",
    "实际完成情况：全年维护机电设备1,286台（套），设施完好率96.8%，故障平均修复时长3.2小时。",
    "",
    "三、绩效指标",
    "",
    text_row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
             SD_IND_W, "ccccccccc"),
    *[text_row(list(r), SD_IND_W, "lllllrrl") for r in SD_IND],
    text_row(["总分", "", "", "", "", "100", "99.58", ""], SD_IND_W, "lllllrrl"),
    "",
    "填报人：高建军　　　审核人：李文静　　　填报日期：2026年1月20日",
]) + "\n"


# --- 15. bianjing.txt: 铜川市边境管理服务站 (部门整体支出), box-drawing rules, full-width padding ------------------
# Padding of full-width spaces (an odd column a space); rules of ─; the funds as rows of 项目 under a two-line
# header; the 支出明细 table 项目名称 / 全年预算数 / 全年执行数 / 执行率 with centred labels over figures set
# flush right; 一、 part heads; 上年实际 with decimals (2.31万件, 55.00%); a 说明 line naming the missed indicator.

BJ_FUNDS_W = [24, 12, 12, 12, 10]
BJ_DETAIL_W = [30, 14, 14, 10]
BJ_IND_W = [10, 14, 22, 12, 12, 12, 4, 6]
BJ_RULE = "─" * 60
BJ_IND = [
    ("产出指标", "数量指标", "办理出入境证件", "≥2.4万件", "2.58万件", "2.31万件", "15", "15"),
    ("", "", "边境通行证办理量", "≥3000件", "3,126件", "2,948件", "10", "10"),
    ("", "质量指标", "证件办理差错率", "≤0.5%", "0.3%", "0.4%", "10", "10"),
    ("", "时效指标", "证件办结时限", "≤7个工作日", "5个工作日", "6个工作日", "10", "10"),
    ("", "", "窗口升级完成时间", "6月底前", "6月20日", "—", "10", "10"),
    ("效益指标", "社会效益指标", "政策宣传覆盖人次", "≥5万人次", "4.62万人次", "4.10万人次", "15", "13.86"),
    ("", "", "网上预约办理率", "≥60%", "68.50%", "55.00%", "10", "10"),
    ("满意度指标", "服务对象满意度", "办事群众满意度", "≥95%", "98.20%", "97.60%", "20", "20"),
]
BIANJING = "\n".join([
    "　　　　　　铜川市边境管理服务站2025年度部门整体支出绩效自评表",
    "",
    "部门名称：铜川市边境管理服务站（公章）　　　　主管部门：铜川市公安局",
    "",
    "一、部门预算执行情况（金额单位：万元）",
    BJ_RULE,
    text_row(["项目", "年初", "全年", "全年", "执行率"], BJ_FUNDS_W, "ccccc", full=True),
    text_row(["", "预算数", "预算数", "执行数", ""], BJ_FUNDS_W, "ccccc", full=True),
    BJ_RULE,
    text_row(["合计", "318.50", "332.70", "325.16", "97.73%"], BJ_FUNDS_W, "lrrrr", full=True),
    text_row(["其中：财政拨款收入", "300.50", "314.70", "308.36", "97.99%"], BJ_FUNDS_W, "lrrrr", full=True),
    text_row(["　　　其他收入", "18.00", "18.00", "16.80", "93.33%"], BJ_FUNDS_W, "lrrrr", full=True),
    text_row(["其中：基本支出", "246.30", "246.30", "244.18", "99.14%"], BJ_FUNDS_W, "lrrrr", full=True),
    text_row(["　　　项目支出", "72.20", "86.40", "80.98", "93.73%"], BJ_FUNDS_W, "lrrrr", full=True),
    BJ_RULE,
    "",
    "二、项目支出明细（金额单位：万元）",
    BJ_RULE,
    text_row(["项目名称", "全年预算数", "全年执行数", "执行率"], BJ_DETAIL_W, "cccc", full=True),
    BJ_RULE,
    text_row(["证件办理设备购置", "32.00", "31.46", "98.31%"], BJ_DETAIL_W, "lrrr", full=True),
    text_row(["出入境政策宣传", "12.40", "10.92", "88.06%"], BJ_DETAIL_W, "lrrr", full=True),
    text_row(["服务站窗口运行保障", "42.00", "38.60", "91.90%"], BJ_DETAIL_W, "lrrr", full=True),
    text_row(["合计", "86.40", "80.98", "93.73%"], BJ_DETAIL_W, "lrrr", full=True),
    BJ_RULE,
    "",
    "三、年度总体目标",
    "全年办理出入境证件2.4万件以上、边境通行证3000件以上，证件办理差错率控制在0.5%以内，6月底前完成服务站窗口升级；"
    "开展出入境政策宣传，覆盖5万人次以上，办事群众满意度95%以上。",
    "",
    "四、绩效指标",
    BJ_RULE,
    text_row(["一级指标", "二级指标", "三级指标", "年度", "实际", "上年", "分值", "得分"], BJ_IND_W, "cccccccc", full=True),
    text_row(["", "", "", "指标值", "完成值", "实际", "", ""], BJ_IND_W, "cccccccc", full=True),
    BJ_RULE,
    *[text_row(list(r), BJ_IND_W, "lllrrrrr", full=True) for r in BJ_IND],
    text_row(["总分", "", "", "", "", "", "100", "98.86"], BJ_IND_W, "lllrrrrr", full=True),
    BJ_RULE,
    "",
    "说明：政策宣传覆盖人次未达目标，下半年进社区宣传场次因宣传经费执行滞后减少；2026年提前安排宣传计划。",
    "",
    "单位负责人：赵建国　　　　填表人：孙丽萍　　　　填报日期：2026年2月9日",
]) + "\n"


def build(out: Path) -> None:
    zhijian(out)
    zhaoshang(out)
    zhenbang(out)
    redcross(out)
    gongxiao(out)
    jiguan(out)
    difang(out)
    gongzheng(out)
    jiance(out)
    (out / "xinfang.md").write_text(XINFANG, encoding="utf-8")
    (out / "laonian.txt").write_text(LAONIAN, encoding="utf-8")
    for name, text in (("chuanju", CHUANJU), ("wenquan", WENQUAN), ("suidao", SUIDAO), ("bianjing", BIANJING)):
        (out / f"{name}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build(HERE)
    print("forms written to", HERE)
