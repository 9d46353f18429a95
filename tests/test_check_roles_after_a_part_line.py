"""A role-only clause (执行率 / 结余) after a 其中 clause that names a funding line and one of its attributes (其中县级
财政资金结余1.51万元，执行率…) is that line's: the sentence has turned to the line. The whole's rate restated there is
unsupported. (A 其中 clause that only splits the whole's figure — 其中县级财政资金24.49万元，结余… — is read as before: the
figure right before the role decides.)

Found on the held-out form gen70 (全年执行率97.12%，结余8.95万元，其中上级政法转移支付资金结余3.72万元，执行率97.12%，
低于部门整体水平 passed: the line's rate is 93.64 %).

A county hydrology and water resources survey station's project (水文水资源勘测站): the whole and two funding lines.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="水资源监测项目绩效自评表.md", text=(
    "# 2025年度地下水监测项目支出绩效自评表（临泽县水文水资源勘测站）\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 96.00 | 96.00 | 90.74 | 94.52% |\n"
    "| 省级水利专项资金 | 70.00 | 70.00 | 66.25 | 94.64% |\n"
    "| 县级财政资金 | 26.00 | 26.00 | 24.49 | 94.19% |\n"))


def statuses(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [FORM]).mentions]


def test_the_lines_own_rate_after_its_balance_is_supported():
    got = statuses("全年执行率94.52%，结余5.26万元，其中县级财政资金结余1.51万元，执行率94.19%，低于项目整体水平。")
    assert got[-1] == ("94.19%", "exact")


def test_the_wholes_rate_given_to_the_line_after_its_balance_is_unsupported():
    got = statuses("全年执行率94.52%，结余5.26万元，其中县级财政资金结余1.51万元，执行率94.52%，低于项目整体水平。")
    assert got[0] == ("94.52%", "exact")
    assert got[-1] == ("94.52%", "unsupported")

