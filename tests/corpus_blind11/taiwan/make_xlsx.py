"""Writes sources/自评表.xlsx: 漳州市人民政府台湾事务办公室 2023 年台胞台企服务与两岸交流项目支出绩效自评表 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "项目自评表"


def put(row: list, *merges: str) -> None:
    ws.append(row)
    for m in merges:
        ws.merge_cells(m.format(r=ws.max_row))


put(["项目支出绩效自评表"], "A{r}:H{r}")
put(["（2023年度）", None, None, None, None, None, "单位：万元", None], "A{r}:F{r}", "G{r}:H{r}")
put(["项目名称", "台胞台企服务与两岸交流项目", None, None, "主管部门", "漳州市人民政府", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["实施单位", "漳州市人民政府台湾事务办公室", None, None, "项目负责人", "副主任", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 346.00, 372.00, 361.58, 10, 0.9720, 9.72], "A{r}:B{r}")
ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
put(["其中：市级财政资金", None, 300.00, 300.00, 293.47, "—", "—", "—"], "A{r}:B{r}")
put(["省级对台交流专项资金", None, 46.00, 72.00, 68.11, "—", "—", "—"], "A{r}:B{r}")
for r in range(ws.max_row - 2, ws.max_row + 1):
    for c in (3, 4, 5):
        ws.cell(row=r, column=c).number_format = "0.00"
put(["支出明细", None, "支出内容", None, None, "全年执行数", None, None], "C{r}:E{r}", "F{r}:H{r}")
first = ws.max_row
for name, v in [("两岸交流活动组织", 98.46), ("台企服务与政策兑现", 76.32), ("台胞就业创业基地运营", 64.80),
                ("台胞权益保障", 38.25), ("对台宣传", 45.67), ("台胞接待", 38.08)]:
    put([None, None, name, None, None, v, None, None], "C{r}:E{r}", "F{r}:H{r}")
    ws.cell(row=ws.max_row, column=6).number_format = "0.00"
ws.merge_cells(f"A{first}:B{ws.max_row}")
put(["合计", None, None, None, None, 361.58, None, None], "A{r}:E{r}", "F{r}:H{r}")
ws.cell(row=ws.max_row, column=6).number_format = "0.00"
put(["年度总体目标", "举办两岸交流活动不少于40场，接待来漳台胞不少于8000人次，走访服务台企不少于300家次，新增台胞就业创业不少于150人，"
     "台胞投诉办结率100%，台企诉求办结率不低于95%，台胞投诉5个工作日内受理，6月30日前完成海峡论坛配套活动，台企满意度不低于90%。",
     None, None, None, None, None, None], "B{r}:H{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "举办两岸交流活动", "≥40场", "46场", "42场", 10, 10),
    ("产出指标", "数量指标", "接待来漳台胞", "≥8000人次", "9264人次", "8512人次", 10, 10),
    ("产出指标", "数量指标", "走访服务台企", "≥300家次", "336家次", "318家次", 5, 5),
    ("产出指标", "数量指标", "新增台胞就业创业", "≥150人", "172人", "146人", 5, 5),
    ("产出指标", "质量指标", "台胞投诉办结率", "=100%", "100%", "100%", 10, 10),
    ("产出指标", "质量指标", "台企诉求办结率", "≧95%", "98.2%", "96.7%", 10, 10),
    ("产出指标", "时效指标", "台胞投诉受理时限", "≤5个工作日", "3个工作日", "4个工作日", 5, 5),
    ("产出指标", "时效指标", "海峡论坛配套活动完成时间", "6月30日前", "6月16日", "6月22日", 5, 5),
    ("效益指标", "社会效益指标", "台胞就业创业基地入驻率", "≥85%", "91.6%", "88.4%", 15, 15),
    ("满意度指标", "服务对象满意度指标", "台企满意度", "≥90%", "95.3%", "94.1%", 15, 14.72),
]
for row in ind:
    put(list(row))
    target = ws.cell(row=ws.max_row, column=4)
    if target.value.startswith("="):  # "=100%" is a target, not a formula: keep it text
        target.data_type = "s"
ws.merge_cells(f"A{first}:A{first + 7}")
ws.merge_cells(f"B{first}:B{first + 3}")
ws.merge_cells(f"B{first + 4}:B{first + 5}")
ws.merge_cells(f"B{first + 6}:B{first + 7}")
put(["总分", None, None, None, None, None, 100, 99.44], "A{r}:F{r}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
