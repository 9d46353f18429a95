"""A Word indicator row keeps its figures together even when its last cell holds a long 偏差原因 narrative:
the shortfall row is exactly the one whose target and actual a report derives from (完成目标的%, 比目标少),
and every real form writes its cause in that row."""

from __future__ import annotations

import docx

from drafter.check import check
from drafter.load import read_docx_text

CAUSE = "受馆舍改造影响，少儿阅览室闭馆约两个月，到馆人次未达目标；下一年度将错开暑期高峰安排施工"


def form(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=0, cols=6)
    for values in (["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                   ["少儿到馆人次", "≥8万人次", "7.4万人次", "10", "9", CAUSE],
                   ["图书外借册次", "≥20万册次", "21.6万册次", "10", "10", ""]):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value
    document.save(tmp_path / "自评表.docx")
    return tmp_path / "自评表.docx"


def test_a_row_with_a_long_cause_keeps_its_figures_on_one_line(tmp_path):
    lines = read_docx_text(form(tmp_path)).splitlines()
    assert any(line.startswith("少儿到馆人次\t≥8万人次\t7.4万人次\t10\t9") for line in lines)
    assert CAUSE in lines  # the narrative stays whole, on its own line


def test_the_shortfall_rows_target_and_actual_derive_together(tmp_path):
    report = check("少儿到馆7.4万人次，完成目标的92.5%，比目标少0.6万人次，主要是少儿阅览室闭馆约两个月。",
                   [form(tmp_path)])
    assert {m.text: m.status for m in report.mentions} == {
        "7.4万人次": "exact", "92.5%": "derived", "0.6万人次": "derived", "约两个月": "exact"}
