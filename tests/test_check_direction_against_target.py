"""高于 / 低于 / 超出 / 少于 a target take the side the words say, as 比目标高 / 较目标低 already do (issue 10: "signs
agree with the words"): a rate that fell short of its target is never "高于目标 N个百分点", a count above it never
"少于目标 N件" — a county procuratorate's indicators."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="检察院自评表.yaml", data={
    "被评价年度": 2025,
    "绩效指标": [
        {"三级指标": "审查逮捕案件按期办结率", "年度指标值": "≥98%", "实际完成值": "97.2%"},
        {"三级指标": "公益诉讼诉前检察建议回复率", "年度指标值": "≥90%", "实际完成值": "95.5%"},
        {"三级指标": "办理控告申诉案件", "年度指标值": "≥600件", "实际完成值": "648件"},
        {"三级指标": "群众来信回复时限", "年度指标值": "≤7个工作日", "实际完成值": "5个工作日"},
    ],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_rate_short_of_its_target_is_below_it_never_above():
    assert status("审查逮捕案件按期办结率97.2%，低于目标0.8个百分点。")["0.8个百分点"] == "derived"
    assert status("审查逮捕案件按期办结率97.2%，高于目标0.8个百分点。")["0.8个百分点"] == "unsupported"


def test_a_rate_above_its_target_is_above_it_never_below():
    assert status("公益诉讼诉前检察建议回复率95.5%，高于目标5.5个百分点。")["5.5个百分点"] == "derived"
    assert status("公益诉讼诉前检察建议回复率95.5%，超出目标5.5个百分点。")["5.5个百分点"] == "derived"
    assert status("公益诉讼诉前检察建议回复率95.5%，低于目标5.5个百分点。")["5.5个百分点"] == "unsupported"


def test_a_count_above_its_target_is_more_never_fewer():
    assert status("办理控告申诉案件648件，超出目标48件。")["48件"] == "derived"
    assert status("办理控告申诉案件648件，少于目标48件。")["48件"] == "unsupported"


def test_a_time_limit_met_early_is_shortened_never_lengthened():
    assert status("群众来信回复时限5个工作日，比时限缩短2个工作日。")["2个工作日"] == "derived"
    assert status("群众来信回复时限5个工作日，比时限延长2个工作日。")["2个工作日"] == "unsupported"


LOG = SourceData(name="工作记录.yaml", data={"工作记录": [
    "2025年12月31日：受办案人员调整影响，审查起诉案件审结率96.5%，未达到98%的目标。"]})


def test_a_log_line_that_names_its_target_gives_the_side_too():
    said = lambda text: {m.text: m.status for m in check(text, [LOG]).mentions}  # noqa: E731
    assert said("审查起诉案件审结率96.5%，低于目标1.5个百分点。")["1.5个百分点"] == "derived"
    assert said("审查起诉案件审结率96.5%，高于目标1.5个百分点。")["1.5个百分点"] == "unsupported"
