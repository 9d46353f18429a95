"""What is still not done is the whole its words name less what was done, and its share is of that whole (issue 10):
"全镇农户仍有146户未完成改厕，占9.86%" — 1480户 (全镇农户, a log line) − 1334户 (完成改厕, the form) — never a wrong
rest, nor the rest over what was done.

A township's rural sanitary toilet project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年农村户厕改造项目绩效自评表（石门镇人民政府）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 完成改厕 | ≥1300户 | 1334户 | 1105户 |\n| 改厕验收合格率 | ≥95% | 97.2% | 96.0% |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 石门镇2024年工作日志（摘录）\n\n- 2024-01-15：摸底调查：全镇农户 1480 户，常住人口 5120 人。\n"
    "- 2024-11-20：改厕工程完工验收。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_the_rest_is_the_named_whole_less_what_was_done_and_its_share_is_of_that_whole():
    got = status("全年完成改厕1334户，超过1300户的目标。全镇农户仍有146户未完成改厕，占9.86%。")
    assert (got["146户"], got["9.86%"]) == ("derived", "derived")  # 1480 − 1334; 146 ÷ 1480


def test_a_wrong_rest_or_its_share_of_what_was_done_stays_unsupported():
    assert status("全年完成改厕1334户。全镇农户仍有156户未完成改厕。")["156户"] == "unsupported"
    got = status("全年完成改厕1334户。全镇农户仍有146户未完成改厕，占10.94%。")
    assert got["10.94%"] == "unsupported"  # 146 ÷ 1334: over what was done, not the whole
