"""Builds sources/项目支出绩效自评表.xlsx (openpyxl, run from a scratch venv): 白银市盲人按摩指导中心's project form with merged cells and number formats (rates stored as fractions)."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment
FUND = [['资金来源', '年初预算数', '全年预算数', '全年执行数', '预算调整率', '执行率'], ['合计', 185.0, 173.4, 166.19, -0.062703, 0.95842], ['省级残疾人事业专项资金', 120.0, 108.4, 104.26, -0.096667, 0.961808], ['市级财政资金', 65.0, 65.0, 61.93, 0.0, 0.952769]]
ITEMS = [['按摩技能培训', 58.62], ['就业岗位补贴', 47.3], ['按摩机构扶持', 36.85], ['医疗按摩资格考试辅导', 14.07], ['盲人读物与辅具', 9.35], ['合计', 166.19]]
IND = [['产出指标', '数量指标', '培训盲人按摩人员', '≥300人次', '342人次', '318人次'], ['产出指标', '数量指标', '扶持按摩机构', '≥40家', '46家', '41家'], ['产出指标', '数量指标', '新增就业', '≥80人', '87人', '92人'], ['产出指标', '质量指标', '医疗按摩资格考试通过率', '≥60%', '68.5%', '63.2%'], ['产出指标', '时效指标', '岗位补贴发放时限', '≤15个工作日', '9个工作日', ''], ['产出指标', '时效指标', '辅具发放完成时间', '9月30日前', '8月22日', ''], ['满意度指标', '服务对象满意度指标', '盲人按摩从业人员满意度', '≥90%', '94.8%', '93.1%']]
wb = Workbook()
ws = wb.active
ws.title = "自评表"
ws["A1"] = "项目支出绩效自评表（2023年度）"
ws.merge_cells("A1:F1")
ws["A2"], ws["B2"] = "项目名称", "2023年盲人医疗按摩培训与就业扶持项目"
ws.merge_cells("B2:F2")
ws["A3"], ws["B3"] = "实施单位", "白银市盲人按摩指导中心"
ws.merge_cells("B3:F3")
ws["A4"], ws["B4"] = "主管部门", "白银市残疾人联合会"
ws.merge_cells("B4:F4")
ws["A5"] = "项目资金（万元）"
ws.merge_cells("A5:F5")
r = 6
for row in FUND:
    for j, v in enumerate(row):
        c = ws.cell(r, j + 1, v)
        if r > 6 and j in (1, 2, 3):
            c.number_format = "0.00"
        if r > 6 and j in (4, 5):
            c.number_format = "0.00%"
    r += 1
ws.cell(r, 1, "备注")
ws.cell(r, 2, "省级残疾人事业专项资金年中按省残联统一安排调减，市级财政资金未调整。")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
r += 2
ws.cell(r, 1, "支出明细")
ws.cell(r, 2, "金额（万元）")
r += 1
for n, x in ITEMS:
    ws.cell(r, 1, n)
    ws.cell(r, 2, x).number_format = "0.00"
    r += 1
r += 1
for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"]):
    ws.cell(r, j + 1, h)
r += 1
start = r
for row in IND:
    for j, v in enumerate(row):
        ws.cell(r, j + 1, v)
    r += 1
# the form merges the 一级 and 二级 cells that repeat
for col in (1, 2):
    i = start
    while i < r:
        k = i
        while k + 1 < r and ws.cell(k + 1, col).value == ws.cell(i, col).value:
            k += 1
        if k > i:
            ws.merge_cells(start_row=i, start_column=col, end_row=k, end_column=col)
            ws.cell(i, col).alignment = Alignment(vertical="center")
        i = k + 1
for col, w in zip("ABCDEF", (26, 14, 26, 14, 14, 12)):
    ws.column_dimensions[col].width = w
out = Path(__file__).parent / "sources" / "项目支出绩效自评表.xlsx"
out.parent.mkdir(exist_ok=True)
wb.save(out)
