"""Builds sources/部门整体支出绩效自评表.pdf (reportlab, WenQuanYi Micro Hei): 滁州市节能监察中心, 2023."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

OUT = Path(__file__).parent / "sources" / "部门整体支出绩效自评表.pdf"
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=20, alignment=1)
body = ParagraphStyle("b", fontName="WQY", fontSize=9, leading=13)
GRID = TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def table(rows, widths, spans=()):
    t = Table(rows, colWidths=[w * mm for w in widths])
    style = TableStyle(GRID.getCommands() + [("SPAN", a, b) for a, b in spans])
    t.setStyle(style)
    return t


story = [Paragraph("部门整体支出绩效自评表（2023年度）", title), Spacer(1, 4 * mm),
         Paragraph("部门名称：滁州市节能监察中心　　　　单位：万元", body), Spacer(1, 3 * mm)]
story.append(table([
    ["部门资金情况", "项目", "年初预算", "调整预算", "实际支出", "预算完成率", "预算调整率"],
    ["", "合计", "500.40", "515.90", "495.95", "96.13%", "3.10%"],
    ["", "其中：基本支出", "286.40", "301.90", "298.37", "", ""],
    ["", "项目支出", "214.00", "214.00", "197.58", "", ""],
    ["", "按来源：财政拨款", "500.40", "500.40", "481.13", "", ""],
    ["", "其他收入", "0.00", "15.50", "14.82", "", ""],
    ["", "说明：基本支出调增15.50万元，资金来源为上年结转的其他收入。", "", "", "", "", ""],
], [24, 44, 20, 20, 20, 22, 22], [((0, 0), (0, 6)), ((1, 6), (6, 6))]))
story.append(Spacer(1, 4 * mm))
story.append(table([
    ["年度主要任务", "任务名称", "预算数", "执行数", "完成情况"],
    ["", "重点用能单位节能监察", "86.50", "81.24", "监察企业134家"],
    ["", "公共机构能耗统计与审计", "52.00", "47.35", "审计公共机构68家"],
    ["", "节能宣传周活动", "23.50", "22.86", "培训1742人次"],
    ["", "能耗在线监测平台运维", "52.00", "46.13", "接入重点用能单位91户"],
    ["", "合计", "214.00", "197.58", ""],
], [24, 56, 22, 22, 48], [((0, 0), (0, 5))]))
story.append(Spacer(1, 4 * mm))
story.append(table([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "节能监察企业", "≥120家", "134家", "118家"],
    ["", "", "能源审计公共机构", "≥60家", "68家", "57家"],
    ["", "", "接入能耗在线监测重点用能单位", "≥85户", "91户", "79户"],
    ["", "", "节能宣传培训", "≥1500人次", "1742人次", "1615人次"],
    ["", "质量指标", "监察发现问题整改", "≥90%", "198个/213个", "—"],
    ["", "时效指标", "监察报告出具时间", "≤15个工作日", "11个工作日", "13个工作日"],
    ["", "", "年度监察计划完成时间", "11月30日前", "11月16日", "11月24日"],
    ["效益指标", "生态效益", "推动节能量", "≥2.5万吨标准煤", "2.86万吨标准煤", "2.41万吨标准煤"],
    ["满意度指标", "服务对象满意度", "被监察单位满意度", "≥90%", "95.2%", "94.0%"],
], [20, 24, 52, 30, 30, 30], [((0, 1), (0, 7)), ((1, 1), (1, 4)), ((1, 6), (1, 7))]))
OUT.parent.mkdir(exist_ok=True)
SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm).build(story)
