"""Writes sources/项目支出绩效自评表.xlsx (openpyxl, run from the author's scratch venv)."""
from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws.merge_cells("A1:H1")
ws["A1"] = "项目支出绩效自评表（2023年度）"
ws["A2"], ws["B2"] = "项目名称", "2023年香梨提质增效技术推广项目"
ws.merge_cells("B2:H2")
ws["A3"], ws["B3"], ws["E3"], ws["F3"] = "主管部门", "库尔勒市林业和草原局", "实施单位", "库尔勒市香梨研究所"
ws.merge_cells("B3:D3")
ws.merge_cells("F3:H3")
ws["A4"] = "项目资金（万元）"
ws.merge_cells("A4:A7")
for col, h in zip("BCDEFGH", ["资金来源", "年初预算数", "全年预算数", "全年执行数", "预算调整率", "执行率", "得分"]):
    ws[f"{col}4"] = h
data = [
    ("年度资金总额", 155.00, 141.00, 138.23, -0.090323, 0.980355, 9.80),
    ("自治区林果业提质增效资金", 110.00, 96.00, 94.37, -0.127273, None, None),
    ("市级财政资金", 45.00, 45.00, 43.86, 0, None, None),
]
for r, row in enumerate(data, start=5):
    for col, v in zip("BCDEFGH", row):
        c = ws[f"{col}{r}"]
        c.value = v
        if col in "CDEH":
            c.number_format = "0.00"
        if col in "FG":
            c.number_format = "0.00%"
ws["A8"] = "支出明细（万元）"
ws.merge_cells("A8:A13")
items = [("技术示范园建设", 46.28), ("病虫害绿色防控", 35.71), ("技术培训与指导", 24.16),
         ("品质检测", 18.53), ("品种资源圃维护", 13.55), ("合计", 138.23)]
for r, (k, v) in enumerate(items, start=8):
    ws[f"B{r}"] = k
    ws.merge_cells(f"B{r}:D{r}")
    ws[f"E{r}"] = v
    ws[f"E{r}"].number_format = "0.00"
ws["A14"] = "年度总体目标"
ws["B14"] = "建设香梨技术示范园不少于3000亩，培训果农不少于2000人次，推广提质增效技术不少于5项，检测样品不少于400份，优果率不低于80%。"
ws.merge_cells("B14:H14")
ws.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
inds = [
    ("产出指标", "数量指标", "建设技术示范园", "≥3000亩", "3260亩", "2980亩", 10, 10),
    ("", "", "培训果农", "≥2000人次", "2315人次", "2468人次", 10, 10),
    ("", "", "推广提质增效技术", "≥5项", "6项", "5项", 5, 5),
    ("", "", "检测样品", "≥400份", "452份", "418份", 5, 5),
    ("", "质量指标", "香梨优果率", "≥80%", 0.845, 0.812, 10, 10),
    ("", "时效指标", "病虫害监测报告出具时间", "≤3个工作日", "2个工作日", "3个工作日", 5, 5),
    ("", "", "花期授粉指导完成时间", "4月20日前", "4月12日", "", 5, 5),
    ("满意度指标", "服务对象满意度", "果农满意度", "≥90%", 0.953, 0.940, 10, 9.5),
]
for row in inds:
    ws.append(list(row))
for r in range(16, 24):
    for col in "EF":
        if isinstance(ws[f"{col}{r}"].value, float):
            ws[f"{col}{r}"].number_format = "0.0%"
ws.merge_cells("A16:A22")
ws.merge_cells("B16:B19")
ws.merge_cells("B21:B22")
ws["A16"], ws["B16"], ws["B21"] = "产出指标", "数量指标", "时效指标"
wb.save("sources/项目支出绩效自评表.xlsx")
