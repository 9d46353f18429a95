"""The batch a comparison names (比第一批多6座) is the rival compared with, not the batch of the figures after it: in
"第二批更换52座，比第一批多6座，其中上坝河段18座" the 18座 is the 第二批's, as the log gives it. Before, the last batch
named before the figure (第一批, of 比第一批) made the log's 18座 "another batch's figure". A 航道养护所's buoy log; a
figure of the first batch given to the second stays unsupported.
"""

from __future__ import annotations

from drafter.check import SourceIndex, check

LOG = ("# 2025年航标更换日志\n\n"
       "- 2025-03-03 第一批航标更换开始，赴下关河段。\n"
       "- 2025-03-14 第一批更换完成，共46座，其中下关河段30座。\n"
       "- 2025-08-18 第二批航标更换开始，赴上坝河段。\n"
       "- 2025-08-29 第二批更换完成，共52座，其中在上坝河段更换18座。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "日志.md").write_text(LOG, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "日志.md"])).mentions}


def test_a_figure_after_a_comparison_with_another_batch_is_its_own_batchs(tmp_path):
    got = verdicts(tmp_path, "第二批8月18日至8月29日，更换52座，比第一批多6座，其中上坝河段18座。")
    assert got["18座"] == "exact"


def test_a_figure_of_the_first_batch_given_to_the_second_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第二批8月18日至8月29日，更换52座，比第一批多6座，其中下关河段30座。")
    assert got["30座"] == "unsupported"
