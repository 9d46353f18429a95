"""A share naming no whole is of the whole its paragraph's shares named before (issue 10): after "亲本繁育86.40万元，
占项目支出的43.20%", "制种试验62.15万元占31.08%", "…合计51.45万元，占25.73%" and "其中品种审定占15.60%" are over the
same 200.00万元 — the spending items sit in a ledger, the whole in the form, so no source structure ties them; the
paragraph does. A planted share of another value, or over another whole, stays unsupported.

A hybrid rice research centre (塔城), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 塔城地区杂交水稻研究中心 2025年制种基地建设项目支出绩效自评表\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 210.00 | 210.00 | 200.00 | 95.24% |\n"))
LEDGER = SourceText(name="支出台账.txt", text=(
    "塔城地区杂交水稻研究中心 2025年支出台账（元）\n亲本繁育　864000\n制种试验　621500\n品种审定　312000\n技术培训　202500\n"))
HEAD = "支出明细方面，亲本繁育86.40万元，占项目支出的43.20%；"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LEDGER]).mentions if m.status != "ignored"}


def test_a_bare_share_is_of_the_whole_its_paragraph_named():
    got = status(HEAD + "制种试验62.15万元占31.08%；品种审定31.20万元和技术培训20.25万元合计51.45万元，占25.73%，"
                        "其中品种审定占15.60%。")
    assert got["31.08%"] == "derived"  # 62.15 ÷ 200.00
    assert got["25.73%"] == "derived"  # 51.45 ÷ 200.00
    assert got["15.60%"] == "derived"  # 31.20 ÷ 200.00, the item its words name


def test_a_planted_bare_share_stays_unsupported():
    got = status(HEAD + "制种试验62.15万元占32.08%；其中品种审定占10.13%。")
    assert got["32.08%"] == "unsupported"
    assert got["10.13%"] == "unsupported"  # 技术培训's share given to 品种审定


def test_a_bare_share_over_another_whole_than_its_paragraph_named_stays_unsupported():
    got = status(HEAD + "制种试验62.15万元占29.60%。")
    assert got["29.60%"] == "unsupported"  # 62.15 ÷ 210.00, the budget: the paragraph's shares are of the spending
