"""A figure is supported only by the same fact (issue 10, point 1 and 2): the record its words name, not another
record that happens to hold the value or give it by one step. A part's figure is not the whole's (a 其中 row's
execution rate stated as the project's), nor the whole's a part's; one listed project's rate is not its sibling's;
the growth of one indicator is not another's; a word restating the figure before it must fit that figure; a
minus sign must agree with the source's direction. And the other way round: figures paired with items by 分别,
the compared-with item of 比X增长, and a target the sentence quotes itself do not make a correct figure a
rival's."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a 其中 row's figure is not the whole project's -----------------------------------------------------------
# A county library's reading-promotion project: the fund table states the total and, under 其中, the current
# year's appropriation; each row with its own execution rate.
LIBRARY = SourceText(name="阅读推广自评表.md", text=(
    "# 全民阅读推广项目支出绩效自评表（2024年度）\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 64.00 | 70.00 | 66.15 | 94.50% |\n"
    "| 其中：当年财政拨款 | 64.00 | 64.00 | 61.25 | 95.70% |\n"
    "| 上年结转资金 | 0.00 | 6.00 | 4.90 | 81.67% |\n"))


def test_the_rate_of_a_part_row_stated_as_the_projects_is_unsupported():
    got = verdicts("阅读推广项目全年执行66.15万元，项目执行率95.70%。", LIBRARY)
    assert got["95.70%"] == "unsupported", got


def test_the_rate_of_the_whole_row_stated_as_the_projects_is_exact():
    got = verdicts("阅读推广项目全年执行66.15万元，项目执行率94.50%。", LIBRARY)
    assert got == {"66.15万元": "exact", "94.50%": "exact"}, got


def test_the_rate_of_a_part_row_named_as_that_part_is_exact():
    got = verdicts("其中当年财政拨款执行61.25万元，执行率95.70%。", LIBRARY)
    assert got == {"61.25万元": "exact", "95.70%": "exact"}, got


# -- 2. the whole's derivation is not a part's, a part's not the whole's -------------------------------------------
# A township's elderly-care subsidy fund: the levels that fund it and the total, as a data file.
ELDERLY = SourceData(name="养老服务补助资金.json", data={
    "单位": "某镇社会事务办",
    "金额单位": "万元",
    "资金": {"2024": {"市级下达": 120.00, "县级配套": 40.00, "合计": 160.00, "已支付": 150.00}},
})


def test_the_wholes_execution_rate_given_to_one_funding_line_is_unsupported():
    got = verdicts("全年支付150.00万元，其中市级下达资金执行率93.75%。", ELDERLY)
    assert got["93.75%"] == "unsupported", got


def test_the_wholes_execution_rate_stated_for_the_whole_is_derived():
    got = verdicts("全年支付150.00万元，执行率93.75%。", ELDERLY)
    assert got["93.75%"] == "derived", got


def test_a_funding_lines_share_of_the_whole_is_still_derived():
    got = verdicts("安排补助资金160.00万元，其中市级下达120.00万元，占75.00%。", ELDERLY)
    assert got["75.00%"] == "derived", got


# A district's sports bureau: the department's funds and, under 其中, basic and project spending.
SPORTS = SourceData(name="部门整体支出.yaml", data={
    "部门名称": "某区文化体育局",
    "部门资金情况": {
        "单位": "万元", "年初预算": 520.00, "调整预算": 548.00, "实际支出": 536.20,
        "其中": [
            {"名称": "基本支出", "年初预算": 330.00, "调整预算": 332.00, "实际支出": 331.60},
            {"名称": "项目支出", "年初预算": 190.00, "调整预算": 216.00, "实际支出": 204.60},
        ],
    },
})


def test_a_parts_balance_stated_as_the_years_balance_is_unsupported():
    got = verdicts("全年结余11.40万元，体育场馆免费开放全年无休。", SPORTS)
    assert got["11.40万元"] == "unsupported", got


def test_a_parts_balance_stated_for_that_part_is_derived():
    got = verdicts("项目支出204.60万元，结余11.40万元。", SPORTS)
    assert got["11.40万元"] == "derived", got


def test_the_wholes_balance_stated_as_the_years_balance_is_derived():
    got = verdicts("全年结余11.80万元。", SPORTS)
    assert got["11.80万元"] == "derived", got


# -- 3. one listed project's derivation is not its sibling's -------------------------------------------------------
# A county health commission's key projects, each with its budget and spending.
HEALTH = SourceData(name="卫健项目.yaml", data={
    "部门名称": "某县卫生健康局",
    "重点项目": [
        {"项目名称": "家庭医生签约服务经费", "全年预算数": 86.00, "执行数": 83.85},
        {"项目名称": "基层医疗设备购置经费", "全年预算数": 150.00, "执行数": 126.00},
    ],
})


def test_one_projects_execution_rate_given_to_its_sibling_is_unsupported():
    got = verdicts("基层医疗设备购置经费执行126.00万元。家庭医生签约服务经费执行率84.00%。", HEALTH)
    assert got["84.00%"] == "unsupported", got


def test_each_projects_execution_rate_under_its_own_name_is_derived():
    got = verdicts("家庭医生签约服务经费执行率97.50%，基层医疗设备购置经费执行率84.00%。", HEALTH)
    assert got == {"97.50%": "derived", "84.00%": "derived"}, got


def test_one_projects_balance_given_to_its_sibling_is_unsupported():
    got = verdicts("家庭医生签约服务经费执行83.85万元。基层医疗设备购置经费结余2.15万元。", HEALTH)
    assert got["2.15万元"] == "unsupported", got


# -- 4. the growth of one indicator is not another's ----------------------------------------------------------------
# A county centre for disease control: indicators with this year's and last year's results.
CDC = SourceText(name="疾控自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- |\n"
    "| 儿童免疫规划疫苗接种剂次 | ≥30000剂次 | 32760剂次 | 30240剂次 |\n"
    "| 成人流感疫苗接种人数 | ≥8000人 | 9450人 | 7560人 |\n"))


def test_the_growth_of_another_indicator_after_a_figure_is_unsupported():
    got = verdicts("全年接种儿童免疫规划疫苗32760剂次，比上年增长25.00%。", CDC)
    assert got["32760剂次"] == "exact" and got["25.00%"] == "unsupported", got


def test_the_growth_of_an_indicator_the_paragraph_cites_given_to_the_figure_before_it_is_unsupported():
    got = verdicts("儿童免疫规划疫苗接种32760剂次，全年接种成人流感疫苗9450人，比上年增长8.33%。", CDC)
    assert got["9450人"] == "exact" and got["8.33%"] == "unsupported", got


def test_the_growth_of_the_figure_just_stated_is_derived():
    got = verdicts("全年接种儿童免疫规划疫苗32760剂次，比上年增长8.33%；成人流感疫苗接种9450人，比上年增长25.00%。", CDC)
    assert got["8.33%"] == "derived" and got["25.00%"] == "derived", got


# -- 5. a word that restates the figure before it must fit it -------------------------------------------------------
PARK = SourceData(name="公园管养.yaml", data={
    "项目名称": "城市公园管养经费",
    "资金": {"金额单位": "万元", "年初预算数": 80.00, "全年预算数": 100.00, "执行数": 90.60},
    "执行率": "90.60%",
})


def test_a_fraction_word_after_a_rate_that_it_does_not_fit_is_unsupported():
    got = verdicts("管养经费执行率仅90.60%，不足九成。", PARK)
    assert got["90.60%"] == "exact" and got["不足九成"] == "unsupported", got


def test_a_fraction_word_after_a_rate_that_it_fits_is_supported():
    got = verdicts("管养经费执行率90.60%，超过九成。", PARK)
    assert got["超过九成"] in SUPPORTED, got


# -- 6. a minus sign must agree with the source's direction -------------------------------------------------------
# A town water-supply station's department budget: adjusted upwards during the year.
WATER = SourceData(name="部门资金.yaml", data={
    "部门名称": "某镇供水站",
    "部门资金情况": {"单位": "万元", "年初预算": 300.00, "调整预算": 318.00, "实际支出": 309.60,
                     "预算调整率": 6.00},
})


def test_a_negative_rate_where_the_source_states_an_increase_is_unsupported():
    got = verdicts("预算调整率-6.00%，主要是管网维修追加资金。", WATER)
    assert got["-6.00%"] == "unsupported", got


def test_the_rate_as_the_source_states_it_is_exact():
    got = verdicts("预算调整率6.00%，主要是管网维修追加资金。", WATER)
    assert got["6.00%"] == "exact", got


# -- 7. 分别 pairs the items with the figures in order ---------------------------------------------------------------
# A city hospital's quarterly outpatient figures.
QUARTERS = SourceText(name="分季度门诊统计.txt", text=(
    "某市中心医院2024年分季度门诊统计\n"
    "季度\t门诊人次\t医疗收入（万元）\n"
    "一季度\t86420\t5210.36\n"
    "二季度\t91280\t5532.18\n"
    "三季度\t88760\t5406.92\n"
    "四季度\t95140\t5788.45\n"))


def test_figures_paired_with_their_quarters_by_fenbie_are_exact():
    got = verdicts("二季度、三季度医疗收入分别为5532.18万元和5406.92万元。", QUARTERS)
    assert got == {"5532.18万元": "exact", "5406.92万元": "exact"}, got


def test_figures_paired_with_the_wrong_quarters_by_fenbie_are_unsupported():
    got = verdicts("二季度、三季度医疗收入分别为5406.92万元和5532.18万元。", QUARTERS)
    assert got == {"5406.92万元": "unsupported", "5532.18万元": "unsupported"}, got


# -- 8. the item a change is compared with is not the subject -----------------------------------------------------
def test_the_figure_after_a_comparison_with_another_quarter_is_the_subjects():
    got = verdicts("四季度门诊95140人次，比一季度增长10.09%，医疗收入5788.45万元。", QUARTERS)
    assert got["5788.45万元"] == "exact", got


# -- 9. a target the sentence quotes is no rival of the result ----------------------------------------------------
# A district's blood-donation promotion: the log states the plan, the form the indicator.
DONATION_LOG = SourceText(name="工作日志.md", text=(
    "1月8日：召开年度工作会，明确全年街头采血18000人次。\n"))
DONATION_FORM = SourceText(name="自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 街头采血人次 | ≥18000人次 | 19260人次 |\n"))


def test_a_result_stated_with_its_target_in_the_same_sentence_is_exact():
    got = verdicts("全年街头采血19260人次，完成年度目标18000人次的107.00%。", DONATION_LOG, DONATION_FORM)
    assert got["19260人次"] == "exact", got


# -- 10. a neighbouring cell the words name instead -----------------------------------------------------------------
# A district's citizen-hotline centre: the ledger by quarter (a space-aligned text table with its total row) and the
# indicator table of the form.
HOTLINE_LEDGER = SourceText(name="工单台账.txt", text=(
    "某区12345热线2024年工单台账（分季度）      单位：件\n\n"
    "季度      受理件数    办结件数    回访件数\n"
    "一季度       3,214       3,180       2,905\n"
    "二季度       3,562       3,541       3,210\n"
    "三季度       3,980       3,952       3,618\n"
    "四季度       3,105       3,098       2,877\n"
    "合计        13,861      13,771      12,610\n"))
HOTLINE_FORM = SourceText(name="热线自评表.md", text=(
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 受理群众诉求工单 | ≥12000件 | 13861件 | 12408件 |\n"
    "| 产出指标 | 数量指标 | 办结数 | — | 13771件 | 12296件 |\n"))


def test_the_next_columns_total_given_to_this_columns_words_is_unsupported():
    got = verdicts("全年办结13861件。", HOTLINE_LEDGER)
    assert got["13861件"] == "unsupported", got


def test_each_columns_total_under_its_own_words_is_exact():
    got = verdicts("全年受理13861件，办结13771件。", HOTLINE_LEDGER)
    assert got == {"13861件": "exact", "13771件": "exact"}, got


def test_another_rows_result_given_to_this_rows_words_is_unsupported():
    got = verdicts("全年受理群众诉求12408件，办结13861件。", HOTLINE_FORM)
    assert got["13861件"] == "unsupported", got


# -- 11. a change on last year is no level the words never name ------------------------------------------------------
# A town's sanitation station: the indicators state levels; the log states one change on last year.
SANITATION = SourceText(name="环卫自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 环卫车辆节油率 | ≥5% | 8.6% |\n"
    "| 垃圾分类投放准确率 | ≥85% | 91.2% |\n"))
SANITATION_LOG = SourceText(name="工作记录.md", text="12月：全年生活垃圾清运量同比下降3.4%，转运站改造完成。\n")


def test_a_change_on_last_year_matching_a_level_of_another_indicator_is_unsupported():
    got = verdicts("环卫车辆燃油费48.20万元，比上年减少8.6%。", SANITATION)
    assert got["8.6%"] == "unsupported", got


def test_a_change_the_source_states_as_a_change_is_exact():
    got = verdicts("全年生活垃圾清运量比上年下降3.4%。", SANITATION, SANITATION_LOG)
    assert got["3.4%"] == "exact", got


def test_a_level_stated_as_a_level_is_exact():
    got = verdicts("环卫车辆节油率8.6%，垃圾分类投放准确率91.2%。", SANITATION)
    assert got == {"8.6%": "exact", "91.2%": "exact"}, got


# -- 12. 超过X的目标 quotes the target ----------------------------------------------------------------------------------
# A county fire brigade's publicity indicators.
FIRE = SourceData(name="消防宣传.yaml", data={
    "单位": "某县消防救援大队",
    "绩效指标": [
        {"三级指标": "消防安全培训场次", "年度指标值": "≥6场", "实际完成值": "9场"},
        {"三级指标": "培训人次", "年度指标值": "≥600人次", "实际完成值": "812人次"},
    ],
})


def test_the_target_quoted_after_a_verb_of_exceeding_is_the_target():
    got = verdicts("开展消防安全培训9场，超过6场的目标。", FIRE)
    assert got["9场"] == "exact" and got["6场"] in SUPPORTED, got  # the verb stays outside the span


def test_a_target_the_sources_do_not_state_quoted_after_exceeding_is_unsupported():
    got = verdicts("开展消防安全培训9场，超过8场的目标。", FIRE)
    assert got["8场"] == "unsupported", got


# -- 13. a share's part must be the one the words name ------------------------------------------------------------------
# A town's service hall: quarterly counts with their total.
SERVICE_HALL = SourceText(name="办件统计.txt", text=(
    "某镇便民服务中心 2024年分季度办件统计（单位：件）\n\n"
    "季度\t办件量\t网办件\t投诉\n"
    "一季度\t4,120\t3,280\t3\n"
    "二季度\t4,560\t3,702\t2\n"
    "三季度\t4,980\t4,105\t4\n"
    "四季度\t5,140\t4,436\t1\n"
    "合计\t18,800\t15,523\t10\n"))


def test_one_quarters_share_given_to_words_that_name_no_quarter_is_unsupported():
    got = verdicts("全年投诉10件，容缺受理件占比21.91%。", SERVICE_HALL)
    assert got["21.91%"] == "unsupported", got


def test_a_quarters_share_under_its_name_is_derived():
    got = verdicts("一季度办件4120件，占全年的21.91%。", SERVICE_HALL)
    assert got["21.91%"] == "derived", got


# -- 14. another count of the operands' record named by the clause ------------------------------------------------
# A youth centre's weekend classes: sessions and learners, each with its target.
CLASSES = SourceData(name="周末兴趣班.json", data={
    "单位": "某区青少年活动中心",
    "活动": [{"名称": "周末兴趣班", "班次": 42, "目标班次": 40, "学员人次": 1250, "目标学员人次": 1000}],
})


def test_the_sessions_rate_given_to_the_learners_is_unsupported():
    got = verdicts("周末兴趣班开班42个班次，学员完成目标的105.00%。", CLASSES)
    assert got["105.00%"] == "unsupported", got


def test_each_rate_under_its_own_words_is_derived():
    got = verdicts("周末兴趣班开班42个班次，完成目标的105.00%；学员1250人次，完成目标的125.00%。", CLASSES)
    assert got["105.00%"] == "derived" and got["125.00%"] == "derived", got


# -- 15. a direction word must agree with the source's ------------------------------------------------------------------
# A village-committee service station's funds: a supplementary appropriation during the year (a data file in 元).
STATION = SourceData(name="服务站资金.yaml", data={
    "金额单位": "元", "项目": "村级综合服务站运行",
    "资金": {"年初安排": 960000, "年中追加": 150000, "全年预算": 1110000, "实际支出": 1068400},
})


def test_a_cut_where_the_source_states_a_supplement_is_unsupported():
    got = verdicts("年初安排96万元，年中调减15万元。", STATION)
    assert got["15万元"] == "unsupported", got


def test_a_supplement_stated_as_a_supplement_is_supported():
    got = verdicts("年初安排96万元，年中追加15万元。", STATION)
    assert got["15万元"] in SUPPORTED, got
