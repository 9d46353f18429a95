"""Builds sources/项目支出绩效自评表.docx (run from the author's scratch venv with python-docx)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("项目支出绩效自评表", level=1)
doc.add_paragraph("（2023年度）")

t = doc.add_table(rows=7, cols=6)
t.style = "Table Grid"
t.cell(0, 0).text = "项目名称"
name = t.cell(0, 1).merge(t.cell(0, 5))
name.text = "传统陶瓷技艺保护与新材料研发项目"
t.cell(1, 0).text = "主管部门"
t.cell(1, 1).merge(t.cell(1, 2)).text = "抚顺市科学技术局"
t.cell(1, 3).text = "实施单位"
t.cell(1, 4).merge(t.cell(1, 5)).text = "抚顺市陶瓷研究所"
for i, h in enumerate(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"]):
    t.cell(2, i).text = h
rows = [
    ["年度资金总额", "200.00", "215.00", "202.09", "94.00%", "9.40"],
    ["其中：市级财政拨款", "150.00", "150.00", "143.62", "", ""],
    ["省级科技专项", "50.00", "65.00", "58.47", "", ""],
    ["上年结转资金", "—", "—", "—", "", "本年无结转"],
]
for r, row in enumerate(rows, start=3):
    for c, v in enumerate(row):
        t.cell(r, c).text = v

doc.add_paragraph("支出明细")
items = [("新材料研发", "78.35"), ("传统技艺传承", "46.20"), ("样品试制", "32.64"), ("检测设备维护", "21.48"),
         ("展览推广", "23.42"), ("合计", "202.09")]
t2 = doc.add_table(rows=len(items) + 1, cols=2)
t2.style = "Table Grid"
t2.cell(0, 0).text, t2.cell(0, 1).text = "支出项目", "金额（万元）"
for r, (a, b) in enumerate(items, start=1):
    t2.cell(r, 0).text, t2.cell(r, 1).text = a, b

doc.add_paragraph("绩效指标")
ind = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"),
    ("产出指标", "数量指标", "研发课题", "≥4项", "5项", ""),
    ("", "", "样品试制", "≥300件", "348件", "296件"),
    ("", "", "专利申请", "≥3件", "4件", ""),
    ("", "", "技艺传承学徒", "≥20人", "24人", ""),
    ("", "", "陶瓷展览", "≥6场", "7场", ""),
    ("", "时效指标", "课题结题时间", "12月15日前", "11月28日", ""),
    ("", "", "检测报告出具时限", "≤5个工作日", "3个工作日", ""),
    ("效益指标", "经济效益指标", "成果转化合同金额", "≥60万元", "72.5万元", ""),
    ("", "社会效益指标", "展览观众", "", "21460人次", ""),
    ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%", "93.2%", ""),
]
t3 = doc.add_table(rows=len(ind), cols=6)
t3.style = "Table Grid"
for r, row in enumerate(ind):
    for c, v in enumerate(row):
        if v:
            t3.cell(r, c).text = v
t3.cell(1, 0).merge(t3.cell(7, 0)).text = "产出指标"
t3.cell(1, 1).merge(t3.cell(5, 1)).text = "数量指标"
t3.cell(6, 1).merge(t3.cell(7, 1)).text = "时效指标"
t3.cell(8, 0).merge(t3.cell(9, 0)).text = "效益指标"
doc.save(Path(__file__).resolve().parent / "sources" / "项目支出绩效自评表.docx")
