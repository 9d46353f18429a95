"""Problems and measures a reviewer accepts, on small forms of different units (drafter.domain)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from drafter.domain.logs import is_result
from drafter.domain.measures import choose, load_table, measure_for
from drafter.domain.problems import ProblemKind, detect_problems, is_empty_answer, is_vague, states_problem
from drafter.domain.units import unit_kind
from drafter.engines.offline import write_draft
from drafter.facts import build_facts


def unit(tmp_path: Path, yaml_text: str, logs: dict[str, str] | None = None):
    from conftest import write_unit

    return write_unit(tmp_path, yaml_text, logs)


def project(funds: str, indicators: str = "", extra: str = "") -> str:
    """A 项目支出 form of a primary school: the funds rows, then its 绩效指标, then anything else."""
    head = ("项目名称: 2023年学生营养改善计划\n被评价年度: 2023\n表格类型: 项目支出\n主管部门: 清河县教育局\n"
            "实施单位: 清河县实验小学\n项目资金:\n  单位: 万元\n")
    body = textwrap.indent(textwrap.dedent(funds).strip(), "  ") + "\n"
    body += "年度总体目标:\n  - 为全校学生提供营养膳食补助。\n"
    if indicators:
        body += "绩效指标:\n" + textwrap.indent(textwrap.dedent(indicators).strip(), "  ") + "\n"
    return head + body + extra


def kinds(report, sheet):
    return [p.kind for p in detect_problems(report, sheet)]


def test_spending_above_the_budget_is_an_overspend_never_a_balance(tmp_path):
    report, sheet = unit(tmp_path, project("年初预算数: 186.00\n全年预算数: 186.00\n全年执行数: 190.37"))
    draft = write_draft(report, sheet)
    assert ProblemKind.over_execution in kinds(report, sheet)
    text = "\n".join(s.text for s in draft.sections)
    assert "超支4.37万元" in text and "结余" not in text


def test_a_project_form_speaks_of_full_year_budget_and_adjustment_only_when_it_changed(tmp_path):
    same, _ = unit(tmp_path, project("年初预算数: 100\n全年预算数: 100\n全年执行数: 99"))
    text = write_draft(same, build_facts(same)).section("目标完成情况").paragraphs[0].text
    assert "全年预算数100万元" in text and "全年执行数99万元" in text and "调整" not in text
    (tmp_path / "b").mkdir()
    changed, _ = unit(tmp_path / "b", project("年初预算数: 100\n全年预算数: 120\n全年执行数: 119"))
    text = write_draft(changed, build_facts(changed)).section("目标完成情况").paragraphs[0].text
    assert "年初预算数100万元，调整后全年预算数120万元" in text


def test_a_reverse_indicator_and_a_deadline_are_judged_the_right_way_round(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 100", """
        - {二级指标: 质量指标, 三级指标: 管网漏损率, 指标性质: 反向, 年度指标值: ≤12%, 实际完成值: 14.5}
        - {二级指标: 成本指标, 三级指标: 每公里造价, 年度指标值: ≤15万元, 实际完成值: 14.2万元}
        - {二级指标: 时效指标, 三级指标: 完工时间, 年度指标值: 12月31日前, 实际完成值: 11月28日}
        - {二级指标: 时效指标, 三级指标: 采购完成时间, 年度指标值: 9月前, 实际完成值: 11月}
    """))
    below = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)
    assert below.subjects == ["管网漏损率", "采购完成时间"]  # merged into one item listing both
    assert "实际11月完成，未按期完成" in below.text
    assert ProblemKind.indicator_not_numeric not in kinds(report, sheet)  # a date is not a worded value


def test_scores_are_held_to_the_rule_in_both_directions_and_must_add_up(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 68\n分值: 10\n得分: 10", """
        - {二级指标: 质量指标, 三级指标: 供水保证率, 年度指标值: ≥95%, 实际完成值: 100, 分值: 10, 得分: 7}
    """, "总分: 30\n"))
    found = {p.kind: p for p in detect_problems(report, sheet)}
    assert "执行率68.00%，分值10分，自评得分10分" in found[ProblemKind.score_too_high].text
    assert "已达到目标，却未得满分" in found[ProblemKind.score_too_low].text
    assert "执行率得分10分，各项绩效指标得分7分，合计17分，表中总分却为30分" in found[ProblemKind.score_total_mismatch].text


def test_a_total_row_that_contradicts_its_lines_is_named_not_corrected(tmp_path):
    report, sheet = unit(tmp_path, project("""
        年初预算数: 0
        全年预算数: 0
        全年执行数: 0
        其中:
          - {名称: 本年财政拨款, 年初预算数: 312.60, 全年预算数: 312.60, 全年执行数: 301.40}
          - {名称: 上年结转资金, 年初预算数: 18.30, 全年预算数: 18.30, 全年执行数: 18.30}
    """))
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.total_subtotal_mismatch)
    assert "全年执行数合计0万元，其中各行（本年财政拨款301.40万元、上年结转资金18.30万元）之和为319.70万元" in problem.text


def test_satisfaction_needs_a_survey_in_the_logs(tmp_path):
    indicators = "- {一级指标: 满意度指标, 三级指标: 家长满意度, 年度指标值: ≥90%, 实际完成值: 100}"
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 100", indicators))
    assert ProblemKind.satisfaction_without_survey in kinds(report, sheet)
    (tmp_path / "b").mkdir()
    report, sheet = unit(tmp_path / "b", project("全年预算数: 100\n全年执行数: 100", indicators), logs={
        "2023-12.md": "## 2023-12-20\n发放家长满意度问卷800份，回收762份，满意度100%。\n"})
    assert ProblemKind.satisfaction_without_survey not in kinds(report, sheet)


def test_no_indicators_or_only_quantity_ones_are_problems(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 80\n全年执行数: 80"))
    assert kinds(report, sheet) == [ProblemKind.no_indicators]
    (tmp_path / "b").mkdir()
    report, sheet = unit(tmp_path / "b", project("全年预算数: 80\n全年执行数: 80", """
        - {二级指标: 数量指标, 三级指标: 评审项目数, 年度指标值: ≥150个, 实际完成值: 168个}
        - {二级指标: 数量指标, 三级指标: 评审报告, 年度指标值: ≥150份, 实际完成值: 168份}
    """))
    assert kinds(report, sheet) == [ProblemKind.only_quantity_indicators]


def test_wu_is_reported_when_the_data_shows_problems_and_boilerplate_is_no_difficulty(tmp_path):
    stated = "已填存在问题:\n  - 偏差大或目标未完成原因分析：无\n"
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 70", extra=stated))
    problems = detect_problems(report, sheet)
    assert problems[-1].kind is ProblemKind.stated_none and "“无”" in problems[-1].text
    assert not any("偏差大或目标未完成原因分析" in p.text for p in problems)
    assert is_empty_answer("存在的问题和原因分析：暂无。") and is_vague("部分项目进度滞后。")
    assert not is_vague("养老服务设施运营经费保障不足。")


def test_the_units_own_cause_joins_the_problem_it_names_and_its_measure(tmp_path):
    stated = "已填存在问题:\n  - 部分设备因招标两次流标，采购完成时间推迟到11月。\n"
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 100", """
        - {二级指标: 时效指标, 三级指标: 设备采购完成时间, 年度指标值: 9月前, 实际完成值: 11月}
    """, stated))
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)
    assert "招标两次流标" in problem.text
    assert "流标后及时调整采购方式" in measure_for(problem, report, sheet)


def test_measures_fit_the_unit_and_the_form(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 70"))
    assert unit_kind(report) == "school"
    measure = measure_for(detect_problems(report, sheet)[0], report, sheet)
    assert "科室" not in measure and "调剂申请" not in measure and "全年预算数100万元" in measure
    table = load_table()
    assert "调剂申请" in choose("budget_under_execution", "部门整体", "bureau", set(), table).text
    assert "财政所" in choose("budget_under_execution", "部门整体", "town", set(), table).text
    assert choose("score_total_mismatch", "项目", "school", {"grade"}, table).requires == ["grade"]


def test_plans_snapshots_and_process_are_not_results():
    assert not is_result("下一步确保2024年3月前完成室内装修并投入使用。", 2023)
    assert not is_result("全区13个部门正在组建专业应急救援队伍，截至5月中旬已组建17支。", 2023)
    assert not is_result("成立绩效自评工作小组，对照绩效目标逐项开展自评。", 2023)
    assert is_result("截至12月底，全年累计完成数字化85万页。", 2023)


def test_logs_reach_the_goals_section_when_the_form_has_no_tasks(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 80\n全年执行数: 60"), logs={"2023.md": """
        ## 2023-05-15
        截至5月中旬，党群服务中心完成基础施工。
        ## 2023-10-20
        党群服务中心主体工程完工，建筑面积320平方米，经验收合格。
    """})
    goals = write_draft(report, sheet).section("目标完成情况").text
    assert "建筑面积320平方米" in goals and "截至5月中旬" not in goals


def test_a_sanitation_service_centre_is_no_hospital_but_a_community_health_centre_is():
    from drafter.domain.units import classify

    assert classify("某县环境卫生服务中心") != "hospital"
    assert classify("东湖街道社区卫生服务中心") == "hospital"


def test_a_measure_names_each_subject_once_even_when_two_problems_share_it():
    from drafter.domain.measures import _quoted

    assert _quoted(["预算执行", "新增分类投放点", "新增分类投放点"]) == "“预算执行”、“新增分类投放点”"


def test_a_missed_deadline_scored_in_full_is_a_score_above_the_rule(tmp_path):
    """A deadline has no proportional rule, but one that was missed cannot earn its full points."""
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 100", """
        - {二级指标: 时效指标, 三级指标: 营养餐供应商招标完成时间, 年度指标值: 3月底前, 实际完成值: 5月, 分值: 10, 得分: 10}
        - {二级指标: 时效指标, 三级指标: 食堂改造完工时间, 年度指标值: 8月底前, 实际完成值: 10月, 分值: 10, 得分: 6}
        - {二级指标: 时效指标, 三级指标: 补助资金拨付时间, 年度指标值: 6月底前, 实际完成值: 5月, 分值: 10, 得分: 10}
    """))
    high = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.score_too_high)
    assert high.subjects == ["营养餐供应商招标完成时间"]  # points taken off a late one, full points for one on time
    assert "实际5月完成，未按期完成，分值10分，自评得分10分" in high.text
    assert ProblemKind.score_too_low not in kinds(report, sheet)


def test_a_score_written_as_the_rule_gives_it_at_the_forms_precision_is_no_problem(tmp_path):
    """Forms write points rounded: 9.9 for 10 × 99.44 %, 9 for 10 × 90.31 %; 8 for 10 × 93 % is the unit's own
    deduction (money was left: no defect), 9 for all of it spent is a point withheld; full points for less than
    full execution are the rule not applied, whatever the rounding."""
    for funds, kind in (("全年预算数: 2400\n全年执行数: 2386.5\n分值: 10\n得分: 9.9", None),
                        ("全年预算数: 352.60\n全年执行数: 318.45\n分值: 10\n得分: 9", None),
                        ("全年预算数: 100\n全年执行数: 93\n分值: 10\n得分: 8", None),
                        ("全年预算数: 100\n全年执行数: 100\n分值: 10\n得分: 9", ProblemKind.score_too_low),
                        ("全年预算数: 2400\n全年执行数: 2386.5\n分值: 10\n得分: 10", ProblemKind.score_too_high)):
        folder = tmp_path / str(len(list(tmp_path.iterdir())))
        folder.mkdir()
        report, sheet = unit(folder, project(funds))
        found = {ProblemKind.score_too_low, ProblemKind.score_too_high} & set(kinds(report, sheet))
        assert found == ({kind} if kind else set()), funds


def test_a_shortfall_whose_reason_cell_a_project_form_left_empty_is_noted_and_asked_for(tmp_path):
    """The project form has a 偏差原因分析 column: an empty cell under a missed target is what reviewers send
    back, as much as "无". A department form has no such column and is not told it left one empty."""
    report, sheet = unit(tmp_path, project("全年预算数: 100\n全年执行数: 100", """
        - {二级指标: 数量指标, 三级指标: 受益学生人数, 年度指标值: ≥1200人, 实际完成值: 1105人}
    """))
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "indicator_below_target")
    assert "“受益学生人数”未达标，自评表偏差原因分析栏未填写，未说明原因" in problem.text
    measure = next(m for m in draft.section("改进措施").paragraphs if m.ref == problem.id)
    assert "对“受益学生人数”，查明未达标的具体原因" in measure.text

    department = tmp_path / "dept"
    department.mkdir()
    report, sheet = unit(department, """
        部门名称: 清河县文化馆
        被评价年度: 2023
        部门资金情况: {年初预算: 300, 调整预算: 300, 实际支出: 300}
        主要任务:
          - 任务: 群众文化活动
            关键指标:
              - {指标: 举办培训班期数, 目标值: "≥40", 实际值: 36, 单位: 期}
    """)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)
    assert "原因" not in problem.text


def test_a_project_budget_cut_is_answered_in_one_plain_phrase(tmp_path):
    report, sheet = unit(tmp_path, project("年初预算数: 3000.00\n全年预算数: 2400.00\n全年执行数: 2386.50"))
    measures = write_draft(report, sheet).section("改进措施").text
    assert "针对全年预算数由年初3000.00万元调减至2400.00万元（调减20.00%）的问题" in measures
    assert "较年初由年初" not in measures


def test_a_plan_stated_with_its_quantity_is_not_a_result_and_work_done_to_plan_is():
    assert not is_result("启动汛期防汛宣传策划，计划制作宣传短片12部。", 2024)
    assert not is_result("年初制定工作方案，全年计划接待研学团队80批次。", 2024)
    assert is_result("按计划完成渠道清淤42公里。", 2024)
    assert is_result("完成年度计划的96%，超计划完成3项。", 2024)
    assert is_result("发放计划生育家庭奖励扶助金1260人次。", 2024)


def test_a_years_plan_and_the_years_result_are_no_conflicting_figures(tmp_path):
    report, sheet = unit(tmp_path, project("全年预算数: 80\n全年执行数: 76"), logs={"2023.md": """
        ## 2023-03-20
        “书香社区”活动启动，全年计划开展读书分享会60场。
        ## 2023-12-25
        全年开展读书分享会58场，参与群众3100人次。
    """})
    kinds = {p.kind for p in detect_problems(report, sheet)}
    assert ProblemKind.inconsistent_figures not in kinds


def test_a_bound_set_at_the_years_start_and_the_years_result_are_no_conflicting_figures(tmp_path):
    # "不少于60场" is a target whose bound word is part of the figure itself, not of the words before it
    report, sheet = unit(tmp_path, project("全年预算数: 80\n全年执行数: 76"), logs={"2023.md": """
        ## 2023-01-12
        召开年度工作部署会，确定全年开展读书分享会不少于60场、送书下乡不少于12次。
        ## 2023-12-25
        全年开展读书分享会64场，送书下乡累计约15次。
    """})
    kinds = {p.kind for p in detect_problems(report, sheet)}
    assert ProblemKind.inconsistent_figures not in kinds


def test_a_balance_the_log_explains_is_written_with_its_cause_not_a_stock_phrase(tmp_path):
    log = {"2023.md": """
        - 12月27日：财政拨款结余5.24万元，系部分营养餐补助未及时兑付。
        - 12月28日：系统运维服务结余0.30万元。
    """}
    report, sheet = unit(tmp_path, project("全年预算数: 172.50\n全年执行数: 165.84"), logs=log)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.budget_under_execution)
    assert "部分营养餐补助未及时兑付" in problem.text
    assert "部分已安排的支出未能在年度内完成" not in problem.text and "运维服务" not in problem.text


def test_a_balance_no_record_explains_keeps_the_plain_statement(tmp_path):
    log = {"2023.md": "- 12月28日：系统运维服务结余0.30万元，因此年底前完成合同结算。\n"}
    report, sheet = unit(tmp_path, project("全年预算数: 172.50\n全年执行数: 165.84"), logs=log)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.budget_under_execution)
    assert "部分已安排的支出未能在年度内完成" in problem.text and "合同结算" not in problem.text


def test_a_service_cut_back_for_a_stated_reason_is_a_difficulty_and_a_time_limit_cut_is_a_result():
    assert states_problem("4月1日至6月30日，心理援助热线因咨询师流动缩减值守时段，接听来电620人次。")
    assert states_problem("因场馆维修暂停线下展览两个月，观众较上年减少。")
    assert not states_problem("推行容缺受理，企业开办时间缩减至1个工作日。")
    assert not states_problem("因地制宜建设口袋公园12处。")


def test_a_target_set_too_low_is_stated_in_words_the_drafts_own_check_can_trace(tmp_path):
    """The lead says the target was far exceeded in words, the part gives both figures: no bare 一半以上 that no
    figure beside it justifies (a reduction rate of 1.6 % against ≥1 % is 60 % over, not a half of anything)."""
    from drafter.check import check
    from drafter.pipeline import check_sources, draft_text

    report, sheet = unit(tmp_path, project("全年预算数: 80\n全年执行数: 80", """
        - {二级指标: 生态效益指标, 三级指标: 化肥使用量较上年减少, 年度指标值: ≧1%, 实际完成值: 1.6%}
    """))
    draft = write_draft(report, sheet)
    problem = next(p for p in draft.section("存在问题").paragraphs if p.kind == "target_too_low")
    assert "目标≥1%，实际完成1.6%" in problem.text
    result = check(draft_text(draft), check_sources(report))
    assert result.ok, [m.text for m in result.unsupported]


def test_a_cause_a_record_gives_for_one_funding_lines_balance_is_quoted_with_that_line(tmp_path):
    """The record explains the 上级补助资金's 1.00万元, not the whole 3.13万元: the draft quotes the record as it
    stands, so the cause stays with the line it was given for."""
    log = {"2025.md": "- 12月28日：上级补助资金结余1.00万元，主要是数字化监管平台尾款次年支付。\n"}
    report, sheet = unit(tmp_path, project("全年预算数: 71.50\n全年执行数: 68.37"), logs=log)
    problem = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.budget_under_execution)
    assert "据工作记录，上级补助资金结余1.00万元，主要是数字化监管平台尾款次年支付" in problem.text
    assert "原因是数字化监管平台" not in problem.text
