"""The part of a share is a result the sentence states, never the target it quotes on the way (issue 10):
"少儿借阅12600册次，超过12000册次的目标600册次，完成目标的105.00%，占全部借阅的31.50%" is 12600 of the 合计, and the
target's 12000 of it is no share the words state.

A county library's lending statistics (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

TABLE = SourceText(name="借阅统计.md", text=(
    "# 2024年各类借阅统计\n\n"
    "| 类别 | 借阅（册次） |\n| --- | --- |\n| 少儿借阅 | 12600 |\n| 成人借阅 | 27400 |\n| 合计 | 40000 |\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 少儿借阅 | ≥12000册次 | 12600册次 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [TABLE]).mentions if m.status != "ignored"}


def test_a_share_after_a_quoted_target_is_of_the_result():
    got = status("少儿借阅12600册次，超过12000册次的目标600册次，完成目标的105.00%，占全部借阅的31.50%。")
    assert got["31.50%"] == "derived"  # 12600 ÷ 40000


def test_the_quoted_targets_share_is_no_share_the_words_state():
    got = status("少儿借阅12600册次，超过12000册次的目标600册次，完成目标的105.00%，占全部借阅的30.00%。")
    assert got["30.00%"] == "unsupported"  # 12000 ÷ 40000 is the target's
