"""A figure is supported only by the fact its words name (issue 10, points 1 and 2): every operand of a
derivation, and an exact match, carries what the mention names — the period (一季度 vs 四季度 vs the year), the
comparison base (目标 vs 上年, 年初预算 vs 调整预算), the item (a funding line, a table row), the direction (调增 vs
调减, the sign). A figure of another subject is a rival only when it is a figure of its own (not a quarter's
figure beside the year's, not a number inside a name such as 12345热线). Each rule is pinned both ways: the
wrong figure is unsupported, the right figure of the same sentence stays supported."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def statuses(text: str, *sources: SourceText | SourceData) -> list[str]:
    """In the text's order (a figure stated twice is two mentions)."""
    return [m.status for m in check(text, list(sources)).mentions if m.status != "ignored"]


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. the period the words name: a quarter's figure is of that quarter's row, never another's or the year's ------
# A county food-safety inspection station: its quarterly sampling table.
SAMPLING = SourceText(name="分季度抽检统计.md", text=(
    "# 食品安全抽检分季度统计（2024年）\n\n"
    "| 季度 | 抽检批次 | 不合格批次 | 检查场次 | 培训人次 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 一季度 | 210 | 14 | 9 | 386 |\n"
    "| 二季度 | 260 | 12 | 11 | 470 |\n"
    "| 三季度 | 240 | 9 | 10 | 452 |\n"
    "| 四季度 | 190 | 11 | 8 | 301 |\n"
    "| 合计 | 900 | 46 | 38 | 1609 |\n"))


def test_another_quarters_rate_given_to_the_quarter_the_words_name_is_unsupported():
    got = statuses("一季度抽检210批次，不合格率6.67%，四季度不合格率6.67%。", SAMPLING)
    assert got == ["exact", "derived", "unsupported"], got


def test_each_quarters_rate_from_its_own_row_is_derived():
    got = verdicts("一季度抽检210批次，不合格率6.67%，四季度不合格率5.79%。", SAMPLING)
    assert got == {"210批次": "exact", "6.67%": "derived", "5.79%": "derived"}, got


def test_the_years_average_given_to_a_quarter_is_unsupported():
    got = verdicts("三季度培训452人次，场均45.2人次；一季度场均42.3人次。", SAMPLING)
    assert got["45.2人次"] == "derived" and got["42.3人次"] == "unsupported", got


def test_the_years_average_stated_for_the_year_is_derived():
    got = verdicts("全年开展检查38场，培训1609人次，场均42.3人次。", SAMPLING)
    assert got["42.3人次"] == "derived", got


# A street office's old-housing renovation: the form's indicator (a bare figure) and the work log's entry for one
# quarter, whose words happen to be the text's own.
ESTATES = [
    SourceData(name="微改造项目自评表.yaml", data={
        "项目名称": "老旧小区微改造",
        "绩效指标": [{"三级指标": "老旧小区改造提升", "年度指标值": "≥40个", "实际完成值": 48}],
    }),
    SourceText(name="工作日志.md", text=(
        "- 3月31日：完成一季度项目招标工作。\n"
        "- 6月30日：完成二季度提升小区16个。\n")),
]


def test_the_years_figure_is_exact_beside_a_quarters_entry_in_the_log():
    got = verdicts("全年提升小区48个，惠及居民3200户。", *ESTATES)
    assert got["48个"] == "exact", got


def test_the_years_figure_given_to_the_quarter_the_log_names_is_unsupported():
    got = verdicts("二季度提升小区48个。", *ESTATES)
    assert got["48个"] == "unsupported", got


def test_the_quarters_figure_named_with_its_quarter_is_exact():
    got = verdicts("二季度提升小区16个。", *ESTATES)
    assert got["16个"] == "exact", got


# -- 2. a number inside a name (12345热线) is no figure, so no rival ------------------------------------------------
HOTLINE = [
    SourceData(name="热线项目自评表.yaml", data={
        "项目名称": "政务服务热线运行",
        "绩效指标": [{"指标名称": "接入部门数量", "年度指标值": "≥30个", "实际完成值": "34个", "上年": "31个"}],
    }),
    SourceText(name="工作日志.md", text="- 4月8日：区住建局、区水务局、区城管局接入12345热线平台，统一受理群众诉求。\n"),
]


def test_a_count_is_exact_beside_a_number_that_is_part_of_a_name():
    got = verdicts("接入热线平台统一受理的部门34个，比上年的31个增加3个。", *HOTLINE)
    assert got["34个"] == "exact", got


LEDGER = SourceText(name="热线工单台账.txt", text="全年热线工单受理 4612，按时办结 4580，群众满意率 96.3%。\n")


