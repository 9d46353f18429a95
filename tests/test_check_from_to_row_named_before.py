"""由X增至Y of a measure (巡护里程由10,240公里增至10,650公里) whose clause names the measure, not the row: the row is
the one its sentence named last (台账中，敦化市修复412亩，…，巡护里程由…) — X its 上年 figure, Y this year's (issue 10).
Beside it the planted errors: another row's 上年 figure, the pair the wrong way round.

Kind: a prefecture's grassland fire-prevention patrol ledger by county (tab-separated).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="分县巡护台账.tsv", text=(
    "锡林郭勒盟草原防火站 2024年分县巡护台账（巡护里程：公里；隐患：处）\n\n"
    "旗县\t排查隐患\t巡护里程\t上年巡护里程\n"
    "阿巴嘎旗\t126\t8,460\t8,120\n"
    "苏尼特左旗\t98\t7,350\t7,580\n"
    "正蓝旗\t87\t6,920\t6,640\n"
    "合计\t311\t22,730\t22,340\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_from_to_of_a_measure_is_of_the_row_its_sentence_named_last():
    got = status("台账中，阿巴嘎旗排查隐患126处，巡护里程由8,120公里增至8,460公里；正蓝旗排查87处。")
    assert (got["8,120公里"], got["8,460公里"]) == ("exact", "exact")


def test_another_rows_earlier_figure_or_the_wrong_way_round_stays_unsupported():
    got = status("台账中，阿巴嘎旗排查隐患126处，巡护里程由6,640公里增至8,460公里；正蓝旗排查87处。")
    assert got["6,640公里"] == "unsupported"  # 正蓝旗's 上年
    got = status("台账中，苏尼特左旗排查隐患98处，巡护里程由7,350公里增至7,580公里。")
    assert got["7,580公里"] == "unsupported"  # last year's, written as the later one (a fall written as a rise)
