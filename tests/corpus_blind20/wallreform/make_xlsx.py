# make_xlsx.py — writes sources/部门整体支出绩效自评表.xlsx (run with openpyxl from a scratch venv)
from decimal import Decimal
from openpyxl import Workbook
from openpyxl.styles import Alignment
wb = Workbook(); ws = wb.active; ws.title = "部门整体支出绩效自评表"
def put(r, c, v, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    if fmt: cell.number_format = fmt
    cell.alignment = Alignment(wrap_text=True, vertical="center")
ws.merge_cells("A1:H1"); put(1, 1, "部门整体支出绩效自评表（2024年度）")
ws.merge_cells("A2:B2"); put(2, 1, "部门（单位）名称"); ws.merge_cells("C2:H2"); put(2, 3, "达州市墙体材料改革办公室")
put(3, 1, "单位：万元")
hdr = ["年度预算", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "预算调整率", "备注"]
for i, h in enumerate(hdr, 1): put(4, i, h)
ws.merge_cells("A5:A7"); put(5, 1, "按支出性质")
rows = [("年度总金额", 331.40, 321.15, 307.95), ("基本支出", 186.40, 192.65, 190.12), ("项目支出", 145.00, 128.50, 117.83)]
for k, (n, a, b, c) in enumerate(rows):
    r = 5 + k; put(r, 2, n); put(r, 3, a, "0.00"); put(r, 4, b, "0.00"); put(r, 5, c, "0.00")
    put(r, 6, float(Decimal(str(c)) / Decimal(str(b))), "0.00%"); put(r, 7, float((Decimal(str(b)) - Decimal(str(a))) / Decimal(str(a))), "0.00%")
put(6, 8, "人员经费调增"); put(7, 8, "专项任务压减")
ws.merge_cells("A8:A9"); put(8, 1, "按资金来源")
for k, (n, a, b, c) in enumerate([("财政拨款", 301.40, 291.15, 279.60), ("新型墙体材料专项基金", 30.00, 30.00, 28.35)]):
    r = 8 + k; put(r, 2, n); put(r, 3, a, "0.00"); put(r, 4, b, "0.00"); put(r, 5, c, "0.00")
put(11, 1, "重点项目"); put(11, 2, "项目名称"); put(11, 3, "预算数"); put(11, 4, "执行数")
proj = [("新型墙材推广应用", 42.00, 39.26), ("散装水泥与预拌砂浆监管", 35.50, 33.18), ("墙材企业监督检查", 28.00, 25.64), ("绿色建材认证宣传", 23.00, 19.75), ("合计", 128.50, 117.83)]
for k, (n, a, b) in enumerate(proj):
    r = 12 + k; put(r, 2, n); put(r, 3, a, "0.00"); put(r, 4, b, "0.00")
ws.merge_cells("A12:A16")
r = 18
for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"], 1): put(r, i, h)
ind = [("产出指标", "数量指标", "检查墙材生产企业", "≥80家", "86家", "79家"),
       ("产出指标", "数量指标", "墙材产品抽检", "≥300批次", "312批次", "288批次"),
       ("产出指标", "数量指标", "督促整改问题", "≥40个", "47个", "43个"),
       ("产出指标", "质量指标", "新型墙材应用比例", "≥90%", 0.924, 0.896),
       ("产出指标", "时效指标", "投诉办结时间", "≤10个工作日", "6个工作日", "8个工作日"),
       ("产出指标", "时效指标", "年度监管报告报送", "11月底前", "11月12日", "11月20日"),
       ("效益指标", "经济效益指标", "预拌砂浆使用量", "≥35万吨", "38.6万吨", "34.2万吨"),
       ("满意度指标", "服务对象满意度", "企业满意度", "≥90%", 0.941, 0.928)]
for k, row in enumerate(ind):
    for i, v in enumerate(row, 1):
        put(r + 1 + k, i, v, "0.0%" if isinstance(v, float) else None)
ws.merge_cells(start_row=19, start_column=1, end_row=25, end_column=1)
ws.merge_cells(start_row=19, start_column=2, end_row=21, end_column=2)
for col, w in zip("ABCDEFGH", [12, 22, 18, 14, 14, 12, 12, 14]): ws.column_dimensions[col].width = w
wb.save("sources/部门整体支出绩效自评表.xlsx")
