"""A difference's direction word must agree with its sign (issue 10: "signs agree with the words"): 较目标高
N个百分点 says the result is above its target, 较上年低 says it fell — a township petition office's indicators."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="信访自评表.yaml", data={
    "被评价年度": 2023,
    "绩效指标": [
        {"三级指标": "按期办结率", "年度指标值": "≥95%", "实际完成值": "93.8%"},
        {"三级指标": "信访群众满意率", "年度指标值": "≥90%", "实际完成值": "91.2%"},
    ],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_result_below_its_target_is_not_higher_than_it():
    assert status("按期办结率93.8%，较目标低1.2个百分点。")["1.2个百分点"] == "derived"
    assert status("按期办结率93.8%，较目标高1.2个百分点。")["1.2个百分点"] == "unsupported"


def test_a_result_above_its_target_is_not_lower_than_it():
    assert status("信访群众满意率91.2%，比目标高1.2个百分点。")["1.2个百分点"] == "derived"
    assert status("信访群众满意率91.2%，比目标低1.2个百分点。")["1.2个百分点"] == "unsupported"


def test_a_cap_is_no_direction():
    # 最高 names a ceiling, not a rise: the figure is read as it stands
    assert status("信访群众满意率最高91.2%。")["91.2%"] == "exact"
