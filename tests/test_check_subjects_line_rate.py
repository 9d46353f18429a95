"""A department's overall rate given to one funding line (issue 10: a number is supported by the same fact): when
the sources give the total's 预算完成率 / 执行率 and the line's own figures give it another rate, "财政拨款执行率96.11%"
is the total's figure stated for the line — unsupported, whether the line is named in the rate's own clause (财政拨款
执行率, 其中财政拨款的执行率, 财政拨款资金执行率) or as the subject of the figure right before it (财政拨款全年执行
390.40万元，执行率96.11%). The total's rate stated for the total, and the line's own rate, stay supported.

A district archive's department data in drafter's input shape (部门资金情况 with its 其中 lines and the total's
预算完成率, no rate of a line), and the same figures as a form's table whose lines state their rates.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from drafter.check import SourceData, SourceText, check

DATA = SourceData(name="input.yaml", data={
    "部门名称": "某区档案馆", "被评价年度": 2024,
    "部门资金情况": {"单位": "万元", "年初预算": D("412.00"), "调整预算": D("436.80"), "实际支出": D("419.80"),
                     "其中": [{"名称": "财政拨款", "年初预算": D("380.00"), "调整预算": D("400.00"),
                               "实际支出": D("390.40")},   # 97.60 %
                              {"名称": "其他资金", "年初预算": D("32.00"), "调整预算": D("36.80"),
                               "实际支出": D("29.40")}],   # 79.89 %
                     "预算完成率": D("96.11")}})
FORM = SourceText(name="自评表.md", text=(
    "# 某区档案馆2024年部门整体支出绩效自评表\n\n| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
    "| --- | --- | --- | --- | --- |\n| 年度资金总额 | 412.00 | 436.80 | 419.80 | 96.11% |\n"
    "| 其中：财政拨款 | 380.00 | 400.00 | 390.40 | 97.60% |\n| 其他资金 | 32.00 | 36.80 | 29.40 | 79.89% |\n"))


def status(text: str, source: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text", [
    "财政拨款执行率96.11%。",
    "其中财政拨款的执行率达到96.11%。",
    "其他资金预算执行率为96.11%。",
])
def test_the_totals_rate_given_to_a_line_named_in_its_clause_is_unsupported(text):
    assert status(text, DATA)["96.11%"] == "unsupported"
    assert status(text, FORM)["96.11%"] == "unsupported"


def test_the_totals_rate_after_the_lines_own_figure_is_unsupported():
    text = "财政拨款全年执行390.40万元，执行率96.11%。"
    for source in (DATA, FORM):
        got = status(text, source)
        assert got["390.40万元"] == "exact"
        assert got["96.11%"] == "unsupported"


def test_the_totals_rate_given_to_a_line_named_with_a_shared_word_is_unsupported():
    # 资金 is a word of 年度资金总额 too: the line's own name, 财政拨款, names it more fully
    assert status("财政拨款资金执行率96.11%。", FORM)["96.11%"] == "unsupported"


def test_the_totals_rate_for_the_total_and_the_lines_own_rate_stay_supported():
    for source in (DATA, FORM):
        got = status("全年执行419.80万元，预算执行率96.11%；其中财政拨款执行率97.60%。", source)
        assert got["96.11%"] == "exact"
        assert got["97.60%"] in ("exact", "derived")
        assert status("财政拨款全年执行390.40万元，执行率97.60%。", source)["97.60%"] in ("exact", "derived")
        assert status("部门预算完成率96.11%。", source)["96.11%"] == "exact"
    assert status("财政拨款资金执行率97.60%。", FORM)["97.60%"] == "exact"
