"""A table's counting units stated once above it (issue 10): "单位：宗、场次" over a statistics sheet, "单位：人、万元"
over a ledger. A column whose header names one of them counts it (开庭场次, 人数); the one unit left is the unit
of the columns that name none (受理 | 结案 → 宗). A rate or score column takes none. Units: a labour
arbitration-like mediation centre's quarterly sheet (tab lines, as an .xlsx is read), a township's relief
ledger (a whitespace table).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

SHEET = SourceText(name="调解统计.xlsx", text=(
    "某区人民调解中心2024年分季度调解统计\t\t\t\t\n"
    "单位：件、场次\t\t\t\t\n"
    "季度\t受理\t调解成功\t调解成功率\t走访场次\n"
    "一季度\t412\t368\t89.32%\t36\n"
    "二季度\t455\t401\t88.13%\t41\n"
    "合计\t867\t769\t88.70%\t77\n"))

LEDGER = SourceText(name="救助台账.txt", text=(
    "某镇2024年临时救助发放台账\n"
    "单位：人、万元\n"
    "村别      救助人数    发放金额\n"
    "东村      38          11.40\n"
    "西村      26          7.80\n"
    "合计      64          19.20\n"))


def units(source: SourceText) -> dict[str, str]:
    return {f.written: f.unit for f in SourceIndex.build([source]).facts if f.date is None and f.kind != "year"}


def test_the_unit_left_over_is_the_unit_of_the_columns_that_name_none():
    got = units(SHEET)
    assert got["867"] == got["769"] == "件" and got["77"] == "场次" and got["88.70%"] == "%"


def test_a_column_named_for_its_count_keeps_its_own_and_the_money_column_takes_the_other():
    got = units(LEDGER)
    assert got["64"] == "人" and got["19.20"] == "万元"


def test_a_figure_given_another_measure_word_than_its_tables_is_flagged():
    assert check("全年受理867件，调解成功769件，平均每场走访受理11.3件。", [SHEET]).ok
    assert not check("全年受理867场次。", [SHEET]).ok  # 867 counts 件 (受理), the 场次 column holds 77
    assert check("两村共救助64人，发放19.20万元，人均0.3万元。", [LEDGER]).ok