def test_a_bare_figure_of_another_field_in_a_ledger_line_is_still_a_rival():
    got = verdicts("热线工单按时办结4612件。", LEDGER)
    assert got["4612件"] == "unsupported", got


# -- 3. the direction the words state: 调增 is no source rate of −3.40 % ------------------------------------------
BUDGET = SourceData(name="部门整体支出.yaml", data={
    "部门名称": "某区图书馆",
    "部门资金情况": {"单位": "万元", "年初预算": 860.00, "调整预算": 830.76, "实际支出": 812.40,
                     "预算调整率": -3.40},
})


def test_an_increase_where_the_source_states_a_negative_rate_is_unsupported():
    got = verdicts("调整预算比年初调增3.40%。", BUDGET)
    assert got["3.40%"] == "unsupported", got


def test_a_decrease_of_the_sources_negative_rate_is_supported():
    got = verdicts("调整预算比年初调减3.40%，预算调整率-3.40%。", BUDGET)
    assert got["3.40%"] in SUPPORTED and got["-3.40%"] == "exact", got


# -- 4. the comparison base the words name: 完成目标的 is on the target, 增长 on last year -------------------------
# A vocational training centre's indicator row: target, result and last year's result.
TRAINING = SourceText(name="培训项目自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 | 上年完成值 |\n"
    "| --- | --- | --- | --- |\n"
    "| 学员人均培训学时 | ≥40学时 | 46学时 | 42学时 |\n"
    "| 巡回送教里程 | ≥240公里 | 252.6公里 | 236.5公里 |\n"))


def test_a_completion_rate_of_the_target_computed_on_last_year_is_unsupported():
    got = verdicts("学员人均培训46学时，比上年的42学时增加4学时，完成目标的109.52%。", TRAINING)
    assert got["4学时"] == "derived" and got["109.52%"] == "unsupported", got


def test_a_completion_rate_of_the_target_on_the_target_is_derived():
    got = verdicts("学员人均培训46学时，比上年的42学时增加4学时，完成目标的115.00%。", TRAINING)
    assert got["115.00%"] == "derived", got


def test_a_growth_with_no_base_named_computed_on_the_target_is_unsupported():
    got = verdicts("巡回送教252.6公里，增长5.25%。", TRAINING)
    assert got["252.6公里"] == "exact" and got["5.25%"] == "unsupported", got


def test_a_growth_with_no_base_named_on_last_year_is_derived():
    got = verdicts("巡回送教252.6公里，增长6.81%。", TRAINING)
    assert got["6.81%"] == "derived", got


def test_a_rise_over_the_target_named_as_such_is_derived():
    got = verdicts("巡回送教252.6公里，比目标高5.25%。", TRAINING)
    assert got["5.25%"] == "derived", got


# -- 5. a multiple of what the words name (是全年日均的N倍): the base is that figure, not one of the same day -------
REPAIRS = SourceText(name="抢修工作日志.txt", text=(
    "全年受理供水报修电话73000次，派出抢修车14600车次。\n"
    "8月12日暴雨，当日受理报修电话960次，派出抢修车240车次。\n"))


def test_a_multiple_of_the_daily_average_computed_from_two_figures_of_one_day_is_unsupported():
    got = verdicts("8月12日单日受理960次、派车240车次，单日受理为全年日均的4.0倍。", REPAIRS)
    assert got["960次"] == "exact" and got["4.0倍"] == "unsupported", got


def test_a_multiple_of_the_same_days_figure_named_as_such_is_derived():
    got = verdicts("8月12日单日受理960次、派车240车次，受理量为当日派车的4.0倍。", REPAIRS)
    assert got["4.0倍"] == "derived", got


# -- 6. the item the words name: a funding line's change is not the whole's, one row's growth not another's --------
FUNDS = SourceText(name="学校资金表.md", text=(
    "| 资金来源 | 年初预算 | 全年预算 | 全年执行 | 执行率 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 522.00 | 540.00 | 521.30 | 96.54% |\n"
    "| 财政拨款 | 452.00 | 470.00 | 458.10 | 97.47% |\n"
    "| 事业收入 | 70.00 | 70.00 | 63.20 | 90.29% |\n"))


def test_another_lines_change_given_to_a_funding_line_is_unsupported():
    got = statuses("其中财政拨款全年预算470.00万元，比年初调增18.00万元，执行458.10万元；事业收入全年预算70.00万元，"
                   "比年初调增18.00万元，执行63.20万元。", FUNDS)
    assert got == ["exact", "derived", "exact", "exact", "unsupported", "exact"], got


def test_the_change_of_the_funding_line_and_of_the_whole_named_as_such_are_derived():
    got = statuses("其中财政拨款全年预算470.00万元，比年初调增18.00万元；年度资金总额全年预算540.00万元，比年初调增18.00万元。",
                   FUNDS)
    assert got == ["exact", "derived", "exact", "derived"], got


