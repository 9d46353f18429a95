"""Which fact a figure belongs to (issue 10): a match needs value, unit and a compatible subject — the row of a
pasted form, the thing a figure counts, the year it is of, and whether it is a target or the result."""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceData, SourceText, check

HERE = Path(__file__).parent / "check_subjects"
# A relief station's self-evaluation form pasted as pipe text: indicator rows whose last cell (偏差原因) is empty.
RELIEF = SourceText(name="救助管理站自评表.txt", text=(HERE / "救助管理站自评表.txt").read_text(encoding="utf-8"))


def status(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_pipe_row_with_empty_cells_keeps_its_columns():
    got = status("护送返乡率96.8%，身份查询核实平均5天，人均救助成本2238元。", RELIEF)
    assert got == {"96.8%": "exact", "5天": "exact", "2238元": "exact"}, got


def test_a_pipe_row_value_does_not_belong_to_another_row():
    assert status("护送返乡率88.5%。", RELIEF) == {"88.5%": "unsupported"}
    assert status("受助人员满意度96.8%。", RELIEF) == {"96.8%": "unsupported"}
    assert status("受助人员满意度88.5%。", RELIEF) == {"88.5%": "exact"}


def test_the_goal_sentence_over_a_table_is_no_caption_of_its_rows():
    # the 年度总体目标 line above the indicator table names 护送返乡率, but the satisfaction row is not about it
    got = status("护送返乡率达到88.5%。", RELIEF)
    assert got == {"88.5%": "unsupported"}, got


def test_the_whole_relief_report_is_traced_as_labelled():
    text = ("2023年，救助管理经费全年预算352.60万元，执行318.45万元，执行率90.31%，结余34.15万元，"
            "较年初预算调减27.40万元。\n全年救助流浪乞讨人员1326人次，完成目标的88.4%，比目标少174人次；"
            "街面巡查236次，超出目标36次。\n护送返乡率96.8%，身份查询核实平均5天，人均救助成本2238元，"
            "控制在2500元以内。\n受助人员满意度88.5%，接近九成。\n")
    report = check(text, [RELIEF])
    assert report.ok, [(m.text, m.reason) for m in report.unsupported]


# A township health centre's records (乡镇卫生院): a target beside its result, last year's figure in brackets,
# a hotline ledger in JSON without units, a figure inside an indicator's name, a list of contracts.
CENTRE = SourceData(name="卫生院.yaml", data={
    "家庭医生签约": {"目标": "4500人", "签约": "4862人"},
    "村卫生室标准化建设": {"目标": "12个", "建成": "10个"},
    "年度总体目标": ["村卫生室标准化建设不少于12个，家庭医生重点人群签约不少于4500人。"],
    "急救5分钟响应率": {"目标": "≥90%", "实际": "93.6%"},
    "设备采购": {"单位": "万元", "其中": [{"名称": "彩超采购合同", "金额": 86.5},
                                        {"名称": "全自动生化分析仪采购合同", "金额": 52.3}]},
})
CENTRE_LOG = SourceText(name="工作台账.txt", text=(
    "2023年全院门诊量48620人次（2022年为45310人次），住院1286人次。\n"
    "辖区共有行政村17个，全部建立健康档案。\n"))
HOTLINE = SourceData(name="热线.json", data={"热线工单": {"受理": 9421, "按时办结": 9180}})


def centre(text: str) -> dict[str, str]:
    return status(text, CENTRE, CENTRE_LOG, HOTLINE)


def test_a_target_is_not_the_result():
    assert centre("村卫生室标准化建设建成12个。") == {"12个": "unsupported"}
    assert centre("村卫生室标准化建设建成10个。") == {"10个": "exact"}
    assert centre("村卫生室标准化建设目标为12个。") == {"12个": "exact"}


def test_a_bound_stated_as_the_result_is_not_the_result():
    # 不少于4500人 is the goal; 4500 signed up is another claim (4862 did)
    assert centre("家庭医生重点人群签约4500人。") == {"4500人": "unsupported"}
    assert centre("家庭医生重点人群签约不少于4500人。") == {"4500人": "exact"}  # the bound word stays outside the span


def test_a_ceiling_named_as_such_is_the_target():
    got = status("人均救助成本2238元，低于2500元的上限。", RELIEF)
    assert got == {"2238元": "exact", "2500元": "exact"}, got


def test_last_years_figure_is_not_this_years():
    log = SourceText(name="年报摘要.txt", text=(
        "2023年年度报告（摘要）\n全年开展上门随访3126人次、门诊诊疗48620人次（2022年诊疗45310人次）。\n"))
    assert status("全年诊疗45310人次。", log) == {"45310人次": "unsupported"}
    assert status("全年诊疗48620人次，较上年的45310人次有所增加。", log) == {"48620人次": "exact", "45310人次": "exact"}
    assert status("2022年诊疗45310人次。", log) == {"2022年": "exact", "45310人次": "exact"}


def test_figures_of_a_ledger_without_units_are_told_apart_by_their_field():
    assert centre("热线工单受理9421件，按时办结9180件。") == {"9421件": "exact", "9180件": "exact"}
    assert centre("热线工单按时办结9421件。") == {"9421件": "unsupported"}


def statuses(text: str, *sources: SourceText | SourceData) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, list(sources)).mentions if m.status != "ignored"]

