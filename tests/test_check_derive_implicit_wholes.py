"""Shares whose whole the words leave implicit or name only as the year (issue 10): 占全年的 after a month's figure
is of the year's figure of what the month's words count, never of its target; 占 N% after an item of a breakdown
the sources give without a 合计 (资金来源: 财政拨款, 票款收入) is of the figure its items add up to.

A county bus company (公交公司, 2024): its department data and its monthly operations log.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

DATA = SourceData(name="公交公司部门整体支出.json", data={
    "单位名称": "某县公共交通有限公司", "评价年度": 2024, "金额单位": "万元",
    "预算执行": {"年初预算": D("1000.00"), "调整后预算": D("1050.00"), "决算支出": D("1000.00"),
                 "支出资金来源": {"财政拨款": D("820.50"), "票款收入": D("179.50")}},
    "绩效": [{"指标": "全年客运量", "目标": "≥1800万人次", "实际": "1860万人次"},
             {"指标": "公交线路", "目标": "≥24条", "实际": "26条"}]})
LOG = SourceText(name="运营日志.md", text=(
    "- 8月：暑期客流高峰，当月客运量182.4万人次，为全年单月最高。\n"
    "- 11月：新开通城南环线，线路总数达26条。\n"))
SOURCES = [DATA, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_months_share_of_the_year_is_of_the_years_figure_of_what_it_counts():
    assert status("8月客运量182.4万人次，占全年的9.81%。")["9.81%"] == "derived"  # 182.4 ÷ 1860
    # of the year's target (182.4 ÷ 1800 = 10.13 %) it is no share of the year
    assert status("8月客运量182.4万人次，占全年的10.13%。")["10.13%"] == "unsupported"


def test_a_share_of_a_breakdown_without_its_total_is_of_what_its_items_add_up_to():
    got = status("按资金来源，财政拨款820.50万元，占82.05%；票款收入179.50万元，占17.95%。")
    assert got["82.05%"] == got["17.95%"] == "derived"  # of 820.50 + 179.50 = 1000.00 (决算支出)
    # of the adjusted budget (179.50 ÷ 1050.00 = 17.10 %) it is no share of the sources
    assert status("按资金来源，票款收入179.50万元，占17.10%。")["17.10%"] == "unsupported"
