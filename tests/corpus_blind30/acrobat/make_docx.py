# Builds sources/项目支出绩效自评表.docx from the tables below (python-docx, author's scratch venv; not a project dependency).
from docx import Document
TITLE = '项目支出绩效自评表（2024年度）'
TABLES = [[['项目名称', '2024年杂技惠民演出与节目创排项目', None, None, None, None, None], ['主管部门', '衡水市文化广电和旅游局', None, '实施单位', '衡水市杂技团', None, None], ['项目资金（万元）', '资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'], [None, '年度资金总额', '145.00', '138.50', '135.38', '97.75%', '9.77'], [None, '省级文化产业发展专项资金', '80.00', '80.00', '77.46', None, None], [None, '市级财政资金', '65.00', '58.50', '57.92', None, None], ['备注', '市级财政资金年中压减6.50万元，省级资金未调整。', None, None, None, None, None]], [['支出明细', '金额（万元）'], ['惠民演出', '52.36'], ['新节目创排', '38.45'], ['道具器材购置', '21.80'], ['演员培训', '12.67'], ['宣传推广', '10.10'], ['合计', '135.38']], [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'], ['产出指标', '数量指标', '惠民演出场次', '≥120场', '136场', '128场'], [None, None, '观众人次', '≥15万人次', '16.8万人次', '15.9万人次'], [None, None, '新创排节目', '≥4个', '5个', '3个'], [None, None, '演员培训', '≥300人次', '342人次', '365人次'], [None, '时效指标', '演出方案报批时间', '≤5个工作日', '3个工作日', None], [None, None, '新节目首演时间', '10月31日前', '10月18日', None], ['满意度指标', '服务对象满意度', '观众满意度', '≥90%', '94.6%', '93.1%']], [['年度总体目标'], ['全年开展惠民演出不少于120场、观众不少于15万人次，新创排节目不少于4个，培训演员不少于300人次；演出方案5个工作日内报批，新节目10月31日前首演，观众满意度不低于90%。']]]
MERGES = [(0, 0, 1, 0, 6), (0, 1, 1, 1, 2), (0, 1, 4, 1, 6), (0, 2, 0, 5, 0), (0, 6, 1, 6, 6), (2, 1, 0, 6, 0), (2, 1, 1, 4, 1), (2, 5, 1, 6, 1)]
PARAS = {}
doc = Document()
doc.add_heading(TITLE, level=1)
for p in PARAS.get('before', []):
    doc.add_paragraph(p)
for ti, rows in enumerate(TABLES):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = 'Table Grid'
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                t.cell(r, c).text = v
    for (tj, r1, c1, r2, c2) in MERGES:
        if tj == ti:
            keep = t.cell(r1, c1).text
            m = t.cell(r1, c1).merge(t.cell(r2, c2))
            m.text = keep
    doc.add_paragraph('')
for p in PARAS.get('after', []):
    doc.add_paragraph(p)
doc.save('sources/项目支出绩效自评表.docx')
