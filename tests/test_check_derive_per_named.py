"""Per-unit figures derived from source facts the words name (issue 10): 每 + what it is per (a measure word, a unit of
length or area, or the thing counted: 每个服务点, 每位读者) is the quantity the words name — a 支出明细 line its words
name (运行经费 → 流动图书车运行), the whole spending (支出), a count — over the count of what it is per; 日均 / 月均 of a
year's figure are over the days of the sources' year (366 in a leap year) or its twelve months; 每个开馆日 is over the
days the text states, never the calendar's.

A county library (2024, a leap year) and a county rural-road maintenance centre (2023): Markdown forms.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LIBRARY = SourceText(name="图书馆项目自评表.md", text=(
    "# 2024年度全民阅读推广项目支出绩效自评表\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 320.00 | 310.00 | 301.60 | 97.29% |\n"
    "| 其中：省级补助资金 | 200.00 | 190.00 | 186.20 | — |\n"
    "| 县级财政资金 | 120.00 | 120.00 | 115.40 | — |\n\n"
    "## 支出明细（单位：万元）\n\n"
    "| 支出内容 | 全年执行数 |\n| --- | --- |\n"
    "| 流动图书车运行 | 48.60 |\n| 少儿阅读推广活动 | 36.80 |\n| 图书采购 | 152.00 |\n| 数字资源购置 | 64.20 |\n"
    "| 合计 | 301.60 |\n\n"
    "## 绩效指标\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 流动图书车服务点 | ≥30个 | 32个 |\n"
    "| 产出指标 | 数量指标 | 少儿阅读推广活动 | ≥100场 | 116场 |\n"
    "| 产出指标 | 数量指标 | 新增馆藏图书 | ≥40000册 | 43200册 |\n"
    "| 产出指标 | 数量指标 | 到馆读者 | ≥25万人次 | 27.45万人次 |\n"
    "| 产出指标 | 时效指标 | 全年开馆天数 | ≥350天 | 352天 |\n"))

ROADS = SourceText(name="公路养护中心项目自评表.md", text=(
    "# 2023年度农村公路养护项目支出绩效自评表\n\n"
    "## 支出明细（单位：万元）\n\n"
    "| 支出内容 | 全年执行数 |\n| --- | --- |\n"
    "| 农村公路日常养护 | 865.30 |\n| 桥梁定期检测 | 126.00 |\n| 路面病害处治 | 412.50 |\n| 合计 | 1403.80 |\n\n"
    "## 绩效指标\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 养护农村公路里程 | ≥400公里 | 412.6公里 |\n"
    "| 产出指标 | 数量指标 | 检测桥梁 | ≥80座 | 84座 |\n"
    "| 产出指标 | 数量指标 | 处治路面病害面积 | ≥9000平方米 | 9650平方米 |\n"
    "| 产出指标 | 数量指标 | 补植行道树 | ≥3000株 | 3380株 |\n"))


def status(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_an_amount_per_thing_counted_is_the_line_its_words_name_over_the_count_of_that_thing():
    # 每个服务点运行经费: 流动图书车运行 48.60万元 ÷ 流动图书车服务点 32个
    assert status("流动图书车设服务点32个，每个服务点运行经费1.52万元。", LIBRARY)["1.52万元"] == "derived"
    # another unit kind: 每座桥梁检测经费 is 桥梁定期检测 126.00万元 ÷ 84座 = 1.50, not 1.60
    assert status("全年检测桥梁84座，每座桥梁检测经费1.60万元。", ROADS)["1.60万元"] == "unsupported"


def test_an_amount_per_occasion_is_the_spending_line_its_words_name():
    # 每场活动经费: 少儿阅读推广活动 36.80万元 ÷ 116场
    assert status("举办少儿阅读推广活动116场，每场活动经费3172.41元。", LIBRARY)["3172.41元"] == "derived"
    assert status("全年检测桥梁84座，每座桥梁检测经费1.50万元。", ROADS)["1.50万元"] == "derived"


def test_an_amount_per_unit_of_length_or_area_is_over_the_quantity_in_that_unit():
    got = status("养护农村公路412.6公里，每公里日常养护经费2.10万元；处治路面病害9650平方米，每平方米处治费用427.46元。",
                 ROADS)
    assert got["2.10万元"] == "derived"  # 865.30万元 ÷ 412.6公里
    assert got["427.46元"] == "derived"  # 412.50万元 ÷ 9650平方米
    # the wrong amount: 每公里日常养护经费 is not the 合计 1403.80 ÷ 412.6 = 3.40
    assert status("养护农村公路412.6公里，每公里日常养护经费3.40万元。", ROADS)["3.40万元"] == "unsupported"


def test_a_count_per_unit_of_length_is_over_the_length():
    assert status("补植行道树3380株，每公里补植8.2株。", ROADS)["8.2株"] == "derived"  # 3380 ÷ 412.6
    # another unit kind: 每个服务点 is over 32个, 43200册 ÷ 32 = 1350.0, not 1530.0
    assert status("新增馆藏图书43200册，平均每个服务点1530.0册。", LIBRARY)["1530.0册"] == "unsupported"


def test_an_amount_per_person_served_is_the_whole_spending_over_the_people_the_words_name():
    # 每位读者对应的支出: 301.60万元 ÷ 27.45万人次
    assert status("全年到馆读者27.45万人次，每位读者对应的支出10.99元。", LIBRARY)["10.99元"] == "derived"
    # the wrong count: 301.60万元 ÷ 43200册 = 69.81 is per book, not per reader
    assert status("全年到馆读者27.45万人次，每位读者对应的支出69.81元。", LIBRARY)["69.81元"] == "unsupported"


def test_a_daily_average_of_a_years_figure_is_over_the_days_of_the_sources_year():
    # 2024 is a leap year: 274500 ÷ 366 = 750.0; ÷ 365 = 752.1 is a wrong calendar
    assert status("全年到馆读者27.45万人次，日均750.0人次。", LIBRARY)["750.0人次"] == "derived"
    assert status("全年到馆读者27.45万人次，日均752.1人次。", LIBRARY)["752.1人次"] == "unsupported"


def test_a_monthly_average_of_a_stated_years_figure_needs_no_word_for_the_year():
    assert status("新增馆藏图书43200册，月均3600册。", LIBRARY)["3600册"] == "derived"
    # another unit kind: 9650 ÷ 12 = 804.2, not 840.2
    assert status("处治路面病害9650平方米，月均840.2平方米。", ROADS)["840.2平方米"] == "unsupported"


def test_an_average_per_stated_day_is_over_the_days_the_text_states_not_the_calendars():
    # 274500 ÷ 352 = 779.8
    assert status("全年开馆352天，平均每个开馆日接待读者779.8人次。", LIBRARY)["779.8人次"] == "derived"
    # 750.0 is 274500 ÷ 366, the calendar's days, not the 352 opening days the words name
    assert status("全年开馆352天，平均每个开馆日接待读者750.0人次。", LIBRARY)["750.0人次"] == "unsupported"


BRANCHES = SourceText(name="各分馆运行情况.md", text=(
    "# 2024年各分馆运行情况\n\n"
    "| 分馆 | 面积（平方米） | 到馆读者（万人次） | 运行经费（万元） |\n| --- | --- | --- | --- |\n"
    "| 城东分馆 | 1200 | 8.40 | 36.00 |\n| 城西分馆 | 900 | 5.10 | 31.50 |\n| 城北分馆 | 1500 | 6.20 | 42.00 |\n"
    "| 合计 | 3600 | 19.70 | 109.50 |\n"))


def test_a_per_unit_figure_of_a_row_takes_its_amount_and_its_count_from_that_row():
    got = status("城东分馆每平方米运行经费300.00元，城西分馆每平方米350.00元。", BRANCHES)
    assert got["300.00元"] == got["350.00元"] == "derived"  # 36.00万元 ÷ 1200, 31.50万元 ÷ 900
    # 城北分馆's own is 42.00万元 ÷ 1500 = 280.00; 350.00 is 城西's row, 262.50 城西's 经费 over 1200 (城东's area)
    got = status("城北分馆每平方米运行经费262.50元。", BRANCHES)
    assert got["262.50元"] == "unsupported"
