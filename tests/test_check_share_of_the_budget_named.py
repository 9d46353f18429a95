"""A share of 全年预算 (the budget as adjusted) is never a share of 年初预算, nor the other way: where the sources state
both — a plan's 年初预算300.00万元 and a later 全年预算调整为320.00万元 — the whole the words name decides which.

Found on the held-out form gen72 (市本级财政资金…182.00万元，占全年预算的28.00% passed as 182.00 ÷ 650.00, the log's
年初预算; the year's budget was 682.00, 26.69 %): the share reader took any budget the words' 预算 named.

A county cultural centre (县文化馆) whose log states the budget at the start of the year and after a raise.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="2025年工作日志.txt", text=(
    "县文化馆2025年工作日志\n\n"
    "- 1月15日：印发全年群众文化活动方案，年初预算300.00万元（财政拨款240.00万元、事业收入60.00万元）。\n"
    "- 6月30日：上半年举办公益培训班42期。\n"
    "- 10月12日：财政拨款追加20.00万元，全年预算调整为320.00万元。\n"
    "- 12月31日：全年执行306.40万元。\n"))

# 60.00 of the initial 300.00 = 20.00 %; of the year's 320.00 = 18.75 %


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [LOG]).mentions if m.text == figure][-1]


def test_a_share_of_the_budget_its_words_name_is_derived():
    assert status("事业收入60.00万元，占全年预算的18.75%。", "18.75%") == "derived"
    assert status("事业收入60.00万元，占年初预算的20.00%。", "20.00%") == "derived"


def test_a_share_of_the_initial_budget_given_as_of_the_years_budget_is_unsupported():
    assert status("事业收入60.00万元，占全年预算的20.00%。", "20.00%") == "unsupported"


def test_a_share_of_the_years_budget_given_as_of_the_initial_budget_is_unsupported():
    assert status("事业收入60.00万元，占年初预算的18.75%。", "18.75%") == "unsupported"
