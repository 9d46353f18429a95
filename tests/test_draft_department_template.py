"""Drafting a department form kept in the finance bureaus' template (tasks listed with 预算数 / 执行数, the
indicators in a table of their own) from a folder of the form and the year's log."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.pipeline import draft

from test_import_department_word import department_word_form


def section(result, name: str) -> str:
    return "\n".join(p.text for s in result.sections if s.name == name for p in s.paragraphs)


def folder(tmp_path: Path, log: str = "") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    department_word_form(tmp_path)
    (tmp_path / "工作日志.txt").write_text(log or "4月18日：春季蚕种发放完成，共发放优质蚕种1860张。\n", encoding="utf-8")
    return tmp_path


def test_a_tasks_budget_and_spending_are_written_with_its_execution_rate(tmp_path):
    text = section(draft(folder(tmp_path)), "目标完成情况")
    assert "蚕桑良种繁育推广" in text
    assert "执行数44.20万元" in text and "执行率96.09%" in text  # 44.20 ÷ 46.00


def test_a_task_spending_below_nine_tenths_of_its_budget_is_a_problem_with_a_measure(tmp_path):
    result = draft(folder(tmp_path))
    problems, measures = section(result, "存在问题"), section(result, "改进措施")
    # 桑园病虫害绿色防控: 26.10 of 28.50 → 91.58 %, above the floor; 蚕桑良种繁育推广 96.09 %: neither is a problem
    assert "任务执行率偏低" not in problems
    low = folder(tmp_path / "low")
    form = next(low.glob("*.docx"))
    import docx
    document = docx.Document(form)
    cell = document.tables[0].cell(10, 4)
    cell.text = "24.60"  # 24.60 of 28.50 → 86.32 %
    document.save(form)
    result = draft(low)
    problems, measures = section(result, "存在问题"), section(result, "改进措施")
    assert "桑园病虫害绿色防控" in problems and "86.32%" in problems
    assert "桑园病虫害绿色防控" in measures


def test_tasks_beside_the_units_own_indicator_table_are_not_tasks_without_indicators(tmp_path):
    problems = section(draft(folder(tmp_path)), "存在问题")
    assert "未设置关键指标" not in problems


def test_last_years_figures_in_a_log_are_neither_this_years_results_nor_a_conflict(tmp_path):
    log = ("1月12日：完成2023年度推广数据统计上报，上年全年推广优质蚕种2980张，统防统治4600亩。\n"
           "4月18日：春季蚕种发放完成，共发放优质蚕种1860张。\n"
           "9月30日：秋季蚕种发放完成，全年推广优质蚕种3260张。\n")
    result = draft(folder(tmp_path, log))
    assert "2980张" not in section(result, "目标完成情况")
    assert "不一致" not in section(result, "存在问题")


def test_a_log_line_opening_with_a_span_of_dates_and_a_colon_reads_as_a_sentence(tmp_path):
    log = "5月6日至5月20日：开展桑园病虫害统防统治，防治面积2100亩。\n"
    text = section(draft(folder(tmp_path, log)), "目标完成情况")
    assert "5月20日：" not in text
    assert "防治面积2100亩" in text


def test_a_yearly_plan_in_a_log_is_not_a_result(tmp_path):
    log = ("2月20日：制定全年工作方案，全年计划推广优质蚕种3000张。\n"
           "9月30日：秋季蚕种发放完成，全年推广优质蚕种3260张。\n")
    text = section(draft(folder(tmp_path, log)), "目标完成情况")
    assert "计划推广优质蚕种3000张" not in text


def test_a_folder_of_a_form_and_its_log_is_summarized_as_it_is_drafted(tmp_path):
    from drafter.chains.summarize import summarize

    s = summarize(folder(tmp_path), chars=400)
    assert s.ok, [m.text for m in s.check.unsupported]
    assert "219.45万元" in s.section("总体情况").body or "96.00%" in s.section("总体情况").body


def test_a_summary_point_never_opens_with_the_drafts_own_label():
    from drafter.chains.summarize import summarize

    examples = Path(__file__).resolve().parent.parent / "examples"
    points = summarize(examples / "shiqiao-town-2023", chars=400).section("主要成效").items
    assert points and not [p for p in points if p.startswith(("完成情况", "年度预期目标"))]


def test_a_summary_point_from_the_units_own_indicators_does_not_open_with_their_label(tmp_path):
    from drafter.chains.summarize import summarize

    points = summarize(folder(tmp_path), chars=500).section("主要成效").items
    assert points and not [p for p in points if re.match(r"^[\u4e00-\u9fff]{0,6}指标[\u4e00-\u9fff]{0,4}[：:]", p)]


def test_a_summarys_results_are_neither_the_years_goal_nor_a_tasks_spending(tmp_path):
    from drafter.chains.summarize import summarize

    results = summarize(folder(tmp_path), chars=400).section("主要成效").body
    assert "3000张以上" not in results  # the goal, restated
    assert "执行数" not in results  # 预算数 / 执行数 / 执行率 belong to 总体情况 and 存在问题


def test_no_two_result_points_of_a_summary_state_the_same_figure(tmp_path):
    from drafter.chains.summarize import summarize
    from drafter.numbers import extract_mentions

    points = summarize(folder(tmp_path), chars=500).section("主要成效").items
    seen: dict[str, str] = {}
    for point in points:
        for m in extract_mentions(point):
            if m.value is not None and not m.ignored:
                assert m.text not in seen or seen[m.text] == point, (m.text, seen.get(m.text), point)
                seen[m.text] = point


def test_a_budget_adjustment_in_the_reports_results_is_no_result_point(tmp_path):
    from drafter.chains.summarize import summarize

    report = tmp_path / "城区停车场运营管理项目自评报告.md"
    report.write_text(
        "# 城区公共停车场运营管理项目2024年度绩效自评报告\n\n## 一、目标完成情况\n\n"
        "项目年初预算260.00万元，全年预算248.00万元，调减12.00万元，调减4.62%；全年执行236.40万元，执行率95.32%。\n\n"
        "全年新增公共停车泊位1860个，智慧停车平台接入停车场42处，泊位周转率达到每日3.6次。"
        "违停投诉办结率98.7%，比上年提高2.1个百分点。\n\n"
        "## 二、存在问题\n\n部分停车场收费系统老化，高峰时段出场排队时间较长。\n\n"
        "## 三、改进措施\n\n更新老旧收费设备，推广无感支付。\n", encoding="utf-8")
    results = summarize(report, chars=400).section("主要成效").items
    assert results and not [p for p in results if "预算" in p and "调减" in p]


def test_a_log_line_listing_two_tasks_results_gives_each_task_its_own_part(tmp_path):
    log = "12月20日：全年推广优质蚕种3260张，建成示范基地3个；桑园病虫害统防统治5120亩，防治效果达92%。\n"
    paragraphs = [p.text for s in draft(folder(tmp_path, log)).sections if s.name == "目标完成情况"
                  for p in s.paragraphs]
    breeding = next(p for p in paragraphs if p.startswith("（一）蚕桑良种繁育推广"))
    pests = next(p for p in paragraphs if p.startswith("（二）桑园病虫害绿色防控"))
    assert "示范基地3个" in breeding and "防治效果达92%" not in breeding
    assert "防治效果达92%" in pests
