"""Last year's date of a deadline indicator (issue 10): a form's 上年实际 column gives the day the work was done a
year earlier, and a sentence that states this year's day first (实际“10月20日”完成) then last year's (上年于11月6日完成)
states both rightly — this year's result is no rival of a date the words give to last year. A lacquerware institute's
restoration deadline, in a Markdown form as units paste it."""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceIndex, check

FORM = """# 漆器研究所2025年度项目支出绩效自评表

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 时效指标 | 漆器修复完成时间 | 10月底前 | 10月20日 | 11月6日 | 5 | 5 |
| 产出指标 | 数量指标 | 修复漆器件数 | ≥40件 | 46件 | 38件 | 10 | 10 |
"""


def statuses(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "自评表.md").write_text(FORM, encoding="utf-8")
    return [(m.text, m.status) for m in check(text, SourceIndex.build([tmp_path])).mentions]


def test_last_years_day_after_this_years_result_is_last_years(tmp_path):
    got = statuses(tmp_path, "“漆器修复完成时间”目标为“10月底前”，实际“10月20日”完成，达到目标，提前11天，上年于11月6日完成。")
    assert ("11月6日", "exact") in got and ("10月20日", "exact") in got


def test_last_years_day_told_as_this_years_result_stays_refused(tmp_path):
    got = statuses(tmp_path, "“漆器修复完成时间”目标为“10月底前”，实际于11月6日完成。")
    assert ("11月6日", "unsupported") in got


def test_this_years_day_given_to_last_year_is_no_support(tmp_path):
    got = statuses(tmp_path, "漆器修复实际于10月20日完成，上年于10月28日完成。")
    assert ("10月28日", "unsupported") in got
