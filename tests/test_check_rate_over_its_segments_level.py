"""A rate named by what its part did (不合格率) right after that part, in a sentence part that told a larger level of
the part's unit before it (海门区126批次，占35.00%，不合格7批次，不合格率5.56%), is the part over that level — the
segment's own item — and never over the paragraph's lead level (全年抽检360批次), which a rate whose sentence part
told no level of its own is of (issue 10). Beside it the planted errors: the rate over the year's level, a wrong
rate.

Kind: a city fibre-inspection institute's sampling (a ledger by district, the failures in a log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="分区抽检台账.md", text=(
    "# 2024年纤维制品质量抽检分区台账\n\n| 区县 | 抽检批次 | 抽样费用（元） |\n| --- | ---: | ---: |\n"
    "| 通州区 | 168 | 112,450 |\n| 海门区 | 126 | 84,320 |\n| 如皋市 | 66 | 45,180 |\n| 合计 | 360 | 241,950 |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 2024年工作日志\n\n- 11月20日 海门区抽检结果汇总：不合格7批次，已移交执法。\n"))

TEXT = "全年抽检360批次。分区看，海门区126批次，占35.00%，不合格7批次，不合格率{rate}；如皋市66批次。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER, LOG]).mentions if m.status != "ignored"}


def test_a_rate_after_its_part_is_over_the_level_its_sentence_part_told():
    assert status(TEXT.format(rate="5.56%"))["5.56%"] == "derived"  # 7 ÷ 126


def test_the_rate_over_the_years_level_or_a_wrong_rate_stays_unsupported():
    assert status(TEXT.format(rate="1.94%"))["1.94%"] == "unsupported"  # 7 ÷ 360: the year's, not 海门区's
    assert status(TEXT.format(rate="5.65%"))["5.65%"] == "unsupported"
