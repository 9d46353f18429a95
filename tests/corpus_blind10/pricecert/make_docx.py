"""Writes sources/业务工作记录.docx: 株洲市价格认证中心 2023 年业务工作记录 (python-docx)."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).parent / "sources" / "业务工作记录.docx"

doc = Document()
doc.add_heading("株洲市价格认证中心2023年业务工作记录", level=1)
for line in [
    "2023年3月13日至3月17日，举办全市价格认定业务培训班，参训86人。",
    "2023年5月22日，受理一起重大涉案财物价格认定，标的额1.26亿元。",
    "2023年8月7日至8月25日，开展“价格争议调解进社区”活动，调解价格争议31件。",
    "2023年9月12日，完成年度业务培训，共举办4期，参训214人次。",
    "2023年12月28日，年度统计完成（见下表）。",
]:
    doc.add_paragraph(line)
t = doc.add_table(rows=1, cols=3)
t.rows[0].cells[0].text, t.rows[0].cells[1].text, t.rows[0].cells[2].text = "认定类别", "件数", "上年件数"
for kind, n, last in [("刑事案件", "684", "652"), ("行政案件", "256", "231"), ("纪检监察案件", "86", "85"), ("合计", "1026", "968")]:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = kind, n, last
OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
