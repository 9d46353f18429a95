"""A figure's direct matches are looked up once per wording of its value (match._Checker._cache): the key holds
everything the look-up reads — value, unit, precision, approximation word, target role, and what a price is per
(2.86元/吨 is no 2.86元/公斤) and the degree word that narrows an approximation (刚超过九成 is no 97 %). A figure's verdict
is the same wherever it stands: alone, or after another mention of the same value in other words. Before, the first
mention decided for the later ones — a planted per-unit error accepted after a plain mention of the value, a plain
one refused after the error.

Fixture: a 进出口商品检验所 of 七台河 (invented)."""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

SOURCE = SourceText(name="七台河进出口商品检验所工作记录.md", text="""# 七台河进出口商品检验所2025年工作记录

全年完成样品检测，平均检测成本2.86元/公斤。

全年举办检验业务培训，参训人员2500人，满意度97%。
""")


def status(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [SOURCE]).mentions if m.status != "ignored"]


@pytest.mark.parametrize("first, then, verdicts", [
    # what a price is per: the source's 元/公斤 is no 元/吨 (planted), a plain 2.86元 is the cost
    ("检测成本2.86元/吨。", "样品检测成本2.86元。", ("unsupported", "exact")),
    # a degree word narrows 超过: 97 % is over 90 %, not just over it
    ("满意度超过90%。", "满意度刚超过90%。", ("approximate", "unsupported")),
])
def test_a_figures_verdict_does_not_depend_on_an_earlier_mention_of_its_value(first, then, verdicts):
    assert [s for _, s in status(first)] == [verdicts[0]]
    assert [s for _, s in status(then)] == [verdicts[1]]
    assert [s for _, s in status(first + "\n\n" + then)] == list(verdicts)
    assert [s for _, s in status(then + "\n\n" + first)] == list(reversed(verdicts))
