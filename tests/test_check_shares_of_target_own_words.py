"""完成目标的N% in a sentence listing several results is of the record its own clause names (issue 10):
"…新建智能水表超过1.2万只，更换老旧管网完成目标的112.50%" is 18 ÷ 16 公里 of 更换老旧管网 — never the meters' record
the sentence named just before.

A town water supply company's network renewal project (2024), summary sentence.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年供水管网改造项目绩效自评表（白沙镇供水站）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 供水总量 | ≥3600万吨 | 3862万吨 | 3715万吨 |\n| 新建智能水表 | ≥10000只 | 12450只 | 8300只 |\n"
    "| 更换老旧管网 | ≥16公里 | 18公里 | 14公里 |\n\n| 支出明细 | 全年执行数（万元） |\n| --- | --- |\n| 智能水表购置 | 286.4 |\n| 老旧管网更换 | 526.2 |\n| 合计 | 812.6 |\n"))

TEXT = "项目支出812.6万元，全年供水3862万吨，新建智能水表比上年增长50.00%，更换老旧管网完成目标的{}。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_of_target_is_of_the_record_its_own_clause_names():
    assert status(TEXT.format("112.50%"))["112.50%"] == "derived"  # 18 ÷ 16


def test_the_record_named_before_it_gives_no_such_rate():
    assert status(TEXT.format("124.50%"))["124.50%"] == "unsupported"  # 12450 ÷ 10000, the meters
    assert status(TEXT.format("128.57%"))["128.57%"] == "unsupported"  # 18 ÷ 14, last year's
