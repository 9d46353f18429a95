"""A price or cost per unit (元/吨, 万元/公里, 元/人次) is read with what it is per: 2.86元/吨 and 2.86元/公斤
differ a thousandfold, so a text that turns one into the other is unsupported; a text that leaves the per-unit
out (均价2.86元) still matches, since it says nothing against the source."""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

GRAIN = SourceText(name="轮换台账.txt", text="2024年轮换出库3200吨，轮换均价2.86元/公斤，运费补贴12元/吨。")
ROAD = SourceText(name="养护台账.md", text="村道硬化改造18.6公里，综合造价42.5万元/公里；培训费按每人次150元/人次结算。")


def test_a_per_unit_is_part_of_the_mention():
    (m,) = extract_mentions("综合造价42.5万元/公里")
    assert (m.text, m.value, m.unit, m.per) == ("42.5万元/公里", Decimal("42.5"), "万元", "公里")
    (m,) = extract_mentions("培训费150元／人次，")
    assert (m.text, m.per) == ("150元／人次", "人次")
    (m,) = extract_mentions("完成率95%/年")  # a rate is not per anything the checker compares
    assert m.text == "95%"


def test_a_price_per_kilogram_is_not_the_same_figure_per_tonne():
    report = check("轮换均价2.86元/吨，运费补贴12元/吨。", [GRAIN])
    status = {m.text: m.status for m in report.mentions}
    assert status["2.86元/吨"] == "unsupported"
    assert status["12元/吨"] == "exact"


def test_a_per_unit_the_text_leaves_out_says_nothing_against_the_source():
    report = check("轮换均价2.86元，村道综合造价42.5万元。", [GRAIN, ROAD])
    assert report.ok, [(m.text, m.status, m.reason) for m in report.mentions]


def test_the_same_per_unit_in_another_scale_is_converted():
    report = check("村道综合造价每公里42.5万元，即425000元/公里。", [ROAD])
    status = {m.text: m.status for m in report.mentions}
    assert status["425000元/公里"] in ("exact", "converted")


def test_a_share_of_people_is_not_a_share_per_person_time():
    report = check("培训费150元/人。", [ROAD])
    assert not report.ok  # 元/人 is not the source's 元/人次
