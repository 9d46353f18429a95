# make_pdf.py — writes sources/部门整体支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, from a scratch venv)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
st = ParagraphStyle("t", fontName="wqy", fontSize=13, leading=18)
doc = SimpleDocTemplate("sources/部门整体支出绩效自评表.pdf", pagesize=landscape(A4), leftMargin=30, rightMargin=30)
style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
fund = [["部门（单位）名称", "广元市电化教育馆", "", "", "", "单位：万元"],
        ["年度预算", "项目", "年初预算数", "全年预算数", "全年执行数", "备注"],
        ["按支出性质", "年度总金额", "238.60", "251.40", "242.22", ""],
        ["", "基本支出", "142.60", "142.60", "140.85", ""],
        ["", "项目支出", "96.00", "108.80", "101.37", "其他收入调增"],
        ["按资金来源", "财政拨款", "238.60", "238.60", "230.46", ""],
        ["", "其他收入", "0.00", "12.80", "11.76", "教育装备企业合作收入"]]
t1 = Table(fund, colWidths=[90, 150, 90, 90, 90, 150])
t1.setStyle(TableStyle(style.getCommands() + [("SPAN", (1, 0), (4, 0)), ("SPAN", (0, 2), (0, 4)), ("SPAN", (0, 5), (0, 6))]))
tasks = [["重点任务", "任务名称", "执行数（万元）"],
         ["", "教育信息化设备运维", "38.45"], ["", "微课与数字资源建设", "29.62"],
         ["", "教师信息技术应用能力培训", "21.18"], ["", "智慧课堂试点", "12.12"], ["", "合计", "101.37"]]
t2 = Table(tasks, colWidths=[90, 220, 120])
t2.setStyle(TableStyle(style.getCommands() + [("SPAN", (0, 1), (0, 5))]))
ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
       ["产出指标", "数量指标", "培训教师", "≥3000人次", "3286人次", "2954人次"],
       ["", "", "制作微课", "≥400节", "426节", "388节"],
       ["", "", "设备运维覆盖学校", "≥200所", "218所", "203所"],
       ["", "", "智慧课堂试点学校", "≥10所", "12所", "8所"],
       ["", "时效指标", "设备故障响应时间", "≤48小时", "20小时", "30小时"],
       ["", "", "数字资源上线时间", "9月30日前", "9月18日", "9月26日"],
       ["效益指标", "社会效益指标", "资源平台访问量", "≥150万人次", "186.4万人次", "152.7万人次"],
       ["满意度指标", "服务对象满意度", "教师满意度", "≥90%", "95.6%", "94.2%"]]
t3 = Table(ind, colWidths=[90, 110, 150, 110, 110, 110])
t3.setStyle(TableStyle(style.getCommands() + [("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6))]))
doc.build([Paragraph("部门整体支出绩效自评表（2023年度）", st), Spacer(1, 8), t1, Spacer(1, 10), t2, Spacer(1, 10), t3])
