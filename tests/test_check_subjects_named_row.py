"""A figure whose words name a row of the sources (西山县) is that row's: when the row states another value (the
digits of 368 swapped to 386), an equal figure elsewhere that carries none of the words (an indicator's 386台 of
another task, by chance) does not support it (issue 10: a number is supported by the same fact, never by a
coincidence). A figure with no words of its own (a table row's 合计) is not affected, nor one whose words name the
fact itself.

A county agricultural-machinery office's inspection ledger by county and its project form.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="分县农机安全检验统计.md", text=(
    "# 2024年分县（区）农机安全检验统计\n\n| 县（区） | 拖拉机（台） | 收割机（台） | 发现隐患（处） |\n"
    "| --- | --- | --- | --- |\n| 北塘区 | 1,245 | 386 | 64 |\n| 南湖县 | 968 | 452 | 51 |\n"
    "| 西山县 | 1,102 | 368 | 47 |\n| 合计 | 3,315 | 1,206 | 162 |\n"))
FORM = SourceText(name="农机安全监理项目自评表.md", text=(
    "# 农机安全监理项目绩效自评表\n\n| 指标 | 目标值 | 实际值 |\n| --- | --- | --- |\n"
    "| 农机跨区作业服务 | ≥350台 | 386台 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER, FORM]).mentions if m.status != "ignored"}


def test_a_countys_figure_swapped_to_a_value_found_elsewhere_is_unsupported():
    got = status("收割机检验分县看，南湖县452台，西山县386台。")
    assert got["452台"] == "exact"
    assert got["386台"] == "unsupported"


def test_a_countys_swapped_figure_after_another_of_its_row_is_unsupported():
    got = status("西山县检验拖拉机1,102台、收割机386台。")
    assert got["1,102台"] == "exact"
    assert got["386台"] == "unsupported"


def test_the_countys_own_figure_is_exact():
    assert status("收割机检验分县看，南湖县452台，西山县368台。")["368台"] == "exact"
    assert status("收割机检验分县看，北塘区386台，南湖县452台。")["386台"] == "exact"


def test_the_indicator_its_words_name_still_gives_the_value():
    assert status("全年提供农机跨区作业服务386台。")["386台"] == "exact"


def test_a_table_row_with_no_words_of_its_own_is_unaffected():
    got = status("| 县（区） | 拖拉机（台） | 收割机（台） |\n| --- | --- | --- |\n| 北塘区 | 1,245 | 386 |\n"
                 "| 合计 | 3,315 | 1,206 |")
    assert got == {"1,245": "exact", "386": "exact", "3,315": "exact", "1,206": "exact"}
