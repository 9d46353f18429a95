"""Builds sources/项目支出绩效自评表.pdf with a text layer (reportlab + WenQuanYi Micro Hei from a scratch venv)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="wqy", fontSize=14, leading=18)
STYLE = [("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
         ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

money = [["项目名称", "土地综合整治与耕地提质改造项目", "", "", "", "", ""],
         ["实施单位", "固原市土地整理中心", "", "主管部门", "固原市自然资源局", "", ""],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "2,180.00", "2,286.40", "2,198.57", "10", "96.16%", "9.62"],
         ["其中：中央财政资金", "1,500.00", "1,500.00", "1,476.82", "", "", ""],
         ["自治区财政资金", "480.00", "586.40", "541.25", "", "", ""],
         ["市级财政资金", "200.00", "200.00", "180.50", "", "", ""],
         ["支出明细", "土地平整工程", "", "", "986.40", "", ""],
         ["", "灌溉与排水工程", "", "", "612.35", "", ""],
         ["", "田间道路工程", "", "", "348.62", "", ""],
         ["", "农田防护与生态环境保持工程", "", "", "162.70", "", ""],
         ["", "测绘与规划设计", "", "", "88.50", "", ""],
         ["", "合计", "", "", "2,198.57", "", ""]]
t1 = Table(money, colWidths=[130, 190, 80, 90, 110, 70, 60])
t1.setStyle(TableStyle(STYLE + [("SPAN", (1, 0), (-1, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (-1, 1)),
                                ("SPAN", (0, 7), (0, 12))] + [("SPAN", (1, r), (3, r)) for r in range(7, 13)]
                       + [("SPAN", (4, r), (-1, r)) for r in range(7, 13)]))
ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "得分"],
       ["产出指标", "数量指标", "整治土地面积", "≥3.0万亩", "3.42万亩", "2.96万亩", "10"],
       ["", "", "新增耕地", "≥2400亩", "2865亩", "2510亩", "10"],
       ["", "", "新修田间道路", "≥45公里", "52.6公里", "", "10"],
       ["", "质量指标", "耕地质量等别提升", "≥0.5等", "0.6等", "", "10"],
       ["", "时效指标", "项目竣工时间", "10月31日前", "10月15日", "", "5"],
       ["", "", "新增耕地核定时限", "≤20个工作日", "14个工作日", "", "5"],
       ["满意度指标", "服务对象满意度", "项目区群众满意度", "≥90%", "93.6%", "", "10"]]
t2 = Table(ind, colWidths=[80, 100, 150, 100, 100, 100, 60])
t2.setStyle(TableStyle(STYLE + [("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 3)), ("SPAN", (1, 5), (1, 6))]))
out = Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf"
doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
doc.build([Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8), t1, Spacer(1, 8),
           Paragraph("自治区财政资金年中追加106.40万元。", ParagraphStyle("n", fontName="wqy", fontSize=9)),
           Spacer(1, 8), t2])
