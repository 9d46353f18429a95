"""每名X对应Y: an average per X of Y — 对应 splits what is counted from what is averaged (issue 10): "平均每名护理员
对应老人6.35人" is the 254 residents over the 40 carers, never over the target's or last year's carers.

A county social welfare home (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年社会福利院运行项目绩效自评表（河东县社会福利院）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 入住老人 | ≥240人 | 254人 | 238人 |\n| 在岗护理员 | ≥36人 | 40人 | 44人 |\n"))

TEXT = "全院在岗护理员40人，平均每名护理员对应老人{}。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_an_average_per_carer_of_residents_is_the_residents_over_the_carers():
    assert status(TEXT.format("6.35人"))["6.35人"] == "derived"  # 254 ÷ 40


def test_over_the_targets_or_last_years_carers_it_stays_unsupported():
    assert status(TEXT.format("7.06人"))["7.06人"] == "unsupported"  # 254 ÷ 36
    assert status(TEXT.format("5.77人"))["5.77人"] == "unsupported"  # 254 ÷ 44
