"""A funding line's 完成率 (issue 10): in a sentence on one funding line, a bare 完成率 is that line's budget completion
rate, as 执行率 and 预算完成率 are — after its 结余 or its spending alike. The total's rate given to the line
(市级财政资金结余2.55万元，完成率95.36%, where 95.36% is the 年度资金总额 row's) is unsupported; the line's own stays.

A county archives (县档案馆, 2024): its project form as a Markdown pipe table, rates on every row.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="县档案馆项目支出绩效自评表.md", text=(
    "# 项目支出绩效自评表（2024年度）\n\n## 项目资金（万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 年度资金总额 | 140.00 | 137.00 | 130.65 | 10 | 95.36% | 9.54 |\n"
    "| 其中：省级专项资金 | 100.00 | 100.00 | 96.20 | — | 96.20% | — |\n"
    "| 市级财政资金 | 40.00 | 37.00 | 34.45 | — | 93.11% | — |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bare_completion_rate_after_a_lines_balance_is_that_lines_rate():
    assert status("市级财政资金结余2.55万元，完成率95.36%。")["95.36%"] == "unsupported"  # the total's
    assert status("市级财政资金结余2.55万元，完成率93.11%。")["93.11%"] in ("exact", "derived")


def test_the_wholes_own_completion_rate_stays_supported():
    assert status("全年结余6.35万元，完成率95.36%。")["95.36%"] in ("exact", "derived")
