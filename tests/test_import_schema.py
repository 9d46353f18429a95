"""The schema reads targets, budget rows and scores as the 自评表 write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.schema import (Budget, Comparison, Direction, Indicator, ReportInput, TimePoint, parse_target,
                            parse_time_point)


@pytest.mark.parametrize("written, cmp, value, unit", [
    ("≥95%", "≥", "95", "%"), ("≧6台（套）", "≥", "6", "台（套）"), ("⩾90%", "≥", "90", "%"),
    ("＞＝80%", "≥", "80", "%"), ("95%以上", "≥", "95", "%"), ("不低于90%", "≥", "90", "%"),
    ("不少于60场", "≥", "60", "场"), ("达到100%", "≥", "100", "%"),
    ("≤0.4万元", "≤", "0.4", "万元"), ("≦850万元", "≤", "850", "万元"), ("⩽5起", "≤", "5", "起"),
    ("0.5%以内", "≤", "0.5", "%"), ("3%以下", "≤", "3", "%"), ("不超过120万元", "≤", "120", "万元"),
    ("不高于5%", "≤", "5", "%"), ("控制在0.5%以内", "≤", "0.5", "%"), ("控制在50万元", "≤", "50", "万元"),
    ("=100%", "=", "100", "%"), ("═100%", "=", "100", "%"), ("＝14个", "=", "14", "个"),
    ("＞90%", ">", "90", "%"), ("＜3次", "<", "3", "次"), ("> 0", ">", "0", ""),
    ("2天以内", "≤", "2", "天"), ("30个工作日内", "≤", "30", "个工作日"), ("24小时以内", "≤", "24", "小时"),
    ("3,475.09万元", None, "3475.09", "万元"), ("１２个", None, "12", "个"),
])
def test_targets_written_with_symbols_and_words_parse_to_their_comparison(written, cmp, value, unit):
    parsed = parse_target(written)
    assert parsed is not None and parsed.deadline is None
    assert (parsed.comparison.value if parsed.comparison else None, parsed.value, parsed.unit) == (
        cmp, Decimal(value), unit)


@pytest.mark.parametrize("written, point", [
    ("9月前", TimePoint(month=9)), ("12月31日前", TimePoint(month=12, day=31)),
    ("10月底前", TimePoint(month=10)), ("2023年6月30日前", TimePoint(year=2023, month=6, day=30)),
    ("年底前", TimePoint(month=12, day=31)), ("不晚于9月前", None),
    ("12月中旬前", TimePoint(month=12, day=20)), ("6月上旬前", TimePoint(month=6, day=10)), ("3月下旬前", TimePoint(month=3)),
])
def test_deadlines_are_time_points_not_numbers(written, point):
    parsed = parse_target(written)
    if point is None:
        assert parsed is None or parsed.deadline is None
    else:
        assert parsed is not None and parsed.deadline == point and parsed.comparison is Comparison.le
        assert parsed.value is None  # "9月前" is never the number 9


@pytest.mark.parametrize("written", ["明显提升", "效果明显", "达成预期", "3-5人", "100% 深化危险化学品安全监管"])
def test_worded_and_compound_values_stay_text(written):
    parsed = parse_target(written)
    assert parsed is None or parsed.value is None and parsed.deadline is None


@pytest.mark.parametrize("written, value, unit", [
    ("收样后15个工作日以内", "15", "个工作日"), ("3个工作日内办结", "3", "个工作日"), ("受理后2小时内响应", "2", "小时"),
    ("办结时限≤20个工作日", "20", "个工作日"), ("接报后30分钟内到达现场", "30", "分钟"), ("报告出具时间不超过7天", "7", "天"),
])
def test_a_time_limit_written_with_its_event_and_action_is_a_bound_on_the_duration(written, value, unit):
    """Forms write time limits as the rule reads: from an event (收样后, 接报后), with the act that must be done in
    time (办结, 响应, 到达现场) — still a duration no longer than the figure."""
    parsed = parse_target(written)
    assert parsed is not None and parsed.deadline is None
    assert (parsed.comparison, parsed.value, parsed.unit) == (Comparison.le, Decimal(value), unit)
    assert indicator(年度指标值=written, 实际完成值=f"{int(value) - 1}{unit}").met is True


@pytest.mark.parametrize("written", ["培训后85%以上就业", "签约后3年", "全年服务1200人次以上的站点"])
def test_words_around_a_figure_that_is_no_time_limit_stay_text(written):
    parsed = parse_target(written)
    assert parsed is None or parsed.value is None


def indicator(**fields) -> Indicator:
    return Indicator.model_validate({"三级指标": "指标", **fields})


@pytest.mark.parametrize("target, actual, met", [
    ("9月前", "7月", True), ("9月前", "9月", True), ("9月前", "10月", False),
    ("12月31日前", "12月15日", True), ("10月31日前", "11月2日", False), ("10月底前", "10月", True),
    ("6月30日前", "7月", False), ("2天以内", "1.5天", True), ("2天以内", "3天", False),
    ("≦3天", "36小时", True), ("≦3天", "80小时", False), ("24小时以内", "1天", True),
    ("30个工作日内", "25个工作日", True), ("30个工作日内", "32个工作日", False),
    ("≥95%", "92%", False), ("＞90%", "90%", False), ("＜3次", "2次", True), ("═100%", "100%", True),
    ("明显提升", "效果明显", None),
    # a third of a month (上旬 1–10, 中旬 11–20, 下旬 to the end) is a point in time, read at its latest day
    ("11月底前", "12月中旬", False), ("12月底前", "12月中旬", True), ("10月20日前", "10月中旬", True),
    ("10月15日前", "10月下旬", False), ("9月前", "9月上旬", True), ("12月中旬前", "12月10日", True),
])
def test_time_targets_compare_as_times_and_a_deadline_met_early_is_met(target, actual, met):
    ind = indicator(年度指标值=target, 实际完成值=actual)
    assert ind.met is met


def test_a_month_deadline_keeps_target_and_actual_as_written():
    ind = indicator(年度指标值="9月前", 实际完成值="8月")
    assert (ind.target, ind.target_text, ind.actual, ind.actual_text) == (None, "9月前", None, "8月")
    assert ind.comparison is Comparison.le and ind.deadline == TimePoint(month=9)


def test_indicator_nature_accepts_words_and_symbols():
    assert indicator(年度指标值="5万元", 指标性质="反向").comparison is Comparison.le
    assert indicator(年度指标值="95%", 指标性质="≥").direction is Direction.positive
    assert indicator(年度指标值="5起", 指标性质="≦").comparison is Comparison.le
    assert indicator(年度指标值="效果明显", 指标性质="定性").direction is Direction.qualitative


def test_indicator_rows_carry_initial_target_completion_rate_and_points():
    ind = indicator(年初目标值="≥200场", 年度指标值="≥180场", 实际完成值="190场", 指标完成率="105.56%", 分值="10",
                    得分="10")
    assert ind.initial_target == "≥200场" and ind.target == 180
    assert (ind.stated_completion_rate, ind.score_weight, ind.score) == (Decimal("105.56"), 10, 10)


def project(**fields) -> ReportInput:
    return ReportInput.model_validate({"项目名称": "2023年农村饮水安全巩固提升工程", "被评价年度": 2023,
                                       "表格类型": "项目支出", **fields})


def test_a_project_forms_indicators_become_its_one_task_and_scores_are_kept():
    report = project(项目资金={"全年预算数": 100, "全年执行数": 90, "分值": 10, "执行率": "90%", "得分": 9},
                     年度总体目标=["完成管网改造38公里"],
                     绩效指标=[{"一级指标": "产出指标", "三级指标": "管网长度", "年度指标值": "≥38公里", "实际完成值": "36.5公里"}],
                     总分="88.5", 自评等级="良", 已填存在问题="无", 已填改进措施=["按月调度进度"])
    assert [t.name for t in report.tasks] == ["2023年农村饮水安全巩固提升工程"]
    assert report.tasks[0].goal == "完成管网改造38公里" and report.tasks[0].indicators[0].met is False
    assert (report.total_score, report.grade) == (Decimal("88.5"), "良")
    assert report.stated_problems == ["无"] and report.stated_measures == ["按月调度进度"]
    assert (report.budget.score_weight, report.budget.stated_completion_rate, report.budget.score) == (10, 90, 9)


def test_a_total_row_that_contradicts_its_other_rows_is_kept_and_named():
    budget = Budget.model_validate({"全年预算数": 0, "全年执行数": 0, "其中": [
        {"名称": "本年财政拨款", "全年预算数": "312.60", "全年执行数": "301.40", "执行率": "96.42%", "分值": 10}]})
    assert budget.actual == 0 and budget.lines[0].actual == Decimal("301.40")
    assert budget.lines[0].stated_rate == Decimal("96.42")
    assert [d[:3] for d in budget.lines_disagree()] == [("adjusted", 0, Decimal("312.60")), ("actual", 0, Decimal("301.40"))]


def test_a_budget_given_only_as_an_execution_rate_is_kept_as_that_rate():
    report = project(项目资金={"执行率": "100%", "分值": 10, "得分": 10})
    assert report.budget.stated_completion_rate == 100
    assert (report.budget.initial, report.budget.adjusted, report.budget.actual) == (None, None, None)


def test_a_department_budget_may_be_labelled_yusuanshu():
    report = ReportInput.model_validate({"部门名称": "临江区档案馆", "被评价年度": 2023,
                                         "部门资金情况": {"预算数": "436.80", "实际支出": "428.15"}})
    assert report.budget.adjusted == Decimal("436.80")


def test_key_project_rows_keep_their_stated_rate_and_points():
    report = ReportInput.model_validate({"部门名称": "临江区东湖街道办事处", "被评价年度": 2022, "部门资金情况": {},
                                         "重点项目": [{"项目名称": "老旧小区微改造项目", "全年预算数": 1300, "执行数": 1260,
                                                   "执行率": "96.92%", "分值": 10, "得分": "9.69"}]})
    p = report.key_projects[0]
    assert (p.stated_rate, p.score_weight, p.score) == (Decimal("96.92"), 10, Decimal("9.69"))


def test_time_points_parse_only_real_dates():
    assert parse_time_point("9月20日") == TimePoint(month=9, day=20)
    assert parse_time_point("13月") is None and parse_time_point("第3季度") is None


def test_a_deadline_met_early_is_drafted_as_met_not_as_a_share_of_the_month(tmp_path):
    from drafter.pipeline import draft, draft_text

    (tmp_path / "input.yaml").write_text(
        "项目名称: 2023年农村饮水安全巩固提升工程\n被评价年度: 2023\n表格类型: 项目支出\n"
        "项目资金: {全年预算数: 498.00, 全年执行数: 472.35}\n"
        "绩效指标:\n"
        "  - {三级指标: 主体工程完工时间, 年度指标值: 9月前, 实际完成值: 7月}\n"
        "  - {三级指标: 供水故障抢修时长, 年度指标值: 2天以内, 实际完成值: 1.5天}\n", encoding="utf-8")
    text = draft_text(draft(tmp_path / "input.yaml", sections=["目标完成情况"]))
    assert "“主体工程完工时间”目标为“9月前”，实际“7月”完成，达到目标" in text
    assert "“供水故障抢修时长”目标为“2天以内”，实际为1.5天，达到目标" in text  # a ceiling is not "完成"; as worded
    assert "完成目标的" not in text and "未达到目标" not in text


def test_drafter_schema_lists_the_form_labels_it_now_reads(tmp_path):
    import json

    from drafter.testing.cli import run_drafter

    schema = json.loads(run_drafter("schema", home=tmp_path).stdout)
    top = schema["properties"]
    assert "总分" in top["total_score"]["x-labels"] and "自评等级" in top["grade"]["x-labels"]
    assert "已填改进措施" in top["stated_measures"]["x-labels"] and "绩效指标" in top["indicators"]["x-labels"]
    indicator = schema["$defs"]["Indicator"]["properties"]
    assert {"年初目标值", "指标完成率", "指标性质"} <= {l for f in indicator.values() for l in f.get("x-labels", [])}
    assert "≧95%" in indicator["comparison"]["description"]


@pytest.mark.parametrize("target, actual, value, met", [
    ("≤10个工作日", "平均8个工作日", "8", True), ("2天以内", "平均1.6天", "1.6", True),
    ("≥1200人次", "累计1350人次", "1350", True), ("≤3个工作日", "平均4个工作日", "4", False),
])
def test_an_actual_written_as_an_average_or_a_running_total_is_its_figure(target, actual, value, met):
    """Forms fill 实际完成值 as '平均8个工作日' (the mean time of the year's cases) or '累计1350人次': the figure compared
    with the target, not words that leave the indicator unmeasured (a draft called such rows 完成值未量化)."""
    ind = indicator(年度指标值=target, 实际完成值=actual)
    assert ind.actual == Decimal(value) and ind.met is met
