"""Writes sources/自评表.xlsx: 玉溪市烟草专卖局 2024 年卷烟市场监管与打假打私项目支出绩效自评表 (openpyxl)."""

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
put(["（2024年度）", None, None, None, None, None, "单位：万元", None], "A{r}:F{r}", "G{r}:H{r}")
put(["项目名称", "卷烟市场监管与打假打私项目", None, None, "主管部门", "云南省烟草专卖局", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["实施单位", "玉溪市烟草专卖局", None, None, "项目负责人", "专卖监督管理科科长", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 420.00, 448.00, 431.26, 10, 0.9626, 9.63], "A{r}:B{r}")
ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
put(["其中：省局专项资金", None, 300.00, 328.00, 318.45, "—", "—", "—"], "A{r}:B{r}")
put(["市局自有资金", None, 120.00, 120.00, 112.81, "—", "—", "—"], "A{r}:B{r}")
for r in range(ws.max_row - 2, ws.max_row + 1):
    for c in (3, 4, 5):
        ws.cell(row=r, column=c).number_format = "0.00"
put(["支出明细", None, "支出内容", None, None, "全年执行数", None, None], "C{r}:E{r}", "F{r}:H{r}")
first = ws.max_row
for name, v in [("市场检查与巡查", 96.40), ("案件查办与物证鉴定", 82.35), ("打假打私专项行动", 118.72),
                ("零售户信息化监管终端", 63.15), ("专卖执法人员培训", 28.46), ("宣传与举报奖励", 42.18)]:
    put([None, None, name, None, None, v, None, None], "C{r}:E{r}", "F{r}:H{r}")
    ws.cell(row=ws.max_row, column=6).number_format = "0.00"
ws.merge_cells(f"A{first}:B{ws.max_row}")
put(["合计", None, None, None, None, 431.26, None, None], "A{r}:E{r}", "F{r}:H{r}")
ws.cell(row=ws.max_row, column=6).number_format = "0.00"
put(["年度总体目标", ("检查卷烟零售户不少于36000户次，查处涉烟违法案件不少于600起，查获假私卷烟不少于300万支，培训专卖执法人员"
     "不少于400人次，案件结案率不低于95%，举报核查办结率100%，举报5个工作日内核查办结，11月30日前完成打假打私专项行动，"
     "零售户守法经营率不低于96%，零售户满意度不低于90%。"), None, None, None, None, None, None], "B{r}:H{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "检查卷烟零售户", "≥36000户次", "41286户次", "38640户次", 10, 10),
    ("产出指标", "数量指标", "查处涉烟违法案件", "≥600起", "684起", "652起", 10, 10),
    ("产出指标", "数量指标", "查获假私卷烟", "≥300万支", "356.4万支", "318.2万支", 10, 10),
    ("产出指标", "数量指标", "培训专卖执法人员", "≥400人次", "452人次", "418人次", 5, 5),
    ("产出指标", "质量指标", "案件结案率", "≧95%", "98.2%", "97.6%", 10, 10),
    ("产出指标", "质量指标", "举报核查办结率", "=100%", "100%", "100%", 5, 5),
    ("产出指标", "时效指标", "举报核查办结时限", "≤5个工作日", "3个工作日", "4个工作日", 5, 5),
    ("产出指标", "时效指标", "打假打私专项行动完成时间", "11月30日前", "11月18日", "11月24日", 5, 5),
    ("效益指标", "社会效益指标", "零售户守法经营率", "≥96%", "97.5%", "96.8%", 15, 15),
    ("满意度指标", "服务对象满意度指标", "零售户满意度", "≥90%", "94.6%", "93.2%", 15, 14.63),
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
put(["总分", None, None, None, None, None, 100, 99.26], "A{r}:F{r}")
for col, w in zip("ABCDEFGH", (14, 16, 24, 14, 14, 12, 8, 8)):
    ws.column_dimensions[col].width = w
OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
