"""A part of the year in a table's column or row (一季度, 第四季度, 上半年, 3月份, 1-6月) qualifies its cells, as 上年 does
(issue 10, index; CHECKER principle 4): a figure the words give to the whole year (全年…) is not one quarter's or one
month's cell, and a figure they give to a quarter is that quarter's, not another's. The year's column (全年, 合计)
supports 全年…; a figure with no period words is left as it was.

Units: a county swimming hall (县游泳馆: 场, 人次) and a county legal-aid centre (县法律援助中心: 件).
"""

from __future__ import annotations

from drafter.check import SourceText, check

QUARTERS = SourceText(name="游泳馆分季度统计.md", text="""## 2025年县游泳馆分季度运营统计

| 项目 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 |
| --- | --- | --- | --- | --- | --- |
| 公益开放（场） | 36 | 48 | 62 | 41 | 187 |
| 入场人次（人次） | 14200 | 18750 | 24600 | 16100 | 73650 |

| 项目 | 上半年 | 下半年 |
| --- | --- | --- |
| 免费培训（期） | 7 | 9 |
""")

MONTHS = SourceText(name="法援月报.txt", text="""县法律援助中心2025年分月受理案件
月份\t受理案件（件）\t办结案件（件）
1月\t38\t31
2月\t29\t30
3月份\t46\t41
合计\t113\t102
""")


def statuses(text: str, src: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [src]).mentions if m.status != "ignored"}


def test_one_quarters_cell_is_no_figure_of_the_whole_year():
    assert statuses("全年公益开放41场。", QUARTERS) == {"41场": "unsupported"}
    assert statuses("全年入场24600人次。", QUARTERS) == {"24600人次": "unsupported"}
    assert statuses("全年开展免费培训9期。", QUARTERS) == {"9期": "unsupported"}
    (m,) = check("全年公益开放41场。", [QUARTERS]).mentions
    assert "另一时段" in m.reason  # the reader is told why: another part of the year


def test_a_quarters_cell_supports_that_quarter_and_not_another():
    assert statuses("第四季度公益开放41场。", QUARTERS) == {"41场": "exact"}
    assert statuses("三季度入场24600人次。", QUARTERS) == {"24600人次": "exact"}
    assert statuses("下半年开展免费培训9期。", QUARTERS) == {"9期": "exact"}
    assert statuses("第二季度公益开放41场。", QUARTERS) == {"41场": "unsupported"}


def test_the_years_column_supports_the_whole_year():
    """Negative: the 全年 column is the year's."""
    assert statuses("全年公益开放187场，入场73650人次。", QUARTERS) == {"187场": "exact", "73650人次": "exact"}


def test_a_months_row_is_no_figure_of_the_whole_year_but_of_its_month():
    assert statuses("全年受理法律援助案件46件。", MONTHS) == {"46件": "unsupported"}
    assert statuses("全年受理法律援助案件38件。", MONTHS) == {"38件": "unsupported"}
    assert statuses("全年办结法律援助案件41件。", MONTHS) == {"41件": "unsupported"}
    assert statuses("3月份受理法律援助案件46件。", MONTHS)["46件"] == "exact"
    assert statuses("全年受理法律援助案件113件。", MONTHS) == {"113件": "exact"}
