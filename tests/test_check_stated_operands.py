"""Figures the text itself stated, and that the checker found supported, are operands of the figures after them
(issue 10, point 2: "a figure the text itself states and that is supported may serve as an operand (a 合计, then
its rate)"). The relation words fix the operation: 合计 after a list of quarters (二、三季度) is the sum of the
quarters it lists; 占 right after such a sum is the sum over the whole its items are parts of; 约 / 超过 / 接近 and
a fraction word right after a rate restate that rate, on the side the word says.

Every positive case has its negative beside it: a sum of quarters the words do not list, a share of another whole,
a fraction word far from the rate or on the wrong side, a rate the checker flagged.

A district public library (区图书馆), its reading-promotion project: the project form, a quarterly lending ledger,
the spending lines and the payments of one contract.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="图书馆项目自评表.yaml", data={
    "项目名称": "2024年区图书馆全民阅读推广项目",
    "项目资金": {"年初预算": "180.00万元", "全年预算": "186.00万元", "全年执行数": "172.40万元"},
    "绩效指标": [
        {"三级指标": "图书外借差错率", "年度指标值": "≤0.5%", "实际完成值": "0.28%", "上年实际": "0.40%"},
        {"三级指标": "读者满意度", "年度指标值": "≥90%", "实际完成值": "95.6%", "上年实际": "93.1%"},
        {"三级指标": "少儿读者占比", "年度指标值": "≥30%", "实际完成值": "33.9%"}],
})
LEDGER = SourceText(name="分季度借阅统计.txt", text=(
    "借阅服务按季度统计如下\n"
    "季度      到馆人次    外借册次\n"
    "一季度    31,250      18,400\n"
    "二季度    28,640      16,920\n"
    "三季度    42,180      25,310\n"
    "四季度    35,930      21,070\n"
    "合计      138,000     81,700\n"))
SPENDING = SourceText(name="支出明细.txt", text=(
    "项目支出明细（单位：万元）\n"
    "支出内容        金额\n"
    "图书采购        86.20\n"
    "阅读活动        41.30\n"
    "数字资源        28.50\n"
    "设备维护        16.40\n"
    "合计            172.40\n"))
PAYMENTS = SourceText(name="数字资源合同付款记录.md", text=(
    "# 数字资源采购合同付款记录\n\n"
    "- 3月15日，预付合同款78,660元。\n"
    "- 7月10日，支付进度款104,880元。\n"
    "- 12月20日，支付尾款78,660元。\n"))
SOURCES = [FORM, LEDGER, SPENDING, PAYMENTS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 约 / 超过 / 接近 + a fraction word right after a supported rate restates that rate ---------------------------

def test_a_fraction_word_with_yue_after_a_derived_share_restates_it():
    # 86.20 + 41.30 = 127.50万元; 127.50 ÷ 172.40 = 73.96 %, about three quarters
    text = "图书采购与阅读活动两项合计127.50万元，占73.96%，约四分之三。"
    got = status(text)
    assert got["127.50万元"] == "derived" and got["73.96%"] == "derived"
    assert got["约四分之三"] == "derived"


def test_a_fraction_word_far_from_the_rate_before_it_is_unsupported():
    text = "图书采购与阅读活动两项合计127.50万元，占73.96%，约三分之二。"
    assert status(text)["约三分之二"] == "unsupported"  # 66.67 % is 7 points below 73.96 %


def test_a_fraction_word_after_a_rate_the_sources_state_restates_it():
    text = "少儿读者占33.9%，约三分之一，高于30%的目标。"
    assert status(text)["约三分之一"] == "derived"
    assert status(text.replace("约三分之一", "约四分之一"))["约四分之一"] == "unsupported"


def test_a_fraction_word_after_a_flagged_rate_is_not_supported_by_it():
    # the true share is 73.96 %: a wrong 66.50 % is flagged, and 约三分之二 must not lean on it
    text = "图书采购与阅读活动两项合计127.50万元，占66.50%，约三分之二。"
    got = status(text)
    assert got["66.50%"] == "unsupported"
    assert got["约三分之二"] == "unsupported"


def test_chaoguo_yiban_is_above_half_and_buzu_yiban_below():
    # 二、三季度 到馆 28,640 + 42,180 = 70,820人次, 51.32 % of 138,000
    text = "二、三季度合计到馆70820人次，占全年的51.32%，超过一半。"
    got = status(text)
    assert got["超过一半"] == "derived"
    assert status(text.replace("超过一半", "不足一半"))["不足一半"] == "unsupported"


# -- 合计 after a list of quarters: the sum of the quarters the words list ----------------------------------------

def test_a_sum_of_the_quarters_the_words_list_is_derived_and_so_is_its_share_of_the_year():
    text = "三季度到馆42180人次，为全年最多；二、三季度合计到馆70820人次，占51.32%。"
    got = status(text)
    assert got["70820人次"] == "derived"  # 28,640 + 42,180
    assert got["51.32%"] == "derived"  # 70,820 ÷ 138,000, the 合计 its quarters are parts of


def test_a_sum_of_other_quarters_than_the_words_list_is_unsupported():
    # 一、二季度 is 59,890; 73,430 is 一季度 + 三季度, which the words do not list
    text = "一、二季度合计到馆73430人次。"
    assert status(text)["73430人次"] == "unsupported"
    assert status("一、二季度合计到馆59890人次。")["59890人次"] == "derived"


def test_the_share_of_a_stated_sum_is_of_its_items_whole_not_of_another_figure():
    # 70,820 ÷ 81,700 (the 外借册次 total) = 86.68 %: a whole of another measure
    text = "二、三季度合计到馆70820人次，占86.68%。"
    assert status(text)["86.68%"] == "unsupported"
