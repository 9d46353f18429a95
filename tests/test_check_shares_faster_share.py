"""Time saved against a limit, as a share of the limit (issue 10): "派车比时限快28.00%" is (3.6 − 5) ÷ 5 — less time
than the limit, a fall relative to it — never the saving over the result (38.89 %) or the change on last year.

A county emergency dispatch centre (120) service project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年院前急救调度项目绩效自评表（平川县急救指挥中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 平均派车时间 | ≤5分钟 | 3.6分钟 | 4.2分钟 |\n| 急救出车 | ≥6000车次 | 6532车次 | 6104车次 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


TEXT = "全年出车6532车次，平均派车时间3.6分钟；派车比时限快{}。"


def test_time_saved_against_the_limit_is_a_share_of_the_limit():
    assert status(TEXT.format("28.00%"))["28.00%"] == "derived"  # (3.6 − 5) ÷ 5


def test_the_saving_over_the_result_or_last_years_change_is_no_such_share():
    assert status(TEXT.format("38.89%"))["38.89%"] == "unsupported"  # (5 − 3.6) ÷ 3.6
    assert status(TEXT.format("14.29%"))["14.29%"] == "unsupported"  # (4.2 − 3.6) ÷ 4.2, last year's