def test_a_figure_restated_with_another_noun_is_another_claim():
    got = statuses("村卫生室标准化建设建成10个，覆盖10个行政村。", CENTRE, CENTRE_LOG)
    assert got == [("10个", "exact"), ("10个", "unsupported")], got
    got = statuses("村卫生室标准化建设建成10个，覆盖10个社区。", CENTRE)  # no count of 社区 anywhere
    assert got == [("10个", "exact"), ("10个", "unsupported")], got
    got = statuses("村卫生室标准化建设建成10个，即10个。", CENTRE)  # the same figure again
    assert got == [("10个", "exact"), ("10个", "exact")], got


def test_a_number_inside_an_indicators_name_is_traced_to_the_name():
    got = centre("急救5分钟响应率93.6%。")
    assert got == {"5分钟": "exact", "93.6%": "exact"}, got
    assert centre("急救8分钟响应率93.6%。")["8分钟"] == "unsupported"


def test_a_list_of_records_counts_what_its_records_are():
    assert centre("设备采购签订两项合同。") == {"两项": "exact"}
    assert centre("设备采购签订三项合同。") == {"三项": "unsupported"}
    assert centre("新建两个发热门诊。") == {"两个": "unsupported"}


def test_the_noun_of_the_figure_before_is_not_this_figures():
    log = SourceText(name="卫生院台账.txt", text="完成全镇17个行政村卫生室标准化改造，共改造诊室51个。\n")
    assert statuses("全镇17个行政村卫生室改造诊室51个。", log) == [("17个", "exact"), ("51个", "exact")]


# A cultural centre's form pasted from .docx: a row whose last cell was merged away, and an empty cell inside a row.
CULTURE = SourceText(name="文化馆自评表.txt", text=(
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分\n"
    "年度资金总额\t310.00\t326.50\t298.76\t91.50%\t9.15\n"
    "地方财政资金\t190.00\t206.50\t178.76\t—\n\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n"
    "产出指标\t\t开展公益培训\t≥40期\t46期\t10\n"))


def test_a_tab_row_keeps_an_empty_cell_and_a_short_row_reads_from_the_left():
    assert status("地方财政资金执行178.76万元。", CULTURE) == {"178.76万元": "exact"}
    assert status("地方财政资金执行298.76万元。", CULTURE) == {"298.76万元": "unsupported"}
    assert status("开展公益培训46期。", CULTURE) == {"46期": "exact"}
    assert status("开展公益培训40期。", CULTURE) == {"40期": "unsupported"}  # the target cell


def test_small_counts_swapped_between_things_that_share_a_generic_word_are_flagged():
    # 设备 names both counts; 维修 / 采购检测 tell them apart
    log = SourceText(name="设备科台账.txt", text="全年采购检测设备12台，维修设备9台，培训设备管理人员36人次。\n")
    assert status("维修设备12台。", log) == {"12台": "unsupported"}
    assert status("采购检测设备9台。", log) == {"9台": "unsupported"}
    assert status("维修设备9台，采购检测设备12台。", log) == {"9台": "exact", "12台": "exact"}


def test_this_years_figure_is_not_last_years():
    log = SourceText(name="开放日志.md", text="2023年全馆接待观众68.43万人次，2022年为52.10万人次。\n")
    got = statuses("全年接待观众68.43万人次，较上年的52.10万人次有所增加。", log)
    assert got == [("68.43万人次", "exact"), ("52.10万人次", "exact")], got
    got = statuses("全年接待观众52.10万人次，较上年的68.43万人次有所减少。", log)
    assert got == [("52.10万人次", "unsupported"), ("68.43万人次", "unsupported")], got
    assert status("2021年接待观众52.10万人次。", log) == {"2021年": "unsupported", "52.10万人次": "unsupported"}
