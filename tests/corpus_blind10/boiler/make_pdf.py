"""Writes sources/自评表.pdf: 防城港市特种设备检验所 2024 年电梯及承压设备定期检验项目支出绩效自评表 (reportlab, WenQuanYi Micro Hei)."""

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
    ["年度资金总额", "380.00", "352.00", "340.86", "10", "96.84%", "9.68"],
    ["其中：市级财政资金", "300.00", "272.00", "265.14", "—", "—", "—"],
    ["　　　检验收费收入", "80.00", "80.00", "75.72", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["检验仪器设备购置", "118.40"],
    ["外聘检验人员劳务", "96.25"],
    ["检验车辆运行", "38.60"],
    ["标准物质与检验耗材", "42.18"],
    ["特种设备安全宣传", "15.60"],
    ["检验信息系统运维", "29.83"],
    ["合计", "340.86"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "电梯定期检验", "≥6500台", "7126台", "6684台", "10", "10"],
    ["", "", "锅炉及压力容器定期检验", "≥1800台", "1934台", "1852台", "10", "10"],
    ["", "", "起重机械定期检验", "≥450台", "486台", "471台", "5", "5"],
    ["", "质量指标", "检验报告差错率", "≤0.5%", "0.18%", "0.31%", "10", "10"],
    ["", "", "到期设备检验覆盖率", "=100%", "100%", "100%", "5", "5"],
    ["", "时效指标", "检验报告出具时限", "≤5个工作日", "3个工作日", "4个工作日", "5", "5"],
    ["", "", "年度检验计划完成时间", "12月20日前", "12月12日", "12月18日", "5", "5"],
    ["效益指标", "社会效益指标", "特种设备安全事故", "=0", "0起", "0起", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "96.1%", "94.7%", "20", "20"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 7)), ("SPAN", (1, 1), (1, 3)), ("SPAN", (1, 4), (1, 5)), ("SPAN", (1, 6), (1, 7)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8),
    Paragraph("项目名称：电梯及承压设备定期检验项目　　实施单位：防城港市特种设备检验所　　主管部门：防城港市市场监督管理局", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 120, 64, 64, 64, 30, 30]), Spacer(1, 8),
    Paragraph("总分：99.68分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
