"""A record stating a budget in the file's 金额单位 (合计: {年初: …, 调整后: …, 实际: …} under # 金额单位：元): its 实际
is money spent of that budget, so the whole's 执行率 and 结余 derive from it, though neither the key 实际 nor the path
收支.合计 names money (issue 10). Each with its planted error beside it.

Kind: a 气象灾害防御中心's department data file in YAML, amounts in 元.
"""

from __future__ import annotations

from drafter.check import SourceData, check

DATA = SourceData(name="部门收支.yaml", text="# 气象灾害防御中心 2024年部门收支\n# 金额单位：元；预警信息按条计\n", data={
    "单位": "某市气象灾害防御中心", "年度": 2024,
    "收支": {"基本支出": {"年初": 1862400, "调整后": 1862400, "实际": 1840150},
             "项目支出": {"年初": 734000, "调整后": 791000, "实际": 762380},
             "合计": {"年初": 2596400, "调整后": 2653400, "实际": 2602530}},
    "成果": {"发布预警信息": {"计划": 1200, "完成": 1346}}})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_the_wholes_rate_and_balance_derive_from_its_spent_figure():
    assert status("中心全年支出260.25万元，执行率98.08%，结余5.09万元。") == {
        "260.25万元": "rounded", "98.08%": "derived", "5.09万元": "derived"}  # 2,602,530 of 2,653,400
    got = status("中心全年支出260.25万元，执行率98.25%，结余6.12万元。")
    assert (got["98.25%"], got["6.12万元"]) == ("unsupported", "unsupported")


def test_a_count_completed_in_a_record_without_a_budget_stays_a_count():
    assert status("全年发布预警信息1346条，完成计划的112.17%。") == {"1346条": "exact", "112.17%": "derived"}


def test_a_rounded_balance_the_text_derived_is_a_share_of_the_whole_at_its_exact_value():
    # 结余2.86万元 is 28,620元 (791,000 − 762,380): 56.26% of the whole's 50,870元, where 28,600 would give 56.22%
    told = "项目支出年初73.40万元，追加5.70万元后为79.10万元；支出76.24万元，结余2.86万元，"
    assert status(told + "占部门结余的56.26%。")["56.26%"] == "derived"
    assert status(told + "占部门结余的43.74%。")["43.74%"] == "unsupported"  # 基本支出's share
