"""Builds sources/保护区工作记录.docx (python-docx; run from a scratch venv, not a project dependency)."""
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
doc = Document()
doc.add_heading("贺兰山保护区管理局2025年工作记录（办公室整理）", level=1)
for line in [
    "3月15日：春季防火紧要期开始，各管护站实行24小时值守，5月31日紧要期结束，期间未发生火情。",
    "7月8日：野生动物夏季调查启动，8月22日外业结束，红外相机回收数据12.6万张。",
    "9月19日：退化草地修复项目通过验收，修复面积1.36万亩。",
    "10月12日：上年同期巡护里程（全局）12.56万公里，今年截至年底13.62万公里。",
    "11月1日：冬季防火期开始。",
]:
    doc.add_paragraph(line)
doc.add_paragraph("各管护站巡护与执法情况")
rows = [
    ("管护站", "巡护里程（公里）", "巡查执法（次）", "上年巡护里程（公里）"),
    ("苏峪口管护站", "38,460", "82", "34,120"),
    ("贺兰口管护站", "31,280", "64", "29,860"),
    ("大水沟管护站", "35,720", "70", "33,050"),
    ("红果子管护站", "30,740", "52", "28,570"),
    ("合计", "136,200", "268", "125,600"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
doc.save(HERE / "sources" / "保护区工作记录.docx")
