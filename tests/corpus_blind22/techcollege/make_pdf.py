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
C="techcollege"
z0,z1,ze=D("220.00"),D("220.00"),D("204.36")
c0,c1,ce=D("130.00"),D("151.80"),D("149.27")
t0,t1,te=z0+c0,z1+c1,ze+ce
items=[("实训设备购置",D("138.45")),("培训课程开发",D("52.30")),("学员培训补贴",D("118.64")),("竞赛与鉴定",D("44.24"))]
assert sum(v for _,v in items)==te
mj=[("数控加工",1426,1284,308150,1352),("电工",1208,1079,261250,1096),("焊接",987,862,213400,1004),("汽车维修",1035,921,225600,893),("养老护理",830,715,178000,627)]
n=sum(m[1] for m in mj); cert=sum(m[2] for m in mj); sub=sum(m[3] for m in mj); nl=sum(m[4] for m in mj)
assert n==5486 and cert==4861 and sub==1186400 and nl==4972
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont("wqy","/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
import os; os.makedirs(f"{ROOT}/{C}/sources",exist_ok=True)
doc=SimpleDocTemplate(f"{ROOT}/{C}/sources/项目支出绩效自评表.pdf",pagesize=A4,leftMargin=30,rightMargin=30)
st=ParagraphStyle("c",fontName="wqy",fontSize=12)
ts=TableStyle([("FONT",(0,0),(-1,-1),"wqy",8),("GRID",(0,0),(-1,-1),0.5,colors.black),("VALIGN",(0,0),(-1,-1),"MIDDLE")])
el=[Paragraph("项目支出绩效自评表（2025年度）",st),Spacer(1,8)]
d1=[["项目名称","2025年技能人才培训与实训基地建设项目","","",""],
["实施单位","泸州市技师学院","主管部门","泸州市人力资源和社会保障局",""],
["资金（万元）","年初预算数","全年预算数","全年执行数","执行率"],
["年度资金总额",str(t0),str(t1),str(te),f"{pct(te,t1)}%"],
["中央职业技能提升资金",str(z0),str(z1),str(ze),""],
["市级财政资金",str(c0),str(c1),str(ce),""],
["备注","市级财政资金年中追加用于实训楼改造配套","","",""]]
t=Table(d1,colWidths=[120,150,90,140,50]); s2=TableStyle(ts.getCommands()+[("SPAN",(1,0),(4,0)),("SPAN",(3,1),(4,1)),("SPAN",(1,6),(4,6))]); t.setStyle(s2); el+=[t,Spacer(1,8)]
d2=[["支出明细","执行数（万元）"]]+[[a,str(v)] for a,v in items]+[["合计",str(te)]]
t=Table(d2,colWidths=[200,120]); t.setStyle(ts); el+=[t,Spacer(1,8)]
ind=[["一级指标","二级指标","三级指标","年度指标值","实际完成值","上年实际"],
["产出指标","数量指标","开展职业技能培训","≥5000人次","5486人次","4972人次"],
["","","新增实训工位","≥160个","172个","—"],
["","","开发培训课程","≥24门","27门","—"],
["","质量指标","培训取证率","≥85%","88.6%","—"],
["","时效指标","设备到位时间","≤30日","21日","—"],
["","","实训楼改造完工","8月31日前","8月12日","—"],
["效益指标","社会效益指标","毕业生就业率","≥95%","97.2%","96.5%"]]
t=Table(ind,colWidths=[60,80,120,90,90,80]); t.setStyle(TableStyle(ts.getCommands()+[("SPAN",(0,1),(0,6)),("SPAN",(1,1),(1,3)),("SPAN",(1,5),(1,6))])); el+=[t]
doc.build(el)
led="专业\t培训人次\t取证人数\t培训补贴(元)\t上年人次\n"+"".join(f"{m[0]}\t{th(m[1])}\t{th(m[2])}\t{th(m[3])}\t{th(m[4])}\n" for m in mj)
led+=f"合计\t{th(n)}\t{th(cert)}\t{th(sub)}\t{th(nl)}\n\n说明：上半年培训2,618人次。第一期订单班4月7日至4月18日在古蔺县二郎镇开班，145人次；第二期11月3日至11月14日在叙永县开班，168人次。设备3月10日下单，3月31日全部到货。\n"
src(C,"分专业培训台账.txt",led)
