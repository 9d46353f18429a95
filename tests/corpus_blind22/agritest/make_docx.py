# Generates this case's sources/ (run from a scratch venv with python-docx / openpyxl / reportlab; not a project dependency).
import os
from decimal import Decimal as D, ROUND_HALF_UP
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)
def pct(a, b, n=2):
    return q(D(a) / D(b) * 100, n)
def th(x):
    return f"{int(x):,}"
def src(case, name, content, enc="utf-8"):
    d = os.path.join(ROOT, case, "sources")
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, name), "w", encoding=enc, newline="").write(content)
C="agritest"
c0,c1,ce=D("118.00"),D("118.00"),D("109.64")
p0,p1,pe=D("60.00"),D("72.60"),D("71.28")
t0,t1,te=c0+p0,c1+p1,ce+pe
tk=[("例行监测抽检",D("68.45")),("快速检测站运维",D("39.82")),("检测设备购置",D("52.36")),("追溯平台与培训",D("20.29"))]
assert sum(v for _,v in tk)==te
Y=f"""# 项目支出绩效自评表 — 都匀市农产品质量安全检测中心 2023 年
项目名称: 2023年农产品质量安全监测与快速检测项目
被评价年度: 2023
表格类型: 项目支出
主管部门: 都匀市农业农村局
实施单位: 都匀市农产品质量安全检测中心

项目资金:
  单位: 万元
  年初预算数: {t0}
  全年预算数: {t1}
  全年执行数: {te}
  其中:
    - 名称: 市级财政资金
      年初预算数: {c0}
      全年预算数: {c1}
      全年执行数: {ce}
    - 名称: 省级农业专项资金
      年初预算数: {p0}
      全年预算数: {p1}
      全年执行数: {pe}
  执行率: {pct(te,t1)}
  分值: 10
  得分: 9.49

年度总体目标:
  - 定量检测样品不少于3000批次，快速检测不少于40000批次，抽检合格率不低于98%。
  - 检测报告5个工作日内出具，新购设备10月31日前完成验收。

主要任务:
  - 编号: 任务1
    任务: 例行监测抽检
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 定量检测样品
        年度指标值: ≥3000批次
        实际完成值: 3268批次
        上年实际: 3075批次
      - 一级指标: 产出指标
        二级指标: 质量指标
        三级指标: 抽检合格率
        年度指标值: ≥98%
        实际完成值: 98.9%
      - 一级指标: 产出指标
        二级指标: 时效指标
        三级指标: 检测报告出具时间
        年度指标值: ≤5个工作日
        实际完成值: 3.5个工作日
    任务涉及金额: 68.45
  - 编号: 任务2
    任务: 快速检测站运维
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 快速检测
        年度指标值: ≥40000批次
        实际完成值: 43516批次
    任务涉及金额: 39.82
  - 编号: 任务3
    任务: 检测设备购置
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 购置检测设备
        年度指标值: ≥6台套
        实际完成值: 7台套
      - 一级指标: 产出指标
        二级指标: 时效指标
        三级指标: 设备验收时间
        年度指标值: 10月31日前
        实际完成值: 9月22日
    任务涉及金额: 52.36
  - 编号: 任务4
    任务: 追溯平台与培训
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 培训生产经营主体
        年度指标值: ≥500人次
        实际完成值: 546人次
    任务涉及金额: 20.29
"""
src(C,"input.yaml",Y)
ar=[("沙包堡街道",14208,42,128650,13486),("小围寨街道",11375,31,104350,10920),("墨冲镇",9642,25,88900,9851),("匀东镇",8291,18,76300,7543)]
assert sum(a[1] for a in ar)==43516 and sum(a[3] for a in ar)==398200
fail=sum(a[2] for a in ar); last=sum(a[4] for a in ar)
from docx import Document
doc=Document(); doc.add_heading("都匀市农产品质量安全检测中心2023年工作记录",1)
for p in ["4月10日，第一批省级飞行抽检配合工作在墨冲镇开始，4月21日结束，完成定量检测186批次。",
"6月30日，上半年累计完成定量检测1,542批次。",
"7月18日，新购检测设备到货，存放于一号检测实验室；9月22日通过验收。",
"9月4日，第二批飞行抽检在平浪镇开始，9月15日结束，完成定量检测214批次。",
"12月25日，结算全年检测试剂尾款45,850元。",
"各快检站全年情况如下表。"]: doc.add_paragraph(p)
t=doc.add_table(rows=1,cols=5); t.style="Table Grid"
for i,h in enumerate(["快检站所在地","快检批次","不合格批次","运维经费（元）","上年快检批次"]): t.rows[0].cells[i].text=h
for a in ar+[("合计",43516,fail,398200,last)]:
    c=t.add_row().cells; c[0].text=a[0]; c[1].text=th(a[1]); c[2].text=str(a[2]); c[3].text=th(a[3]); c[4].text=th(a[4])
import os; os.makedirs(f"{ROOT}/{C}/sources",exist_ok=True)
doc.save(f"{ROOT}/{C}/sources/检测中心工作记录.docx")
