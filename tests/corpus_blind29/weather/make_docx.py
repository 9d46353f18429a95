"""Builds sources/探测中心工作记录.docx (果洛州气象探测中心, 2023) with python-docx: dated paragraphs and a table of
four counties' stations; the content is held here in text."""
from pathlib import Path

TITLE = "果洛州气象探测中心2023年工作记录"
PARAGRAPHS = [
    "2023年5月16日，第一轮站网巡检在玛沁县、班玛县开始，巡检组6人，5月27日结束，巡检102站次。",
    "2023年6月5日，探空雷达更换工程开工；7月18日完工，第二观测场同步改造。",
    "2023年6月30日统计，上半年完成探空观测362次。",
    "2023年8月10日，采购自动站备件一批，合同金额63,450元，用于三江源片区站点。",
    "2023年9月3日，第二轮站网巡检在达日县、玛多县开始，巡检组7人，9月14日结束，巡检94站次，全年巡检任务完成。",
]
# 县, 自动气象站（个）, 巡检（站次）, 维护经费（元）, 上年巡检（站次）
TABLE = [
    ("玛沁县", "16", "68", "138,650", "63"),
    ("班玛县", "12", "54", "104,250", "50"),
    ("达日县", "13", "59", "117,450", "49"),
    ("玛多县", "12", "55", "102,450", "52"),
    ("合计", "53", "236", "462,800", "214"),
]


def build(out: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(TITLE, level=1)
    for p in PARAGRAPHS:
        doc.add_paragraph(p)
    doc.add_paragraph("分县站网维护情况")
    t = doc.add_table(rows=len(TABLE) + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["县", "自动气象站（个）", "巡检（站次）", "维护经费（元）", "上年巡检（站次）"]):
        t.cell(0, c).text = h
    for r, row in enumerate(TABLE, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.save(out)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "探测中心工作记录.docx")
