"""Makes sources/部门整体支出绩效自评表.pdf (text layer) — run with reportlab (author's scratch venv, not a project dependency)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=20, alignment=1)
body = ParagraphStyle("b", fontName="WQY", fontSize=9, leading=13)

funds = [
    ["部门资金情况（万元）", "", "", "", "", ""],
    ["项目", "年初预算数", "调整预算数", "实际支出数", "执行率", "备注"],
    ["合计", "386.40", "412.75", "398.26", "96.49%", ""],
    ["其中：基本支出", "248.60", "248.60", "246.93", "99.33%", ""],
    ["项目支出", "137.80", "164.15", "151.33", "92.19%", ""],
    ["备注：项目支出追加26.35万元，为省级克山病监测补助资金；基本支出未调整。", "", "", "", "", ""],
    ["预算调整率", "6.82%", "预算完成率", "96.49%", "", ""],
]
items = [
    ["项目支出明细（万元）", "", "", ""],
    ["序号", "明细项目", "全年预算数", "执行数"],
    ["1", "克山病病情监测", "48.50", "46.20"],
    ["2", "硒盐补充干预", "36.00", "36.00"],
    ["3", "心电图筛查设备购置", "32.65", "28.45"],
    ["4", "基层防治人员培训", "21.40", "18.93"],
    ["5", "健康教育宣传", "25.60", "21.75"],
    ["合计", "", "164.15", "151.33"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "监测乡镇数", "≥15个", "15个", "15个"],
    ["", "", "心电图筛查人数", "≥6000人", "6482人", "5930人"],
    ["", "", "克山病病例随访", "≥180人次", "196人次", "188人次"],
    ["", "", "培训基层防治人员", "≥300人次", "342人次", "318人次"],
    ["", "质量指标", "重点人群硒盐覆盖率", "≥90%", "93.6%", "94.2%"],
    ["", "时效指标", "疑似病例复核时限", "≤48小时", "36小时", "40小时"],
    ["", "", "年度监测报告报送", "10月31日前", "10月24日", "10月27日"],
    ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", "95.2%", "94.1%"],
]


def table(rows, spans, widths):
    t = Table(rows, colWidths=widths)
    style = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", a, b) for a, b in spans]
    t.setStyle(TableStyle(style))
    return t


out = Path(__file__).parent / "sources" / "部门整体支出绩效自评表.pdf"
doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
doc.build([
    Paragraph("2023年度部门整体支出绩效自评表", title),
    Paragraph("部门名称：克山县克山病防治所　　被评价年度：2023年　　填报日期：2024年3月", body),
    Spacer(1, 8),
    table(funds, [((0, 0), (5, 0)), ((0, 5), (5, 5)), ((3, 6), (5, 6))], [120, 80, 80, 80, 70, 200]),
    Spacer(1, 8),
    table(items, [((0, 0), (3, 0)), ((0, 7), (1, 7))], [50, 200, 90, 90]),
    Spacer(1, 8),
    table(indicators, [((0, 1), (0, 7)), ((1, 1), (1, 4)), ((1, 6), (1, 7))], [70, 90, 150, 90, 90, 90]),
    Spacer(1, 8),
    Paragraph("存在问题：心电图筛查设备购置项目验收推迟，部分资金未能在年内支付。", body),
])
