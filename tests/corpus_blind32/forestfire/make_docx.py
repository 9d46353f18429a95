"""Writes sources/部门整体支出绩效自评表.docx (run with a venv that has python-docx; not a project dependency)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("部门整体支出绩效自评表（2023年度）", level=1)
doc.add_paragraph("部门（单位）名称：荔波县森林防火站　　　主管部门：荔波县林业局　　　金额单位：万元")

t = doc.add_table(rows=6, cols=7)
t.style = "Table Grid"
head = ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
for i, h in enumerate(head):
    t.cell(0, i).text = h
data = [
    ["年度资金总额", "412.60", "448.30", "421.85", "10", "94.10%", "9.41"],
    ["其中：基本支出", "226.40", "224.90", "223.68", "—", "", ""],
    ["项目支出", "186.20", "223.40", "198.17", "—", "", ""],
]
for r, row in enumerate(data, start=1):
    for c, v in enumerate(row):
        t.cell(r, c).text = v
# 执行率 and 得分 of the two blocks are left blank on the form; merge them
for r in (2, 3):
    m = t.cell(r, 5).merge(t.cell(r, 6))
    m.text = "—"
note = t.cell(4, 0)
note.text = "备注"
m = t.cell(4, 1).merge(t.cell(4, 6))
m.text = ("项目支出年中追加37.20万元，用于新建森林防火隔离带；基本支出因1名职工调出调减1.50万元。"
          "年度结余主要为半专业扑火队培训演练经费。")
t.cell(5, 0).text = "年度总体目标"
m = t.cell(5, 1).merge(t.cell(5, 6))
m.text = "新建防火隔离带不少于60公里，组织扑火演练不少于12场，森林火灾不超过3起，火情响应到场不超过30分钟。"

doc.add_paragraph("重点项目执行情况（万元）")
k = doc.add_table(rows=6, cols=4)
k.style = "Table Grid"
for i, h in enumerate(["项目名称", "全年预算数", "全年执行数", "执行率"]):
    k.cell(0, i).text = h
proj = [
    ["森林防火隔离带建设", "96.00", "88.46", "92.15%"],
    ["扑火物资储备", "52.40", "52.40", "100.00%"],
    ["瞭望塔及视频监控运维", "41.80", "34.17", "81.75%"],
    ["半专业扑火队培训演练", "33.20", "23.14", "69.70%"],
    ["合计", "223.40", "198.17", "88.71%"],
]
for r, row in enumerate(proj, start=1):
    for c, v in enumerate(row):
        k.cell(r, c).text = v

doc.add_paragraph("绩效指标完成情况")
ind = [
    ("一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "上年实际"),
    ("产出指标", "数量指标", "新建防火隔离带", "≥60公里", "64.5公里", "52公里"),
    ("产出指标", "数量指标", "防火巡护里程", "≥1.8万公里", "2.14万公里", "1.96万公里"),
    ("产出指标", "数量指标", "组织扑火演练", "≥12场", "15场", "16场"),
    ("产出指标", "质量指标", "防火期视频监控完好率", "≥95%", "97.5%", "94.2%"),
    ("产出指标", "时效指标", "火情响应到场时间", "≤30分钟", "22分钟", "26分钟"),
    ("产出指标", "时效指标", "隔离带完工时间", "11月30日前", "11月18日", "—"),
    ("效益指标", "社会效益指标", "森林火灾发生起数", "≤3起", "1起", "2起"),
    ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "96.1%", "95.4%"),
]
g = doc.add_table(rows=len(ind), cols=6)
g.style = "Table Grid"
for r, row in enumerate(ind):
    for c, v in enumerate(row):
        g.cell(r, c).text = v
# merged 一级 / 二级 cells, as on the printed form
for top, bottom, col in ((1, 6, 0), (1, 3, 1), (5, 6, 1)):
    text = g.cell(top, col).text
    m = g.cell(top, col).merge(g.cell(bottom, col))
    m.text = text
doc.save(Path(__file__).parent / "sources" / "部门整体支出绩效自评表.docx")
