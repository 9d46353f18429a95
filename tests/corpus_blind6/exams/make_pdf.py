"""Writes sources/自评表.pdf: 湛江市招生考试院 2025 年国家教育考试考务经费项目支出绩效自评表 (reportlab)."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).parent / "sources" / "自评表.pdf"
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=15, leading=20, alignment=1)
body = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=14)
grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                   ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])

funds = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "735.00", "768.60", "742.18", "10", "96.56%", "9.66"],
    ["其中：财政拨款", "655.00", "688.60", "668.52", "—", "—", "—"],
    ["　　　考试费收入", "80.00", "80.00", "73.66", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["考务劳务费", "312.45"],
    ["标准化考点运维", "186.30"],
    ["试卷保密运输与安保", "128.73"],
    ["视频监控与身份核验", "114.70"],
    ["合计", "742.18"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "组织考试项次", "≥12项", "14项", "13项", "5", "5"],
    ["", "", "考生人次", "≥260000人次", "278436人次", "261208人次", "10", "10"],
    ["", "", "标准化考场", "≥2400个", "2516个", "2380个", "5", "5"],
    ["", "", "考务人员培训", "≥6000人次", "6842人次", "—", "5", "5"],
    ["", "质量指标", "试卷安全事故", "=0", "0起", "0起", "10", "10"],
    ["", "", "考生身份核验覆盖率", "=100%", "100%", "100%", "10", "10"],
    ["", "时效指标", "自学考试成绩发布", "考后30天以内", "26天", "28天", "5", "5"],
    ["", "", "视频巡查异常响应", "≤5分钟", "3.5分钟", "—", "5", "5"],
    ["", "", "高考考点改造完成时间", "5月底前", "5月20日", "—", "5", "5"],
    ["效益指标", "社会效益指标", "考试组织平稳有序", "无重大违纪舞弊事件", "达成", "达成", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "考生满意度", "≧95%", "97.8%", "96.9%", "10", "10"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 9)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6)), ("SPAN", (1, 7), (1, 9)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2025年度）", title), Spacer(1, 8),
    Paragraph("项目名称：国家教育考试考务经费　　实施单位：湛江市招生考试院　　主管部门：湛江市教育局", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 96, 82, 62, 58, 30, 30]), Spacer(1, 8),
    Paragraph("总分：99.66分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
