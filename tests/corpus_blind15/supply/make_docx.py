"""Builds sources/部门整体支出绩效自评表.docx (the finance bureau's department template as Word tables).

Run with python-docx from a scratch venv: python make_docx.py
"""
from pathlib import Path

from docx import Document

OUT = Path(__file__).parent / "sources" / "部门整体支出绩效自评表.docx"

doc = Document()
doc.add_heading("部门整体支出绩效自评表", level=1)
doc.add_paragraph("（2024年度）")

t = doc.add_table(rows=1, cols=7)
t.style = "Table Grid"
c = t.rows[0].cells
c[0].text = "部门（单位）名称"
c[1].merge(c[4]).text = "六盘水市供销合作社联合社"
c[5].merge(c[6]).text = "单位：万元"

rows = [
    ["年度预算执行情况", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"],
    ["年度预算执行情况", "年度支出总额", "798.60", "790.20", "759.21", "96.08%", ""],
    ["年度预算执行情况", "其中：基本支出", "412.60", "438.20", "431.75", "98.53%", "人员增资调增"],
    ["年度预算执行情况", "项目支出", "386.00", "352.00", "327.46", "93.03%", "农资储备项目调减34.00万元"],
    ["年度预算执行情况", "按来源：财政拨款", "736.60", "728.20", "699.85", "", ""],
    ["年度预算执行情况", "上级补助收入", "62.00", "62.00", "59.36", "", ""],
]
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
first = t.rows[1].cells[0]
for k in range(2, 1 + len(rows)):
    first = first.merge(t.rows[k].cells[0])
first.text = "年度预算执行情况"

doc.add_paragraph("项目支出明细")
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
for i, v in enumerate(["任务名称", "主要内容", "预算数", "执行数"]):
    t2.rows[0].cells[i].text = v
for r in [
    ["农资储备与配送", "化肥、农药等春耕和秋冬种农资储备与配送", "126.00", "118.42"],
    ["农村电商服务站建设", "新建改造村级电商服务站", "98.00", "92.65"],
    ["农产品产销对接", "产销对接活动与农产品上行", "74.00", "69.80"],
    ["基层社改造提升", "基层供销社改造提升", "54.00", "46.59"],
    ["合计", "", "352.00", "327.46"],
]:
    cells = t2.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
t2.rows[-1].cells[0].merge(t2.rows[-1].cells[1]).text = "合计"

doc.add_paragraph("年度绩效指标完成情况")
t3 = doc.add_table(rows=1, cols=6)
t3.style = "Table Grid"
for i, v in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"]):
    t3.rows[0].cells[i].text = v
ind = [
    ["产出指标", "数量指标", "农资储备量", "≧3.2万吨", "3.46万吨", "3.05万吨"],
    ["产出指标", "数量指标", "新建改造农村电商服务站", "≧60个", "68个", "52个"],
    ["产出指标", "数量指标", "改造提升基层社", "≧12个", "14个", "10个"],
    ["产出指标", "数量指标", "培训电商人员", "≧1500人次", "1736人次", "1420人次"],
    ["产出指标", "质量指标", "农资质量抽检合格率", "≧98%", "99.2%", ""],
    ["产出指标", "时效指标", "春耕农资储备到位", "3月31日前", "3月22日", ""],
    ["产出指标", "时效指标", "服务站申请办结时限", "≤5个工作日", "3个工作日", ""],
    ["效益指标", "经济效益指标", "农产品销售额", "≧2.5亿元", "2.87亿元", "2.41亿元"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≧90%", "94.8%", ""],
]
for r in ind:
    cells = t3.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
top = t3.rows[1].cells[0]
for k in range(2, 8):
    top = top.merge(t3.rows[k].cells[0])
top.text = "产出指标"

OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
