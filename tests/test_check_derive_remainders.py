"""What a figure is not, and per-hundred rates over a count in their measure word (issue 10): '仍有15件投诉未办结'
is the 受理 less the 办结 of the same ledger line; '每百座公厕报修' is over the count in 座 the words name, not over
a bare cell of a ledger that happens to share a word.

A city sanitation office (环卫所): its repair ledger (whitespace columns, no units) and its indicator form.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

LEDGER = SourceText(name="公厕报修台账.txt", text=(
    "季度      公厕报修受理   公厕报修办结\n"
    "一季度        286            284\n"
    "二季度        341            337\n"
    "三季度        402            398\n"
    "四季度        257            252\n"
    "合计        1,286          1,271\n"))
FORM = SourceData(name="环卫所绩效自评表.yaml", data={
    "绩效指标": [{"三级指标": "管养公厕数量", "年度指标值": "≥350座", "实际完成值": "368座"},
             {"三级指标": "公厕报修办结率", "年度指标值": "≥98%", "实际完成值": "98.83%"}]})
SOURCES = [LEDGER, FORM]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_figure_the_words_after_it_say_was_not_done_is_the_total_less_the_done():
    assert status("年末仍有15件报修未办结。")["15件"] == "derived"  # 1286 − 1271 of the ledger's 合计 line
    assert status("年末仍有25件报修未办结。")["25件"] == "unsupported"


def test_a_rate_per_hundred_is_over_the_count_in_its_measure_word():
    assert status("全年受理公厕报修1286件，每百座公厕报修349.46件。")["349.46件"] == "derived"  # 1286 ÷ 368 × 100
    assert status("全年受理公厕报修1286件，每百座公厕报修367.43件。")["367.43件"] == "unsupported"  # ÷ 350, the target
