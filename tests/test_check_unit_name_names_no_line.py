"""The unit's own name names the whole, never one of its funding lines: "建德市通用机场管理站年初预算1,280.00万元"
shares 通用机场 with the line 省级通用机场运行补助, yet the figure is the unit's 年初预算 (issue 10: a compatible
subject; found on a 学生资助管理中心 whose name shares 学生资助 with its 上级补助资金（…学生资助补助） line).

Unit: a general aviation airport management station (通用机场管理站).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="部门整体支出绩效自评表.md", text=(
    "# 2025年度部门整体支出绩效自评表\n\n部门名称：建德市通用机场管理站\n\n"
    "## 一、年度预算资金（单位：万元）\n\n"
    "| 资金项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---:|---:|---:|\n"
    "| 年度资金总额 | 1,280.00 | 1,352.00 | 1,296.48 |\n"
    "| 按来源：区级财政拨款 | 420.00 | 420.00 | 409.36 |\n"
    "| 省级通用机场运行补助 | 860.00 | 932.00 | 887.12 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_the_units_name_names_the_whole():
    got = status("2025年，建德市通用机场管理站年初预算1,280.00万元，调整预算1,352.00万元，全年实际支出1,296.48万元。")
    assert got["1,280.00万元"] == "exact"
    assert got["1,296.48万元"] == "exact"


def test_the_line_named_by_its_own_words_is_still_the_line():
    assert status("省级通用机场运行补助年初预算860.00万元。")["860.00万元"] == "exact"
    assert status("省级通用机场运行补助年初预算1,280.00万元。")["1,280.00万元"] == "unsupported"
