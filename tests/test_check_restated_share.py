"""An item's share restated (issue 10): once the text has told an item's share (城关站门诊8820人次，占29.40%), a later
bare 占比 of that item — words naming nothing the first share's sentence did not — is that share again. It must agree
with it; the checker may not re-derive it over another column of the item's row or another whole so that a wrong
fraction word fits (巡诊 46 ÷ 140 = 32.86% would make 城关站占比超过三成 true). A share whose words name what else it
counts (城关站巡诊次数占比) is a share of its own.

A county community health service centre (社区卫生服务中心, 2024): a ledger of its four stations.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="各站点服务量.txt", text=(
    "2024年各站点服务量\n站点\t门诊人次\t巡诊次数\n城关站\t8820\t46\n河西站\t7650\t40\n北山站\t6230\t24\n"
    "南湾站\t7300\t30\n合计\t30000\t140\n"))
TOLD = "分站点看，城关站门诊8820人次，占29.40%，接近三成；河西站7650人次，占25.50%。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_a_bare_share_of_an_item_the_text_gave_before_must_agree_with_that_share():
    # 8820 ÷ 30000 = 29.40 %: no 超过三成, whatever another column of 城关站's row gives
    assert status(TOLD + "\n\n（另稿表述）城关站占比超过三成。")["超过三成"] == "unsupported"
    assert status(TOLD + "\n\n城关站占比接近三成。")["接近三成"] == "derived"


def test_a_share_whose_words_name_another_measure_of_the_item_is_its_own():
    assert status(TOLD + "\n\n城关站巡诊次数占比超过三成。")["超过三成"] == "derived"  # 46 ÷ 140 = 32.86%
