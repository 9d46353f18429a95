"""Writes sources/自评表.xlsx: 中山市中心血站 2024 年无偿献血与血液采供项目支出绩效自评表 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "自评表"
thin = Side(style="thin")
rows: list[list] = []


def put(row: list, merge: str | None = None) -> None:
    ws.append(row)
    if merge:
        ws.merge_cells(merge.format(r=ws.max_row))


put(["项目支出绩效自评表（2024年度）"], "A{r}:H{r}")
put(["项目名称", "无偿献血与血液采供项目", None, None, "主管部门", "中山市卫生健康局", None, None], "B{r}:D{r}")
put(["实施单位", "中山市中心血站", None, None, "单位：万元", None, None, None], "B{r}:D{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 860.00, 912.50, 887.36, 10, "97.24%", 9.72], "A{r}:B{r}")
put(["其中：市级财政资金", None, 780.00, 812.50, 796.42, "—", "98.02%", "—"], "A{r}:B{r}")
put(["      省级补助资金", None, 80.00, 100.00, 90.94, "—", "90.94%", "—"], "A{r}:B{r}")
put(["支出明细", None, "支出内容", None, "全年执行数", None, None, None], "A{r}:B{r}")
for name, v in [("血液采集耗材", 412.80), ("血液检测试剂", 286.45), ("献血宣传招募", 95.31),
                ("献血者关爱（纪念品、意外保险）", 92.80)]:
    put([None, None, name, None, v, None, None, None], "C{r}:D{r}")
put(["合计", None, None, None, 887.36, None, None, None], "A{r}:D{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "上年实际"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "无偿献血人次", "≥42000人次", "45218人次", 10, 10, "41560人次"),
    ("产出指标", "数量指标", "采血量", "≥75000单位", "78436单位", 10, 10, "72980单位"),
    ("产出指标", "数量指标", "新增献血屋", "≥2个", "3个", 5, 5, "—"),
    ("产出指标", "质量指标", "血液检测合格率", "≧98%", "98.74%", 10, 10, "98.51%"),
    ("产出指标", "质量指标", "血液报废率", "≤2%", "1.46%", 5, 5, "1.82%"),
    ("产出指标", "质量指标", "严重献血不良反应发生率", "万分之一以下", "0.44/万人次", 5, 5, "—"),
    ("产出指标", "时效指标", "血液检测结果出具时限", "≤24小时", "18小时", 5, 5, "—"),
    ("产出指标", "时效指标", "新增献血屋投入使用时间", "9月前", "8月", 5, 5, "—"),
    ("效益指标", "社会效益指标", "临床用血满足率", "=100%", "100%", 15, 15, "100%"),
    ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥95%", "97.3%", 10, 10, "96.8%"),
]
for row in ind:
    put(list(row))
ws.merge_cells(f"A{first}:A{first + 7}")
ws.merge_cells(f"B{first}:B{first + 2}")
ws.merge_cells(f"B{first + 3}:B{first + 5}")
ws.merge_cells(f"B{first + 6}:B{first + 7}")
put(["总分", None, None, None, None, 100, 99.72, None], "A{r}:E{r}")
for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=8):
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if isinstance(c.value, float):
            c.number_format = "0.00"
        if isinstance(c.value, str) and c.value.startswith("="):
            c.data_type = "s"  # a target typed as text ("=100%"), not a formula
ws["A1"].font = Font(bold=True, size=14)
for col, w in zip("ABCDEFGH", (16, 14, 26, 14, 14, 8, 10, 12)):
    ws.column_dimensions[col].width = w
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
