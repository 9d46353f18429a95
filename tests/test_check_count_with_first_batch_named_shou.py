"""A count of batches whose first the text calls 首批 (分两批更换发射机14台，首批8台，第二批6台): 首批 is the first batch, as
第一批 is — two batches are named, and 两批 is their count. A count the batches named do not give (三批) stays
unsupported.

A unit of our own: 锡林郭勒盟广播电视监测站 (its work log)."""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = [SourceText(name="2025年工作日志.md", text=(
    "- 2025-07-22 首批更换监测接收机8台（正蓝旗、多伦县）。\n"
    "- 2025-09-26 第二批更换监测接收机6台（太仆寺旗、镶黄旗）。\n"
    "- 2025-12-10 全年更换监测接收机14台。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LOG).mentions if m.status != "ignored"}


def test_a_count_of_batches_the_first_called_shou_pi():
    got = status("分两批更换监测接收机14台，首批8台，第二批6台。")
    assert got["两批"] in ("exact", "derived"), got
    assert got["8台"] == got["6台"] == "exact", got


def test_a_count_the_named_batches_do_not_give_stays_unsupported():
    assert status("分三批更换监测接收机14台，首批8台，第二批6台。")["三批"] == "unsupported"
