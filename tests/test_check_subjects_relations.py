"""A figure is supported only by the source fact its words name: the year its clause is of, the compared figures its
words name, the budget a rate is on (issue 10, point 1; CHECKER.md principles 2 and 4).

1. A year word inside a sentence that opened on this year's figures (…，上年完成2980亩，苗木成活率…) qualifies its own
   clause only: the clause after it is this year's again, so last year's column does not support it. A year word
   that opens the sentence (上年完成…，…) frames every clause of it.
2. 比目标和上年的12座: the words compare with two figures of the record the figure before cites, its target and its last
   year; both are of that record, and a last year's figure of another value there means the words are wrong.
3. An execution rate (执行率) of a line whose record states both the 年初 and the adjusted budget is on the adjusted
   one; the spending over the 年初 budget is no execution rate unless the words name 年初."""

from __future__ import annotations


from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a year word qualifies its own clause ------------------------------------------------------------------------
# A state forest farm's indicator table (tab cells, as the loader reads a sheet): target, result, last year.
FOREST = SourceText(name="国有林场项目自评表.txt", text=(
    "项目名称：2024年国有林场森林经营项目\n"
    "三级指标\t年度指标值\t实际完成值\t上年实际\t分值\t得分\n"
    "森林抚育面积\t≥3000亩\t3260亩\t2980亩\t20\t20\n"
    "苗木造林成活率\t≥90%\t93.4%\t91.8%\t20\t20\n"
    "护林员巡护里程\t≥5000公里\t5420公里\t5130公里\t10\t10\n"))


def test_a_year_word_inside_the_sentence_does_not_carry_to_the_next_clause():
    got = verdicts("全年完成森林抚育3260亩，上年完成2980亩，苗木造林成活率91.8%。", FOREST)
    assert got["3260亩"] == "exact" and got["2980亩"] == "exact", got
    assert got["91.8%"] == "unsupported", got  # last year's rate given as this year's


def test_this_years_figure_after_a_year_word_inside_the_sentence_is_supported():
    got = verdicts("全年完成森林抚育3260亩，上年完成2980亩，苗木造林成活率93.4%。", FOREST)
    assert got["93.4%"] == "exact", got


def test_a_year_word_opening_the_sentence_frames_every_clause():
    got = verdicts("上年完成森林抚育2980亩，苗木造林成活率91.8%，护林员巡护5130公里。", FOREST)
    assert got == {"2980亩": "exact", "91.8%": "exact", "5130公里": "exact"}, got


# An old people's home: the stock at the end of last year is a point in time, no frame for the rate after it.
CARE_HOME = SourceData(name="敬老院自评数据.yaml", data={
    "项目名称": "2024年敬老院集中供养项目", "被评价年度": 2024,
    "绩效指标": [
        {"指标": "年末集中供养老人", "目标值": "≥110人", "实际值": "126人", "上年实际": "118人"},
        {"指标": "床位使用率", "目标值": "≥80%", "实际值": "84.0%", "上年实际": "78.7%"},
    ]})


def test_last_year_end_stock_does_not_make_the_rate_after_it_last_years():
    got = verdicts("年末集中供养老人126人，上年末集中供养118人，床位使用率78.7%。", CARE_HOME)
    assert got["126人"] == "exact" and got["118人"] == "exact", got
    assert got["78.7%"] == "unsupported", got
    assert verdicts("年末集中供养老人126人，上年末集中供养118人，床位使用率84.0%。", CARE_HOME)["84.0%"] == "exact"


# -- 2. compared with the target and last year at once -------------------------------------------------------------
def towers(last_year: str) -> SourceData:
    """A forest farm's fire-watch towers: the target is 12, last year's count as given."""
    return SourceData(name="林场防火自评数据.yaml", data={
        "项目名称": "2024年林场森林防火项目", "被评价年度": 2024,
        "绩效指标": [
            {"指标": "新建防火瞭望塔", "目标值": "≥12座", "实际值": "14座", "上年实际": last_year},
            {"指标": "防火隔离带", "目标值": "≥40公里", "实际值": "43.5公里", "上年实际": "12座"},
        ]})


