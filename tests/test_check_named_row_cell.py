"""The words name the row a table cell is of (公用事业类24个问题整改22个): that row's cell is what they state, and a
note elsewhere naming the measure more fully (复查问题整改104个) is no rival of it (issue 10). A value the named row
does not hold stays unsupported, and a figure whose own clause names another row keeps that row's rival.

Unit of our own: 临湘市消费者协会 (its branches' table and a note under it).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CONSUMER = [SourceText(name="临湘市消费者协会2024年分会投诉统计.md", text=(
    "# 临湘市消费者协会2024年分会投诉统计\n\n"
    "| 分会 | 受理投诉（件） | 调解成功（件） |\n"
    "| --- | --- | --- |\n"
    "| 城关分会 | 612 | 598 |\n"
    "| 江南分会 | 438 | 421 |\n"
    "| 白羊田分会 | 256 | 249 |\n"
    "| 合计 | 1306 | 1268 |\n\n"
    "注：“放心消费”专项复查中投诉问题调解成功598件。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CONSUMER).mentions if m.status != "ignored"}


def test_the_named_rows_cell_is_what_the_words_state():
    assert status("江南分会438件投诉问题调解成功421件，成功率96.12%。")["421件"] == "exact"


def test_a_value_the_named_row_does_not_hold_is_unsupported():
    assert status("江南分会438件投诉问题调解成功249件。")["249件"] == "unsupported"
