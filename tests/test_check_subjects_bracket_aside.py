"""A bracketed aside between a line's name and its figure ("其他资金（服务收费收入）由60.00万元调增至…") does not cut
the figure off from the name: the words before the bracket, and the aside itself, say what the figure counts
(issue 10: each mention carries the thing it counts). A line's figures given to the other line after the same
aside stay unsupported.

A city social-welfare home's department form, its funds by source in a table.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="福利院部门整体支出自评表.md", text=(
    "# 2024年度某市社会福利院部门整体支出绩效自评表\n\n## 资金情况（单位：万元）\n\n"
    "| 资金来源 | 年初预算 | 调整预算 | 执行数 |\n| --- | --- | --- | --- |\n"
    "| 财政拨款 | 820.00 | 846.50 | 831.20 |\n| 其他资金（服务收费收入） | 60.00 | 72.00 | 68.40 |\n"
    "| 合计 | 880.00 | 918.50 | 899.60 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_figure_after_a_bracketed_aside_is_the_named_lines():
    got = status("其他资金（服务收费收入）由60.00万元调增至72.00万元，执行68.40万元。")
    assert got == {"60.00万元": "exact", "72.00万元": "exact", "68.40万元": "exact"}


def test_the_aside_alone_names_the_line_too():
    assert status("服务收费收入（其他资金）由60.00万元调增至72.00万元。")["60.00万元"] == "exact"


def test_the_other_lines_figures_after_the_aside_stay_unsupported():
    got = status("其他资金（服务收费收入）由820.00万元调增至846.50万元。")
    assert got == {"820.00万元": "unsupported", "846.50万元": "unsupported"}


def test_an_enumerator_in_brackets_names_nothing():
    got = status("（二）财政拨款由820.00万元调增至846.50万元。")
    assert got == {"820.00万元": "exact", "846.50万元": "exact"}
