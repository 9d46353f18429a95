"""The words around a figure in the TEXT pick the role of the fact it must match (issue 10, point 1): a target the
text quotes as the target matches the source's target of the result it states; the old value of 由X提高到Y is the
source's old value, not contradicted by the new one; the role word at the head of the clause outranks the words
of a modifier; a count and its measure word meet a field named for that count (场次, 班次); a bare deadline stated as
the result is not the result; one record's figure given to its sibling's name is a swapped subject. And the
tokeniser keeps a word that holds a function character (在编, 对讲机) whole."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check
from drafter.subjects import tokens


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


SUPPORTED = ("exact", "converted", "rounded", "approximate", "derived")


# -- 1. a target quoted as the target ----------------------------------------------------------------------------
# A community health centre's indicators: each with a target and its result.
CLINIC = SourceData(name="社区卫生服务中心.yaml", data={
    "单位": "某街道社区卫生服务中心",
    "绩效指标": [
        {"名称": "家庭医生上门随访人次", "目标值": "≥1200人次", "实际完成值": "1356人次"},
        {"名称": "65岁以上老年人健康体检人数", "目标值": "≥3000人", "实际完成值": "3218人"},
    ],
})


def test_a_target_quoted_after_its_result_is_the_results_target():
    got = verdicts("家庭医生上门随访1356人次，完成目标1200人次的113%。", CLINIC)
    assert got["1356人次"] == "exact" and got["1200人次"] == "exact", got


def test_a_target_quoted_with_a_value_the_record_does_not_state_is_unsupported():
    got = verdicts("家庭医生上门随访1356人次，完成目标1300人次的104.31%。", CLINIC)
    assert got["1300人次"] == "unsupported", got


def test_the_target_of_another_record_is_no_target_of_this_result():
    got = verdicts("老年人健康体检3218人，超过目标1200人。", CLINIC)
    assert got["1200人"] == "unsupported", got


# A primary school's after-school service: JSON fields named for what they count.
SCHOOL = SourceData(name="课后服务.json", data={
    "单位": "某区实验小学",
    "项目": [
        {"名称": "课后托管服务", "目标班次": 40, "班次": 46, "学生人次": 1840},
        {"名称": "家长学校讲座", "场次": 18, "听众人次": 2160},
    ],
})


def test_a_count_with_a_generic_measure_word_meets_a_field_named_for_the_noun_it_counts():
    got = verdicts("全年开设课后托管46个班次，超过目标40个班次。", SCHOOL)
    assert got == {"46个": "exact", "40个": "exact"}, got


def test_a_count_of_sessions_meets_a_field_named_for_the_sessions():
    assert verdicts("举办家长学校讲座18场，听众2160人次。", SCHOOL) == {"18场": "exact", "2160人次": "exact"}


def test_a_session_count_of_another_value_is_still_unsupported():
    got = verdicts("举办家长学校讲座21场。", SCHOOL)
    assert got["21场"] == "unsupported", got


# -- 2. the old value of 由X提高到Y -------------------------------------------------------------------------------
# A town's sanitation: the log states the raise, the form the current standard.
TOWN_LOG = SourceText(name="工作记录.txt", text=(
    "某镇2023年环卫工作记录\n"
    "7月：村级保洁员补贴由每人每月1200元统一提高到1500元，全镇保洁员64名。\n"))
TOWN_FORM = SourceText(name="自评表.md", text=(
    "| 指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 保洁员补贴标准 | 1,500元/人·月 | 1,500元/人·月 |\n"))


def test_the_old_value_of_a_raise_is_the_sources_old_value():
    got = verdicts("村级保洁员补贴标准由每人每月1200元提高到1500元。", TOWN_LOG, TOWN_FORM)
    assert got == {"1200元": "exact", "1500元": "exact"}, got


def test_an_old_value_the_sources_never_state_is_still_unsupported():
    got = verdicts("村级保洁员补贴标准由每人每月1100元提高到1500元。", TOWN_LOG, TOWN_FORM)
    assert got["1100元"] == "unsupported", got


# -- 3. the head of the clause names the role -------------------------------------------------------------------
# A county hospital's project: the budget record, and a log line on the carried-over funds.
HOSPITAL = SourceData(name="项目资金.yaml", data={
    "项目": "县人民医院急诊能力提升",
    "项目资金": {"金额单位": "万元", "年初预算数": 860.00, "全年预算数": 912.40, "全年执行数": 887.15},
})
HOSPITAL_LOG = SourceText(name="资金记录.txt", text=(
    "县人民医院2023年项目资金记录\n"
    "6月12日：追加上年结转资金38.60万元，另年中追加设备款13.80万元。\n"))


def test_a_budget_named_at_the_head_of_its_clause_is_not_the_modifiers_figure():
    got = verdicts("年中追加上年结转资金后全年预算为912.4万元。", HOSPITAL, HOSPITAL_LOG)
    assert got["912.4万元"] == "exact", got


def test_the_modifiers_figure_stated_as_the_budget_is_unsupported():
    got = verdicts("年中追加上年结转资金后全年预算为38.6万元。", HOSPITAL, HOSPITAL_LOG)
    assert got["38.6万元"] not in SUPPORTED, got


# -- 4. words in a bracket after a count name it -----------------------------------------------------------------
VILLAGES = SourceText(name="验收记录.txt", text=(
    "某镇2023年农村人居环境整治验收记录\n"
    "项目分布：西岭村4个、东岭村3个、南坑村5个。\n"
    "12个项目中11个一次验收合格，1个（东岭村排水沟）整改后复验合格。\n"))


def test_the_words_in_a_bracket_after_a_count_name_what_it_counts():
    got = verdicts("东岭村排水沟1个项目整改后复验合格。", VILLAGES)
    assert got["1个"] == "exact", got


# -- 5. a ledger's total row without its number column ----------------------------------------------------------
TRAINING = SourceText(name="培训经费台账.txt", text=(
    "某县疾控中心  2024年培训经费台账            单位：元\n\n"
    "序号  项目              预算数          支出数\n"
    "1     基层人员培训      320,000.00     301,450.00\n"
    "2     应急演练          280,000.00     262,800.00\n"
    "      合计              600,000.00     564,250.00\n"))


def test_the_total_row_of_a_ledger_keeps_its_columns_without_a_number_cell():
    got = verdicts("2024年培训经费预算60万元，实际支出564,250元。", TRAINING)
    assert got["60万元"] in ("exact", "converted"), got
    assert got["564,250元"] == "exact", got


def test_the_total_rows_spending_is_not_its_budget():
    got = verdicts("2024年培训经费预算56.43万元。", TRAINING)
    assert got["56.43万元"] not in SUPPORTED, got


# -- 6. the rest, in other words --------------------------------------------------------------------------------
CLINICS = SourceText(name="改造记录.txt", text=(
    "某市2023年基层卫生院改造记录\n"
    "11月：全市38家卫生院中31家完成改造，另有7家因资金未到位延至明年。\n"))


def test_the_rest_not_done_is_the_sources_rest_in_other_words():
    got = verdicts("将未完成改造的7家卫生院纳入明年计划。", CLINICS)
    assert got["7家"] == "exact", got


# -- 7. a deadline stated as the result ------------------------------------------------------------------------
REGISTRY = SourceData(name="不动产登记.yaml", data={
    "单位": "某区不动产登记中心",
    "绩效指标": [{"名称": "一般登记办理时限", "年度指标值": "≤5个工作日", "实际完成值": "3.6个工作日"}],
})


def test_a_bare_deadline_among_results_is_not_the_result():
    got = verdicts("全年办理一般登记，一般登记办理时限5个工作日。", REGISTRY)
    assert got["5个工作日"] == "unsupported", got


def test_a_deadline_named_as_the_commitment_is_the_target():
    got = verdicts("一般登记承诺办理时限5个工作日以内，实际平均3.6个工作日。", REGISTRY)
    assert got == {"5个工作日": "exact", "3.6个工作日": "exact"}, got


# -- 8. one record's figure under its sibling's name ------------------------------------------------------------
PLANTING = SourceData(name="植树.json", data={
    "单位": "某街道办事处",
    "植树批次": [
        {"批次": "第一批", "树种": "香樟", "数量（株）": 860},
        {"批次": "第二批", "树种": "银杏", "数量（株）": 540},
    ],
})


def test_each_batch_with_its_own_tree_is_exact():
    got = verdicts("第一批种植香樟860株，第二批种植银杏540株。", PLANTING)
    assert got == {"860株": "exact", "540株": "exact"}, got


def test_a_batchs_figure_given_to_the_other_batchs_tree_is_swapped():
    got = verdicts("第一批种植银杏860株。", PLANTING)
    assert got["860株"] == "unsupported", got


# -- 9. the tokeniser keeps words that hold a function character ---------------------------------------------------
def test_a_word_with_a_function_character_keeps_its_word():
    assert "在编" in tokens("在编人员")
    assert "对讲" in tokens("对讲机采购")
    assert "对口" in tokens("对口帮扶资金")


def test_a_function_character_between_words_still_splits():
    assert "对全" not in tokens("对全区开展检查")
    assert "在全" not in tokens("在全镇推广")


STAFF = SourceText(name="人员情况.md", text=(
    "| 类别 | 人数 |\n| --- | --- |\n| 在编 | 86 |\n| 编外 | 24 |\n"))


def test_a_staff_count_named_by_a_word_with_a_function_character():
    assert verdicts("医院在编人员86人。", STAFF) == {"86人": "exact"}
    assert verdicts("医院在编人员24人。", STAFF)["24人"] == "unsupported"


# -- 10. a row's sequence number is no quantity ---------------------------------------------------------------------
VACCINES = SourceText(name="接种经费台账.txt", text=(
    "某区疾控中心  2024年免疫规划经费台账            单位：元\n\n"
    "序号  项目              预算数          支出数\n"
    "1     儿童预防接种      260,000.00     251,300.00\n"
    "2     冷链设备维护      90,000.00      86,420.00\n"
    "3     冷链运输          40,000.00      38,900.00\n"
    "4     接种宣传          30,000.00      29,650.00\n"))


def test_the_sequence_number_of_a_ledger_row_is_no_figure_of_the_row():
    got = verdicts("冷链运输因车辆检修停运3个月。", VACCINES)
    assert got["3个月"] == "unsupported", got


def test_the_last_sequence_number_counts_the_ledgers_rows():
    assert verdicts("免疫规划经费分4个项目。", VACCINES) == {"4个": "exact"}


# -- 11. a balance is no spending ----------------------------------------------------------------------------------
LIBRARY = SourceData(name="图书馆经费.json", data={
    "单位": "某县图书馆",
    "经费": {"金额单位": "万元", "预算": 120.00, "支出": 112.35},
    "活动": [{"名称": "少儿阅读推广", "支出": 6.80}, {"名称": "古籍修复", "支出": 15.20}],
})


def test_a_balance_is_not_an_items_spending_of_equal_value():
    got = verdicts("全年支出112.35万元，结余15.2万元。", LIBRARY)
    assert got["15.2万元"] == "unsupported", got
    assert verdicts("少儿阅读推广结余6.8万元。", LIBRARY)["6.8万元"] == "unsupported"


def test_the_balance_of_budget_and_spending_is_derived():
    got = verdicts("全年支出112.35万元，结余7.65万元。", LIBRARY)
    assert got["7.65万元"] == "derived", got


# -- 12. a ledger column named for what it counts ------------------------------------------------------------------
ACTIVITIES = SourceText(name="活动台账.txt", text=(
    "某街道文化站  2024年群众文化活动台账\n\n"
    "序号  活动              场次    观众人次\n"
    "1     广场舞展演        12      4,860\n"
    "2     戏曲进社区        9       3,215\n"))


def test_a_ledger_column_named_for_person_visits_counts_visits():
    got = verdicts("广场舞展演12场，观众4,860人次。", ACTIVITIES)
    assert got == {"12场": "exact", "4,860人次": "exact"}, got


def test_person_visits_stated_as_persons_are_unsupported():
    got = verdicts("广场舞展演观众4,860人。", ACTIVITIES)
    assert got["4,860人"] == "unsupported", got


# -- 13. a date's event ends at the next date ------------------------------------------------------------------------
SCHOOL_FORM = SourceText(name="自评表.txt", text=(
    "某镇中心小学2024年项目支出绩效自评表\n"
    "预期目标：6月前完成教室改造招标，8月31日前完成多媒体设备安装。\n"
    "实际完成情况：3月完成教室改造招标，8月25日完成多媒体设备安装。\n"))


def test_a_date_is_not_contradicted_by_an_earlier_date_of_another_event():
    got = verdicts("项目于3月完成教室改造招标；8月25日完成多媒体设备安装，在8月31日前完成。", SCHOOL_FORM)
    assert got["8月25日"] == "exact", got
    assert verdicts("多媒体设备安装于8月20日完成。", SCHOOL_FORM)["8月20日"] == "unsupported"


def test_zai_and_one_character_closing_a_clause_is_a_state_word():
    # 在保 / 在园 are not in jieba's dictionary: 在 and one character right before a figure is no preposition
    assert "在保" in tokens("年末在保") and "在园" in tokens("全镇在园")
    assert "末在" not in tokens("年末在保")


# -- 14. a target's figure stated as done ----------------------------------------------------------------------------
SIGNING = SourceText(name="工作总结.md", text=(
    "# 某社区卫生服务中心2024年工作总结（摘录）\n\n"
    "全年家庭医生签约率达到36.4%，比上年的33.8%有所提高，完成区下达的36%目标。\n"))


def test_a_targets_figure_stated_as_the_result_is_not_the_rounded_result():
    assert verdicts("家庭医生签约率36%。", SIGNING)["36%"] == "unsupported"
    assert verdicts("家庭医生签约率36.4%，完成36%的目标。", SIGNING) == {"36.4%": "exact", "36%": "exact"}
    assert verdicts("家庭医生签约率约36%。", SIGNING)["约36%"] in SUPPORTED


# -- 15. a ledger's title line, written like a row of cells -----------------------------------------------------------
MATERNAL = SourceText(name="孕产妇管理台账.txt", text=(
    "某区妇幼保健院  2024年孕产妇健康管理台账            单位：元、次\n\n"
    "序号  项目          预算数        支出数        服务次数\n"
    "1     产前检查      180,000.00    176,200.00    3,120\n"
    "2     产后访视      90,000.00     88,450.00     1,860\n"
    "      合计          270,000.00    264,650.00    4,980\n"))
MATERNAL_LOG = SourceText(name="工作小结.md", text=(
    "# 某区妇幼保健院2024年工作小结（摘录）\n\n"
    "各社区开展孕产妇健康管理宣传活动36次。\n"))


def test_the_title_of_a_ledger_names_its_total_row():
    got = verdicts("全年开展孕产妇健康管理服务4980次。", MATERNAL, MATERNAL_LOG)
    assert got["4980次"] == "exact", got
