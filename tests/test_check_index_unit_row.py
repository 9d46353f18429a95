"""A table's row of units under its header ("单位 | | 公顷 | 万人次 | 万元", as a sheet states them) gives each column's
bare cells their unit, and the header over it still names the columns: the row is no new table whose header would
be the units. A figure in another unit than its column's is then not that cell."""

from __future__ import annotations

from drafter.check import SourceText, check

# A city park management centre's per-park statistics, as a sheet reads (merged header cells repeated, a title row,
# a two-row header, a units row, a 合计 row).
SHEET = SourceText(name="分公园管养统计.xlsx", text=(
    "市公园管理中心2024年分公园管养统计\t\t\t\t\n"
    "公园名称\t公园类别\t管养情况\t\t管护支出\n"
    "公园名称\t公园类别\t管养面积\t接待游客\t管护支出\n"
    "单位\t\t公顷\t万人次\t万元\n"
    "人民公园\t综合公园\t36.5\t86.4\t412.8\n"
    "滨江公园\t带状公园\t22.1\t54.7\t268.3\n"
    "合计\t\t58.6\t141.1\t681.1\n"))

# The same as a Markdown table.
PIPES = SourceText(name="分公园管养统计.md", text=(
    "| 公园名称 | 管养面积 | 接待游客 | 管护支出 |\n| --- | --- | --- | --- |\n"
    "| 单位 | 公顷 | 万人次 | 万元 |\n"
    "| 人民公园 | 36.5 | 86.4 | 412.8 |\n| 滨江公园 | 22.1 | 54.7 | 268.3 |\n"))


def verdicts(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_the_units_row_gives_each_column_its_unit():
    got = verdicts("人民公园管养面积36.5公顷，接待游客86.4万人次，管护支出412.8万元。", SHEET)
    assert got == {"36.5公顷": "exact", "86.4万人次": "exact", "412.8万元": "exact"}, got


def test_the_header_over_the_units_row_still_names_the_columns():
    report = check("滨江公园接待游客54.7万人次。", [SHEET])
    (m,) = [m for m in report.mentions if m.status != "ignored"]
    assert m.status == "exact" and "54.7" in m.evidence[0].text, (m.status, m.evidence)


def test_a_figure_in_another_unit_than_its_column_is_not_that_cell():
    assert verdicts("人民公园接待游客86.4万人。", SHEET) == {"86.4万人": "unsupported"}
    assert verdicts("人民公园管养面积36.5平方米。", SHEET) == {"36.5平方米": "unsupported"}


def test_a_markdown_units_row_does_the_same():
    got = verdicts("人民公园管养面积36.5公顷，管护支出412.8万元。", PIPES)
    assert got == {"36.5公顷": "exact", "412.8万元": "exact"}, got
    assert verdicts("人民公园接待游客86.4万人。", PIPES) == {"86.4万人": "unsupported"}
