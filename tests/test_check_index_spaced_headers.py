"""A ledger copied out of a typeset document spaces the characters of its short headers (项    目, 本  年, 上  年) and
of its total row's label (合    计), so that a space-separated line has more pieces than the table has columns (issue
10, index). The pieces of one header word are closer than the columns are: read by the columns of the rows under
it, the header is 项目 | 本年 | 上年, the last column is last year's, and 合计 is the total row. Columns that are one
character each (男 | 女) stay columns when the rows have as many figures.

Unit: a county archives' reading room (县档案馆: 人次, 卷次, 件).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

SPACED = SourceText(name="档案利用.txt", text="""县档案馆2025年档案利用统计
项    目          本  年        上  年
查阅人次         4,270         3,985
调阅卷次        12,864        11,502
出具证明           936           871
合    计        18,070        16,358
""")


def facts(src: SourceText) -> dict[str, object]:
    return {f.written: f for f in SourceIndex.build([src]).facts if f.kind != "year"}


def statuses(text: str, src: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [src]).mentions if m.status != "ignored"}


def test_letter_spaced_headers_are_read_by_the_columns_under_them():
    got = facts(SPACED)
    assert got["3,985"].ytag == -1 and got["11,502"].ytag == -1 and got["871"].ytag == -1
    assert got["4,270"].ytag != -1 and got["936"].ytag != -1


def test_last_years_figure_of_a_spaced_ledger_is_no_figure_of_this_year():
    assert statuses("全年接待查阅4270人次，比上年增加285人次。", SPACED) == {"4270人次": "exact", "285人次": "derived"}
    assert statuses("全年接待查阅3985人次。", SPACED) == {"3985人次": "unsupported"}


def test_a_letter_spaced_total_label_is_the_total_row():
    got = facts(SPACED)
    assert "§合" in got["18,070"].subj and got["16,358"].ytag == -1


def test_one_character_columns_stay_columns():
    """Negative: 男 | 女 over rows of as many figures are two columns, not one header word."""
    src = SourceText(name="读者.txt", text="""县档案馆2025年读者性别统计
类别        男        女
查阅       2,312     1,958
咨询         508       412
""")
    got = facts(src)
    assert "男" in got["2,312"].subj and "女" in got["1,958"].subj
    assert "女" not in got["2,312"].subj
