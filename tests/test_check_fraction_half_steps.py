"""Fraction words with a half step (issue 10): 一成半 is 15 %, 两成半 25 %, 八成五 85 % — one figure, read whole with its
approximation word, and judged like any fraction word. Read as 一成 / 八成 plus a stray numeral, a wrong 超过一成半
(for 13.50 %) passed as 超过一成, and a right 不足一成半 (for 13.50 %) was flagged as 不足一成. The 半 is half a 成:
超过一成半 reaches 15–20 %, as 超过一成 reaches 10–20 % at the step of a 成; 八成五 is read at its own digit.

Unit: a city's bonsai garden (盆景园), the spending of its bonsai care project.
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

SPENDING = SourceText(name="盆景养护提升项目支出明细.md", text=(
    "# 2025年盆景养护提升项目支出明细（阿克苏市盆景园）\n\n"
    "| 支出内容 | 预算数（万元） | 执行数（万元） |\n| --- | --- | --- |\n"
    "| 盆景养护 | 120.00 | 117.40 |\n| 展览布展 | 36.00 | 34.60 |\n| 科普培训 | 28.00 | 27.00 |\n"
    "| 设施维修 | 22.00 | 21.00 |\n| 合计 | 206.00 | 200.00 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [SPENDING]).mentions if m.status != "ignored"}


def read(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, str(m.value), m.unit, m.approx) for m in extract_mentions(text) if not m.ignored]


def test_a_half_step_fraction_word_is_one_figure():
    assert read("培训占比超过一成半") == [("超过一成半", "1.5", "成", ">")]
    assert read("观众占比超过两成半。") == [("超过两成半", "2.5", "成", ">")]
    assert read("占全年执行数的八成五以上。") == [("八成五以上", "8.5", "成", "≥")]
    assert read("接近两成半，") == [("接近两成半", "2.5", "成", "≤")]
    assert read("满意度九成五。") == [("九成五", "9.5", "成", None)]


def test_a_numeral_after_a_fraction_word_that_counts_something_stays_its_own():
    # 占三成，五个: the 五 counts 个 — no 三成五
    assert read("占三成五个科室参与") == [("三成", "3", "成", None), ("五个", "5", "个", None)]


# shares of 200.00万元: 盆景养护 58.70 %, 展览布展 17.30 %, 科普培训 13.50 %, 设施维修 10.50 %
def test_above_one_and_a_half_tenths_after_a_rate_that_bears_it_out():
    got = status("展览布展支出34.60万元，占项目支出合计的17.30%，超过一成半。")
    assert got["17.30%"] == "derived"
    assert got["超过一成半"] == "derived"


def test_above_one_and_a_half_tenths_for_a_rate_below_fifteen_is_unsupported():
    got = status("科普培训支出27.00万元，占项目支出合计的13.50%，超过一成半。")
    assert got["13.50%"] == "derived"
    assert got["超过一成半"] == "unsupported"


def test_below_one_and_a_half_tenths():
    assert status("科普培训支出27.00万元，占项目支出合计的13.50%，不足一成半。")["不足一成半"] == "derived"
    assert status("展览布展支出34.60万元，占项目支出合计的17.30%，不足一成半。")["不足一成半"] == "unsupported"


def test_near_two_and_a_half_tenths():
    # 科普培训 + 设施维修 = 48.00万元, 24.00 %
    got = status("科普培训与设施维修合计48.00万元，占项目支出合计的24.00%，接近两成半。")
    assert got["接近两成半"] == "derived"
    got = status("科普培训与设施维修合计48.00万元，占项目支出合计的24.00%，超过两成半。")
    assert got["超过两成半"] == "unsupported"


def test_eighty_five_percent_and_more():
    # 盆景养护 + 展览布展 + 科普培训 = 179.00万元, 89.50 %; 盆景养护 + 展览布展 = 152.00万元, 76.00 %
    got = status("盆景养护、展览布展、科普培训三项合计179.00万元，占项目支出合计的89.50%，八成五以上。")
    assert got["八成五以上"] == "derived"
    got = status("盆景养护与展览布展合计152.00万元，占项目支出合计的76.00%，八成五以上。")
    assert got["八成五以上"] == "unsupported"


def test_a_half_step_share_the_sources_bear_out_without_a_rate_before_it():
    assert status("展览布展支出占项目支出合计超过一成半。")["超过一成半"] == "derived"
    assert status("设施维修支出占项目支出合计超过两成半。")["超过两成半"] == "unsupported"


def test_just_past_a_fraction_word_is_an_approximation_above_it():
    # 刚过两成 reads as 刚超过两成: 20 % and a little above (20–24 %)
    assert read("占21.35%，刚过两成。")[1] == ("刚过两成", "2", "成", ">")
    got = status("盆景养护支出117.40万元，占项目支出合计的58.70%，刚过五成。")
    assert got["刚过五成"] == "unsupported"
    got = status("展览布展与科普培训合计61.60万元，占项目支出合计的30.80%，刚过三成。")
    assert got["刚过三成"] == "derived"
