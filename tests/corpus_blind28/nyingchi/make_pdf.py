"""Builds sources/项目支出绩效自评表.pdf with a text layer (reportlab + WenQuanYi Micro Hei, run from the author's
scratch venv; not a project dependency)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
st = ParagraphStyle("cn", fontName="WQY", fontSize=9, leading=13)
h1 = ParagraphStyle("h1", fontName="WQY", fontSize=14, leading=20)
grid = TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                   ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])

story = [Paragraph("项目支出绩效自评表（2023年度）", h1),
         Paragraph("项目名称：泥石流监测预警与沟道观测项目　主管部门：林芝市自然资源局　实施单位：林芝市泥石流观测站", st),
         Spacer(1, 6)]
funds = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "200.00", "194.00", "185.21", "10", "95.47%", "9.55"],
    ["其中：自治区地质灾害防治资金", "150.00", "150.00", "142.36", "", "", ""],
    ["市级财政资金", "50.00", "44.00", "42.85", "", "", ""],
    ["备注", "市级财政资金年中压减6.00万元。", "", "", "", "", ""],
]
t = Table(funds)
t.setStyle(grid)
t.setStyle(TableStyle([("SPAN", (1, 4), (6, 4)), ("SPAN", (4, 2), (6, 3))]))
story += [t, Spacer(1, 6)]
items = [["支出内容", "金额（万元）"], ["监测设备运维", "56.40"], ["沟道观测", "41.25"], ["预警演练", "22.68"],
         ["应急调查", "26.34"], ["数据平台", "38.54"], ["合计", "185.21"]]
t2 = Table(items)
t2.setStyle(grid)
story += [t2, Spacer(1, 6)]
ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "监测泥石流沟道", "≥24条", "26条", "24条"],
    ["", "", "自动监测点", "≥60个", "68个", "63个"],
    ["", "", "预警演练", "≥20场", "23场", "25场"],
    ["", "", "观测数据采集", "≥150万条", "172万条", "158万条"],
    ["", "质量指标", "监测设备在线率", "≥95%", "97.8%", "96.9%"],
    ["", "时效指标", "预警信息发布时限", "≤30分钟", "18分钟", "—"],
    ["", "", "汛前设备检修完成时间", "5月31日前", "5月20日", "—"],
    ["满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", "94.7%", "93.2%"],
]
t3 = Table(ind)
t3.setStyle(grid)
t3.setStyle(TableStyle([("SPAN", (0, 1), (0, 7)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 6), (1, 7))]))
story.append(t3)
SimpleDocTemplate("sources/项目支出绩效自评表.pdf", pagesize=A4).build(story)
