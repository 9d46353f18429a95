"""Builds sources/项目支出绩效自评表.pdf (reportlab + WenQuanYi Micro Hei, run from a scratch venv): 金昌市矿山救护队's project form, a text-layer PDF with spanned cells."""
from pathlib import Path
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
FUND = [['资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'], ['年度资金总额', '290.00', '312.50', '297.83', '95.31%', '9.53'], ['其中：中央安全生产预防及应急专项资金', '200.00', '200.00', '188.46', '', ''], ['市级财政资金', '90.00', '112.50', '109.37', '', ''], ['备注', '市级财政资金年中追加，用于补充救援装备；中央资金未调整。', '', '', '', '']]
ITEMS = [['支出明细', '金额（万元）'], ['救援装备购置', '104.72'], ['队员训练与演练', '68.35'], ['预防性安全检查', '52.18'], ['救援车辆运维', '41.26'], ['医疗急救培训', '31.32'], ['合计', '297.83']]
IND = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'], ['产出指标', '数量指标', '预防性安全检查', '≥240矿次', '263矿次', '251矿次'], ['产出指标', '数量指标', '救援演练', '≥24次', '28次', '26次'], ['产出指标', '数量指标', '新购救援装备', '≥35台套', '41台套', ''], ['产出指标', '数量指标', '队员培训', '≥1200人次', '1356人次', '1288人次'], ['产出指标', '时效指标', '出警到达时间', '≤30分钟', '18分钟', ''], ['产出指标', '时效指标', '装备采购验收', '8月31日前', '7月18日', ''], ['满意度指标', '服务对象满意度指标', '矿山企业满意度', '≥95%', '97.2%', '96.4%']]
st = ParagraphStyle("z", fontName="wqy", fontSize=10, leading=14)
def grid(extra=()):
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                       ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + list(extra))
out = Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf"
out.parent.mkdir(exist_ok=True)
doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=30, rightMargin=30)
story = [Paragraph("项目支出绩效自评表（2025年度）", ParagraphStyle("t", fontName="wqy", fontSize=15, leading=20)),
         Paragraph("项目名称：2025年矿山应急救援能力建设项目　实施单位：金昌市矿山救护队　主管部门：金昌市应急管理局　单位：万元", st), Spacer(1, 8)]
story.append(Table(FUND, colWidths=[230, 90, 90, 90, 80, 60], style=grid([("SPAN", (1, 4), (5, 4))])))
story.append(Spacer(1, 8))
story.append(Table(ITEMS, colWidths=[200, 110], style=grid()))
story.append(Spacer(1, 8))
story.append(Table(IND, colWidths=[80, 120, 120, 100, 100, 90],
                   style=grid([("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6))])))
doc.build(story)
