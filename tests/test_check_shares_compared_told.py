"""What a change is compared with may be a figure the paragraph stated before in the text's own words (issue 10):
"其中春季结业214人；暑期结业356人，比春季多142人" compares with the spring figure the text named 春季, though the
source line puts 春季 before a list (春季游泳、跳绳培训班) and names its figure only by what follows; "三季度满意度
96.1%，比全年低0.9个百分点" compares with the year's rate its paragraph stated (群众满意度97.0%), never with a
target, another year's figure or a wrong gap.

A district sports centre's public fitness training project (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年全民健身培训项目绩效自评表（临江区体育中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 培训结业学员 | ≥500人 | 570人 | 498人 |\n| 学员满意度 | ≥95% | 97.0% | 96.2% |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 临江区体育中心2024年工作日志（摘录）\n\n"
    "- 2024-04-28：春季游泳、跳绳培训班结业学员 214 人。\n"
    "- 2024-08-30：暑期游泳培训班结业学员 356 人。\n"
    "- 2024-10-08：三季度培训回访，满意度 96.1%。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_change_is_against_the_figure_the_text_named_before():
    got = status("全年培训结业学员570人。其中春季结业214人；暑期结业356人，比春季多142人。")
    assert got["142人"] == "derived"  # 356 − 214


def test_a_wrong_change_against_the_named_figure_stays_unsupported():
    got = status("全年培训结业学员570人。其中春季结业214人；暑期结业356人，比春季多152人。")
    assert got["152人"] == "unsupported"


def test_a_quarters_rate_is_compared_with_the_years_rate_its_paragraph_stated():
    got = status("学员满意度97.0%，高于95%的目标2个百分点；三季度满意度96.1%，比全年低0.9个百分点。")
    assert got["0.9个百分点"] == "derived"  # 97.0 − 96.1


def test_the_gap_to_the_target_or_last_year_is_no_gap_to_the_year():
    got = status("学员满意度97.0%，高于95%的目标2个百分点，比上年的96.2%提高0.8个百分点；三季度满意度96.1%，"
                 "比全年高1.1个百分点。")
    assert got["1.1个百分点"] == "unsupported"  # 96.1 − 95 (the target) is no comparison with the year