def test_the_figure_both_the_target_and_last_year_equal_is_supported():
    got = verdicts("新建防火瞭望塔14座，比目标和上年的12座多2座。", towers("12座"))
    assert got["14座"] == "exact" and got["12座"] == "exact" and got["2座"] in SUPPORTED, got


def test_a_target_and_last_year_of_another_value_is_unsupported():
    got = verdicts("新建防火瞭望塔14座，比目标和上年的12座多2座。", towers("10座"))
    assert got["12座"] == "unsupported", got


# -- 3. an execution rate is on the adjusted budget ----------------------------------------------------------------
ARCHIVE = SourceText(name="档案馆部门整体支出绩效自评表.md", text=(
    "# 某市档案馆2024年部门整体支出绩效自评表\n\n"
    "金额单位：万元\n\n"
    "| 项目 | 年初预算 | 调整预算 | 决算支出 |\n"
    "| --- | --- | --- | --- |\n"
    "| 合计 | 1260.00 | 1318.40 | 1286.52 |\n"
    "| 基本支出 | 842.30 | 846.10 | 845.02 |\n"
    "| 项目支出 | 417.70 | 472.30 | 441.50 |\n"))


def test_execution_rate_on_the_adjusted_budget_is_derived():
    got = verdicts("项目支出调整预算472.30万元，决算441.50万元，执行率93.48%。", ARCHIVE)
    assert got["93.48%"] == "derived", got


def test_execution_rate_on_the_initial_budget_is_unsupported():
    got = verdicts("项目支出由年初417.70万元调增至472.30万元，项目支出执行率105.70%。", ARCHIVE)
    assert got["105.70%"] == "unsupported", got


def test_spending_as_a_share_of_the_initial_budget_named_by_the_words_is_derived():
    got = verdicts("项目支出决算441.50万元，为年初预算的105.70%。", ARCHIVE)
    assert got["105.70%"] == "derived", got


def test_execution_rate_of_the_final_accounts_on_the_adjusted_budget_is_derived_for_each_line():
    # 决算 is the spending: 基本支出 845.02 ÷ 846.10
    got = verdicts("基本支出调整预算846.10万元，决算845.02万元，执行率99.87%，结余1.08万元。", ARCHIVE)
    assert got["99.87%"] == "derived" and got["1.08万元"] == "derived", got


# -- 4. a total the words give with its parts' field word ------------------------------------------------------------
# An archive's data file: spending by kind (基本支出 / 项目支出, no role word) and each project's 决算数.
ARCHIVE_DATA = SourceData(name="档案馆部门整体绩效数据.json", data={
    "单位": "某市档案馆", "年度": 2024, "金额单位": "万元",
    "按性质": {"基本支出": 845.02, "项目支出": 441.50},
    "项目": [{"名称": "档案数字化加工", "调整后预算": 286.00, "决算数": 268.40},
             {"名称": "馆藏档案修复", "调整后预算": 186.30, "决算数": 173.10}],
})


def test_project_spending_total_stated_as_final_accounts_is_the_kind_total():
    got = verdicts("两个项目调整后预算合计472.30万元，决算441.50万元。", ARCHIVE_DATA)
    assert got["441.50万元"] == "exact", got


def test_the_spending_total_given_as_the_adjusted_budget_is_unsupported():
    got = verdicts("两个项目调整后预算441.50万元。", ARCHIVE_DATA)
    assert got["441.50万元"] == "unsupported", got


# -- 5. next year's plan is no figure of last year ------------------------------------------------------------------
def test_next_years_plan_is_not_supported_by_last_years_column():
    got = verdicts("2025年护林员巡护不少于5130公里。", FOREST)
    assert got["5130公里"] == "unsupported", got
    assert verdicts("上年护林员巡护5130公里。", FOREST) == {"5130公里": "exact"}


