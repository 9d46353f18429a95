"""Writes sources/分县市区蚕桑生产统计.xlsx: 南充市 2025 年分县市区蚕桑生产统计 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "分县市区蚕桑生产统计.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "分县市区统计"
ws.append(["南充市2025年分县市区蚕桑生产统计"])
ws.merge_cells("A1:F1")
ws.append(["县市区", "发放优质蚕种", "新建改造桑园", "小蚕共育室", "培训蚕农", "蚕茧产量"])
ws.append([None, "张", "亩", "个", "人次", "吨"])
ws.merge_cells("A2:A3")
rows = [
    ("阆中市", 18640, 3420, 9, 1386, 812.6),
    ("南部县", 16280, 3160, 8, 1254, 708.4),
    ("西充县", 12460, 2380, 6, 986, 541.2),
    ("营山县", 11520, 2260, 6, 942, 498.8),
    ("仪陇县", 11300, 2180, 5, 918, 499.7),
    ("合计", 70200, 13400, 34, 5486, 3060.7),
]
for row in rows:
    ws.append(list(row))
    for col in (2, 3, 5):
        ws.cell(row=ws.max_row, column=col).number_format = "#,##0"
    ws.cell(row=ws.max_row, column=6).number_format = "0.0"
ws.append(["注：春蚕饲养期自2025年4月3日至5月20日，秋蚕饲养期自8月18日至10月5日。"])
ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
