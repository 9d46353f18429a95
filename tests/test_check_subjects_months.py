"""A month the words name selects the ledger row of that month (issue 10, point 1; CHECKER.md principle 4): 3月开展惠民演出
18场 is not borne out by the 2月 row's 18, however equal the number — the source gives that figure for another month.
The row of the month named, and a figure with no month named, are still found."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A county cultural centre's monthly ledger of free performances (tab cells, as a CSV is read).
CULTURE = SourceText(name="文化馆月度惠民演出台账.txt", text=(
    "某县文化馆2024年一季度惠民演出统计\n"
    "月份\t惠民演出（场）\t观众（人次）\n"
    "1月\t12\t3,600\n"
    "2月\t18\t5,400\n"
    "3月\t9\t2,700\n"
    "合计\t39\t11,700\n"))


def test_the_row_of_the_month_named_supports_the_figure():
    got = verdicts("2月开展惠民演出18场，观众5400人次。", CULTURE)
    assert got == {"2月": "exact", "18场": "exact", "5400人次": "exact"}, got


def test_another_months_figure_given_to_the_month_named_is_unsupported():
    assert verdicts("3月开展惠民演出18场。", CULTURE)["18场"] == "unsupported"
    assert verdicts("1月观众5400人次。", CULTURE)["5400人次"] == "unsupported"


def test_a_figure_with_no_month_named_is_still_found():
    got = verdicts("一季度共开展惠民演出39场，观众11700人次。", CULTURE)
    assert got["39场"] == "exact" and got["11700人次"] == "exact", got


# A fishing port's monthly statistics in a Markdown table.
PORT = SourceText(name="渔港月度进出港统计.md", text=(
    "# 某渔港2024年休渔期后进出港统计\n\n"
    "| 月份 | 渔船进出港（艘次） | 卸港量（吨） |\n"
    "| --- | --- | --- |\n"
    "| 8月 | 1,620 | 3,840 |\n"
    "| 9月 | 1,480 | 3,520 |\n"))


def test_a_ports_month_row_supports_its_own_month_only():
    assert verdicts("8月渔船进出港1620艘次。", PORT)["1620艘次"] == "exact"
    assert verdicts("9月渔船进出港1620艘次。", PORT)["1620艘次"] == "unsupported"
