"""Writes sources/自评表.pdf: 鄂尔多斯市市政设施管理处 2024 年城市道路桥梁养护项目支出绩效自评表 (reportlab, WenQuanYi Micro Hei)."""

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
    ["年度资金总额", "1860.00", "1782.00", "1736.48", "10", "97.45%", "9.74"],
    ["其中：市级财政资金", "1560.00", "1482.00", "1446.25", "—", "—", "—"],
    ["　　　城市基础设施配套费", "300.00", "300.00", "290.23", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["沥青路面维修", "682.40"],
    ["人行道及路缘石修复", "356.72"],
    ["桥梁检测及维修", "418.65"],
    ["排水检查井及雨水篦更换", "164.38"],
    ["道路巡查及应急抢修", "114.33"],
    ["合计", "1736.48"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "维修沥青路面", "≥12万平方米", "12.86万平方米", "11.42万平方米", "10", "10"],
    ["", "", "修复人行道", "≥4.5万平方米", "4.92万平方米", "4.38万平方米", "5", "5"],
    ["", "", "桥梁定期检测", "≥36座", "38座", "36座", "5", "5"],
    ["", "", "更换检查井盖及雨水篦", "≥1500套", "1684套", "1420套", "5", "5"],
    ["", "质量指标", "维修工程验收合格率", "=100%", "100%", "100%", "10", "10"],
    ["", "", "城市道路完好率", "≥95%", "96.8%", "95.9%", "10", "10"],
    ["", "时效指标", "雨季前排水设施整治完成时间", "6月底前", "6月14日", "—", "5", "5"],
    ["", "", "道路坑槽修复时限", "≤24小时", "18小时", "22小时", "10", "10"],
    ["效益指标", "社会效益指标", "城市道路通行保障", "≥98%", "99.1%", "98.7%", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92.6%", "91.3%", "10", "10"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 8)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6)), ("SPAN", (1, 7), (1, 8)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8),
    Paragraph("项目名称：城市道路桥梁养护项目　　实施单位：鄂尔多斯市市政设施管理处　　主管部门：鄂尔多斯市住房和城乡建设局", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 110, 64, 70, 70, 30, 30]), Spacer(1, 8),
    Paragraph("总分：99.74分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
