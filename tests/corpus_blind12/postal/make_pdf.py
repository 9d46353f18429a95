"""Builds sources/部门整体支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei; scratch venv, not a project dependency)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=20)
note = ParagraphStyle("n", fontName="WQY", fontSize=9, leading=13)
STYLE = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
         ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]

head = [["部门（单位）名称", "赣州市邮政管理局", "", "", "单位：万元", ""],
        ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"],
        ["年度资金总额", "486.20", "512.70", "498.36", "97.20%", ""],
        ["基本支出", "312.20", "338.70", "336.12", "99.24%", "人员经费年中追加"],
        ["项目支出", "174.00", "174.00", "162.24", "93.24%", ""],
        ["财政拨款收入", "452.20", "478.70", "466.02", "97.35%", ""],
        ["上年结转", "34.00", "34.00", "32.34", "95.12%", ""]]
t1 = Table(head, colWidths=[120, 110, 90, 90, 80, 130])
t1.setStyle(TableStyle(STYLE + [("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (5, 0))]))

proj = [["序号", "项目名称", "全年预算数", "全年执行数"],
        ["1", "快递市场监管", "72.00", "68.40"],
        ["2", "寄递安全检查", "55.00", "52.16"],
        ["3", "邮政普遍服务监督", "47.00", "41.68"],
        ["合计", "", "174.00", "162.24"]]
t2 = Table(proj, colWidths=[50, 200, 110, 110])
t2.setStyle(TableStyle(STYLE + [("SPAN", (0, 4), (1, 4))]))

ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
       ["产出指标", "数量指标", "寄递企业执法检查", "≧1200家次", "1346家次", "1208家次"],
       ["", "", "快递末端网点备案", "≧2000个", "2286个", "2043个"],
       ["", "", "村级寄递物流综合服务站", "≧1500个", "1628个", "1397个"],
       ["", "时效指标", "寄递安全专项整治完成时间", "6月30日前", "6月18日", "6月26日"],
       ["", "", "消费者申诉处理时限", "≤15个工作日", "9个工作日", "11个工作日"],
       ["", "质量指标", "申诉办结率", "=100%", "100%", "100%"],
       ["满意度指标", "服务对象满意度", "快递服务公众满意度", "≧85%", "88.6%", "86.9%"]]
t3 = Table(ind, colWidths=[70, 80, 150, 90, 90, 90])
t3.setStyle(TableStyle(STYLE + [("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 3)), ("SPAN", (1, 4), (1, 5))]))

doc = SimpleDocTemplate(str(HERE / "sources" / "部门整体支出绩效自评表.pdf"), pagesize=landscape(A4))
doc.build([Paragraph("赣州市邮政管理局2024年度部门整体支出绩效自评表", title), Spacer(1, 8), t1, Spacer(1, 10),
           Paragraph("项目支出明细", note), t2, Spacer(1, 10), Paragraph("年度绩效指标", note), t3])
