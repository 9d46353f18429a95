"""A word of degree before an approximation word belongs to the mention (CHECKER.md class 1 and 8): 刚超过一成, 刚刚超过5%,
稍超过两成, 略微超过一半, 刚过半, 稍不足一成 read as one figure on the side its approximation word says, so that a fraction
word right after the rate it restates is read as that rate's restatement. 策略 / 战略 before 超过 are no degree word.

A county seed station's spending by item."""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

SPENDING = SourceText(name="种子站支出明细.md", text=(
    "| 支出内容 | 金额（万元） |\n"
    "| --- | --- |\n"
    "| 品种展示 | 10.42 |\n"
    "| 质量抽检 | 38.16 |\n"
    "| 执法检查 | 51.42 |\n"
    "| 合计 | 100.00 |\n"))


@pytest.mark.parametrize("sentence, text, approx", [
    ("品种展示占10.42%，刚超过一成。", "刚超过一成", ">"),
    ("品种展示占10.42%，刚刚超过一成。", "刚刚超过一成", ">"),
    ("抽检费用占5.18%，稍超过5%。", "稍超过5%", ">"),
    ("执法检查占51.42%，略微超过一半。", "略微超过一半", ">"),
    ("执法检查占51.42%，刚过半。", "刚过半", ">"),
    ("品种展示占9.86%，稍不足一成。", "稍不足一成", "<"),
])
def test_a_degree_word_is_read_with_its_approximation_word(sentence, text, approx):
    got = {m.text: m.approx for m in extract_mentions(sentence) if not m.ignored}
    assert got.get(text) == approx, got


@pytest.mark.parametrize("sentence, text", [
    ("调整推广策略超过3次。", "超过3次"),
    ("落实种业振兴战略超过10项。", "超过10项"),
])
def test_a_word_ending_in_a_degree_character_is_no_degree_word(sentence, text):
    assert [m.text for m in extract_mentions(sentence) if not m.ignored] == [text]


def test_a_fraction_word_with_its_degree_word_restates_the_rate_before_it():
    got = {m.text: m.status for m in check("品种展示10.42万元，占10.42%，刚超过一成。", [SPENDING]).mentions}
    assert got["刚超过一成"] == "derived", got
    got = {m.text: m.status for m in check("品种展示10.42万元，占10.42%，刚不到一成。", [SPENDING]).mentions}
    assert got["刚不到一成"] == "unsupported", got  # the wrong side of 一成
    got = {m.text: m.status for m in check("执法检查51.42万元，占51.42%，刚过半。", [SPENDING]).mentions}
    assert got["刚过半"] == "derived", got
    got = {m.text: m.status for m in check("质量抽检38.16万元，占38.16%，刚过半。", [SPENDING]).mentions}
    assert got["刚过半"] == "unsupported", got  # 38 % is no half
