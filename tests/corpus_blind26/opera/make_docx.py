"""Builds sources/项目支出绩效自评表.docx (阜新市京剧院, 2024) with python-docx; the content is held here in text."""
from pathlib import Path

TITLE = "2024年度项目支出绩效自评表"
HEADER = [
    ("项目名称", "京剧惠民演出与传统剧目复排项目"),
    ("主管部门", "阜新市文化旅游和广播电视局"),
    ("实施单位", "阜新市京剧院"),
]
# 项目资金（万元）: name, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
FUNDS = [
    ("年度资金总额", "125.00", "137.00", "130.65", "10", "95.37%", "9.54"),
    ("其中：市级财政资金", "80.00", "92.00", "89.37", "", "", ""),
    ("省级文化事业专项资金", "45.00", "45.00", "41.28", "", "", ""),
]
FUNDS_NOTE = "备注：市级财政资金年中追加12.00万元用于传统剧目复排。"
DETAIL = [
    ("演出场租及舞美灯光", "32.46"),
    ("演职人员劳务", "41.80"),
    ("传统剧目复排", "28.15"),
    ("送戏下乡交通运输", "16.74"),
    ("宣传推广", "11.50"),
    ("合计", "130.65"),
]
GOALS = ("全年开展惠民演出不少于120场，观众不少于8万人次，复排传统剧目不少于3部，送戏下乡不少于40场。",
         "全年开展惠民演出136场，观众9.37万人次，复排传统剧目4部，送戏下乡46场。")
# 一级, 二级, 三级, 年度指标值, 实际完成值, 上年实际
INDICATORS = [
    ("产出指标", "数量指标", "惠民演出场次", "≥120场", "136场", "124场"),
    ("产出指标", "数量指标", "观众人次", "≥8万人次", "9.37万人次", "8.85万人次"),
    ("产出指标", "数量指标", "复排传统剧目", "≥3部", "4部", "2部"),
    ("产出指标", "数量指标", "送戏下乡场次", "≥40场", "46场", "41场"),
    ("产出指标", "时效指标", "复排剧目首演时间", "11月30日前", "10月26日", ""),
    ("产出指标", "时效指标", "演出预约受理时间", "≤5个工作日", "3个工作日", ""),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "95.4%", "93.1%"),
]


def build(out: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(TITLE, level=1)
    t = doc.add_table(rows=len(HEADER), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(HEADER):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_paragraph("项目资金（万元）")
    t = doc.add_table(rows=len(FUNDS) + 2, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        t.cell(0, c).text = h
    for r, row in enumerate(FUNDS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    note = t.cell(len(FUNDS) + 1, 0).merge(t.cell(len(FUNDS) + 1, 6))
    note.text = FUNDS_NOTE
    doc.add_paragraph("支出明细（万元）")
    t = doc.add_table(rows=len(DETAIL) + 1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "支出内容", "金额"
    for r, (k, v) in enumerate(DETAIL, start=1):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_paragraph("年度总体目标")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "预期目标", "实际完成情况"
    t.cell(1, 0).text, t.cell(1, 1).text = GOALS
    doc.add_paragraph("绩效指标")
    t = doc.add_table(rows=len(INDICATORS) + 1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"]):
        t.cell(0, c).text = h
    for r, row in enumerate(INDICATORS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    # merged 一级 / 二级 cells, as the bureau's template has them
    t.cell(1, 0).merge(t.cell(6, 0)).text = "产出指标"
    t.cell(1, 1).merge(t.cell(4, 1)).text = "数量指标"
    t.cell(5, 1).merge(t.cell(6, 1)).text = "时效指标"
    doc.save(out)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "项目支出绩效自评表.docx")
