"""Makes sources/送戏下乡工作记录.docx — run with python-docx (author's scratch venv, not a project dependency)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("扶余市二人转艺术传承中心2022年送戏下乡工作记录", level=1)
for line in [
    "2022年5月9日　第一批送戏下乡演出队出发，队员18人，由副主任带队。",
    "2022年6月17日　第一批演出队返回，途中道具车维修费3,450元。",
    "2022年6月30日　上半年累计完成送戏下乡演出41场。",
    "2022年7月4日　新创剧目《松花江畔》开始排练。",
    "2022年8月22日　第二批送戏下乡演出队出发，队员16人。",
    "2022年9月30日　第二批演出队返回。",
    "2022年10月16日　新创剧目《松花江畔》在三岔河镇首演。",
    "2022年12月20日　全年送戏下乡分乡镇统计如下表（补贴单位：元）。",
]:
    doc.add_paragraph(line)
rows = [
    ["乡镇", "演出场次", "上年场次", "观众人次", "上年观众人次", "补贴金额", "上年补贴金额"],
    ["三岔河镇", "26", "24", "19,450", "17,800", "105,200.00", "97,600.00"],
    ["五家站镇", "22", "20", "16,300", "15,200", "89,150.00", "82,300.00"],
    ["陶赖昭镇", "24", "23", "17,900", "16,950", "96,400.00", "94,150.00"],
    ["蔡家沟镇", "20", "18", "14,750", "11,550", "81,250.00", "72,850.00"],
    ["合计", "92", "85", "68,400", "61,500", "372,000.00", "346,900.00"],
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
table.style = "Table Grid"
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        table.cell(r, c).text = value
doc.add_paragraph("记录人：中心办公室")
doc.save(Path(__file__).parent / "sources" / "送戏下乡工作记录.docx")
