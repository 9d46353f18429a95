"""A rate's change relative to the rate (相对提高 / 相对下降) is (new − old) ÷ old of the two rates the sentence
relates, only when the words say 相对: 提高3.99% alone is read as no change of a rate (issue 10, point 2).

A secondary vocational school (中等职业学校): its annual summary.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="年度工作总结.md", text="2023年毕业生对口就业率96.5%，2022年为92.8%。\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_relative_change_of_a_rate_is_its_change_over_the_earlier_rate():
    text = "毕业生对口就业率达到96.5%，比2022年的92.8%提高3.7个百分点，相对提高3.99%。"
    got = status(text)
    assert got["3.7个百分点"] == "derived" and got["3.99%"] == "derived"  # 3.7 ÷ 92.8
    assert status(text.replace("3.99%", "3.83%"))["3.83%"] == "unsupported"  # 3.7 ÷ 96.5, the wrong base
    assert status(text.replace("相对提高3.99%", "提高3.99%"))["3.99%"] == "unsupported"
