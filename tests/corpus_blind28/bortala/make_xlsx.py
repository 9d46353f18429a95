"""Builds sources/项目支出绩效自评表.xlsx (openpyxl, run from the author's scratch venv; not a project dependency).
Percents are stored as fractions with a "0.00%" number format, amounts with "0.00"."""
from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:G1")
ws["A1"] = "项目支出绩效自评表（2024年度）"
ws.merge_cells("A2:B2")
ws["A2"] = "项目名称"
ws.merge_cells("C2:G2")
ws["C2"] = "防雷安全检测与雷电监测预警项目"
ws.merge_cells("A3:B3")
ws["A3"] = "实施单位"
ws.merge_cells("C3:G3")
ws["C3"] = "博尔塔拉蒙古自治州雷电防护技术中心"

ws.append(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "预算调整率", "执行率"])
ws.merge_cells("A4:B4")
rows = [
    ("年度资金总额", 105.00, 99.60, 96.13, -0.0514, 0.9652),
    ("自治区气象专项资金", 60.00, 54.60, 52.18, -0.09, 0.9557),
    ("州级财政资金", 45.00, 45.00, 43.95, 0.0, 0.9767),
]
r = 5
for name, a, b, c, adj, rate in rows:
    ws.cell(r, 1, name)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for col, v in ((3, a), (4, b), (5, c)):
        ws.cell(r, col, v).number_format = "0.00"
    ws.cell(r, 6, adj).number_format = "0.00%"
    ws.cell(r, 7, rate).number_format = "0.00%"
    r += 1
ws.cell(r, 1, "备注")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
ws.cell(r, 2, "自治区气象专项资金按文件收回5.40万元。")
r += 2
ws.cell(r, 1, "支出明细")
ws.merge_cells(start_row=r, start_column=1, end_row=r + 5, end_column=1)
items = [("防雷装置检测", 31.42), ("雷电监测站运维", 24.86), ("预警信息发布", 12.35), ("雷击事故调查", 8.74),
         ("科普宣传", 18.76), ("合计", 96.13)]
for i, (n, v) in enumerate(items):
    ws.cell(r + i, 2, n)
    ws.merge_cells(start_row=r + i, start_column=2, end_row=r + i, end_column=4)
    ws.cell(r + i, 5, v).number_format = "0.00"
r += len(items) + 1
ws.append([])
hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"]
for j, h in enumerate(hdr, 1):
    ws.cell(r, j, h)
ind = [
    ("产出指标", "数量指标", "防雷装置检测", "≥1200处", "1356处", "1284处"),
    ("", "", "雷电监测站运行", "≥8个", "9个", "8个"),
    ("", "", "雷电预警信息发布", "≥150期", "162期", "171期"),
    ("", "", "防雷科普宣传", "≥30场", "34场", "28场"),
    ("", "质量指标", "防雷装置检测合格率", "≥95%", 0.974, 0.968),
    ("", "时效指标", "检测报告出具时间", "≤7个工作日", "4个工作日", "—"),
    ("", "", "年度定期检测完成时间", "6月30日前", "6月12日", "—"),
    ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%", 0.935, 0.921),
]
for i, row in enumerate(ind, 1):
    for j, v in enumerate(row, 1):
        c = ws.cell(r + i, j, v)
        if isinstance(v, float):
            c.number_format = "0.0%"
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 7, end_column=1)
ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 4, end_column=2)
ws.merge_cells(start_row=r + 6, start_column=2, end_row=r + 7, end_column=2)
wb.save("sources/项目支出绩效自评表.xlsx")
