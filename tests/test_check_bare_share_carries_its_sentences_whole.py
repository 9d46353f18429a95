"""A bare share right after a share that names its whole (省级资金占支出的62.43%，市级资金占37.57%) is of that whole —
the spending — and so no restatement of the item's share of another whole the text gave before (市级…占全年预算的
37.00%) (issue 10). A bare share after no share naming a whole still restates the item's earlier share, and a value
that share does not bear out stays flagged.

Kind: a city meteorological bureau's lightning-protection project form (Markdown).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2024年防雷减灾项目支出绩效自评表\n\n单位：万元\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 200.00 | 200.00 | 190.00 |\n"
    "| 其中：省级气象专项资金 | 126.00 | 126.00 | 118.62 |\n"
    "| 市级财政资金 | 74.00 | 74.00 | 71.38 |\n"))

BUDGET = "项目全年预算200.00万元，其中省级资金126.00万元，市级资金74.00万元，占全年预算的37.00%。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bare_share_after_a_share_naming_its_whole_is_of_that_whole():
    got = status(BUDGET + "\n\n全年执行190.00万元。省级资金占支出的62.43%，超过六成，市级资金占37.57%。")
    assert got["37.57%"] == "derived"  # 71.38 ÷ 190.00, not the 37.00 % of the budget again


def test_a_bare_share_with_no_whole_carried_still_restates_the_items_earlier_share():
    got = status(BUDGET + "\n\n全年执行190.00万元。市级资金占37.57%。")
    assert got["37.57%"] == "unsupported"  # the item's share the text gave is 37.00 %
