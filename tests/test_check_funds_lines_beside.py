"""Lines of money written beside their whole's own figures in a data file (issue 10): 资金: {年初预算, 调整后预算,
实际支出, 县级财政资金: {…}, 社会捐赠资金: {…}} — the record's own figures are the whole, each keyed record a line of
it, so a line's 结余 is its share of the whole 结余 and its raise's 调整率 is over its own 年初. Each with its planted
error beside it.

Kind: a 关工委 (关心下一代工作委员会) data file in YAML, amounts in 元.
"""

from __future__ import annotations

from drafter.check import SourceData, check

DATA = SourceData(name="关工委项目执行情况.yaml", text="# 金额单位：元\n", data={
    "项目": "青少年关爱教育项目", "年度": 2024,
    "资金": {"年初预算": 860000, "调整后预算": 920000, "实际支出": 883200,
             "县级财政资金": {"年初预算": 660000, "调整后预算": 720000, "实际支出": 694800, "备注": "8月追加60000元"},
             "社会捐赠资金": {"年初预算": 200000, "调整后预算": 200000, "实际支出": 188400}}})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_a_lines_balance_is_its_share_of_the_whole_balance():
    assert status("一是全年结余3.68万元，其中县级财政资金结余占68.48%，接近七成。") == {
        "3.68万元": "derived", "68.48%": "derived", "接近七成": "derived"}  # 25,200 ÷ 36,800
    assert status("一是全年结余3.68万元，其中县级财政资金结余占31.52%。")["31.52%"] == "unsupported"  # 社会捐赠's


def test_a_lines_raise_rate_is_over_its_own_initial_budget():
    assert status("县级财政资金追加60,000元，调整率9.09%。")["9.09%"] == "derived"  # 60,000 ÷ 660,000
    assert status("县级财政资金追加60,000元，调整率6.98%。")["6.98%"] == "unsupported"  # over the whole's 860,000
