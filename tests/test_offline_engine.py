"""The offline engine, specified on small units whose figures make each rule visible."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.engines.offline import condense_logs, ordinal, write_draft
from drafter.problems import ProblemKind, detect_problems


def make_unit(tmp_path: Path, yaml_text: str, logs: dict[str, str] | None = None):
    from conftest import write_unit

    return write_unit(tmp_path, yaml_text, logs)


LIBRARY = """
    部门名称: 某区图书馆
    被评价年度: 2023
    部门资金情况:
      年初预算: 800
      调整预算: 820
      实际支出: 820
    主要任务:
      - 编号: 任务1
        任务: 阅读推广
        预期目标: 全年举办阅读推广活动不少于120场，惠及读者3万人次。
        关键指标:
          - 指标: 阅读推广活动场次
            目标值: "≥120"
            实际值: 126
            单位: 场
          - 指标: 读者满意度
            目标值: "≥90%"
            实际值: 95%
        任务涉及金额: 120
        目标完成情况: 年底发放读者满意度问卷500份，回收有效问卷482份，读者满意度95%。
"""


def test_budget_paragraph_states_completion_and_signed_adjustment(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY)
    text = write_draft(report, sheet).section("目标完成情况").paragraphs[0].text
    assert "预算完成率（实际支出÷调整预算）为100%" in text
    assert "较年初调增20万元，预算调整率为调增2.50%" in text  # rates keep the form's two decimals


def test_tianhe_style_cut_is_written_as_diaojian(tmp_path):
    report, sheet = make_unit(tmp_path, """
        部门名称: 广州市天河区应急管理局
        被评价年度: 2022年
        部门资金情况: {年初预算: 4124.28, 调整预算: 3475.09, 实际支出: 3229.91}
    """)
    draft = write_draft(report, sheet)
    budget = draft.section("目标完成情况").paragraphs[0]
    assert "调减649.19万元，预算调整率为调减15.74%" in budget.text
    assert "92.94%" in budget.text
    rate = next(n for n in budget.numbers if n.text == "92.94%")
    assert rate.formula == "实际支出 3229.91 ÷ 调整预算 3475.09 × 100%"
    kinds = [p.kind for p in draft.section("存在问题").paragraphs]
    assert kinds == ["budget_under_execution", "large_adjustment"]


def test_no_problem_in_the_data_is_said_plainly_never_as_wu(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY)
    problems = write_draft(report, sheet).section("存在问题")
    assert len(problems.paragraphs) == 1 and problems.paragraphs[0].kind == "no_problem"
    text = problems.text
    assert text.strip() not in ("无", "暂无") and "预算完成率100%" in text


def test_indicator_below_target_becomes_a_problem_with_its_figures_and_a_measure(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("实际值: 126", "实际值: 96"))
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "indicator_below_target")
    assert "年度目标≥120场，实际完成96场，完成目标的80%" in problem.text
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "针对“阅读推广活动场次”未达到年度目标（实际完成96场、目标≥120场）的问题" in measure.text
    assert {n.text for n in measure.numbers} == {"96场", "120场"}  # the form's own figures, traceable as written


def test_target_exceeded_by_half_is_reported_as_set_too_low(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("实际值: 126", "实际值: 300"))
    kinds = [p.kind for p in detect_problems(report, sheet)]
    assert kinds == [ProblemKind.target_too_low]


def test_worded_actual_value_is_a_problem(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("实际值: 95%", "实际值: 效果明显"))
    problems = detect_problems(report, sheet)
    assert [p.kind for p in problems] == [ProblemKind.indicator_not_numeric]
    assert "“读者满意度”" in problems[0].text and "效果明显" in problems[0].text


def test_key_project_below_90_percent_execution_is_named_with_its_rate(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY + """
    重点项目:
      - 项目名称: 天河区森林防火经费项目
        全年预算数: 56.70
        执行数: 40.27
    """)
    draft = write_draft(report, sheet)
    goals = draft.section("目标完成情况").text
    assert "全年预算数56.70万元，执行数40.27万元，执行率71.02%" in goals
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "project_under_execution")
    assert "执行率仅为71.02%" in problem.text and "16.43万元未能执行" in problem.text
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "针对“天河区森林防火经费项目”执行率偏低（全年预算数56.70万元、执行数40.27万元）" in measure.text


def test_problem_stated_in_the_logs_is_quoted_and_answered(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY, logs={"2023-09.md": """
        任务: 任务1
        ## 2023-09-12
        受场馆维修影响，秋季读书月活动进度滞后，部分讲座未能按期举办。
    """})
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "stated_in_logs")
    assert "进度滞后" in problem.text and problem.cites[-1].endswith("2023-09.md:4")  # line 1 is the blank after """
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "倒排工期" in measure.text


