"""The year after the one the sources report on dates a plan ("2025年将…", "2025年起") in 改进措施: it is the
plan's time frame, not a figure to trace. A year further off, or one before the sources, is still checked,
and a plan's own date or quantity that no source gives is still unsupported (a person must confirm it)."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="自评表.yaml", data={
    "项目名称": "2024年社区矫正教育帮扶经费", "被评价年度": 2024,
    "绩效指标": [
        {"三级指标": "教育帮扶覆盖率", "年度指标值": "≥95%", "实际完成值": "96.5%"},
        {"三级指标": "心理评估完成时限", "年度指标值": "≤7天", "实际完成值": "5天"}]})


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions}


def test_the_next_years_plan_is_not_a_figure_to_trace():
    v = verdicts("2025年将继续把教育帮扶覆盖率保持在95%以上，心理评估时限控制在7天以内。")
    assert v["2025年"] == "ignored"
    assert v["95%"] == "exact" and v["7天"] == "exact"  # the bound word stays outside the span


def test_a_plan_starting_next_year_is_not_a_figure_to_trace():
    assert verdicts("2025年起按季度开展帮扶对象回访。")["2025年"] == "ignored"


def test_the_sources_own_year_is_traced():
    assert verdicts("2024年教育帮扶覆盖率96.5%。")["2024年"] == "exact"


def test_a_year_two_ahead_is_still_unsupported():
    assert verdicts("2026年将教育帮扶覆盖率提高到98%。")["2026年"] == "unsupported"


def test_a_year_before_the_sources_is_still_unsupported():
    assert verdicts("2021年教育帮扶覆盖率为96.5%。")["2021年"] == "unsupported"


def test_a_plans_invented_date_and_amount_stay_unsupported():
    v = verdicts("2025年6月底前完成帮扶档案电子化，新增投入12万元。")
    assert v["2025年6月"] == "unsupported"
    assert v["12万元"] == "unsupported"
