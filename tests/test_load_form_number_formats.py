"""A sheet cell reads as Excel shows it, the words of its number format included (issue 10, index / importer).

Finance offices often type a unit once into a column's number format rather than into each cell: 0.00"万元"
shows 300 as 300.00万元, #,##0.00"元" shows 3000000 as 3,000,000.00元, 0"场" shows 15 as 15场. Read without those
words, a 元 column is taken for 万元 (ten thousand times too large) and a count loses its measure word. Format codes
that print no words — [Red], [$¥-804], _ (a space's width), * (a fill) — add nothing.

Unit: a county funeral home's 惠民殡葬 subsidy (县殡仪馆).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from drafter.check import check
from drafter.forms import read_form
from drafter.load import load_form


def one_cell(tmp_path: Path, value, number_format: str) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "数值"])
    ws.append(["惠民殡葬补助", value])
    ws["B2"].number_format = number_format
    path = tmp_path / "格式.xlsx"
    wb.save(path)
    return [t for t, _ in read_form(path).lines()][1].split("\t")[1]


@pytest.mark.parametrize("value, number_format, shown", [
    (300, '0.00"万元"', "300.00万元"),
    (3000000, '#,##0.00"元"', "3000000.00元"),
    (15, '0"场"', "15场"),
    (15, '0\\场', "15场"),
    (3, '"第"0"批"', "第3批"),
    (1286, '#,##0"场";[红色]-#,##0"场"', "1286场"),
])
def test_the_words_of_a_number_format_are_part_of_the_cell(tmp_path, value, number_format, shown):
    assert one_cell(tmp_path, value, number_format) == shown


@pytest.mark.parametrize("value, number_format, shown", [
    (12, "0.00_ ", "12.00"),
    (12, "[Red]0.00", "12.00"),
    (12.5, '[$¥-804]#,##0.00', "12.50"),
    (12, "#,##0", "12"),
    (0.9612, "0.00%", "96.12%"),
    (95.23, '0.00"%"', "95.23%"),
])
def test_format_codes_that_print_no_words_add_none(tmp_path, value, number_format, shown):
    assert one_cell(tmp_path, value, number_format) == shown


def subsidy_form(tmp_path: Path, money_format: str, scale: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["项目名称", "2025年惠民殡葬补助"], ["（2025年度）"],
                ["", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                ["年度资金总额", 186 * scale, 186 * scale, 178.56 * scale, 0.96],
                ["三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["惠民殡葬减免", "≥900", 1034, 10, 10]):
        ws.append(row)
    for ref in ("B4", "C4", "D4"):
        ws[ref].number_format = money_format
    ws["E4"].number_format = "0.00%"
    path = tmp_path / "自评表.xlsx"
    wb.save(path)
    return path


def test_money_typed_in_yuan_under_a_yuan_format_is_read_in_yuan(tmp_path):
    budget = load_form(subsidy_form(tmp_path, '#,##0.00"元"', 10000), warn=lambda _: None).budget
    assert (budget.initial, budget.actual) == (Decimal("186"), Decimal("178.56"))  # 万元, not 1.86 亿


def test_money_under_a_plain_format_is_read_as_before(tmp_path):
    """Negative: no words in the format — the form's money unit decides, as it did."""
    budget = load_form(subsidy_form(tmp_path, "0.00", 1), warn=lambda _: None).budget
    assert (budget.initial, budget.actual) == (Decimal("186.00"), Decimal("178.56"))


def test_a_sheet_source_whose_format_states_the_unit_supports_the_figure_in_that_unit(tmp_path):
    path = subsidy_form(tmp_path, '0.00"万元"', 1)
    got = {m.text: m.status for m in check("惠民殡葬补助全年执行178.56万元，执行率96.00%。", [path]).mentions}
    assert got == {"178.56万元": "exact", "96.00%": "exact"}
