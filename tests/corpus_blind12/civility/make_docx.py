"""Builds sources/部门整体支出绩效自评表.docx (python-docx; run from a scratch venv, not a project dependency)."""
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
doc = Document()
doc.add_heading("九江市精神文明建设办公室2025年度部门整体支出绩效自评表", level=1)

t = doc.add_table(rows=2, cols=6)
t.style = "Table Grid"
t.cell(0, 0).text = "部门（单位）名称"
t.cell(0, 1).merge(t.cell(0, 3)).text = "九江市精神文明建设办公室"
t.cell(0, 4).merge(t.cell(0, 5)).text = "单位：万元"
t.cell(1, 0).text = "主管部门"
t.cell(1, 1).merge(t.cell(1, 5)).text = "中共九江市委宣传部"

funds = [
    ("项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"),
    ("年度资金总额", "1,286.40", "1,241.90", "1,198.35", "96.49%", ""),
    ("按支出结构：基本支出", "612.40", "635.90", "631.72", "99.34%", "人员调入，年中追加"),
    ("按支出结构：项目支出", "674.00", "606.00", "566.63", "93.50%", "压减一般性支出68.00万元"),
    ("按来源：一般公共预算财政拨款", "1,206.40", "1,161.90", "1,121.25", "96.50%", ""),
    ("按来源：其他资金", "80.00", "80.00", "77.10", "96.38%", ""),
]
t = doc.add_table(rows=len(funds), cols=6)
t.style = "Table Grid"
for i, row in enumerate(funds):
    for j, v in enumerate(row):
        t.cell(i, j).text = v

doc.add_paragraph("项目支出明细")
tasks = [
    ("序号", "任务名称", "主要内容", "全年预算数", "全年执行数"),
    ("1", "文明城市创建常态化", "测评迎检、问题整改、公益广告", "262.00", "248.60"),
    ("2", "志愿服务推进", "志愿服务项目、志愿者保险与培训", "142.00", "136.45"),
    ("3", "未成年人思想道德建设", "乡村少年宫、心理辅导站", "108.00", "98.28"),
    ("4", "新时代文明实践中心建设", "实践所站提升、阵地运维", "94.00", "83.30"),
    ("合计", "", "", "606.00", "566.63"),
]
t = doc.add_table(rows=len(tasks), cols=5)
t.style = "Table Grid"
for i, row in enumerate(tasks):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
t.cell(5, 0).merge(t.cell(5, 2)).text = "合计"

doc.add_paragraph("年度绩效指标")
ind = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"),
    ("产出指标", "数量指标", "注册志愿者", "≧45万人", "48.6万人", "44.2万人"),
    ("产出指标", "数量指标", "开展志愿服务活动", "≧12000场", "13,284场", "11,906场"),
    ("产出指标", "数量指标", "新时代文明实践所站", "≧1200个", "1,236个", "1,187个"),
    ("产出指标", "数量指标", "选树“九江好人”", "≧40人", "46人", "41人"),
    ("产出指标", "质量指标", "文明城市测评成绩", "≧90分", "92.6分", "91.3分"),
    ("产出指标", "时效指标", "年度测评迎检完成时间", "11月底前", "11月12日", "11月20日"),
    ("产出指标", "时效指标", "测评问题整改时限", "≤7个工作日", "4个工作日", "6个工作日"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≧92%", "95.1%", "93.4%"),
]
t = doc.add_table(rows=len(ind), cols=6)
t.style = "Table Grid"
for i, row in enumerate(ind):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
t.cell(1, 0).merge(t.cell(7, 0)).text = "产出指标"
doc.save(HERE / "sources" / "部门整体支出绩效自评表.docx")
