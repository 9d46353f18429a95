"""Two 部门整体支出绩效自评表 of the shape many provinces use since 2021: the department's funds as a table of columns
(资金类别 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率) with 基本支出 / 项目支出 rows, and its performance as an indicator
tree (一级 / 二级 / 三级指标) instead of a 主要任务 table. One names the department in a line above the tables
("部门名称：…"), the other in a cell.   python tests/forms/make_dept_indicator_forms.py  (files are committed)

Units: 湘潭市救灾物资储备中心 (2024, Word), 佛山市南海区文化市场综合执法大队 (2023, Excel, amounts in 元)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def reserve_docx(path: Path) -> None:
    doc = Document()
    doc.add_heading("部门整体支出绩效自评表（2024年度）", level=1)
    doc.add_paragraph("部门名称：湘潭市救灾物资储备中心　　　　金额单位：万元")

    def table(rows: list[list[str]]) -> None:
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for row in rows:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text
        doc.add_paragraph("")

    table([["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
           ["年度资金总额", "1,024.60", "986.30", "952.18", "96.54%"],
           ["基本支出", "612.40", "612.40", "609.85", "99.58%"],
           ["项目支出", "412.20", "373.90", "342.33", "91.56%"]])
    table([["预期目标", "实际完成情况"],
           ["保障市级救灾物资储备30类以上，完成年度物资轮换，确保灾情发生后4小时内调运到位。",
            "储备物资30类，完成轮换5批次，全年应急调运平均3小时到位。"]])
    table([["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
           ["产出指标", "数量指标", "救灾物资储备品种", "≥28类", "30类", ""],
           ["产出指标", "数量指标", "物资轮换更新批次", "≥6批次", "5批次",
            "一批帐篷轮换因供应商交货延期顺延至2025年一季度，下一年度提前启动采购。"],
           ["产出指标", "质量指标", "储备物资完好率", "≥98%", "99.3%", ""],
           ["产出指标", "时效指标", "应急调运响应时间", "≤4小时", "3小时", ""],
           ["效益指标", "社会效益指标", "受灾群众基本生活保障率", "=100%", "100%", ""],
           ["满意度指标", "服务对象满意度指标", "受援地区满意度", "≥90%", "95.2%", ""]])
    doc.save(path)


def culture_law_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体自评表"
    rows = [
        ["部门整体支出绩效自评表（2023年度）"],
        ["部门名称", "佛山市南海区文化市场综合执法大队", "", "", "金额单位：元"],
        [],
        ["资金类别", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "8,650,000.00", "9,012,400.00", "8,743,215.60", "10", "97.01%", "9.70"],
        ["基本支出", "6,120,000.00", "6,182,400.00", "6,170,115.60", "—", "99.80%", "—"],
        ["项目支出", "2,530,000.00", "2,830,000.00", "2,573,100.00", "—", "90.92%", "—"],
        [],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "文化市场检查场所次数", "≥3200家次", "3418家次", "15", "15", ""],
        ["产出指标", "数量指标", "办理行政处罚案件", "≥60宗", "52宗", "15", "13",
         "辖区经营场所规范化程度提高，违法线索减少，立案数低于年初预计。"],
        ["产出指标", "质量指标", "案件法制审核率", "=100%", "100%", "15", "15", ""],
        ["产出指标", "时效指标", "举报投诉办结时限", "≤15个工作日", "9个工作日", "10", "10", ""],
        ["效益指标", "社会效益指标", "重大文化市场安全事故", "=0起", "0起", "20", "20", ""],
        ["满意度指标", "服务对象满意度指标", "经营者满意度", "≥90%", "93.6%", "15", "15", ""],
        ["总分", "", "", "", "", "100", "97.70", ""],
    ]
    for r, values in enumerate(rows, 1):
        for c, v in enumerate(values, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, str) and v.startswith("="):
                cell.data_type = "s"  # "=100%" is the target as printed, not a formula
    ws.merge_cells("A1:H1")
    wb.save(path)


if __name__ == "__main__":
    reserve_docx(HERE / "reserve.docx")
    culture_law_xlsx(HERE / "culture-law.xlsx")
