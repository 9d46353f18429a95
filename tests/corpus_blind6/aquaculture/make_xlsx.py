"""Writes sources/分季度监测培训统计.xlsx: 茂名市水产技术推广站 2024 年病害监测与技术培训分季度统计 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

OUT = Path(__file__).parent / "sources" / "分季度监测培训统计.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "分季度统计"
thin = Side(style="thin")
ws.append(["茂名市水产技术推广站2024年病害监测与技术培训分季度统计"])
ws.merge_cells("A1:E1")
ws.append(["单位：批次、例、场、人次"])
ws.merge_cells("A2:E2")
ws.append(["季度", "病害监测", None, "技术培训", None])
ws.append([None, "采样批次", "检出病害", "培训场次", "培训人次"])
ws.merge_cells("A3:A4")
ws.merge_cells("B3:C3")
ws.merge_cells("D3:E3")
for row in [("一季度", 186, 23, 8, 312), ("二季度", 264, 58, 12, 486), ("三季度", 298, 71, 13, 548),
            ("四季度", 172, 19, 9, 390), ("合计", 920, 171, 42, 1736)]:
    ws.append(list(row))
for row in ws.iter_rows(min_row=3, max_row=ws.max_row, max_col=5):
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        c.alignment = Alignment(horizontal="center", vertical="center")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
