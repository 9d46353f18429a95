"""Builds sources/自评表.pdf (the project form as a text-layer PDF).

Run with reportlab from a scratch venv: python make_pdf.py
(font: WenQuanYi Micro Hei, /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

OUT = Path(__file__).parent / "sources" / "自评表.pdf"
pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
title = ParagraphStyle("t", fontName="wqy", fontSize=14, leading=20)
body = ParagraphStyle("b", fontName="wqy", fontSize=9, leading=13)


def table(rows, widths, spans=()):
    t = Table(rows, colWidths=widths)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "wqy"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    style += [("SPAN", a, b) for a, b in spans]
    t.setStyle(TableStyle(style))
    return t


story = [
    Paragraph("项目支出绩效自评表（2023年度）", title),
    Paragraph("项目名称：惠民殡葬与公益性公墓建设项目　　实施单位：邢台市殡葬管理所　　主管部门：邢台市民政局", body),
    Spacer(1, 6),
    table(
        [
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "备注"],
            ["年度资金总额", "", "315.00", "296.50", "284.67", ""],
            ["其中", "省级惠民殡葬补助资金", "120.00", "120.00", "117.26", ""],
            ["", "市级财政资金", "195.00", "176.50", "167.41", "调减18.50万元"],
        ],
        [70, 120, 70, 70, 70, 90],
        [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3))],
    ),
    Spacer(1, 8),
    table(
        [
            ["支出明细", "预算数（万元）", "执行数（万元）"],
            ["基本殡葬服务费用减免", "108.00", "105.20"],
            ["公益性公墓建设", "92.50", "87.35"],
            ["节地生态安葬奖补", "36.00", "34.18"],
            ["殡仪设施设备更新", "42.00", "40.26"],
            ["文明祭扫服务保障", "18.00", "17.68"],
            ["合计", "296.50", "284.67"],
        ],
        [180, 100, 100],
    ),
    Spacer(1, 8),
    table(
        [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
            ["产出指标", "数量指标", "减免基本殡葬服务费", "≧5000具", "5386具", "5102具"],
            ["", "", "公益性公墓新增墓穴", "≧1200个", "1350个", ""],
            ["", "", "节地生态安葬", "≧600例", "684例", "590例"],
            ["", "", "文明祭扫服务", "≧30万人次", "34.6万人次", "31.2万人次"],
            ["", "质量指标", "火化率", "≧99%", "99.6%", ""],
            ["", "时效指标", "清明祭扫保障方案印发", "3月20日前", "3月13日", ""],
            ["", "", "遗体接运响应时间", "≤40分钟", "32分钟", ""],
            ["满意度指标", "服务对象满意度", "群众满意度", "≧92%", "96.3%", ""],
        ],
        [60, 80, 130, 70, 70, 70],
        [((0, 1), (0, 7)), ((1, 1), (1, 4)), ((1, 6), (1, 7))],
    ),
]
OUT.parent.mkdir(exist_ok=True)
SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=40, rightMargin=40).build(story)
