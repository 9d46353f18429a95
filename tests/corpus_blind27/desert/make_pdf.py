"""Builds sources/项目支出绩效自评表.pdf (run from the author's scratch venv with reportlab and WenQuanYi Micro Hei)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
title = ParagraphStyle("t", fontName="WQY", fontSize=14, leading=18)
cell = ParagraphStyle("c", fontName="WQY", fontSize=8.5, leading=11)


def table(rows, widths, spans=()):
    data = [[Paragraph(v, cell) if v else "" for v in row] for row in rows]
    t = Table(data, colWidths=[w * mm for w in widths])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", a, b) for a, b in spans]
    t.setStyle(TableStyle(style))
    return t


story = [Paragraph("项目支出绩效自评表（2024年度）", title), Spacer(1, 4 * mm)]
story.append(table([
    ["项目名称", "沙化土地综合治理项目", "", "", "", ""],
    ["主管部门", "佳木斯市林业和草原局", "", "实施单位", "佳木斯市沙漠治理站", ""],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "520.00", "508.50", "474.87", "93.39%", "9.34"],
    ["其中：中央财政资金", "320.00", "320.00", "309.84", "", ""],
    ["省级财政资金", "120.00", "120.00", "101.76", "", ""],
    ["市级配套资金", "80.00", "68.50", "63.27", "", "年中按财力压减"],
], (48, 40, 36, 40, 34, 40), [((1, 0), (5, 0)), ((1, 1), (2, 1)), ((4, 1), (5, 1))]))
story.append(Spacer(1, 4 * mm))
story.append(table([
    ["支出明细", "金额（万元）"],
    ["造林种草", "186.54"], ["沙障设置", "112.38"], ["苗木采购", "96.25"], ["管护巡护", "48.60"],
    ["监测评估", "31.10"], ["合计", "474.87"],
], (60, 40)))
story.append(Spacer(1, 4 * mm))
story.append(table([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "治理沙化土地面积", "≥2.5万亩", "2.84万亩", "2.36万亩"],
    ["", "", "造林面积", "≥1800亩", "2050亩", ""],
    ["", "", "设置沙障", "≥120公里", "136公里", "118公里"],
    ["", "质量指标", "苗木成活率", "≥85%", "88.6%", "86.9%"],
    ["", "时效指标", "工程验收时间", "10月31日前", "10月16日", ""],
    ["", "", "问题整改时限", "≤20个工作日", "13个工作日", ""],
    ["效益指标", "生态效益指标", "治理区林草覆盖率", "", "41.3%", "38.2%"],
    ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "95.1%", ""],
], (34, 40, 56, 40, 40, 38), [((0, 1), (0, 6)), ((1, 1), (1, 3)), ((1, 5), (1, 6))]))
SimpleDocTemplate(str(Path(__file__).resolve().parent / "sources" / "项目支出绩效自评表.pdf"),
                  pagesize=landscape(A4)).build(story)
