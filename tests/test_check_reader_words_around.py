"""How a figure's words are read around it (issue 10): 折合约3.87万元 is approximate (合约 is a contract, 折合 + 约 is not),
多 right before a verb and a figure says "more by" (比上年172场多演24场: 172场 is exact, as 多12矿次 already was), and a
column headed by a unit of a material (节能量（吨标准煤）, 燃油消耗（吨航油）) counts in that unit — the text's 5.6吨航油 is
read as 5.6吨, and so is the column's figure.

Units: an aviation sports school (航空运动学校) and a city's bonsai garden (盆景园).
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions


def read(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.approx) for m in extract_mentions(text) if not m.ignored]


def test_converted_to_about_is_an_approximation():
    assert read("盆架材料费38,650元，折合约3.87万元。") == [("38,650元", None), ("约3.87万元", "≈")]
    assert read("签订合约3份") == [("3份", None)]


def test_more_before_a_verb_and_a_figure_is_more_by():
    assert read("较上年172场多演24场") == [("172场", None), ("24场", None)]
    assert read("比年初148.00万元多出16.80万元") == [("148.00万元", None), ("16.80万元", None)]
    assert read("全年演出172场多，") == [("172场多", "≥")]


FUEL = SourceText(name="飞行训练台账.md", text=(
    "# 喀什航空运动学校2025年飞行训练台账\n\n"
    "| 教练组 | 飞行架次 | 燃油消耗（吨航油） | 训练经费（元） |\n| --- | ---: | ---: | ---: |\n"
    "| 一组 | 212 | 3.4 | 186,400 |\n| 二组 | 198 | 2.2 | 171,200 |\n| 合计 | 410 | 5.6 | 357,600 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FUEL]).mentions if m.status != "ignored"}


def test_a_column_in_a_unit_of_a_material_counts_in_that_unit():
    got = status("两组合计消耗燃油5.6吨航油，其中一组3.4吨，占60.71%。")
    assert got["5.6吨"] == "exact"
    assert got["3.4吨"] == "exact"
    assert got["60.71%"] == "derived"


def test_a_column_in_tonnes_is_no_figure_in_another_measure():
    assert status("两组合计消耗燃油5.6升。")["5.6升"] == "unsupported"


BALANCE = SourceText(name="盆景园项目资金.md", text=(
    "# 2025年盆景养护提升项目资金（阿克苏市盆景园）\n\n| 项目 | 金额（万元） |\n| --- | --- |\n"
    "| 全年预算 | 206.00 |\n| 实际支出 | 200.40 |\n| 年末结余 | 5.60 |\n"))


def test_odd_or_more_that_starts_a_word_is_no_approximation():
    # 5.2万元余额 is a balance of 5.2万元, no "5.2万元 and more": the wrong balance is judged, the right one exact
    assert read("年末形成5.2万元余额") == [("5.2万元", None)]
    assert read("检查120家多为小微企业") == [("120家", None)]
    assert read("共300人多次参与") == [("300人", None)]
    assert read("全年演出172场多的好成绩") == [("172场多", "≥")]
    got = {m.text: m.status for m in check("项目年末形成5.2万元余额。", [BALANCE]).mentions}
    assert got["5.2万元"] == "unsupported"
    got = {m.text: m.status for m in check("项目年末形成5.60万元余额。", [BALANCE]).mentions}
    assert got["5.60万元"] == "exact"
