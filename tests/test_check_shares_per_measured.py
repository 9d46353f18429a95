"""An average per the unit of a measured quantity — 每巡查小时经费, 每保洁公里支出 — is the spending over the quantity its
paragraph stated in that unit (issue 10): the year's result, never the target, last year's figure, the change or a
daily average stated beside it.

A town's river patrol and cleaning project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年河道巡查保洁项目绩效自评表（清溪镇人民政府）\n\n金额单位：万元\n\n"
    "| 项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 项目资金合计 | 132.00 | 128.64 |\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 河道巡查时长 | ≥4000小时 | 4380小时 | 4120小时 |\n| 保洁河道长度 | ≥80公里 | 86.5公里 | 80.2公里 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


PATROL = "全年河道巡查时长4380小时，超过4000小时的目标，比上年的4120小时增加260小时；日均巡查12小时，每巡查小时经费{}。"


def test_an_average_per_measured_hour_is_the_spending_over_the_years_hours():
    assert status(PATROL.format("293.70元"))["293.70元"] == "derived"  # 1,286,400 ÷ 4380


def test_the_target_or_last_years_hours_are_no_count_of_it():
    assert status(PATROL.format("321.60元"))["321.60元"] == "unsupported"  # ÷ 4000, the target
    assert status(PATROL.format("312.23元"))["312.23元"] == "unsupported"  # ÷ 4120, last year's


def test_an_average_per_cleaned_kilometre_is_over_the_length_stated():
    text = "保洁河道86.5公里，超过80公里的目标；每保洁公里支出{}。"
    assert status(text.format("1.49万元"))["1.49万元"] == "derived"  # 128.64 ÷ 86.5
    assert status(text.format("1.61万元"))["1.61万元"] == "unsupported"  # ÷ 80, the target
