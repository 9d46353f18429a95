"""A share right after a sum of items of a breakdown that has no 合计 (issue 10): '扫描加工与著录标引两项合计60.00万元，
占66.67%' — the items are rows of a 支出构成 mapping in 元 with no total; the whole is the figure the source states
equal to all its rows' sum (资金.支出), whatever the paragraph stated before. Beside it, its planted error: the same
sum over the budget (64.52 %).

A city archives' digitisation project data (a unit of a kind in no corpus).
"""

from __future__ import annotations

from drafter.check import SourceData, check

DATA = SourceData(name="档案数字化项目数据.yaml", text="# 金额单位：元\n", data={
    "单位": "某市档案馆", "年度": 2024, "项目": "馆藏档案数字化加工项目",
    "资金": {"年初预算": 900000, "调整后预算": 930000, "支出": 900000},
    "支出构成": {"扫描加工": 420000, "著录标引": 180000, "质检验收": 96000, "存储设备": 204000}})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_a_share_of_a_sum_of_rows_is_over_what_all_rows_add_up_to():
    got = status("扫描加工与著录标引两项合计60.00万元，占66.67%，约三分之二。")
    assert got["60.00万元"] == "derived"
    assert got["66.67%"] == "derived"  # 600000 ÷ 900000
    assert got["约三分之二"] == "derived"
    # 600000 ÷ 930000 (the adjusted budget) is no share of the spending the rows make up
    assert status("扫描加工与著录标引两项合计60.00万元，占64.52%。")["64.52%"] == "unsupported"
