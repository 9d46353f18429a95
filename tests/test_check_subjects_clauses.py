"""Which source fact a figure means when the words around it name a role, a row or a year (issue 10): a figure
stated as spending is never the budget of equal value, an elliptical clause keeps the subject of the clause
before it, a word that names another row of the same table or list is a swapped subject (and no derivation
rescues it), and a figure of another unit or another year is neither support nor a rival."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def evidence(text: str, figure: str, *sources: SourceText | SourceData) -> list[str]:
    report = check(text, list(sources))
    return [e.text for m in report.mentions if m.text == figure for e in m.evidence]


# -- 1. roles conflict ------------------------------------------------------------------------------------------
# A township cultural station's project record: the adjusted budget, the spending, an indicator's target and result.
STATION = SourceData(name="文化站项目.yaml", data={
    "项目": "乡镇综合文化站免费开放",
    "资金": {"单位": "万元", "年初预算": 186.0, "调整预算": 214.6, "实际支出": 203.18, "其中": [
        {"名称": "免费开放补助", "调整预算": 150.0, "实际支出": 146.32},
        {"名称": "流动服务经费", "调整预算": 64.6, "实际支出": 56.86},
    ]},
    "绩效指标": [
        {"名称": "送戏下乡场次", "目标": "40场", "实际": "46场"},
        {"名称": "文化志愿服务人次", "目标": "2600人次", "实际": "2815人次"},
    ],
})


def test_spending_is_not_the_adjusted_budget_of_equal_value():
    got = verdicts("全年实际支出214.6万元，执行率94.68%。", STATION)
    assert got["214.6万元"] == "unsupported", got


def test_each_budget_figure_stated_in_its_own_role_is_exact():
    got = verdicts("年初预算186万元，调整预算214.6万元，全年实际支出203.18万元。", STATION)
    assert got == {"186万元": "exact", "214.6万元": "exact", "203.18万元": "exact"}, got


def test_the_initial_budget_is_not_the_adjusted_one():
    got = verdicts("项目年初预算214.6万元。", STATION)
    assert got["214.6万元"] == "unsupported", got


def test_a_result_stated_as_the_target_is_no_target():
    got = verdicts("送戏下乡年度目标46场。", STATION)
    assert got["46场"] == "unsupported", got
    assert verdicts("送戏下乡年度目标40场，实际完成46场。", STATION) == {"40场": "exact", "46场": "exact"}


# -- 2. the subject carried across clauses ------------------------------------------------------------------------
# A county library's lending ledger by quarter, as a Markdown table.
LENDING = SourceText(name="借阅台账.md", text=(
    "# 县图书馆2023年分季度借阅台账\n\n"
    "| 季度 | 借阅人次 | 新办读者证 |\n| --- | --- | --- |\n"
    "| 一季度 | 12,460人次 | 386张 |\n| 二季度 | 10,215人次 | 412张 |\n"
    "| 三季度 | 13,870人次 | 295张 |\n| 四季度 | 11,032人次 | 338张 |\n"))


def test_an_elliptical_clause_keeps_the_subject_and_its_own_quarter():
    got = verdicts("一季度借阅12460人次，三季度13870人次，为全年最多；四季度新办读者证338张。", LENDING)
    assert got == {"12460人次": "exact", "13870人次": "exact", "338张": "exact"}, got


def test_a_quarter_that_names_another_row_is_a_swapped_subject():
    text = "一季度借阅12460人次，四季度13870人次。"
    assert verdicts(text, LENDING)["13870人次"] == "unsupported"
    assert any("11,032" in e for e in evidence(text, "13870人次", LENDING))


# A neighbourhood's charging-pile project by district, as a whitespace ledger.
PILES = SourceText(name="充电桩台账.txt", text=(
    "2023年居民小区充电桩建设分片台账\n"
    "片区  新建充电桩  覆盖小区  惠及住户\n"
    "城东  48个      12个     1,620户\n"
    "城西  35个      9个      1,184户\n"))


def test_a_district_word_in_the_sentence_names_the_row_of_its_figures():
    got = verdicts("城东片区新建充电桩48个、覆盖小区12个；城西片区新建充电桩35个、覆盖小区9个、惠及1184户。", PILES)
    assert got == {"48个": "exact", "12个": "exact", "35个": "exact", "9个": "exact", "1184户": "exact"}, got


def test_a_figure_of_the_other_district_is_unsupported_with_its_rival():
    text = "城西片区新建充电桩35个、覆盖小区12个、惠及1620户。"
    got = verdicts(text, PILES)
    assert got["12个"] == "unsupported" and got["1620户"] == "unsupported", got
    assert any("1,184" in e for e in evidence(text, "1620户", PILES))


# A county hospital's operations log: this year's count, last year's in brackets, and other counts of 例.
OPERATIONS = SourceText(name="手术记录.txt", text=(
    "2023年眼科工作记录\n2023年完成白内障复明手术57例（2022年为38例），补助标准每例1500元。\n"
    "2023年开展青光眼手术21例，2022年为16例。\n"))


def test_an_elliptical_clause_inherits_the_subject_of_the_clause_with_its_measure_word():
    # the clause between (每例1500元) is about the subsidy: 较上年的38例 is still the count of operations
    got = verdicts("全年完成白内障复明手术57例，按每例1500元发放补助，较上年的38例增加19例。", OPERATIONS)
    assert got == {"57例": "exact", "1500元": "exact", "38例": "exact", "19例": "derived"}, got


def test_an_elliptical_clause_with_another_years_figure_of_another_item_is_unsupported():
    got = verdicts("全年完成白内障复明手术57例，较上年的16例有较大增长。", OPERATIONS)
    assert got["16例"] == "unsupported", got


# A county hospital's screening list: each item named, the same field in each.
SCREENING = SourceData(name="慢病筛查.yaml", data={
    "筛查项目": [
        {"项目": "高血压筛查", "人数": "5120人", "检出": "612人"},
        {"项目": "糖尿病筛查", "人数": "4386人", "检出": "297人"},
    ],
})


def test_a_listed_item_named_in_the_text_is_the_item_of_its_figure():
    got = verdicts("全年完成高血压筛查5120人、糖尿病筛查4386人，其中糖尿病检出297人。", SCREENING)
    assert got == {"5120人": "exact", "4386人": "exact", "297人": "exact"}, got


def test_the_figure_of_another_listed_item_is_a_swapped_subject():
    got = verdicts("全年完成糖尿病筛查5120人。", SCREENING)
    assert got["5120人"] == "unsupported", got


# -- 3. the measure word and the fact's field ---------------------------------------------------------------------
# An eye hospital's own ledger: a count of operations and, in the amounts section, a subsidy without a unit.
EYES = SourceData(name="复明工程.yaml", data={
    "白内障复明手术": {"例数": 57, "补助标准": "1500元/例"},
    "资金": {"白内障复明手术补助": 8.55, "其他": 3.4},
})


def test_a_count_is_not_rivalled_by_an_amount():
    got = verdicts("全年完成白内障复明手术57例，每例补助1500元。", EYES)
    assert got["57例"] == "exact", got


# -- 4. a swapped subject is not rescued by a derivation --------------------------------------------------------
# A river-management log: a total and its two parts, in one sentence.
BANKS = SourceText(name="河道整治工作记录.txt", text=(
    "2023年新建河道护岸12.6公里，其中生态护岸7.9公里，硬质护岸4.7公里，均已通过验收。\n"))


def test_a_part_given_the_other_parts_figure_is_not_derived():
    got = verdicts("全年新建河道护岸12.6公里，其中生态护岸4.7公里，硬质护岸7.9公里。", BANKS)
    assert got["4.7公里"] == "unsupported" and got["7.9公里"] == "unsupported", got


def test_the_parts_stated_as_the_source_states_them_are_exact():
    got = verdicts("全年新建河道护岸12.6公里，其中生态护岸7.9公里，硬质护岸4.7公里。", BANKS)
    assert got == {"12.6公里": "exact", "7.9公里": "exact", "4.7公里": "exact"}, got


# -- 5. last year's figure is not this year's -------------------------------------------------------------------
# A village clinic's purchase log: this year's purchase, last year's in the same sentence.
PURCHASE = SourceText(name="设备采购记录.txt", text=(
    "2023年度设备购置记录\n设备购置完成：便携式心电图机36台，合同金额54万元。2022年采购便携式心电图机28台。\n"))


def test_last_years_count_is_no_rival_for_this_years():
    got = verdicts("采购便携式心电图机36台，比2022年的28台增加8台。", PURCHASE)
    assert got["36台"] == "exact" and got["28台"] == "exact", got


def test_last_years_count_stated_as_this_years_is_unsupported():
    got = verdicts("采购便携式心电图机28台，合同金额54万元。", PURCHASE)
    assert got["28台"] == "unsupported", got


# A street office's training log: the batch is named in each line's label, the count only after the dates.
TRAINING = SourceText(name="网格员培训记录.md", text=(
    "# 2023年网格员培训记录\n\n"
    "- 第一期集中培训：4月8日至4月12日，参训网格员126人。\n"
    "- 第二期集中培训：9月3日至9月7日，参训网格员138人。\n"
    "- 全年举办专题班三类：党务干部班2期，学员64人；财务人员班3期，学员118人；新入职人员班2期，学员75人。\n"))


def test_a_batch_named_in_its_records_label_is_the_batch_of_its_count():
    assert verdicts("第二期参训网格员138人。", TRAINING) == {"138人": "exact"}
    assert verdicts("第一期参训138人。", TRAINING) == {"138人": "unsupported"}


def test_a_class_named_in_the_clause_before_its_count_is_the_class_of_its_count():
    assert verdicts("财务人员班学员118人。", TRAINING) == {"118人": "exact"}
    assert verdicts("财务人员班学员75人。", TRAINING) == {"75人": "unsupported"}


# A district library's own yearly record: levels under year keys, a service time with its ceiling.
LIBRARY = SourceData(name="图书馆服务.yaml", data={
    "单位": "区图书馆",
    "读者满意度": {"2022": "93.5%", "2023": "96.1%"},
    "图书采编": {"2022": {"新书上架平均时间": "26天"}, "2023": {"新书上架平均时间": "18天"}},
    "绩效指标": [{"名称": "新书上架平均时间", "目标": "≤25天", "实际": "18天"},
                {"名称": "读者满意度", "目标": "≥90%", "实际": "96.1%"}],
    "年度目标": ["新书到馆后25天内完成编目上架，读者满意度不低于90%。"],
})


def test_last_years_rate_is_not_this_years():
    assert verdicts("全年读者满意度93.5%。", LIBRARY) == {"93.5%": "unsupported"}
    got = verdicts("全年读者满意度96.1%，较上年提高2.6个百分点。", LIBRARY)
    assert got == {"96.1%": "exact", "2.6个百分点": "derived"}, got


def test_a_figure_with_no_words_before_it_keeps_the_sentences_subject_past_a_change():
    got = verdicts("新书上架平均时间18天，比上年的26天缩短8天，在25天以内。", LIBRARY)
    assert got == {"18天": "exact", "26天": "exact", "8天": "derived", "25天": "exact"}, got


def test_a_result_met_within_its_limit_is_not_rivalled_by_the_limit():
    got = verdicts("新书到馆后18天内完成编目上架，比25天的时限缩短7天。", LIBRARY)
    assert got["18天"] == "exact", got


# A cultural centre's indicator table with a column for each year: a date in last year's column.
CENTRE_TABLE = SourceText(name="文化馆绩效指标.md", text=(
    "# 2023年区文化馆免费开放绩效指标\n\n"
    "| 指标 | 年度目标 | 2023年实际 | 2022年实际 |\n| --- | --- | --- | --- |\n"
    "| 公益培训班开班时间 | 3月底前 | 3月18日 | 4月6日 |\n"
    "| 公益培训人次 | ≥3000人次 | 3426人次 | 2988人次 |\n"))


def test_a_date_of_last_years_column_is_not_this_years():
    assert verdicts("公益培训班于3月18日开班。", CENTRE_TABLE) == {"3月18日": "exact"}
    assert verdicts("公益培训班于4月6日开班。", CENTRE_TABLE) == {"4月6日": "unsupported"}
