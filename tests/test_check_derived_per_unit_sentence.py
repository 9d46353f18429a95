"""A per-unit whose 每-noun names the count its clause told is of the amount its sentence told before it, in the
target's measure (issue 10): "制种基地面积1.86万亩，…；落实制种田块1,240个，超计划40个，平均每个田块15.00亩" is 1.86万亩 ÷
1240 — the area told in the sentence's earlier clause (after a ；), no other. A planted per-unit of another value stays
unsupported, and so does one over a count the 每-noun does not name.

A hybrid rice research centre (塔城), 2025: its data file gives the area and the plots as bare numbers.
"""

from __future__ import annotations

from drafter.check import SourceData, check

RICE = SourceData(name="制种数据.yaml", data={
    "单位": "塔城地区杂交水稻研究中心", "年度": 2025,
    "资金": {"合计": {"年初": 1500000, "调整后": 1500000, "支出": 1428600}},
    "成果": {"制种基地面积": {"计划": 1.8, "完成": 1.86, "上年完成": 1.72},
             "制种田块": {"计划": 1200, "完成": 1240}, "示范户": {"计划": 300, "完成": 310}}},
    text="# 塔城地区杂交水稻研究中心 2025年 制种基地建设项目 绩效数据\n# 金额单位：元；面积：万亩；田块：个；示范户：户\n")

HEAD = "制种基地面积1.86万亩，完成计划1.8万亩的103.33%，比上年1.72万亩增加0.14万亩；"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [RICE]).mentions if m.status != "ignored"}


def test_a_per_unit_takes_the_amount_its_sentence_told_before_the_count():
    got = status(HEAD + "落实制种田块1,240个，超计划40个，平均每个田块15.00亩。")
    assert got["15.00亩"] == "derived"  # 18600亩 ÷ 1240


def test_a_planted_per_unit_stays_unsupported():
    got = status(HEAD + "落实制种田块1,240个，超计划40个，平均每个田块15.50亩。")
    assert got["15.50亩"] == "unsupported"


def test_a_per_unit_over_a_count_its_noun_does_not_name_stays_unsupported():
    got = status(HEAD + "带动示范户310户，落实制种田块1,240个，平均每个田块60.00亩。")
    assert got["60.00亩"] == "unsupported"  # 18600 ÷ 310 is per 示范户, not per 田块
