"""Writes sources/自评表.docx: 惠州市惠城区城市照明管理所 2024 年城市道路照明维护经费项目支出绩效自评表 (python-docx)."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).parent / "sources" / "自评表.docx"
doc = Document()
doc.add_heading("项目支出绩效自评表（2024年度）", level=1)
doc.add_paragraph("项目名称：城市道路照明维护经费　　实施单位：惠州市惠城区城市照明管理所　　主管部门：惠城区住房和城乡建设局")


def table(rows: list[list[str]], merges: list[tuple[int, int, int, int]] = ()) -> None:
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for r0, c0, r1, c1 in merges:
        keep = t.cell(r0, c0).text
        t.cell(r0, c0).merge(t.cell(r1, c1)).text = keep
    doc.add_paragraph()


table([
    ["项目资金", "单位：万元", "", "", "", ""],
    ["", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
    ["年度资金总额", "1350.00", "1426.80", "1389.57", "97.39%", "9.74"],
], [(0, 1, 0, 5)])
table([
    ["支出明细（万元）", "全年执行数"],
    ["路灯电费", "786.40"],
    ["日常维修养护", "342.65"],
    ["LED节能改造", "198.72"],
    ["高空作业车租赁及运行", "61.80"],
    ["合计", "1389.57"],
])
table([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "分值", "得分"],
    ["产出指标", "数量指标", "管养路灯数量", "≥42000盏", "43618盏", "41205盏", "10", "10"],
    ["产出指标", "数量指标", "LED节能改造", "≥2000盏", "2260盏", "—", "10", "10"],
    ["产出指标", "质量指标", "主次干道亮灯率", "≥98%", "98.9%", "98.3%", "10", "10"],
    ["产出指标", "时效指标", "LED改造完成时间", "9月前", "8月", "—", "5", "5"],
    ["产出指标", "时效指标", "路灯故障修复时间", "2天以内", "1.2天", "1.6天", "10", "10"],
    ["效益指标", "经济效益指标", "改造路段节电率", "≥10%", "12.4%", "—", "15", "15"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "94.2%", "92.8%", "10", "10"],
], [(1, 0, 5, 0), (1, 1, 2, 1), (4, 1, 5, 1)])
doc.add_paragraph("自评得分：99.74分")
OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