# A county library's lending by kind, this year and last.
LENDING = SourceText(name="借阅统计.md", text=(
    "| 类别 | 本年 | 上年 |\n"
    "| --- | --- | --- |\n"
    "| 纸质图书外借 | 42360 | 39800 |\n"
    "| 电子资源访问 | 18240 | 16900 |\n"
    "| 合计 | 60600 | 56700 |\n"))


def test_one_rows_growth_given_to_the_next_row_is_unsupported():
    got = statuses("分类看，纸质图书外借42360人次，比上年增长6.43%；电子资源访问18240人次，占30.10%，比上年增长6.43%。",
                   LENDING)
    assert got == ["exact", "derived", "exact", "derived", "unsupported"], got


def test_each_rows_growth_is_derived():
    got = verdicts("分类看，纸质图书外借42360人次，比上年增长6.43%；电子资源访问18240人次，占30.10%，比上年增长7.93%。",
                   LENDING)
    assert set(got.values()) <= set(SUPPORTED) and got["7.93%"] == "derived", got


# -- 7. an average per month is a difference of monthly figures, not of the years' --------------------------------
WATER_TESTS = SourceText(name="水质检测统计.md", text=(
    "| 项目 | 本年 | 上年 |\n"
    "| --- | --- | --- |\n"
    "| 出厂水检测 | 5,208 | 4,860 |\n"
    "| 管网水检测 | 9,420 | 8,592 |\n"
    "| 合计 | 14,628 | 13,452 |\n"))


def test_a_yearly_difference_given_as_a_monthly_one_is_unsupported():
    got = statuses("全年检测水样14628份，比上年的13452份增加1176份，增长8.74%；月均检测1219份，比上年月均多1176份。",
                   WATER_TESTS)
    assert got == ["exact", "exact", "derived", "derived", "derived", "unsupported"], got


def test_the_yearly_difference_stated_for_the_year_is_derived():
    got = verdicts("全年检测水样14628份，比上年多1176份。", WATER_TESTS)
    assert got["1176份"] == "derived", got


# -- 8. a gap to the figure the words quote (比5天的时限快) is on that figure, not on last year's -----------------
PERMITS = SourceData(name="审批服务自评表.yaml", data={
    "项目名称": "工程建设项目审批服务",
    "绩效指标": [{"指标名称": "平均办结时间", "年度指标值": "≤5天", "实际完成值": "3.2天", "上年": "4.4天"}],
})


def test_a_gap_to_last_year_given_as_the_gap_to_the_quoted_limit_is_unsupported():
    got = statuses("平均3.2天办结，比上年的4.4天缩短1.2天，比5天的时限快1.2天。", PERMITS)
    assert got[2] == "derived" and got[-1] == "unsupported", got


def test_the_gap_to_the_quoted_limit_is_derived():
    got = statuses("平均3.2天办结，比上年的4.4天缩短1.2天，比5天的时限快1.8天。", PERMITS)
    assert got[2] == "derived" and got[-1] == "derived", got


# -- 9. a share of the initial budget is no execution rate on the adjusted one -----------------------------------
CANTEEN = SourceText(name="营养餐资金表.md", text=(
    "| 资金 | 年初预算 | 全年预算 | 执行数 | 执行率 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 市级财政资金 | 320.00 | 308.50 | 297.46 | 96.42% |\n"))


def test_the_adjusted_budgets_rate_stated_as_a_share_of_the_initial_budget_is_unsupported():
    got = verdicts("营养餐市级财政资金执行297.46万元，执行数占年初预算的96.42%。", CANTEEN)
    assert got["96.42%"] == "unsupported", got


def test_the_share_of_the_initial_budget_is_derived_and_the_rate_exact():
    got = verdicts("营养餐市级财政资金执行297.46万元，执行率96.42%，执行数占年初预算的92.96%。", CANTEEN)
    assert got["96.42%"] == "exact" and got["92.96%"] == "derived", got


# -- 10. a record named by words that hold 及 or 均 is still one record: its sibling's figures are not its own ------
# A district culture bureau's key projects (及 inside a project's name).
CULTURE = SourceData(name="文化项目.yaml", data={
    "部门名称": "某区文化广电旅游体育局",
    "金额单位": "万元",
    "重点项目": [
        {"项目名称": "非遗保护及传承专项经费", "全年预算数": 120.00, "执行数": 112.50},
        {"项目名称": "非遗展示馆运行经费", "全年预算数": 80.00, "执行数": 71.60},
    ],
})


