"""Builds sources/部门整体支出绩效自评表.xlsx (openpyxl, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "部门整体"
ws.merge_cells("A1:G1")
ws["A1"] = "部门整体支出绩效自评表（2025年度）"
ws.merge_cells("A2:C2")
ws["A2"] = "部门名称：安庆开放大学（安庆广播电视大学）"
ws.merge_cells("E2:G2")
ws["E2"] = "单位：万元"
head = ["项目", "", "年初预算", "调整预算", "实际支出", "预算完成率", "预算调整率"]
ws.append(head)
ws.merge_cells("A3:B3")
money = [
    ("部门资金合计", "", 2846.00, 2973.50, 2889.64),
    ("按支出类型", "基本支出", 1920.00, 2015.80, 1996.42),
    ("", "项目支出", 926.00, 957.70, 893.22),
    ("按资金来源", "财政拨款", 2186.00, 2336.00, 2281.37),
    ("", "事业收入", 660.00, 637.50, 608.27),
]
for name, sub, a, b, e in money:
    ws.append([name, sub, a, b, e])
    r = ws.max_row
    for c in "CDE":
        ws[f"{c}{r}"].number_format = "0.00"
ws["F4"] = 0.9718
ws["F4"].number_format = "0.00%"
ws["G4"] = 0.0448
ws["G4"].number_format = "0.00%"
ws.merge_cells("A4:B4")
ws.merge_cells("A5:A6")
ws.merge_cells("A7:A8")
ws.append([])
ws.append(["年度主要任务", "", "预算数", "执行数"])
tasks = [("开放教育教学运行", 412.60, 398.45), ("社区与老年教育", 186.30, 171.82),
         ("数字化学习资源建设", 214.80, 198.36), ("学历继续教育考务管理", 144.00, 124.59), ("合计", 957.70, 893.22)]
for n, b, e in tasks:
    ws.append([n, "", b, e])
    r = ws.max_row
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"C{r}"].number_format = "0.00"
    ws[f"D{r}"].number_format = "0.00"
ws.append([])
ws.append(["一级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"])
start = ws.max_row + 1
ind = [
    ("产出指标", "开放教育在籍学生", "≥11000人", "11846人", "11203人"),
    ("", "开放教育毕业生", "≥2600人", "2735人", "2918人"),
    ("", "社区与老年教育培训", "≥15000人次", "18420人次", "16350人次"),
    ("", "新建数字化课程", "≥40门", "46门", "38门"),
    ("", "课程考试合格率", "≧85%", "88.7%", "87.9%"),
    ("", "考试违纪处理时间", "≤3个工作日", "2个工作日", "3个工作日"),
    ("", "春季学籍注册完成时间", "4月30日前", "4月16日", "4月22日"),
    ("满意度指标", "学生满意度", "≧90%", "93.4%", "92.1%"),
]
for row in ind:
    ws.append(list(row))
ws.merge_cells(f"A{start}:A{start + 6}")
for col, w in zip("ABCDEFG", (16, 22, 14, 14, 14, 12, 12)):
    ws.column_dimensions[col].width = w
wb.save(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.xlsx")
