# make_pdf.py — 巴中市水利工程管理站 2023年中小型水库及灌区工程运行维护项目支出绩效自评表 (reportlab + WenQuanYi Micro Hei, scratch venv)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('wqy', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'))
st = ParagraphStyle('t', fontName='wqy', fontSize=14, leading=20)
base = [('FONTNAME', (0, 0), (-1, -1), 'wqy'), ('FONTSIZE', (0, 0), (-1, -1), 9), ('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
els = [Paragraph('项目支出绩效自评表（2023年度）', st), Spacer(1, 6)]
head = [['项目名称', '中小型水库及灌区工程运行维护项目', '', '', '', ''],
        ['主管部门', '巴中市水利局', '', '实施单位', '巴中市水利工程管理站', '']]
t = Table(head, colWidths=[90, 150, 60, 90, 150, 60]); t.setStyle(TableStyle(base + [('SPAN', (1, 0), (5, 0)), ('SPAN', (1, 1), (2, 1)), ('SPAN', (4, 1), (5, 1))])); els += [t, Spacer(1, 8)]
funds = [['项目资金（单位：万元）', '资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率'],
         ['', '年度资金总额', '500.00', '476.50', '452.35', '94.93%'],
         ['', '其中：省级补助资金', '360.00', '324.00', '312.48', ''],
         ['', '市级配套资金', '140.00', '152.50', '139.87', ''],
         ['', '说明', '省级补助资金按省厅清算调减36.00万元；市级配套资金追加12.50万元', '', '', '']]
t = Table(funds, colWidths=[120, 120, 90, 90, 90, 80]); t.setStyle(TableStyle(base + [('SPAN', (0, 0), (0, 4)), ('SPAN', (2, 4), (5, 4))])); els += [t, Spacer(1, 8)]
tasks = [['主要任务', '任务名称', '任务涉及金额（万元）'], ['', '水库大坝安全巡查', '86.40'], ['', '闸门启闭设备维修', '128.65'], ['', '灌区渠道清淤', '157.30'], ['', '安全监测设施更新', '80.00'], ['', '合计', '452.35']]
t = Table(tasks, colWidths=[120, 200, 150]); t.setStyle(TableStyle(base + [('SPAN', (0, 0), (0, 5))])); els += [t, Spacer(1, 8)]
ind = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'],
       ['产出指标', '数量指标', '巡查水库', '≥42座', '45座', '43座'],
       ['', '', '灌区渠道清淤', '≥60公里', '68.5公里', '61.2公里'],
       ['', '', '维修闸门', '≥30孔', '34孔', '29孔'],
       ['', '', '更新安全监测设施', '≥20套', '22套', ''],
       ['', '质量指标', '工程完好率', '≥95%', '96.8%', '95.9%'],
       ['', '时效指标', '隐患整改时限', '≤15个工作日', '9个工作日', ''],
       ['', '', '汛前检查完成时间', '5月31日前', '5月19日', ''],
       ['效益指标', '经济效益', '有效灌溉面积', '≥12万亩', '12.86万亩', '12.41万亩'],
       ['满意度指标', '服务对象满意度', '受益群众满意度', '≥90%', '92.7%', '']]
t = Table(ind, colWidths=[80, 100, 140, 100, 100, 100]); t.setStyle(TableStyle(base + [('SPAN', (0, 1), (0, 7)), ('SPAN', (1, 1), (1, 4)), ('SPAN', (1, 6), (1, 7))])); els.append(t)
SimpleDocTemplate('sources/项目支出绩效自评表.pdf', pagesize=landscape(A4)).build(els)
