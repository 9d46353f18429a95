"""A daily average is over the days of what it averages (issue 10): a quarter's figure over that quarter's days
("三季度租用66.7万人次，比二季度增加8.5万人次，日均7250人次" — 92 days, though 二季度, the quarter compared with, is
named nearer), and a year's figure over the days the words state ("按运营350天计，日均…"), not the calendar's.

A city public bicycle service (2024, a leap year): quarterly rentals and the operating days.
"""

from __future__ import annotations

from drafter.check import SourceText, check

TABLE = SourceText(name="分季度运营统计.md", text=(
    "# 2024年公共自行车分季度运营统计\n\n"
    "| 季度 | 租用人次（万人次） | 故障报修（次） |\n| --- | --- | --- |\n| 一季度 | 41.6 | 312 |\n| 二季度 | 58.2 | 356 |\n"
    "| 三季度 | 66.7 | 401 |\n| 四季度 | 47.5 | 298 |\n| 合计 | 214.0 | 1367 |\n"))
FORM = SourceText(name="自评表.md", text=(
    "# 2024年公共自行车运营维护项目绩效自评表（南湖市公共交通服务中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 年租用人次 | ≥200万人次 | 214.0万人次 |\n"
    "| 运营天数 | ≥340天 | 350天 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [TABLE, FORM]).mentions if m.status != "ignored"}


QUARTER = "三季度租用66.7万人次，比二季度增加8.5万人次，日均{}。"


def test_a_quarters_daily_average_is_over_that_quarters_days():
    assert status(QUARTER.format("7250人次"))["7250人次"] == "derived"  # 667,000 ÷ 92


def test_a_quarters_daily_average_over_another_quarters_days_stays_unsupported():
    assert status(QUARTER.format("7330人次"))["7330人次"] == "unsupported"  # 667,000 ÷ 91 (the second quarter's)


BASIS = "全年租用214.0万人次，超过200万人次的目标；按运营350天计，日均租用{}。"


def test_a_daily_average_is_over_the_days_its_words_state():
    assert status(BASIS.format("6114人次"))["6114人次"] == "derived"  # 2,140,000 ÷ 350


def test_with_the_days_stated_the_calendars_days_are_no_count():
    assert status(BASIS.format("5847人次"))["5847人次"] == "unsupported"  # 2,140,000 ÷ 366
