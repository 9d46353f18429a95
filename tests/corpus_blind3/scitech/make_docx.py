"""Writes sources/自评表.docx — the 科技创新券 project form as a Word table, the way units keep it.

    python tests/corpus_blind3/scitech/make_docx.py

The .docx is committed; this script only documents its content (python-docx).
"""

from pathlib import Path

import docx

FUNDS = [
    ["项目名称", "科技创新券补助资金", "", "", "", ""],
    ["主管部门", "东莞市松山湖科技局", "实施单位", "松山湖科技创新服务中心", "", ""],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "800.00", "800.00", "712.64", "89.08%", "8.91"],
    ["其中：当年财政拨款", "800.00", "800.00", "712.64", "—", "—"],
    ["上年结转资金", "0", "0", "0", "—", "—"],
]
SPENDING = [
    ["兑付类别", "兑付金额（万元）"],
    ["研发设计类", "312.48"],
    ["检验检测类", "226.35"],
    ["知识产权类", "118.62"],
    ["科技咨询类", "55.19"],
    ["合计", "712.64"],
]
INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "获得创新券兑付企业数", "≥150家", "168家", "10"],
    ["产出指标", "数量指标", "入库科技服务机构", "≥40个", "46个", "10"],
    ["产出指标", "时效指标", "兑付审核办理时限", "≤15个工作日", "12个工作日", "10"],
    ["效益指标", "经济效益指标", "带动企业研发投入", "≥5000万元", "6382.5万元", "15"],
    ["效益指标", "社会效益指标", "新增高新技术企业", "≥20家", "26家", "10"],
    ["满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "95.6%", "10"],
]


def main() -> None:
    document = docx.Document()
    document.add_heading("项目支出绩效自评表（2023年度）", level=1)
    for rows in (FUNDS, SPENDING, INDICATORS):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("")
    document.add_paragraph("自评结论：项目总体完成年度目标，资金执行率未达到90%。")
    out = Path(__file__).parent / "sources" / "自评表.docx"
    document.save(str(out))


if __name__ == "__main__":
    main()
