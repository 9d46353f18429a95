"""Builds sources/生产工作记录.docx (python-docx): 嘉鱼县水产良种场's dated work record and its table of varieties, 2024."""
from pathlib import Path

from docx import Document

OUT = Path(__file__).parent / "sources" / "生产工作记录.docx"
doc = Document()
doc.add_heading("嘉鱼县水产良种场2024年生产工作记录", level=1)
for line in [
    "3月26日　第一批亲鱼催产（草鱼、鲢鱼），孵化在一号池进行。",
    "4月2日　第一批鱼苗出苗。",
    "4月10日　春季苗种供应开始，养殖户到场提苗。",
    "4月18日　第二批亲鱼催产（鳙鱼、团头鲂）。",
    "4月24日　第二批鱼苗出苗。",
    "5月6日　春季苗种供应结束，共供应鱼苗5380万尾。",
    "6月30日　上半年累计繁育鱼苗6120万尾。",
    "7月15日　六号塘黄颡鱼苗种病害处置，技术员到场。",
    "12月25日　全年分品种出苗及销售收入统计如下表。",
]:
    doc.add_paragraph(line)
rows = [
    ("品种", "出苗（万尾）", "销售收入（元）", "上年出苗（万尾）"),
    ("草鱼", "2,860", "214,500", "2,610"),
    ("鲢鱼", "2,140", "128,400", "1,980"),
    ("鳙鱼", "1,735", "138,800", "1,620"),
    ("团头鲂", "1,126", "101,340", "1,040"),
    ("黄颡鱼", "789", "112,050", "670"),
    ("合计", "8,650", "695,090", "7,920"),
]
table = doc.add_table(rows=len(rows), cols=4)
table.style = "Table Grid"
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        table.cell(r, c).text = v
doc.add_paragraph("注：饲料与药品支出638,500元，亲本更新支出462,000元。")
OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
