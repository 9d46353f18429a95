"""Shares whose operands are source facts (issue 10, points 2 and 3): which whole a bare 占 — or a fraction word
right after an amount — is of. The nearest whole the text names comes first: the one an earlier 占X的 of the
sentence named, the whole the text's own shares of a breakdown were of (for a sum of its items, too), before the
unit's overall totals. A word that is part of an item's name (照明提升, 设施提升) says no change.

Two units not in any corpus: a city street-lighting office (城市照明管理所) and a fishing-port station (渔港管理站).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

LIGHT = SourceData(name="照明管理所部门整体支出.json", data={
    "单位名称": "某市城市照明管理所", "评价年度": 2024, "金额单位": "万元",
    "收支情况": {"年初预算": D("1800.00"), "调整预算": D("1900.00"), "决算支出": D("1850.00")},
    "支出结构": {"基本支出": D("850.00"), "项目支出": D("1000.00")},
    "项目支出明细": [
        {"项目": "路灯维修养护", "调整预算": D("420.00"), "决算支出": D("412.30")},
        {"项目": "夜景照明提升", "调整预算": D("330.00"), "决算支出": D("318.60")},
        {"项目": "智慧照明平台运维", "调整预算": D("180.00"), "决算支出": D("176.40")},
        {"项目": "节能改造", "调整预算": D("95.00"), "决算支出": D("92.70")}]})

PORT = SourceData(name="渔港管理站部门整体支出.json", data={
    "单位名称": "某县中心渔港管理站", "评价年度": 2024, "金额单位": "万元",
    "收支情况": {"年初预算": D("640.00"), "调整预算": D("660.00"), "决算支出": D("648.00")},
    "支出结构": {"基本支出": D("248.00"), "项目支出": D("400.00")},
    "项目支出明细": [
        {"项目": "港池清淤疏浚", "调整预算": D("170.00"), "决算支出": D("164.00")},
        {"项目": "渔港设施提升", "调整预算": D("130.00"), "决算支出": D("126.00")},
        {"项目": "渔船进出港监管", "调整预算": D("112.00"), "决算支出": D("110.00")}]})


def status(text: str, source: SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_bare_share_after_an_earlier_named_whole_is_of_it_though_the_items_name_ends_in_a_change_word():
    got = status("项目支出中：路灯维修养护412.30万元，占项目支出的41.23%；夜景照明提升318.60万元，占31.86%，"
                 "超过三成；智慧照明平台运维176.40万元，占17.64%。", LIGHT)
    assert got["31.86%"] == "derived"  # 318.60 ÷ 1000.00: 提升 is part of the project's name, no change
    assert got["超过三成"] == "derived"
    # another unit: a wrong share of the same kind of item stays unsupported
    assert status("项目支出中：港池清淤疏浚164.00万元，占项目支出的41.00%；渔港设施提升126.00万元，占35.50%。",
                  PORT)["35.50%"] == "unsupported"  # 126 ÷ 400 = 31.50 %


def test_a_change_the_words_state_is_no_part_of_a_share():
    # 比上年提升 states a change: 26.00 is no part whose share 占6.50% (26 ÷ 400) could be
    got = status("渔港设施提升比上年提升26.00万元，占6.50%。", PORT)
    assert got["6.50%"] == "unsupported"


def test_a_share_of_a_sum_of_listed_items_is_of_the_whole_their_shares_were_of():
    text = ("按项目分，项目支出中路灯维修养护412.30万元，占41.23%；智慧照明平台运维176.40万元，占17.64%；"
            "节能改造92.70万元，占9.27%。智慧照明平台运维与节能改造合计269.10万元，占26.91%。")
    got = status(text, LIGHT)
    assert got["269.10万元"] == "derived"
    assert got["26.91%"] == "derived"  # of 项目支出 1000.00, the whole the items' shares were of
    # of the unit's whole spending (269.10 ÷ 1850.00 = 14.55 %) it is no share the text set up
    assert status(text.replace("26.91%", "14.55%"), LIGHT)["14.55%"] == "unsupported"


def test_a_fraction_word_right_after_an_amount_is_its_share_of_the_breakdowns_whole():
    got = status("项目支出中：路灯维修养护412.30万元，占41.23%；夜景照明提升318.60万元，占31.86%。"
                 "路灯维修养护与夜景照明提升合计730.90万元，超过七成；节能改造92.70万元，不足一成。", LIGHT)
    assert got["超过七成"] == "derived"  # 730.90 ÷ 1000.00 = 73.09 %
    assert got["不足一成"] == "derived"  # 92.70 ÷ 1000.00 = 9.27 %
    # another unit: the word must hold on the side it says
    got = status("项目支出中：港池清淤疏浚164.00万元，占41.00%；渔船进出港监管110.00万元，不足一成。", PORT)
    assert got["不足一成"] == "unsupported"  # 110 ÷ 400 = 27.5 %
