"""Builds sources/收容中心工作记录.docx (python-docx, run from a scratch venv): 玉林市动物收容中心's dated work record and its table of four shelter points."""
from pathlib import Path
from docx import Document
PARAS = ['2023年3月6日至3月17日，第一批犬只集中免疫在兴业县开展，免疫2,860只。', '2023年6月12日，收容设施改造开工（一号犬舍、隔离区）。', '2023年6月30日，上半年收容流浪动物803只。', '2023年9月11日至9月22日，第二批犬只集中免疫在博白县开展，免疫3,140只。', '2023年9月20日，收容设施改造完工验收。', '2023年10月14日，六万大山片区流浪犬救助行动完成，救助经费计入玉州区收容点。']
ST = [['收容点', '收容（只）', '领养（只）', '救助经费（元）', '上年收容（只）'], ['玉州区收容点', '612', '128', '241,050', '556'], ['福绵区收容点', '385', '74', '151,600', '351'], ['北流市收容点', '447', '89', '176,250', '408'], ['容县收容点', '292', '56', '114,800', '267'], ['合计', '1736', '347', '683,700', '1582']]
d = Document()
d.add_heading("玉林市动物收容中心2023年工作记录", level=1)
for p in PARAS:
    d.add_paragraph(p)
d.add_paragraph("各收容点收容与领养情况")
t = d.add_table(rows=len(ST), cols=len(ST[0]))
t.style = "Table Grid"
for i, row in enumerate(ST):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
out = Path(__file__).parent / "sources" / "收容中心工作记录.docx"
out.parent.mkdir(exist_ok=True)
d.save(out)
