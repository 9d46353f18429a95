# Generates sources/教学与学生工作记录.docx for this corpus case (content written by hand; run with python-docx / openpyxl / reportlab).
SPEC = [('h', '十堰市技工学校2025年教学与学生工作记录', 1), ('p', '3月28日，第一批学生资助资金发放到位；10月17日，第二批学生资助资金发放到位。'), ('p', '4月22日至4月26日，举办第一届校园技能节，五个专业全部参赛。'), ('p', '6月30日统计，上半年完成职业技能等级认定1184人次。'), ('p', '7月1日启动秋季招生，9月8日招生工作全部完成。'), ('h', '分专业情况', 2), ('t', [['专业', '在校生（人）', '毕业生（人）', '就业（人）', '技能等级认定（人次）'], ['数控加工', '812', '245', '240', '624'], ['汽车维修', '746', '219', '214', '571'], ['电气自动化', '694', '205', '200', '548'], ['焊接技术', '538', '156', '151', '416'], ['计算机网络应用', '596', '175', '169', '456'], ['合计', '3386', '1000', '974', '2615']], [])]
OUT = 'sources/教学与学生工作记录.docx'

from docx import Document
doc = Document()
for block in SPEC:
    kind = block[0]
    if kind == "h":
        doc.add_heading(block[1], level=block[2] if len(block) > 2 else 1)
    elif kind == "p":
        doc.add_paragraph(block[1])
    elif kind == "t":
        rows, merges = block[1], block[2]
        ncol = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=ncol)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                table.cell(r, c).text = val
        for r1, c1, r2, c2 in merges:
            keep = table.cell(r1, c1).text
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        table.cell(r, c).text = ""
            merged = table.cell(r1, c1).merge(table.cell(r2, c2))
            merged.text = keep
doc.save(OUT)
