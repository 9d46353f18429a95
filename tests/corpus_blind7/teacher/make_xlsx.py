"""Writes sources/自评表.xlsx: 佛山市南海区教师发展中心 2024 年中小学教师培训项目支出绩效自评表 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "项目自评表"


def put(row: list, merge: str | None = None) -> None:
    ws.append(row)
    if merge:
        ws.merge_cells(merge.format(r=ws.max_row))


put(["项目支出绩效自评表（2024年度）"], "A{r}:H{r}")
put(["项目名称", "2024年中小学教师培训项目", None, None, "主管部门", "佛山市南海区教育局", None, None], "B{r}:D{r}")
put(["实施单位", "佛山市南海区教师发展中心", None, None, "单位：万元", None, None, None], "B{r}:D{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 380.00, 412.60, 398.47, 10, "96.58%", 9.66], "A{r}:B{r}")
put(["其中：区级财政资金", None, 340.00, 362.60, 351.28, "—", "—", "—"], "A{r}:B{r}")
put(["      上级转移支付资金", None, 40.00, 50.00, 47.19, "—", "—", "—"], "A{r}:B{r}")
put(["支出明细", None, "支出内容", None, "全年执行数", None, None, None], "C{r}:D{r}")
first_detail = ws.max_row + 1
for name, v in [("专家授课费", 128.60), ("培训场地及资源开发", 96.35), ("送教下乡交通及食宿", 72.40),
                ("课例研发与录制", 58.92), ("教师研修平台运维", 42.20)]:
    put([None, None, name, None, v, None, None, None], "C{r}:D{r}")
ws.merge_cells(f"A{first_detail - 1}:B{ws.max_row}")
put(["合计", None, None, None, 398.47, None, None, None], "A{r}:D{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "培训教师人次", "≥12000人次", "13486人次", "12150人次", 10, 10),
    ("产出指标", "数量指标", "培训学时", "≥96000学时", "108720学时", "98400学时", 5, 5),
    ("产出指标", "数量指标", "开发精品课例", "≥150个", "168个", "142个", 5, 5),
    ("产出指标", "数量指标", "送教下乡", "≥40场次", "46场次", "38场次", 10, 10),
    ("产出指标", "质量指标", "培训合格率", "≧95%", "97.8%", "96.9%", 10, 10),
    ("产出指标", "质量指标", "课例入选省级资源库", "≥20个", "23个", "18个", 5, 5),
    ("产出指标", "质量指标", "安全责任事故", "=0", "0起", "0起", 5, 5),
    ("产出指标", "时效指标", "年度培训计划完成时间", "11月底前", "11月", "—", 5, 5),
    ("产出指标", "时效指标", "学员报名审核时限", "≤3个工作日", "2个工作日", "3个工作日", 5, 5),
    ("效益指标", "社会效益指标", "农村学校送教覆盖", "≥30所", "32所", "27所", 15, 15),
    ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "94.6%", "93.2%", 10, 10),
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
put(["总分", None, None, None, None, None, 100, 99.66], "A{r}:F{r}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
