"""A line "单位：人次" over a ledger states what its bare figures count, as "单位：万元" states its amounts (issue 10,
index). The line is no title (the table's caption stays the title above it), its unit reaches the columns that name
none of their own, but not a rate, a score, a 序号 or an amount, and it is that table's only: a later table under
a heading of its own is not in 人次.

Unit: a city blood station (市中心血站: 人次, 毫升).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

LEDGER = SourceText(name="采血统计.txt", text="""市中心血站2025年分献血点采血统计
单位：人次
序号  献血点          计划采血    实际采血    上年同期    完成率
1     人民广场献血屋      6000        6412        5980     106.87
2     大学城献血车        4500        4733        4302     105.18
      合计               10500       11145       10282     106.14

献血者招募宣传统计
活动          场次        覆盖人数
进校园        18          5400
进社区        26          7800
""")


def statuses(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def facts() -> dict[str, object]:
    return {f.written: f for f in SourceIndex.build([LEDGER]).facts if f.kind != "year"}


def test_the_stated_count_is_the_unit_of_the_bare_figures_under_it():
    got = facts()
    assert {got[w].unit for w in ("6000", "6412", "5980", "11145", "10282")} == {"人次"}
    assert statuses("全年采血11145人次，比上年同期增加863人次。") == {"11145人次": "exact", "863人次": "derived"}


def test_a_figure_in_another_unit_is_not_borne_out_by_the_stated_count():
    assert statuses("全年采血11145人。") == {"11145人": "unsupported"}


def test_a_rate_and_a_row_number_take_no_count():
    got = facts()
    assert got["106.87"].unit != "人次" and got["106.14"].unit != "人次"


def test_the_statement_is_no_title_and_belongs_to_its_own_table():
    got = facts()
    assert got["11145"].ytag == 2025 and got["10282"].ytag == -1  # the title above the statement dates the table
    assert got["5400"].unit != "人次" and got["7800"].unit != "人次"  # the next table is not in 人次
