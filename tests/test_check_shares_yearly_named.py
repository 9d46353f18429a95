"""A change on last year of the quantity the words name (issue 10): "便民服务点比上年增加8个" — of the indicator whose
record states last year's figure beside this year's (46个 and 上年 38个), even where a table of towns names the same
thing on more rows than the words' best matches hold. The wrong direction, or another figure, stays unsupported.

A county administrative-approval bureau: its indicators (with 上年实际) and the service points by town.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2025年度基层政务能力提升项目支出绩效自评表（某县行政审批局）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 建设村级便民服务点 | ≥40个 | 46个 | 38个 |\n| 代办事项 | ≥1.5万件 | 1.86万件 | 1.52万件 |\n"))
TOWNS = SourceText(name="分乡镇便民服务点统计.md", text=(
    "# 2025年分乡镇便民服务点统计\n\n| 乡镇 | 便民服务点（个） | 代办事项（件） |\n| --- | --- | --- |\n"
    "| 东城镇 | 12 | 4620 |\n| 西城镇 | 10 | 3980 |\n| 南山镇 | 9 | 3710 |\n| 北山镇 | 8 | 3250 |\n"
    "| 中和镇 | 7 | 3040 |\n| 合计 | 46 | 18600 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [TOWNS, FORM]).mentions if m.status != "ignored"}


def test_a_change_on_last_year_is_of_the_indicator_that_states_last_years_figure():
    assert status("全年便民服务点比上年增加8个。")["8个"] == "derived"  # 46 − 38


def test_the_wrong_direction_stays_unsupported():
    assert status("全年便民服务点比上年减少8个。")["8个"] == "unsupported"


def test_another_figure_stays_unsupported():
    assert status("全年便民服务点比上年增加10个。")["10个"] == "unsupported"
