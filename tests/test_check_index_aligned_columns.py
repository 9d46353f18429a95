"""A text source printed with space-aligned columns (a form saved as plain text, issue 10): a row's figures are read
under the header's column starts in display columns (a Chinese character two wide) — a row that leaves its last
column (备注) or its first ones (merged 一级 / 二级 cells) empty, or whose name overflows its column by a character,
keeps each figure in its own column, never shifted one column over. Each positive beside its planted error: the
figure of the neighbouring column (年初 for 全年, 上年 for 实际) given in its place.

The space-aligned department form of a 劳动人事争议仲裁院 (tests/test_import_aligned_text_form.py)."""

from __future__ import annotations

from drafter.check import SourceText, check

from test_import_aligned_text_form import FORM

SOURCE = SourceText(name="部门整体支出绩效自评表.txt", text=FORM)


def status(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [SOURCE]).mentions if m.status != "ignored"]


def test_a_row_without_its_last_cell_keeps_its_figures_under_their_headers():
    assert status("全年预算612.50万元，实际支出598.34万元。") == [("612.50万元", "exact"), ("598.34万元", "exact")]
    assert status("全年预算640.00万元。") == [("640.00万元", "unsupported")]  # the 年初 column's


def test_an_indented_line_row_is_not_shifted_one_column_right():
    assert status("财政拨款全年预算数590.00万元，年初预算数600.00万元。") == [("590.00万元", "exact"),
                                                                  ("600.00万元", "exact")]
    assert status("基本支出全年执行数480.66万元，执行率99.62%。") == [("480.66万元", "exact"), ("99.62%", "exact")]
    assert status("财政拨款全年预算数600.00万元。") == [("600.00万元", "unsupported")]


def test_an_indicator_row_under_merged_level_cells_keeps_its_columns():
    assert status("仲裁员业务培训上年实际210人次。") == [("210人次", "exact")]
    assert status("仲裁员业务培训实际完成210人次。") == [("210人次", "unsupported")]  # last year's, not this year's
