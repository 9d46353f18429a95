"""Writes sources/自评表.pdf: 佛山市顺德区公共资源交易中心 2023 年电子交易平台运维项目支出绩效自评表 (reportlab)."""

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
    ["年度资金总额", "420.00", "396.80", "381.25", "10", "96.08%", "9.61"],
    ["其中：财政拨款", "420.00", "396.80", "381.25", "—", "96.08%", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["平台运维服务", "218.60"],
    ["CA数字证书及电子签章", "64.35"],
    ["网络安全等级保护测评", "38.50"],
    ["服务器及机房租赁", "59.80"],
    ["合计", "381.25"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "进场交易项目", "≥2800宗", "3126宗", "2874宗", "10", "10"],
    ["", "", "交易总额", "≥450亿元", "512.36亿元", "468.90亿元", "10", "10"],
    ["", "质量指标", "全流程电子化率", "=100%", "100%", "100%", "10", "10"],
    ["", "", "平台可用率", "≥99.9%", "99.96%", "99.92%", "10", "10"],
    ["", "时效指标", "故障响应时间", "≤30分钟", "18分钟", "25分钟", "10", "10"],
    ["", "", "等保测评完成时间", "10月底前", "9月", "—", "5", "5"],
    ["效益指标", "社会效益指标", "不见面开标率", "≥90%", "96.4%", "91.2%", "15", "15"],
    ["满意度指标", "服务对象满意度", "市场主体满意度", "≥95%", "98.1%", "97.6%", "10", "10"],
]
ind = Table(indicators, colWidths=[52, 62, 88, 58, 60, 56, 28, 28])
ind.setStyle(grid)
ind.setStyle(TableStyle([("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 2)), ("SPAN", (1, 3), (1, 4)),
                         ("SPAN", (1, 5), (1, 6))]))
story = [Paragraph("项目支出绩效自评表（2023年度）", title), Spacer(1, 8),
         Paragraph("项目名称：电子交易平台运维项目　　实施单位：佛山市顺德区公共资源交易中心　　单位：万元", body),
         Spacer(1, 6)]
for data, widths in ((funds, [90, 62, 62, 62, 36, 50, 40]), (detail, [180, 120])):
    t = Table(data, colWidths=widths)
    t.setStyle(grid)
    story += [t, Spacer(1, 8)]
story += [ind, Spacer(1, 8), Paragraph("总分：100　　自评得分：99.61", body)]
OUT.parent.mkdir(exist_ok=True)
SimpleDocTemplate(str(OUT), pagesize=A4, title="2023年电子交易平台运维项目自评表").build(story)
