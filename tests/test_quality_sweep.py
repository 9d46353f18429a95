"""The generality sweep (tests/quality/sweep/): twelve forms of unit kinds found nowhere else, as their units hold
them (.xlsx, .docx, pipe text, text copied out of a PDF, tab text). Each drafts clean under its own check,
raises the problems a reviewer expects with the form's causes, words its measures as the data allows (no 执行率偏低
at 95 %), keeps another task's overview out of a task, says no sentence twice in a section, and summarizes keeping
the budget."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

SWEEP = Path(__file__).resolve().parent / "quality" / "sweep"
CASES = sorted(p.name for p in SWEEP.iterdir() if (p / "expected.yaml").exists())


@pytest.fixture(scope="module")
def measured():
    sys.path.insert(0, str(SWEEP))
    from measure import measure

    return {case: measure(SWEEP / case) for case in CASES}


def test_the_sweep_has_twelve_forms_in_four_formats():
    assert len(CASES) == 12
    suffixes = {next(p.suffix for p in (SWEEP / c).iterdir() if p.name != "expected.yaml") for c in CASES}
    assert {".xlsx", ".docx", ".md", ".txt"} <= suffixes


@pytest.mark.parametrize("case", CASES)
def test_each_form_imports_and_drafts_clean_under_its_own_check(measured, case):
    row = measured[case]
    assert row["import"] == "ok" and row["draft_exit"] == 0, row.get("untraced")


@pytest.mark.parametrize("case", CASES)
def test_each_form_raises_the_expected_problems_with_the_forms_causes(measured, case):
    row = measured[case]
    assert Decimal(row["problem_recall"]) == 1, row["details"]
    assert Decimal(row["cause_recall"]) == 1 and Decimal(row["cause_measures"]) == 1, row["details"]
    assert Decimal(row["false_problems"]) == 0, row["details"]


@pytest.mark.parametrize("case", CASES)
def test_each_draft_words_its_measures_and_narrative_as_the_data_allows_and_repeats_no_sentence(measured, case):
    row = measured[case]
    assert Decimal(row["misfit_measures"]) == 0 and Decimal(row["narrative_banned"]) == 0, row["details"]
    assert row["repeated"] == []


def test_a_goal_row_wrapped_in_a_pdf_copy_keeps_the_survey_that_backs_the_satisfaction_figure():
    # 两癌筛查 as copied out of a PDF: the 年度总体目标 row wraps over three lines; its 实际完成情况 holds the
    # questionnaire (回收有效问卷1180份), so no satisfaction-without-survey problem may be raised
    from drafter.forms import import_form

    result = import_form(SWEEP / "screening" / "两癌筛查项目自评表.txt")
    assert result.input["年度总体目标"] == ["为全县35-64岁农村适龄妇女免费开展宫颈癌筛查12000人、乳腺癌筛查12000人，"
                                      "筛查结果30个工作日内反馈。"]
    done = {log.title: log.text for log in result.logs}["年度总体目标-实际完成情况"]
    assert done.startswith("完成宫颈癌筛查10850人") and "回收有效问卷1180份，满意度96%。" in done
    cause = result.input["绩效指标"][0]["偏差原因分析及改进措施"]
    assert cause == "部分适龄妇女外出务工，参检率低于预期；下年度利用春节返乡时段集中筛查。"


@pytest.mark.parametrize("case", CASES)
def test_each_summary_keeps_the_budget_and_no_missed_target_as_a_result(measured, case):
    row = measured[case]
    assert row["summary_missing"] == [] and row["missed_as_results"] == []
    used, limit = map(int, row["summary_chars"].split("/"))
    assert used <= limit
