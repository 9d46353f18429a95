"""A public service number before the service it names is a name, not a figure (issue 10): 12345热线, 120急救,
110报警, 12315平台 — in a report and in its sources alike. Checked as a quantity it was flagged wherever the
sources did not repeat it, and in a source it was a figure some words could name ("网络医院" → 120). A count
of the same digits with its measure word stays a count. Units: a city hotline centre, an emergency dispatch
centre, a market supervision bureau.
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions


def read(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.ignored) for m in extract_mentions(text)]


def test_a_service_number_before_its_service_is_a_name():
    assert read("市民通过12345热线反映问题") == [("12345", True)]
    assert read("纳入120急救网络的医院") == [("120", True)]
    assert read("12315平台受理投诉") == [("12315", True)]
    assert read("拨打110报警") == [("110", True)]


def test_the_same_digits_with_a_measure_word_are_a_count():
    assert read("全年受理120次，出动110人次") == [("120次", False), ("110人次", False)]
    assert read("新建115公里绿道") == [("115公里", False)]


LOG = SourceText(name="调度日志.md", text=(
    "- 2024-03-01 开平市第二人民医院纳入120网络医院，统一接受调度。\n"
    "- 2024-06-18 台风登陆，当日受理呼救1286次。\n"))
FORM = SourceText(name="自评表.md", text=(
    "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 网络医院数量 | ≥45家 | 48家 |\n"))


def test_a_service_number_in_a_source_is_no_figure_for_the_words_to_name():
    got = {m.text: m.status for m in check("通过12345热线受理呼救；纳入统一调度的网络医院48家。", [LOG, FORM]).mentions}
    assert got["12345"] == "ignored" and got["48家"] == "exact", got
