"""A gap in 个百分点 between two named items' rates, in every comparative form a report uses (issue 10): 比X低 /
较X低 / 高出X / 低于X / 落后于X / 与X相比低 / 与X相差 / X与Y…相差 / 两类资金…相差 / 比X的N%低 / (A执行率N%，)B低 —
each side is the rate its words name: one the paragraph stated, a funding line's 执行 over its budget, or the rate
of the table row the words name computed from the same two columns as the subject's own rate. Beside each positive
case its planted error: the gap to the whole's rate, the wrong direction, another row's rate, another year's.

A county weather bureau's artificial-weather project: a form of two funding lines (no rate per line), a table of
three observation stations (应到报 / 实到报, no rate) and a table of operations by quarter with a 合计 row.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="人工影响天气项目自评表.md", text=(
    "# 2024年度人工影响天气作业项目支出绩效自评表\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 300.00 | 280.00 | 271.32 |\n"          # 96.90 %
    "| 其中：省级人影补助 | 180.00 | 180.00 | 177.30 |\n"    # 98.50 %
    "| 县级配套资金 | 120.00 | 100.00 | 94.02 |\n"))          # 94.02 %

STATIONS = SourceText(name="自动气象站数据到报统计.md", text=(
    "# 2024年自动气象站数据到报统计\n\n"
    "| 站点 | 应到报次数 | 实到报次数 |\n| --- | --- | --- |\n"
    "| 城关站 | 8760 | 8742 |\n"      # 99.79 %
    "| 北山站 | 8760 | 8615 |\n"      # 98.34 %
    "| 河口站 | 8760 | 8690 |\n"      # 99.20 %
    "| 合计 | 26280 | 26047 |\n"))    # 99.11 %

QUARTERS = SourceText(name="人工增雨作业季度台账.md", text=(
    "# 2024年人工增雨（雪）作业分季度台账\n\n"
    "| 季度 | 作业次数 | 有效次数 |\n| --- | --- | --- |\n"
    "| 第一季度 | 38 | 36 |\n| 第二季度 | 64 | 60 |\n| 第三季度 | 42 | 37 |\n| 第四季度 | 56 | 52 |\n"
    "| 合计 | 200 | 185 |\n\n"       # 92.50 %; 第三季度 88.10 %
    "注：全年作业有效率92.5%，上年作业有效率90.2%。\n"))

SOURCES = [FORM, STATIONS, QUARTERS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_higher_by_with_gao_chu_is_the_gap_of_the_two_lines_rates():
    # 98.50 − 94.02 = 4.48; 98.50 − 96.90 (the whole's) = 1.60 is no gap to 县级配套资金
    assert status("省级人影补助执行率高出县级配套资金4.48个百分点。")["4.48个百分点"] == "derived"
    assert status("省级人影补助执行率高出县级配套资金1.60个百分点。")["1.60个百分点"] == "unsupported"


def test_lagging_behind_is_the_named_lines_rate_less_the_subjects():
    assert status("县级配套资金执行率落后于省级人影补助4.48个百分点。")["4.48个百分点"] == "derived"
    # 96.90 − 94.02 = 2.88: the whole's rate, not 省级人影补助's
    assert status("县级配套资金执行率落后于省级人影补助2.88个百分点。")["2.88个百分点"] == "unsupported"


def test_compared_with_then_lower_keeps_the_direction():
    text = "县级配套资金执行率94.02%，与省级人影补助相比低4.48个百分点。"
    assert status(text)["4.48个百分点"] == "derived"
    # the same gap said the wrong way round: 县级配套资金 is not the higher
    wrong = "县级配套资金执行率94.02%，与省级人影补助相比高4.48个百分点。"
    assert status(wrong)["4.48个百分点"] == "unsupported"


def test_a_difference_between_two_named_lines_takes_either_order():
    assert status("省级人影补助与县级配套资金执行率相差4.48个百分点。")["4.48个百分点"] == "derived"
    assert status("县级配套资金执行率与省级人影补助相差4.48个百分点。")["4.48个百分点"] == "derived"
    assert status("县级配套资金执行率与省级人影补助相差2.88个百分点。")["2.88个百分点"] == "unsupported"


def test_the_two_kinds_of_funds_are_the_forms_two_lines():
    assert status("两类资金执行率相差4.48个百分点，县级配套资金支付偏慢。")["4.48个百分点"] == "derived"
    assert status("两类资金执行率相差1.60个百分点，县级配套资金支付偏慢。")["1.60个百分点"] == "unsupported"


def test_a_line_named_after_a_stated_rate_is_compared_with_it():
    # (执行率98.50%，)县级配套资金低…: no 比, the clause names the other line
    assert status("省级人影补助执行率98.50%，县级配套资金低4.48个百分点。")["4.48个百分点"] == "derived"
    assert status("省级人影补助执行率98.50%，县级配套资金低2.88个百分点。")["2.88个百分点"] == "unsupported"


def test_another_rows_rate_is_computed_from_the_columns_of_the_subjects():
    # 北山站 8615 ÷ 8760 = 98.34 %; 城关站 8742 ÷ 8760 = 99.79 %: 1.45 points
    text = "北山站数据到报率98.34%，比城关站低1.45个百分点，通信链路故障较多。"
    got = status(text)
    assert got["98.34%"] == "derived"
    assert got["1.45个百分点"] == "derived"
    # 河口站 is 99.20 %: 0.86 points, not 1.45
    assert status("北山站数据到报率98.34%，比河口站低1.45个百分点。")["1.45个百分点"] == "unsupported"


def test_a_quarter_below_the_year_is_the_gap_to_the_years_rate_the_paragraph_stated():
    # 92.5 − 88.10 (37 ÷ 42) = 4.40
    text = "第三季度作业42次，有效37次，有效率88.10%。全年作业有效率92.5%，第三季度较全年低4.40个百分点。"
    assert status(text)["4.40个百分点"] == "derived"
    assert status(text.replace("4.40个百分点", "4.10个百分点"))["4.10个百分点"] == "unsupported"


def test_this_year_up_on_the_rate_of_last_year_its_sentence_stated():
    text = "全年作业有效率92.5%。上年作业有效率90.2%，本年提高2.3个百分点。"
    assert status(text)["2.3个百分点"] == "derived"
    assert status(text.replace("提高", "下降"))["2.3个百分点"] == "unsupported"


def test_below_the_whole_is_the_gap_to_its_tables_total_rows_rate():
    # 合计 26047 ÷ 26280 = 99.11 %, computed from the columns of 北山站's own rate: 99.11 − 98.34 = 0.77
    assert status("北山站数据到报率98.34%，低于全县0.77个百分点。")["0.77个百分点"] == "derived"
    # 1.45 is the gap to 城关站, not to the whole
    assert status("北山站数据到报率98.34%，低于全县1.45个百分点。")["1.45个百分点"] == "unsupported"
