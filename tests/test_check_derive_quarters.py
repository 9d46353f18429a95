"""Derived figures between the rows of one ledger (issue 10): a rate of change between two items of one
measure (二季度 … 比一季度增长) takes the figure its sentence states against the figure of the same measure the
compared words name; a share of the year (占全年的) whose part the text itself adds up (下半年 = 三季度 + 四季度) is
of the 合计 row of the ledger its paragraph cites.

A district public-bicycle service centre (公共自行车服务中心): its quarterly ledger as tab-separated text.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="公共自行车季度台账.txt", text=(
    "2024年公共自行车服务分季度统计\n"
    "单位：人次、万元\n"
    "季度\t借车人次\t调度车次\t运维费用\n"
    "一季度\t186420\t3120\t42.36\n"
    "二季度\t231850\t3485\t45.10\n"
    "三季度\t254300\t3702\t47.85\n"
    "四季度\t208760\t3296\t44.69\n"
    "合计\t881330\t13603\t180.00\n"))
SOURCES = [LEDGER]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_rate_of_change_between_two_quarters_takes_the_quarter_the_words_name():
    got = status("二季度借车231850人次，比一季度增长24.37%。")
    assert got["24.37%"] == "derived"  # (231850 − 186420) ÷ 186420
    assert status("二季度借车231850人次，比一季度增长17.92%。")["17.92%"] == "unsupported"  # no pair of the ledger gives it


def test_a_fall_between_two_quarters_is_the_later_less_the_earlier_over_the_earlier():
    got = status("四季度借车208760人次，比三季度下降17.91%。")
    assert got["17.91%"] == "derived"  # (208760 − 254300) ÷ 254300
    # the words say 下降: a rise of that size is no fall
    assert status("四季度借车208760人次，比三季度增长17.91%。")["17.91%"] == "unsupported"


def test_a_share_of_the_year_of_a_half_year_the_text_adds_up_is_of_the_ledgers_total_row():
    got = status("一季度借车186420人次，占全年的21.15%；下半年借车463060人次，占全年的52.54%。")
    assert got["52.54%"] == "derived"  # (254300 + 208760) ÷ 881330
    assert status("一季度借车186420人次，占全年的21.15%；下半年借车463060人次，占全年的54.52%。")["54.52%"] \
        == "unsupported"
