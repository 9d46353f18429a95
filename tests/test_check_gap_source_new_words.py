"""A gap to a limit (比时限缩短 / 比要求提前) is never the level a source line states — also when that line's words
hold 新增 (newly added): 新增 names what was added, not a change, so "全年新增耕地核定平均用时14个工作日" states a level
(the time taken), and 比时限缩短14个工作日 restates it as a gap.

Found on the spent corpus blind25 (landfix: 新增耕地核定比时限缩短14个工作日 passed as exact against the log's 全年新增
耕地核定平均用时14个工作日 — the limit is ≤20个工作日, the gap 6): the reader of a source's change words took the 增 of
新增 for one.

A county real-estate registration centre (不动产登记中心): its log, which states the limit.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="2025年工作日志.md", text=(
    "# 县不动产登记中心2025年工作日志（摘录）\n\n"
    "- 2025-01-10：印发工作方案，首次登记办理时限为≤7个工作日。\n"
    "- 2025-03-31：一季度新增首次登记412件。\n"
    "- 2025-12-26：全年新增首次登记平均用时4个工作日。\n"))


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, [LOG]).mentions if m.text == figure][-1]


def test_the_gap_to_the_limit_is_derived():
    assert status("首次登记平均4个工作日办结，比“≤7个工作日”的时限缩短3个工作日。", "3个工作日") == "derived"


def test_the_level_restated_as_the_gap_is_unsupported():
    assert status("首次登记办理比“≤7个工作日”的时限缩短4个工作日。", "4个工作日") == "unsupported"
