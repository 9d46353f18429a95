"""Builds sources/项目支出绩效自评表.xlsx (openpyxl, run from a scratch venv; not a project dependency)."""
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "自评表"
rows = [
    ["项目支出绩效自评表（2024年度）"],
    ["项目名称", "高速公路路政巡查与养护监管项目"],
    ["主管部门", "亳州市交通运输局", None, None, "实施单位", "亳州市高速公路管理处"],
    ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", None, "624.00", "598.50", "583.27", 10, "0.9746", "9.75"],
    ["其中", "省级交通运输专项", "420.00", "394.50", "381.06"],
    [None, "市级财政配套", "204.00", "204.00", "202.21"],
    ["说明", "省级交通运输专项因年中统筹压减，全年预算相应调整；市级财政配套未调整。"],
    ["支出明细（万元）", "路政巡查车辆运行", None, None, "146.38"],
    [None, "清障救援协作", None, None, "132.60"],
    [None, "桥涵隧道检测", None, None, "118.45"],
    [None, "路产损失勘验", None, None, "95.24"],
    [None, "信息化监控运维", None, None, "90.60"],
    [None, "合计", None, None, "583.27"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "路政巡查里程（万公里）", "≥18", "18.92", "19.64", 10, 10],
    [None, None, "处置清障事件（起）", "≥1000", "1153", "1286", 10, 10],
    [None, None, "桥涵检测（座）", "≥260", "262", "274", 10, 10],
    [None, "质量指标", "路产损失追偿到位率", "≥95%", "0.961", "0.978", 10, 10],
    [None, "时效指标", "清障到场时间", "≤30分钟", None, "22分钟", 10, 10],
    [None, None, "桥涵检测完成时间", "10月31日前", None, "10月16日", 10, 10],
    ["满意度指标", "服务对象满意度", "司乘人员满意度", "≥90%", None, "0.935", 10, 10],
]
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row, start=1):
        if value is None:
            continue
        cell = ws.cell(row=r, column=c)
        if isinstance(value, str) and value.replace(".", "", 1).isdigit():
            cell.value = float(Decimal(value))  # a stored number, shown through its number format
            if r in (16, 17, 18):
                cell.number_format = "0.00" if "." in value else "#,##0"
            elif r in (19, 22):
                cell.number_format = "0.0%"
            elif r == 5 and c == 7:
                cell.number_format = "0.00%"
            else:
                cell.number_format = "0.00"
        else:
            cell.value = value
        cell.alignment = Alignment(wrap_text=True, vertical="center")
ws.merge_cells("A1:H1")
ws.merge_cells("B2:H2")
ws.merge_cells("B3:D3")
ws.merge_cells("F3:H3")
ws.merge_cells("A4:B4")
ws.merge_cells("A5:B5")
ws.merge_cells("A6:A7")
ws.merge_cells("B8:H8")
ws.merge_cells("A9:A14")
ws.merge_cells("A16:A21")
ws.merge_cells("B16:B18")
ws.merge_cells("B20:B21")
for col, width in zip("ABCDEFGH", (16, 20, 24, 14, 14, 14, 10, 10)):
    ws.column_dimensions[col].width = width
wb.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.xlsx")
