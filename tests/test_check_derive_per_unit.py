"""Derived figures a report computes from the structure of its sources (issue 10): a share of an item of a
two-column 支出明细 table is of that table's 合计 row; a per-unit figure (每卷 / 每人次 / 每万人口 / 每百户 /
月均 / 季均) is an amount or count over a count in that measure word — the one 按…计 names when the text names
one, scaled by the power of ten it is per, the year's twelve months or four quarters for 月均 / 季均.

A county archives (县档案馆): its project form as Markdown tables and its yearly service statistics.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="档案馆项目自评表.md", text=(
    "# 2024年度馆藏档案数字化项目支出绩效自评表\n\n"
    "单位：万元\n\n"
    "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 250.00 | 245.00 | 240.00 | 97.96% |\n\n"
    "| 支出明细 | 全年执行数 |\n| --- | --- |\n"
    "| 档案数字化加工 | 126.40 |\n| 档案修裱 | 41.60 |\n| 档案业务培训 | 28.00 |\n| 设备维护 | 44.00 |\n"
    "| 合计 | 240.00 |\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 档案数字化加工数量 | ≥15000卷 | 15620卷 |\n"
    "| 产出指标 | 数量指标 | 提供档案利用 | ≥20000卷 | 21300卷 |\n"
    "| 产出指标 | 数量指标 | 接待查档 | ≥8000人次 | 8460人次 |\n"))
STATS = SourceText(name="档案馆年度服务统计.md", text=(
    "- 全年开展档案业务培训5期，参训138人次。\n"
    "- 全县在岗档案员20名，常住人口6.82万人，建档村（社区）户数23,870户，其中数字档案户1,432户。\n"))
SOURCES = [FORM, STATS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_share_of_an_item_of_a_two_column_expenditure_table_is_of_its_total_row():
    got = status("支出中，档案数字化加工126.40万元，占52.67%，超过一半；档案修裱41.60万元，占17.33%。")
    assert got["52.67%"] == got["17.33%"] == "derived"  # 126.40 ÷ 240.00, 41.60 ÷ 240.00
    assert got["超过一半"] == "derived"  # the word with its side: 52.67 % is above half
    assert status("支出中，档案修裱41.60万元，占18.33%。")["18.33%"] == "unsupported"


def test_a_share_of_a_tab_separated_two_column_table_is_of_its_total_row():
    table = SourceText(name="支出明细.txt", text="支出明细\t金额（万元）\n展陈布置\t36.50\n文物养护\t18.25\n合计\t54.75\n")
    got = {m.text: m.status for m in check("展陈布置36.50万元，占66.67%；文物养护占34.33%。", [table]).mentions}
    assert got["66.67%"] == "derived"  # 36.50 ÷ 54.75
    assert got["34.33%"] == "unsupported"  # 18.25 ÷ 54.75 is 33.33 %


def test_an_amount_per_measure_word_is_over_the_count_in_that_measure_word():
    assert status("数字化加工档案15620卷，每卷加工费用80.92元。")["80.92元"] == "derived"  # 126.40万元 ÷ 15620卷
    assert status("数字化加工档案15620卷，每卷加工费用89.02元。")["89.02元"] == "unsupported"


def test_the_count_an_average_is_per_is_the_one_the_words_an_ji_name():
    # 按接待查档人次计: 240.00万元 ÷ 8460人次, not ÷ 21300卷 of 档案利用
    assert status("按接待查档人次计，每人次服务成本283.69元。")["283.69元"] == "derived"
    assert status("按接待查档人次计，每人次服务成本112.68元。")["112.68元"] == "unsupported"


def test_a_figure_per_ten_thousand_people_is_scaled_to_ten_thousand():
    assert status("全县每万人口拥有档案员2.93名。")["2.93名"] == "derived"  # 20名 ÷ 6.82万人 × 10000
    assert status("全县每万人口拥有档案员29.33名。")["29.33名"] == "unsupported"


def test_a_figure_per_hundred_households_is_scaled_to_a_hundred():
    assert status("数字档案户1432户，每百户建档户中有数字档案户6.00户。")["6.00户"] == "derived"  # 1432 ÷ 23870 × 100
    assert status("数字档案户1432户，每百户建档户中有数字档案户6.60户。")["6.60户"] == "unsupported"


def test_a_monthly_or_quarterly_average_of_a_years_figure_is_over_twelve_months_or_four_quarters():
    got = status("全年接待查档8460人次，月均705人次，季均2115人次。")
    assert got["705人次"] == got["2115人次"] == "derived"  # 8460 ÷ 12, 8460 ÷ 4
    assert status("全年接待查档8460人次，月均750人次。")["750人次"] == "unsupported"
    # a quarter's figure is no year: its average per month is not over twelve months
    assert status("一季度接待查档2100人次，月均175人次。")["175人次"] == "unsupported"


def test_one_word_the_stated_count_shares_names_the_total_of_a_per_head_figure():
    # 开展档案业务培训…138人次: the table's 档案业务培训 28.00万元 ÷ 138人次
    assert status("开展档案业务培训5期、138人次，人均培训支出2028.99元。")["2028.99元"] == "derived"
    assert status("开展档案业务培训5期、138人次，人均培训支出2208.99元。")["2208.99元"] == "unsupported"
