"""A deadline written as an occasion — 春节前, 汛期前, 开学前 — against an actual date ("1月20日") is a time target
drafter cannot place on the calendar by itself, not a result left in words: the draft states both as written
("目标为“春节前”，实际“1月20日”完成") with no verdict, and 存在问题 does not call the date 未量化. An actual in words
("已完成") is still 未量化. Unit: a city's family-planning association (计划生育协会)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems
from drafter.pipeline import draft

FORM = """
    部门名称: 横县计划生育协会
    被评价年度: 2025
    部门资金情况: {年初预算: 92.60, 调整预算: 101.80, 实际支出: 97.35}
    主要任务:
      - 编号: 任务1
        任务: 计生特殊家庭帮扶
        预期目标: 春节前完成走访慰问。
        关键指标:
          - {指标: 慰问金发放完成时间, 目标值: 春节前, 实际值: 1月20日}
          - {指标: 帮扶档案整理, 目标值: 汛期前, 实际值: 已完成}
        任务涉及金额: 31.20
"""


def test_a_date_against_an_occasion_is_stated_as_written_without_a_verdict(tmp_path):
    from conftest import write_unit

    write_unit(tmp_path, FORM)
    done = next(s.text for s in draft(tmp_path / "input.yaml").sections if s.name == "目标完成情况")
    assert "“慰问金发放完成时间”目标为“春节前”，实际“1月20日”完成" in done
    assert "“1月20日”（未以数值填报）" not in done


def test_a_date_is_no_unquantified_result_but_words_are(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, FORM)
    worded = [p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_not_numeric]
    assert len(worded) == 1
    assert "帮扶档案整理" in worded[0].text and "慰问金发放完成时间" not in worded[0].text
