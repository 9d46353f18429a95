"""Writes sources/部门整体支出绩效自评表.xlsx (遂宁市机要保密局, 2025) with openpyxl: merged cells, number formats."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

wb = Workbook()
ws = wb.active
ws.title = "部门整体支出绩效自评表"
rows = [
    ["部门整体支出绩效自评表（2025年度）", None, None, None, None, None],
    ["部门名称", "遂宁市机要保密局", None, "金额单位", "万元", None],
    ["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率", "预算调整率"],
    ["年度资金总额", 486.00, 512.40, 497.63, 0.9712, 0.0543],
    ["其中：市级财政拨款", 446.00, 466.40, 455.18, None, None],
    ["上级专项补助", 40.00, 46.00, 42.45, None, None],
    ["按支出性质：基本支出", 318.00, 318.00, 312.47, None, None],
    ["项目支出", 168.00, 194.40, 185.16, None, None],
    ["备注", "上级专项补助年中追加6.00万元，用于密码通信设备更新；项目支出随之调整。", None, None, None, None],
    ["重点任务", "任务名称", "执行数", None, None, None],
    ["重点任务", "涉密载体集中销毁", 52.60, None, None, None],
    ["重点任务", "保密技术检查", 61.35, None, None, None],
    ["重点任务", "密码通信保障", 44.80, None, None, None],
    ["重点任务", "保密宣传教育培训", 26.41, None, None, None],
    ["重点任务", "合计", 185.16, None, None, None],
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "单位"],
    ["产出指标", "保密检查覆盖机关单位", "≥120", 137, 124, "家"],
    ["产出指标", "销毁涉密载体", "≥30", 34.6, 31.2, "吨"],
    ["产出指标", "保密宣传培训", "≥3000", 3456, 3120, "人次"],
    ["产出指标", "检查发现泄密隐患", "—", 48, None, "处"],
    ["产出指标", "隐患整改完成", "—", 46, None, "处"],
    ["产出指标", "密码通信可用率", "≥99.5%", 0.9992, None, "%"],
    ["产出指标", "定密审查办结时间", "≤10个工作日", 7.5, None, "个工作日"],
    ["产出指标", "年度保密工作报告报送", "11月30日前", "11月18日", None, None],
    ["满意度指标", "机关单位满意度", "≥90%", 0.956, None, "%"],
]
for row in rows:
    ws.append(row)
ws.merge_cells("A1:F1")
ws.merge_cells("B9:F9")
ws.merge_cells("A10:A15")
ws.merge_cells("A17:A24")
for r in range(4, 9):
    for c in "BCD":
        ws[f"{c}{r}"].number_format = "0.00"
ws["E4"].number_format = "0.00%"
ws["F4"].number_format = "0.00%"
for r in range(11, 16):
    ws[f"C{r}"].number_format = "0.00"
ws["D22"].number_format = "0.00%"
ws["D25"].number_format = "0.0%"
ws["D18"].number_format = "0.0"
ws["E18"].number_format = "0.0"
ws["D23"].number_format = "0.0"
ws["C22"].data_type = "s"
ws["A1"].alignment = Alignment(horizontal="center")
wb.save(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.xlsx")
