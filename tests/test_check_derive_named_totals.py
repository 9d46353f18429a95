"""An average over the year's figure the text stated earlier in its sentence, with other figures between
(比上年的…增加…；平均每…): the total is the stated figure of the thing the average's words name, not only the
last two figures before it."""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 管护公厕数量 | ≥120座 | 120座 | 118座 |\n"
    "| 保洁巡查次数 | ≥4000次 | 4320次 | 3960次 |\n"))


def verdicts(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions}


def test_an_average_after_a_growth_clause_takes_the_named_total():
    v = verdicts("全年保洁巡查4320次，比上年的3960次增加360次；平均每座公厕巡查36次，季均1080次。")
    assert v["36次"] == "derived" and v["1080次"] == "derived"


def test_an_average_of_another_total_is_still_flagged():
    v = verdicts("全年保洁巡查4320次，比上年的3960次增加360次；平均每座公厕巡查33次。")
    assert v["33次"] == "unsupported"
