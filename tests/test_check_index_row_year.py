"""A row's own temporal label outranks the year of its table's title (issue 10, index).

A ledger often carries the year once, in a title over the whole table ("2025年县档案馆档案接收与利用统计", in an
Excel sheet a row merged over every column), and then, under this year's rows and their 合计, a row of last year's
figures labelled as such: 上年合计, 上年同期, 去年同期. The title's year is the table's; a row that names its own
time (a time word, then at most 合计 / 实际 / 数) is that time's. A row whose label merely holds a year word in a
name (上年结转 money spent this year, 2024年度文书档案 received this year) is no such row, and a table whose columns
name different years keeps its columns' years.

Units: a county archives (县档案馆: 卷, 人次, 万页) and a state forest farm (国有林场: 亩, 公里).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from drafter.check import SourceIndex, SourceText, check

TITLES = ("2025年档案利用统计", "2025年县档案馆档案接收与利用情况分类统计")  # a year near or far from the columns' words
TITLE = TITLES[0]
HEADER = ["类别", "接收进馆（卷）", "查阅利用（人次）", "数字化（万页）", "备注"]
ROWS = [["文书档案", 5420, 2864, 38.6, None], ["科技档案", 1730, 975, 12.4, None],
        ["会计档案", 1500, 431, 9.5, None], ["合计", 8650, 4270, 60.5, None]]


def _sheet(tmp_path: Path, last: str, title: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    for row in [*ROWS, [last, 7920, 3985, 51.2, None]]:
        ws.append(row)
    path = tmp_path / "档案统计.xlsx"
    wb.save(path)
    return path


def _tab(last: str, title: str) -> SourceText:
    lines = [title, "\t".join(HEADER)] + ["\t".join("" if c is None else str(c) for c in r)
                                         for r in [*ROWS, [last, 7920, 3985, 51.2, None]]]
    return SourceText(name="档案统计.txt", text="\n".join(lines) + "\n")


def _pipe(last: str, title: str) -> SourceText:
    lines = [f"## {title}", "", "| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join("" if c is None else str(c) for c in r) + " |" for r in [*ROWS, [last, 7920, 3985, 51.2, None]]]
    return SourceText(name="档案统计.md", text="\n".join(lines) + "\n")


def source(shape: str, last: str, tmp_path: Path, title: str = TITLE):
    return _sheet(tmp_path, last, title) if shape == "xlsx" else (_tab if shape == "tab" else _pipe)(last, title)


def statuses(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SHAPES = ("xlsx", "tab", "pipe")
LAST_ROWS = ("上年合计", "上年同期", "去年同期", "2024年合计")


@pytest.mark.parametrize("last", LAST_ROWS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("title", TITLES)
def test_last_years_row_under_a_titled_table_is_no_figure_of_this_year(shape, last, title, tmp_path):
    src = source(shape, last, tmp_path, title)
    assert statuses("全年接收进馆档案7920卷。", src) == {"7920卷": "unsupported"}
    assert statuses("全年提供查阅利用3985人次。", src) == {"3985人次": "unsupported"}


@pytest.mark.parametrize("last", LAST_ROWS)
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("title", TITLES)
def test_last_years_row_under_a_titled_table_supports_the_words_that_name_last_year(shape, last, title, tmp_path):
    src = source(shape, last, tmp_path, title)
    got = statuses("全年接收进馆档案8650卷，比上年的7920卷增加730卷。", src)
    assert got["8650卷"] == "exact" and got["7920卷"] == "exact", got
    assert got["730卷"] == "derived", got


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("title", TITLES)
def test_the_titles_year_still_dates_this_years_rows(shape, title, tmp_path):
    """Negative beside the rule: the 合计 and the parts are the title's year, this year's."""
    src = source(shape, "上年同期", tmp_path, title)
    assert statuses("全年接收进馆档案8650卷，其中文书档案5420卷。", src) == {"8650卷": "exact", "5420卷": "exact"}
    assert statuses("上年接收进馆档案8650卷。", src) == {"8650卷": "unsupported"}


def test_a_year_word_inside_a_rows_name_is_no_temporal_label(tmp_path):
    """上年结转 is money carried over and spent this year; a 林场's row of 上年结转 stays the title's year."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年国有林场营造林资金执行情况"])
    ws.merge_cells("A1:D1")
    ws.append(["资金来源", "全年预算（万元）", "执行数（万元）", "执行率（%）"])
    for row in (["中央财政补助", 320, 304.8, 95.25], ["上年结转", 46, 41.4, 90.0], ["合计", 366, 346.2, 94.59]):
        ws.append(row)
    path = tmp_path / "林场资金.xlsx"
    wb.save(path)
    assert statuses("全年执行上年结转资金41.4万元。", path) == {"41.4万元": "exact"}
    years = {f.written: f.ytag for f in SourceIndex.build([path]).facts if f.kind != "year"}
    assert years["41.4"] == years["304.8"], years


def test_columns_that_name_their_own_years_keep_them():
    """Negative: a table whose columns name two years (2024年 | 2025年) dates each cell by its column, whatever a
    row calls itself."""
    src = SourceText(name="林场统计.txt", text=(
        "国有林场营造林情况\n"
        "指标\t2024年\t2025年\n"
        "人工造林（亩）\t2600\t3150\n"
        "森林抚育（亩）\t4800\t5200\n"
        "合计\t7400\t8350\n"))
    years = {f.written: f.ytag for f in SourceIndex.build([src]).facts if f.kind != "year"}
    assert years["7400"] == 2024 and years["8350"] == 2025, years
    assert statuses("全年完成营造林8350亩，比上年增加950亩。", src) == {"8350亩": "exact", "950亩": "derived"}
