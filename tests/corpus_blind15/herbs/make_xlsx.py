"""Builds sources/自评表.xlsx (the project form as Excel: merged cells, number formats).

Run with openpyxl from a scratch venv: python make_xlsx.py
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "项目支出绩效自评表"
ws.merge_cells("A1:H1")
ws["A1"] = "项目支出绩效自评表（2025年度）"
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["项目名称", "道地中药材种植基地建设与品质提升项目", None, None, "实施单位", "通化市中药材产业发展中心", None, None])
ws.merge_cells("B2:D2")
ws.merge_cells("F2:H2")
ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "备注", "单位：万元", None])
ws.merge_cells("A3:B3")
funds = [
    ("年度资金总额", 240, 268, 259.37),
    ("其中：省级中药材产业发展资金", 160, 160, 156.84),
    ("市级财政资金", 80, 108, 102.53),
]
for name, a, b, c in funds:
    r = ws.max_row + 1
    ws.cell(r, 1, name)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for col, v in ((3, a), (4, b), (5, c)):
        ws.cell(r, col, v).number_format = "0.00"
    ws.cell(r, 6, "市级追加28.00万元" if name == "市级财政资金" else None)

ws.append([None])
ws.append(["支出明细", "支出内容", None, "预算数", "执行数", None, None, None])
start = ws.max_row
items = [
    ("道地药材种苗繁育", 62, 60.18),
    ("标准化种植基地建设", 84, 82.35),
    ("人参林下种植技术推广", 38, 36.92),
    ("药材质量检测", 29, 27.44),
    ("产地初加工设施补助", 35, 33.15),
    ("品牌宣传与产销对接", 20, 19.33),
]
for name, b, e in items:
    r = ws.max_row + 1
    ws.cell(r, 2, name)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 4, b).number_format = "0.00"
    ws.cell(r, 5, e).number_format = "0.00"
r = ws.max_row + 1
ws.cell(r, 2, "合计")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 4, 268).number_format = "0.00"
ws.cell(r, 5, 259.37).number_format = "0.00"
ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)

ws.append([None])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
head = ws.max_row
inds = [
    ("产出指标", "数量指标", "建设标准化种植基地（万亩）", "≧1.8", 2.06, 1.72, 10, 10),
    ("产出指标", "数量指标", "繁育道地种苗（万株）", "≧2400", 2650, 2380, 10, 10),
    ("产出指标", "数量指标", "技术培训（人次）", "≧1200", 1385, 1190, 10, 10),
    ("产出指标", "数量指标", "质量检测（批次）", "≧600", 684, 612, 10, 10),
    ("产出指标", "数量指标", "补助产地初加工设施（处）", "≧20", 23, None, 5, 5),
    ("产出指标", "质量指标", "检测合格率", "≧95%", 0.974, None, 10, 10),
    ("产出指标", "时效指标", "春季种苗发放", "4月30日前", "4月18日", None, 5, 5),
    ("产出指标", "时效指标", "检测报告出具时限", "≤7个工作日", "5个工作日", None, 5, 5),
    ("效益指标", "经济效益指标", "带动种植户户均增收（元）", "≧2000", 2360, 2110, 10, 10),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≧92%", 0.956, None, 10, 9),
]
for row in inds:
    ws.append(list(row))
    r = ws.max_row
    if isinstance(row[4], float) and row[4] < 1:
        ws.cell(r, 5).number_format = "0.0%"
    elif isinstance(row[4], float):
        ws.cell(r, 5).number_format = "0.00"
        ws.cell(r, 6).number_format = "0.00"
first = head + 1
ws.merge_cells(start_row=first, start_column=1, end_row=first + 7, end_column=1)
ws.merge_cells(start_row=first, start_column=2, end_row=first + 4, end_column=2)
ws.merge_cells(start_row=first + 6, start_column=2, end_row=first + 7, end_column=2)
for col, w in zip("ABCDEFGH", (16, 16, 28, 14, 14, 12, 16, 8)):
    ws.column_dimensions[col].width = w
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
