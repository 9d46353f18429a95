"""Writes sources/博物馆年度工作记录.docx (python-docx, run from the author's scratch venv)."""
from docx import Document

doc = Document()
doc.add_heading("玉门市地质博物馆2023年度工作记录", level=1)
for p in [
    "2023年5月8日，第一次野外标本征集出发，队员7人，赴老君庙一号井周边及七一冰川前缘；5月19日返回，征集标本64件。",
    "2023年6月12日，线上展厅开始建设；9月18日正式上线。",
    "2023年6月30日，上半年接待观众4.05万人次。",
    "2023年9月11日，第二次野外标本征集出发，队员9人；9月20日返回，征集标本74件。",
    "2023年11月，完成标本修复46件，修复材料费12,650元。",
]:
    doc.add_paragraph(p)
doc.add_paragraph("各展厅接待与运维情况")
t = doc.add_table(rows=0, cols=5)
t.style = "Table Grid"
for vals in [("展厅", "接待观众（万人次）", "上年接待（万人次）", "讲解场次", "运维费用（元）"),
             ("古生物厅", "3.12", "2.86", "412", "48,650"),
             ("矿物岩石厅", "2.47", "2.31", "338", "36,450"),
             ("石油地质厅", "2.06", "2.18", "276", "29,350"),
             ("临时展厅", "1.61", "1.24", "194", "17,250"),
             ("合计", "9.26", "8.59", "1220", "131,700")]:
    c = t.add_row().cells
    for i, v in enumerate(vals):
        c[i].text = v
doc.save("sources/博物馆年度工作记录.docx")
