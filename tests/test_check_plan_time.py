"""A month the text names as the plan's (晚于11月底的计划时间, 比计划的11月底推迟) is the deadline indicator's
target, not a completion month the sources lack — a report saying a project was late quotes both."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="自评表.yaml", data={"绩效指标": [
    {"三级指标": "污水管网验收完成时间", "年度指标值": "11月底前", "实际完成值": "12月中旬"},
    {"三级指标": "新建污水管网", "年度指标值": "≥8公里", "实际完成值": "8.6公里"}]})


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions}


def test_the_plans_time_after_a_month_names_the_target():
    assert verdicts("管网于12月中旬完成验收，晚于11月底的计划时间。") == {"12月中旬": "exact", "11月底": "exact"}


def test_the_plans_month_after_compared_with_names_the_target():
    assert verdicts("12月中旬完成验收，比计划的11月底有所推迟。") == {"12月中旬": "exact", "11月底": "exact"}


def test_a_month_stated_as_done_is_still_no_target():
    assert verdicts("管网于11月底完成验收。")["11月底"] == "unsupported"


def test_time_spent_is_no_target():
    assert verdicts("用3个月的时间新建污水管网8.6公里。")["8.6公里"] == "exact"
