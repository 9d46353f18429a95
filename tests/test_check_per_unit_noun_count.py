"""A per-unit money figure over a count whose own clause names the per-unit's noun — "全年承接宣传策划项目48个 …
摊到每个项目为3602.08元" (每个 then 项目: no measure word of the count's own, the noun its clause names) — and a
预算 said in another clause of the sentence with a figure of its own (平均每个项目预算1.35万元，…) makes no budget
of this one (issue 10, precision; perunit.py). Over another count, or a count whose clause names another noun, stays
unsupported.

Unit: a news centre (抚州市新闻中心); names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceData, check

FORM = [SourceData(name="项目绩效数据.json", data={
    "单位": "抚州市新闻中心",
    "年度": 2025,
    "计量说明": "金额单位为万元",
    "资金": {"年初预算": 64.80, "调整后预算": 64.80, "实际支出": 61.95},
    "支出构成": [{"内容": "新闻专题制作", "金额": 44.67}, {"内容": "策划评审劳务", "金额": 17.29}],
    "指标": [
        {"名称": "承接宣传策划项目", "目标值": "≥40个", "完成值": "48个", "上年完成": "41个"},
        {"名称": "走访采编站点", "目标值": "≥40个", "完成值": "45个"},
    ]})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FORM).mentions if m.status != "ignored"}


def test_a_per_unit_over_the_count_its_clause_names_by_the_noun():
    got = status("全年承接宣传策划项目48个（上年41个）。策划评审劳务172900元摊到每个项目为3602.08元。")
    assert got["3602.08元"] == "derived"  # 172900 ÷ 48


def test_a_budget_of_another_per_unit_in_the_sentence_is_not_this_ones():
    got = status("全年承接宣传策划项目48个（上年41个）。平均每个项目预算1.35万元，策划评审劳务172900元摊到每个项目为"
                 "3602.08元。")
    assert got["3602.08元"] == "derived"  # (1.35万元 has too few digits for the per-unit stage)


@pytest.mark.parametrize("text, figure", [
    ("全年承接宣传策划项目48个（上年41个）。策划评审劳务172900元摊到每个项目为4217.07元。", "4217.07元"),  # over 41
    ("全年走访采编站点45个。策划评审劳务172900元摊到每个项目为3842.22元。", "3842.22元"),  # another count
])
def test_another_count_stays_unsupported(text, figure):
    assert status(text)[figure] == "unsupported"
