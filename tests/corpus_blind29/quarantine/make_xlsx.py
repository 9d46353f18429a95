"""Builds sources/项目支出绩效自评表.xlsx (恩施州植物检疫站, 2023) with openpyxl; the content is held here in text.

执行率 and 预算调整率 are stored as fractions with a "0.00%" number format, amounts with "0.00", as the finance
bureau's template keeps them."""
from pathlib import Path

TITLE = "项目支出绩效自评表（2023年度）"
HEADER = [("项目名称", "农业植物检疫与重大病虫疫情阻截项目"), ("主管部门", "恩施州农业农村局"),
          ("实施单位", "恩施州植物检疫站"), ("资金单位", "万元")]
# name, 年初预算数, 全年预算数, 全年执行数, 预算调整率 (fraction), 执行率 (fraction), 分值, 得分
FUNDS = [
    ("年度资金总额", 148.00, 136.00, 131.27, -12 / 148, 131.27 / 136, 10, 9.65),
    ("其中：省级植物保护专项资金", 96.00, 84.00, 80.54, -0.125, 80.54 / 84, None, None),
    ("州级财政资金", 52.00, 52.00, 50.73, 0.0, 50.73 / 52, None, None),
]
DETAIL = [("产地检疫", 36.85), ("调运检疫", 28.42), ("疫情监测普查", 30.16), ("疫情封锁控制", 21.34),
          ("检疫宣传培训", 14.50), ("合计", 131.27)]
# 一级, 二级, 三级, 年度指标值, 实际完成值, 上年实际
INDICATORS = [
    ("产出指标", "数量指标", "产地检疫面积", "≥8万亩", "9.26万亩", "8.74万亩"),
    ("产出指标", "数量指标", "调运检疫", "≥3000批次", "3418批次", "3562批次"),
    ("产出指标", "数量指标", "疫情监测点", "≥120个", "134个", "126个"),
    ("产出指标", "数量指标", "检疫宣传培训", "≥1500人次", "1684人次", "1592人次"),
    ("产出指标", "时效指标", "检疫证书出具时间", "≤3个工作日", "1个工作日", ""),
    ("产出指标", "时效指标", "疫情普查报告上报", "11月30日前", "11月16日", ""),
    ("满意度指标", "服务对象满意度", "种植户满意度", "≥90%", "93.6%", "92.8%"),
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
