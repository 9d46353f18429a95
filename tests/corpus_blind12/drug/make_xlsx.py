"""Builds sources/项目支出绩效自评表.xlsx (openpyxl; run from a scratch venv, not a project dependency)."""
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).parent
wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:G1")
ws["A1"] = "项目支出绩效自评表（2023年度）"
ws.merge_cells("A2:B2")
ws["A2"] = "项目名称"
ws.merge_cells("C2:G2")
ws["C2"] = "药品医疗器械化妆品安全监管与抽检项目"
ws.merge_cells("A3:B3")
ws["A3"] = "实施单位"
ws.merge_cells("C3:E3")
ws["C3"] = "甘肃省药品监督管理局"
ws["F3"] = "单位"
ws["G3"] = "万元"

ws.append(["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"])
ws.merge_cells("A4:B4")
funds = [
    ("年度资金总额", 1520.00, 1468.00, 1402.37),
    ("其中：省级财政资金", 1120.00, 1068.00, 1021.86),
    ("中央药品监管补助资金", 400.00, 400.00, 380.51),
]
for name, a, b, c in funds:
    r = ws.max_row + 1
    ws.cell(r, 1, name)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for col, v in ((3, a), (4, b), (5, c)):
        ws.cell(r, col, v).number_format = "0.00"
    rate = (Decimal(str(c)) / Decimal(str(b))).quantize(Decimal("0.0001"))
    ws.cell(r, 6, float(rate)).number_format = "0.00%"
ws.cell(6, 7, "年中统筹压减52.00万元")

ws.append([])
ws.append(["支出明细", "", "序号", "支出内容", "", "执行数", ""])
start = ws.max_row + 1
items = [("药品抽检检验费", 586.42), ("医疗器械抽检检验费", 248.36), ("化妆品抽检检验费", 126.75),
         ("药品不良反应监测", 142.18), ("飞行检查与稽查办案", 187.30), ("监管信息化运维", 111.36)]
for i, (name, v) in enumerate(items, 1):
    r = ws.max_row + 1
    ws.cell(r, 3, i)
    ws.cell(r, 4, name)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 6, v).number_format = "0.00"
r = ws.max_row + 1
ws.cell(r, 3, "合计")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
ws.cell(r, 6, 1402.37).number_format = "0.00"
ws.merge_cells(start_row=start - 1, start_column=1, end_row=r, end_column=2)

ws.append([])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "得分"])
first = ws.max_row + 1
rows = [
    ("产出指标", "数量指标", "药品抽检", "≧4200批次", "4586批次", "4215批次", 10),
    ("产出指标", "数量指标", "医疗器械抽检", "≧900批次", "962批次", "918批次", 5),
    ("产出指标", "数量指标", "化妆品抽检", "≧600批次", "648批次", "603批次", 5),
    ("产出指标", "数量指标", "收集药品不良反应报告", "≧10000份", "11432份", "10876份", 5),
    ("产出指标", "数量指标", "飞行检查", "≧60家次", "74家次", "66家次", 5),
    ("产出指标", "质量指标", "药品抽检合格率", "≧98%", "98.7%", "98.4%", 10),
    ("产出指标", "质量指标", "不合格产品处置率", "=100%", "100%", "100%", 5),
    ("产出指标", "时效指标", "抽检结果公开时限", "≤20个工作日", "15个工作日", "18个工作日", 5),
    ("产出指标", "时效指标", "年度抽检计划完成时间", "11月30日前", "11月16日", "11月24日", 5),
    ("满意度指标", "服务对象满意度指标", "公众满意度", "≧90%", "94.2%", "92.5%", 10),
]
for row in rows:
    ws.append(list(row))
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # "=100%" is the form's target written as text, not a formula
last = ws.max_row
ws.merge_cells(start_row=first, start_column=1, end_row=last - 1, end_column=1)
ws.merge_cells(start_row=first, start_column=2, end_row=first + 4, end_column=2)
for col, w in zip("ABCDEFG", (12, 14, 22, 16, 14, 14, 18)):
    ws.column_dimensions[col].width = w
wb.save(HERE / "sources" / "项目支出绩效自评表.xlsx")
