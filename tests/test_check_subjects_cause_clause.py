"""The words of a clause that tells a change and its cause (年中为应急广播运维追加56,500元 / 年中因企业合作收入增加12.80
万元) say why the next figure moved, not which row it is of: 县级配套年初412,000元，年中为应急广播运维追加56,500元，调整后
468,500元 is the 县级配套 line's adjusted budget, though 应急广播运维 names the other funding line
(应急广播运维补助 1,236,000元). The swap gate still reads every other clause: the other line named as the figure's
own subject stays flagged, and a wrong adjusted budget stays unsupported.

A unit of our own: 青溪县融媒体中心 (county media centre, emergency broadcasting); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

MEDIA = [SourceText(name="青溪县融媒体中心预算执行表.md", text=(
    "# 青溪县融媒体中心2025年度预算执行表\n\n"
    "| 资金来源 | 年初预算（元） | 调整后预算（元） | 执行数（元） |\n| --- | --- | --- | --- |\n"
    "| 应急广播运维补助 | 1,236,000 | 1,236,000 | 1,198,450 |\n"
    "| 县级配套 | 412,000 | 468,500 | 452,300 |\n"
    "| 合计 | 1,648,000 | 1,704,500 | 1,650,750 |\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, MEDIA).mentions if m.status != "ignored"}


def test_a_cause_clause_names_no_row_of_the_figure_after_it():
    text = "应急广播运维补助1,236,000元全年未调整；县级配套年初412,000元，年中为应急广播运维追加56,500元，调整后{}，调增13.71%。"
    assert status(text.format("468,500元"))["468,500元"] == "exact"
    assert status(text.format("486,500元"))["486,500元"] == "unsupported"  # no such adjusted budget


def test_the_other_line_named_as_the_figures_subject_stays_swapped():
    assert status("应急广播运维补助调整后预算468,500元。")["468,500元"] == "unsupported"  # the 县级配套 line's
