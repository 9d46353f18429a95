"""A figure the words make an average (平均每天 / 日均 / 场均 / 人均 …) is never a source figure stated as a total:
a ledger row's count over a period of days (春季虫情普查 4月7日–4月18日, 1,320个调查点) is the period's, so 平均每天1,320个
restates the total as a per-day mean. The source's figure bears an average out only when its own words are per-unit
words (日均 / 每天 / 人均 / 元/人 …).

Found on the spent corpus blind27 (desert: 春季监测平均每天180个样地 passed as exact against the ledger's 春季监测
2024-05-08 2024-05-27 180个样地 — 9 a day).

A county forest pest control and quarantine station (林业有害生物防治检疫站): its survey ledger.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="2025年虫情监测台账.txt", text=(
    "县林业有害生物防治检疫站  2025年虫情监测台账\n\n"
    "项目          起始日期     结束日期     数量            金额(元)\n"
    "春季虫情普查  2025-04-07   2025-04-18   1,320个调查点   —\n"
    "秋季虫情普查  2025-09-08   2025-09-26   1,460个调查点   —\n"
    "日常测报      2025-01-01   2025-12-31   日均测报14个点   62000\n"))


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [LEDGER]).mentions if m.text == figure][-1]


def test_a_total_stated_as_the_total_is_exact():
    assert status("春季虫情普查完成调查点1,320个。", "1,320个") == "exact"


def test_an_average_the_source_states_as_one_is_exact():
    assert status("日常测报日均14个点。", "14个") == "exact"


def test_a_total_restated_as_a_daily_average_is_unsupported():
    assert status("春季虫情普查平均每天1,320个调查点。", "1,320个") == "unsupported"
    assert status("秋季虫情普查日均调查1,460个调查点。", "1,460个") == "unsupported"
