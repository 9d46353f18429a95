"""The funds table as units fill it: source rows under a 其中 (or 按来源分： / 按性质分：) label are all lines of the
total, whether or not each says 其中 and whatever the unit calls its source (…专项基金, …周转资金, 上级转移支付（…）);
a 支出明细 / 项目支出明细 block (its label in the name column, 全年预算数 and 全年执行数 beside it, closed by 合计) is
read as the spending details; and a 偏差原因 paragraph under the indicator table is the form's stated cause of the
indicators it scored below full marks. Word, Excel and PDF forms of a 盐务管理局 and a 劳动人事争议仲裁院."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import openpyxl

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

IND_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"]
INDICATORS = [
    ["产出指标", "数量指标", "食盐储备规模", "≥3000吨", "3120吨", "2980吨", "10", "10"],
    ["产出指标", "数量指标", "盐业执法检查", "≥600家次", "648家次", "602家次", "10", "10"],
    ["产出指标", "质量指标", "食盐质量抽检合格率", "≥98%", "97.2%", "98.4%", "10", "8"],
    ["产出指标", "时效指标", "储备轮换完成时间", "10月底前", "11月8日", "10月22日", "10", "7"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≧90%", "93%", "92%", "10", "10"],
]
CAUSE = "偏差原因：第二批储备食盐因承储企业检修推迟入库，11月8日才完成轮换；抽检发现两批次碘含量偏低，已责令整改。"


def _fill(table, rows: list[list[str]]) -> None:
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def salt_word_form(tmp_path: Path) -> Path:
    """A Word project form: the funds label merged over two columns, three sources of which only the first says
    其中, a remark on the raised one; 支出明细 in a table of its own; the goal and the cause as paragraphs."""
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2025年度）")
    rows = [
        ["项目名称", "2025年度食盐储备及盐业监管项目", "", "", "", "", "", ""],
        ["主管部门", "澜沧市商务局", "", "", "实施单位", "澜沧市盐务管理局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "结余", "备注"],
        ["年度资金总额", "", "900.00", "960.00", "931.26", "97.01%", "28.74", ""],
        ["其中：市级财政资金", "", "300.00", "300.00", "291.50", "97.17%", "8.50", ""],
        ["盐业资源保护专项基金", "", "400.00", "460.00", "448.36", "97.47%", "11.64", "8月追加储备轮换资金60.00万元"],
        ["食盐储备轮换周转资金", "", "200.00", "200.00", "191.40", "95.70%", "8.60", ""],
    ]
    table = document.add_table(rows=len(rows), cols=8)
    _fill(table, rows)
    table.cell(0, 1).merge(table.cell(0, 7))
    table.cell(1, 1).merge(table.cell(1, 3))
    table.cell(1, 5).merge(table.cell(1, 7))
    for r in range(2, len(rows)):
        table.cell(r, 0).merge(table.cell(r, 1))
    document.add_paragraph("支出明细")
    details = [["支出项目", "全年预算数（万元）", "全年执行数（万元）"],
               ["食盐储备收储及轮换", "520.00", "508.30"], ["盐业市场执法检查", "180.00", "172.66"],
               ["食盐质量抽检", "140.00", "134.80"], ["储备库房维护", "120.00", "115.50"],
               ["合计", "960.00", "931.26"]]
    _fill(document.add_table(rows=len(details), cols=3), details)
    document.add_paragraph("年度总体目标：储备食盐3000吨以上，开展盐业执法检查600家次以上，10月底前完成储备轮换，"
                           "食盐质量抽检合格率98%以上，群众满意度90%以上。")
    rows = [IND_HEADER, *INDICATORS, ["总分", "", "", "", "", "", "50", "45"]]
    _fill(document.add_table(rows=len(rows), cols=8), rows)
    document.add_paragraph(CAUSE)
    document.save(tmp_path / "项目支出绩效自评表.docx")
    return tmp_path / "项目支出绩效自评表.docx"


def test_source_rows_under_a_qizhong_label_are_all_lines_whether_or_not_each_says_qizhong(tmp_path):
    result = import_form(salt_word_form(tmp_path))
    lines = {x["名称"]: (x["年初预算数"], x["全年预算数"], x["全年执行数"]) for x in result.input["项目资金"]["其中"]}
    assert lines == {"市级财政资金": (Decimal("300.00"), Decimal("300.00"), Decimal("291.50")),
                     "盐业资源保护专项基金": (Decimal("400.00"), Decimal("460.00"), Decimal("448.36")),
                     "食盐储备轮换周转资金": (Decimal("200.00"), Decimal("200.00"), Decimal("191.40"))}
    assert not [w for w in result.warnings if "不一致" in w.message], result.warnings


def test_a_row_of_text_after_the_lines_ends_them(tmp_path):
    """Only a row whose amount columns hold figures is a line: the goal row of the same table is none."""
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表（2025年度）")
    rows = [["项目名称", "2025年度盐业执法装备购置项目", "", ""],
            ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"],
            ["年度资金总额", "80.00", "80.00", "76.40"],
            ["其中：市级财政资金", "50.00", "50.00", "48.10"],
            ["盐业监管专项基金", "30.00", "30.00", "28.30"],
            ["年度总体目标", "购置快速检测设备12台套，执法记录仪30台", "", ""],
            IND_HEADER[:5], ["产出指标", "数量指标", "快速检测设备", "≥12台套", "12台套"]]
    _fill(document.add_table(rows=len(rows), cols=5), [r + [""] * (5 - len(r)) for r in rows])
    document.save(tmp_path / "自评表.docx")
    lines = import_form(tmp_path / "自评表.docx").input["项目资金"]["其中"]
    assert [x["名称"] for x in lines] == ["市级财政资金", "盐业监管专项基金"]


def test_a_project_forms_spending_details_are_read_with_their_total(tmp_path):
    result = import_form(salt_word_form(tmp_path))
    details = {d["名称"]: (d["全年预算数"], d["全年执行数"]) for d in result.input["支出明细"]}
    assert details == {"食盐储备收储及轮换": (Decimal("520.00"), Decimal("508.30")),
                       "盐业市场执法检查": (Decimal("180.00"), Decimal("172.66")),
                       "食盐质量抽检": (Decimal("140.00"), Decimal("134.80")),
                       "储备库房维护": (Decimal("120.00"), Decimal("115.50"))}
    assert "合计" not in details


def test_a_goal_paragraph_of_a_word_form_is_its_goal(tmp_path):
    goal = import_form(salt_word_form(tmp_path)).input["年度总体目标"]
    assert goal[0].startswith("储备食盐3000吨以上") and goal[0].endswith("群众满意度90%以上。")


def test_a_cause_paragraph_under_the_indicators_is_the_stated_cause_of_the_ones_scored_below_full_marks(tmp_path):
    inds = {i["三级指标"]: i for i in import_form(salt_word_form(tmp_path)).input["绩效指标"]}
    assert "11月8日才完成轮换" in inds["储备轮换完成时间"]["偏差原因分析及改进措施"]
    assert "碘含量偏低" in inds["食盐质量抽检合格率"]["偏差原因分析及改进措施"]
    assert "碘含量" not in inds["储备轮换完成时间"]["偏差原因分析及改进措施"]
    for met in ("食盐储备规模", "盐业执法检查", "群众满意度"):
        assert "偏差原因分析及改进措施" not in inds[met], met


def test_drafting_a_word_form_whose_lines_add_up_invents_no_mismatch(tmp_path):
    folder = tmp_path / "盐务局"
    folder.mkdir()
    salt_word_form(folder)
    result = run_drafter("draft", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "不一致" not in result.stdout and "盐业资源保护专项基金" in result.stdout
    # a project form's spending items are its 支出明细, never 重点项目 (a project has none)
    assert "支出明细“食盐储备收储及轮换”：全年预算数520.00万元" in result.stdout and "重点项目" not in result.stdout
    assert "未填写" not in result.stdout.split("储备轮换完成时间", 1)[-1].split("。", 1)[0]


def salt_sheet(tmp_path: Path) -> Path:
    """An Excel department form: lines by source (按来源分：) and by nature (按性质分：), a source named by its payer
    with the programme in brackets, then a 项目支出明细 block in the same sheet (label merged over the name columns)."""
    rows = [
        ["2025年度部门整体支出绩效自评表"],
        ["部门（单位）名称", "滨江县盐务管理局", "", "", "", "单位：万元"],
        ["年度预算资金", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "结余", "备注"],
        ["年度资金总额", "", "312.40", "335.90", "326.18", "97.11%", "9.72", ""],
        ["按来源分：一般公共预算财政拨款", "", "292.40", "292.40", "286.05", "97.83%", "6.35", ""],
        ["上级转移支付（省级盐业监管专项）", "", "20.00", "43.50", "40.13", "92.25%", "3.37", "6月追加23.50万元"],
        ["按性质分：基本支出", "", "228.40", "229.90", "228.26", "99.29%", "1.64", ""],
        ["项目支出", "", "84.00", "106.00", "97.92", "92.38%", "8.08", ""],
        ["项目支出明细", "", "", "全年预算数", "全年执行数"],
        ["盐业执法检查", "", "", "46.00", "42.88"],
        ["食盐质量监测", "", "", "38.00", "35.94"],
        ["盐政宣传及培训", "", "", "22.00", "19.10"],
        ["合计", "", "", "106.00", "97.92"],
        ["年度总体目标", "开展盐业执法检查不少于500家次，食盐质量抽检合格率98%以上。"],
        IND_HEADER, *INDICATORS[:2],
    ]
    merges = ["A1:H1", "B2:E2", "F2:H2", *[f"A{r}:B{r}" for r in range(3, 9)], *[f"A{r}:C{r}" for r in range(9, 14)],
              "B14:H14"]
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value not in (None, ""):
                ws.cell(r, c, value)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(tmp_path / "部门整体支出绩效自评表.xlsx")
    return tmp_path / "部门整体支出绩效自评表.xlsx"


def test_lines_by_source_and_by_nature_are_both_read(tmp_path):
    result = import_form(salt_sheet(tmp_path))
    lines = {x["名称"]: x["全年执行数"] for x in result.input["部门资金情况"]["其中"]}
    assert lines == {"一般公共预算财政拨款": Decimal("286.05"), "上级转移支付（省级盐业监管专项）": Decimal("40.13"),
                     "基本支出": Decimal("228.26"), "项目支出": Decimal("97.92")}
    assert not [w for w in result.warnings if "不一致" in w.message], result.warnings


def test_a_departments_project_detail_block_is_read_as_its_key_projects(tmp_path):
    projects = {p["项目名称"]: (p["全年预算数"], p["执行数"]) for p in import_form(salt_sheet(tmp_path)).input["重点项目"]}
    assert projects == {"盐业执法检查": (Decimal("46.00"), Decimal("42.88")),
                        "食盐质量监测": (Decimal("38.00"), Decimal("35.94")),
                        "盐政宣传及培训": (Decimal("22.00"), Decimal("19.10"))}


def arbitration_pdf(tmp_path: Path) -> Path:
    """A text-layer PDF project form: the 支出明细 block inside the funds table, its label spanning three columns."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("t", fontName="STSong-Light", fontSize=12)
    rows = [
        ["项目名称", "2025年度仲裁庭审规范化建设项目", "", "", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "", "150.00", "150.00", "141.36", "94.24%"],
        ["其中：市级财政资金", "", "150.00", "150.00", "141.36", "94.24%"],
        ["支出明细", "", "", "全年预算数", "全年执行数", ""],
        ["庭审录音录像设备", "", "", "82.00", "79.60", ""],
        ["仲裁员培训", "", "", "28.00", "24.16", ""],
        ["仲裁文书印制", "", "", "40.00", "37.60", ""],
        ["合计", "", "", "150.00", "141.36", ""],
        IND_HEADER[:6],
        ["产出指标", "数量指标", "改造数字化仲裁庭", "≥6个", "6个", "5个"],
    ]
    spans = [("SPAN", (1, 0), (5, 0)), *[("SPAN", (0, r), (1, r)) for r in range(1, 4)],
             *[("SPAN", (0, r), (2, r)) for r in range(4, 9)]]
    table = Table(rows, colWidths=[90, 60, 90, 80, 80, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), *spans]))
    path = tmp_path / "项目支出绩效自评表.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("项目支出绩效自评表", style), Paragraph("（2025年度）", style), table])
    return path


def test_a_pdf_forms_spending_details_inside_its_funds_table_are_read(tmp_path):
    result = import_form(arbitration_pdf(tmp_path))
    details = {d["名称"]: (d["全年预算数"], d["全年执行数"]) for d in result.input["支出明细"]}
    assert details == {"庭审录音录像设备": (Decimal("82.00"), Decimal("79.60")),
                       "仲裁员培训": (Decimal("28.00"), Decimal("24.16")),
                       "仲裁文书印制": (Decimal("40.00"), Decimal("37.60"))}
    assert [x["名称"] for x in result.input["项目资金"]["其中"]] == ["市级财政资金"]
