"""A role clause opening on a word of the whole (合计预算调增 / 合计调增 / 总体执行率) speaks of the whole's figure, even
in a sentence whose clauses before it named funding lines: a line's rate given there is unsupported, the whole's own
is derived. A percentage right after 调增 / 调减 is the budget's adjustment rate.

Found on the spent corpus blind26 (ruralfilm: 市级配套执行率…，中央补助结余…，合计预算调增13.71% passed — 13.71 % is
the 市级配套 line's (468,500 − 412,000) ÷ 412,000; the whole's budget rose 3.44 %).

A county hydrology and water resources survey station's project (水文水资源勘测站): the whole and two funding lines,
the county's raised in the year.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="水资源监测项目绩效自评表.md", text=(
    "# 2025年度地下水监测项目支出绩效自评表（临泽县水文水资源勘测站）\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 90.00 | 96.00 | 90.74 | 94.52% |\n"
    "| 省级水利专项资金 | 70.00 | 70.00 | 66.25 | 94.64% |\n"
    "| 县级财政资金 | 20.00 | 26.00 | 24.49 | 94.19% |\n"))

# adjustment: the county's line (26.00 − 20.00) ÷ 20.00 = 30.00 %, the whole (96.00 − 90.00) ÷ 90.00 = 6.67 %


def last(text: str) -> tuple[str, str]:
    m = check(text, [FORM]).mentions[-1]
    return m.text, m.status


def test_the_wholes_adjustment_after_clauses_naming_lines_is_derived():
    assert last("省级水利专项资金执行率94.64%，合计预算调增6.67%。") == ("6.67%", "derived")
    assert last("县级财政资金预算调增30.00%，合计调增6.67%。") == ("6.67%", "derived")


def test_a_lines_adjustment_given_to_the_whole_is_unsupported():
    assert last("省级水利专项资金执行率94.64%，县级财政资金结余1.51万元，合计预算调增30.00%。") == ("30.00%", "unsupported")
