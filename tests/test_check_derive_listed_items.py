"""A sum of the items a bracket lists (issue 10, point 2): 'X（A、B）合计N' is the sum of the figures the text
stated before (or, failing that, the sources give) for each listed item, one figure per item, in the mention's
unit. An item with no figure, or a sum that does not fit, leaves the total unsupported.

A town (镇) housing-safety project: its work log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="农村危房改造台账.md", text=(
    "3月：东岭村完成危房改造21户，验收合格。\n"
    "6月：西坑村完成危房改造16户。\n"
    "9月：南山村完成危房改造9户。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_bracketed_list_summed_takes_the_figures_the_text_stated_for_each_item_in_an_earlier_paragraph():
    text = "上半年东岭村改造21户，西坑村改造16户，南山村改造9户。\n\n重点村（东岭村、西坑村）合计37户，均已验收。"
    assert status(text)["37户"] == "derived"  # 21 + 16
    assert status(text.replace("37户", "39户"))["39户"] == "unsupported"
    assert status(text.replace("37户", "30户"))["30户"] == "unsupported"  # 21 + 9 is no sum of the items listed


def test_a_count_of_the_items_its_bracket_lists_is_derived_from_the_list():
    text = "三个村（东岭村、西坑村、南山村）共改造危房46户。"
    assert status(text)["三个"] == "derived"
    assert status(text.replace("三个村", "四个村"))["四个"] == "unsupported"


def test_a_bracketed_list_summed_takes_the_sources_figures_when_the_text_states_none():
    text = "三个村（东岭村、西坑村、南山村）共改造危房46户。"
    assert status(text)["46户"] == "derived"  # 21 + 16 + 9
    assert status(text.replace("46户", "45户"))["45户"] == "unsupported"


def test_a_bracketed_list_with_an_item_of_no_figure_is_no_sum():
    assert status("两个村（东岭村、北坑村）合计21户。")["21户"] != "derived"