def test_every_problem_has_exactly_one_measure_in_order(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("调整预算: 820", "调整预算: 600").replace(
        "实际支出: 820", "实际支出: 420").replace("实际值: 126", "实际值: 100"))
    draft = write_draft(report, sheet)
    problems = draft.section("存在问题").paragraphs
    measures = draft.section("改进措施").paragraphs
    assert len(problems) >= 3
    assert [m.ref for m in measures] == [p.id for p in problems]


def test_task_logs_are_condensed_to_sentences_with_results_not_pasted():
    from drafter.schema import WorkLog

    logs = [
        WorkLog(text="召开部署会，传达上级精神。一季度开展执法检查2100家次，发现隐患410条。", source="a.md", line=3),
        WorkLog(text="持续推进执法检查工作，营造良好氛围。截至12月，全年共执法检查1.29万家次，发现并消除隐患2485条。",
                source="b.md", line=7),
    ]
    sentences, wheres = condense_logs(logs, limit_sentences=2)
    assert any("1.29万家次" in s for s in sentences)
    assert not any("2100家次" in s for s in sentences)  # the quarter's figure is superseded by the year's
    assert all("传达上级精神" not in s and "营造良好氛围" not in s for s in sentences)
    assert wheres[-1] == "b.md:7"


def test_amounts_stay_decimal_from_yaml_to_facts(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY)
    assert isinstance(report.budget.initial, Decimal)
    assert all(isinstance(f.value, Decimal) for f in sheet.facts)


@pytest.mark.parametrize("n, word", [(1, "一"), (6, "六"), (10, "十"), (11, "十一"), (23, "二十三")])
def test_section_numbering_uses_chinese_ordinals(n, word):
    assert ordinal(n) == word


def test_a_year_total_written_twice_with_different_values_is_a_problem(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY, logs={
        "2023-10-总结.md": "## 2023-10-30\n全年共举办阅读推广活动126场，读者满意度95%。\n",
        "2023-12-年报.md": "## 2023-12-28\n今年累计举办阅读推广活动128场。\n截至9月底累计举办阅读推广活动90场。\n",
    })
    problems = [p for p in detect_problems(report, sheet) if p.kind is ProblemKind.inconsistent_figures]
    assert len(problems) == 1
    assert "“举办阅读推广活动”" in problems[0].text and "126场" in problems[0].text and "128场" in problems[0].text
    assert "90场" not in problems[0].text  # a mid-year running total is not a contradiction


def test_figures_of_one_event_in_two_places_agreeing_raise_nothing(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY, logs={
        "a.md": "## 2023-10-30\n全年共举办阅读推广活动126场。\n",
        "b.md": "## 2023-12-28\n全年共举办阅读推广活动126场，覆盖读者3.1万人次。\n",
    })
    assert not [p for p in detect_problems(report, sheet) if p.kind is ProblemKind.inconsistent_figures]


def test_full_points_for_a_missed_indicator_are_reported_as_a_score_too_high(tmp_path):
    scored = LIBRARY.replace("单位: 场", "单位: 场\n            分值: 10\n            得分: 10").replace("实际值: 126", "实际值: 96")
    report, sheet = make_unit(tmp_path, scored)
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "score_too_high")
    assert "“阅读推广活动场次”实际完成96场、目标≥120场，分值10分，自评得分10分，未达到目标，未按完成比例计分" in problem.text
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "按完成比例计分" in measure.text


def test_proportional_points_for_a_missed_indicator_raise_no_score_problem(tmp_path):
    scored = LIBRARY.replace("单位: 场", "单位: 场\n            分值: 10\n            得分: 8").replace("实际值: 126", "实际值: 96")
    report, sheet = make_unit(tmp_path, scored)
    assert ProblemKind.score_too_high not in [p.kind for p in detect_problems(report, sheet)]


def test_budget_score_above_weight_times_execution_is_reported(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("实际支出: 820", "实际支出: 738\n      分值: 10\n      得分: 10"))
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.score_too_high)
    assert "预算完成率90.00%，分值10分，自评得分10分，高于按“分值×预算完成率”计算的得分" in problem.text


