"""Writes sources/自评表.xlsx: 六安市粮食储备库 2024 年市级储备粮轮换与保管项目支出绩效自评表 (openpyxl)."""

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
put(["项目名称", "市级储备粮轮换与保管项目", None, None, "主管部门", "六安市发展和改革委员会（市粮食和物资储备局）", None, None],
    "B{r}:D{r}", "F{r}:H{r}")
put(["实施单位", "六安市粮食储备库", None, None, "项目负责人", "主任", None, None], "B{r}:D{r}", "F{r}:H{r}")
put(["项目资金", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], "A{r}:B{r}")
put(["年度资金总额", None, 860.00, 812.00, 796.35, 10, "98.07%", 9.81], "A{r}:B{r}")
put(["其中：市级财政资金", None, 760.00, 712.00, 701.28, "—", "—", "—"], "A{r}:B{r}")
put(["储备粮轮换价差收入", None, 100.00, 100.00, 95.07, "—", "—", "—"], "A{r}:B{r}")
put(["支出明细", None, "支出内容", None, None, "全年执行数", None, None], "C{r}:E{r}", "F{r}:H{r}")
first = ws.max_row + 1
for name, v in [("储备粮保管费", 356.40), ("储备粮轮换费用", 218.75), ("仓储设施维修", 124.60),
                ("粮情测控系统运维", 42.30), ("储粮药剂及熏蒸", 31.80), ("储备粮质量检验检测", 22.50)]:
    put([None, None, name, None, None, v, None, None], "C{r}:E{r}", "F{r}:H{r}")
ws.merge_cells(f"A{first - 1}:B{ws.max_row}")
put(["合计", None, None, None, None, 796.35, None, None], "A{r}:E{r}", "F{r}:H{r}")
put(["年度总体目标", "市级储备粮库存规模不低于3.5万吨，年度轮换不少于1.2万吨，11月底前完成秋季轮换入库，储备粮质量达标率不低于98%，"
     "保管损耗率不高于0.2%，维修仓房不少于6栋，储备粮安全事故为0，服务对象满意度不低于90%。", None, None, None, None, None, None],
    "B{r}:H{r}")
put(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"])
first = ws.max_row + 1
ind = [
    ("产出指标", "数量指标", "市级储备粮库存规模", "≥3.5万吨", "3.62万吨", "3.55万吨", 10, 10),
    ("产出指标", "数量指标", "年度轮换数量", "≥1.2万吨", "1.26万吨", "1.18万吨", 10, 10),
    ("产出指标", "数量指标", "维修仓房", "≥6栋", "7栋", "4栋", 5, 5),
    ("产出指标", "质量指标", "储备粮质量达标率", "≧98%", "99.2%", "98.6%", 10, 10),
    ("产出指标", "质量指标", "储备粮安全事故", "=0", "0起", "0起", 5, 5),
    ("产出指标", "时效指标", "秋季轮换入库完成时间", "11月底前", "11月18日", "—", 5, 5),
    ("产出指标", "时效指标", "粮情检测周期", "≤7天", "5天", "7天", 5, 5),
    ("效益指标", "经济效益指标", "储备粮保管损耗率", "≤0.2%", "0.12%", "0.15%", 15, 15),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93.5%", "92.1%", 15, 15),
]
for row in ind:
    put(list(row))
    target = ws.cell(row=ws.max_row, column=4)
    if target.value.startswith("="):  # "=0" is a target, not a formula: keep it text
        target.data_type = "s"
ws.merge_cells(f"A{first}:A{first + 6}")
ws.merge_cells(f"B{first}:B{first + 2}")
ws.merge_cells(f"B{first + 3}:B{first + 4}")
ws.merge_cells(f"B{first + 5}:B{first + 6}")
put(["总分", None, None, None, None, None, 100, 99.81], "A{r}:F{r}")
OUT.parent.mkdir(exist_ok=True)
wb.save(OUT)
