"""The reviewer-expectation metrics (drafter.quality) score 存在问题 / 改进措施 paragraphs of any engine."""

from decimal import Decimal

from drafter.outputs import Paragraph
from drafter.quality import Expectations, score_quality

EXPECT = Expectations.model_validate({
    "problems": [
        {"kind": "project_under_execution", "subject": "森林防火经费", "figure": "71.02%"},
        {"kind": "inconsistent_figures", "subject": ["三防应急响应"], "figure": "62次"},
    ],
    "allowed": [{"kind": "stated_in_logs"}],
    "not": [{"kind": "over_execution"}, {"phrase": "偏差原因分析"}],
    "measures_banned": ["科室"],
})


def _p(text, kind, id=None, ref=None):
    return Paragraph(text=text, kind=kind, id=id, ref=ref)


def test_an_expected_problem_counts_only_with_its_subject_and_figure():
    problems = [_p("（一）森林防火经费项目执行率仅为71.02%。", "project_under_execution", "P1"),
                _p("（二）三防应急响应次数前后不一致。", "inconsistent_figures", "P2")]  # no figure stated
    values, details = score_quality(problems, [], EXPECT)
    assert values["problem_recall"] == Decimal("0.5")
    assert details["problems_missed"] == ["inconsistent_figures：三防应急响应 62次"]


def test_a_forbidden_kind_or_an_unexpected_item_is_a_false_problem():
    problems = [_p("（一）实际支出超出预算，预算完成率108%。", "over_execution", "P1"),
                _p("（二）偏差原因分析：无。", "stated_in_logs", "P2"),
                _p("（三）工作中反映：人员不足。", "stated_in_logs", "P3")]
    values, _ = score_quality(problems, [], EXPECT)
    assert values["false_problems"] == 2  # the overspend item, and the boilerplate phrase


def test_measures_must_name_their_problem_and_not_repeat_each_other():
    problems = [_p("（一）森林防火经费项目执行率仅为71.02%。", "project_under_execution", "P1"),
                _p("（二）三防应急响应记为62次和61次。", "inconsistent_figures", "P2")]
    shared = "建立全年工作统计台账，明确各项数据的统计口径和责任人"
    measures = [_p(f"（一）针对执行率偏低的问题，由科室按月报送进度；{shared}。", "m", "M1", "P1"),
                _p(f"（二）针对“三防应急响应”数字不一致的问题，核对原始记录；{shared}。", "m", "M2", "P2")]
    values, details = score_quality(problems, measures, EXPECT)
    assert values["measure_specificity"] == Decimal("0.5")
    assert values["duplicate_measures"] == 1
    assert values["misfit_measures"] == 1


CAUSES = Expectations.model_validate({
    "problems": [
        {"kind": "indicator_below_target", "subject": "新增分类投放点", "figure": "96个", "cause": ["场地", "选址"]},
        {"kind": "indicator_below_target", "subject": "垃圾清运时限", "figure": "3天", "cause_missing": True},
    ],
    "narrative_banned": ["总分92分"],
})


def test_a_form_stated_cause_counts_only_next_to_its_indicator_and_attributed_to_the_form():
    problems = [_p("（一）部分绩效指标未达到年度目标。“新增分类投放点”目标≥120个，实际完成96个，据自评表填报，"
                   "偏差原因为“部分老旧小区没有空余场地”；“垃圾清运时限”目标≤2天，实际3天，自评表偏差原因填报为“无”，"
                   "未说明未达标的原因。", "indicator_below_target", "P1")]
    measures = [_p("（一）针对“新增分类投放点”“垃圾清运时限”未达到目标的问题，对“新增分类投放点”，与街道协商利用"
                   "闲置场地设点；对“垃圾清运时限”，查明未达标原因并在自评表中写明。", "m", "M1", "P1")]
    values, details = score_quality(problems, measures, CAUSES)
    assert values["cause_recall"] == 1 and values["cause_measures"] == 1, details


def test_a_cause_stated_for_another_indicator_or_a_generic_measure_does_not_count():
    problems = [_p("（一）部分绩效指标未达到年度目标。“垃圾清运时限”目标≤2天，实际3天，据自评表填报，原因是场地不足；"
                   "“新增分类投放点”目标≥120个，实际完成96个。", "indicator_below_target", "P1")]
    measures = [_p("（一）针对“新增分类投放点”“垃圾清运时限”未达到目标的问题，纳入下年度工作计划，按季度跟踪。",
                   "m", "M1", "P1")]
    values, details = score_quality(problems, measures, CAUSES)
    assert values["cause_recall"] == 0 and values["cause_measures"] == 0
    assert details["causes_missed"] == ["新增分类投放点：场地/选址", "垃圾清运时限：原因未填"]


def test_a_wrong_figure_stated_as_fact_in_the_narrative_is_counted():
    goals = [_p("项目自评总分92分，自评等级为优。", "budget")]
    values, details = score_quality([], [], CAUSES, goals)
    assert values["narrative_banned"] == 1 and details["narrative_banned"] == ["总分92分"]


def test_the_one_character_subject_of_a_stated_none_does_not_cut_a_missing_cause_short():
    """stated_none's subject is 无: "仅填“无”，未说明具体原因" must still count as the cause said to be missing."""
    exp = Expectations.model_validate({
        "problems": [{"kind": "indicator_below_target", "subject": "消费券核销率", "figure": "79.6%",
                      "cause_missing": True},
                     {"kind": "stated_none", "subject": "无"}]})
    problems = [_p("（一）部分绩效指标未达到年度目标。“消费券核销率”年度目标≥85%，实际完成79.6%。“消费券核销率”未达标的"
                   "原因，自评表仅填“无”，未说明具体原因。", "indicator_below_target", "P1")]
    values, details = score_quality(problems, [], exp)
    assert values["cause_recall"] == 1, details


def test_a_cause_word_that_is_also_another_items_subject_still_counts_as_the_cause():
    """The unit's own stated problem (allowed, subject 林权纠纷) names the same words as the form's cause."""
    exp = Expectations.model_validate({
        "problems": [{"kind": "indicator_below_target", "subject": "新建防火隔离带长度", "figure": "39.6公里",
                      "cause": ["林权纠纷"]}],
        "allowed": [{"kind": "stated_by_unit", "subject": ["林权纠纷"]}]})
    problems = [_p("（一）部分绩效指标未达到年度目标。“新建防火隔离带长度”年度目标≥45公里，实际完成39.6公里。"
                   "“新建防火隔离带长度”未达标的原因，据自评表填报为“部分地段涉及林权纠纷，群众阻工”。",
                   "indicator_below_target", "P1")]
    measures = [_p("（一）对“新建防火隔离带长度”，针对自评表填报的“部分地段涉及林权纠纷”，会同乡镇调处纠纷。",
                   "m", "M1", "P1")]
    values, details = score_quality(problems, measures, exp)
    assert values["cause_recall"] == 1 and values["cause_measures"] == 1, details
