# make_docx.py — 郴州市园林绿化管理所 2025年城市公园绿地管护与行道树补植项目支出绩效自评表 (python-docx, scratch venv)
from docx import Document
doc = Document()
doc.add_heading('项目支出绩效自评表（2025年度）', level=1)
t = doc.add_table(rows=3, cols=4); t.style = 'Table Grid'
for r, vals in enumerate([('项目名称', '城市公园绿地管护与行道树补植项目', '', ''), ('主管部门', '郴州市城市管理和综合执法局', '实施单位', '郴州市园林绿化管理所'), ('项目负责人', '李XX', '联系电话', '0735-XXXXXXX')]):
    for c, v in enumerate(vals): t.cell(r, c).text = v
t.cell(0, 1).merge(t.cell(0, 3))
doc.add_paragraph('项目资金（单位：万元）')
f = doc.add_table(rows=5, cols=6); f.style = 'Table Grid'
data = [('资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'),
        ('年度资金总额', '500.00', '535.60', '513.18', '95.81%', '9.58'),
        ('其中：市级财政资金', '420.00', '455.60', '441.82', '', ''),
        ('上级补助资金', '80.00', '80.00', '71.36', '', ''),
        ('备注', '市级财政资金年中追加35.60万元，用于北湖区、苏仙区行道树补植', '', '', '', '')]
for r, vals in enumerate(data):
    for c, v in enumerate(vals): f.cell(r, c).text = v
f.cell(4, 1).merge(f.cell(4, 5))
doc.add_paragraph('支出明细（单位：万元）')
e = doc.add_table(rows=7, cols=2); e.style = 'Table Grid'
for r, vals in enumerate([('支出内容', '金额'), ('公园绿地日常管护', '218.40'), ('行道树补植', '96.75'), ('病虫害防治', '58.32'), ('古树名木保护', '41.26'), ('绿化设施维修', '98.45'), ('合计', '513.18')]):
    for c, v in enumerate(vals): e.cell(r, c).text = v
doc.add_paragraph('绩效指标')
rows = [('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'),
        ('产出指标', '数量指标', '管护绿地面积', '≥380公顷', '392.6公顷', '376.4公顷'),
        ('', '', '补植行道树', '≥2500株', '2736株', '2410株'),
        ('', '', '病虫害防治', '≥12次', '14次', '11次'),
        ('', '', '古树名木挂牌保护', '≥150株', '163株', '148株'),
        ('', '质量指标', '补植成活率', '≥95%', '97.2%', '96.4%'),
        ('', '时效指标', '设施报修响应时间', '≤24小时', '16小时', ''),
        ('', '', '春季补植完成时间', '4月30日前', '4月18日', ''),
        ('效益指标', '生态效益', '建成区绿化覆盖率', '≥42%', '42.8%', '42.3%'),
        ('满意度指标', '服务对象满意度', '公园游客满意度', '≥90%', '94.1%', '')]
g = doc.add_table(rows=len(rows), cols=6); g.style = 'Table Grid'
for r, vals in enumerate(rows):
    for c, v in enumerate(vals): g.cell(r, c).text = v
g.cell(1, 0).merge(g.cell(7, 0)); g.cell(1, 0).text = '产出指标'
g.cell(1, 1).merge(g.cell(4, 1)); g.cell(1, 1).text = '数量指标'
g.cell(6, 1).merge(g.cell(7, 1)); g.cell(6, 1).text = '时效指标'
doc.save('sources/项目支出绩效自评表.docx')
