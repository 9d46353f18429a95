"""Rates in words smaller than a percent: 千分之三 (3 ‰) and 万分之0.8 (0.8 ‱, an error rate of a yearbook or
a printing job). They are rates, compared with a form's "≤万分之一" target like any other rate — not a bare
0.8 or an unquantified result."""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, check
from drafter.numbers import extract_mentions


def test_per_ten_thousand_and_per_thousand_in_words_are_rates():
    got = [(m.text, m.value, m.unit) for m in extract_mentions("差错率万分之0.8，低于万分之一；返工率千分之三。")]
    assert got == [("万分之0.8", Decimal("0.8"), "‱"), ("万分之一", Decimal("1"), "‱"), ("千分之三", Decimal("3"), "‰")]


def test_a_per_ten_thousand_rate_is_a_percent_of_the_same_size():
    form = SourceData(name="自评表.yaml", data={"绩效指标": [
        {"三级指标": "年鉴差错率", "年度指标值": "≤万分之一", "实际完成值": "万分之0.8"}]})
    verdicts = {m.text: m.status for m in check("年鉴差错率万分之0.8，即0.008%。", [form]).mentions}
    assert verdicts == {"万分之0.8": "exact", "0.008%": "converted"}


def test_a_form_target_and_result_in_per_ten_thousand_words_are_compared():
    from drafter.schema import Comparison, parse_target, target_met

    target = parse_target("≤万分之一")
    assert (target.comparison, target.value, target.unit) == (Comparison.le, Decimal("1"), "‱")
    assert target_met(target, "万分之0.8") is True
    assert target_met(target, "万分之1.5") is False
    assert target_met(parse_target("≥百分之九十五"), "96%") is True