# -- 6. a gap to the figure its words quote is a change, no level ----------------------------------------------------
# A seismic station's timeliness indicators: the automatic report's time and its limit, and last year's.
SEISMIC = SourceText(name="地震台项目自评表.txt", text=(
    "项目名称：2024年地震监测台网运维项目\n"
    "三级指标\t年度指标值\t实际完成值\t上年实际\t分值\t得分\n"
    "地震自动速报用时\t≤4分钟\t2分钟\t3分钟\t10\t10\n"
    "台网运行率\t≥98%\t99.3%\t98.8%\t10\t10\n"))


def test_a_gap_to_a_quoted_limit_is_derived_not_the_level_of_equal_value():
    got = [(m.text, m.status) for m in check("地震自动速报平均用时2分钟，比4分钟的时限缩短2分钟。", [SEISMIC]).mentions]
    assert got == [("2分钟", "exact"), ("4分钟", "exact"), ("2分钟", "derived")], got


def test_the_level_itself_is_still_the_sources_figure():
    assert verdicts("地震自动速报平均用时2分钟。", SEISMIC) == {"2分钟": "exact"}


# -- 7. a rate is the rate its words name ----------------------------------------------------------------------------
# The station's budget lines beside its indicators: the operation funds' execution rate and the equipment's
# serviceability rate happen to be equal.
SEISMIC_FUNDS = SourceText(name="地震台资金与指标.md", text=(
    "# 某县地震台2024年项目资金与绩效指标\n\n"
    "金额单位：万元\n\n"
    "| 资金 | 调整预算 | 决算支出 |\n"
    "| --- | --- | --- |\n"
    "| 台网运维经费 | 200.00 | 195.60 |\n"
    "| 宏观观测点补助 | 36.00 | 34.20 |\n\n"
    "| 指标 | 目标值 | 实际值 |\n"
    "| --- | --- | --- |\n"
    "| 观测设备完好率 | ≥95% | 97.8% |\n"
    "| 速报信息发送率 | 100% | 100% |\n"))


def test_an_execution_rate_equal_to_another_indicators_rate_is_derived_from_its_line():
    got = check("台网运维经费调整预算200.00万元，决算195.60万元，执行率97.80%。", [SEISMIC_FUNDS]).mentions
    rate = next(m for m in got if m.text == "97.80%")
    assert rate.status == "derived" and "195.60" in (rate.formula or ""), (rate.status, rate.formula)


def test_the_rate_its_words_name_is_the_sources_figure():
    assert verdicts("观测设备完好率97.8%。", SEISMIC_FUNDS) == {"97.8%": "exact"}
    assert verdicts("设备完好率达97.80%。", SEISMIC_FUNDS) == {"97.80%": "exact"}


def test_a_rate_the_sources_give_under_another_name_only_is_unsupported():
    got = check("宏观观测点巡查率97.8%。", [SEISMIC_FUNDS]).mentions
    assert got[0].status == "unsupported" and got[0].evidence, (got[0].status, got[0].reason)


# -- 8. a month the words give as done is the result, whatever plan names the work --------------------------------
ARCHIVE_FORM = SourceText(name="档案馆项目自评表.txt", text=(
    "项目名称：2024年馆藏档案数字化项目\n"
    "三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "档案数字化加工完成时间\t11月底前\t10月\t10\t10\n"
    "数字化加工档案\t≥12万页\t13.6万页\t20\t20\n"))


def test_the_deadlines_month_stated_as_the_month_done_is_unsupported():
    got = check("档案数字化加工计划已于11月完成。", [ARCHIVE_FORM]).mentions
    assert got[0].status == "unsupported" and any("10月" in e.text for e in got[0].evidence), got[0]


def test_the_deadline_and_the_month_done_are_each_supported():
    assert [m.status for m in check("档案数字化加工计划于11月底前完成，实际于10月完成。", [ARCHIVE_FORM]).mentions] \
        == ["exact", "exact"]
    assert [m.status for m in check("档案数字化加工于10月完成，早于11月底前的时限。", [ARCHIVE_FORM]).mentions] \
        == ["exact", "exact"]
