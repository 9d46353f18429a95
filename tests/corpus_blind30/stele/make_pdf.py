# Builds sources/项目支出绩效自评表.pdf, a text-layer PDF (reportlab + WenQuanYi Micro Hei; author's scratch venv, not a project dependency).
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('WQY', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'))
T1 = [['项目名称', '2025年碑刻本体保护与拓片数字化项目', '', '', ''], ['实施单位', '晋城市碑林管理所', '主管部门', '晋城市文物局', ''], ['资金来源', '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率'], ['年度资金总额', '200.00', '192.00', '185.23', '96.47%'], ['中央文物保护专项资金', '150.00', '150.00', '143.86', ''], ['市级财政资金', '50.00', '42.00', '41.37', ''], ['备注', '市级财政资金压减8.00万元，中央资金未调整。', '', '', '']]
S1 = [('SPAN', (1, 0), (4, 0)), ('SPAN', (3, 1), (4, 1)), ('SPAN', (1, 6), (4, 6))]
T2 = [['支出明细', '金额（万元）'], ['碑刻本体修复', '68.42'], ['拓片数字化', '45.36'], ['碑廊防护设施', '37.90'], ['环境监测', '19.85'], ['展示宣传', '13.70'], ['合计', '185.23']]
T3 = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'], ['产出指标', '数量指标', '修复碑刻', '≥80通', '86通', '74通'], ['', '', '拓片数字化', '≥600幅', '652幅', '718幅'], ['', '', '环境监测点位', '≥24个', '24个', '18个'], ['', '质量指标', '修复验收合格率', '100%', '100%', ''], ['', '时效指标', '病害报告时间', '≤48小时', '36小时', ''], ['', '', '防护设施完工时间', '10月31日前', '10月15日', ''], ['效益指标', '社会效益', '接待观众', '≥8万人次', '9.36万人次', '8.52万人次'], ['满意度指标', '服务对象满意度', '观众满意度', '≥90%', '93.5%', '92.8%']]
S3 = [('SPAN', (0, 1), (0, 6)), ('SPAN', (1, 1), (1, 3)), ('SPAN', (1, 5), (1, 6))]
st = ParagraphStyle('c', fontName='WQY', fontSize=10, leading=14)
def tab(rows, spans):
    t = Table(rows)
    t.setStyle(TableStyle([('FONTNAME', (0, 0), (-1, -1), 'WQY'), ('FONTSIZE', (0, 0), (-1, -1), 8),
                           ('GRID', (0, 0), (-1, -1), 0.5, 'black')] + [tuple(s) for s in spans]))
    return t
doc = SimpleDocTemplate('sources/项目支出绩效自评表.pdf', pagesize=A4)
doc.build([Paragraph('项目支出绩效自评表（2025年度）', st), Spacer(1, 8), tab(T1, S1), Spacer(1, 8), tab(T2, []), Spacer(1, 8), tab(T3, S3),
           Spacer(1, 8), Paragraph('年度总体目标：修复碑刻不少于80通，拓片数字化不少于600幅，环境监测点位不少于24个；病害发现后48小时内报告，防护设施10月31日前完工，接待观众不少于8万人次。', st)])
