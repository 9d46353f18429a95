"""Planted errors a derivation accepted (issue 10, recall): each guard is keyed on structure — which column a share's
words name, which way a change of a budget line goes when its verb comes first, the whole a 项目调整率 is of, a gap's
sign composed with its side word, the bound a gap quotes. Beside each planted error, the correct figure that must
stay supported.

Units of our own: 宁德市海岛管理站 (an island ledger), 莆田市京剧团 (funds by source, performance indicators), 云浮市
地热资源管理所 (a JSON of its funds); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

ISLANDS = [SourceText(name="海岛管理站分岛统计.md", text=(
    "# 宁德市海岛管理站2025年分岛统计\n\n"
    "| 海岛 | 巡查（次） | 维护界桩（个） | 管护经费（元） |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 大嵛山岛 | 36 | 14 | 18,600 |\n"
    "| 西洋岛 | 52 | 40 | 61,200 |\n"
    "| 浮鹰岛 | 44 | 46 | 120,200 |\n"
    "| 合计 | 132 | 100 | 200,000 |\n"))]

TROUPE = [SourceText(name="京剧团项目资金表.txt", text=(
    "莆田市京剧团 2025年戏曲惠民演出项目资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t240.00\t252.00\t240.50\n"
    "其中：财政拨款\t200.00\t200.00\t193.10\n"
    "演出收入\t40.00\t52.00\t47.40\n"))]

GEOTHERMAL = [SourceText(name="地热资源管理所资金.json", text=(
    '{"单位": "云浮市地热资源管理所", "年度": 2025, "计量单位": "万元",\n'
    ' "资金": {"年初预算": 180.0, "调整后预算": 165.6, "实际支出": 159.3,\n'
    '   "来源": {"市级财政资金": {"年初预算": 130.0, "调整后预算": 130.0, "实际支出": 126.2},\n'
    '            "省级补助资金": {"年初预算": 50.0, "调整后预算": 35.6, "实际支出": 33.1}}}}\n'))]

INDICATORS = [SourceText(name="京剧团绩效指标.txt", text=(
    "莆田市京剧团 2025年绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\t上年实际\n"
    "观众满意度\t≥90%\t96.4%\t95.1%\n"))]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_share_of_the_column_its_words_name_is_of_that_column_not_another():
    # 界桩 (维护界桩) of 大嵛山岛 is 14 of 100 (14.00%); the 经费 (管护经费) column's 18,600 of 200,000 (9.30%) is 不足一成
    assert status("大嵛山岛经费占全市比重不足一成。", ISLANDS)["不足一成"] == "derived"
    assert status("大嵛山岛界桩占全市比重不足一成。", ISLANDS)["不足一成"] == "unsupported"


def test_a_change_with_its_verb_before_the_line_goes_the_way_the_verb_says():
    # 演出收入 was raised from 40.00 to 52.00
    assert status("年中调增演出收入12.00万元，全年预算252.00万元。", TROUPE)["12.00万元"] == "derived"
    assert status("年中调减演出收入12.00万元，全年预算252.00万元。", TROUPE)["12.00万元"] == "unsupported"


def test_the_projects_adjustment_rate_is_the_wholes_not_a_lines():
    # the whole: (165.6 − 180.0) ÷ 180.0 = -8.00%; 省级补助资金's own: (35.6 − 50.0) ÷ 50.0 = -28.80%
    assert status("项目调整率-8.00%，市级财政资金执行率97.08%。", GEOTHERMAL)["-8.00%"] == "derived"
    assert status("项目调整率-28.80%，市级财政资金执行率97.08%。", GEOTHERMAL)["-28.80%"] == "unsupported"


def test_a_gap_written_below_zero_after_lower_is_a_higher_rate():
    text = ("财政拨款支出193.10万元，执行率96.55%；演出收入支出47.40万元，执行率91.15%，"
            "比财政拨款{}个百分点。")
    assert status(text.format("低5.40"), TROUPE)["5.40个百分点"] == "derived"  # 96.55 − 91.15
    assert status(text.format("高-5.40"), TROUPE)["-5.40个百分点"] == "derived"
    # 低-5.40 says 演出收入 is 5.40 points higher: it is lower
    assert status(text.format("低-5.40"), TROUPE)["-5.40个百分点"] == "unsupported"


def test_a_gap_beyond_a_quoted_bound_is_measured_against_that_bound():
    text = "观众满意度96.4%，超出“≥90%”{}。"
    assert status(text.format("6.4个百分点"), INDICATORS)["6.4个百分点"] == "derived"  # 96.4 − 90
    # 96.4 − last year's 95.1: no gap to the bound it quotes
    assert status(text.format("1.3个百分点"), INDICATORS)["1.3个百分点"] == "unsupported"


SEASON = [
    SourceText(name="京剧团演出资金表.txt", text=(
        "莆田市京剧团 2025年戏曲惠民演出项目资金（单位：万元）\n"
        "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
        "年度资金总额\t240.00\t252.00\t240.50\n")),
    SourceText(name="京剧团演出指标.txt", text=(
        "莆田市京剧团 2025年绩效指标完成情况\n"
        "指标\t年度指标值\t实际完成值\t上年实际\n"
        "惠民演出场次（场）\t≥110\t120\t112\n")),
    SourceText(name="京剧团工作记录.md", text=(
        "# 莆田市京剧团2025年工作记录\n"
        "- 2025-06-30 上半年完成惠民演出50场。\n")),
]


def test_a_per_unit_of_spending_is_over_the_spending_and_of_a_budget_over_the_budget():
    spent = "全年执行240.50万元，惠民演出120场，按实际支出计，每场成本{}。"
    assert status(spent.format("20041.67元"), SEASON)["20041.67元"] == "derived"  # 240.50万元 ÷ 120
    assert status(spent.format("21000.00元"), SEASON)["21000.00元"] == "unsupported"  # the budget's 252.00 ÷ 120
    planned = "全年预算252.00万元，惠民演出120场，按全年预算计，每场成本{}。"
    assert status(planned.format("21000.00元"), SEASON)["21000.00元"] == "derived"
    assert status(planned.format("20041.67元"), SEASON)["20041.67元"] == "unsupported"  # the spending over 120
    assert status("惠民演出120场，场均支出21000.00元。", SEASON)["21000.00元"] == "unsupported"


def test_a_per_unit_never_mixes_the_years_money_with_a_half_years_count():
    # 240.50万元 is the year's spending, 50场 the first half's: no per-unit of either
    text = "惠民演出120场，其中上半年50场，上半年场均支出{}。"
    assert status(text.format("48100.00元"), SEASON)["48100.00元"] == "unsupported"
    assert status("惠民演出120场，其中上半年50场，全年场均支出20041.67元。", SEASON)["20041.67元"] == "derived"


def test_shares_after_respectively_pair_with_the_items_the_sentence_before_told_in_order():
    told = "财政拨款执行193.10万元，演出收入执行47.40万元。二者分别占全年执行的{}。"
    assert status(told.format("80.29%和19.71%"), TROUPE)["19.71%"] == "derived"  # 47.40 ÷ 240.50, the second item's
    swapped = status(told.format("19.71%和80.29%"), TROUPE)
    assert swapped["19.71%"] == "unsupported"
    assert swapped["80.29%"] == "unsupported"  # 193.10's share given to the second item, 演出收入


RATED = [SourceText(name="京剧团资金执行表.txt", text=(
    "莆田市京剧团 2025年戏曲惠民演出项目资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t240.00\t252.00\t240.50\t95.44%\n"
    "其中：财政拨款\t200.00\t200.00\t193.10\t96.55%\n"
    "演出收入\t40.00\t52.00\t47.40\t91.15%\n"))]

TOURS = [SourceText(name="京剧团送戏下乡指标.txt", text=(
    "莆田市京剧团 2025年绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\t上年实际\n"
    "送戏下乡场次（场）\t110\t105\t98\n"))]


def test_a_fraction_word_right_after_a_share_restates_that_share_not_another_rate():
    text = "演出收入支出占项目全部支出的19.71%，{}。"
    assert status(text.format("接近两成"), RATED)["接近两成"] == "derived"  # 47.40 ÷ 240.50
    # 超过九成 fits the lines' 91.15% / 95.44% 执行率, not the share it follows
    assert status(text.format("超过九成"), RATED)["超过九成"] == "unsupported"


def test_exceeding_a_target_the_level_before_it_fell_short_of_is_a_false_claim():
    assert status("全年送戏下乡105场，未完成110场的年度目标。", TOURS)["110场"] == "exact"
    assert status("全年送戏下乡105场，超额完成110场的年度目标。", TOURS)["110场"] == "unsupported"  # 105 < 110


BALANCES = [SourceText(name="京剧团资金结余表.txt", text=(
    "莆田市京剧团 2025年戏曲惠民演出项目资金（单位：万元）\n"
    "资金来源\t全年预算数\t全年执行数\t执行率\t结余\n"
    "年度资金总额\t252.00\t240.50\t95.44%\t11.50\n"
    "其中：财政拨款\t200.00\t193.10\t96.55%\t6.90\n"
    "演出收入\t52.00\t47.40\t91.15%\t4.60\n"))]


def test_a_figure_after_a_comparison_clause_is_of_the_item_its_sentence_is_about():
    # 比财政拨款低…: 财政拨款 is what 演出收入 is compared with; the 结余 after it is still 演出收入's own cell
    text = "财政拨款支出193.10万元，执行率96.55%；演出收入支出47.40万元，执行率91.15%，比财政拨款低5.40个百分点，结余{}。"
    got = {m.text: m for m in check(text.format("4.60万元"), BALANCES).mentions}
    assert got["4.60万元"].status == "exact" and "4.60" in got["4.60万元"].evidence[0].text
    assert status(text.format("6.90万元"), BALANCES)["6.90万元"] == "unsupported"  # 财政拨款's balance, swapped


ISLAND_FUNDS = [SourceText(name="海岛管理站资金表.txt", text=(
    "宁德市海岛管理站 2025年部门资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\t结余\n"
    "年度资金总额\t300.00\t312.00\t298.50\t13.50\n"
    "其中：基本支出\t150.00\t150.00\t148.20\t1.80\n"
    "项目支出\t150.00\t162.00\t150.30\t11.70\n\n"
    "项目支出明细（单位：万元）\n"
    "项目名称\t全年预算数\t全年执行数\n"
    "海岛巡查\t90.00\t86.10\n"
    "界桩维护\t72.00\t64.20\n"
    "合计\t162.00\t150.30\n"))]


def test_a_share_of_all_the_balance_is_over_the_units_whole_not_the_projects():
    text = "界桩维护结余7.80万元，占{}的{}。"
    assert status(text.format("全部结余", "57.78%"), ISLAND_FUNDS)["57.78%"] == "derived"  # 7.80 ÷ 13.50
    assert status(text.format("项目结余", "66.67%"), ISLAND_FUNDS)["66.67%"] == "derived"  # 7.80 ÷ 11.70
    # the share of the projects' balance given to the whole's
    assert status(text.format("全部结余", "66.67%"), ISLAND_FUNDS)["66.67%"] == "unsupported"


def test_a_share_naming_no_column_is_of_the_column_its_sentence_named_before():
    # 大嵛山岛: 巡查 36 of 132 (27.27%), 维护界桩 14 of 100 (14.00%), 管护经费 18,600 of 200,000 (9.30%)
    said = "西洋岛{}占全市{}，大嵛山岛占比不足一成。"
    assert status(said.format("经费", "30.60%"), ISLANDS)["不足一成"] == "derived"  # the 经费 column carried on
    assert status(said.format("巡查", "39.39%"), ISLANDS)["不足一成"] == "unsupported"  # 巡查's is 27.27%


NOTED = [SourceText(name="京剧团资金调整说明.txt", text=(
    "莆田市京剧团 2025年戏曲惠民演出项目资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t240.00\t252.00\t240.50\n"
    "其中：财政拨款\t200.00\t200.00\t193.10\n"
    "演出收入\t40.00\t52.00\t47.40\n"
    "注：演出收入因下乡场次增加，年中追加12.00万元。\n"))]


def test_a_change_with_its_verb_first_is_no_source_change_the_other_way():
    assert status("年中调增演出收入12.00万元。", NOTED)["12.00万元"] in ("exact", "derived")
    # the note's 追加12.00万元 is a raise: 调减 the other way is no figure of it
    assert status("年中调减演出收入12.00万元。", NOTED)["12.00万元"] == "unsupported"


def test_the_full_years_budget_against_its_initial_one_is_the_wholes_change():
    # the whole: (252.00 − 240.00) ÷ 240.00 = 5.00%; 演出收入's own: (52.00 − 40.00) ÷ 40.00 = 30.00%
    text = "年中追加演出收入12.00万元，全年预算较年初调增{}。"
    assert status(text.format("5.00%"), TROUPE)["5.00%"] == "derived"
    assert status(text.format("30.00%"), TROUPE)["30.00%"] == "unsupported"
