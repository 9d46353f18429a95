"""Two rows of a form's breakdown compared by name (宣传教育比人员培训多9.95万元) are the rows whose own labels hold those
words — not the budget rows, which the form's heading (项目名称 社区戒毒康复与禁毒宣传教育项目) names as much (issue 10).
Before, the budget rows crowded the breakdown's row out of the operands and the gap was flagged. Each with its planted
error beside it.

Kind: a 禁毒服务中心's project form as tab-separated text, the project named after two of its breakdown's rows.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.txt", text=(
    "项目支出绩效自评表（2024年度）\n"
    "项目名称\t社区戒毒康复与禁毒宣传教育项目\n"
    "实施单位\t某市禁毒服务中心\n"
    "项目资金（万元）\t资金来源\t年初预算数\t全年预算数\t全年执行数\n"
    "\t年度资金总额\t120.00\t116.00\t112.64\n"
    "\t市级财政资金\t80.00\t76.00\t73.80\n"
    "\t省级补助资金\t40.00\t40.00\t38.84\n"
    "支出明细（万元）\t明细项目\t金额\n"
    "\t社区戒毒康复\t46.25\n"
    "\t禁毒宣传教育\t38.17\n"
    "\t人员培训\t28.22\n"
    "\t合计\t112.64\n"))


@pytest.mark.parametrize("text, figure, verdict", [
    ("宣传教育比人员培训多9.95万元。", "9.95万元", "derived"),  # 38.17 − 28.22
    ("戒毒康复比宣传教育多8.08万元。", "8.08万元", "derived"),  # 46.25 − 38.17
    ("宣传教育比人员培训多10.95万元。", "10.95万元", "unsupported"),
    ("戒毒康复比宣传教育多3.72万元。", "3.72万元", "unsupported"),  # neither the two rows nor two budget figures
])
def test_rows_compared_by_name_are_the_rows_their_own_labels_name(text, figure, verdict):
    assert {m.text: m.status for m in check(text, [FORM]).mentions}[figure] == verdict
