"""A fraction word is a part of a whole (issue 10): 七成以上 / 四成以上 bound a share from below, and a share is never
above its whole — a ratio of 1250 % (a budget over its balance) bears out no 成 word, though it is "above 70 %".
A lacquerware institute's project spending."""

from __future__ import annotations

from drafter.check import SourceData, check

BUDGET = SourceData(name="漆器研究所预算执行.yaml", data={
    "金额单位": "万元", "项目支出": {"预算": 500, "执行": 460, "结余": 40}, "其中": {"展览经费": {"执行": 340}}})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [BUDGET]).mentions}


def test_a_fraction_word_with_an_open_bound_is_borne_out_by_a_share_above_it():
    assert status("展览经费执行340万元，占项目支出的七成以上。")["七成以上"] == "derived"  # 73.91 %


def test_a_ratio_above_the_whole_bears_out_no_fraction_word():
    assert status("项目结余40万元，七成以上。")["七成以上"] == "unsupported"  # only 500 ÷ 40 = 1250 % is above 70 %
