"""Writes sources/分航道养护统计.xlsx: 湖州市航道事务中心 2025 年分航道养护统计 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "分航道养护统计.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "分航道养护"
ws.append(["湖州市航道事务中心2025年分航道养护统计"])
ws.merge_cells("A1:F1")
ws.append(["航道名称", "航道等级", "养护情况", None, None, "养护支出"])
ws.merge_cells("C2:E2")
ws.append([None, None, "养护里程", "航标", "疏浚土方", None])
ws.merge_cells("A2:A3")
ws.merge_cells("B2:B3")
ws.merge_cells("F2:F3")
ws.append(["单位", None, "公里", "座", "万立方米", "万元"])
for row in [
    ("长湖申线", "三级", 112.6, 286, 18.4, 312.50),
    ("湖嘉申线", "三级", 98.3, 224, 12.6, 268.20),
    ("杭湖锡线", "三级", 86.2, 198, 9.8, 226.40),
    ("东宗线", "四级", 74.8, 162, 6.5, 158.60),
    ("其他航道", "五级及以下", 276.6, 416, 5.3, 320.70),
]:
    ws.append(list(row))
ws.append(["合计", None, 648.5, 1286, 52.6, 1286.40])
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
