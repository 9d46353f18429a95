"""A share of the quarters its words list (issue 10, point 2): '二、三季度合计占51.32%' states no sum of its own — the
part is the sum of the quarters listed, in the measure a figure of its paragraph counts (到馆人次), and the whole
the total those quarters are parts of. Quarters the words do not list, another measure's quarters and a wrong
share stay unsupported.

A district public library (区图书馆): the quarterly lending ledger of test_check_stated_operands.
"""

from __future__ import annotations

from test_check_stated_operands import status  # the library's form, quarterly ledger, spending and payments


def test_a_share_of_the_quarters_listed_is_their_sum_over_the_year():
    # (28,640 + 42,180) ÷ 138,000 = 51.32 %
    text = "三季度到馆42180人次，占全年的30.57%；二、三季度合计占51.32%，超过一半。"
    got = status(text)
    assert got["30.57%"] == "derived"
    assert got["51.32%"] == "derived"
    assert got["超过一半"] == "derived"


def test_a_share_of_quarters_the_words_do_not_list_is_unsupported():
    # 一、二季度: (31,250 + 28,640) ÷ 138,000 = 43.40 %, not 51.32 %
    text = "三季度到馆42180人次，占全年的30.57%；一、二季度合计占51.32%。"
    assert status(text)["51.32%"] == "unsupported"


def test_a_share_of_the_quarters_of_another_measure_is_unsupported():
    # 外借册次: (16,920 + 25,310) ÷ 81,700 = 51.69 % — the paragraph counts 到馆人次
    text = "三季度到馆42180人次，占全年的30.57%；二、三季度合计占51.69%。"
    assert status(text)["51.69%"] == "unsupported"
