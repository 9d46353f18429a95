# make_docx.py — writes sources/湿地保护工作记录.docx (python-docx, from a scratch venv)
from docx import Document
from docx.oxml.ns import qn
doc = Document()
style = doc.styles["Normal"]; style.font.name = "SimSun"; style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
doc.add_heading("腾冲市湿地保护管理站2025年工作记录", level=1)
for p in [
    "1月12日至1月14日：开展越冬水鸟同步调查，在北海片区三号观测塔设固定样点，调查劳务费24650元。",
    "3月3日：第一批退化湿地修复工程开工，5月28日通过验收，修复586亩。",
    "6月16日：第二批退化湿地修复工程开工，10月9日通过验收，修复700亩。",
    "6月30日：上半年累计巡护1618公里。",
    "8月：在五合乡开展湿地科普进村活动，印制科普手册费用18350元。",
    "12月：全年巡护发现并处置问题76个，平均处置时间10小时。",
]:
    doc.add_paragraph(p)
doc.add_paragraph("分片区巡护与修复情况：")
rows = [("片区", "巡护里程（公里）", "发现问题（个）", "修复面积（亩）", "上年巡护里程（公里）"),
        ("北海片区", "1294", "32", "612", "1152"), ("青海片区", "842", "18", "304", "790"),
        ("界头片区", "708", "15", "214", "668"), ("清水片区", "568", "11", "156", "540"),
        ("合计", "3412", "76", "1286", "3150")]
t = doc.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
doc.save("sources/湿地保护工作记录.docx")
