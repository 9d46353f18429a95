"""A signed rate right after a change it restates (issue 10): '全年预算494.00万元（调减26.00万元，-5.00%）' — a rate
with no words of its own whose minus sign and the change before it say what it is: that change relative to its base
(the initial budget), as 调减率 would. Beside it, its planted error: the change over the adjusted budget (26.00 ÷
494.00), which is no rate of the cut.

A district funeral-service centre's project form (a unit of a kind in no corpus).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="惠民殡葬项目自评表.md", text=(
    "# 2024年度惠民殡葬服务项目支出绩效自评表（某区殡葬服务中心）\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 520.00 | 494.00 | 480.17 |\n"))


def status(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [FORM]).mentions if m.status != "ignored"]


def test_a_signed_rate_in_the_bracket_of_a_cut_is_the_cut_over_the_initial_budget():
    got = status("年初预算520.00万元，全年预算494.00万元（调减26.00万元，-5.00%）。")
    assert got[2] == ("26.00万元", "derived")
    assert got[3] == ("-5.00%", "derived")  # (494.00 − 520.00) ÷ 520.00
    # 26.00 ÷ 494.00 = 5.26 %: over the adjusted budget, no rate of the cut
    assert status("年初预算520.00万元，全年预算494.00万元（调减26.00万元，-5.26%）。")[3] == ("-5.26%", "unsupported")


def test_a_signed_rate_after_a_cut_in_a_clause_of_its_own():
    got = status("全年预算494.00万元，比年初调减26.00万元，-5.00%。")
    assert got[-1] == ("-5.00%", "derived")
