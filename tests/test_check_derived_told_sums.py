"""A sum the text told is related to what comes after it by structure (issue 10): its share is over the whole its
items are all rows of ("初级道与中级道两条雪道合计接待76740人次，占62.90%" — the two rows' column sum, a whole no
sentence told), and 前者 / 后者 right after it are its first and second item ("两项合计148.55万元，前者比后者多
24.25万元"). A planted share of another value, or a gap the wrong way round, stays unsupported.

A ski resort administration centre (阿勒泰) and a hybrid rice research centre (塔城), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check

SKI = SourceText(name="雪道接待台账.md", text=(
    "# 阿勒泰市滑雪场管理中心 2025年雪道接待台账\n\n"
    "| 雪道 | 接待（人次） | 上年接待（人次） |\n| --- | ---: | ---: |\n"
    "| 将军山初级道 | 41260 | 38810 |\n| 将军山中级道 | 35480 | 33120 |\n| 可可托海高级道 | 22150 | 20960 |\n"
    "| 禾木越野道 | 13870 | 12440 |\n| 青少年训练道 | 9240 | 8650 |\n"))
RICE = SourceText(name="支出明细.md", text=(
    "# 塔城地区杂交水稻研究中心 2025年项目支出明细（万元）\n\n"
    "| 支出项目 | 执行数 |\n| --- | ---: |\n| 亲本繁育 | 86.40 |\n| 制种试验 | 62.15 |\n| 品种审定 | 31.20 |\n"
    "| 技术培训 | 20.25 |\n| 合计 | 200.00 |\n"))

SKI_HEAD = "将军山初级道接待41260人次，占33.82%；将军山中级道接待35480人次，比上年33120人次增长7.13%。"
RICE_HEAD = "亲本繁育86.40万元，占43.20%；制种试验62.15万元，占31.08%。"


def status(text: str, source: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_told_sums_share_is_over_the_column_its_items_are_rows_of():
    got = status(SKI_HEAD + "初级道与中级道两条雪道合计接待76740人次，占62.90%，超过六成。", SKI)
    assert got["76740人次"] == "derived"
    assert got["62.90%"] == "derived"  # 76740 ÷ 122000 (the five roads' sum)
    assert got["超过六成"] == "derived"


def test_a_told_sums_planted_share_stays_unsupported():
    got = status(SKI_HEAD + "初级道与中级道两条雪道合计接待76740人次，占60.90%，超过三分之二。", SKI)
    assert got["60.90%"] == "unsupported"
    assert got["超过三分之二"] == "unsupported"


def test_former_and_latter_are_the_items_of_the_sum_told_right_before():
    got = status(RICE_HEAD + "亲本繁育和制种试验两项合计148.55万元，前者比后者多24.25万元。", RICE)
    assert got["148.55万元"] == "derived"
    assert got["24.25万元"] == "derived"  # 86.40 − 62.15


def test_a_gap_of_former_and_latter_the_wrong_way_round_stays_unsupported():
    got = status(RICE_HEAD + "亲本繁育和制种试验两项合计148.55万元，后者比前者多24.25万元。", RICE)
    assert got["24.25万元"] == "unsupported"
    got = status(RICE_HEAD + "亲本繁育和制种试验两项合计148.55万元，前者比后者多25.24万元。", RICE)
    assert got["25.24万元"] == "unsupported"
