"""Builds sources/救护繁育中心工作记录.docx (python-docx, run from the author's scratch venv; not a project dependency)."""
from docx import Document

doc = Document()
doc.add_heading("西双版纳州亚洲象救护繁育中心2023年工作记录", level=1)
for line in [
    "2月13日，防象围栏第一标段开工。",
    "4月28日，第一标段完工，建成围栏7.4公里。",
    "6月30日，上半年累计无人机巡飞806架次，五号监测塔投入使用。",
    "8月3日，救护受伤野生亚洲象1头，送第二救护区治疗。",
    "10月9日，防象围栏第二标段开工。",
    "12月15日，第二标段完工，建成围栏6.2公里。",
]:
    doc.add_paragraph(line)
doc.add_paragraph("分县市监测统计")
rows = [
    ["县市", "无人机巡飞（架次）", "预警信息（条）", "围栏（公里）", "巡飞经费（元）", "上年巡飞（架次）"],
    ["景洪市", "712", "1,482", "5.8", "146,350", "648"],
    ["勐海县", "398", "846", "3.1", "82,650", "372"],
    ["勐腊县", "562", "1,158", "4.7", "118,450", "520"],
    ["合计", "1,672", "3,486", "13.6", "347,450", "1,540"],
]
t = doc.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
doc.save("sources/救护繁育中心工作记录.docx")
