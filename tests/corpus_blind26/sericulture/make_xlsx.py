"""Builds sources/项目支出绩效自评表.xlsx (葫芦岛市蚕业研究所, 2023) with openpyxl; the content is held here in text.

执行率 and 预算调整率 are stored as fractions with a "0.00%" number format, amounts with "0.00", as the finance
bureau's template keeps them."""
from pathlib import Path

TITLE = "项目支出绩效自评表（2023年度）"
HEADER = [("项目名称", "柞蚕良种繁育与养殖技术推广项目"), ("主管部门", "葫芦岛市农业农村局"),
          ("实施单位", "葫芦岛市蚕业研究所"), ("资金单位", "万元")]
# name, 年初预算数, 全年预算数, 全年执行数, 预算调整率 (fraction), 执行率 (fraction), 分值, 得分
FUNDS = [
    ("年度资金总额", 106.00, 99.00, 95.39, -7 / 106, 95.39 / 99, 10, 9.64),
    ("其中：省级农业专项资金", 70.00, 63.00, 60.52, -0.10, 60.52 / 63, None, None),
    ("市级财政资金", 36.00, 36.00, 34.87, 0.0, 34.87 / 36, None, None),
]
DETAIL = [("柞蚕良种繁育", 31.26), ("养殖技术推广", 24.80), ("蚕农培训", 12.45), ("蚕病防控检测", 15.38),
          ("蚕场设备维护", 11.50), ("合计", 95.39)]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 上年实际
INDICATORS = [
    ("产出指标", "数量指标", "供应柞蚕良种", "≥1200公斤", "1356公斤", "1248公斤"),
    ("产出指标", "数量指标", "推广示范户", "≥300户", "327户", "342户"),
    ("产出指标", "数量指标", "培训蚕农", "≥800人次", "916人次", "851人次"),
    ("产出指标", "质量指标", "蚕病检测样品", "≥500份", "568份", "523份"),
    ("产出指标", "时效指标", "检测报告出具时间", "≤10个工作日", "6个工作日", ""),
    ("产出指标", "时效指标", "春蚕种发放完成时间", "4月30日前", "4月18日", ""),
    ("满意度指标", "服务对象满意度", "蚕农满意度", "≥90%", "94.2%", "92.7%"),
]


def build(out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.merge_cells("A1:H1")
    ws["A1"] = TITLE
    ws["A1"].alignment = Alignment(horizontal="center")
    r = 2
    for k, v in HEADER:
        ws.cell(r, 1, k)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(r, 2, v)
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "项目资金")
    r += 1
    for c, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "预算调整率", "执行率", "分值", "得分"], 1):
        ws.cell(r, c, h)
    r += 1
    for row in FUNDS:
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            cell = ws.cell(r, c, v)
            if c in (2, 3, 4, 8):
                cell.number_format = "0.00"
            elif c in (5, 6):
                cell.number_format = "0.00%"
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "支出明细（万元）")
    r += 1
    for k, v in DETAIL:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1, k)
        ws.cell(r, 4, v).number_format = "0.00"
        r += 1
    r += 1
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"], 1):
        ws.cell(r, c, h)
    r += 1
    first = r
    for row in INDICATORS:
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        r += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=first + 5, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=first + 1, end_column=2)
    ws.merge_cells(start_row=first + 4, start_column=2, end_row=first + 5, end_column=2)
    for col in "ABCDEFGH":
        ws.column_dimensions[col].width = 18
    wb.save(out)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "项目支出绩效自评表.xlsx")
