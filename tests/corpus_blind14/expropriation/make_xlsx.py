# Generates sources/部门整体支出绩效自评表.xlsx for this corpus case (content written by hand; run with python-docx / openpyxl / reportlab).
SPEC = [('自评表', {'rows': [['部门整体支出绩效自评表（2025年度）', None, None, None, None, None, None], ['部门（单位）名称', '三门峡市房屋征收与补偿办公室', None, None, None, '单位：万元', None], ['项目', None, '年初预算', '调整预算', '实际支出', '预算完成率', '预算调整率'], ['部门资金合计', None, ('1286.40', '0.00'), ('1198.60', '0.00'), ('1143.27', '0.00'), ('0.9538', '0.00%'), ('-0.0683', '0.00%')], ['按结构', '基本支出', ('486.40', '0.00'), ('512.80', '0.00'), ('508.95', '0.00'), None, None], [None, '项目支出', ('800.00', '0.00'), ('685.80', '0.00'), ('634.32', '0.00'), None, None], ['按来源', '一般公共预算', ('1136.40', '0.00'), ('1048.60', '0.00'), ('996.13', '0.00'), None, None], [None, '政府性基金预算', ('150.00', '0.00'), ('150.00', '0.00'), ('147.14', '0.00'), None, None], ['年度主要任务', None, None, None, None, None, None], ['任务名称', None, '预算数', '执行数', '完成情况', None, None], ['征收补偿政策落实与评估', None, ('268.50', '0.00'), ('251.36', '0.00'), '完成', None, None], ['征收档案与信息系统', None, ('142.30', '0.00'), ('128.74', '0.00'), '完成', None, None], ['安置房分配服务', None, ('175.00', '0.00'), ('163.92', '0.00'), '完成', None, None], ['第三方审计与法律服务', None, ('100.00', '0.00'), ('90.30', '0.00'), '完成', None, None], ['合计', None, ('685.80', '0.00'), ('634.32', '0.00'), None, None, None], ['绩效指标', None, None, None, None, None, None], ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '上年实际', None], ['产出指标', '数量指标', '完成房屋征收', '≥1800户', 1926, 1742, None], [None, None, '征收房屋面积（万平方米）', '≥24', 26.38, 23.15, None], [None, None, '分配安置房', '≥1500套', 1612, None, None], [None, None, '发放征收补偿款（亿元）', '≥9.5', 10.26, None, None], [None, '质量指标', '补偿款发放准确率', '=100%', '100%', None, None], [None, '时效指标', '信访件办结时限', '≤15个工作日', '9个工作日', None, None], [None, None, '年度安置房分配完成时间', '11月底前', '11月12日', None, None], ['满意度指标', '服务对象满意度', '被征收户满意度', '≧90%', '93.4%', None, None]], 'merges': ['A1:G1', 'B2:E2', 'F2:G2', 'A3:B3', 'A4:B4', 'A5:A6', 'A7:A8', 'A9:G9', 'A10:B10', 'A11:B11', 'A12:B12', 'A13:B13', 'A14:B14', 'A15:B15', 'A16:G16', 'A18:A24', 'B18:B21', 'B23:B24'], 'widths': {'A': 18, 'B': 18, 'C': 26, 'D': 14, 'E': 14, 'F': 14, 'G': 14}})]
OUT = 'sources/部门整体支出绩效自评表.xlsx'

from openpyxl import Workbook
from openpyxl.styles import Alignment
wb = Workbook()
wb.remove(wb.active)
for name, sheet in SPEC:
    ws = wb.create_sheet(name)
    for r, row in enumerate(sheet["rows"], start=1):
        for c, val in enumerate(row, start=1):
            if val is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(val, tuple):  # (number, number format)
                cell.value = float(val[0])
                cell.number_format = val[1]
            else:
                cell.value = val
                if isinstance(val, str) and val.startswith("="):
                    cell.data_type = "s"  # a target such as "=100%" typed as text, not a formula
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for rng in sheet["merges"]:
        ws.merge_cells(rng)
    for col, width in sheet.get("widths", {}).items():
        ws.column_dimensions[col].width = width
wb.save(OUT)
