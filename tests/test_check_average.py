"""A per-item average (件均, 户均, 场均, 平均每期) is a total over the count of its items (issue 10).
A district science and technology bureau: innovation vouchers and popular-science lectures."""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="科技局工作台账.md", text=(
    "全年兑付科技创新券资金860万元，支持企业172家。\n举办科普讲座24场，听众3120人次。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_an_average_per_item_is_the_total_over_the_count():
    assert status("兑付创新券资金860万元，支持企业172家，平均每家5万元。")["5万元"] == "derived"
    assert status("举办科普讲座24场，听众3120人次，场均130人次。")["130人次"] == "derived"


def test_a_wrong_average_is_unsupported():
    assert status("兑付创新券资金860万元，支持企业172家，平均每家6万元。")["6万元"] == "unsupported"
    assert status("举办科普讲座24场，听众3120人次，场均13人次。")["13人次"] == "unsupported"
