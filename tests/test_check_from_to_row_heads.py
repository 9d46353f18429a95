"""由X降到Y / 由X提高到Y of one source row (issue 10, fromto.py): X is the row's earlier figure when the row holds both.
Two readings refused the right row: a form's indicator row whose heads are only a year and a role (上年实际 | 实际完成值:
the words left after those name no measure, so the row's one quantity), and a ledger row the words name by its whole
name (城东水质监测站) where another row's name shares a run of three characters with it (北湖监测站's 监测站) — the
whole name the words give is the row, not a run of another's inside it; and the ledger's 上年数据 column, with no
measure word, holds its figure in the measure of the row's 数据量(万条) column, so 4.6 is more than 4.1万条 (降到), not
less. Another row's earlier figure stays unsupported.

Units of our own: 临江市水文水资源勘测站 (its project form, its ledger of stations).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 质量指标 | 水质监测数据有效率 | ≥95% | 97.6% | 94.8% |\n"
    "| 效益指标 | 社会效益指标 | 水情信息公众知晓率 | ≥80% | 86.5% | 81.2% |\n"))

LEDGER = SourceText(name="监测站运行台账.txt", text=(
    "测站\t监测次数\t数据量(万条)\t上年数据\n"
    "城东水质监测站\t52\t4.1\t4.6\n"
    "北湖监测站\t48\t3.6\t3.2\n"
    "合计\t100\t7.7\t7.8\n"))


def status_of(text: str, figure: str, sources: list) -> str:
    return next(m.status for m in check(text, sources).mentions if m.text == figure)


def test_a_forms_last_year_figure_beside_its_result():
    assert status_of("水质监测数据有效率由94.8%提高到97.6%。", "94.8%", [FORM]) == "exact"


def test_another_indicators_last_year_figure_stays_unsupported():
    assert status_of("水质监测数据有效率由81.2%提高到97.6%。", "81.2%", [FORM]) == "unsupported"


def test_a_row_named_whole_beside_a_run_of_another_rows_name():
    assert status_of("城东水质监测站数据量由4.6万条降到4.1万条。", "4.6万条", [LEDGER]) == "exact"


def test_another_rows_earlier_figure_stays_unsupported():
    assert status_of("城东水质监测站数据量由3.2万条增到4.1万条。", "3.2万条", [LEDGER]) == "unsupported"
