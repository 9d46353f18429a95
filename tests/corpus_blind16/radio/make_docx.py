"""Builds sources/项目支出绩效自评表.docx (python-docx): the project form of 淇县融媒体中心 as Word tables."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).parent / "sources" / "项目支出绩效自评表.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.size = Pt(10)
doc.add_heading("项目支出绩效自评表", level=1)
doc.add_paragraph("（2024年度）")

head = doc.add_table(rows=3, cols=4)
head.style = "Table Grid"
head.cell(0, 0).text = "项目名称"
head.cell(0, 1).merge(head.cell(0, 3)).text = "应急广播与节目制作播出项目"
head.cell(1, 0).text = "主管部门"
head.cell(1, 1).text = "中共淇县县委宣传部"
head.cell(1, 2).text = "实施单位"
head.cell(1, 3).text = "淇县融媒体中心（淇县广播电视台）"
head.cell(2, 0).text = "备注"
head.cell(2, 1).merge(head.cell(2, 3)).text = "二号机房、一号演播室改造纳入本项目设备购置"

doc.add_paragraph("项目资金（单位：万元）")
funds = doc.add_table(rows=4, cols=7)
funds.style = "Table Grid"
rows = [
    ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "240.00", "265.50", "251.18", "10", "94.61%", "9.46"],
    ["其中：县级财政拨款", "180.00", "180.00", "171.36", "—", "—", "—"],
    ["上级转移支付", "60.00", "85.50", "79.82", "—", "—", "—"],
]
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        funds.cell(r, c).text = v
doc.add_paragraph("注：上级转移支付为省级应急广播补助，年中追加。")

doc.add_paragraph("支出明细（单位：万元）")
det = doc.add_table(rows=7, cols=2)
det.style = "Table Grid"
for r, (k, v) in enumerate([("支出项目", "金额"), ("应急广播终端维护", "68.45"), ("节目制作", "54.30"),
                            ("发射台运行电费", "41.25"), ("设备购置", "52.68"), ("人员劳务", "34.50"),
                            ("合计", "251.18")]):
    det.cell(r, 0).text = k
    det.cell(r, 1).text = v

doc.add_paragraph("绩效指标")
ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "维护村级应急广播终端", "≥1200个", "1318个", "1164个"],
    ["产出指标", "数量指标", "终端在线覆盖行政村", "≥180个", "186个", "172个"],
    ["产出指标", "数量指标", "自办新闻节目播出", "≥300期", "326期", "305期"],
    ["产出指标", "质量指标", "安全播出时长", "≥6500小时", "6752小时", "6540小时"],
    ["产出指标", "质量指标", "重大停播事故", "=0次", "0次", "0次"],
    ["产出指标", "时效指标", "汛前设备检修完成时间", "5月31日前", "5月17日", "—"],
    ["产出指标", "时效指标", "终端故障平均修复时长", "≤48小时", "31小时", "—"],
    ["效益指标", "社会效益", "应急广播终端在线率", "≧95%", "97.3%", "96.1%"],
    ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", "93.6%", "—"],
]
tab = doc.add_table(rows=len(ind), cols=6)
tab.style = "Table Grid"
for r, row in enumerate(ind):
    for c, v in enumerate(row):
        tab.cell(r, c).text = v
# 一级指标 merged over the rows that share it
tab.cell(1, 0).merge(tab.cell(7, 0)).text = "产出指标"
tab.cell(1, 1).merge(tab.cell(3, 1)).text = "数量指标"
tab.cell(4, 1).merge(tab.cell(5, 1)).text = "质量指标"
tab.cell(6, 1).merge(tab.cell(7, 1)).text = "时效指标"
doc.add_paragraph("总分：94.2分　自评等级：优")
OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
