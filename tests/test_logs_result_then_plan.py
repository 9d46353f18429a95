"""A log line that gives the year's result and then what moves to next year ("9个站点通过验收并投入运营，其余3个站点
转入下年度建设") is a result up to its plan: the draft says the 9 sites, not the plan, and not nothing. Before, the
plan's words made the whole line a plan, and the year-end figure of a task that fell short was left out of its
paragraph. A line that is a plan from its start stays out. Unit: a county disabled persons' care centre
(残疾人托养服务中心)."""

from __future__ import annotations

from drafter.domain.logs import condense_logs, result_part
from drafter.schema import WorkLog


def test_a_result_followed_by_next_years_plan_is_kept_up_to_the_plan():
    got = result_part("全年新建托养服务点9个并通过验收，其余3个转入下年度建设。", 2025)
    assert got == "全年新建托养服务点9个并通过验收。"


def test_a_line_that_opens_with_a_plan_has_no_result_part():
    assert result_part("下年度计划新建托养服务点3个，全年目标12个。", 2025) is None
    assert result_part("力争明年完成托养床位改造200张，目前已完成80张。", 2025) is None


def test_the_year_end_result_reaches_the_task_paragraph_without_its_plan():
    logs = [WorkLog(text="启动托养服务点建设，确定点位12个。", date="2025-03-15", source="日志.md", line=1),
            WorkLog(text="全年新建托养服务点9个并通过验收，其余3个转入下年度建设。", date="2025-12-20",
                    source="日志.md", line=2)]
    sentences, _ = condense_logs(logs, year=2025)
    assert "全年新建托养服务点9个并通过验收。" in sentences
    assert not [s for s in sentences if "下年度" in s]
