"""The rest after a sum (其余116批次 after 两轮合计274批次) is the whole less the sum — also when the text never states
the whole but took a share of it a clause before (第一轮…抽检156批次，占全年的40.00%: the year's 390 of the ledger):
the whole that share of one of the sum's items was of (issue 10). Beside it the planted error: a wrong rest.

Kind: a county market-supervision bureau's food-safety sampling (a Markdown ledger by township).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="食品安全抽检台账.md", text=(
    "# 2024年县市场监管局食品安全抽检台账（单位：批次）\n\n"
    "| 乡镇 | 抽检批次 | 不合格批次 |\n| --- | ---: | ---: |\n"
    "| 城关镇 | 128 | 3 |\n| 青石镇 | 116 | 2 |\n| 河口乡 | 84 | 1 |\n| 白沙乡 | 62 | 1 |\n"
    "| 合计 | 390 | 7 |\n\n"
    "注：专项抽检分两轮，第一轮4月8日至4月19日抽检156批次，第二轮10月14日至10月25日抽检118批次。\n"))

TEXT = ("第一轮专项抽检从4月8日到4月19日，抽检156批次，占全年的40.00%；第二轮10月14日至10月25日抽检118批次，"
        "两轮合计274批次，其余{rest}批次为日常监督抽检。")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_the_rest_after_a_sum_is_the_whole_a_share_of_its_item_was_of_less_the_sum():
    got = status(TEXT.format(rest="116"))
    assert (got["40.00%"], got["274批次"]) == ("derived", "derived")  # 156 ÷ 390; 156 + 118
    assert got["116批次"] == "derived"  # 390 − 274 (not 青石镇's 116)


def test_a_wrong_rest_stays_unsupported():
    assert status(TEXT.format(rest="126"))["126批次"] == "unsupported"
    assert status(TEXT.format(rest="128"))["128批次"] == "unsupported"  # 城关镇's, not the rest
