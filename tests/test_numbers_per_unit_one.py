"""每认定一人次平均支出670.01元: the 一 after 每 names the unit the next figure is counted per — it is no count
of its own, and a checker that reads it as "1人次" flags a figure no report ever states. A 一 that IS a
quantity stays one: 每周开展一次演练 (a frequency), 每人发放一册 with no figure after it is left as it was read."""

from __future__ import annotations

import pytest

from drafter.numbers import extract_mentions


def quantities(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if not m.ignored]


@pytest.mark.parametrize("text, figures", [
    ("按全年执行数计，每认定一人次平均支出670.01元", ["670.01元"]),
    ("每受理一次呼救的调度成本29.61元，每派一车次84.63元", ["29.61元", "84.63元"]),
    ("每检测一份种子样品的费用为386元", ["386元"]),
    ("每疏浚一立方米淤泥成本42.5元", ["42.5元"]),
])
def test_a_one_inside_a_per_phrase_before_a_figure_is_the_unit_not_a_count(text, figures):
    assert quantities(text) == figures
    assert "per unit" in {m.reason for m in extract_mentions(text) if m.ignored}


@pytest.mark.parametrize("text, figures", [
    ("每周开展一次应急演练", ["一次"]),                     # a frequency: 每 + a time word
    ("每月一次，全年开展12次", ["一次", "12次"]),
    ("每季度组织一次考评员培训，全年4次", ["一次", "4次"]),
    ("全年开展一次全面排查，发现隐患23处", ["一次", "23处"]),  # no 每 at all
])
def test_a_one_that_counts_stays_a_quantity(text, figures):
    assert quantities(text) == figures
