"""Derivations whose operands the text names without stating them (issue 10): 民事案件比刑事案件多127件 when
neither count is in the paragraph. Both operands must be named by the sentence and come from one source
record or line (or be an explicit pair such as 目标 & 实际); the words still decide which operation fits.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceText, check

# A district forestry bureau (林业局): a ledger line and an indicator record.
LEDGER = SourceText(name="造林台账.md", text=(
    "年度统计：完成植树造林3860亩，其中生态公益林2140亩、经济林1720亩；2022年完成3410亩。\n"
    "森林防火：全年发现火情12起，平均到场时间18分钟。\n"))
FORM = SourceData(name="林业局自评表.yaml", data={
    "部门资金情况": {"单位": "万元", "调整预算": Decimal("1280"), "实际支出": Decimal("1216.4")},
    "绩效指标": [
        {"指标": "森林防火巡护", "目标值": "≥1200", "实际值": 1596, "单位": "人次"},
        {"指标": "火情到场时限", "目标值": "≤30", "实际值": 18, "单位": "分钟"},
    ],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER, FORM]).mentions if m.status != "ignored"}


def test_a_difference_of_two_figures_the_sentence_names_is_derived():
    assert status("生态公益林比经济林多420亩。") == {"420亩": "derived"}


def test_a_share_takes_the_part_the_words_name():
    assert status("生态公益林占55.44%。") == {"55.44%": "derived"}
    assert status("经济林占55.44%。") == {"55.44%": "unsupported"}  # 2140 ÷ 3860 is the other part's share


def test_a_target_and_its_actual_named_by_the_indicator_give_the_completion_and_the_excess():
    got = status("森林防火巡护完成目标的133%，比目标多396人次。")
    assert got == {"133%": "derived", "396人次": "derived"}, got


def test_a_change_word_states_a_change_not_a_ratio():
    assert status("森林防火巡护比目标提高33%。") == {"33%": "derived"}
    assert status("森林防火巡护比目标提高133%。") == {"133%": "unsupported"}


def test_a_fall_needs_a_word_that_says_so():
    assert status("火情到场时间比时限缩短40%。") == {"40%": "derived"}
    assert status("火情到场时间为时限的60%。") == {"60%": "derived"}
    assert status("火情到场时间比时限提高40%。") == {"40%": "unsupported"}


def test_an_execution_rate_is_spending_over_budget_never_a_ratio_of_counts():
    assert status("森林防火巡护执行率133%。") == {"133%": "unsupported"}
    assert status("部门预算执行率95.03%。") == {"95.03%": "derived"}


def test_a_sum_of_two_named_figures_needs_a_word_that_sums():
    assert status("生态公益林和经济林共计3860亩。")["3860亩"] != "unsupported"
    assert status("生态公益林和经济林分别为2140亩、1720亩。") == {"2140亩": "exact", "1720亩": "exact"}
    assert status("经济林扩大到3860亩。") == {"3860亩": "unsupported"}
