"""A form's own rate restated (issue 10: a number is supported by the same fact). Forms compute 执行率 from the
unrounded 元 amounts and print the amounts rounded to 万元, so a record can state 95.37% where its printed amounts give
130.65 ÷ 137.00 = 95.36%. A report that restates the record's rate restates the form: supported. The stated rate may
differ from the printed amounts' by one unit of its own last place only; the total's rate given to a line, and a rate
the form does not state, stay unsupported.

An ice-sculpture institute's department data in drafter's input shape (万宁市冰雕艺术研究所, invented).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

DATA = SourceData(name="input.yaml", data={
    "部门名称": "万宁市冰雕艺术研究所", "被评价年度": 2025,
    "部门资金情况": {"单位": "万元", "年初预算": D("125.00"), "调整预算": D("137.00"), "实际支出": D("130.65"),
                     "其中": [{"名称": "市级财政资金", "年初预算": D("80.00"), "调整预算": D("92.00"),
                               "实际支出": D("89.37")},   # 97.14 %
                              {"名称": "省级冰雪文化专项资金", "年初预算": D("45.00"), "调整预算": D("45.00"),
                               "实际支出": D("41.28")}],  # 91.73 %
                     "预算完成率": D("95.37")}})          # 130.65 ÷ 137.00 = 95.36 %: the form's, from the 元 amounts


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_the_rate_the_record_states_restated_after_its_spending_is_supported():
    got = status("全年实际支出130.65万元，预算完成率95.37%，结余6.35万元。")
    assert got["130.65万元"] == "exact"
    assert got["95.37%"] == "exact"
    assert got["6.35万元"] != "unsupported"


def test_the_rate_the_printed_amounts_give_stays_supported():
    assert status("全年实际支出130.65万元，预算完成率95.36%。")["95.36%"] != "unsupported"


def test_a_rate_neither_the_record_nor_its_amounts_give_is_unsupported():
    assert status("全年实际支出130.65万元，预算完成率95.38%。")["95.38%"] == "unsupported"


def test_the_totals_stated_rate_given_to_a_line_stays_unsupported():
    assert status("市级财政资金实际支出89.37万元，执行率95.37%。")["95.37%"] == "unsupported"
    assert status("省级冰雪文化专项资金执行率95.37%。")["95.37%"] == "unsupported"


def test_a_lines_own_rate_stays_supported():
    assert status("市级财政资金实际支出89.37万元，执行率97.14%。")["97.14%"] != "unsupported"


# Small amounts widen what their rounding allows: 22.37 ÷ 26.50 = 84.4151%, but the 元 behind them (223,746 ÷
# 265,000 = 84.4325%) give the form's 84.43%. What the printed amounts permit is the range of every pair of amounts
# that print as them (22.365–22.375 over 26.495–26.505: 84.38%–84.45%), not one unit around their quotient.
# A mango research institute's project data in drafter's input shape (攀枝花市芒果研究所, invented).
SMALL = SourceData(name="input.yaml", data={
    "项目名称": "芒果优新品种示范推广项目", "实施单位": "攀枝花市芒果研究所", "评价年度": 2025,
    "项目资金": {"单位": "万元", "年初预算": D("40.00"), "全年预算": D("40.00"), "全年执行数": D("35.87"),
                 "其中": [{"名称": "市级财政资金", "年初预算": D("26.50"), "全年预算": D("26.50"),
                           "全年执行数": D("22.37"), "执行率": D("84.43")},  # the form's, from the 元 amounts
                          {"名称": "省级农业专项资金", "年初预算": D("13.50"), "全年预算": D("13.50"),
                           "全年执行数": D("13.50"), "执行率": D("100.00")}]}})


def small(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [SMALL]).mentions if m.status != "ignored"}


def test_a_stated_rate_within_what_the_printed_amounts_permit_is_supported():
    assert small("市级财政资金执行22.37万元，执行率84.43%。")["84.43%"] == "exact"


def test_a_stated_rate_the_printed_amounts_cannot_give_stays_unsupported():
    assert small("市级财政资金执行22.37万元，执行率84.46%。")["84.46%"] == "unsupported"
    assert small("市级财政资金执行22.37万元，执行率84.44%。")["84.44%"] == "unsupported"  # stated nowhere


def test_the_other_lines_stated_rate_given_to_a_line_stays_unsupported():
    assert small("省级农业专项资金执行13.50万元，执行率84.43%。")["84.43%"] == "unsupported"
