"""Writes sources/项目支出绩效自评表.xlsx (run with a venv that has openpyxl; not a project dependency)."""
from decimal import Decimal as D
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "自评表"
center = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(cell, value, fmt=None):
    ws[cell] = float(value) if isinstance(value, D) else value
    ws[cell].alignment = center
    if fmt:
        ws[cell].number_format = fmt


ws.merge_cells("A1:H1")
put("A1", "项目支出绩效自评表（2024年度）")
ws.merge_cells("A2:B2"); put("A2", "项目名称")
ws.merge_cells("C2:H2"); put("C2", "澳洲坚果提质增效技术推广项目")
ws.merge_cells("A3:B3"); put("A3", "主管部门")
ws.merge_cells("C3:D3"); put("C3", "芒市农业农村局")
put("E3", "实施单位")
ws.merge_cells("F3:H3"); put("F3", "芒市澳洲坚果技术推广站")
# funds block
ws.merge_cells("A4:A7"); put("A4", "项目资金（万元）")
put("B4", ""); put("C4", "年初预算数"); put("D4", "全年预算数"); put("E4", "全年执行数")
put("F4", "预算调整率"); put("G4", "执行率"); put("H4", "得分")
rows = [
    ("年度资金总额", D("186.00"), D("171.50"), D("163.27"), 10, D("9.52")),
    ("其中：省级财政资金", D("120.00"), D("102.50"), D("97.85"), None, None),
    ("市级财政资金", D("66.00"), D("69.00"), D("65.42"), None, None),
]
for i, (name, start, adj, done, _score_max, score) in enumerate(rows, start=5):
    put(f"B{i}", name)
    put(f"C{i}", start, "0.00"); put(f"D{i}", adj, "0.00"); put(f"E{i}", done, "0.00")
    put(f"F{i}", ((adj - start) / start).quantize(D("0.0001")), "0.00%")
    if score is not None:
        put(f"G{i}", (done / adj).quantize(D("0.0001")), "0.00%")
        put(f"H{i}", score, "0.00")
# spending detail
ws.merge_cells("A8:A14"); put("A8", "支出明细（万元）")
ws.merge_cells("B8:E8"); put("B8", "支出内容"); ws.merge_cells("F8:H8"); put("F8", "金额")
items = [("良种嫁接苗采购", D("58.40")), ("低产园改造补助", D("46.25")), ("种植户技术培训", D("18.62")),
         ("病虫害绿色防控物资", D("27.30")), ("检测与示范园管护", D("12.70"))]
for i, (name, amount) in enumerate(items, start=9):
    ws.merge_cells(f"B{i}:E{i}"); put(f"B{i}", name)
    ws.merge_cells(f"F{i}:H{i}"); put(f"F{i}", amount, "0.00")
ws.merge_cells("B14:E14"); put("B14", "合计")
ws.merge_cells("F14:H14"); put("F14", sum(a for _, a in items), "0.00")
# indicators
put("A15", "一级指标"); put("B15", "二级指标"); put("C15", "三级指标"); put("D15", "年度指标值")
put("E15", "实际完成值"); put("F15", "上年实际"); put("G15", "分值"); put("H15", "得分")
ind = [
    ("产出指标", "数量指标", "低产园改造面积（万亩）", "≥1.2", D("1.35"), D("1.08"), 10, 10, "0.00"),
    ("产出指标", "数量指标", "发放良种嫁接苗（万株）", "≥15", D("16.8"), D("13.6"), 10, 10, "0.0"),
    ("产出指标", "数量指标", "种植户技术培训（人次）", "≥3000", 3420, 3615, 10, 10, "0"),
    ("产出指标", "质量指标", "嫁接苗成活率", "≥90%", D("0.936"), D("0.912"), 10, 10, "0.0%"),
    ("产出指标", "时效指标", "苗木发放完成时间", "4月20日前", "4月12日", "4月28日", 5, 5, None),
    ("产出指标", "时效指标", "病虫害发现至处置时长", "≤3个工作日", "2个工作日", "3个工作日", 5, 5, None),
    ("效益指标", "经济效益指标", "示范户户均增收（元）", "≥1500", 1860, 1540, 15, 15, "0"),
    ("效益指标", "可持续影响指标", "青果亩产变化率", "≥5%", D("0.062"), D("-0.018"), 10, 10, "0.0%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", D("0.953"), D("0.938"), 10, 10, "0.0%"),
]
ws.merge_cells("A16:A21"); ws.merge_cells("B16:B18"); ws.merge_cells("B20:B21")
ws.merge_cells("A22:A23")
for i, (l1, l2, l3, target, actual, last, smax, score, fmt) in enumerate(ind, start=16):
    if ws[f"A{i}"].coordinate in ("A16", "A22", "A24") or i in (16, 22, 24):
        put(f"A{i}", l1)
    if i in (16, 19, 20, 22, 23, 24):
        put(f"B{i}", l2)
    put(f"C{i}", l3); put(f"D{i}", target)
    put(f"E{i}", actual, fmt); put(f"F{i}", last, fmt)
    put(f"G{i}", smax); put(f"H{i}", score)
ws.merge_cells("A25:B25"); put("A25", "总分")
ws.merge_cells("C25:H25"); put("C25", 94.52, "0.00")
for col, width in zip("ABCDEFGH", (12, 18, 24, 12, 12, 12, 8, 8)):
    ws.column_dimensions[col].width = width
wb.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.xlsx")
