"""How a figure is derived (issue 10): only between related numbers, and as the words say.

A district commerce bureau's consumption-voucher fund (促消费专项资金): the project form with its funding
parts and indicators, and a work ledger. The words of the text name the operands — 占<whole>的 names the
whole of a share, 笔均 / 平均每家 the count of an average, 较上年 the earlier year's figure, 结余 the budget
that was left — and a derivation on other operands is no support, whatever number it gives.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceText, check

COUPON = SourceData(name="促消费资金自评表.yaml", data={
    "项目名称": "2023年促消费专项资金",
    "项目资金": {"单位": "万元", "年初预算数": Decimal("1400"), "全年预算数": Decimal("1350"),
                 "全年执行数": Decimal("1287.6"),
                 "其中": [{"名称": "区级资金", "全年预算数": Decimal("900"), "全年执行数": Decimal("862.4")},
                          {"名称": "市级补助", "全年预算数": Decimal("450"), "全年执行数": Decimal("425.2")}]},
    "绩效指标": [
        {"三级指标": "核销消费券笔数", "年度指标值": "≥5000笔", "实际完成值": "5360笔"},
        {"三级指标": "参与商户数", "年度指标值": "≥300家", "实际完成值": "318家"},
        {"三级指标": "资金拨付时限", "年度指标值": "≤15个工作日", "实际完成值": "12个工作日"},
        {"三级指标": "商户满意度", "年度指标值": "≥90%", "实际完成值": "93.5%"}],
})
LEDGER = SourceText(name="工作台账.md", text=(
    "全区登记在册限额以上零售商户1024家，其中商超212家、餐饮企业486家。\n"
    "2022年核销消费券4310笔。\n"
    "全年组织促消费活动不少于20场。\n"
    "全区划分重点商圈8个。\n"
    "活动经费支出明细（元）：消费券补贴1,052,000元；宣传推广费186,400元；平台服务费37,600元；合计1,276,000元。\n"
    "开展商户政策培训不少于8场。\n"
    "受理消费券使用投诉362件，按期办结348件。\n"
    "查处违规套取消费券案件26宗，追回资金13.52万元。\n"
    "全年走访检查商户486家次。\n"
    "督促整改不规范商户12家。\n"))
SOURCES = [COUPON, LEDGER]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def formula(text: str, figure: str) -> str:
    return next(m.formula or "" for m in check(text, SOURCES).mentions if m.text == figure)


# ------------------------------------------------------------------ shares: a part and the whole the words name

def test_a_share_of_a_whole_named_after_zhan_is_derived_from_that_whole_anywhere_in_the_sources():
    # 1024 家 is on a ledger line of its own: the words 占全区限额以上零售商户的 name it
    assert status("参与商户318家，占全区限额以上零售商户的31.05%。")["31.05%"] == "derived"
    assert "1024" in formula("参与商户318家，占全区限额以上零售商户的31.05%。", "31.05%")


def test_a_share_computed_on_a_whole_the_words_do_not_name_is_unsupported():
    # 425.2 ÷ 1287.6 (the spending) = 33.02 %, but the words say 全年预算 (1350): 31.5 %
    assert status("市级补助执行425.2万元，占全年预算的33.02%。")["33.02%"] == "unsupported"
    assert status("市级补助执行425.2万元，占全年预算的31.5%。")["31.5%"] == "derived"


def test_a_fraction_word_restating_a_derived_share_is_derived_on_its_side():
    assert status("参与商户318家，占全区限额以上零售商户的31.05%，超过三成。")["超过三成"] == "derived"
    assert status("参与商户318家，占全区限额以上零售商户的31.05%，接近三成。")["接近三成"] == "unsupported"


# ------------------------------------------------------------------ averages: a total over the count the words name

def test_an_average_per_item_of_any_measure_word_is_the_total_over_that_count():
    assert status("全年执行1287.6万元，核销消费券5360笔，笔均2402元。")["2402元"] == "derived"
    assert status("全年执行1287.6万元，核销消费券5360笔，笔均2420元。")["2420元"] == "unsupported"


def test_an_average_per_named_item_divides_by_the_count_of_that_item():
    assert status("全年执行1287.6万元，参与商户318家，平均每家商户4.05万元。")["4.05万元"] == "derived"
    assert status("全年执行1287.6万元，参与商户318家，平均每家商户4.5万元。")["4.5万元"] == "unsupported"


# ------------------------------------------------------------------ the same item in two years

def test_a_change_on_last_year_takes_the_same_item_of_the_earlier_year():
    got = status("核销消费券5360笔，较上年增加1050笔，增长24.36%。")
    assert got["1050笔"] == "derived" and got["24.36%"] == "derived"
    assert status("核销消费券5360笔，较上年增加1500笔。")["1500笔"] == "unsupported"


# ------------------------------------------------------------------ budget words name the pair

def test_a_balance_is_left_of_the_adjusted_budget_not_of_the_initial_one():
    assert status("全年预算1350万元，执行1287.6万元，结余62.4万元。")["62.4万元"] == "derived"
    # 1400 (年初) − 1287.6 = 112.4: a 结余 on the initial budget where the form states the adjusted one
    assert status("全年结余112.4万元。")["112.4万元"] == "unsupported"


def test_an_adjustment_rate_is_on_the_initial_budget():
    assert status("全年预算较年初调减3.57%。")["3.57%"] == "derived"
    assert status("全年预算较年初调减3.7%。")["3.7%"] == "unsupported"


def test_a_completion_rate_is_the_result_over_a_floor_target_and_the_target_over_a_ceiling_result():
    assert status("核销消费券完成率107.2%。")["107.2%"] == "derived"  # 5360 ÷ ≥5000
    assert status("核销消费券完成率93.28%。")["93.28%"] == "unsupported"  # 5000 ÷ 5360: upside down
    assert status("资金拨付时限指标完成率125%。")["125%"] == "derived"  # ≤15 ÷ 12: a ceiling, 反向


# ------------------------------------------------------------------ bounds

def test_a_bound_in_the_sources_is_no_exact_figure():
    assert status("组织促消费活动20场。")["20场"] == "unsupported"  # the ledger says 不少于20场
    flagged = next(m for m in check("组织促消费活动20场。", SOURCES).mentions if m.text == "20场")
    assert "不少于20场" in flagged.evidence[0].text and "bound" in flagged.reason  # the reader sees why
    assert status("组织促消费活动不少于20场。")["20场"] != "unsupported"  # the bound word stays outside the span
    assert status("组织促消费活动20场以上。")["20场"] != "unsupported"


def test_the_whole_is_named_by_its_words_not_by_the_words_every_report_uses():
    # 全部 / 实际 say nothing of which figure is meant: 占全部支出的 names the spending (全年执行数)
    assert status("区级资金支出862.4万元，占全部支出的66.98%。")["66.98%"] == "derived"
    assert status("区级资金支出862.4万元，占实际支出的66.98%。")["66.98%"] == "derived"


def test_parts_of_a_ledger_line_share_its_total():
    # 其中…: the figures after 其中 are parts of the one before it; …；合计: the line's items are its parts
    assert status("餐饮企业486家，占47.46%。")["47.46%"] == "derived"  # 486 ÷ 1024
    assert status("消费券补贴105.2万元，占82.45%。")["82.45%"] == "derived"  # 1052000 ÷ 1276000 (合计)
    assert status("消费券补贴105.2万元，占84.45%。")["84.45%"] == "unsupported"


def test_an_average_per_item_takes_the_total_the_words_after_the_item_name():
    assert status("平均每个商圈核销消费券670笔。")["670笔"] == "derived"  # 5360 ÷ 8
    assert status("平均每个商圈核销消费券760笔。")["760笔"] == "unsupported"


# ------------------------------------------------------------------ comparisons: 比 / 较 / 高于 / 超出 + what is compared

def test_a_difference_from_the_target_takes_the_indicator_the_words_name_and_its_target():
    assert status("参与商户超出目标18家。")["18家"] == "derived"  # 318 − ≥300
    assert status("参与商户超出目标81家。")["81家"] == "unsupported"
    assert status("商户满意度高于目标3.5个百分点。")["3.5个百分点"] == "derived"  # 93.5 − 90


def test_a_difference_between_two_named_items_takes_those_items():
    assert status("区级资金执行比市级补助多437.2万元。")["437.2万元"] == "derived"  # 862.4 − 425.2
    assert status("区级资金执行比市级补助多473.2万元。")["473.2万元"] == "unsupported"


def test_a_total_less_one_of_three_parts_is_no_figure_of_another_part():
    # 1,276,000 − 1,052,000 = 224,000 is what the two other items cost together, not 宣传推广费 (186,400)
    assert status("活动经费合计127.6万元，其中宣传推广费22.4万元。")["22.4万元"] == "unsupported"
    assert status("活动经费合计127.6万元，其中宣传推广费18.64万元。")["18.64万元"] != "unsupported"


def test_the_share_of_what_was_left_is_the_balance_over_the_budget_the_words_name():
    # (1350 − 1287.6) ÷ 1350 = 4.62 %: 结余占全年预算的; not on the initial budget (1400: 8.03 %)
    assert status("全年结余占全年预算的4.62%。")["4.62%"] == "derived"
    assert status("全年结余占全年预算的8.03%。")["8.03%"] == "unsupported"


# ------------------------------------------------------------------ numerals inside the names of source fields

HOTLINE = SourceData(name="便民服务.json", data={
    "12345热线工单": {"受理": 3620, "按时办结": 3581}, "城区15分钟便民生活圈覆盖率": "86%"})


def test_a_number_inside_a_source_fields_name_is_that_name():
    got = {m.text: m.status for m in check("12345热线工单受理3620件；城区15分钟便民生活圈覆盖率86%。", [HOTLINE]).mentions}
    assert got == {"12345": "ignored", "3620件": "exact", "15分钟": "exact", "86%": "exact"}
    other = {m.text: m.status for m in check("96333热线工单受理3620件；城区10分钟便民生活圈覆盖率86%。", [HOTLINE]).mentions}
    assert other["96333"] == "unsupported" and other["10分钟"] == "unsupported"


def test_two_bounds_are_no_operands_of_a_difference():
    # 不少于20场 − 不少于8场: two targets, no figure of what was done
    assert status("促消费活动比商户政策培训多12场。")["12场"] == "unsupported"


def test_what_was_not_done_is_the_total_less_what_was_done():
    assert status("消费券使用投诉未按期办结14件。")["14件"] == "derived"  # 362 − 348
    assert status("消费券使用投诉未按期办结41件。")["41件"] == "unsupported"


def test_an_average_per_measure_word_takes_the_count_of_its_totals_record():
    # 宗均: 135,200 元 over the 26宗 of the same ledger line
    assert status("追回资金宗均5200元。")["5200元"] == "derived"
    assert status("追回资金宗均5800元。")["5800元"] == "unsupported"


# ------------------------------------------------------------------ times as values

def test_a_deadline_is_no_month_of_completion():
    goals = SourceText(name="年度目标.md", text="年度目标：11月前完成消费券兑付，全年核销不少于5000笔。\n")
    got = lambda text: {m.text: m.status for m in check(text, [goals]).mentions}  # noqa: E731
    assert got("消费券兑付于11月完成。") == {"11月": "unsupported"}
    assert got("消费券兑付按计划于11月前完成。") == {"11月前": "exact"}  # the deadline keeps its 前


def test_a_month_the_log_dates_is_no_completion_month_where_the_form_states_another():
    form = SourceData(name="自评表.yaml", data={"绩效指标": [
        {"三级指标": "消费券兑付完成时间", "年度指标值": "11月前", "实际完成值": "10月"}]})
    log = SourceText(name="工作日志.md", text="## 2023-11-06\n召开消费券兑付工作总结会，通报兑付进度。\n")
    got = lambda text: {m.text: m.status for m in check(text, [form, log]).mentions}  # noqa: E731
    assert got("消费券兑付于10月完成。") == {"10月": "exact"}
    assert got("消费券兑付于11月完成。") == {"11月": "unsupported"}


def test_a_deadline_the_text_states_as_a_deadline_is_the_targets_month_though_the_result_was_late():
    # a public-institution energy-saving retrofit: 验收 due 11月底前, done 12月中旬 (found writing a new unit's form;
    # the offline draft, quoting both, failed its own check on 11月)
    form = SourceData(name="自评表.yaml", data={"绩效指标": [
        {"三级指标": "改造验收完成时间", "年度指标值": "11月底前", "实际完成值": "12月中旬"}]})
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got("“改造验收完成时间”目标为“11月底前”，完成情况为“12月中旬”。") == {"11月底前": "exact", "12月中旬": "exact"}
    assert got("改造验收于11月完成。") == {"11月": "unsupported"}  # the result month is 12月


def test_an_unsigned_adjustment_rate_carries_the_sign_of_its_budgets():
    # the form prints 预算调整率 3.57 without a sign; 1400 → 1350 is a cut
    form = SourceData(name="部门整体自评表.yaml", data={"部门资金情况": {
        "单位": "万元", "年初预算": Decimal("1400"), "调整预算": Decimal("1350"), "预算调整率": Decimal("3.57")}})
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got("全年预算调减3.57%。") == {"3.57%": "exact"}
    assert got("全年预算调增3.57%。") == {"3.57%": "unsupported"}



def test_a_share_may_relate_counts_of_things_its_words_name():
    assert status("督促整改12家，占走访检查商户的2.47%。")["2.47%"] == "derived"  # 12家 of 486家次
    assert status("督促整改12家，占走访检查商户的2.74%。")["2.74%"] == "unsupported"


def test_a_rate_is_of_the_figures_its_words_name():
    # 348 ÷ 362 is the rate of complaints settled on time, no 签约率 of shops
    assert status("受理投诉362件，按期办结348件，按期办结率96.13%。")["96.13%"] == "derived"
    assert status("受理投诉362件，按期办结348件；全年商户签约率96.13%。")["96.13%"] == "unsupported"


def test_a_score_over_its_weight_is_a_score_rate_not_the_indicators_value():
    scored = SourceData(name="评分表.yaml", data={"绩效指标": [
        {"三级指标": "商户满意度", "年度指标值": "≥90%", "实际完成值": "93.5%", "分值": 10, "得分": 10}]})
    got = lambda text: {m.text: m.status for m in check(text, [scored]).mentions}  # noqa: E731
    # 10 ÷ 10 = 100 % is the score over its weight, not the survey
    assert got("商户满意度93.5%，指标得分10分；满意度超过96%。")["超过96%"] == "unsupported"
    assert got("商户满意度指标得分10分，得分率100%。")["100%"] == "derived"


def test_a_multiple_of_a_named_base_is_the_figure_over_that_base():
    # 是…的N倍 / 相当于…的N%: the base is what the words after 是 name, anywhere in the sources
    assert status("全区限额以上零售商户1024家，是参与商户的3.22倍。")["3.22倍"] == "derived"  # 1024 ÷ 318
    assert status("全区限额以上零售商户1024家，是参与商户的3.32倍。")["3.32倍"] == "unsupported"


def test_a_total_of_two_named_items_is_their_sum():
    assert status("商超和餐饮企业共698家。")["698家"] == "derived"  # 212 + 486, on the ledger line
    assert status("商超和餐饮企业共689家。")["689家"] == "unsupported"


def test_a_named_rate_may_relate_counts_of_different_things_when_its_words_name_the_numerator():
    fair = SourceText(name="招聘会台账.md", text="举办消费季专场招聘会6场，提供岗位3.6万个，达成就业意向4127人。\n")
    got = lambda text: {m.text: m.status for m in check(text, [fair]).mentions}  # noqa: E731
    assert got("提供岗位3.6万个，达成就业意向4127人，意向达成率11.46%。")["11.46%"] == "derived"  # 4127人 ÷ 36000个
    assert got("提供岗位3.6万个，达成就业意向4127人，岗位匹配率11.46%。")["11.46%"] == "unsupported"


def test_a_deadline_met_early_is_ahead_by_the_months_between_its_target_and_its_result():
    form = SourceData(name="自评表.yaml", data={"绩效指标": [
        {"三级指标": "消费券兑付完成时间", "年度指标值": "11月前", "实际完成值": "9月"}]})
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got("消费券兑付较计划提前2个月完成。") == {"2个月": "derived"}
    assert got("消费券兑付较计划提前3个月完成。") == {"3个月": "unsupported"}
    assert got("消费券兑付较计划推迟2个月完成。") == {"2个月": "unsupported"}  # early, not late


def test_a_rise_is_never_a_fall_read_the_other_way():
    # (312 − 386) ÷ 386 = −19.17 %: no 增长19.17%, whichever year the columns are
    cases = SourceData(name="业务数据.yaml", data={"指标": {"调解案件": {"2022": 312, "2023": 386, "单位": "件"}}})
    got = lambda text: {m.text: m.status for m in check(text, [cases]).mentions}  # noqa: E731
    assert got("调解案件386件，增长23.72%。")["23.72%"] == "derived"
    assert got("调解案件386件，增长19.17%。")["19.17%"] == "unsupported"


def test_what_is_not_of_a_kind_is_the_total_less_that_kind():
    # 全区商户1024家 of which 商超212家 (the same ledger line): 非商超 812家
    assert status("全区限额以上零售商户中非商超商户812家。")["812家"] == "derived"
    assert status("全区限额以上零售商户中非商超商户821家。")["821家"] == "unsupported"


def test_a_result_under_its_ceiling_is_short_of_it_by_the_difference():
    # ≤15个工作日, done in 12: 比时限缩短3个工作日 (target − result)
    assert status("资金拨付比时限缩短3个工作日。")["3个工作日"] == "derived"
    assert status("资金拨付比时限缩短5个工作日。")["5个工作日"] == "unsupported"
