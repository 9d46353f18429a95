"""What is a number: a place or organisation name holding a numeral is a name, not a figure (issue 10, precision and
recall). 三台县 is no 3台, 五台山 no 5台, 三门峡 no 3门 — in the text and in the sources alike: a name read as a
figure is traced to anything (三台 ÷ 15 × 100% = 20% gave a wrong 接近两成 its support). The names come from a
lexicon (jieba's dictionary, places `ns` and organisations `nt`: drafter/data/numeral_names.txt), not a list of
this corpus's names. An ordinal with a measure word (第一批) is read whole, as the corpus labels it.

Own unit kinds (木材检查站, 粮油质量检测站, 口腔医院) in invented places.
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check
from drafter.numbers import iter_mentions


def _read(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.ignored) for m in iter_mentions(text)]


def test_a_place_name_holding_a_numeral_is_no_figure():
    assert [m for m in _read("三台县木材检查站检查车辆1,420车次。") if not m[1]] == [("1,420车次", False)]
    assert ("三门", False) not in _read("三门峡市粮油质量检测站抽检样品628份。")
    assert ("五台", False) not in _read("五台山景区口腔医院义诊326人次。")


def test_a_count_of_the_same_characters_stays_a_count():
    assert ("三台", False) in _read("购置快速检测设备三台。")
    assert ("三家", False) in _read("走访三家村民合作社。")


LEDGER = SourceText(name="分站检查台账.md", text=(
    "# 2025年木材检查站分站检查台账\n\n"
    "| 分站 | 检查车辆（车次） | 查处案件（起） |\n| --- | --- | --- |\n"
    "| 城关分站 | 2,316 | 41 |\n| 三台县分站 | 1,420 | 15 |\n| 合计 | 3,736 | 56 |\n"))


def test_a_share_is_not_derived_from_a_place_name():
    assert {m.text: m.status for m in check("三台县分站查处案件15起，占26.79%，接近三成。", [LEDGER]).mentions
            if m.status != "ignored"} == {
        "15起": "exact", "26.79%": "derived", "接近三成": "derived"}
    statuses = {m.text: m.status for m in check("三台县分站查处案件15起，占接近两成。", [LEDGER]).mentions}
    assert statuses["接近两成"] == "unsupported"


def test_an_ordinal_batch_is_read_whole():
    got = [(m.text, m.ignored) for m in iter_mentions("抽检分两批，第一批抽检自4月8日开始。")]
    assert ("第一批", True) in got


PATROL = SourceText(name="分片区巡护统计.md", text=(
    "| 片区 | 巡护（次） | 上年巡护（次） |\n| --- | --- | --- |\n| 城北片 | 118 | 104 |\n| 五台片 | 42 | 45 |\n"
    "| 合计 | 160 | 149 |\n"))


def test_a_row_named_by_a_numeral_and_a_measure_word_is_a_name_in_the_text_and_in_the_ledger():
    # 五台片 is a row of the ledger, no 5台: not flagged, and its figures are still the row's
    got = {m.text: m.status for m in check("五台片巡护42次，比上年45次少3次。", [PATROL]).mentions}
    assert got["五台"] == "ignored" and got["3次"] == "derived", got
    # the ledger's label is no figure of 台 to trace anything to
    assert not [f.written for f in SourceIndex.build(PATROL).facts if f.unit == "台"]
