"""A data file's own unit key (单位 / 计量单位 / 统计单位: 万人次) gives its bare figures that unit all the way down: a
nested mapping whose key ends in the same measure word (月度观众人次: {10月: 5.93}) keeps the file's scale — its
figures are 5.93万人次, not 5.93人次. A figure in another scale (5.93人次) or another measure stays unsupported.

A unit of our own: 御窑遗址保护中心's visitor statistics (JSON); figures invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceData, SourceText, check

MONTHS = {"9月": 3.96, "10月": 5.93, "11月": 2.61}


def status(text: str, key: str) -> dict[str, str]:
    data = {key: "万人次", "月度观众人次": MONTHS, "全年观众人次": 51.8, "上年观众人次": 46.3}
    return {m.text: m.status for m in check(text, [SourceData(name="观众统计.json", data=data)]).mentions
            if m.status != "ignored"}


@pytest.mark.parametrize("key", ["单位", "计量单位", "统计单位"])
def test_the_files_unit_key_reaches_a_nested_count_of_the_same_measure(key):
    got = status("全年观众51.8万人次，比上年增加5.5万人次；其中10月观众最多，为5.93万人次。", key)
    assert got["51.8万人次"] == "exact" and got["5.5万人次"] == "derived", got
    assert got["5.93万人次"] == "exact", got


def test_another_scale_of_a_nested_figure_stays_unsupported():
    assert status("10月观众最多，为5.93人次。", "统计单位")["5.93人次"] == "unsupported"


YEAR = {"统计单位": "万人次", "月度观众人次": {"1月": 3.12, "2月": 5.86, "3月": 3.45, "4月": 4.10, "5月": 5.72,
                                            "6月": 3.80, "7月": 5.21, "8月": 5.64, "9月": 3.96, "10月": 5.93,
                                            "11月": 2.61, "12月": 2.40}, "全年观众人次": 51.8}


@pytest.mark.parametrize("text, figure, want", [
    ("下半年接待观众25.75万人次。", "25.75万人次", "derived"),   # 7月 … 12月
    ("上半年接待观众26.05万人次。", "26.05万人次", "derived"),   # 1月 … 6月
    ("下半年接待观众26.05万人次。", "26.05万人次", "unsupported"),  # the other half's
])
def test_a_half_years_figure_is_the_sum_of_its_months(text, figure, want):
    got = {m.text: m.status for m in check(text, [SourceData(name="观众统计.json", data=YEAR)]).mentions}
    assert got[figure] == want, got


SUMMARY = SourceText(name="2025年工作总结.md", text="三、开放服务。全年接待观众51.8万人次，举办专题展览5个。\n")
FORM = SourceText(name="自评表.md", text=(
    "| 年度总体目标 | 实际完成情况 |\n| --- | --- |\n"
    "| 接待观众45万人次，举办专题展览4个以上。 | 接待观众51.8万人次，举办专题展览5个。 |\n\n"
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- |\n"
    "| 效益指标 | 接待观众人次 | ≥45万人次 | 51.8万人次 |\n"))


def test_a_change_on_last_year_pairs_the_year_figure_of_the_source_holding_last_years():
    # 51.8万人次 is stated in the work summary too (its words name it best), but only the statistics file holds
    # 上年观众人次: the change is that file's pair
    data = SourceData(name="观众统计.json", data={"统计单位": "万人次", "全年观众人次": 51.8, "上年观众人次": 46.3})
    # (the sentence's 51.8万人次 is traced to one of its three statements; whichever, the change is the file's pair)
    got = {m.text: m.status for m in check("全年接待观众51.8万人次，比上年增加5.5万人次。", [FORM, SUMMARY, data]).mentions}
    assert got["5.5万人次"] == "derived", got
    got = {m.text: m.status for m in check("全年接待观众51.8万人次，比上年增加6.5万人次。", [FORM, SUMMARY, data]).mentions}
    assert got["6.5万人次"] == "unsupported", got
