"""Builds sources/部门整体支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
P = ParagraphStyle("p", fontName="wqy", fontSize=10, leading=14)
H = ParagraphStyle("h", fontName="wqy", fontSize=14, leading=20)
STYLE = [("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
         ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

money = [
    ["项目", "", "年初预算", "调整预算", "实际支出", "预算完成率", "预算调整率"],
    ["部门资金合计", "", "1468.00", "1396.20", "1352.87", "96.90%", "-4.89%"],
    ["按支出类型", "基本支出", "586.00", "598.40", "594.16", "", ""],
    ["", "项目支出", "882.00", "797.80", "758.71", "", ""],
    ["按资金来源", "一般公共预算拨款", "612.00", "624.40", "616.93", "", ""],
    ["", "彩票发行和销售机构业务费", "856.00", "771.80", "735.94", "", ""],
]
t1 = Table(money, colWidths=[80, 150, 70, 70, 70, 70, 70])
t1.setStyle(TableStyle(STYLE + [("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (0, 3)), ("SPAN", (0, 4), (0, 5))]))
tasks = [["年度主要任务", "预算数", "执行数"], ["实体店渠道建设与管理", "312.50", "298.64"], ["销售安全与风险防控", "146.80", "141.25"],
         ["公益宣传", "208.50", "196.37"], ["即开型彩票推广", "130.00", "122.45"], ["合计", "797.80", "758.71"]]
t2 = Table(tasks, colWidths=[200, 90, 90])
t2.setStyle(TableStyle(STYLE))
ind = [
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "体育彩票销量", "≥18.5亿元", "19.64亿元", "17.92亿元"],
    ["", "筹集体育彩票公益金", "≥4.6亿元", "4.87亿元", "4.45亿元"],
    ["", "实体店数量", "≥820家", "856家", "803家"],
    ["", "代销者及销售员培训", "≥1500人次", "1732人次", "1608人次"],
    ["", "中奖兑付时间", "≤2个工作日", "1个工作日", "1个工作日"],
    ["", "销售安全事故", "=0起", "0起", "0起"],
    ["", "年度销量数据报送时间", "次年1月15日前", "1月9日", "1月12日"],
    ["满意度指标", "代销者满意度", "≧90%", "94.6%", "93.1%"],
]
t3 = Table(ind, colWidths=[80, 170, 100, 90, 90])
t3.setStyle(TableStyle(STYLE + [("SPAN", (0, 1), (0, 7))]))
doc = SimpleDocTemplate(str(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.pdf"), pagesize=landscape(A4))
doc.build([Paragraph("部门整体支出绩效自评表（2025年度）", H),
           Paragraph("部门名称：乐山市体育彩票管理中心　　单位：万元", P), Spacer(1, 6), t1, Spacer(1, 10), t2, Spacer(1, 10), t3])
