"""A bare 调增 / 调减 right after the whole's adjusted budget (年中省级追加…、县级新增安排…，全年预算调整为486.50万元，调增
66.50万元) is the whole's change: the budget figure before it is the anchor its role-only clause speaks of, as it is for a
bare 结余 / 执行率 after a figure. The last funding line the sentence named (县级) is not the subject any more. A change
that is not the whole's (调增36.50万元 there) stays unsupported, and so does a raise where the whole was cut.

Found on a held-out project form of my own (a county water-conservancy centre's PDF form, three funding lines).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="灌区渠系维修项目绩效自评表.md", text=(
    "# 2024年度灌区渠系维修项目支出绩效自评表（额敏县水利工程管理站）\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 420.00 | 486.50 | 471.26 | 96.87% |\n"
    "| 中央补助资金 | 300.00 | 300.00 | 295.40 | 98.47% |\n"
    "| 自治区资金 | 120.00 | 150.00 | 142.36 | 94.91% |\n"
    "| 县级资金 | 0.00 | 36.50 | 33.50 | 91.78% |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bare_raise_after_the_wholes_adjusted_budget_is_the_wholes():
    got = status("项目年初预算420.00万元，年中自治区追加30.00万元、县级新增安排36.50万元，全年预算调整为486.50万元，"
                 "调增66.50万元，调整率15.83%。")
    assert got["66.50万元"] in ("exact", "derived"), got


def test_the_last_named_lines_raise_given_to_the_whole_stays_unsupported():
    got = [(m.text, m.status) for m in check("项目年初预算420.00万元，年中自治区追加30.00万元、县级新增安排36.50万元，"
                                             "全年预算调整为486.50万元，调增36.50万元。", [FORM]).mentions]
    assert got[2] == ("36.50万元", "exact") and got[-1] == ("36.50万元", "unsupported"), got


def test_a_cut_said_of_a_raised_whole_stays_unsupported():
    got = status("项目年初预算420.00万元，全年预算调整为486.50万元，调减66.50万元。")
    assert got["66.50万元"] == "unsupported", got
