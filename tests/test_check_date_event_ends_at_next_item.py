"""A source date's event ends where the next numbered item begins (issue 10): in "第一轮3月4日至3月6日（高层住宅），第二轮
9月9日至…" the 3月6日 closes the 第一轮, and the words after it up to 第二轮 are its event — the 第二轮 named after it is
the next item's, not this date's. So the text's 第一轮…3月6日 is the source's date, while a day the sources give the
other round (第二轮…3月6日) stays unsupported. The same holds of a ledger's rows: a row's last date is followed by the
next row's 第二批, which names that row.

Units of our own: 江城市消防救援支队 (its record of drills, its ledger of equipment).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

RECORD = SourceData(name="支队年度数据.json", data={"大事记": [
    "消防演练分两轮：第一轮3月4日至3月6日（高层住宅），第二轮9月9日至9月11日（商业综合体）",
]})

LEDGER = SourceText(name="装备到货台账.tsv", text=(
    "类别\t批次\t到货日期\t验收日期\t数量\t备注\n"
    "空气呼吸器\t第一批\t2025-03-10\t2025-03-24\t40\t到货/验收，具\n"
    "空气呼吸器\t第二批\t2025-07-07\t2025-07-18\t36\t到货/验收，具\n"))


def status_of(text: str, figure: str, sources: list) -> str:
    return next(m.status for m in check(text, sources).mentions if m.text == figure)


def test_a_rounds_end_date_is_its_own_though_the_next_round_follows_it():
    assert status_of("消防演练第一轮3月4日至3月6日，为期3天，演练对象为高层住宅。", "3月6日", [RECORD]) == "exact"


def test_the_other_rounds_day_stays_unsupported():
    assert status_of("消防演练第二轮9月9日至3月6日结束。", "3月6日", [RECORD]) == "unsupported"


def test_a_ledger_rows_last_date_is_its_own_though_the_next_row_follows():
    assert status_of("空气呼吸器第一批3月10日到货、3月24日验收，共40具。", "3月24日", [LEDGER]) == "exact"
    assert status_of("空气呼吸器第二批7月7日到货、3月24日验收。", "3月24日", [LEDGER]) == "unsupported"


LOG = SourceText(name="支队工作日志.md", text=(
    "- 2025-03-12 第一批灭火器集中检测开始，地点为城东消防站。\n"
    "- 2025-09-16 第二批灭火器集中检测开始。\n"))


def test_the_item_a_date_opens_is_its_own():
    assert status_of("第一批灭火器集中检测于3月12日开始。", "3月12日", [LOG]) == "exact"
    assert status_of("第二批灭火器集中检测于3月12日开始。", "3月12日", [LOG]) == "unsupported"
