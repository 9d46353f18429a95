"""增幅 / 减幅 / 调增幅度 after a funding line name that line's budget change rate (issue 10): (全年 − 年初) ÷ 年初 of
the line the sentence names — never the department's own 预算调整率 given to a line (增幅4.35% of the 省级专项 when
4.35 % is the whole's), and the word, not a sign, says the side (调减幅度9.33%).

Unit of our own: 临湘市消费者协会 (its form's funds: a whole and two lines).
"""

from __future__ import annotations

from drafter.check import SourceData, check

CONSUMER = [SourceData(name="临湘市消费者协会2024年部门整体支出绩效自评表.yaml", data={
    "被评价年度": 2024,
    "部门资金情况": {
        "单位": "万元", "年初预算": 200.00, "调整预算": 209.60, "实际支出": 201.35,
        "其中": [
            {"名称": "市级财政拨款", "年初预算": 170.00, "调整预算": 174.60, "实际支出": 168.92},
            {"名称": "省级消费维权专项", "年初预算": 30.00, "调整预算": 35.00, "实际支出": 32.43},
        ],
        "预算完成率": 96.06, "预算调整率": 4.80}})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CONSUMER).mentions if m.status != "ignored"}


def test_a_lines_growth_word_is_its_own_budget_change():
    assert status("省级消费维权专项执行32.43万元，增幅16.67%。")["16.67%"] == "derived"  # (35 − 30) ÷ 30


def test_the_wholes_adjustment_rate_given_to_a_line_is_unsupported():
    assert status("省级消费维权专项执行32.43万元，增幅4.80%。")["4.80%"] == "unsupported"
    # no figure of the line traced before it: the line its sentence names
    assert status("省级消费维权专项年中追加资金，增幅16.67%。")["16.67%"] == "derived"
    assert status("省级消费维权专项年中追加资金，增幅4.80%。")["4.80%"] == "unsupported"
    assert status("部门预算执行率96.06%，省级消费维权专项执行率90.00%，增幅4.80%。")["4.80%"] == "unsupported"


def test_the_whole_keeps_its_own_rate():
    assert status("部门全年预算209.60万元，预算调整率4.80%。")["4.80%"] == "exact"
