"""约 with a figure: what rounds to it at its last digit, half up as the checker rounds everywhere (rounding._close) —
412,350元 is 约41.24万元, not 约41.23万元 (41.235 lies on the half between them: it rounds up). A figure off by
more than the half stays unsupported either way.

A 疗养院 (职工疗养院): its spending breakdown.
"""

from __future__ import annotations

from drafter.check import SourceText, check

BREAKDOWN = SourceText(name="疗养院支出明细.txt", text=(
    "支出内容\t金额（元）\n疗养床位维护\t412,350\n膳食保障\t286,450\n合计\t698,800\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [BREAKDOWN]).mentions if m.status != "ignored"}


def test_about_a_figure_on_the_half_is_its_half_up_rounding():
    assert status("疗养床位维护约41.24万元。")["约41.24万元"] == "approximate"
    assert status("膳食保障约28.65万元。")["约28.65万元"] == "approximate"


def test_about_a_figure_rounded_down_from_the_half_stays_unsupported():
    assert status("疗养床位维护约41.23万元。")["约41.23万元"] == "unsupported"
    assert status("膳食保障约28.64万元。")["约28.64万元"] == "unsupported"


def test_about_a_figure_within_the_half_still_holds():
    assert status("疗养床位维护约41万元。")["约41万元"] == "approximate"
    assert status("膳食保障约28.6万元。")["约28.6万元"] == "approximate"
