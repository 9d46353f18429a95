"""Builds sources/观测站工作记录.docx (呼伦贝尔市冰川观测站, 2023) with python-docx: dated paragraphs and a table of
the four observation points; the content is held here in text."""
from pathlib import Path

TITLE = "呼伦贝尔市冰川观测站2023年工作记录"
ENTRIES = [
    "3月20日　购置冻土测温电缆一批，支付31,450元。",
    "5月9日　三号站自动观测设备改造开工。",
    "6月12日　第一轮野外考察出发，赴根河、五一林场一带冰缘区，考察队员9人。",
    "6月21日　第一轮野外考察返回。",
    "6月30日　上半年采集观测数据5.9万条。",
    "7月26日　三号站改造完工。",
    "8月28日　第二轮野外考察出发，赴额尔古纳、鄂伦春一带，考察队员11人。",
    "9月8日　第二轮野外考察返回。",
    "12月6日　年度观测报告完成。",
]
TABLE_TITLE = "分观测点运行情况（点位：个；数据：万条；考察：次；运行经费：元）"
TABLE = [
    ["观测点", "点位", "数据", "考察", "运行经费", "上年数据"],
    ["根河观测点", "14", "4.6", "6", "86,450", "4.3"],
    ["牙克石观测点", "11", "3.4", "5", "71,250", "3.9"],
    ["额尔古纳观测点", "10", "3.1", "4", "64,300", "3.3"],
    ["鄂伦春观测点", "9", "2.5", "4", "51,600", "2.7"],
    ["合计", "44", "13.6", "19", "273,600", "14.2"],
]


def build(out: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(TITLE, level=1)
    for e in ENTRIES:
        doc.add_paragraph(e)
    doc.add_paragraph(TABLE_TITLE)
    t = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.save(out)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "观测站工作记录.docx")
