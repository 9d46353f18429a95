"""Gaps between two told rates written with a sign (比市级财政资金高-2.91个百分点: the first is lower), and last year's
rate told a clause after this year's (…，隐患率6.88%；上年隐患率7.32%，今年下降0.44个百分点: last year's figures of both
operands) — issue 10, precision; drafter/check/told.py and rows.prior_quotient.
Beside each, the planted error that must stay unsupported: the gap with the side the other way, last year's rate
over this year's whole.

Two units of our own: 临川市停车管理中心 (funds by source) and 临川市道路运输服务中心 (bus checks by year); names and
values invented.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FUNDS = [SourceText(name="停车管理中心资金表.txt", text=(
    "临川市停车管理中心 2025年项目资金（单位：万元）\n"
    "资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "年度资金总额\t360.00\t372.00\t353.28\n"
    "其中：市级财政资金\t300.00\t276.00\t264.18\n"
    "停车服务收入\t60.00\t96.00\t89.10\n"))]

CHECKS = [SourceText(name="道路运输服务中心检查统计.txt", text=(
    "临川市道路运输服务中心 2025年客运车辆安全检查统计\n"
    "指标\t本年\t上年\n"
    "客运车辆安全检查(辆次)\t1250\t1148\n"
    "发现隐患车辆(辆次)\t86\t84\n"))]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_gap_written_with_a_minus_sign_after_higher_is_the_lower_rates_gap():
    text = ("市级财政资金支出264.18万元，执行率95.72%；停车服务收入支出89.10万元，执行率92.81%，"
            "比市级财政资金{}个百分点。")
    assert status(text.format("高-2.91"), FUNDS)["-2.91个百分点"] == "derived"  # 92.81 − 95.72
    assert status(text.format("低2.91"), FUNDS)["2.91个百分点"] == "derived"
    assert status(text.format("高2.91"), FUNDS)["2.91个百分点"] == "unsupported"  # the side the other way


def test_last_years_rate_told_a_clause_after_this_years_is_over_last_years_figures():
    text = "全年检查客运车辆1250辆次，发现隐患车辆86辆次，隐患率6.88%；上年隐患率{}，今年下降0.44个百分点。"
    got = status(text.format("7.32%"), CHECKS)
    assert got["7.32%"] == "derived"  # 84 ÷ 1148
    assert got["0.44个百分点"] == "derived"  # 7.32 − 6.88
    # last year's 84 over this year's 1250 checks: no year's rate
    assert status(text.format("6.72%"), CHECKS)["6.72%"] == "unsupported"


INDICATORS = [SourceText(name="道路运输服务中心绩效指标.txt", text=(
    "临川市道路运输服务中心 2025年绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\t上年实际\n"
    "营运车辆年审合格率\t≥96%\t98.6%\t97.9%\n"))]


def test_a_gap_beyond_the_bound_its_comparison_quotes_is_against_that_bound():
    text = "营运车辆年审合格率98.6%，比上年97.9%高0.7个百分点，超出“≥96%”{}。"
    assert status(text.format("2.6个百分点"), INDICATORS)["2.6个百分点"] == "derived"  # 98.6 − 96
    assert status(text.format("2.4个百分点"), INDICATORS)["2.4个百分点"] == "unsupported"


PATROLS = [SourceText(name="道路运输服务中心巡查指标.txt", text=(
    "临川市道路运输服务中心 2025年绩效指标完成情况\n"
    "指标\t年度指标值\t实际完成值\t上年实际\n"
    "国省干线巡查里程（公里）\t≥2600\t2846\t2715\n"))]


def test_a_completion_of_the_target_after_the_gap_beyond_it_is_over_the_target():
    # 246公里 is by how much the patrols passed the target: no whole of a share
    text = "全年巡查国省干线2846公里，超过2600公里的目标246公里，完成目标的{}，比上年2715公里增长4.83%。"
    assert status(text.format("109.46%"), PATROLS)["109.46%"] == "derived"  # 2846 ÷ 2600
    assert status(text.format("9.46%"), PATROLS)["9.46%"] == "unsupported"  # 246 ÷ 2600: the gap, no completion
