"""Builds sources/项目支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=18)
cell = ParagraphStyle("c", fontName="WQY", fontSize=8.5, leading=11)


def table(rows, widths, spans):
    data = [[Paragraph(v, cell) for v in row] for row in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", a, b) for a, b in spans]
    t.setStyle(TableStyle(style))
    return t


funds = [
    ["项目名称", "旅游集散服务与智慧导览运营项目", "", "", "", "", "", ""],
    ["主管部门", "蚌埠市文化和旅游局", "", "", "实施单位", "蚌埠市旅游集散中心", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "", "298.00", "286.40", "279.58", "10", "97.62%", "9.76"],
    ["其中", "市级财政拨款", "218.00", "206.40", "203.12", "", "", ""],
    ["", "单位自有资金（集散服务收入）", "80.00", "80.00", "76.46", "", "", ""],
    ["说明", "市级财政拨款因年中预算调整压减；单位自有资金未调整。", "", "", "", "", "", ""],
    ["支出明细（万元）", "游客集散接驳运营", "", "", "112.36", "", "", ""],
    ["", "智慧导览系统运维", "", "", "58.40", "", "", ""],
    ["", "咨询服务站运行", "", "", "46.25", "", "", ""],
    ["", "旅游线路推广", "", "", "38.07", "", "", ""],
    ["", "安全应急保障", "", "", "24.50", "", "", ""],
    ["", "合计", "", "", "279.58", "", "", ""],
]
fund_spans = [((1, 0), (7, 0)), ((1, 1), (3, 1)), ((5, 1), (7, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
              ((0, 4), (0, 5)), ((1, 6), (7, 6)), ((0, 7), (0, 12))]
ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "接驳游客", "≥25万人次", "26.12万人次", "28.46万人次", "10", "10"],
    ["", "", "开行旅游专线班次", "≥4800班次", "4918班次", "5236班次", "10", "10"],
    ["", "", "咨询服务", "≥12万人次", "", "13.85万人次", "10", "10"],
    ["", "质量指标", "智慧导览系统可用率", "≥99%", "", "99.6%", "10", "10"],
    ["", "时效指标", "投诉办结时限", "≤7天", "", "4天", "5", "5"],
    ["", "", "节假日运力保障方案印发", "4月20日前", "", "4月11日", "5", "5"],
    ["满意度指标", "服务对象满意度", "游客满意度", "≥90%", "", "94.2%", "10", "10"],
]
ind_spans = [((0, 1), (0, 6)), ((1, 1), (1, 3)), ((1, 5), (1, 6))]
doc = SimpleDocTemplate(str(Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf"), pagesize=landscape(A4),
                        leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=12 * mm)
widths = (30, 52, 34, 30, 30, 30, 22, 22)
doc.build([Paragraph("项目支出绩效自评表（2025年度）", title), Spacer(1, 4 * mm),
           table(funds, widths, fund_spans), Spacer(1, 5 * mm), table(ind, widths, ind_spans)])
