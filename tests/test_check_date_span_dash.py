"""A span written with a dash — "3月1日—3月31日：开展“健身进社区”系列活动12场" — is a span as 至 writes it: a text that
gives the same period for the same event traces both dates, and a text that gives the period to another event traces
neither. Before, the span's first date was "not in the sources for this event" when a dash joined it (only 至 let its
words meet the source's, by the joiner itself), so `drafter draft` failed its own check on a log line it quoted as
written. A city sports hall's log (体育馆)."""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

LOG = ("体育馆2025年工作记录\n"
       "3月1日—3月31日：开展“健身进社区”系列活动12场，参与群众8600人次。\n"
       "5月20日：主馆屋面防水维修开工，主馆停用。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "工作记录.txt").write_text(LOG, encoding="utf-8")
    result = check(text, SourceIndex.build([tmp_path / "工作记录.txt"]))
    return {m.text: m.status for m in result.mentions}


@pytest.mark.parametrize("joiner", ["—", "至", "-", "～"])
def test_a_dashed_span_given_to_its_own_event_traces_both_dates(tmp_path, joiner):
    got = verdicts(tmp_path, f"3月1日{joiner}3月31日，开展“健身进社区”系列活动12场。")
    assert got["3月1日"] == "exact" and got["3月31日"] == "exact"


def test_a_dashed_spans_first_date_given_to_another_event_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "3月1日—3月31日，主馆屋面防水维修施工。")
    assert got["3月1日"] == "unsupported"
