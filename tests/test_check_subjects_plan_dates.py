"""A date of next year's plan is no date of this year's work (issue 10: a figure is supported by the same fact):
"2025年将继续…；档案数字化二期在10月底前完成" sets a deadline for 2025, which a 2024 log entry of October does not
bear out — over the ； that carries the plan's year, and in a clause of its own (2025年继续开展…，在10月18日启动).
The plan's deadline that a 2025 plan among the sources states stays exact, and this year's dates stay exact.

A city archive's work log of 2024 and its 2025 work plan.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="工作日志.txt", text=(
    "2024-03-12  档案数字化项目启动，全年计划扫描档案12万页。\n"
    "2024-10-18  “档案开放月”活动启动，至2024-11-15结束，接待查档群众860人次。\n"
    "2024-12-20  全年项目资金执行完毕，扫描档案12.6万页。\n"))
PLAN = SourceText(name="2025年工作计划.txt", text="2025年工作计划：档案数字化二期在10月底前完成，年内扫描档案15万页。\n")


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_plans_deadline_over_its_semicolon_is_no_date_of_this_years_log():
    got = status("2025年将继续推进档案数字化二期建设；档案数字化二期在10月底前完成。", LOG)
    assert got["10月底前"] == "unsupported"


def test_a_plans_day_in_its_own_clause_is_no_date_of_this_years_log():
    assert status("2025年继续开展“档案开放月”活动，在10月18日启动。", LOG)["10月18日"] == "unsupported"


def test_the_deadline_a_plan_among_the_sources_states_stays_exact():
    got = status("2025年将继续推进档案数字化二期建设；档案数字化二期在10月底前完成。", LOG, PLAN)
    assert got["10月底前"] == "exact"


def test_this_years_dates_stay_exact():
    assert status("“档案开放月”活动于10月18日启动，至11月15日结束。", LOG) == {"10月18日": "exact", "11月15日": "exact"}
    assert status("2024年，“档案开放月”活动于10月18日启动。", LOG)["10月18日"] == "exact"
