"""Writes sources/自评表.docx — the 媒体融合发展专项资金 project form of 端州区融媒体中心 as Word tables.

    python tests/corpus_blind4/media/make_docx.py

The .docx is committed; this script only documents its content (python-docx).
"""

from pathlib import Path

import docx

HEAD = [
    ["项目名称", "2024年媒体融合发展专项资金", "", ""],
    ["主管部门", "肇庆市端州区委宣传部", "实施单位", "端州区融媒体中心"],
]
FUNDS = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
    ["年度资金总额", "520.00", "486.00", "471.35", "96.99%", "10", "9.70"],
    ["其中：当年财政拨款", "520.00", "486.00", "471.35", "—", "—", "—"],
    ["上年结转资金", "0", "0", "0", "—", "—", "—"],
]
SPENDING = [
    ["支出明细", "金额（万元）"],
    ["新闻内容生产", "198.64"],
    ["设备购置及升级", "142.70"],
    ["新媒体平台运维", "86.45"],
    ["人员业务培训", "43.56"],
    ["合计", "471.35"],
]
INDICATORS = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "全年发布新闻稿件", "≥12000条", "13586条", "10", "10"],
    ["产出指标", "数量指标", "制作短视频", "≥1500条", "1742条", "10", "10"],
    ["产出指标", "时效指标", "突发事件首发时间", "2小时以内", "1.5小时", "10", "10"],
    ["产出指标", "时效指标", "采编设备采购完成时间", "10月底前", "10月20日", "5", "5"],
    ["效益指标", "社会效益指标", "“爱端州”客户端累计下载量", "≥30万次", "34.6万次", "10", "10"],
    ["效益指标", "社会效益指标", "新媒体矩阵粉丝总数", "≥80万", "86.3万", "10", "10"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93.4%", "10", "10"],
]


def main() -> None:
    document = docx.Document()
    document.add_heading("项目支出绩效自评表（2024年度）", level=1)
    for rows in (HEAD, FUNDS, SPENDING, INDICATORS):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("")
    document.add_paragraph("备注：2023年全年发布新闻稿件11240条。预算调减34万元，系设备采购招标结余收回。")
    out = Path(__file__).parent / "sources" / "自评表.docx"
    document.save(str(out))


if __name__ == "__main__":
    main()
