"""A figure the report's own 存在问题 names as short of its target is no achievement: the summary must not list
"培训覆盖率84.5%" among 主要成效 when 存在问题 says it fell below the 90% target — a leader would read the
shortfall as a success. A report written by staff, prose only, no indicator table to read the verdict from."""
from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 临江区职业病防治院2024年度尘肺病筛查项目绩效自评报告

## 一、预算执行情况

项目全年预算186.00万元，实际支出178.42万元，执行率95.92%。

## 二、绩效目标完成情况

全年完成接尘劳动者尘肺病筛查12860人，完成目标的107.17%；筛查报告平均5个工作日出具。
全年开展基层医生读片培训6期，培训覆盖率78.6%。
高千伏胸片质量优良率96.3%，比上年提高1.2个百分点。
筛查对象满意度95.1%。

## 三、存在问题

基层医生读片培训覆盖率78.6%，低于90%的目标11.4个百分点，主要是部分乡镇卫生院人员紧缺、难以脱产参训。

## 四、改进措施

2025年改为线上读片培训与集中授课相结合，按季度通报参训情况。
"""


def test_a_figure_the_problems_name_as_short_of_target_is_not_a_result(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    summary = summarize(path)
    results = "".join(next(s for s in summary.sections if s.name == "主要成效").items)
    problems = "".join(next(s for s in summary.sections if s.name == "存在问题").items)
    assert "78.6%" not in results and "78.6%" in problems
    assert "12860人" in results and "96.3%" in results


def test_a_ceiling_met_below_its_target_stays_a_result(tmp_path):
    """低于 beside a target is a shortfall only where the report lists its problems: a rate kept below a ceiling
    ("投诉率0.3%，低于1%的控制目标") in the results is an achievement."""
    text = REPORT.replace("筛查对象满意度95.1%。", "筛查对象投诉率0.3%，低于1%的控制目标；筛查对象满意度95.1%。")
    path = tmp_path / "自评报告.md"
    path.write_text(text, encoding="utf-8")
    results = "".join(next(s for s in summarize(path).sections if s.name == "主要成效").items)
    assert "78.6%" not in results and "0.3%" in results
