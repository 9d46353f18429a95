"""A gap to an item (比第一批少6天) is to the figure told under that item — the segment it was told in opens with the
item's name (第一批高速扫描仪…，用时17天), though the figure's own clause (用时17天) does not name it (issue 10).
Each with its planted error beside it.

Kind: a 档案馆's equipment record in YAML, two numbered batches with arrival and acceptance dates.
"""

from __future__ import annotations

from drafter.check import SourceData, check

DATA = SourceData(name="设备采购.yaml", data={"单位": "某县档案馆", "年度": 2024, "设备": [
    {"批次": "第一批", "名称": "高速扫描仪", "到货": "2024-03-05", "验收": "2024-03-22"},
    {"批次": "第二批", "名称": "缩微拍摄机", "到货": "2024-09-10", "验收": "2024-09-21"}]})

TOLD = "第一批高速扫描仪3月5日到货、3月22日验收，用时17天；第二批缩微拍摄机9月10日到货、9月21日验收，用时11天，"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_a_gap_to_the_item_named_is_to_the_figure_told_under_it():
    got = status(TOLD + "比第一批少6天。")
    assert (got["17天"], got["11天"], got["6天"]) == ("derived", "derived", "derived")


def test_a_wrong_gap_to_the_item_named_stays_unsupported():
    assert status(TOLD + "比第一批少5天。")["5天"] == "unsupported"


def test_a_gap_whose_side_word_says_the_other_one_is_larger_is_unsupported():
    assert status(TOLD + "比第一批多6天。")["6天"] == "unsupported"  # 11 days is fewer than 17
    assert status(TOLD + "比第一批用时多6天。")["6天"] == "unsupported"  # named by its clause's 用时 too
