"""Writes sources/自评表.xlsx: 临沂市林业有害生物防治检疫站 2023 年美国白蛾防控项目支出绩效自评表 (openpyxl)."""

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
put(["项目名称", "美国白蛾防控项目", None, None, "主管部门", "临沂市自然资源和规划局", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["实施单位", "临沂市林业有害生物防治检疫站", None, None, "项目负责人", "站长", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 520.00, 556.00, 541.38, 10, 0.9737, 9.74], "A{r}:B{r}")
ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
put(["其中：市级财政资金", None, 400.00, 400.00, 392.46, "—", "—", "—"], "A{r}:B{r}")
put(["省级林业改革发展资金", None, 120.00, 156.00, 148.92, "—", "—", "—"], "A{r}:B{r}")
for r in range(ws.max_row - 2, ws.max_row + 1):
    for c in (3, 4, 5):
        ws.cell(row=r, column=c).number_format = "0.00"
put(["支出明细", None, "支出内容", None, None, "全年执行数", None, None], "C{r}:E{r}", "F{r}:H{r}")
first = ws.max_row
for name, v in [("飞机防治作业", 214.60), ("地面防治药剂采购", 126.85), ("疫情监测调查", 78.40),
                ("检疫执法", 46.72), ("防控技术培训", 28.36), ("应急防控物资储备", 46.45)]:
    put([None, None, name, None, None, v, None, None], "C{r}:E{r}", "F{r}:H{r}")
    ws.cell(row=ws.max_row, column=6).number_format = "0.00"
ws.merge_cells(f"A{first}:B{ws.max_row}")
put(["合计", None, None, None, None, 541.38, None, None], "A{r}:E{r}", "F{r}:H{r}")
ws.cell(row=ws.max_row, column=6).number_format = "0.00"
put(["年度总体目标", "完成美国白蛾防治面积85万亩以上，飞机防治作业不少于300架次，设置监测点不少于420个，产地检疫苗木不少于1800批次，"
     "6月20日前完成第一代幼虫防治，疫情24小时内上报，成灾率控制在0.5%以内，防治作业安全事故为0，林农满意度不低于90%。",
     None, None, None, None, None, None], "B{r}:H{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "美国白蛾防治面积", "≥85万亩", "92.4万亩", "88.6万亩", 10, 10),
    ("产出指标", "数量指标", "飞机防治作业", "≥300架次", "326架次", "298架次", 10, 10),
    ("产出指标", "数量指标", "设置监测点", "≥420个", "436个", "420个", 5, 5),
    ("产出指标", "数量指标", "产地检疫苗木", "≥1800批次", "1962批次", "1845批次", 5, 5),
    ("产出指标", "质量指标", "无公害防治率", "≧90%", "93.5%", "91.2%", 10, 10),
    ("产出指标", "质量指标", "防治作业安全事故", "=0", "0起", "0起", 5, 5),
    ("产出指标", "时效指标", "第一代幼虫防治完成时间", "6月20日前", "6月14日", "6月18日", 5, 5),
    ("产出指标", "时效指标", "疫情报告时限", "≤24小时", "12小时", "24小时", 5, 5),
    ("效益指标", "生态效益指标", "美国白蛾成灾率", "≤0.5%", "0.21%", "0.28%", 15, 15),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "94.8%", "93.1%", 15, 15),
]
for row in ind:
    put(list(row))
    target = ws.cell(row=ws.max_row, column=4)
    if target.value.startswith("="):  # "=0" is a target, not a formula: keep it text
        target.data_type = "s"
ws.merge_cells(f"A{first}:A{first + 7}")
ws.merge_cells(f"B{first}:B{first + 3}")
ws.merge_cells(f"B{first + 4}:B{first + 5}")
ws.merge_cells(f"B{first + 6}:B{first + 7}")
put(["总分", None, None, None, None, None, 100, 99.74], "A{r}:F{r}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
