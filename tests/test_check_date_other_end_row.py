"""A date the words make an end of the event they name (…4月21日结业) is the row of the sources that closes that event,
though that row names the event more briefly (事项: 第一期培训班结业) than the row that opened it (第一期航标工培训班开班) —
the opening row is the event's other end, no other row. A 航道养护所's 大事记; a date of another batch's row stays
unsupported."""

from __future__ import annotations

from drafter.check import SourceIndex, check

EVENTS = """单位: 江口航道养护所
年度: 2025
大事记:
  - {日期: 2025-04-10, 事项: 第一期航标工培训班开班，学员30人}
  - {日期: 2025-04-21, 事项: 第一期培训班结业}
  - {日期: 2025-10-16, 事项: 第二期航标工培训班开班，学员28人}
  - {日期: 2025-10-27, 事项: 第二期培训班结业}
"""


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "大事记.yaml").write_text(EVENTS, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "大事记.yaml"])).mentions}


def test_the_closing_date_of_the_event_the_words_name_is_its_closing_row(tmp_path):
    got = verdicts(tmp_path, "第一期航标工培训班4月10日开班、4月21日结业，为期12天。")
    assert got["4月10日"] == "exact" and got["4月21日"] == "exact"


def test_the_closing_date_of_another_batch_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第一期航标工培训班4月10日开班、10月27日结业。")
    assert got["10月27日"] == "unsupported"
