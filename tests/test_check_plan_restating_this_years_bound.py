"""A next-year plan that restates this year's target of the item its words name (2025年水质检测村达到60个 against the
form's ≥60个, met or not) is supported: a plan is a target, and a bound supports a target (issue 10). A plan that keeps
this year's result (达到14座), another figure or another item's target stays a plan no source gives.

Kind: a 农村饮水安全巡检 project form as tab-separated text.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.txt", text=(
    "项目支出绩效自评表（2024年度）\n"
    "项目名称\t农村饮水安全巡检项目\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t数量指标\t水质检测村\t≥60个\t54个\n"
    "产出指标\t数量指标\t巡检水厂\t≥12座\t14座\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_plan_reaching_this_years_unmet_target_restates_it():
    got = status("全年水质检测村54个。2025年水质检测村达到60个，巡检水厂达到14座。")
    assert (got["54个"], got["60个"], got["14座"]) == ("exact", "exact", "unsupported")


def test_a_plan_of_another_figure_or_another_items_target_stays_unsupported():
    assert status("全年水质检测村54个。2025年水质检测村达到62个。")["62个"] == "unsupported"
    assert status("全年水质检测村54个。2025年巡检水厂达到60座。")["60座"] == "unsupported"
