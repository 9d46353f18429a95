"""Builds sources/部门整体支出绩效自评表.docx (伊春市野生动物救护中心, 2024) with python-docx; the content is held here
in text."""
from pathlib import Path

TITLE = "2024年度部门整体支出绩效自评表"
HEADER = [("部门（单位）名称", "伊春市野生动物救护中心"), ("主管部门", "伊春市林业和草原局"), ("资金单位", "万元")]
# 预算执行: name, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
FUNDS = [
    ("年度资金总额", "312.00", "327.60", "318.46", "10", "97.21%", "9.72"),
    ("其中：基本支出", "196.00", "196.00", "192.35", "", "", ""),
    ("项目支出", "116.00", "131.60", "126.11", "", "", ""),
]
FUNDS_NOTE = "备注：项目支出年中追加15.60万元，用于购置救护车辆。"
KEY = [("野生动物收容救护", "52.00", "48.26"), ("疫源疫病监测", "33.00", "31.75"),
       ("救护设施维修", "27.40", "27.40"), ("科普宣教", "19.20", "18.70")]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 上年实际
INDICATORS = [
    ("产出指标", "数量指标", "收容救护野生动物", "≥600只", "684只", "612只"),
    ("产出指标", "数量指标", "放归自然", "≥400只", "437只", "451只"),
    ("产出指标", "数量指标", "疫源疫病监测样本", "≥1500份", "1628份", "1540份"),
    ("产出指标", "数量指标", "科普宣教活动", "≥40场", "52场", "46场"),
    ("产出指标", "时效指标", "救护到场响应时间", "≤2小时", "1.5小时", ""),
    ("产出指标", "时效指标", "年度监测报告报送", "12月20日前", "12月6日", ""),
    ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "96.3%", "95.1%"),
]


def build(out: Path) -> None:
    from docx import Document
    doc = Document()
    doc.add_heading(TITLE, level=1)
    t = doc.add_table(rows=len(HEADER), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(HEADER):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    doc.add_paragraph("预算执行情况（万元）")
    t = doc.add_table(rows=len(FUNDS) + 2, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        t.cell(0, c).text = h
    for r, row in enumerate(FUNDS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(len(FUNDS) + 1, 0).merge(t.cell(len(FUNDS) + 1, 6)).text = FUNDS_NOTE
    doc.add_paragraph("重点项目（万元）")
    t = doc.add_table(rows=len(KEY) + 1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["项目", "全年预算数", "全年执行数"]):
        t.cell(0, c).text = h
    for r, row in enumerate(KEY, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph("绩效指标")
    t = doc.add_table(rows=len(INDICATORS) + 1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"]):
        t.cell(0, c).text = h
    for r, row in enumerate(INDICATORS, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(1, 0).merge(t.cell(6, 0)).text = "产出指标"
    t.cell(1, 1).merge(t.cell(4, 1)).text = "数量指标"
    t.cell(5, 1).merge(t.cell(6, 1)).text = "时效指标"
    doc.save(out)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.docx")
