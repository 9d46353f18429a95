"""A rate's change relative to the rate (相对提高 / 相对下降) is (new − old) ÷ old of the two rates the sentence
relates, only when the words say 相对: 提高3.99% alone is read as no change of a rate (issue 10, point 2).

A secondary vocational school (中等职业学校): its annual summary.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LOG = SourceText(name="年度工作总结.md", text="2023年毕业生对口就业率96.5%，2022年为92.8%。\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_relative_change_of_a_rate_is_its_change_over_the_earlier_rate():
    text = "毕业生对口就业率达到96.5%，比2022年的92.8%提高3.7个百分点，相对提高3.99%。"
    got = status(text)
    assert got["3.7个百分点"] == "derived" and got["3.99%"] == "derived"  # 3.7 ÷ 92.8
    assert status(text.replace("3.99%", "3.83%"))["3.83%"] == "unsupported"  # 3.7 ÷ 96.5, the wrong base
    assert status(text.replace("相对提高3.99%", "提高3.99%"))["3.99%"] == "unsupported"


def test_a_rate_after_a_change_introduced_by_di_alone_relates_the_same_two_figures():
    form = SourceData(name="设备维护.yaml", data={"绩效指标": [
        {"三级指标": "单台设备年度维护费用", "年度指标值": "≤5万元/台", "实际完成值": "4.5万元"}]})
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    text = "单台设备年度维护费用较上限低0.5万元，低10%。"
    assert got(text)["0.5万元"] == "derived" and got(text)["10%"] == "derived"  # 0.5 ÷ 5
    assert got(text.replace("低10%", "低11.11%"))["11.11%"] == "unsupported"  # 0.5 ÷ 4.5, the wrong base
