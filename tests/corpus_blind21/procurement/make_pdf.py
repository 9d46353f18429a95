"""Writes sources/项目支出绩效自评表.pdf (雅安市政府采购中心, 2024) with reportlab and WenQuanYi Micro Hei (text layer)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
title = ParagraphStyle("t", fontName="WQY", fontSize=13, leading=18)
body = ParagraphStyle("b", fontName="WQY", fontSize=9, leading=13)
style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])

funds = [
    ["项目资金（单位：万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "", "215.00", "228.60", "219.37", "95.96%", "9.60"],
    ["其中", "市级财政资金", "180.00", "180.00", "174.26", "", ""],
    ["", "代理服务费收入", "35.00", "48.60", "45.11", "", ""],
]
spend = [
    ["支出明细", "金额（万元）"],
    ["电子卖场运维", "78.40"],
    ["评审专家劳务", "46.25"],
    ["场地与设备", "39.82"],
    ["采购档案数字化", "31.70"],
    ["人员培训", "23.20"],
    ["合计", "219.37"],
]
ind = [
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "组织政府采购项目", "≥420个", "468个", "431个"],
    ["", "采购预算金额", "—", "18.36亿元", "—"],
    ["", "成交金额", "—", "17.12亿元", "—"],
    ["", "资金节约率", "≥5%", "6.75%", "6.12%"],
    ["", "电子卖场成交订单", "≥11000笔", "12846笔", "10932笔"],
    ["", "质疑投诉处理时间", "≤15个工作日", "11个工作日", "—"],
    ["", "年度采购信息统计报送", "12月20日前", "12月6日", "—"],
    ["满意度指标", "供应商满意度", "≥90%", "94.3%", "—"],
]
doc = SimpleDocTemplate(str(Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf"), pagesize=A4)
t1 = Table(funds, colWidths=[92, 80, 64, 64, 64, 54, 44])
t1.setStyle(TableStyle(style.getCommands() + [("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (0, 3))]))
t2 = Table(spend, colWidths=[140, 90])
t2.setStyle(style)
t3 = Table(ind, colWidths=[62, 130, 84, 84, 74])
t3.setStyle(TableStyle(style.getCommands() + [("SPAN", (0, 1), (0, 7))]))
doc.build([
    Paragraph("项目支出绩效自评表（2024年度）", title),
    Paragraph("项目名称：政府集中采购代理与电子卖场运维项目　实施单位：雅安市政府采购中心　主管部门：雅安市财政局", body),
    Spacer(1, 8), t1,
    Paragraph("说明：代理服务费收入年中调增13.60万元，用于评审专家劳务和档案数字化。", body),
    Spacer(1, 8), t2, Spacer(1, 8), t3,
    Paragraph("年度总体目标：组织政府采购项目不少于420个，资金节约率不低于5%；质疑投诉15个工作日内办结，12月20日前报送年度采购信息统计。", body),
])
