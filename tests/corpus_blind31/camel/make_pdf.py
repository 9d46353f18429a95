"""Writes sources/部门整体支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, run from the author's scratch venv)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
st = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)
P = lambda s: Paragraph(s, st)
grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "WQY"),
                   ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
story = [P("部门整体支出绩效自评表（2023年度）"),
         P("部门（单位）名称：木垒哈萨克自治县双峰驼良种繁育场　　主管部门：木垒哈萨克自治县农业农村局　　金额单位：万元"),
         Spacer(1, 6)]
funds = [["年度预算", "", "年初预算数", "调整后预算数", "实际支出数", "执行率", "分值", "得分"],
         ["部门预算合计", "", "412.60", "398.35", "391.08", "98.17%", "10", "9.82"],
         ["其中", "基本支出", "268.40", "268.40", "266.95", "", "", ""],
         ["", "项目支出", "144.20", "129.95", "124.13", "", "", ""],
         ["备注：项目支出收回14.25万元（饲草料采购价格下降）。", "", "", "", "", "", "", ""]]
t = Table(funds)
t.setStyle(TableStyle(grid.getCommands() + [("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)),
                                            ("SPAN", (0, 2), (0, 3)), ("SPAN", (0, 4), (7, 4))]))
story += [t, Spacer(1, 6), P("项目支出明细（万元）")]
items = [["支出内容", "金额"], ["种驼选育", "42.36"], ["饲草料储备", "35.82"], ["驼奶品质检测", "18.74"],
         ["疫病防控", "15.27"], ["牧民技术服务", "11.94"], ["合计", "124.13"]]
t2 = Table(items)
t2.setStyle(grid)
story += [t2, Spacer(1, 6),
          P("年度总体目标：选育核心群种驼不少于600峰，向牧户推广种公驼不少于120峰，驼奶品质检测不少于300批次，"
            "储备饲草料不少于1200吨，种驼调运10月31日前完成。"), Spacer(1, 6)]
inds = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
        ["产出指标", "数量指标", "选育核心群种驼", "≥600峰", "648峰", "612峰"],
        ["", "", "推广种公驼", "≥120峰", "131峰", "143峰"],
        ["", "", "驼奶品质检测", "≥300批次", "336批次", "305批次"],
        ["", "", "储备饲草料", "≥1200吨", "1286吨", "1214吨"],
        ["", "质量指标", "疫苗免疫密度", "≥95%", "98.3%", "97.1%"],
        ["", "时效指标", "疫情报告时间", "≤24小时", "12小时", "—"],
        ["", "", "种驼调运完成时间", "10月31日前", "10月17日", "—"],
        ["满意度指标", "服务对象满意度", "牧户满意度", "≥90%", "92.8%", "91.5%"]]
t3 = Table(inds)
t3.setStyle(TableStyle(grid.getCommands() + [("SPAN", (0, 1), (0, 7)), ("SPAN", (1, 1), (1, 4)),
                                             ("SPAN", (1, 6), (1, 7))]))
story.append(t3)
SimpleDocTemplate("sources/部门整体支出绩效自评表.pdf", pagesize=A4).build(story)
