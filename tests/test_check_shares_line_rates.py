"""Figures whose operands are SOURCE facts the words name (issue 10): the rate of a funding line or a project item
that the sources give only as its budget and its spending (预算 / 支出, 调整后预算 / 决算数 — words that carry no
role of their own), a gap in 个百分点 against the rate of the line the words name, the 结余 of the line a sentence
is about (not of the line it compares with), a per-item execution rate in a list of a source's items, and the share
of a breakdown whose whole the sentence leaves implicit (the rows of a 支出明细 add up to the form's total).

A state forest farm's project (a data record of its own shape: 资金来源 with 预算 / 支出, in 元), a notary office's
department form (a JSON of 调整后预算 / 决算数 and a table of 公证 statistics) and a township water-supply station's
project form (a 支出明细 table with no 合计 row; the form's 全年执行数 is its total).
Beside each positive case, a negative one: the wrong line, the wrong direction, the compared line's balance, another
item's rate, the wrong whole, a fraction word on the wrong side.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

FOREST = SourceData(name="国有林场项目自评数据.yaml", text="# 金额单位：元\n", data={
    "单位": "某县国有林场", "年度": 2024, "项目": "森林抚育与防火项目",
    "资金": {"预算合计": 1560000, "支出合计": 1490200, "来源": [
        {"名称": "省级林业补助", "预算": 860000, "支出": 817000},      # 95.00 %
        {"名称": "县级财政资金", "预算": 400000, "支出": 391200},      # 97.80 %
        {"名称": "公益林补偿资金", "预算": 300000, "支出": 282000}]},   # 94.00 %
    "成果": [{"指标": "森林抚育面积", "计划": "≥1200亩", "完成": "1260亩"}]})

NOTARY = SourceData(name="公证处部门整体绩效.json", data={
    "单位": "某市公证处", "年度": 2023, "金额单位": "万元",
    "按来源": {"财政拨款": {"调整后预算": D("612.00"), "决算数": D("596.70")},   # 97.50 %
               "业务收入": {"调整后预算": D("80.00"), "决算数": D("74.40")}},     # 93.00 %
    "项目": [{"名称": "公证业务信息化", "调整后预算": D("58.00"), "决算数": D("55.10")},   # 95.00 %
             {"名称": "法律援助公证", "调整后预算": D("24.00"), "决算数": D("23.52")}]})  # 98.00 %
NOTARY_STATS = SourceText(name="公证业务统计.md", text=(
    "# 2023年公证业务分类统计\n\n| 业务 | 办件（件） | 经费（万元） |\n| --- | --- | --- |\n"
    "| 公证业务信息化 | 4820 | 55.10 |\n| 法律援助公证 | 312 | 23.52 |\n"))

WATER = SourceText(name="农村供水保障项目自评表.md", text=(
    "# 2025年度农村供水保障项目支出绩效自评表（某镇供水站）\n\n## 项目资金（单位：万元）\n\n"
    "| 资金 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 年度资金总额 | 160.00 | 152.40 |\n\n"
    "## 支出明细（单位：万元）\n\n| 支出内容 | 全年执行数 |\n| --- | --- |\n"
    "| 管网维修 | 80.10 |\n| 水质检测 | 45.72 |\n| 消毒药剂 | 26.58 |\n"))


def status(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- gaps in 个百分点 against the rate of the line the words name ------------------------------------------------

def test_a_gap_to_a_line_whose_rate_only_its_budget_and_spending_give_is_derived():
    # 817000 ÷ 860000 = 95.00 %, 391200 ÷ 400000 = 97.80 %: 2.80 points lower
    got = status("一是省级林业补助执行率95.00%，比县级财政资金低2.80个百分点。", FOREST)
    assert got["95.00%"] == "derived"
    assert got["2.80个百分点"] == "derived"


def test_the_same_gap_in_the_wrong_direction_stays_unsupported():
    got = status("一是省级林业补助执行率95.00%，比县级财政资金高2.80个百分点。", FOREST)
    assert got["2.80个百分点"] == "unsupported"


def test_a_gap_to_another_line_than_the_one_named_stays_unsupported():
    # 97.80 − 94.00 = 3.80 is the gap to 公益林补偿资金, the words name 省级林业补助 (97.80 − 95.00 = 2.80)
    assert status("县级财政资金执行率97.80%，比省级林业补助高3.80个百分点。", FOREST)["3.80个百分点"] == "unsupported"
    assert status("县级财政资金执行率97.80%，比省级林业补助高2.80个百分点。", FOREST)["2.80个百分点"] == "derived"


def test_a_gap_to_a_line_stated_as_adjusted_budget_and_final_accounts_is_derived():
    # 决算数 is the spending: 业务收入 74.40 ÷ 80.00 = 93.00 %, 财政拨款 596.70 ÷ 612.00 = 97.50 %
    got = status("业务收入执行率93.00%，比财政拨款低4.50个百分点。", NOTARY)
    assert got["93.00%"] == "derived"
    assert got["4.50个百分点"] == "derived"
    assert status("业务收入执行率93.00%，比财政拨款低5.00个百分点。", NOTARY)["5.00个百分点"] == "unsupported"


def test_a_gap_to_a_project_item_is_against_that_items_rate():
    # 法律援助公证 23.52 ÷ 24.00 = 98.00 %, 公证业务信息化 55.10 ÷ 58.00 = 95.00 %
    got = status("法律援助公证执行率98.00%，比公证业务信息化高3.00个百分点。", NOTARY)
    assert got["3.00个百分点"] == "derived"
    # 98.00 − 97.50 (财政拨款) = 0.50: not the item the words name
    assert status("法律援助公证执行率98.00%，比公证业务信息化高0.50个百分点。", NOTARY)["0.50个百分点"] == "unsupported"


def test_words_every_line_shares_name_no_line_to_compare_with():
    # 资金 is in every funding line's name and the whole's: 2.80 is the gap to 县级财政资金, which the words do not name
    assert status("省级林业补助执行率95.00%，比项目资金低2.80个百分点。", FOREST)["2.80个百分点"] == "unsupported"


# -- the balance of the line its sentence is about -----------------------------------------------------------------

def test_a_balance_after_a_comparison_is_of_the_lines_own_budget():
    # 400000 − 391200 = 8800元: 县级财政资金's balance, the line the sentence is about
    got = status("县级财政资金执行率97.80%，比省级林业补助高2.80个百分点，结余8800元。", FOREST)
    assert got["8800元"] == "derived"


def test_the_compared_lines_balance_is_not_the_subjects():
    # 860000 − 817000 = 43000元 is 省级林业补助's balance
    got = status("县级财政资金执行率97.80%，比省级林业补助高2.80个百分点，结余43000元。", FOREST)
    assert got["43000元"] == "unsupported"


# -- per-item rates in a list of a source's items ---------------------------------------------------------------

def test_each_items_execution_rate_is_its_final_accounts_over_its_adjusted_budget():
    got = status("公证业务信息化决算55.10万元，执行率95.00%；法律援助公证决算23.52万元，执行率98.00%。",
                 NOTARY, NOTARY_STATS)
    assert (got["95.00%"], got["98.00%"]) == ("derived", "derived")


def test_an_items_rate_is_not_another_items():
    got = status("公证业务信息化决算55.10万元，执行率98.00%；法律援助公证决算23.52万元，执行率95.00%。",
                 NOTARY, NOTARY_STATS)
    assert (got["98.00%"], got["95.00%"]) == ("unsupported", "unsupported")


# -- shares of a breakdown whose whole the sentence leaves implicit ------------------------------------------------

def test_a_rows_share_is_of_what_the_breakdowns_rows_add_up_to():
    # 80.10 + 45.72 + 26.58 = 152.40, the form's 全年执行数: 80.10 ÷ 152.40 = 52.56 %, 45.72 ÷ 152.40 = 30.00 %
    got = status("按支出内容分：管网维修80.10万元，占52.56%，超过一半；水质检测45.72万元，占30.00%；消毒药剂26.58万元。",
                 WATER)
    assert (got["52.56%"], got["超过一半"], got["30.00%"]) == ("derived",) * 3


def test_a_share_of_the_budget_is_not_the_share_of_the_breakdown():
    # 80.10 ÷ 160.00 = 50.06 %: of the budget, not of what the rows add up to
    got = status("按支出内容分：管网维修80.10万元，占50.06%；水质检测45.72万元，占28.58%；消毒药剂26.58万元。", WATER)
    assert (got["50.06%"], got["28.58%"]) == ("unsupported", "unsupported")


def test_a_fraction_word_on_the_wrong_side_stays_unsupported():
    got = status("按支出内容分：管网维修80.10万元，占52.56%，接近一半；水质检测45.72万元，占30.00%。", WATER)
    assert got["接近一半"] == "unsupported"


BARE = SourceData(name="司法所项目数据.yaml", data={
    "项目": "社区矫正教育帮扶", "年度": 2024,
    "资金": {"全年预算": 900000, "执行": 867600, "来源": [
        {"名称": "省级司法补助", "全年预算": 500000, "执行": 478500},     # 95.70 %
        {"名称": "县级配套资金", "全年预算": 400000, "执行": 389100}]}})   # 97.28 %


def test_a_gap_to_a_line_whose_figures_carry_no_unit_is_still_a_gap_of_its_rate():
    # a file in 元 that states no unit: a rate has none — 97.28 − 95.70 = 1.58
    got = status("省级司法补助执行率95.70%，比县级配套资金低1.58个百分点。", BARE)
    assert got["1.58个百分点"] == "derived"
    assert status("省级司法补助执行率95.70%，比县级配套资金低1.85个百分点。", BARE)["1.85个百分点"] == "unsupported"
