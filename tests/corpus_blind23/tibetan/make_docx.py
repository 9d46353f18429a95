"""Builds sources/项目支出绩效自评表.docx (python-docx, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("项目支出绩效自评表（2023年度）", level=1)
head = doc.add_table(rows=2, cols=4)
head.style = "Table Grid"
for r, row in enumerate([["项目名称", "藏医特色专科建设与药浴诊疗项目", "", ""],
                         ["主管部门", "淮北市卫生健康委员会", "实施单位", "淮北市藏医医院"]]):
    for c, value in enumerate(row):
        head.cell(r, c).text = value
head.cell(0, 1).merge(head.cell(0, 3)).text = "藏医特色专科建设与药浴诊疗项目"

funds = [
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "", "356.00", "368.80", "349.13", "10", "94.67%", "9.47"],
    ["其中", "中央民族医药发展补助", "120.00", "132.80", "119.47", "", "", ""],
    ["", "市级财政资金", "236.00", "236.00", "229.66", "", "", ""],
    ["备注", "中央民族医药发展补助年中追加，用于药浴诊疗耗材和院内制剂研发。", "", "", "", "", "", ""],
    ["支出明细（万元）", "特色专科设备购置", "", "", "108.60", "", "", ""],
    ["", "藏药药材采购", "", "", "86.25", "", "", ""],
    ["", "药浴诊疗耗材", "", "", "64.38", "", "", ""],
    ["", "人才进修培训", "", "", "52.40", "", "", ""],
    ["", "院内制剂研发", "", "", "37.50", "", "", ""],
    ["", "合计", "", "", "349.13", "", "", ""],
]
t = doc.add_table(rows=len(funds), cols=8)
t.style = "Table Grid"
for r, row in enumerate(funds):
    for c, value in enumerate(row):
        t.cell(r, c).text = value
t.cell(0, 0).merge(t.cell(0, 1)).text = "项目资金（万元）"
t.cell(1, 0).merge(t.cell(1, 1)).text = "年度资金总额"
t.cell(2, 0).merge(t.cell(3, 0)).text = "其中"
t.cell(4, 1).merge(t.cell(4, 7)).text = funds[4][1]
t.cell(5, 0).merge(t.cell(10, 0)).text = "支出明细（万元）"

doc.add_paragraph("绩效指标")
ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "药浴诊疗人次", "≥9000人次", "9316人次", "10482人次", "10", "10"],
    ["", "", "特色专科门诊人次", "≥32000人次", "33870人次", "36540人次", "10", "10"],
    ["", "", "进修培训人员", "≥40人", "", "46人", "5", "5"],
    ["", "", "新增院内制剂品种", "≥3个", "", "4个", "5", "5"],
    ["", "质量指标", "药浴不良反应发生率", "≤0.5%", "", "0.21%", "10", "10"],
    ["", "时效指标", "检查报告出具时限", "≤3个工作日", "", "2个工作日", "5", "5"],
    ["", "", "设备安装验收完成时间", "9月30日前", "", "9月8日", "5", "5"],
    ["满意度指标", "服务对象满意度", "患者满意度", "≥92%", "", "95.6%", "10", "9"],
]
s = doc.add_table(rows=len(ind), cols=8)
s.style = "Table Grid"
for r, row in enumerate(ind):
    for c, value in enumerate(row):
        s.cell(r, c).text = value
s.cell(1, 0).merge(s.cell(7, 0)).text = "产出指标"
s.cell(1, 1).merge(s.cell(4, 1)).text = "数量指标"
s.cell(6, 1).merge(s.cell(7, 1)).text = "时效指标"
doc.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.docx")
