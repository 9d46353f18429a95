"""A share of an item of a breakdown given as a list of records whose amounts carry no unit (支出构成: [{内容, 金额}]
in a JSON whose 计量单位 is said only for its 资金) and no 合计 (issue 10): the items add up to the spending the
record states in 万元, and that is the whole — of 占N% after an item, of a sum of two items, and of a fraction word
right after an item's amount. Beside each, its planted error: a share the amount does not give.

A city public legal-service centre's project data (a unit of a kind in no corpus).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

CENTRE = SourceData(name="公共法律服务中心项目数据.json", data={
    "单位": "某市公共法律服务中心", "年度": 2024, "项目": "公共法律服务体系运行项目",
    "资金": {"计量单位": "万元", "年初预算": D("176.00"), "调整后预算": D("186.00"), "支出": D("180.00")},
    "支出构成": [
        {"内容": "热线坐席服务", "金额": D("72.00")},        # 40.00 %
        {"内容": "法律援助案件补贴", "金额": D("54.00")},    # 30.00 %
        {"内容": "人民调解员补贴", "金额": D("34.20")},      # 19.00 %
        {"内容": "普法宣传", "金额": D("19.80")}]})           # 11.00 %


def status(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [CENTRE]).mentions if m.status != "ignored"]


def test_an_items_share_is_of_the_spending_its_list_adds_up_to():
    got = dict(status("从支出构成看：热线坐席服务72.00万元，占40.00%；人民调解员补贴34.20万元，占19.00%，接近两成。"))
    assert got["40.00%"] == "derived"  # 72.00 ÷ 180.00
    assert got["19.00%"] == "derived"
    assert got["接近两成"] == "derived"
    assert dict(status("从支出构成看：热线坐席服务72.00万元，占45.00%。"))["45.00%"] == "unsupported"


def test_a_fraction_word_right_after_an_items_amount_is_its_share_of_that_spending():
    assert status("二是普法宣传经费19.80万元，刚超过一成，覆盖面不足。")[-1][1] == "derived"  # 11.00 %
    assert status("二是普法宣传经费19.80万元，刚超过两成，覆盖面不足。")[-1][1] == "unsupported"
