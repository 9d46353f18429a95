"""完成目标的 N% is a result over its target (issue 10): where the sentence also quotes last year's figure, the
result over last year's figure is no 完成目标的 rate — the pair is the one the words name, not the one that fits.

A township health centre (乡镇卫生院, 2024): its indicator table with 上年实际.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="卫生院自评表.md", text=(
    "# 2024年度基本公共卫生服务项目绩效自评表\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 家庭医生签约人数 | ≥11000人 | 12460人 | 11800人 |\n"
    "| 产出指标 | 数量指标 | 老年人健康体检 | ≥3200人 | 3516人 | 3390人 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_rate_of_the_target_is_the_result_over_the_target():
    got = status("家庭医生签约12460人，比11000人的目标多1460人，比上年的11800人增加660人，完成目标的113.27%。")
    assert got["113.27%"] == "derived"  # 12460 ÷ 11000


def test_a_rate_of_the_target_is_never_the_result_over_last_years_figure():
    # 3516 ÷ 3390 = 103.72 % is the result over last year, not 完成目标的 (3516 ÷ 3200 = 109.88 %)
    got = status("老年人健康体检3516人，比3200人的目标多316人，比上年的3390人增加126人，完成目标的103.72%。")
    assert got["103.72%"] == "unsupported"
