# Generates sources/部门整体支出绩效自评表.pdf for this corpus case (content written by hand; run with python-docx / openpyxl / reportlab).
SPEC = [('h', '部门整体支出绩效自评表（2023年度）'), ('p', '部门（单位）名称：商丘市会计核算中心\u3000\u3000\u3000\u3000单位：万元'), ('t', [['项目', '', '年初预算', '调整预算', '实际支出', '预算完成率', '预算调整率'], ['部门资金合计', '', '642.80', '668.50', '651.87', '97.51%', '4.00%'], ['按结构', '基本支出', '498.80', '524.50', '520.16', '', ''], ['', '项目支出', '144.00', '144.00', '131.71', '', ''], ['按来源', '财政拨款', '618.50', '618.50', '603.42', '', ''], ['', '其他收入', '24.30', '50.00', '48.45', '', '']], [90, 90, 90, 90, 90, 90, 90], [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))]), ('p', '备注：基本支出调增用于在职人员工资调标，资金来源为其他收入。'), ('h', '年度主要任务'), ('t', [['任务名称', '预算数', '执行数', '完成情况'], ['会计集中核算系统运维', '58.00', '54.36', '完成'], ['会计档案数字化', '46.00', '41.27', '基本完成'], ['财务人员培训', '22.00', '20.64', '完成'], ['内控检查', '18.00', '15.44', '基本完成'], ['合计', '144.00', '131.71', '']], [170, 90, 90, 120], []), ('h', '绩效指标'), ('t', [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'], ['产出指标', '数量指标', '集中核算单位', '≥260户', '274户', '268户'], ['', '', '审核原始凭证', '≥42万张', '45.36万张', '43.80万张'], ['', '', '办理国库集中支付', '≥9.0万笔', '9.72万笔', '9.15万笔'], ['', '', '整理装订会计档案', '≥5200卷', '5618卷', '—'], ['', '', '培训单位财务人员', '≥800人次', '864人次', '—'], ['', '质量指标', '凭证审核差错率', '≤0.5%', '0.18%', '—'], ['', '时效指标', '报账审核时限', '≤2个工作日', '1.2个工作日', '—'], ['', '', '部门决算报表报送', '3月31日前', '3月22日', '—'], ['满意度指标', '服务对象满意度', '核算单位满意度', '≧95%', '98.1%', '—']], [80, 90, 150, 100, 100, 100], [((0, 1), (0, 8)), ((1, 1), (1, 5)), ((1, 7), (1, 8))])]
OUT = 'sources/部门整体支出绩效自评表.pdf'

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
style = ParagraphStyle("zh", fontName="WQY", fontSize=10, leading=14)
head = ParagraphStyle("zhh", fontName="WQY", fontSize=14, leading=20)
story = []
for block in SPEC:
    if block[0] == "h":
        story.append(Paragraph(block[1], head))
    elif block[0] == "p":
        story.append(Paragraph(block[1], style))
    elif block[0] == "t":
        rows, widths, spans = block[1], block[2], block[3]
        table = Table(rows, colWidths=widths)
        cmds = [("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for (c1, r1), (c2, r2) in spans:
            cmds.append(("SPAN", (c1, r1), (c2, r2)))
        table.setStyle(TableStyle(cmds))
        story.append(table)
    story.append(Spacer(1, 8))
SimpleDocTemplate(OUT, pagesize=landscape(A4), leftMargin=20, rightMargin=20).build(story)
