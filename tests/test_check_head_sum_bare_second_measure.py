"""A sum heading its sentence over N items (两轮合计46场、3.24万人次) covers a figure listed after it with no words of
its own: that figure is the sum of its measure's level told under each of the N items before (1.46万人次 + 1.78万人次),
one level an item (issue 10). Beside it the planted error: a wrong sum; and a measure told twice under one item
(观众 and 参与) leaves the bare figure unsupported — the words do not say which.

Kind: a prefecture's opera troupe's rural tours (its work log).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="演出工作日志.md", text=(
    "# 2025年演出工作日志\n\n"
    "- 5月8日 第一轮送戏下乡开始，至5月19日结束，在彰武县演出22场，观众1.46万人次。\n"
    "- 9月9日 第二轮送戏下乡开始，至9月20日结束，在阜新县演出24场，观众1.78万人次。\n"))

TEXT = ("据演出日志，第一轮5月8日至5月19日在彰武县演出22场，观众1.46万人次；第二轮从9月9日起到9月20日结束，"
        "在阜新县演出24场，观众1.78万人次，场均742人次。两轮合计46场、{sum}万人次。")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_bare_figure_after_a_head_sum_is_the_sum_of_its_measure_over_the_items():
    assert status(TEXT.format(sum="3.24"))["3.24万人次"] == "derived"  # 1.46 + 1.78


def test_a_wrong_bare_sum_stays_unsupported():
    assert status(TEXT.format(sum="3.42"))["3.42万人次"] == "unsupported"


def test_a_measure_told_twice_under_an_item_leaves_the_bare_figure_unsupported():
    text = TEXT.replace("观众1.46万人次；", "观众1.46万人次、参与互动0.38万人次；").replace(
        "观众1.78万人次，场均", "观众1.78万人次、参与互动0.41万人次，场均")
    log = SourceText(name=LOG.name, text=LOG.text.replace("观众1.46万人次", "观众1.46万人次，参与互动0.38万人次").replace(
        "观众1.78万人次", "观众1.78万人次，参与互动0.41万人次"))
    got = {m.text: m.status for m in check(text.format(sum="3.24"), [log]).mentions}
    assert got["3.24万人次"] == "unsupported"  # 观众 or 参与: the words do not say
