"""Writes sources/景区工作记录.docx: 嵩山风景名胜区管理委员会 2023 年景区工作记录 (python-docx)."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).parent / "sources" / "景区工作记录.docx"

doc = Document()
doc.add_heading("嵩山风景名胜区管理委员会2023年景区工作记录", level=1)
for line in [
    "2023年3月20日至3月24日，开展春季森林防火集中巡查，出动巡查人员426人次。",
    "2023年4月29日至5月3日“五一”假期，景区接待游客28.6万人次。",
    "2023年5月19日，完成汛前安全隐患排查，排查隐患138处，完成整改131处。",
    "2023年9月29日至10月6日“中秋国庆”假期，景区接待游客46.4万人次，救助遇险游客37起。",
    "2023年12月26日，年度分景区统计完成（见下表）。",
]:
    doc.add_paragraph(line)
t = doc.add_table(rows=1, cols=5)
for c, h in zip(t.rows[0].cells, ["景区", "接待游客（万人次）", "安全巡护（人次）", "救助游客（起）", "上年接待（万人次）"]):
    c.text = h
for row in [("少林景区", "168.2", "2140", "124", "132.6"), ("中岳景区", "72.5", "1026", "58", "54.8"),
            ("嵩阳景区", "58.4", "842", "52", "45.3"), ("三皇寨景区", "47.7", "672", "52", "35.7"),
            ("合计", "346.8", "4680", "286", "268.4")]:
    for c, v in zip(t.add_row().cells, row):
        c.text = v
OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
