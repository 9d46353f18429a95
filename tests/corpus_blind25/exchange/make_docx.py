"""Builds sources/项目支出绩效自评表.docx (run with python-docx from a scratch venv; not a project dependency)."""
from pathlib import Path

from docx import Document

doc = Document()
doc.add_heading("项目支出绩效自评表", level=1)
doc.add_paragraph("（2023年度）")
t = doc.add_table(rows=0, cols=7)
t.style = "Table Grid"


def row(*cells):
    r = t.add_row().cells
    for c, v in zip(r, cells):
        c.text = "" if v is None else str(v)
    return r


r = row("项目名称", "国有产权交易服务平台运营项目", "", "", "", "", "")
r[1].merge(r[6])
r = row("主管部门", "陇南市财政局", "", "实施单位", "陇南市产权交易中心", "", "")
r[1].merge(r[2]); r[4].merge(r[6])
row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
row("年度资金总额", "356.00", "331.80", "318.47", "10", "95.98%", "9.60")
row("其中：本年财政拨款", "296.00", "296.00", "291.64", "", "", "")
row("上年结转资金", "60.00", "35.80", "26.83", "", "", "")
r = row("备注", "上年结转资金中24.20万元因采购计划变更于年中收回。", "", "", "", "", "")
r[1].merge(r[6])
r = row("支出明细", "项目", "", "", "全年执行数（万元）", "", "")
r[1].merge(r[3]); r[4].merge(r[6])
for name, v in [("平台系统运维", "112.36"), ("交易场所运行", "84.52"), ("信息披露与公告", "46.95"),
                ("评估专家劳务", "38.14"), ("电子档案数字化", "36.50"), ("合计", "318.47")]:
    r = row("", name, "", "", v, "", "")
    r[1].merge(r[3]); r[4].merge(r[6])
doc.add_paragraph("绩效指标")
t = doc.add_table(rows=0, cols=7)
t.style = "Table Grid"
row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际", "得分")
for cells in [("产出指标", "数量指标", "完成交易项目", "≥260宗", "302宗", "271宗", "15"),
              ("", "", "电子档案数字化", "≥1.2万卷", "1.38万卷", "", "10"),
              ("", "质量指标", "平均增值率", "≥5%", "8.6%", "", "10"),
              ("", "时效指标", "挂牌公告发布时限", "≤3个工作日", "2个工作日", "", "10"),
              ("", "", "平台升级上线", "6月30日前", "6月12日", "", "5"),
              ("效益指标", "经济效益", "成交金额", "≥25亿元", "31.46亿元", "27.80亿元", "30"),
              ("满意度指标", "服务对象满意度", "交易主体满意度", "≥95%", "97.8%", "", "10")]:
    row(*cells)
col0 = [t.rows[i].cells[0] for i in range(1, 6)]
col0[0].merge(col0[-1])
t.rows[1].cells[1].merge(t.rows[2].cells[1])
t.rows[4].cells[1].merge(t.rows[5].cells[1])
doc.save(Path(__file__).parent / "sources" / "项目支出绩效自评表.docx")
