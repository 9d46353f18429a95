"""Measure words of units whose work is counted in them (issue 10, index): 具 (遗体, a funeral home), 幅 (书画作品, a
cultural centre), 樘 (门窗, a housing renovation), 匹 (马, a mounted patrol), 顶 (帐篷, emergency supplies), 工日 and
台班 (labour and machine shifts of a works contract), 航次 (a patrol boat's voyages). A figure in one of them is a
count of that thing, never a bare number that any equal cell would support; the words that merely start with the
same character (具体, 具有, 具备, 匹配, 顶级) are not a measure word."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions


@pytest.mark.parametrize("sentence, text, base, value", [
    ("全年火化遗体2466具，比上年增加148具。", "2466具", "具", Decimal(2466)),
    ("征集本土书画作品86幅。", "86幅", "幅", Decimal(86)),
    ("更换老旧门窗1260樘。", "1260樘", "樘", Decimal(1260)),
    ("骑警队配备巡逻马12匹。", "12匹", "匹", Decimal(12)),
    ("储备救灾帐篷300顶。", "300顶", "顶", Decimal(300)),
    ("投入劳务用工3860工日。", "3860工日", "工日", Decimal(3860)),
    ("使用机械320台班。", "320台班", "台班", Decimal(320)),
    ("全年巡航146航次。", "146航次", "航次", Decimal(146)),
])
def test_a_figure_in_a_trade_measure_word_counts_that_thing(sentence, text, base, value):
    m = {m.text: m for m in extract_mentions(sentence)}[text]
    assert (m.base_unit, m.value) == (base, value)


@pytest.mark.parametrize("sentence, text", [
    ("共制定3项具体措施，其中2具体到人。", "2"),
    ("全县12个村中有5具有示范作用。", "5"),
    ("数据平台与3匹配的系统对接。", "3"),
    ("引进2顶级专家团队。", "2"),
])
def test_words_that_start_with_the_same_character_are_no_measure_word(sentence, text):
    assert text in {m.text for m in extract_mentions(sentence)}


def test_a_count_of_one_thing_is_not_borne_out_by_the_same_number_of_another():
    src = SourceText(name="殡葬服务.txt", text="遗体火化：2466具\n骨灰寄存：1620格位\n")
    got = {m.text: m.status for m in check("全年火化遗体2466具。", [src]).mentions}
    assert got == {"2466具": "exact"}
    got = {m.text: m.status for m in check("全年接待群众2466人次。", [src]).mentions}
    assert got == {"2466人次": "unsupported"}
