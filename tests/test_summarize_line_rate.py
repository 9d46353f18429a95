"""The summary's headline is the project's (or department's) own execution rate, never a funding line's: a report
that says "街道配套资金执行率85.24%" in its problems, after "执行率95.87%" for the whole, must not tell a leader the
money was 85.24 % spent. Units: a district migrant-population and rental-housing service centre (流动人口和出租屋服务
管理中心), a county school's nutrition programme (营养改善计划)."""

from __future__ import annotations

from decimal import Decimal

from drafter.chains.summarize import summarize
from drafter.reports import budget_figures

RENTALS = """# 流动人口和出租屋服务管理经费2023年度绩效自评报告

## 一、预算执行情况

项目年初预算186.00万元，年中调减13.50万元，全年预算172.50万元；全年执行165.38万元，执行率95.87%，结余7.12万元。区级财政资金执行146.20万元，执行率97.47%；街道配套资金执行19.18万元，执行率85.24%。

## 二、绩效目标完成情况

全年登记出租屋54318套，完成目标的104.46%，比上年增加3356套。来访群众满意度91.7%。

## 三、存在问题

街道配套资金执行率85.24%，不足九成。

## 四、改进措施

2024年按月通报街道配套资金支付进度。
"""


def test_a_funding_lines_rate_is_not_the_headline_rate():
    assert budget_figures(RENTALS).completion.value == Decimal("95.87")


def test_the_whole_is_taken_when_a_lines_rate_comes_first():
    text = "中央补助资金执行率99.10%，县级配套资金执行率88.40%；项目资金执行率94.62%。"
    assert budget_figures(text).completion.value == Decimal("94.62")


def test_a_rate_named_for_the_whole_still_counts():
    assert budget_figures("项目资金执行率94.62%，结余5.38万元。").completion.value == Decimal("94.62")


def test_the_summary_states_the_wholes_rate(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(RENTALS, encoding="utf-8")
    overall = next(s for s in summarize(path, chars=500).sections if s.name == "总体情况")
    said = "".join(overall.items)
    assert "95.87%" in said and "85.24%" not in said


def test_a_line_named_at_length_before_its_rate_is_still_a_line():
    """省级文物保护资金执行率91.41% names its line in more than the level words (文物保护): still the line's rate."""
    text = ("项目全年预算312.00万元，全年执行298.74万元，执行率95.75%，结余13.26万元。\n\n"
            "## 二、存在问题\n\n省级文物保护资金执行率91.41%，低于项目整体水平。")
    assert budget_figures(text).completion.value == Decimal("95.75")
