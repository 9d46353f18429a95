"""Writes sources/分区供热运行统计.xlsx: 鞍山市供热管理中心 2023—2024 年采暖期分区运行统计 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "分区供热运行统计.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "分区统计"
ws.append(["鞍山市2023—2024年采暖期分区供热运行统计"])
ws.merge_cells("A1:F1")
ws.append(["城区", "供热面积", "老旧管网改造", "室温监测", "供热投诉", "低收入家庭采暖补贴"])
ws.append([None, "万平方米", "公里", "户次", "件", "户"])
ws.merge_cells("A2:A3")
rows = [
    ("铁东区", 2860, 14.2, 3680, 1246, 5420),
    ("铁西区", 2415, 12.8, 3120, 1082, 4860),
    ("立山区", 2138, 11.3, 2760, 968, 4350),
    ("千山区", 1287, 10.3, 1640, 586, 4770),
    ("合计", 8700, 48.6, 11200, 3882, 19400),
]
for row in rows:
    ws.append(list(row))
    for col in (4, 5, 6):
        ws.cell(row=ws.max_row, column=col).number_format = "#,##0"
ws.append(["注：采暖期自2023年11月1日至2024年3月31日。"])
ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
