"""A day with no month before it in its clause counts days: "上年实际9日，比上年缩短2日" reads 9日 as nine days (the
form's 送达时限 ≤20日 row), not the ninth of a month — while "4月8日至19日", "3月5日、9日", "本月9日，" and "于12日，" stay
dates (issue 10: durations of deadline indicators trace to the indicator's target and actual).

Unit of our own: 宁远县机关服务中心 (its indicator table in Markdown).
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

FORM = [SourceText(name="宁远县机关服务中心2025年绩效自评表.md", text=(
    "# 宁远县机关服务中心2025年部门整体支出绩效自评表\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- |\n"
    "| 公务用车维修响应时限 | ≤3日 | 2日 | 4日 |\n"
    "| 会议保障场次 | ≥300场 | 326场 | 298场 |\n"))]


@pytest.mark.parametrize("text, day", [
    ("维修响应时限要求≤3日，全年实际2日，上年4日，缩短2日。", "2日"),
    ("上年实际4日，今年缩短到2日。", "4日"),
])
def test_a_day_with_no_month_in_its_clause_counts_days(text, day):
    (m,) = [m for m in extract_mentions(text) if m.text == day][:1]
    assert m.kind != "date" and m.date is None


@pytest.mark.parametrize("text, day", [
    ("第一轮检查4月8日至19日进行", "19日"),
    ("3月5日、9日两次检查", "9日"),
    ("本月9日，召开会议", "9日"),
    ("验收于12日，全部完成", "12日"),
])
def test_a_day_after_its_month_or_a_date_word_stays_a_date(text, day):
    (m,) = [m for m in extract_mentions(text) if m.text == day][:1]
    assert m.kind == "date" and m.date == (None, None, int(day[:-1]))


def test_the_forms_day_counts_trace_to_their_indicator():
    got = {m.text: m.status for m in check("公务用车维修响应时限要求≤3日，全年实际2日，上年4日，缩短2日。", FORM).mentions}
    assert got["3日"] == "exact" and got["4日"] == "exact"
    assert "unsupported" not in got.values()


def test_a_wrong_day_count_stays_unsupported():
    got = [(m.text, m.status) for m in check("公务用车维修响应时限全年实际5日，上年4日。", FORM).mentions]
    assert ("5日", "unsupported") in got
