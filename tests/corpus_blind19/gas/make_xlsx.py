"""Builds sources/部门整体支出绩效自评表.xlsx (openpyxl, run from a scratch venv; not a project dependency)."""
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "部门整体自评表"
ws.merge_cells("A1:F1")
ws["A1"] = "部门整体支出绩效自评表（2025年度）"
ws.merge_cells("A2:F2")
ws["A2"] = "部门名称：无锡市燃气管理处    单位：万元"
ws.append(["资金", "年初预算", "调整预算", "实际支出", "预算完成率", "预算调整率"])
money = [
    ("部门整体支出", "842.00", "815.60", "786.45", "0.9643", "-0.0314"),
    ("其中：基本支出", "512.00", "526.40", "518.92", None, None),
    ("项目支出", "330.00", "289.20", "267.53", None, None),
    ("按来源：财政拨款", "792.00", "765.60", "741.08", None, None),
    ("其他收入", "50.00", "50.00", "45.37", None, None),
]
for row in money:
    ws.append([row[0]] + [float(Decimal(v)) if v is not None else None for v in row[1:]])
    r = ws.max_row
    for col in "BCD":
        ws[f"{col}{r}"].number_format = "0.00"
    for col in "EF":
        ws[f"{col}{r}"].number_format = "0.00%"
ws.append([])
ws.append(["重点项目", "预算数", "执行数", "", "", ""])
for name, b, e in [("燃气安全隐患排查整治", "118.60", "112.45"), ("瓶装液化气监管", "62.40", "58.06"),
                   ("燃气管网智慧监管平台", "74.20", "66.83"), ("从业人员培训考核", "34.00", "30.19"),
                   ("合计", "289.20", "267.53")]:
    ws.append([name, float(Decimal(b)), float(Decimal(e))])
    r = ws.max_row
    ws[f"B{r}"].number_format = "0.00"
    ws[f"C{r}"].number_format = "0.00"
ws.append([])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"])
start = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "餐饮场所燃气安全排查", "≥8000户", 9247, 8516),
    ("产出指标", "数量指标", "发现燃气安全隐患", "—", "1386处", "1302处"),
    ("产出指标", "质量指标", "隐患整改", "≥95%", "1352处", "1255处"),
    ("产出指标", "数量指标", "瓶装液化气供应站检查", "≥120个", 134, 126),
    ("产出指标", "数量指标", "从业人员培训考核", "≥2000人次", 2318, 2106),
    ("产出指标", "时效指标", "燃气投诉响应时间", "≤30分钟", "18分钟", "22分钟"),
    ("产出指标", "时效指标", "年度燃气安全评估报告", "10月底前", "10月16日", "10月24日"),
    ("效益指标", "社会效益指标", "较大及以上燃气安全事故", "=0起", "0起", "0起"),
    ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", "95.2%", "93.7%"),
]
for row in ind:
    ws.append(list(row))
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # "=0起" is a target written as text, not a formula
ws.merge_cells(start_row=start, start_column=1, end_row=start + 6, end_column=1)
ws.cell(row=start + 9, column=1, value="单位：户、处、个、人次；排查整治经费明细见分区台账")
for col, w in zip("ABCDEF", (24, 14, 26, 14, 14, 12)):
    ws.column_dimensions[col].width = w
wb.save(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.xlsx")
