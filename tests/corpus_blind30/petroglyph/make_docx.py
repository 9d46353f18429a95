# Builds sources/岩画调查工作记录.docx from the tables below (python-docx, author's scratch venv; not a project dependency).
from docx import Document
TITLE = '哈密市岩画保护研究中心2023年调查工作记录'
TABLES = [[['岩画点', '登记（幅）', '上年登记（幅）', '数字化（幅）', '经费（元）'], ['八大石岩画', '412', '368', '128', '116,450'], ['庙尔沟岩画', '356', '334', '117', '98,650'], ['兰州湾子岩画', '318', '276', '104', '92,350'], ['前山岩画', '261', '208', '87', '78,950'], ['合计', '1347', '1186', '436', '386,400']]]
MERGES = []
PARAS = {'before': ['5月8日，第一次野外调查从哈密市区出发，队员9人，5月27日返回。', '6月12日，八大石岩画点本体保护加固工程开工；10月8日完工。', '上半年调查登记岩画578幅。', '8月3日，购置手持测绘仪，付款24,350元。', '9月4日，第二次野外调查出发，队员11人，由第三调查组带队，9月19日返回。', '岩画点分项统计如下：'], 'after': ['注：登记、数字化按幅计，经费为各点调查登记支出。']}
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
doc.save('sources/岩画调查工作记录.docx')
