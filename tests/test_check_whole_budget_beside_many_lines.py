"""A department's whole budget beside many lines (issue 10): once a form gives its funds by source AND by nature —
four lines or more, each with its own 年初 / 全年 / 执行 — the whole's 预算调整率 is still the whole's (the lines'
changes never crowd it out), and a 结余 after a bracketed aside listing the lines (全年实际支出…（其中A…、B（…专项）…；
基本支出…、项目支出…），…，结余) is the whole's: the aside lists parts of the figure before it, a name in it with a
bracketed remark of its own included, however long it is. Each positive beside its planted error: another line's
change given to the whole, the whole's balance mistyped.

A county 盐务管理局's department data, as `drafter import` writes it from its form (a unit kind in no corpus).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check


def _line(name: str, initial: str, adjusted: str, actual: str) -> dict:
    return {"名称": name, "年初预算数": D(initial), "全年预算数": D(adjusted), "全年执行数": D(actual)}


SALT = SourceData(name="input.yaml", data={
    "部门名称": "滨江县盐务管理局", "被评价年度": 2025, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算数": D("312.40"), "全年预算数": D("335.90"), "全年执行数": D("326.18"),
                     "执行率": D("97.11"), "其中": [
                         _line("一般公共预算财政拨款", "292.40", "292.40", "286.05"),
                         _line("上级转移支付（省级盐业监管专项）", "20.00", "43.50", "40.13"),  # +23.50, +117.50 %
                         _line("基本支出", "228.40", "229.90", "228.26"),
                         _line("项目支出", "84.00", "106.00", "97.92")]}})  # +22.00, +26.19 %, 结余 8.08

HEAD = "2025年，滨江县盐务管理局年初预算312.40万元，调整预算335.90万元，较年初调增23.50万元，"
SPENT = ("全年实际支出326.18万元（其中一般公共预算财政拨款286.05万元、上级转移支付（省级盐业监管专项）40.13万元；"
         "基本支出228.26万元、项目支出97.92万元），预算完成率（实际支出÷调整预算）为97.11%，")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [SALT]).mentions if m.status != "ignored"}


def test_the_wholes_adjustment_rate_beside_four_lines_is_the_wholes():
    assert status(HEAD + "预算调整率为调增7.52%。")["7.52%"] == "derived"  # 23.50 ÷ 312.40
    # 项目支出's own change (22.00 ÷ 84.00) given to the whole
    assert status(HEAD + "预算调整率为调增26.19%。")["26.19%"] == "unsupported"


def test_a_balance_after_an_aside_listing_the_lines_is_the_wholes():
    assert status(HEAD + SPENT + "结余9.72万元。")["9.72万元"] == "derived"  # 335.90 − 326.18
    # the whole's balance with two digits swapped
    assert status(HEAD + SPENT + "结余9.27万元。")["9.27万元"] == "unsupported"
    # (a line's own balance written there, 8.08 of 项目支出, still reads as that line's: the sentence names the line
    # in its aside, and a 结余 naming no line may be any named row's — as it did before this rule)
