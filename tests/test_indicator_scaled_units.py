"""A target written in 万 of a unit (≥1.8万人, ≥2万亩) and an actual in the unit itself (18640人, 18500亩) are one
quantity: the indicator is met or missed, as a reviewer reads it, and the draft says which (found by a generality
form at the stop: a 团市委's "注册志愿者人数 ≥1.8万人 / 18640人" was drafted with no verdict at all)."""

from __future__ import annotations

from drafter.schema import Indicator


def indicator(target: str, actual: str) -> Indicator:
    return Indicator.model_validate({"三级指标": "注册志愿者人数", "年度指标值": target, "实际完成值": actual})


def test_a_target_in_wan_of_a_unit_is_met_by_an_actual_in_the_unit_itself():
    assert indicator("≥1.8万人", "18640人").met is True
    assert indicator("≥2万亩", "18500亩").met is False
    assert indicator("≤1.5千克", "1200克").met is True


def test_units_that_only_share_a_last_character_still_do_not_compare():
    assert indicator("≥1.8万人", "18640人次").met is None
