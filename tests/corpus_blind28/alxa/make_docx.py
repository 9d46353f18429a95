"""Builds sources/项目支出绩效自评表.docx (python-docx, run from the author's scratch venv; not a project dependency)."""
from docx import Document

doc = Document()
doc.add_heading("项目支出绩效自评表（2024年度）", level=1)
doc.add_paragraph("项目名称：乌兰牧骑基层惠民演出项目　主管部门：阿拉善盟文化旅游体育局　实施单位：阿拉善盟乌兰牧骑")

rows = [
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "130.00", "138.50", "133.59", "10", "96.45%", "9.65"],
    ["其中：自治区文化发展专项资金", "90.00", "90.00", "86.47", "—", "—", "—"],
    ["盟级财政资金", "40.00", "48.50", "47.12", "—", "—", "—"],
    ["备注", "盟级财政资金年中追加8.50万元，用于新创节目排练和舞台车维修。", "", "", "", "", ""],
]
t = doc.add_table(rows=len(rows), cols=7)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
t.cell(4, 1).merge(t.cell(4, 6))
t.cell(4, 1).text = rows[4][1]

doc.add_paragraph("资金支出明细（万元）")
items = [["支出内容", "金额"], ["下乡演出补助", "48.36"], ["节目创排", "29.85"], ["服装道具购置", "22.40"],
         ["演职人员培训", "14.62"], ["舞台车辆运维", "18.36"], ["合计", "133.59"]]
t2 = doc.add_table(rows=len(items), cols=2)
t2.style = "Table Grid"
for i, r in enumerate(items):
    for j, v in enumerate(r):
        t2.cell(i, j).text = v

doc.add_paragraph("年度总体目标：全年深入苏木镇、嘎查开展惠民演出不少于150场，观众不少于12万人次；新创节目不少于8个；"
                  "培训演职人员不少于200人次；演出计划11月30日前全部完成，群众点单5个工作日内响应。")

ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "基层惠民演出场次", "≥150场", "168场", "156场"],
    ["", "", "观众人次", "≥12万人次", "13.6万人次", "14.1万人次"],
    ["", "", "新创节目数量", "≥8个", "10个", "7个"],
    ["", "", "培训演职人员", "≥200人次", "236人次", "214人次"],
    ["", "质量指标", "演出覆盖苏木镇", "≥30个", "31个", "—"],
    ["", "时效指标", "演出计划完成时间", "11月30日前", "11月18日", "—"],
    ["", "", "群众点单响应时间", "≤5个工作日", "3个工作日", "—"],
    ["满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%", "95.2%", "93.7%"],
]
t3 = doc.add_table(rows=len(ind), cols=6)
t3.style = "Table Grid"
for i, r in enumerate(ind):
    for j, v in enumerate(r):
        t3.cell(i, j).text = v
t3.cell(1, 0).merge(t3.cell(7, 0)).text = "产出指标"
t3.cell(1, 1).merge(t3.cell(4, 1)).text = "数量指标"
t3.cell(6, 1).merge(t3.cell(7, 1)).text = "时效指标"
doc.save("sources/项目支出绩效自评表.docx")
