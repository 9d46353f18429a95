"""户均 over enterprises or households counted in 家 (issue 10): "补贴农业经营主体86家，户均补贴2.35万元" is the subsidy
paid over the 86家 — not over the target's 80家 or last year's count.

A county agricultural machinery subsidy for farm businesses (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年农业经营主体补贴项目绩效自评表（临河县农业农村局）\n\n金额单位：万元\n\n"
    "| 项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 补贴资金合计 | 210.00 | 202.10 |\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 补贴农业经营主体 | ≥80家 | 86家 | 71家 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


TEXT = "全年补贴农业经营主体86家，超过80家的目标，比上年的71家增加15家；户均补贴{}。"


def test_an_average_per_household_is_over_the_enterprises_counted_in_jia():
    assert status(TEXT.format("2.35万元"))["2.35万元"] == "derived"  # 202.10 ÷ 86


def test_over_the_target_or_last_years_count_it_stays_unsupported():
    assert status(TEXT.format("2.53万元"))["2.53万元"] == "unsupported"  # ÷ 80
    assert status(TEXT.format("2.85万元"))["2.85万元"] == "unsupported"  # ÷ 71
