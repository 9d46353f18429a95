"""Builds sources/项目支出绩效自评表.docx (python-docx, run from a scratch venv; not a project dependency)."""
from pathlib import Path

from docx import Document
from docx.shared import Pt

doc = Document()
doc.styles["Normal"].font.size = Pt(10)
doc.add_heading("项目支出绩效自评表（2024年度）", level=1)
doc.add_paragraph("项目名称：2024年纤维制品质量监督抽查与棉花公证检验项目")
doc.add_paragraph("主管部门：南通市市场监督管理局　　实施单位：南通市纤维检验所")
doc.add_paragraph("项目资金（单位：万元）")
t = doc.add_table(rows=4, cols=7)
t.style = "Table Grid"
rows = [
    ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "185.00", "196.40", "189.23", "10", "96.35%", "9.63"],
    ["其中：省级质检专项资金", "120.00", "131.40", "127.86", "", "", ""],
    ["市级财政资金", "65.00", "65.00", "61.37", "", "", ""],
]
for r, vals in enumerate(rows):
    for c, v in enumerate(vals):
        t.cell(r, c).text = v
doc.add_paragraph("备注：年中省级质检专项追加11.40万元，用于棉花公证检验外勤。")
doc.add_paragraph("支出明细（单位：万元）")
t = doc.add_table(rows=7, cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate([("支出项目", "执行数"), ("样品购置费", "46.85"), ("检验耗材费", "38.20"), ("设备检定维护费", "41.56"),
                            ("公证检验外勤费", "35.12"), ("信息化与培训费", "27.50"), ("合计", "189.23")]):
    t.cell(r, 0).text = k
    t.cell(r, 1).text = v
doc.add_paragraph("绩效指标")
ind = [
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
    ["产出指标", "数量指标", "纤维制品监督抽检批次", "≥600批次", "684批次", "612批次"],
    ["产出指标", "数量指标", "棉花公证检验量", "≥4.5万包", "4.87万包", "4.62万包"],
    ["产出指标", "质量指标", "检验报告准确率", "≧99%", "99.6%", "99.4%"],
    ["产出指标", "时效指标", "检验报告出具时间", "≤5个工作日", "3.5个工作日", "4个工作日"],
    ["产出指标", "时效指标", "年度专项抽查完成时间", "10月底前", "10月18日", "10月25日"],
    ["效益指标", "社会效益指标", "不合格产品后处理率", "=100%", "100%", "100%"],
    ["满意度指标", "服务对象满意度指标", "受检企业满意度", "≧90%", "95.2%", "93.8%"],
]
t = doc.add_table(rows=len(ind), cols=6)
t.style = "Table Grid"
for r, vals in enumerate(ind):
    for c, v in enumerate(vals):
        t.cell(r, c).text = v
t.cell(1, 0).merge(t.cell(5, 0)).text = "产出指标"
t.cell(1, 1).merge(t.cell(2, 1)).text = "数量指标"
t.cell(4, 1).merge(t.cell(5, 1)).text = "时效指标"
doc.add_paragraph("总分：95.6　　自评等级：优")
doc.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.docx")
