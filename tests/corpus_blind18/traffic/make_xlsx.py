# make_xlsx.py — 梧州市交通运输综合执法大队 2024年部门整体支出绩效自评表 (openpyxl, run from a scratch venv)
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
wb = Workbook(); ws = wb.active; ws.title = '部门整体支出绩效自评表'
rows = [
 ['部门整体支出绩效自评表（2024年度）', None, None, None, None, None, None],
 ['部门名称', '梧州市交通运输综合执法大队', None, None, '主管部门', '梧州市交通运输局', None],
 ['年度预算执行情况（单位：万元）', '项目', '年初预算数', '全年预算数', '全年执行数', '执行率', '预算调整率'],
 [None, '年度资金总额', 1931.40, 1911.25, 1859.63, 0.9730, -0.0104],
 [None, '其中：基本支出', 1286.40, 1312.75, 1298.36, 0.9890, 0.0205],
 [None, '项目支出', 645.00, 598.50, 561.27, 0.9378, -0.0721],
 [None, '按来源：财政拨款', 1780.00, 1752.15, 1712.48, None, None],
 [None, '其他收入', 151.40, 159.10, 147.15, None, None],
 ['重点项目（单位：万元）', '项目名称', '预算数', '执行数', None, None, None],
 [None, '路政巡查', 186.00, 178.42, None, None, None],
 [None, '治超检测站运行', 214.50, 203.66, None, None, None],
 [None, '执法装备购置', 120.00, 106.35, None, None, None],
 [None, '执法培训与普法', 78.00, 72.84, None, None, None],
 [None, '合计', 598.50, 561.27, None, None, None],
 ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际', '备注'],
 ['产出指标', '数量指标', '路政巡查里程（公里）', '≥36000', 38642, 35910, None],
 [None, None, '查处超限超载车辆（辆）', '≥1200', 1346, 1418, '上半年618辆'],
 [None, None, '执法人员培训（人次）', '≥800', 864, 812, None],
 [None, None, '新增执法记录仪（台）', '≥40', 46, None, None],
 [None, '质量指标', '案件办结率', '≥95%', 0.978, 0.965, None],
 [None, '时效指标', '投诉处理时限', '≤7个工作日', '4.5个工作日', None, None],
 [None, None, '年度执法报告报送', '12月20日前', '12月6日', None, None],
 ['效益指标', '社会效益', '辖区国省道超限率', '≤2%', 0.0146, 0.0183, None],
 ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', 0.936, None, None],
]
for r in rows: ws.append(r)
ws.merge_cells('A1:G1'); ws.merge_cells('B2:D2'); ws.merge_cells('F2:G2')
ws.merge_cells('A3:A8'); ws.merge_cells('A9:A14'); ws.merge_cells('A16:A22'); ws.merge_cells('B16:B19'); ws.merge_cells('B21:B22')
for row in ws.iter_rows(min_row=4, max_row=14):
    for c in row[2:5]:
        if isinstance(c.value, float): c.number_format = '#,##0.00'
for r in range(4, 7):
    ws.cell(r, 6).number_format = '0.00%'; ws.cell(r, 7).number_format = '0.00%'
for r in (20, 23, 24):
    for col in (5, 6):
        if ws.cell(r, col).value is not None: ws.cell(r, col).number_format = '0.0%'
for r in (16, 17, 18):
    ws.cell(r, 5).number_format = '#,##0'; ws.cell(r, 6).number_format = '#,##0'
ws.cell(23, 5).number_format = '0.00%'; ws.cell(23, 6).number_format = '0.00%'
ws['A1'].font = Font(bold=True, size=14); ws['A1'].alignment = Alignment(horizontal='center')
for col, w in zip('ABCDEFG', (22, 18, 26, 14, 14, 12, 14)): ws.column_dimensions[col].width = w
wb.save('sources/部门整体支出绩效自评表.xlsx')
