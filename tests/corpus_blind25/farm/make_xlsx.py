"""Builds sources/项目支出绩效自评表.xlsx (run with openpyxl from a scratch venv; not a project dependency)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:H1")
ws["A1"] = "项目支出绩效自评表（2024年度）"
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:B2"); ws["A2"] = "项目名称"
ws.merge_cells("C2:H2"); ws["C2"] = "农垦国有农场高标准农田建设与节水灌溉项目"
ws.merge_cells("A3:B3"); ws["A3"] = "主管部门"
ws.merge_cells("C3:D3"); ws["C3"] = "武威市农业农村局"
ws["E3"] = "实施单位"
ws.merge_cells("F3:H3"); ws["F3"] = "武威市农垦管理局"
ws.merge_cells("A4:H4"); ws["A4"] = "项目资金（单位：万元）"
ws.append(["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
rows = [("年度资金总额", 1260.00, 1348.50, 1296.72, 10, 0.9616, 9.62),
        ("其中：中央财政资金", 900.00, 900.00, 884.36, None, None, None),
        ("省级财政资金", 360.00, 448.50, 412.36, None, None, None)]
for i, (name, a, b, c, f, g, h) in enumerate(rows, start=6):
    ws.merge_cells(f"A{i}:B{i}")
    ws[f"A{i}"] = name
    for col, v in zip("CDEFGH", (a, b, c, f, g, h)):
        if v is not None:
            ws[f"{col}{i}"] = v
    for col in "CDE":
        ws[f"{col}{i}"].number_format = "#,##0.00"
    ws[f"G{i}"].number_format = "0.00%"
ws.merge_cells("A9:H9"); ws["A9"] = "省级财政资金年中追加88.50万元，用于节水灌溉管网建设。"
ws.merge_cells("A10:H10"); ws["A10"] = "支出明细（全年执行数，万元）"
items = [("高标准农田建设", 612.48), ("节水灌溉管网", 386.25), ("土壤改良", 148.64),
         ("农机作业补助", 96.85), ("监理与验收", 52.50), ("合计", 1296.72)]
for i, (name, v) in enumerate(items, start=11):
    ws.merge_cells(f"A{i}:D{i}")
    ws[f"A{i}"] = name
    ws[f"E{i}"] = v
    ws[f"E{i}"].number_format = "0.00"
ws.append([])
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
hdr = ws.max_row
ind = [("产出指标", "数量指标", "新建高标准农田（万亩）", "≥2.0", 2.36, 1.85, 15, 15),
       ("", "", "节水灌溉面积（万亩）", "≥1.5", 1.72, None, 10, 10),
       ("", "", "土壤改良（亩）", "≥8000", 8640, None, 10, 10),
       ("", "质量指标", "工程验收合格率", "≥95%", 0.986, None, 10, 10),
       ("", "时效指标", "项目完工时间", "11月30日前", "11月8日", None, 5, 5),
       ("", "", "竣工验收报告出具时限（个工作日）", "≤15", 11, None, 5, 5),
       ("效益指标", "生态效益", "亩均节水（立方米）", "≥60", 72, 64, 20, 20),
       ("满意度指标", "服务对象满意度", "农场职工满意度", "≥90%", 0.943, None, 15, 15)]
for k, row in enumerate(ind, start=hdr + 1):
    ws.append(list(row))
    if isinstance(row[4], float) and row[4] < 1:
        ws[f"E{k}"].number_format = "0.0%"
    elif isinstance(row[4], int):
        ws[f"E{k}"].number_format = "#,##0"
ws.merge_cells(f"A{hdr + 1}:A{hdr + 6}")
ws.merge_cells(f"B{hdr + 1}:B{hdr + 3}")
ws.merge_cells(f"B{hdr + 5}:B{hdr + 6}")
for col, w in zip("ABCDEFGH", (14, 14, 30, 14, 14, 12, 8, 8)):
    ws.column_dimensions[col].width = w
wb.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.xlsx")
