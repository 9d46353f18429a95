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
C="kidslib"
b0,b1,be=D("312.40"),D("318.60"),D("316.95")
p0,p1,pe=D("148.00"),D("136.50"),D("124.83")
t0,t1,te=b0+p0,b1+p1,be+pe
pj=[("少儿阅读推广",D("46.20"),D("43.18")),("馆藏图书采购",D("52.00"),D("49.65")),("流动图书车服务",D("21.30"),D("18.42")),("数字阅读平台",D("17.00"),D("13.58"))]
assert sum(x[1] for x in pj)==p1 and sum(x[2] for x in pj)==pe
import openpyxl
wb=openpyxl.Workbook(); ws=wb.active; ws.title="部门整体支出绩效自评表"
ws.merge_cells("A1:G1"); ws["A1"]="部门整体支出绩效自评表（2024年度）"
ws.merge_cells("A2:B2"); ws["A2"]="部门（单位）名称"; ws.merge_cells("C2:G2"); ws["C2"]="菏泽市少年儿童图书馆"
hdr=["项目","年初预算数（万元）","全年预算数（万元）","全年执行数（万元）","预算调整率","执行率","备注"]
ws.append(hdr)
def add(n,a,b,c,note=""):
    ws.append([n,float(a),float(b),float(c),float((b-a)/a),float(c/b),note])
    r=ws.max_row
    for col in "BCD": ws[f"{col}{r}"].number_format="0.00"
    ws[f"E{r}"].number_format="0.00%"; ws[f"F{r}"].number_format="0.00%"
add("年度预算合计",t0,t1,te)
add("基本支出",b0,b1,be,"人员经费调增")
add("项目支出",p0,p1,pe,"数字阅读平台等压减")
ws.append([]); ws.append(["重点项目","全年预算数（万元）","全年执行数（万元）"])
for n,a,c in pj:
    ws.append([n,float(a),float(c)]); r=ws.max_row; ws[f"B{r}"].number_format="0.00"; ws[f"C{r}"].number_format="0.00"
ws.append(["合计",float(p1),float(pe)]); r=ws.max_row; ws[f"B{r}"].number_format="0.00"; ws[f"C{r}"].number_format="0.00"
ws.append([])
ws.append(["一级指标","二级指标","三级指标","年度指标值","实际完成值","上年实际"])
s=ws.max_row+1
ind=[("产出指标","数量指标","新增馆藏图书","≥30000册","34265册","31870册"),
("产出指标","数量指标","举办少儿阅读活动","≥300场","342场","318场"),
("产出指标","数量指标","接待读者","≥60万人次","68.4万人次","61.9万人次"),
("产出指标","数量指标","流动图书车下乡服务","≥120次","136次","—"),
("产出指标","时效指标","新书上架时间","≤10个工作日","6个工作日","—"),
("产出指标","时效指标","数字阅读平台上线","9月30日前","8月28日","—"),
("满意度指标","服务对象满意度","读者满意度","≥95%","96.8%","95.9%")]
for x in ind: ws.append(list(x))
ws.merge_cells(f"A{s}:A{s+5}"); ws.merge_cells(f"B{s}:B{s+3}"); ws.merge_cells(f"B{s+4}:B{s+5}")
for c,wd in zip("ABCDEFG",[20,18,20,16,16,12,20]): ws.column_dimensions[c].width=wd
import os; os.makedirs(f"{ROOT}/{C}/sources",exist_ok=True)
wb.save(f"{ROOT}/{C}/sources/部门整体支出绩效自评表.xlsx")
cty=[("牡丹区",32,48630,42350,45210),("曹县",26,36215,35260,33902),("单县",21,29804,28470,30517),("巨野县",20,27450,27180,24386),("郓城县",19,25118,26040,23070),("东明县",18,21903,24900,20115)]
assert sum(c[1] for c in cty)==136 and sum(c[3] for c in cty)==184200
bor=sum(c[2] for c in cty); borl=sum(c[4] for c in cty)
md="| 县区 | 流动车服务（次） | 借阅（册次） | 经费（元） | 上年借阅（册次） |\n| --- | ---: | ---: | ---: | ---: |\n"
for c in cty: md+=f"| {c[0]} | {c[1]} | {th(c[2])} | {th(c[3])} | {th(c[4])} |\n"
md+=f"| 合计 | 136 | {th(bor)} | {th(184200)} | {th(borl)} |\n\n"
md+="注：上半年接待读者31.6万人次。“书香进校园”第一轮4月8日至4月19日在曹县开展，举办活动18场；第二轮10月14日至10月25日在单县开展，举办活动22场。\n"
src(C,"流动图书车分县区统计.md","# 流动图书车分县区服务统计（2024年）\n\n"+md)
