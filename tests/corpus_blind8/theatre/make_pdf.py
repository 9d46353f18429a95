"""Writes sources/自评表.pdf: 常德市歌舞剧院 2024 年文化惠民演出项目支出绩效自评表 (reportlab, WenQuanYi Micro Hei)."""

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
    ["年度资金总额", "780.00", "742.00", "718.36", "10", "96.81%", "9.68"],
    ["其中：市级财政资金", "640.00", "602.00", "585.92", "—", "—", "—"],
    ["　　　演出收入", "140.00", "140.00", "132.44", "—", "—", "—"],
]
detail = [
    ["支出内容", "全年执行数（万元）"],
    ["演职人员劳务", "242.60"],
    ["演出场租及舞美", "196.48"],
    ["新剧目创排", "168.30"],
    ["送戏下乡交通", "74.18"],
    ["宣传推广", "36.80"],
    ["合计", "718.36"],
]
indicators = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "惠民演出场次", "≥260场", "284场", "251场", "10", "10"],
    ["", "", "送戏下乡", "≥120场", "132场", "118场", "10", "10"],
    ["", "", "新创排剧目", "≥2部", "3部", "2部", "5", "5"],
    ["", "", "送戏下乡覆盖乡镇", "≥40个", "44个", "39个", "5", "5"],
    ["", "质量指标", "演出安全事故", "=0", "0起", "0起", "5", "5"],
    ["", "成本指标", "惠民演出票价", "≤80元", "60元", "60元", "5", "5"],
    ["", "时效指标", "新剧目首演时间", "10月底前", "9月28日", "—", "10", "10"],
    ["效益指标", "社会效益指标", "观众人次", "≥30万人次", "34.62万人次", "29.85万人次", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", "95.6%", "94.3%", "10", "10"],
]
ind_style = TableStyle(list(grid.getCommands()) + [
    ("SPAN", (0, 1), (0, 7)), ("SPAN", (1, 1), (1, 4)),
])

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40, bottomMargin=40)
story = [
    Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 8),
    Paragraph("项目名称：文化惠民演出项目　　实施单位：常德市歌舞剧院　　主管部门：常德市文化旅游广电体育局", body),
    Spacer(1, 8), Table(funds, style=grid), Spacer(1, 10),
    Table(detail, style=grid), Spacer(1, 10),
    Table(indicators, style=ind_style, colWidths=[52, 62, 100, 60, 66, 66, 30, 30]), Spacer(1, 8),
    Paragraph("新创排剧目：歌舞剧《洞庭1978》、小型舞剧《桃花源记》、音乐剧《沅水谣》。", body),
    Paragraph("总分：99.68分　　自评等级：优", body),
]
OUT.parent.mkdir(exist_ok=True)
doc.build(story)
