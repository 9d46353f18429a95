"""A quarter is named two ways: 三季度 in the report, "7-9月" as a ledger's row label (or 七至九月). The figure of
the 4-6月 row given to 四季度 is another period's figure and must not pass; the 10-12月 row's figure given to 四季度
is the quarter's own. Units: a city library's visitor ledger (图书馆), a county hospital's outpatient ledger
(县人民医院门诊量) — tab and pipe shapes."""

from __future__ import annotations

from drafter.check import SourceText, check


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


LIBRARY = SourceText(name="到馆统计.tsv", text=(
    "时段\t到馆读者（人次）\t借阅（册次）\n"
    "1-3月\t48260\t61540\n"
    "4-6月\t52714\t66320\n"
    "7-9月\t63905\t78215\n"
    "10-12月\t55168\t70430\n"
    "合计\t220047\t276505\n"))

HOSPITAL = SourceText(name="门诊量.md", text=(
    "| 时段 | 门诊人次 | 急诊人次 |\n"
    "| --- | --- | --- |\n"
    "| 一至三月 | 86420 | 9315 |\n"
    "| 四至六月 | 91236 | 10482 |\n"
    "| 七至九月 | 97815 | 12067 |\n"
    "| 十至十二月 | 93510 | 11208 |\n"))


def test_a_quarter_takes_the_figure_of_its_own_month_range_row():
    assert status("四季度到馆读者55168人次，三季度借阅78215册次。", LIBRARY) == {
        "55168人次": "exact", "78215册次": "exact"}


def test_another_quarters_row_is_no_support_for_the_quarter_the_words_name():
    assert status("四季度到馆读者52714人次。", LIBRARY) == {"52714人次": "unsupported"}
    assert status("一季度借阅78215册次。", LIBRARY) == {"78215册次": "unsupported"}


def test_month_ranges_written_in_chinese_numerals_name_their_quarter_too():
    assert status("三季度门诊97815人次。", HOSPITAL) == {"97815人次": "exact"}
    assert status("二季度门诊97815人次。", HOSPITAL) == {"97815人次": "unsupported"}
