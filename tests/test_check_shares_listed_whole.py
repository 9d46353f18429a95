"""A breakdown the text lists item by item, each figure followed by its share, is of the whole its items add up
to (issue 10): "其中儿童2650剂次，占54.98%；老年人1480剂次，占30.71%；孕产妇690剂次，占14.32%" after the year's
4820剂次, or spending by use whose sum is the form's 全年执行数 that the paragraph never states. The sum must be a
figure the text stated or the sources state: a list need not name every item, and shares of a list's own sum
(a whole nobody stated) stay unsupported.

A town health centre's basic public health service project (2024): the form, and a work log whose lines each
give one item (no record of the sources adds them up).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年基本公共卫生服务项目绩效自评表（青石镇卫生院）\n\n金额单位：万元\n\n"
    "| 项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 项目资金合计 | 86.00 | 84.50 |\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 疫苗接种剂次 | ≥4500剂次 | 4820剂次 |\n"
    "| 健康档案建档 | ≥9000份 | 9368份 |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 青石镇卫生院2024年工作日志（摘录）\n\n"
    "- 2024-03-18：冷链设备采购验收，支付 38.20 万元。\n"
    "- 2024-06-30：上半年儿童免疫规划接种完成 2650 剂次，入户随访 312 户。\n"
    "- 2024-09-26：乡村医生及公卫人员培训结束，培训费用 25.60 万元。\n"
    "- 2024-10-31：老年人流感疫苗集中接种 1480 剂次。\n"
    "- 2024-11-15：孕产妇接种 690 剂次，孕期随访 57 人。\n"
    "- 2024-12-10：健康宣传折页和耗材结算 20.70 万元。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_each_listed_items_share_is_of_the_total_stated_before_that_they_add_up_to():
    got = status("全年接种疫苗4820剂次，超过4500剂次的目标。其中儿童2650剂次，占54.98%；老年人1480剂次，占30.71%；"
                 "孕产妇690剂次，占14.32%。")
    assert (got["54.98%"], got["30.71%"], got["14.32%"]) == ("derived",) * 3  # 2650 + 1480 + 690 = 4820


def test_a_wrong_share_in_the_list_stays_unsupported():
    got = status("全年接种疫苗4820剂次，超过4500剂次的目标。其中儿童2650剂次，占54.98%；老年人1480剂次，占30.71%；"
                 "孕产妇690剂次，占15.32%。")
    assert got["54.98%"] == "derived"
    assert got["15.32%"] == "unsupported"


def test_shares_of_the_lists_own_sum_that_nobody_stated_stay_unsupported():
    # 2650 ÷ (2650 + 1480) = 64.16%: the two groups named are not the year's 4820
    got = status("其中儿童2650剂次，占64.16%；老年人1480剂次，占35.84%。")
    assert (got["64.16%"], got["35.84%"]) == ("unsupported",) * 2


def test_a_breakdown_by_use_is_of_the_spending_its_items_add_up_to_in_the_form():
    got = status("按用途分：冷链设备38.20万元，占45.21%；人员培训25.60万元，占30.30%；宣传耗材20.70万元，占24.50%。")
    assert (got["45.21%"], got["30.30%"], got["24.50%"]) == ("derived",) * 3  # of 全年执行数 84.50


def test_a_breakdown_whose_items_do_not_add_up_to_a_stated_figure_gives_no_whole():
    # 38.20 + 25.60 = 63.80万元 is no figure of the sources: 38.20 ÷ 63.80 = 59.87% is no share of the spending
    got = status("按用途分：冷链设备38.20万元，占59.87%；人员培训25.60万元，占40.13%。")
    assert (got["59.87%"], got["40.13%"]) == ("unsupported",) * 2
