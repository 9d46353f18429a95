"""Writes sources/自评表.pdf: 绍兴市12345政务服务便民热线中心 2025 年热线运行服务项目支出绩效自评表 (reportlab)."""

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
    ["年度资金总额", "1260.00", "1198.50", "1163.82", "10", "97.11%", "9.71"],
    ["其中：市级财政资金", "1100.00", "1038.50", "1012.46", "—", "—", "—"],
    ["　　　上年结转资金", "160.00", "160.00", "151.36", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["话务外包服务", "682.40"],
    ["热线系统运维及升级", "236.75"],
    ["通信线路租赁", "128.30"],
    ["知识库建设", "71.57"],
    ["话务员培训", "44.80"],
    ["合计", "1163.82"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "受理群众诉求", "≥280万件", "312.6万件", "289.4万件", "10", "10"],
    ["", "", "知识库更新条目", "≥6000条", "6840条", "5320条", "5", "5"],
    ["", "质量指标", "电话接通率", "≧95%", "97.36%", "95.82%", "10", "10"],
    ["", "", "诉求按期办结率", "≥98%", "99.12%", "98.45%", "10", "10"],
    ["", "", "重大服务事故", "=0", "0起", "0起", "5", "5"],
    ["", "时效指标", "工单转派时限", "≤30分钟", "18分钟", "24分钟", "5", "5"],
    ["", "", "一般诉求办理时限", "≤5个工作日", "3.6个工作日", "4.1个工作日", "5", "5"],
    ["", "", "智能语音导航系统升级完成时间", "6月底前", "7月", "—", "5", "3"],
    ["效益指标", "社会效益指标", "诉求一次性解决率", "≥85%", "88.4%", "86.1%", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.8%", "92.5%", "10", "10"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 8)), ("SPAN", (1, 1), (1, 2)), ("SPAN", (1, 3), (1, 5)), ("SPAN", (1, 6), (1, 8)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2025年度）", title), Spacer(1, 8),
    Paragraph("项目名称：12345热线运行服务项目　　实施单位：绍兴市12345政务服务便民热线中心　　主管部门：绍兴市人民政府办公室", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 112, 70, 62, 62, 30, 30]), Spacer(1, 8),
    Paragraph("总分：97.71分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
