"""A funding line's adjustment rate said by 降幅 / 增幅 after its change, or bracketed right after it (issue 10,
precision; drafter/check/roles.py and run.py's role anchor): 市级财政资金调减24.00万元，降幅8.00% is that line's
(276.00 − 300.00) ÷ 300.00; 全年预算372.00万元，增幅3.33% after a line named earlier in the sentence is the whole's
(the figure right before it is the whole's budget); 调减24.00万元（-8.00%） is the change's own rate.
Beside each, the planted error that must stay unsupported: the rate over the adjusted budget (8.70%), a line's rate
given to the whole, the sign the other way.

A unit of our own: 临川市停车管理中心 (parking patrols, a parking platform); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FUNDS = [SourceText(name="停车管理中心资金表.txt", text=(
    "临川市停车管理中心 2025年项目资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t360.00\t372.00\t353.28\n"
    "其中：市级财政资金\t300.00\t276.00\t264.18\n"
    "停车服务收入\t60.00\t96.00\t89.10\n"
    "注：市级财政资金按预算压减调减24.00万元；停车服务收入年中追加36.00万元。\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FUNDS).mentions if m.status != "ignored"}


def test_a_fall_rate_after_a_line_cut_is_that_lines_adjustment_rate():
    text = "年内市级财政资金按预算压减调减24.00万元，降幅{}；停车服务收入追加36.00万元，增长60.00%。"
    assert status(text.format("8.00%"))["8.00%"] == "derived"  # (276.00 − 300.00) ÷ 300.00
    assert status(text.format("8.70%"))["8.70%"] == "unsupported"  # 24.00 ÷ 276.00: over the adjusted budget


def test_a_rate_after_the_whole_budget_is_the_wholes_not_the_line_named_before():
    text = "项目年初预算360.00万元，年中停车服务收入追加36.00万元，全年预算372.00万元，增幅{}。"
    assert status(text.format("3.33%"))["3.33%"] == "derived"  # (372.00 − 360.00) ÷ 360.00
    assert status(text.format("60.00%"))["60.00%"] == "unsupported"  # 停车服务收入's rate given to the whole


def test_a_rate_bracketed_after_a_lines_change_is_that_changes_rate():
    cut = "市级财政资金调减24.00万元（{}），停车服务收入不变。"
    assert status(cut.format("-8.00%"))["-8.00%"] == "derived"
    assert status(cut.format("-8.70%"))["-8.70%"] == "unsupported"
    raised = "停车服务收入追加36.00万元（{}）。"
    assert status(raised.format("60.00%"))["60.00%"] == "derived"
    assert status(raised.format("-60.00%"))["-60.00%"] == "unsupported"  # a raise is no fall
