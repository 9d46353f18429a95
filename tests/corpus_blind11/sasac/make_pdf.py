"""Writes sources/自评表.pdf: 芜湖市人民政府国有资产监督管理委员会 2024 年市属国有企业监管与国资监管信息化项目支出绩效自评表 (reportlab, WenQuanYi Micro Hei)."""

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
    ["年度资金总额", "428.00", "396.00", "382.74", "10", "96.65%", "9.67"],
    ["其中：市级财政资金", "360.00", "328.00", "318.26", "—", "—", "—"],
    ["　　　国有资本经营预算资金", "68.00", "68.00", "64.48", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["国资监管信息系统建设运维", "126.80"],
    ["企业财务审计与专项检查", "94.36"],
    ["企业负责人经营业绩考核", "42.15"],
    ["产权登记与资产评估备案", "38.62"],
    ["国企改革课题研究", "36.45"],
    ["清产核资与资产处置", "44.36"],
    ["合计", "382.74"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "监管市属企业", "≥18户", "18户", "17户", "5", "5"],
    ["", "", "财务专项审计", "≥24户次", "27户次", "25户次", "10", "10"],
    ["", "", "产权登记办理", "≥300件", "342件", "318件", "5", "5"],
    ["", "", "资产评估备案", "≥60项", "71项", "64项", "5", "5"],
    ["", "质量指标", "业绩考核覆盖率", "=100%", "100%", "100%", "5", "5"],
    ["", "", "信息系统数据上报及时率", "≧98%", "99.3%", "98.7%", "10", "10"],
    ["", "时效指标", "产权登记办理时限", "≤5个工作日", "2个工作日", "3个工作日", "5", "5"],
    ["", "", "年度业绩考核完成时间", "5月31日前", "5月22日", "5月28日", "5", "5"],
    ["效益指标", "经济效益指标", "国有资产保值增值率", "≥105%", "108.6%", "106.9%", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "监管企业满意度", "≥90%", "93.8%", "92.6%", "20", "19.5"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 8)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6)), ("SPAN", (1, 7), (1, 8)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8),
    Paragraph("项目名称：市属国有企业监管与国资监管信息化项目　　实施单位：芜湖市人民政府国有资产监督管理委员会　　主管部门：芜湖市人民政府", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 120, 64, 64, 64, 30, 30]), Spacer(1, 8),
    Paragraph("总分：99.17分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
