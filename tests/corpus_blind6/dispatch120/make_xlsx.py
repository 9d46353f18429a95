"""Writes sources/自评表.xlsx: 江门市120急救指挥中心 2024 年院前急救指挥调度项目支出绩效自评表 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "项目自评表"
thin = Side(style="thin")


def put(row: list, merge: str | None = None) -> None:
    ws.append(row)
    if merge:
        ws.merge_cells(merge.format(r=ws.max_row))


put(["项目支出绩效自评表（2024年度）"], "A{r}:H{r}")
put(["项目名称", "院前急救指挥调度项目", None, None, "主管部门", "江门市卫生健康局", None, None], "B{r}:D{r}")
put(["实施单位", "江门市120急救指挥中心", None, None, "单位：万元", None, None, None], "B{r}:D{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 560.00, 598.40, 581.73, 10, "97.21%", 9.72], "A{r}:B{r}")
put(["其中：市级财政资金", None, 520.00, 548.40, 535.15, "—", "—", "—"], "A{r}:B{r}")
put(["      上级补助资金", None, 40.00, 50.00, 46.58, "—", "—", "—"], "A{r}:B{r}")
put(["支出明细", None, "支出内容", None, "全年执行数", None, None, None], "C{r}:D{r}")
first_detail = ws.max_row + 1
for name, v in [("调度系统运维", 236.50), ("急救车辆运行补助", 198.40), ("通信线路租赁", 84.93),
                ("调度员培训", 61.90)]:
    put([None, None, name, None, v, None, None, None], "C{r}:D{r}")
ws.merge_cells(f"A{first_detail - 1}:B{ws.max_row}")
put(["合计", None, None, None, 581.73, None, None, None], "A{r}:D{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "受理呼救电话", "≥180000次", "196452次", "183210次", 10, 10),
    ("产出指标", "数量指标", "调度派车", "≥60000车次", "68735车次", "63120车次", 10, 10),
    ("产出指标", "数量指标", "网络医院数量", "≥45家", "48家", "45家", 5, 5),
    ("产出指标", "数量指标", "调度员培训", "≥120人次", "146人次", "—", 5, 5),
    ("产出指标", "质量指标", "3秒内接听率", "≧98%", "99.12%", "98.65%", 10, 10),
    ("产出指标", "质量指标", "调度差错率", "≤0.5%", "0.21%", "0.34%", 5, 5),
    ("产出指标", "质量指标", "重大调度责任事故", "=0", "0起", "0起", 5, 5),
    ("产出指标", "时效指标", "平均派车时间", "≤60秒", "48秒", "55秒", 10, 10),
    ("产出指标", "时效指标", "调度系统升级完成时间", "10月底前", "9月", "—", 5, 5),
    ("效益指标", "社会效益指标", "城区平均急救反应时间", "≤12分钟", "10.6分钟", "11.4分钟", 15, 15),
    ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "95.6%", "94.1%", 10, 10),
]
for row in ind:
    put(list(row))
    target = ws.cell(row=ws.max_row, column=4)
    if target.value.startswith("="):  # "=0" is a target, not a formula: keep it text
        target.data_type = "s"
ws.merge_cells(f"A{first}:A{first + 8}")
ws.merge_cells(f"B{first}:B{first + 3}")
ws.merge_cells(f"B{first + 4}:B{first + 6}")
ws.merge_cells(f"B{first + 7}:B{first + 8}")
put(["总分", None, None, None, None, None, 100, 99.72], "A{r}:F{r}")
for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=8):
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if isinstance(c.value, float):
            c.number_format = "0.00"
for col, w in zip("ABCDEFGH", (14, 14, 22, 14, 14, 12, 8, 8)):
    ws.column_dimensions[col].width = w
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
