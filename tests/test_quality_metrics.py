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
