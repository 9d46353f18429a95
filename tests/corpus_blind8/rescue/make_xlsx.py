"""Writes sources/自评表.xlsx: 徐州市救助管理站 2024 年流浪乞讨人员救助服务项目支出绩效自评表 (openpyxl)."""

from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).parent / "sources" / "自评表.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "自评表"


def put(row: list, *merges: str) -> None:
    ws.append(row)
    for m in merges:
        ws.merge_cells(m.format(r=ws.max_row))


put(["项目支出绩效自评表"], "A{r}:H{r}")
put(["（2024年度）", None, None, None, None, None, "单位：万元", None], "A{r}:F{r}", "G{r}:H{r}")
put(["项目名称", "流浪乞讨人员救助服务项目", None, None, "主管部门", "徐州市民政局", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["实施单位", "徐州市救助管理站", None, None, "项目负责人", "站长", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 420.00, 396.80, 381.46, 10, "96.13%", 9.61], "A{r}:B{r}")
put(["其中：市级财政资金", None, 360.00, 336.80, 324.18, "—", "—", "—"], "A{r}:B{r}")
put(["中央财政困难群众救助补助资金", None, 60.00, 60.00, 57.28, "—", "—", "—"], "A{r}:B{r}")
put(["支出明细", None, "支出内容", None, None, "全年执行数", None, None], "C{r}:E{r}", "F{r}:H{r}")
first = ws.max_row + 1
for name, v in [("受助人员生活救助（食宿）", 142.36), ("医疗救治", 86.50), ("返乡护送及交通", 58.24),
                ("街面巡查与救助车辆运行", 52.86), ("寻亲服务及DNA比对", 24.30), ("托养机构委托照料", 17.20)]:
    put([None, None, name, None, None, v, None, None], "C{r}:E{r}", "F{r}:H{r}")
ws.merge_cells(f"A{first - 1}:B{ws.max_row}")
put(["合计", None, None, None, None, 381.46, None, None], "A{r}:E{r}", "F{r}:H{r}")
put(["年度总体目标", "救助流浪乞讨人员不少于2000人次，街面巡查不少于1200次，护送返乡不少于800人次，寻亲成功不少于60人，"
     "接到求助后30分钟内到达现场，受助人员安全责任事故为0，救助对象满意度不低于90%。", None, None, None, None, None, None],
    "B{r}:H{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "救助流浪乞讨人员", "≥2000人次", "2368人次", "2145人次", 10, 10),
    ("产出指标", "数量指标", "街面巡查", "≥1200次", "1326次", "1208次", 5, 5),
    ("产出指标", "数量指标", "护送返乡", "≥800人次", "874人次", "812人次", 10, 10),
    ("产出指标", "数量指标", "寻亲成功", "≥60人", "73人", "58人", 5, 5),
    ("产出指标", "质量指标", "救助对象身份甄别率", "≧95%", "97.6%", "96.2%", 10, 10),
    ("产出指标", "质量指标", "受助人员安全责任事故", "=0", "0起", "0起", 5, 5),
    ("产出指标", "时效指标", "接到求助后到达现场时限", "≤30分钟", "22分钟", "26分钟", 5, 5),
    ("产出指标", "时效指标", "受助人员站内平均滞留时间", "≤10天", "7.4天", "8.1天", 5, 5),
    ("产出指标", "时效指标", "长期滞留人员寻亲比对完成时间", "10月底前", "10月18日", "—", 5, 5),
    ("效益指标", "社会效益指标", "受助人员返乡后再次流浪率", "≤5%", "3.8%", "4.6%", 15, 15),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95.2%", "93.6%", 15, 15),
]
for row in ind:
    put(list(row))
    target = ws.cell(row=ws.max_row, column=4)
    if target.value.startswith("="):  # "=0" is a target, not a formula: keep it text
        target.data_type = "s"
ws.merge_cells(f"A{first}:A{first + 8}")
ws.merge_cells(f"B{first}:B{first + 3}")
ws.merge_cells(f"B{first + 4}:B{first + 5}")
ws.merge_cells(f"B{first + 6}:B{first + 8}")
put(["总分", None, None, None, None, None, 100, 99.61], "A{r}:F{r}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
