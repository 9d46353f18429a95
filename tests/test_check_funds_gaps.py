"""A gap between two funding lines' rates said with 低于 / 高于 and the line compared with after it (issue 10):
资金完成率95.50%，低于一般公共预算0.66个百分点 — the named line's rate minus the compared line's, on the side the word says,
whatever the rate is called (执行率 / 完成率). The wrong side and another gap stay unsupported.

Kind: a 法学会 (law society) project form.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="法学会项目自评表.md", text=(
    "# 法治宣传与法学研究项目支出绩效自评表（2024年度）\n\n"
    "单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 150.00 | 142.00 | 136.35 |\n"
    "| 一般公共预算 | 120.00 | 112.00 | 107.70 |\n"
    "| 省级法学研究补助资金 | 30.00 | 30.00 | 28.65 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_gap_said_with_lower_than_and_the_compared_line_after_it():
    text = "一是省级法学研究补助资金完成率95.50%，低于一般公共预算0.66个百分点，结余1.35万元。"  # 96.16 − 95.50
    assert status(text)["0.66个百分点"] == "derived"
    assert status(text.replace("低于", "高于"))["0.66个百分点"] == "unsupported"  # the wrong side
    assert status(text.replace("0.66个百分点", "1.16个百分点"))["1.16个百分点"] == "unsupported"


def test_a_gap_said_with_higher_than():
    assert status("一般公共预算完成率96.16%，高于省级法学研究补助资金0.66个百分点。")["0.66个百分点"] == "derived"
    assert status("一般公共预算完成率96.16%，低于省级法学研究补助资金0.66个百分点。")["0.66个百分点"] == "unsupported"
