"""The whole of the funds (issue 10): a sentence that names no funding line states the whole's 调整率 — a cut written
negative (调整率-4.17%; written as its size, 调减…，调整率4.17%, it is wrong) — and a raise's rate is the whole's
too (全年资金总额调增…，调整率…). Each with its planted error: another line's rate, the wrong side, a wrong figure.

Kind: a 贸促会 (council for the promotion of international trade) project form in Markdown.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="贸促会项目自评表.md", text=(
    "# 企业出海服务项目支出绩效自评表（2024年度）\n\n"
    "单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 288.00 | 276.00 | 268.62 |\n"
    "| 市级财政资金 | 228.00 | 210.00 | 204.30 |\n"
    "| 展会服务收入 | 60.00 | 66.00 | 64.32 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_cut_written_negative_naming_no_line_is_the_wholes_rate():
    text = "项目年初预算288.00万元，全年预算276.00万元，调减12.00万元，调整率-4.17%。"
    assert status(text)["-4.17%"] == "derived"  # (276.00 − 288.00) ÷ 288.00
    assert status(text.replace("-4.17%", "-7.89%"))["-7.89%"] == "unsupported"  # 市级财政资金's


def test_a_cuts_rate_written_without_its_sign_stays_unsupported():
    text = "项目年初预算288.00万元，全年预算276.00万元，调减12.00万元，调整率4.17%。"
    assert status(text)["4.17%"] == "unsupported"  # a cut's 调整率 is negative: −4.17%


def test_a_raises_rate_after_the_wholes_words_is_the_wholes_not_a_lines():
    assert status("展会服务收入年中调增6.00万元，调整率10.00%。")["10.00%"] == "derived"  # 6.00 ÷ 60.00
    assert status("全年资金总额调减12.00万元，调整率-4.17%。")["-4.17%"] == "derived"  # named by no row's name
    assert status("全年资金总额调减12.00万元，调整率10.00%。")["10.00%"] == "unsupported"  # 展会's, not the whole's



DEPT = SourceText(name="贸促会部门自评表.md", text=(
    "# 部门整体支出绩效自评表（2024年度）\n\n单位：万元\n\n"
    "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 备注 |\n| --- | ---: | ---: | ---: | --- |\n"
    "| 合计 | 476.00 | 448.00 | 436.20 | |\n| 基本支出 | 296.00 | 296.00 | 292.10 | |\n"
    "| 项目支出 | 180.00 | 152.00 | 144.10 | 年中调减28.00万元 |\n"))


def test_a_lines_adjustment_rate_has_the_sign_of_its_budgets_move():
    got = lambda text: {m.text: m.status for m in check(text, [DEPT]).mentions}  # noqa: E731
    assert got("项目支出调整率-15.56%。")["-15.56%"] == "derived"  # (152.00 − 180.00) ÷ 180.00
    # a cut's rate is negative, though the cut's size the sources state gives 28.00 ÷ 180.00 = 15.56 %
    assert got("项目支出调整率15.56%。")["15.56%"] == "unsupported"
    assert got("项目支出全年预算152.00万元，比年初调减28.00万元，调整率-15.56%。\n\n项目支出调整率15.56%。")[
        "15.56%"] == "unsupported"
