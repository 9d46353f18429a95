"""A counted sum naming no role — "前两个项目合计71.75万元" — adds what the listed items spent when their clauses say 执行
(农村电商培训执行41.20万元（预算44.00万元）…) as well as the items that name no role (直播基地运维30.55万元), never
their budgets (issue 10, precision; stated.counted_sum). A sum with a budget in it, or of other items, stays
unsupported.

Unit: an e-commerce service centre (上饶市电子商务服务中心); names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

FORM = [SourceText(name="项目支出明细.md", text=(
    "# 上饶市电子商务服务中心2025年重点项目支出明细\n\n"
    "| 项目 | 预算数（万元） | 执行数（万元） |\n| --- | --- | --- |\n"
    "| 农村电商培训 | 44.00 | 41.20 |\n"
    "| 直播基地运维 | 32.00 | 30.55 |\n"
    "| 物流站点补贴 | 24.00 | 22.10 |\n"
    "| 品牌推广宣传 | 20.00 | 17.35 |\n"))]

TEXT = ("农村电商培训执行41.20万元（预算44.00万元），执行率93.64%；直播基地运维30.55万元；物流站点补贴22.10万元；"
        "品牌推广宣传预算20.00万元，仅执行17.35万元。前两个项目合计{}。")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FORM).mentions if m.status != "ignored"}


def test_a_counted_sum_adds_what_the_first_items_spent():
    assert status(TEXT.format("71.75万元"))["71.75万元"] == "derived"  # 41.20 + 30.55


@pytest.mark.parametrize("figure", ["74.55万元", "85.20万元", "52.65万元"])  # 44.00 + 30.55; 41.20 + 44.00; later two
def test_a_sum_with_a_budget_or_of_other_items_stays_unsupported(figure):
    assert status(TEXT.format(figure))[figure] == "unsupported"