def test_a_siblings_balance_given_to_a_project_whose_name_holds_ji_is_unsupported():
    got = verdicts("两个重点项目共执行184.10万元，非遗保护及传承专项经费结余8.40万元。", CULTURE)
    assert got["8.40万元"] == "unsupported", got


def test_the_projects_own_balance_is_derived():
    got = verdicts("两个重点项目共执行184.10万元，非遗保护及传承专项经费结余7.50万元。", CULTURE)
    assert got["7.50万元"] == "derived", got


# A county hospital's outpatient figures by department: an average (人均) names one department.
CLINICS = SourceText(name="门诊科室统计.md", text=(
    "| 科室 | 门诊人次 | 药品收入（元） |\n"
    "| --- | --- | --- |\n"
    "| 内科 | 52,400 | 4,192,000 |\n"
    "| 儿科 | 38,600 | 2,316,000 |\n"
    "| 口腔科 | 12,800 | 1,664,000 |\n"))


def test_another_departments_average_given_to_the_department_named_is_unsupported():
    got = verdicts("内科人均药品费用80.00元，口腔科人均药品费用60.00元。", CLINICS)
    assert got == {"80.00元": "derived", "60.00元": "unsupported"}, got


def test_each_departments_own_average_is_derived():
    got = verdicts("内科人均药品费用80.00元，口腔科人均药品费用130.00元。", CLINICS)
    assert got == {"80.00元": "derived", "130.00元": "derived"}, got


# -- 11. a word right after a derived figure restates that figure ------------------------------------------------
LIBRARY_FUNDS = SourceText(name="图书馆资金表.md", text=(
    "| 资金 | 全年预算 | 执行数 |\n"
    "| --- | --- | --- |\n"
    "| 年度资金总额 | 150.00 | 139.20 |\n"
    "| 其中：区级资金 | 48.00 | 46.10 |\n"))


def test_an_approximation_the_derived_figure_before_it_does_not_bear_out_is_unsupported():
    got = statuses("全年执行139.20万元，区级资金执行率96.04%，接近95%。", LIBRARY_FUNDS)
    assert got == ["exact", "derived", "unsupported"], got


def test_an_approximation_the_derived_figure_before_it_bears_out_is_derived():
    got = statuses("全年执行139.20万元，区级资金执行率96.04%，超过95%。", LIBRARY_FUNDS)
    assert got == ["exact", "derived", "derived"], got


# -- 12. a change named for one indicator is not another indicator's, whatever each counts ------------------------
# A county sports centre's indicators: the words name 参与人次, the figures that give the wrong change are 套.
SPORTS_CENTRE = SourceText(name="全民健身自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- |\n"
    "| 全民健身活动参与人次 | ≥50000人次 | 56200人次 | 51800人次 |\n"
    "| 新建健身路径器材 | ≥300套 | 342套 | 320套 |\n"))


def test_another_indicators_change_given_to_the_indicator_named_is_unsupported():
    got = verdicts("新建健身路径器材342套；全民健身活动参与人次比上年增长6.88%。", SPORTS_CENTRE)
    assert got == {"342套": "exact", "6.88%": "unsupported"}, got


def test_the_named_indicators_own_change_is_derived():
    got = verdicts("新建健身路径器材342套，比上年增长6.88%；全民健身活动参与人次比上年增长8.49%。", SPORTS_CENTRE)
    assert got == {"342套": "exact", "6.88%": "derived", "8.49%": "derived"}, got


# -- 13. a relative change is between two levels, never from a gap the sentence stated -------------------------------
def test_a_relative_change_computed_from_a_stated_gap_is_unsupported():
    got = statuses("平均3.2天办结，比5天的时限快1.8天，缩短64.00%。", PERMITS)
    assert got[2] == "derived" and got[-1] == "unsupported", got


def test_the_relative_change_between_the_two_levels_is_derived():
    got = statuses("平均3.2天办结，比5天的时限快1.8天，缩短36.00%。", PERMITS)
    assert got[2] == "derived" and got[-1] == "derived", got


# -- 14. a change right after an approximate figure is the change of the figure that approximation cites ------------
RABIES = SourceText(name="犬只免疫自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 | 上年实际 |\n"
    "| --- | --- | --- | --- |\n"
    "| 犬只狂犬病免疫数量 | ≥11000只 | 11860只 | 10950只 |\n"
    "| 犬只登记数量 | ≥9000只 | 9420只 | 8800只 |\n"))


def test_the_change_of_the_figure_an_approximation_cites_is_derived():
    got = verdicts("全年免疫犬只近11900只，比上年增长8.31%。", RABIES)
    assert got["8.31%"] == "derived", got


def test_another_indicators_change_after_an_approximation_is_unsupported():
    got = verdicts("全年免疫犬只近11900只，比上年增长7.05%。", RABIES)
    assert got["7.05%"] == "unsupported", got
