"""The words of a derived figure choose its operation and name its operands (issue 10, derivations).

A county rural water-supply project (农村供水保障工程): the self-evaluation form with its funding, its spending
by item and its indicators with last year's values, and the water bureau's work ledger. 占X的 takes the part
over the whole X names; X均 an amount over the count of X; 是X的N倍 this over X; 合计 / 共 a sum of the items
named; 较上年 the same item's earlier figure and never its target; 较目标 the target; 结余 the budget less the
spending; 个百分点 a difference of two rates of one item. Where the named base is not there, the figure is
unsupported — another pair that happens to give the number is no support.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="农村供水保障工程自评表.yaml", data={
    "项目名称": "2023年农村供水保障工程",
    "项目资金": {"单位": "万元", "年初预算数": Decimal("860"), "调整后预算数": Decimal("920"),
                 "全年执行数": Decimal("884.6"),
                 "资金来源": [{"名称": "县级资金", "预算数": Decimal("600"), "执行数": Decimal("571.2")},
                              {"名称": "省级补助", "预算数": Decimal("320"), "执行数": Decimal("313.4")}],
                 "支出明细": [{"名称": "管网改造", "金额": Decimal("512.3")},
                              {"名称": "水质检测", "金额": Decimal("148.5")},
                              {"名称": "设备维护", "金额": Decimal("223.8")}]},
    "绩效指标": [
        {"三级指标": "改造供水管网长度", "年度指标值": "≥40公里", "实际完成值": "46.2公里", "上年完成值": "38.5公里"},
        {"三级指标": "受益农户数", "年度指标值": "≥5000户", "实际完成值": "5620户", "上年完成值": "4870户"},
        {"三级指标": "新建蓄水池数量", "年度指标值": "≥12座", "实际完成值": "15座"},
        {"三级指标": "水质检测合格率", "年度指标值": "≥95%", "实际完成值": "97.8%", "上年完成值": "96.4%"},
        {"三级指标": "群众满意度", "年度指标值": "≥90%", "实际完成值": "93.6%", "上年完成值": "94.1%"}],
})
LEDGER = SourceText(name="水务局工作台账.md", text=(
    "一季度完成管网改造9.4公里；二季度完成管网改造12.2公里。\n"
    "全年抽检农村饮用水水样1260份。\n"
    "培训村级管水员186人次，培训支出5.58万元。\n"
    "带动村集体和社会资本投入1326.9万元。\n"
    "全年发放节水宣传册6800份，入户宣传5620户。\n"))
SOURCES = [FORM, LEDGER]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# ------------------------------------------------------------------ 占X的: the part over the whole X names

def test_a_share_of_the_spending_is_the_item_over_the_years_spending():
    got = status("管网改造支出512.3万元，占全年执行的57.91%。")
    assert got["57.91%"] == "derived"


def test_a_share_on_a_whole_the_words_do_not_name_is_unsupported():
    assert status("管网改造支出512.3万元，占调整后预算的57.91%。")["57.91%"] == "unsupported"


def test_a_second_share_in_the_sentence_keeps_the_whole_the_first_named():
    got = status("管网改造支出512.3万元，占全年执行的57.91%；水质检测148.5万元，占16.79%。")
    assert got["16.79%"] == "derived"


def test_the_other_part_of_a_whole_of_two_takes_the_same_whole():
    got = status("资金来源中，省级补助320万元，占调整后预算的34.78%；县级资金600万元，占65.22%。")
    assert got["34.78%"] == "derived"
    assert got["65.22%"] == "derived"


def test_a_share_of_a_sum_the_text_computed_takes_that_sum_as_its_part():
    got = status("管网改造和水质检测两项合计660.8万元，占全年执行的74.7%。")
    assert got["660.8万元"] == "derived"
    assert got["74.7%"] == "derived"


# ------------------------------------------------------------------ X均: an amount over the count of X

def test_an_average_per_household_is_the_spending_over_the_households():
    assert status("全年执行884.6万元，受益农户5620户，户均投入1574元。")["1574元"] == "derived"


def test_an_average_cost_per_person_takes_the_amount_and_count_of_one_record():
    assert status("培训村级管水员186人次，人均培训成本300元。")["300元"] == "derived"
    assert status("培训村级管水员186人次，人均培训成本320元。")["320元"] == "unsupported"


# ------------------------------------------------------------------ 是X的N倍, 完成目标的N%, 合计

def test_a_multiple_is_this_figure_over_the_base_named():
    assert status("带动社会资本投入1326.9万元，是县级资金执行数的2.32倍。")["2.32倍"] == "derived"


def test_a_completion_of_the_target_is_the_result_over_the_target():
    assert status("改造供水管网46.2公里，完成目标的115.5%。")["115.5%"] == "derived"


def test_a_half_year_total_is_the_sum_of_the_quarters_the_ledger_names():
    assert status("上半年合计完成管网改造21.6公里。")["21.6公里"] == "derived"
    assert status("上半年合计完成管网改造23.6公里。")["23.6公里"] == "unsupported"


# ------------------------------------------------------------------ 较上年 / 较目标: the base is the one named

def test_growth_on_last_year_takes_last_years_figure_of_the_same_item():
    got = status("受益农户5620户，较上年增加750户，增长15.4%。")
    assert got["750户"] == "derived"
    assert got["15.4%"] == "derived"


def test_growth_on_last_year_is_never_computed_on_the_target():
    got = status("受益农户5620户，较上年增加620户，增长12.4%。")  # 5620 − 5000 and ÷ 5000: the target's
    assert got["620户"] == "unsupported"
    assert got["12.4%"] == "unsupported"


def test_growth_on_last_year_without_last_years_figure_is_unsupported():
    assert status("新建蓄水池15座，较上年增长25%。")["25%"] == "unsupported"  # (15 − 12) ÷ 12: the target


def test_a_growth_on_a_base_the_text_states_takes_that_base():
    got = status("受益农户5620户，较上年的4870户增加750户，增长15.4%。")
    assert got["750户"] == "derived"
    assert got["15.4%"] == "derived"


def test_a_difference_in_points_on_last_year_is_of_last_years_rate():
    got = status("水质检测合格率97.8%，较上年提高1.4个百分点。")
    assert got["1.4个百分点"] == "derived"
    assert status("水质检测合格率97.8%，较上年提高2.8个百分点。")["2.8个百分点"] == "unsupported"  # on the target


def test_the_direction_word_must_agree_with_the_sign():
    assert status("群众满意度93.6%，较上年下降0.5个百分点。")["0.5个百分点"] == "derived"
    assert status("群众满意度93.6%，较上年提高0.5个百分点。")["0.5个百分点"] == "unsupported"


def test_a_figure_above_its_target_is_compared_with_the_target():
    got = status("改造供水管网46.2公里，较目标多6.2公里，超出目标15.5%。")
    assert got["6.2公里"] == "derived"
    assert got["15.5%"] == "derived"


def test_a_balance_is_the_budget_less_the_spending():
    assert status("调整后预算920万元，全年执行884.6万元，结余35.4万元。")["35.4万元"] == "derived"
    assert status("调整后预算较年初增加60万元。")["60万元"] == "derived"


# ------------------------------------------------------------------ a rate relates figures of one unit family

def test_a_rate_of_two_counts_of_different_things_is_no_rate():
    # 5620户 ÷ 6800份: households over leaflets is no 入户率 anyone computes
    assert status("全年发放节水宣传册6800份，宣传入户率82.65%。")["82.65%"] == "unsupported"


# ------------------------------------------------------------------ fraction words keep their direction

def test_fraction_words_on_a_derived_share_keep_their_side():
    got = lambda words: status(f"管网改造支出占全年执行的{words}。")[words]  # noqa: E731 — 57.91 %
    assert got("近六成") == "derived"
    assert got("超过五成") == "derived"
    assert got("不足六成") == "derived"
    assert got("超过六成") == "unsupported"
    assert got("近五成") == "unsupported"


# ------------------------------------------------------------------ counts of the items the paragraph lists

def test_a_count_of_batches_is_supported_by_the_batches_the_paragraph_names():
    got = status("全年分两批开展水质抽检：第一批抽检630份，第二批抽检630份。")
    assert got["两批"] == "derived"


def test_a_count_of_batches_the_paragraph_does_not_list_is_unsupported():
    got = status("全年分三批开展水质抽检：第一批抽检630份，第二批抽检630份。")
    assert got["三批"] == "unsupported"


# ------------------------------------------------------------------ 合计 / 共 over the items a list names

PLANTS = SourceData(name="水厂运行补助.yaml", data={"水厂运行补助": [
    {"名称": "城北水厂", "补助金额": "36.5万元"}, {"名称": "东溪水厂", "补助金额": "28.7万元"},
    {"名称": "南岭水厂", "补助金额": "19.3万元"}], "上年": {"补助金额": "80.2万元"}})


def test_a_total_over_the_items_of_a_list_is_their_sum():
    got = lambda text: {m.text: m.status for m in check(text, [PLANTS]).mentions}  # noqa: E731
    assert got("三座水厂运行补助金额合计84.5万元。")["84.5万元"] == "derived"  # 36.5 + 28.7 + 19.3
    assert got("三座水厂运行补助金额合计86.5万元。")["86.5万元"] == "unsupported"
    assert got("两座水厂运行补助金额合计84.5万元。")["84.5万元"] == "unsupported"  # the list has three


def test_a_sum_the_text_computed_is_the_base_of_its_next_rate():
    got = {m.text: m.status for m in check("三座水厂运行补助金额合计84.5万元，较上年的80.2万元增长5.36%。", [PLANTS]).mentions}
    assert got["5.36%"] == "derived"  # (84.5 − 80.2) ÷ 80.2


def test_a_share_of_the_full_year_budget_is_not_of_the_initial_budget():
    assert status("省级补助320万元，占年初预算的37.21%。")["37.21%"] == "derived"  # 320 ÷ 860, as the words say
    assert status("省级补助320万元，占全年预算的37.21%。")["37.21%"] == "unsupported"  # 全年预算 is 920


def test_a_figure_of_one_batch_is_not_derived_from_another_batchs_figures():
    batches = SourceText(name="水质抽检记录.md", text="第一批抽检水样630份，合格612份。\n第二批抽检水样630份，合格598份。\n")
    got = lambda text: {m.text: m.status for m in check(text, [batches]).mentions}  # noqa: E731
    assert got("第二批抽检水样630份，合格率94.92%。")["94.92%"] == "derived"  # 598 ÷ 630
    assert got("第二批抽检水样630份，合格率97.14%。")["97.14%"] == "unsupported"  # 612 ÷ 630 is the first batch's


def test_a_fall_on_last_year_is_last_years_figure_less_this_years():
    complaints = SourceData(name="投诉处理.yaml", data={"绩效指标": [
        {"三级指标": "供水投诉办结时间", "年度指标值": "≤30天", "实际完成值": "21天", "上年完成值": "28天"}]})
    got = lambda text: {m.text: m.status for m in check(text, [complaints]).mentions}  # noqa: E731
    assert got("供水投诉办结时间较上年缩短7天。")["7天"] == "derived"  # 28 − 21
    assert got("供水投诉办结时间较上年缩短9天。")["9天"] == "unsupported"  # 30 − 21: the ceiling's


def test_a_completion_of_the_target_after_a_derived_excess_relates_the_same_two_figures():
    got = status("改造供水管网超出目标15.5%，受益农户超出目标620户，完成目标的112.4%。")
    assert got["112.4%"] == "derived"  # 5620 ÷ 5000, the pair of 超出目标620户
    assert status("新建蓄水池超出目标3座，受益农户超出目标620户，完成目标的125%。")["125%"] == "unsupported"


def test_a_total_less_one_of_two_parts_is_no_support_for_a_figure_the_other_part_states():
    aid = SourceText(name="助学台账.md", text="资助困难家庭学生173人，其中大学生128人、高中生45人。\n")
    got = lambda text: {m.text: m.status for m in check(text, [aid]).mentions}  # noqa: E731
    # 128 is the 大学生 count the ledger states; 173 − 45 does not make it the number of students aided
    assert got("全年资助困难家庭学生128人。")["128人"] == "unsupported"
