"""Writes sources/自评表.docx — the 不动产登记 project form as a Word table, the way units keep it.

    python tests/corpus_dev4/realestate/make_docx.py

The .docx is committed; this script only documents its content (python-docx).
"""

from pathlib import Path

import docx

HEAD = [
    ["项目名称", "不动产登记业务及信息化运维经费", "", "", "", ""],
    ["主管部门", "佛山市自然资源局顺德分局", "实施单位", "顺德区不动产登记中心", "", ""],
]
FUNDS = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "486.00", "452.80", "437.95", "96.72%", "9.67"],
    ["其中：当年财政拨款", "486.00", "418.80", "403.95", "—", "—"],
    ["上年结转资金", "0", "34.00", "34.00", "—", "—"],
]
SPENDING = [
    ["支出内容", "金额（万元）"],
    ["登记系统运维", "186.40"],
    ["历史档案数字化", "142.65"],
    ["窗口服务外包", "93.50"],
    ["设备购置", "15.40"],
    ["合计", "437.95"],
]
INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "办理不动产登记业务量", "≥8万件", "9.26万件", "10"],
    ["产出指标", "数量指标", "历史档案数字化", "≥120万页", "134.8万页", "10"],
    ["产出指标", "质量指标", "登记差错率", "≤0.1%", "0.03%", "10"],
    ["产出指标", "时效指标", "一般登记办理时限", "≤5个工作日", "2个工作日", "10"],
    ["产出指标", "时效指标", "档案数字化完成时间", "12月底前", "12月15日", "5"],
    ["效益指标", "社会效益指标", "“一网通办”网办率", "≥60%", "68.5%", "15"],
    ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "98.6%", "10"],
]


def main() -> None:
    document = docx.Document()
    document.add_heading("项目支出绩效自评表（2023年度）", level=1)
    for rows in (HEAD + FUNDS, SPENDING, INDICATORS):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("")
    document.add_paragraph("自评结论：项目完成年度目标，资金执行率96.72%，自评等级为优。")
    out = Path(__file__).parent / "sources" / "自评表.docx"
    document.save(str(out))


if __name__ == "__main__":
    main()
