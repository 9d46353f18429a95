"""Figures the text stated from the rows of a quarterly table (issue 10, point 2): a quarter's rate 比全年低 is the
gap to the year's rate the paragraph stated — the 合计 row's, of which the quarters' rates are no parts that add up;
a quarter's 日均 is over that quarter's days even when the sentence compares the quarter with another one (比一季度
增加…) between the figure and the average.

Every positive case has its negative beside it: a wrong gap, another quarter's length.

A county hospital (县人民医院), its outpatient service: a quarterly table with a 合计 row.
"""

from __future__ import annotations

from drafter.check import SourceText, check

TABLE = SourceText(name="分季度门诊统计.md", text=(
    "# 县人民医院2024年分季度门诊统计\n\n"
    "| 季度 | 门诊人次（万人次） | 预约诊疗率 |\n"
    "| --- | --- | --- |\n"
    "| 一季度 | 18.2 | 61.35% |\n"
    "| 二季度 | 20.6 | 63.02% |\n"
    "| 三季度 | 24.1 | 60.48% |\n"
    "| 四季度 | 21.5 | 64.17% |\n"
    "| 合计 | 84.4 | 62.26% |\n"))
SOURCES = [TABLE]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_quarters_rate_below_the_year_is_the_gap_to_the_total_rows_rate():
    # 62.26 − 60.48 = 1.78 points: the 合计 row's rate less the 三季度 row's
    got = status("全年预约诊疗率62.26%；三季度预约诊疗率60.48%，为全年最低，比全年低1.78个百分点。")
    assert got["1.78个百分点"] == "derived"


def test_a_wrong_gap_to_the_total_rows_rate_is_unsupported():
    got = status("全年预约诊疗率62.26%；三季度预约诊疗率60.48%，为全年最低，比全年低1.87个百分点。")
    assert got["1.87个百分点"] == "unsupported"


SENTENCE = "三季度门诊24.1万人次，占全年的28.55%，比一季度增加5.9万人次，增长32.42%，日均{}人次。"


def test_a_quarters_daily_average_after_a_comparison_with_another_quarter_is_over_its_own_days():
    # 241,000 ÷ 92 (July–September) = 2619.6 → 2620; 比一季度 names what the quarter is compared with
    got = status(SENTENCE.format(2620))
    assert got["28.55%"] == "derived" and got["5.9万人次"] == "derived"
    assert got["2620人次"] == "derived"


def test_a_quarters_daily_average_over_another_quarters_length_is_unsupported():
    # 241,000 ÷ 90 (January–March of 2024 has 91 days; a 90-day quarter) = 2677.8
    assert status(SENTENCE.format(2678))["2678人次"] == "unsupported"
