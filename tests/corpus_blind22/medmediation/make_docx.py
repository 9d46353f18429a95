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
import csv, io
C="medmediation"
ci0,ci1,ce=D("96.00"),D("88.50"),D("85.37")
si0,si1,se=D("40.00"),D("40.00"),D("33.26")
t0,t1,te=ci0+si0,ci1+si1,ce+se
items=[("纠纷受理与调解运行",D("41.25")),("调解员培训",D("18.62")),("远程调解室建设",D("29.80")),("医学法学专家咨询",D("16.44")),("宣传与档案",D("12.52"))]
assert sum(v for _,v in items)==te
cty=[("东昌府区",986,931,"18,624,350",912),("临清市",512,486,"9,318,400",488),("阳谷县",398,371,"6,205,730",402),("莘县",421,399,"7,046,120",376),("茌平区",355,338,"5,872,900",341),("东阿县",248,232,"3,941,260",233),("冠县",289,270,"4,508,810",264),("高唐县",203,190,"3,186,450",170)]
acc=sum(c[1] for c in cty); fin=sum(c[2] for c in cty); last=sum(c[4] for c in cty)
amt=sum(int(c[3].replace(",","")) for c in cty)
assert acc==3412 and fin==3217 and last==3186
# docx
from docx import Document
doc=Document()
doc.add_heading("项目支出绩效自评表（2023年度）",1)
t=doc.add_table(rows=0,cols=7); t.style="Table Grid"
def row(*v):
    r=t.add_row().cells
    for i,x in enumerate(v): r[i].text=str(x)
    return r
r=row("项目名称","2023年医疗纠纷人民调解与调解能力建设项目","","","","","")
r[1].merge(r[6])
r=row("实施单位","聊城市医疗纠纷人民调解委员会","","主管部门","聊城市司法局","","")
r[1].merge(r[2]); r[4].merge(r[6])
row("项目资金（万元）","年初预算数","全年预算数","全年执行数","分值","执行率","得分")
row("年度资金总额",t0,t1,te,"10",f"{pct(te,t1)}%","9.23")
row("其中：市级财政资金",ci0,ci1,ce,"","","")
row("上级转移支付资金",si0,si1,se,"","","")
r=row("备注","市级财政资金年中因统筹压减调减，上级转移支付资金未调整。","","","","","")
r[1].merge(r[6])
doc.add_heading("支出明细（万元）",2)
t2=doc.add_table(rows=1,cols=2); t2.style="Table Grid"
t2.rows[0].cells[0].text="明细项目"; t2.rows[0].cells[1].text="执行数"
for n,v in items+[("合计",te)]:
    c=t2.add_row().cells; c[0].text=n; c[1].text=str(v)
doc.add_heading("绩效指标",2)
t3=doc.add_table(rows=1,cols=6); t3.style="Table Grid"
for i,h in enumerate(["一级指标","二级指标","三级指标","年度指标值","实际完成值","上年实际"]): t3.rows[0].cells[i].text=h
ind=[("产出指标","数量指标","受理医疗纠纷","≥3000件","3412件","3186件"),
("产出指标","数量指标","培训调解员","≥400人次","468人次","—"),
("产出指标","数量指标","建成远程调解室","≥8个","9个","—"),
("产出指标","质量指标","纠纷办结率","≥90%","94.3%","92.8%"),
("产出指标","质量指标","调解成功率","≥60%","63.7%","61.2%"),
("产出指标","时效指标","纠纷调解期限","≤45日","38日","—"),
("产出指标","时效指标","远程调解室建成时间","10月31日前","9月26日","—"),
("满意度指标","服务对象满意度指标","医患双方满意度","≥90%","93.5%","—")]
for x in ind:
    c=t3.add_row().cells
    for i,v in enumerate(x): c[i].text=v
start=len(t3.rows)-len(ind)
t3.cell(start,0).merge(t3.cell(start+6,0)); t3.cell(start,0).text="产出指标"
t3.cell(start,1).merge(t3.cell(start+2,1)); t3.cell(start,1).text="数量指标"
import os
os.makedirs(f"{ROOT}/{C}/sources",exist_ok=True)
doc.save(f"{ROOT}/{C}/sources/项目支出绩效自评表.docx")
# GBK csv
b=io.StringIO(); w=csv.writer(b,lineterminator="\r\n")
w.writerow(["县市区","受理纠纷（件）","办结（件）","涉及赔付金额（元）","上年受理（件）"])
for c in cty: w.writerow([c[0],c[1],c[2],c[3],c[4]])
w.writerow(["合计",th(acc),th(fin),th(amt),th(last)])
w.writerow(["备注：上半年全市受理医疗纠纷1,597件；第一期调解员培训3月20日至3月24日在临清市举办，212人次；第二期8月14日至8月18日在冠县举办，256人次。","","","",""])
src(C,"分县市区纠纷统计.csv",b.getvalue(),enc="gbk")
