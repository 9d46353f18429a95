"""A result the logs record twice is written once: a task's 完成情况 that says "抽检上架差错率0.3%" and, two
sentences later, "全年抽检上架差错率0.3%" reads as padding to a reviewer. The repeat goes; what else its sentence
says stays, and a running total that changed (620册 in June, 1260册 for the year) is not a repeat."""

from __future__ import annotations

import datetime as dt

from drafter.domain.logs import condense_logs
from drafter.schema import WorkLog


def log(day: str, text: str) -> WorkLog:
    return WorkLog(text=text, date=dt.date.fromisoformat(day), source="日志.md", line=1)


def test_a_clause_stated_again_later_is_written_once():
    sentences, _ = condense_logs([
        log("2023-04-10", "第一批图书4210册到馆，抽检上架差错率0.3%，在0.5%的控制目标以内。"),
        log("2023-11-20", "第二批图书4240册到馆，全年新增馆藏图书8450册，全年抽检上架差错率0.3%。"),
    ], year=2023)
    text = "".join(sentences)
    assert text.count("上架差错率0.3%") == 1
    assert "全年新增馆藏图书8450册" in text and "第一批图书4210册到馆" in text


def test_a_sentence_left_with_nothing_new_is_dropped_and_one_with_more_keeps_the_rest():
    sentences, _ = condense_logs([
        log("2023-06-30", "完成区志初稿评审，征集地情资料1260册（件）。"),
        log("2023-12-20", "征集地情资料1260册（件），数据入库3.2万条。"),
    ], year=2023)
    assert sentences == ["完成区志初稿评审，征集地情资料1260册（件）。", "数据入库3.2万条。"]


def test_a_running_total_that_grew_is_no_repeat():
    sentences, _ = condense_logs([
        log("2023-03-15", "完成乡村医生培训，组织读片培训2期。"),
        log("2023-12-20", "全年组织读片培训6期，覆盖乡镇卫生院28家。"),
    ], year=2023)
    assert "6期" in "".join(sentences) and "覆盖乡镇卫生院28家" in "".join(sentences)


def test_a_comparison_keeps_the_figure_it_hangs_on():
    sentences, _ = condense_logs([
        log("2023-05-10", "抽检上架差错率0.3%，在控制目标以内。"),
        log("2023-12-20", "全年抽检上架差错率0.3%，比上年下降0.2个百分点。"),
    ], year=2023)
    assert sentences[-1] == "全年抽检上架差错率0.3%，比上年下降0.2个百分点。"
