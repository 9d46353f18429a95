"""Makes sources/保障点供餐台账.xlsx — run with openpyxl (author's scratch venv, not a project dependency)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

wb = Workbook()
ws = wb.active
ws.title = "保障点台账"
ws.merge_cells("A1:G1")
ws["A1"] = "满洲里市军供站2025年各保障点供餐台账（经费单位：元）"
ws["A1"].font = Font(bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["保障点", "保障批次", "上年批次", "供餐人次", "上年供餐人次", "经费", "上年经费"])
rows = [
    ("站本部餐厅", 22, 20, 12860, 11940, 188450.00, 152300.00),
    ("火车站保障点", 18, 17, 9340, 8720, 121600.00, 114250.00),
    ("西郊机场保障点", 11, 9, 4950, 4380, 64350.00, 57900.00),
    ("十八里保障点", 9, 8, 3810, 3460, 50287.50, 45600.00),
    ("扎赉诺尔保障点", 8, 9, 3240, 3520, 43312.50, 46150.00),
]
for row in rows:
    ws.append(list(row))
ws.append(["合计", 68, 63, 34200, 32020, 468000.00, 416200.00])
for r in range(3, 9):
    for c in ("B", "C", "D", "E"):
        ws[f"{c}{r}"].number_format = "#,##0"
    for c in ("F", "G"):
        ws[f"{c}{r}"].number_format = "#,##0.00"
ws.append([])
ws.append(["说明：上半年保障31批次；第一次综合演练4月16日，第二次综合演练10月22日；站本部餐厅改造6月3日开工、9月12日竣工，9月18日投入使用。"])
ws.merge_cells("A10:G10")
ws.column_dimensions["A"].width = 18
wb.save(Path(__file__).parent / "sources" / "保障点供餐台账.xlsx")
