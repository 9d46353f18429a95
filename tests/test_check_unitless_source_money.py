"""A source number written without a unit (技术指导牧场: {实际: 134}) is a count or a value of unknown unit. It may support
an amount of money (134万元) only when something says it may be one: its own words name money (its key path, column
or clause: 项目资金.支出, 投入资金12.5), or its source states an amount in 元 / 万元 somewhere. A bare count of a file
that states no money is no amount: the text's 134万元 used to be matched exact by the 134 farms (issue 10, item 4: "a
figure never matches a source of another magnitude").

A unit of our own: 青河县草原畜牧工作站 (technical guidance to pastures); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LEDGER = SourceData(name="青河县草原畜牧工作站2025年工作台账.yaml", data={
    "技术指导牧场": {"计划": 120, "实际": 134},
    "培训牧民": {"计划": 2400, "实际": 2650},
    "项目资金": {"预算": 146, "支出": 141.8},
})
LOG = SourceText(name="畜牧站工作日志.md", text=(
    "3月2日 购置冬春饲草料12.50万元，发放至6个牧业村。\n"
    "4月9日 口蹄疫疫苗采购 14\n"))


def status(text: str, figure: str, sources: list) -> str:
    return next(m for m in check(text, sources).mentions if m.text == figure).status


def test_a_bare_count_of_a_file_that_states_no_money_supports_no_amount():
    assert status("全年投入资金134万元，用于牧场技术指导。", "134万元", [LEDGER]) == "unsupported"
    assert status("培训牧民2650人次，人均支出2650元。", "2650元", [LEDGER]) == "unsupported"


def test_the_bare_count_still_supports_the_count():
    assert status("全年技术指导牧场134个，完成计划的111.67%。", "134个", [LEDGER]) == "exact"


def test_a_bare_figure_whose_key_names_money_supports_the_amount():
    assert status("项目资金预算146万元，支出141.8万元。", "146万元", [LEDGER]) == "exact"


def test_a_bare_figure_of_a_source_that_states_amounts_supports_the_amount():
    assert status("4月采购口蹄疫疫苗14万元。", "14万元", [LOG]) == "exact"


def test_a_bare_figure_with_decimals_counts_nothing_and_may_be_an_amount():
    # 40.27 is no number of things: a value of unknown unit, matched as written (tests/test_check.py says the same)
    assert status("执行数40.27万元。", "40.27万元", [SourceData(name="x.json", data={"rows": [[40.27]]})]) == "exact"


def test_a_bare_line_of_a_ledger_titled_in_yuan_supports_the_amount():
    ledger = SourceText(name="支出台账.txt", text="青河县草原畜牧工作站2025年支出台账（元）\n冬春饲草料　125000\n牧民培训　48600\n")
    assert status("牧民培训支出4.86万元。", "4.86万元", [ledger]) == "exact"  # 48600 of a ledger in 元
