"""Writes sources/自评表.docx — the museum's project form as a Word table, the way units keep it.

    python tests/corpus_blind2/holdout/museum/make_docx.py

The .docx is committed; this script only documents its content (python-docx).
"""

from pathlib import Path

import docx

ROWS = [
    ["项目名称", "博物馆免费开放补助资金", "", "", "", ""],
    ["主管部门", "中山市文化广电旅游局", "实施单位", "中山市博物馆", "", ""],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "420.00", "436.80", "401.25", "91.86%", "9.19"],
    ["其中：中央补助资金", "180.00", "180.00", "180.00", "—", "—"],
    ["地方财政资金", "240.00", "256.80", "221.25", "—", "—"],
]
INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
    ["产出指标", "数量指标", "年接待观众人次", "≥60万人次", "68.43万人次", "10"],
    ["产出指标", "数量指标", "举办临时展览", "≥8个", "11个", "10"],
    ["产出指标", "数量指标", "开展社会教育活动", "≥300场", "352场", "10"],
    ["产出指标", "质量指标", "藏品预防性保护", "≥500件", "486件", "9.72"],
    ["产出指标", "时效指标", "每周对外开放天数", "≥6天", "6天", "5"],
    ["满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "96.4%", "10"],
]


def main() -> None:
    document = docx.Document()
    document.add_heading("项目支出绩效自评表（2023年度）", level=1)
    for rows in (ROWS, INDICATORS):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("")
    document.add_paragraph("自评结论：项目总体完成年度目标，藏品预防性保护数量未达年度指标值。")
    out = Path(__file__).parent / "sources" / "自评表.docx"
    document.save(str(out))


if __name__ == "__main__":
    main()
