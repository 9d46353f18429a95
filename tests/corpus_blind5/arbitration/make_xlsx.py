"""Writes sources/办案统计.xlsx: 龙岗区劳动人事争议仲裁院 2024 年分季度办案统计 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).parent / "sources" / "办案统计.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "分季度办案"
ws.append(["龙岗区劳动人事争议仲裁院2024年分季度办案统计"])
ws.merge_cells("A1:E1")
ws.append(["单位：宗、场次", None, None, None, None])
ws.merge_cells("A2:E2")
ws.append(["季度", "案件数", None, None, "开庭"])
ws.append([None, "受理", "结案", "其中调解结案", "场次"])
ws.merge_cells("A3:A4")
ws.merge_cells("B3:D3")
for row in (["一季度", 2015, 1902, 1236, 962], ["二季度", 2386, 2298, 1488, 1085],
            ["三季度", 2412, 2375, 1530, 1104], ["四季度", 2455, 2437, 1586, 1065],
            ["合计", 9268, 9012, 5840, 4216]):
    ws.append(row)
thin = Side(style="thin")
for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=5):
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        c.alignment = Alignment(horizontal="center")
ws["A1"].font = Font(bold=True, size=13)
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
