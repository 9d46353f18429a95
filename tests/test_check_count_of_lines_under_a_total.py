"""The count of a form's funding lines (三类资金中…) counts the line a 其中 opens right under the total (年度资金总额 |
其中：中央补助资金 | 省级资金 | 地区配套资金: three lines), as the form means it — the first of the total's parts. A 其中
row under a row that is no total (基本支出 | 其中：人员经费 | 项目支出) stays a sub-row, no item of the list.

A unit of our own: 锡林郭勒盟广播电视监测站 (its form pasted as Markdown)."""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2025年度广播电视安全播出监测项目支出绩效自评表\n\n"
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 186.00 | 198.40 | 190.12 | 95.83% |\n"
    "| 其中：中央补助资金 | 100.00 | 112.40 | 108.96 | 96.94% |\n"
    "| 盟级资金 | 56.00 | 56.00 | 52.90 | 94.46% |\n"
    "| 旗县配套资金 | 30.00 | 30.00 | 28.26 | 94.20% |\n\n"
    "| 支出类别 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n"
    "| 设备购置 | 120.00 | 116.50 |\n| 其中：监测终端 | 80.00 | 78.20 |\n| 运行维护 | 78.40 | 73.62 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_the_line_a_qizhong_opens_under_the_total_is_one_of_the_lines_counted():
    got = status("三类资金中，中央补助资金执行率最高，为96.94%。")
    assert got["三类"] == "exact", got


def test_a_wrong_count_of_the_lines_stays_unsupported():
    assert status("四类资金中，中央补助资金执行率最高，为96.94%。")["四类"] == "unsupported"


def test_a_qizhong_row_under_a_row_that_is_no_total_is_no_item():
    got = status("两类支出中，设备购置执行116.50万元。")
    assert got["两类"] == "exact", got