def test_a_missed_percentage_target_is_reported_in_points_and_checks_clean(tmp_path):
    from drafter.check import check
    from drafter.pipeline import check_sources, draft_text

    report, sheet = make_unit(tmp_path, LIBRARY.replace('实际值: 95%', '实际值: "88.5%"'))
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "indicator_below_target")
    assert "“读者满意度”年度目标≥90%，实际完成88.5%，相差1.5个百分点" in problem.text
    assert "完成目标的" not in draft_text(draft)  # no percent of a percent
    assert check(draft_text(draft), check_sources(report)).ok


def test_without_an_adjusted_budget_the_rate_is_named_against_the_initial_budget(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY.replace("      调整预算: 820\n", "").replace("实际支出: 820", "实际支出: 700"))
    problem = detect_problems(report, sheet)[0]
    assert "全年实际支出700万元，年初预算800万元，预算完成率为87.50%" in problem.text


def test_a_key_project_spending_beyond_its_budget_is_a_problem(tmp_path):
    report, sheet = make_unit(tmp_path, LIBRARY + """
    重点项目:
      - 项目名称: 数字阅读平台升级
        全年预算数: 8.00
        执行数: 8.47
    """)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.project_over_execution)
    assert "执行数8.47万元，执行率为105.88%" in problem.text


def test_a_task_without_indicators_is_a_problem(tmp_path):
    text = LIBRARY + """      - 编号: 任务2
        任务: 古籍保护
        预期目标: 完成馆藏古籍普查登记。
    """
    report, sheet = make_unit(tmp_path, text)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.task_without_indicators)
    assert "“古籍保护”没有可衡量的关键指标" in problem.text


def test_a_bare_zero_target_means_no_more_than_zero(tmp_path):
    report, _ = make_unit(tmp_path, LIBRARY.replace('目标值: "≥120"', "目标值: 0"))
    assert report.tasks[0].indicators[0].comparison.value == "≤"


REHAB_PROJECT = """
    项目名称: 残疾儿童康复救助项目
    被评价年度: 2023
    表格类型: 项目支出
    主管部门: 某县残疾人联合会
    项目资金:
      单位: 万元
      年初预算数: 260.00
      全年预算数: 240.00
      全年执行数: 223.20
      分值: 10
      执行率: 93.00
      得分: 10
    绩效指标:
      - 一级指标: 产出指标
        二级指标: 数量指标
        三级指标: 救助残疾儿童人数
        年度指标值: ≥300人
        实际完成值: 276人
        分值: 30
        得分: 29
      - 一级指标: 效益指标
        二级指标: 社会效益指标
        三级指标: 康复训练有效率
        年度指标值: ≥85%
        实际完成值: 88%
        分值: 30
        得分: 30
    总分: 69
"""


def test_a_budget_score_against_the_rule_is_traced_in_its_measure_as_in_its_problem(tmp_path):
    """The execution-rate score is no row of its own: its measure names it by the form's label (自评得分), as
    the problem does, so the checker ties the figure to the form's 得分 in both places."""
    from drafter.check import check
    from drafter.pipeline import check_sources, draft_text

    report, sheet = make_unit(tmp_path, REHAB_PROJECT)
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "score_too_high")
    assert "执行率93.00%，分值10分，自评得分10分" in problem.text
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "自评得分10分" in measure.text and "自评得分29分" in measure.text
    result = check(draft_text(draft), check_sources(report))
    assert result.ok, [m.text for m in result.unsupported]


def test_the_forms_own_improvement_box_is_never_written_as_what_was_done(tmp_path):
    """An imported form's 改进措施 box arrives as a work log too; it is the unit's plan, not a result."""
    measures = "一是将推迟的2座危桥改造列入2024年预算优先安排。二是落实村道管护责任，按每公里每年1000元标准安排村道日常养护补助。"
    report, sheet = make_unit(tmp_path, f"""
        项目名称: 2023年农村公路养护工程
        被评价年度: 2023
        表格类型: 项目支出
        实施单位: 青溪县交通运输局
        项目资金: {{全年预算数: 2310.00, 全年执行数: 2287.40}}
        绩效指标:
          - {{三级指标: 危桥改造数量, 年度指标值: ≥8座, 实际完成值: 6座}}
        已填改进措施: ["{measures}"]
    """, {"02-改进措施.txt": measures + "\n"})
    goals = write_draft(report, sheet).section("目标完成情况").text
    assert "1000元标准" not in goals and "列入2024年预算" not in goals
