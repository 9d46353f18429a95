"""A growth with no base named, right after a figure (issue 10): "全年接待来访群众3,126人次，增长8.54%" — on last year,
never on the target: the figure its sentence just stated over last year's figure of the same quantity, wherever the
sources hold it (a log's 与上年对比 line beside the form's indicator). Over the target, or with a fall word, it stays
unsupported.

A county petition (信访) bureau's project form and its work log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="信访接待项目自评表.md", text=(
    "# 2024年度信访接待服务项目支出绩效自评表（某县信访局）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 接待来访群众 | ≥3000人次 | 3126人次 |\n| 办理网上信访件 | ≥1800件 | 1962件 |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 某县信访局2024年工作日志（摘录）\n\n"
    "- 2024-06-30：上半年接待来访群众 1,488 人次。\n"
    "- 2024-12-28：与上年（2023年）对比：接待来访群众 2,880 人次，办理网上信访件 1,750 件。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_growth_with_no_base_named_is_on_last_years_figure_of_the_same_quantity():
    # (3,126 − 2,880) ÷ 2,880 = 8.54 %; (1,962 − 1,750) ÷ 1,750 = 12.11 %
    got = status("全年接待来访群众3,126人次，增长8.54%；办理网上信访件1,962件，增长12.11%。")
    assert (got["8.54%"], got["12.11%"]) == ("derived", "derived")


def test_the_same_growth_over_the_target_stays_unsupported():
    # (3,126 − 3,000) ÷ 3,000 = 4.20 %: over the target, which 增长 never is
    assert status("全年接待来访群众3,126人次，增长4.20%。")["4.20%"] == "unsupported"


def test_a_fall_word_on_a_rise_stays_unsupported():
    assert status("全年接待来访群众3,126人次，下降8.54%。")["8.54%"] == "unsupported"


def test_another_quantitys_growth_stays_unsupported():
    # 12.11 % is the online petitions' growth, not the visitors'
    assert status("全年接待来访群众3,126人次，增长12.11%。")["12.11%"] == "unsupported"
