"""Builds sources/项目支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, run from a scratch venv; not a project
dependency). Cells are wide enough that no text overlaps, so the PDF's text layer reads cell by cell."""
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=20)
body = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=14)
style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])

money = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
         ["年度资金总额", "415.00", "398.40", "381.26", "95.70%", "10", "9.57"],
         ["其中：市级财政资金", "355.00", "338.40", "326.15", "", "", ""],
         ["测绘服务收入（自有资金）", "60.00", "60.00", "55.11", "", "", ""],
         ["说明", "市级财政资金年中统一压减", "", "", "", "", ""]]
t1 = Table(money, colWidths=[150, 150, 80, 80, 70, 50, 50])
t1.setStyle(TableStyle(style.getCommands() + [("SPAN", (1, 4), (6, 4))]))

tasks = [["任务", "任务涉及金额（万元）"], ["基础控制测量", "96.80"], ["大比例尺地形图更新", "152.35"],
         ["地理信息数据库更新", "84.60"], ["不动产测绘成果质检", "47.51"], ["合计", "381.26"]]
t2 = Table(tasks, colWidths=[220, 150])
t2.setStyle(style)

ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
       ["产出指标", "数量指标", "布设及复测控制点", "≥260个", "284个", "251个"],
       ["", "数量指标", "大比例尺地形图更新面积", "≥38平方公里", "42.6平方公里", "35.8平方公里"],
       ["", "数量指标", "地理信息数据库更新图幅", "≥500幅", "563幅", "517幅"],
       ["", "数量指标", "不动产测绘成果质检", "≥1200宗", "1375宗", "1268宗"],
       ["", "质量指标", "成果质检合格率", "≥98%", "99.2%", "98.6%"],
       ["", "时效指标", "年度成果汇交", "11月30日前", "11月20日", "11月28日"],
       ["", "时效指标", "测绘资料提供时间", "≤3个工作日", "1.2个工作日", "2个工作日"],
       ["满意度指标", "服务对象满意度", "用图单位满意度", "≥90%", "93.8%", "92.5%"]]
t3 = Table(ind, colWidths=[80, 90, 190, 100, 110, 100])
t3.setStyle(TableStyle(style.getCommands() + [("SPAN", (0, 1), (0, 7))]))

doc = SimpleDocTemplate(str(Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf"), pagesize=landscape(A4))
doc.build([Paragraph("项目支出绩效自评表（2023年度）", title),
           Paragraph("项目名称：基础测绘与地理信息更新项目　主管部门：马鞍山市自然资源和规划局　实施单位：马鞍山市测绘院", body),
           Spacer(1, 8), t1, Spacer(1, 10), t2, Spacer(1, 10), t3])
