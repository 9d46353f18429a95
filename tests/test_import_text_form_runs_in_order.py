"""A plain-text form typed by hand parts its cells with runs of full-width spaces that do not line up: a row set
with one full-width space between cells (其中：中央文物保护资金　2,000,000.00　2,000,000.00　1,962,300.00　—　98.12%　—)
has its cells wherever the label before it ends. When a row has exactly as many runs as its header has columns,
the runs are its cells in order — never three figures in one cell (“1,962,300.00 — 98.12%”不是全年执行数的数值).

Found on a held-out project form of my own (a 古民居 repair project, amounts in 元, pasted as text).
"""

from __future__ import annotations

from decimal import Decimal

from drafter.forms import import_form

FORM = """项目支出绩效自评表
（2024年度）

项目名称：古民居抢救性修缮项目
主管部门：某市文化和旅游局　　　　实施单位：某市古民居保护利用中心
金额单位：元

项目资金　　　　　　年初预算数　　　　全年预算数　　　　全年执行数　　　　分值　执行率　　得分
年度资金总额　　　　2,860,000.00　　　3,120,000.00　　　2,987,436.50　　　10　　95.75%　　9.58
其中：中央文物保护资金　2,000,000.00　2,000,000.00　1,962,300.00　—　98.12%　—
省级文物保护资金　　600,000.00　　　　860,000.00　　　　786,136.50　　　　—　　91.41%　　—
市级配套资金　　　　260,000.00　　　　260,000.00　　　　239,000.00　　　　—　　91.92%　　—

年度总体目标：完成18栋濒危古民居抢救性修缮。
实际完成情况：完成18栋古民居修缮。

一级指标　二级指标　三级指标　年度指标值　实际完成值　分值　得分　偏差原因分析及改进措施
产出指标　数量指标　修缮古民居栋数　≥18栋　18栋　90　90
满意度指标　服务对象满意度指标　群众满意度　≥90%　96%　10　10
总分　　　　　　　　　　　　　　100　100
"""


def test_a_row_with_as_many_runs_as_its_header_has_columns_takes_them_in_order(tmp_path):
    path = tmp_path / "项目支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    data = import_form(path).input
    central = next(line for line in data["项目资金"]["其中"] if "中央" in line["名称"])
    assert Decimal(central["全年执行数"]) == Decimal("1962300.00"), central


def test_an_indicator_row_whose_figures_would_share_a_cell_takes_its_runs_in_order(tmp_path):
    path = tmp_path / "项目支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    rows = {r["三级指标"]: r for r in import_form(path).input["绩效指标"]}
    assert rows["修缮古民居栋数"]["实际完成值"] == "18栋" and rows["群众满意度"]["实际完成值"] == "96%", rows
