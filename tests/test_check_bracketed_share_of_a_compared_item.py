"""A share in brackets right after an item's amount, with no share word of its own — 比泵站改造工程（318.64万元，26.43%）
多 / 渠首维修148.20万元（12.29%） — is that amount's share of the whole its sentence's earlier share was of (占42.49% /
占全部执行数的59.62%: the project's spending), as if it read 占 (issue 10). Beside it the planted error: the share over
another whole (the budget), a wrong share.

Kind: a county irrigation-district renovation project (a Markdown form with a spending breakdown).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2024年灌区续建配套与节水改造项目支出绩效自评表\n\n单位：万元\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 1200.00 | 1250.00 | 1205.60 |\n\n"
    "| 支出明细 | 金额 |\n| --- | ---: |\n"
    "| 渠道衬砌工程 | 512.30 |\n| 泵站改造工程 | 318.64 |\n| 闸门更换 | 206.46 |\n| 渠首维修 | 148.20 |\n"
    ))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bracketed_share_of_the_compared_item_is_over_its_sentences_whole():
    got = status("按工程类别，渠道衬砌工程执行512.30万元，占全部执行数的42.49%，比泵站改造工程（318.64万元，26.43%）多193.66万元。")
    assert got["26.43%"] == "derived"  # 318.64 ÷ 1205.60
    got = status("按工程类别，渠道衬砌工程执行512.30万元，占全部执行数的42.49%，比泵站改造工程（318.64万元，25.49%）多193.66万元。")
    assert got["25.49%"] == "unsupported"  # 318.64 ÷ 1250.00: the budget, not the spending the 42.49% was of


def test_a_bracketed_share_right_after_an_amount_is_over_the_sentences_whole():
    text = ("渠道衬砌512.30万元、闸门更换206.46万元，合计718.76万元，占全部执行数的59.62%；"
            "渠首维修148.20万元（{share}），比闸门更换少58.26万元。")
    assert status(text.format(share="12.29%"))["12.29%"] == "derived"  # 148.20 ÷ 1205.60
    assert status(text.format(share="12.92%"))["12.92%"] == "unsupported"
