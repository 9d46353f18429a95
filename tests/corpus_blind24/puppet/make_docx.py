"""Builds sources/项目支出绩效自评表.docx (python-docx, run from a scratch venv): the project form of 平凉市木偶剧团 with merged cells."""
from pathlib import Path
from docx import Document
DOC = {'title': '项目支出绩效自评表（2024年度）', 'rows_head': [['项目名称', '2024年木偶剧惠民演出与剧目传承项目'], ['主管部门', '平凉市文化和旅游局'], ['实施单位', '平凉市木偶剧团']], 'fund': [['资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率', '得分'], ['年度资金总额', '196.00', '214.60', '203.22', '94.70%', '9.47'], ['其中：市级财政资金', '150.00', '168.60', '162.37', '', ''], ['文化事业建设费', '46.00', '46.00', '40.85', '', ''], ['备注', '市级财政资金年中追加用于新剧目创排和木偶修复，文化事业建设费未调整。', '', '', '', '']], 'items': [['支出明细', '金额（万元）'], ['惠民演出', '78.46'], ['剧目创排', '52.30'], ['木偶制作与修复', '31.75'], ['非遗传承培训', '24.18'], ['演出设备购置', '16.53'], ['合计', '203.22']], 'ind': [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际'], ['产出指标', '数量指标', '惠民演出场次', '≥180场', '196场', '172场'], ['产出指标', '数量指标', '观众人次', '≥8万人次', '9.34万人次', '8.61万人次'], ['产出指标', '数量指标', '新创排剧目', '≥3部', '3部', '2部'], ['产出指标', '数量指标', '木偶制作与修复', '≥120件', '138件', '117件'], ['产出指标', '数量指标', '非遗传承培训', '≥60人次', '74人次', '63人次'], ['产出指标', '时效指标', '新剧目首演时间', '10月31日前', '9月26日', ''], ['产出指标', '时效指标', '演出申请响应时间', '≤5个工作日', '2个工作日', ''], ['满意度指标', '服务对象满意度指标', '观众满意度', '≥92%', '96.3%', '95.1%']]}
d = Document()
d.add_heading(DOC["title"], level=1)
d.add_paragraph("单位：万元")
t = d.add_table(rows=len(DOC["rows_head"]), cols=2)
for i, (a, b) in enumerate(DOC["rows_head"]):
    t.cell(i, 0).text, t.cell(i, 1).text = a, b
d.add_paragraph("项目资金（万元）")
f = DOC["fund"]
t = d.add_table(rows=len(f), cols=6)
t.style = "Table Grid"
for i, row in enumerate(f):
    for j, v in enumerate(row):
        if v:
            t.cell(i, j).text = v
last = len(f) - 1
m = t.cell(last, 1).merge(t.cell(last, 5))
m.text = f[last][1]
d.add_paragraph("支出明细")
t = d.add_table(rows=len(DOC["items"]), cols=2)
t.style = "Table Grid"
for i, row in enumerate(DOC["items"]):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
d.add_paragraph("绩效指标")
rows = DOC["ind"]
t = d.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
# merge the repeated 一级 / 二级 cells as the form prints them
def merge_runs(col):
    i = 1
    while i < len(rows):
        k = i
        while k + 1 < len(rows) and rows[k + 1][col] == rows[i][col]:
            k += 1
        if k > i:
            m = t.cell(i, col).merge(t.cell(k, col))
            m.text = rows[i][col]
        i = k + 1
merge_runs(0)
merge_runs(1)
d.add_paragraph("年度总体目标完成情况：全年惠民演出196场，新创排剧目3部均于10月31日前首演。")
out = Path(__file__).parent / "sources" / "项目支出绩效自评表.docx"
out.parent.mkdir(exist_ok=True)
d.save(out)
