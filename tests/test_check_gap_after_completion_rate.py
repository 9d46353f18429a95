"""A bare gap right after a completion rate (培训传承人36人，只完成目标的90.00%，少4人) is the gap between the two figures
the rate relates — the result and its target — as a rate right after a gap relates the gap's two (较上年增加37家，增长
近三成). A wrong gap stays unsupported.

A unit of our own: a county celadon-firing heritage centre (青瓷烧制技艺保护中心); figures invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

FORM = [SourceText(name="自评表.md", text=(
    "| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- |\n"
    "| 产出指标 | 培训传承人 | ≥40人 | 36人 |\n| 产出指标 | 技艺展演场次 | ≥12场 | 15场 |\n")),
        SourceText(name="上年对比.md", text="| 指标 | 2023年 | 2024年 |\n| --- | --- | --- |\n| 培训传承人 | 32 | 36 |\n")]


@pytest.mark.parametrize("text, figure, want", [
    ("培训传承人36人，只完成目标的90.00%，少4人。", "4人", "derived"),
    ("培训传承人36人，只完成目标的90.00%，差4人。", "4人", "derived"),
    ("培训传承人36人，只完成目标的90.00%，少6人。", "6人", "unsupported"),
])
def test_a_bare_gap_after_a_completion_rate_is_the_rates_two_figures_apart(text, figure, want):
    got = [(m.text, m.status) for m in check(text, FORM).mentions if m.status != "ignored"]
    assert [s for f, s in got if f == figure][-1] == want, got


def test_a_change_on_last_year_whose_last_year_is_in_a_table_without_units():
    """上年对比: 培训传承人 | 32 | 36 — the form's 36人 is stated there too, unitless, with last year's 32 beside it."""
    got = [(m.text, m.status) for m in check("培训传承人36人，比上年增加4人。", FORM).mentions]
    assert got[1] == ("4人", "derived"), got
