"""Builds sources/项目支出绩效自评表.docx (python-docx, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("项目支出绩效自评表（2024年度）", level=1)
doc.add_paragraph("项目名称：建设工程质量监督抽测项目    主管部门：金华市住房和城乡建设局    实施单位：金华市建筑工程质量监督站")
t = doc.add_table(rows=5, cols=6)
t.style = "Table Grid"
head = ["项目资金（单位：万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分（分值10）"]
rows = [
    ["年度资金总额", "286.00", "302.50", "289.37", "95.66%", "9.57"],
    ["其中：市级财政资金", "236.00", "236.00", "228.64", "", ""],
    ["上级补助资金", "50.00", "66.50", "60.73", "", ""],
    ["备注", "上级补助资金年中追加", "", "", "", ""],
]
for i, h in enumerate(head):
    t.cell(0, i).text = h
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
t.cell(4, 1).merge(t.cell(4, 5))
doc.add_paragraph("支出明细（单位：万元）")
t2 = doc.add_table(rows=7, cols=2)
t2.style = "Table Grid"
for r, (a, b) in enumerate([("支出项目", "金额"), ("监督抽测检测费", "126.45"), ("实体质量巡查", "58.30"),
                            ("质量安全培训", "21.85"), ("信息化监管平台运维", "46.27"), ("专家评审费", "36.50"),
                            ("合计", "289.37")]):
    t2.cell(r, 0).text = a
    t2.cell(r, 1).text = b
doc.add_paragraph("绩效指标")
ind = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"),
    ("产出指标", "数量指标", "纳入监督的在建工程", "≥420项", "468项", "437项"),
    ("产出指标", "数量指标", "工程实体质量抽测", "≥1800组", "2136组", "1952组"),
    ("产出指标", "数量指标", "实体质量巡查", "≥1500次", "1684次", "1591次"),
    ("产出指标", "数量指标", "质量安全培训", "≥8期", "10期", "8期"),
    ("产出指标", "数量指标", "培训参训人员", "≥1000人次", "1265人次", "1108人次"),
    ("产出指标", "质量指标", "质量问题整改率", "≥95%", "97.8%", "96.4%"),
    ("产出指标", "时效指标", "竣工验收监督报告出具时间", "≤5个工作日", "3个工作日", "4个工作日"),
    ("产出指标", "时效指标", "年度质量状况报告报送", "11月30日前", "11月18日", "11月26日"),
    ("效益指标", "社会效益指标", "住宅工程质量投诉", "≤120件", "96件", "131件"),
    ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%", "94.6%", "92.1%"),
]
t3 = doc.add_table(rows=len(ind), cols=6)
t3.style = "Table Grid"
for r, row in enumerate(ind):
    for c, v in enumerate(row):
        t3.cell(r, c).text = v
t3.cell(1, 0).merge(t3.cell(8, 0))
t3.cell(1, 0).text = "产出指标"
out = Path(__file__).parent / "sources" / "项目支出绩效自评表.docx"
doc.save(out)
