"""The text contradicting itself: a derived figure whose own words (a clause of six characters or more that compares
nothing) the same paragraph already gave to another traced value — "每场演出补助经费3000.00元 …。每场演出补助经费
3214.29元" — is no fact, however it divides (36.00万元 over the 112场 accepted instead of the 120场 held). The
first figure, the same figure restated in another unit, and figures under short or comparing words stay as they are.

A county culture centre's project data (its 演出补助经费 and shows held and accepted).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

DATA = SourceData(name="送戏下乡项目数据.yaml", data={
    "单位": "某县文化馆", "年度": 2024, "项目": "送戏下乡补助项目", "金额单位": "万元",
    "资金": {"预算": D("40.00"), "支出": D("38.50")}, "支出构成": {"演出补助经费": D("36.00"), "宣传印刷": D("2.50")},
    "成果": [{"指标": "送戏下乡演出", "计划": "≥110场", "完成": "120场"},
             {"指标": "演出验收合格", "计划": "≥100场", "完成": "112场"}]})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_the_same_words_given_another_derived_value_are_unsupported():
    got = status("全年送戏下乡演出120场，每场演出补助经费3000.00元。验收合格112场。每场演出补助经费3214.29元。")
    assert got["3000.00元"] == "derived"
    assert got["3214.29元"] == "unsupported"


def test_the_same_figure_restated_in_another_unit_stays_derived():
    got = status("全年送戏下乡演出120场，每场演出补助经费3000.00元。验收合格112场。每场演出补助经费0.30万元。")
    assert got["3000.00元"] == "derived"
    assert got["0.30万元"] == "derived"


def test_another_quantity_under_other_words_stays_derived():
    got = status("全年送戏下乡演出120场，每场演出补助经费3000.00元；验收合格112场，每场合格演出补助3214.29元。")
    assert got["3214.29元"] == "derived"
