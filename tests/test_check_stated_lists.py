"""Figures the text itself listed, and that the checker found supported, are operands of the figures after them
(issue 10, point 2): 前两项 / 三笔 / 两笔 合计 is the sum of the items the text listed just before — the first N
of its list for 前N项, the last N otherwise — and nothing else; 分三笔支付：…；…；… is a count of the items the
colon lists; 降幅 / 增幅 after a change in 个百分点 is the change relative to the earlier rate.

Every positive case has its negative beside it: a wrong sum, a sum of items the words do not list, a share of
another whole, a fraction word on the wrong side, a count the list does not have, an operand the checker flagged.

A district public library (区图书馆), the sources of test_check_stated_operands; and a school's two key projects.
"""

from __future__ import annotations

from drafter.check import SourceData, check

from test_check_stated_operands import status  # the same library: its form, lending ledger, spending, payments


# -- 前两项 / 三笔 合计: the sum of the items the text listed just before ------------------------------------------

def test_the_first_two_items_the_text_listed_add_up_and_their_share_follows():
    text = ("按支出内容分，图书采购86.20万元，占50.00%；阅读活动41.30万元，占23.96%；数字资源28.50万元，占16.53%。"
            "前两项合计127.50万元，占73.96%。")
    got = status(text)
    assert got["127.50万元"] == "derived"
    assert got["73.96%"] == "derived"


def test_the_last_two_items_are_not_the_first_two():
    # 阅读活动 + 数字资源 = 69.80万元: not what 前两项 names
    text = ("按支出内容分，图书采购86.20万元，阅读活动41.30万元，数字资源28.50万元。"
            "前两项合计69.80万元。")
    assert status(text)["69.80万元"] == "unsupported"


def test_three_payments_the_paragraph_states_add_up():
    text = ("数字资源采购合同分三笔支付：3月15日预付78660元；7月10日支付进度款104880元；12月20日支付尾款78660元。"
            "三笔合计262200元。")
    got = status(text)
    assert got["262200元"] == "derived"  # 78,660 + 104,880 + 78,660
    assert got["三笔"] == "derived"  # the colon lists three payments


def test_a_wrong_sum_of_the_payments_and_a_count_the_list_does_not_have_are_unsupported():
    text = ("数字资源采购合同分四笔支付：3月15日预付78660元；7月10日支付进度款104880元；12月20日支付尾款78660元。"
            "三笔合计272200元。")
    got = status(text)
    assert got["272200元"] == "unsupported"
    assert got["四笔"] == "unsupported"


def test_two_payments_are_not_the_sum_of_three():
    text = ("数字资源采购合同分三笔支付：3月15日预付78660元；7月10日支付进度款104880元；12月20日支付尾款78660元。"
            "两笔合计262200元。")
    assert status(text)["262200元"] == "unsupported"


# -- 降幅 / 增幅 after a change in 个百分点: the change relative to the earlier rate ---------------------------------

def test_a_fall_in_percent_after_a_fall_in_points_is_relative_to_the_earlier_rate():
    # (0.40 − 0.28) ÷ 0.40 = 30.00 %
    text = "图书外借差错率0.28%，低于0.5%的上限，比上年的0.40%下降0.12个百分点，降幅30.00%。"
    got = status(text)
    assert got["0.12个百分点"] == "derived"
    assert got["30.00%"] == "derived"


def test_a_relative_fall_on_the_wrong_base_is_unsupported():
    # 0.12 ÷ 0.28 = 42.86 %: the change over this year's rate, not the earlier one
    text = "图书外借差错率0.28%，比上年的0.40%下降0.12个百分点，降幅42.86%。"
    assert status(text)["42.86%"] == "unsupported"


def test_a_rise_in_percent_after_a_fall_in_points_is_unsupported():
    text = "图书外借差错率0.28%，比上年的0.40%下降0.12个百分点，增幅30.00%。"
    assert status(text)["30.00%"] == "unsupported"


def test_a_sum_of_payments_one_of_which_the_checker_flagged_is_unsupported():
    # 88,660 is no payment of the ledger: the three stated figures add up to 272,200, which vouches for nothing
    text = ("数字资源采购合同分三笔支付：3月15日预付88660元；7月10日支付进度款104880元；12月20日支付尾款78660元。"
            "三笔合计272200元。")
    got = status(text)
    assert got["88660元"] == "unsupported"
    assert got["272200元"] == "unsupported"


def test_a_counted_sum_of_spending_adds_the_items_spending_not_their_budgets():
    form = SourceData(name="学校项目自评表.yaml", data={
        "重点项目": [{"名称": "教室照明改造", "全年预算": "60.00万元", "执行数": "58.20万元"},
                     {"名称": "食堂设备更新", "全年预算": "40.00万元", "执行数": "36.50万元"}]})
    text = "教室照明改造全年预算60.00万元，执行58.20万元；食堂设备更新全年预算40.00万元，执行36.50万元。两个项目合计执行{}。"
    verdict = lambda x: {m.text: m.status for m in check(text.format(x), [form]).mentions}[x]  # noqa: E731
    assert verdict("94.70万元") == "derived"  # 58.20 + 36.50
    assert verdict("76.50万元") == "unsupported"  # 40.00 + 36.50: a budget and a spending
