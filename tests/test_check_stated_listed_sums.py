"""Sums of items the words list or count (issue 10, point 2):

- items named in a list — '城关、河口、石桥三镇合计检测702份': each name, short as the text writes it (城关 for 城关镇, or
  a word's first characters: 水检 for 水样检测), names one figure of one source's list, and the figures add up; a sum
  of spending lines whose words name no role is of the money spent (执行), never of the budgets;
- items counted, not named — '三类水样合计检测1,248份': the N figures of the sum's unit that one source row states,
  when that row states exactly N;
- a mean over each row — '各乡镇平均检测末梢水66.5份': the total of the column its words name over that column's rows.

Every positive case has its negative beside it: a wrong sum, the budgets' sum, a count of kinds the row does not
hold, a mean over another count of rows or of another column.

A county's rural drinking-water quality monitoring (县农村饮水水质监测项目): the form's spending lines and the
monitoring station's table by town.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="水质监测项目自评表.yaml", data={
    "项目名称": "2024年县农村饮水水质监测项目",
    "项目支出明细": [
        {"支出内容": "水样检测", "全年预算": "66.00万元", "执行数": "62.53万元"},
        {"支出内容": "设备运维", "全年预算": "30.00万元", "执行数": "28.16万元"},
        {"支出内容": "技术培训", "全年预算": "8.00万元", "执行数": "7.84万元"}],
})
TABLE = SourceText(name="分乡镇水样检测统计.md", text=(
    "# 2024年分乡镇水样检测统计\n\n"
    "| 乡镇 | 水源水（份） | 出厂水（份） | 末梢水（份） | 超标指标（项） |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 城关镇 | 86 | 92 | 74 | 3 |\n"
    "| 河口镇 | 78 | 84 | 74 | 2 |\n"
    "| 石桥镇 | 70 | 76 | 68 | 1 |\n"
    "| 青山乡 | 64 | 70 | 50 | 1 |\n"
    "| 合计 | 298 | 322 | 266 | 7 |\n"))
SOURCES = [FORM, TABLE]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- A、B、C三X合计: the figures the names name ------------------------------------------------------------------

def test_a_sum_of_items_named_by_short_names_is_the_sum_of_their_figures():
    # the names name rows, 末梢水 the column: 74 + 74 + 68 = 216
    got = status("城关、河口、石桥三镇末梢水合计检测216份。")
    assert got["216份"] == "derived", got


def test_a_wrong_sum_of_items_named_is_unsupported():
    assert status("城关、河口、石桥三镇末梢水合计检测226份。")["226份"] == "unsupported"


def test_a_sum_of_spending_lines_named_by_first_characters_is_the_sum_spent():
    # 水检 = 水样检测, 运维 = 设备运维: 62.53 + 28.16 = 90.69
    got = status("水检与运维两项合计90.69万元。")
    assert got["90.69万元"] == "derived", got


def test_a_sum_of_spending_lines_named_with_no_role_is_not_their_budgets():
    # 66.00 + 30.00 = 96.00: the budgets, where the words name no 预算
    assert status("水检与运维两项合计96.00万元。")["96.00万元"] == "unsupported"


# -- N类X合计: the N figures one row states ----------------------------------------------------------------------

def test_a_sum_of_n_kinds_counted_is_the_n_figures_of_one_row():
    # the 合计 row's three 份 columns: 298 + 322 + 266 = 886
    got = status("全年三类水样合计检测886份，超标指标7项。")
    assert got["886份"] == "derived", got


def test_a_wrong_sum_of_n_kinds_counted_is_unsupported():
    assert status("全年三类水样合计检测868份。")["868份"] == "unsupported"


def test_a_sum_of_a_count_of_kinds_no_row_holds_is_unsupported():
    # four kinds: no row states four 份 figures
    assert status("全年四类水样合计检测886份。")["886份"] == "unsupported"


# -- 各X平均: a column's total over its rows --------------------------------------------------------------------

def test_a_mean_over_each_row_is_the_columns_total_over_its_rows():
    # the 末梢水 column: 266 over its four towns = 66.5
    got = status("各乡镇平均检测末梢水66.5份。")
    assert got["66.5份"] == "derived", got
    assert status("各乡镇末梢水检测平均为66.5份。")["66.5份"] == "derived"


def test_a_mean_over_each_row_over_another_count_of_rows_is_unsupported():
    # 266 ÷ 3 = 88.7: the column has four rows, not three
    assert status("各乡镇平均检测末梢水88.7份。")["88.7份"] == "unsupported"


def test_a_mean_over_each_row_of_another_column_is_unsupported():
    # 水源水: 298 ÷ 4 = 74.5, not the 末梢水 the words name
    assert status("各乡镇平均检测末梢水74.5份。")["74.5份"] == "unsupported"
