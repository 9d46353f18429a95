"""Writes sources/自评表.pdf: 济宁市植物保护站 2024 年农作物重大病虫害监测防控项目支出绩效自评表 (reportlab, WenQuanYi Micro Hei)."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).parent / "sources" / "自评表.pdf"
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=15, leading=20, alignment=1)
body = ParagraphStyle("b", fontName="WQY", fontSize=9, leading=13)

STYLE = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
         ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

funds = [
    ["项目名称", "农作物重大病虫害监测防控项目", "", "主管部门", "济宁市农业农村局", ""],
    ["实施单位", "济宁市植物保护站", "", "单位", "万元", ""],
    ["项目资金", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "268.00", "256.00", "247.38", "96.63%", "9.66"],
    ["其中：省级农业防灾减灾资金", "180.00", "168.00", "161.27", "—", "—"],
    ["市级财政资金", "88.00", "88.00", "86.11", "—", "—"],
]
t1 = Table(funds, colWidths=[150, 150, 90, 90, 120, 70])
t1.setStyle(TableStyle(STYLE + [("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0)),
                                ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (5, 1))]))

items = [["支出明细", "支出内容", "全年执行数（万元）"],
         ["", "病虫测报与监测点运维", "64.85"],
         ["", "统防统治作业补助", "92.40"],
         ["", "绿色防控技术示范", "46.28"],
         ["", "农药减量与抽检", "21.37"],
         ["", "技术培训与宣传", "22.48"],
         ["合计", "", "247.38"]]
t2 = Table(items, colWidths=[150, 300, 220])
t2.setStyle(TableStyle(STYLE + [("SPAN", (0, 0), (0, 5)), ("SPAN", (0, 6), (1, 6))]))

goal = Paragraph("年度总体目标：建设运行病虫监测点不少于120个，发布病虫情报不少于40期，统防统治作业面积不少于180万亩次，"
                 "建设绿色防控示范区不少于24个，培训农民不少于6000人次；病虫情报准确率不低于90%，农药抽检合格率不低于98%，"
                 "病虫情报3个工作日内发布，5月31日前完成小麦“一喷三防”，病虫危害损失率控制在5%以内，农户满意度不低于90%。", body)

ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "得分"],
       ["产出指标", "数量指标", "建设运行病虫监测点", "≥120个", "132个", "126个", "10"],
       ["", "", "发布病虫情报", "≥40期", "46期", "43期", "5"],
       ["", "", "统防统治作业面积", "≥180万亩次", "203.6万亩次", "188.4万亩次", "10"],
       ["", "", "绿色防控示范区", "≥24个", "27个", "25个", "5"],
       ["", "", "培训农民", "≥6000人次", "6840人次", "6320人次", "5"],
       ["", "质量指标", "病虫情报准确率", "≧90%", "93.5%", "92.8%", "10"],
       ["", "", "农药抽检合格率", "≧98%", "99.1%", "98.7%", "5"],
       ["", "时效指标", "病虫情报发布时限", "≤3个工作日", "2个工作日", "2个工作日", "5"],
       ["", "", "小麦“一喷三防”完成时间", "5月31日前", "5月20日", "5月26日", "5"],
       ["效益指标", "经济效益指标", "病虫危害损失率", "≤5%", "3.6%", "4.1%", "15"],
       ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "94.3%", "93.6%", "15"]]
t3 = Table(ind, colWidths=[70, 110, 170, 90, 90, 90, 50])
t3.setStyle(TableStyle(STYLE + [("SPAN", (0, 1), (0, 9)), ("SPAN", (1, 1), (1, 5)), ("SPAN", (1, 6), (1, 7)),
                                ("SPAN", (1, 8), (1, 9))]))

OUT.parent.mkdir(parents=True, exist_ok=True)
doc = SimpleDocTemplate(str(OUT), pagesize=landscape(A4), leftMargin=36, rightMargin=36, topMargin=30, bottomMargin=30)
doc.build([Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8), t1, Spacer(1, 8), t2, Spacer(1, 8), goal,
           Spacer(1, 8), t3])
