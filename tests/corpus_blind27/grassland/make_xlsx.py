"""Builds sources/项目支出绩效自评表.xlsx (run from the author's scratch venv with openpyxl)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:G1")
ws["A1"] = "项目支出绩效自评表（2024年度）"
ws["A2"] = "项目名称"
ws.merge_cells("B2:G2")
ws["B2"] = "草原禁牧监管与生态修复项目"
ws["A3"], ws["B3"], ws["C3"] = "主管部门", "盘锦市农业农村局", "实施单位"
ws.merge_cells("D3:G3")
ws["D3"] = "盘锦市草原监理所"
ws.append(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
rows = [
    ("年度资金总额", 280.00, 268.00, 251.39, 10, 0.938, 9.38),
    ("其中：中央财政资金", 180.00, 180.00, 171.36, None, None, None),
    ("省级财政资金", 60.00, 48.00, 41.28, None, None, None),
    ("市级财政资金", 40.00, 40.00, 38.75, None, None, None),
]
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=8, min_col=2, max_col=4):
    for c in row:
        c.number_format = "#,##0.00"
ws["F5"].number_format = "0.00%"
ws["G5"].number_format = "0.00"
ws["A9"] = "说明"
ws.merge_cells("B9:G9")
ws["B9"] = "省级财政资金年中按省厅通知压减，其余来源未调整。"
ws.append([])
ws.append(["支出明细", "金额（万元）"])
items = [("禁牧巡查", 86.45), ("草原补播改良", 72.30), ("鼠虫害防治", 38.60), ("执法培训", 21.84),
         ("监测设备购置", 32.20), ("合计", 251.39)]
start = ws.max_row + 1
for name, amount in items:
    ws.append([name, amount])
for r in range(start, ws.max_row + 1):
    ws.cell(r, 2).number_format = "#,##0.00"
ws.append([])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "单位"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "草原补播改良面积", "≥1.2", 1.35, 1.18, "万亩"),
    (None, None, "禁牧巡查次数", "≥600", 684, 612, "次"),
    (None, None, "鼠虫害防治面积", "≥3.0", 3.26, None, "万亩"),
    (None, None, "新建草原监测点", "≥20", 24, None, "个"),
    (None, "时效指标", "补播改良完成时间", "9月30日前", "9月12日", None, None),
    (None, None, "执法案件办结时限", "≤15", 9, None, "个工作日"),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥62%", 0.648, 0.631, "%"),
    ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", 0.945, None, "%"),
]
for r in ind:
    ws.append(list(r))
ws.merge_cells(start_row=first, start_column=1, end_row=first + 5, end_column=1)
ws.merge_cells(start_row=first, start_column=2, end_row=first + 3, end_column=2)
ws.merge_cells(start_row=first + 4, start_column=2, end_row=first + 5, end_column=2)
for r in range(first, ws.max_row + 1):
    for col in (5, 6):
        c = ws.cell(r, col)
        if isinstance(c.value, float):
            c.number_format = "0.0%" if r >= first + 6 else "0.00"
        elif isinstance(c.value, int):
            c.number_format = "#,##0"
for row in ws.iter_rows():
    for c in row:
        c.alignment = Alignment(vertical="center", wrap_text=True)
for col, width in zip("ABCDEFG", (22, 18, 20, 14, 14, 12, 10)):
    ws.column_dimensions[col].width = width
wb.save(Path(__file__).resolve().parent / "sources" / "项目支出绩效自评表.xlsx")
