"""Builds sources/部门整体支出绩效自评表.xlsx (openpyxl): 三明市地质环境监测站's department form, 2025."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).parent / "sources" / "部门整体支出绩效自评表.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:G1")
ws["A1"] = "部门整体支出绩效自评表（2025年度）"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:B2")
ws["A2"] = "部门名称"
ws.merge_cells("C2:E2")
ws["C2"] = "三明市地质环境监测站"
ws["F2"] = "单位"
ws["G2"] = "万元"

ws.merge_cells("A3:A9")
ws["A3"] = "部门资金情况"
ws.append([])
heads = ["", "项目", "年初预算", "调整预算", "实际支出", "预算完成率", "预算调整率"]
for c, v in enumerate(heads, 1):
    if c > 1:
        ws.cell(3, c, v)
rows = [
    ("合计", 997.60, 985.10, 934.42, 0.9486, -0.0125),
    ("其中：基本支出", 412.60, 436.80, 431.95, None, None),
    ("项目支出", 585.00, 548.30, 502.47, None, None),
    ("按来源：一般公共预算拨款", 927.60, 905.10, 861.72, None, None),
    ("其他收入（技术服务）", 70.00, 80.00, 72.70, None, None),
]
for r, row in enumerate(rows, 4):
    ws.cell(r, 2, row[0])
    for c, v in enumerate(row[1:4], 3):
        ws.cell(r, c, v).number_format = "0.00"
    if row[4] is not None:
        ws.cell(r, 6, row[4]).number_format = "0.00%"
        ws.cell(r, 7, row[5]).number_format = "0.00%"
ws.cell(9, 2, "说明：基本支出因人员经费调增，项目支出年中调减。")

ws.merge_cells("A11:A16")
ws["A11"] = "重点项目"
for c, v in enumerate(["项目名称", "预算数", "执行数", "执行率"], 2):
    ws.cell(11, c, v)
proj = [("地质灾害隐患点监测", 236.50, 221.84), ("地下水监测", 142.00, 128.65),
        ("矿山地质环境调查", 98.80, 86.32), ("监测设备更新", 71.00, 65.66), ("合计", 548.30, 502.47)]
for r, (n, b, e) in enumerate(proj, 12):
    ws.cell(r, 2, n)
    ws.cell(r, 3, b).number_format = "0.00"
    ws.cell(r, 4, e).number_format = "0.00"

ws.merge_cells("A18:A29")
ws["A18"] = "绩效指标"
for c, v in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"], 2):
    ws.cell(18, c, v)
ind = [
    ("产出指标", "数量指标", "监测地质灾害隐患点", "≥1150处", "1236处", "1198处"),
    ("产出指标", "数量指标", "专业监测站点", "≥60个", "64个", "61个"),
    ("产出指标", "数量指标", "地下水监测井", "≥85眼", "92眼", "88眼"),
    ("产出指标", "数量指标", "矿山地质环境调查", "≥40座", "45座", "37座"),
    ("产出指标", "数量指标", "发布地质灾害预警", "≥40期", "52期", "47期"),
    ("产出指标", "质量指标", "预警准确率", "≥90%", "94.8%", "93.1%"),
    ("产出指标", "质量指标", "监测数据到报率", "=100%", "99.6%", "99.2%"),
    ("产出指标", "时效指标", "年度地质环境公报发布", "9月底前", "9月12日", "9月20日"),
    ("产出指标", "时效指标", "汛期预警响应时间", "≤30分钟", "18分钟", "22分钟"),
    ("效益指标", "社会效益", "成功避让地质灾害", "—", "3起", "2起"),
    ("效益指标", "社会效益", "转移避险群众", "—", "426人", "318人"),
]
for r, row in enumerate(ind, 19):
    for c, v in enumerate(row, 2):
        cell = ws.cell(r, c, v)
        if v.startswith("="):  # "=100%" is the form's target as typed, a text cell, not a formula
            cell.data_type = "s"
ws.merge_cells("B19:B27")
ws.merge_cells("B28:B29")
for col, w in zip("ABCDEFG", (12, 24, 14, 22, 14, 14, 12)):
    ws.column_dimensions[col].width = w
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
