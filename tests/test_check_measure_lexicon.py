"""Measure words from a lexicon (drafter/data/measure_words.txt, drawn from jieba's dictionary: its measure words
and the ones it lists after numerals, 一群 / 几群 / 两群): a figure keeps what it counts (86群 is no bare 86, and
not 86箱), and a word the measure word starts (群众, 集体) leaves the figure bare.

A 疗养院 (职工疗养院): its logistics ledger and a work log.
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

LEDGER = SourceText(name="疗养院后勤台账.txt", text=(
    "项目\t数量\t单位\n"
    "疗养区中华蜂养护\t86\t群\n"
    "疗养楼门窗更换\t214\t扇\n"
    "职工疗休养用餐\t1260\t桌\n"))
LOG = SourceText(name="疗养院工作日志.md", text=(
    "4月12日：疗养区新分蜂12群，入箱饲养。\n"
    "9月3日：重阳节慰问老劳模，送鲜花36束。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER, LOG]).mentions if m.status != "ignored"}


def test_a_lexicon_measure_word_stays_with_its_figure():
    got = {m.text: m.unit for m in extract_mentions("养护中华蜂86群，更换门窗214扇，承办用餐1260桌，送鲜花36束。")}
    assert got == {"86群": "群", "214扇": "扇", "1260桌": "桌", "36束": "束"}


def test_a_word_the_measure_word_starts_leaves_the_figure_bare():
    assert [m.text for m in extract_mentions("院内12集体宿舍完成改造，服务3群众代表。")] == ["12", "3"]


def test_figures_in_lexicon_measure_words_trace_to_the_ledger_and_the_log():
    got = status("疗养区养护中华蜂86群，全年新分蜂12群；更换疗养楼门窗214扇，保障职工疗休养用餐1260桌，重阳节送鲜花36束。")
    assert got == {"86群": "exact", "12群": "exact", "214扇": "exact", "1260桌": "exact", "36束": "exact"}


def test_a_figure_in_another_measure_word_stays_unsupported():
    assert status("疗养区养护中华蜂86箱。")["86箱"] == "unsupported"  # 86 colonies, not boxes
    assert status("更换疗养楼门窗214个。")["214个"] == "unsupported"
    assert status("重阳节送鲜花36盆。")["36盆"] == "unsupported"


QUARTERS = SourceText(name="分季度疗养台账.txt", text=(
    "滨江市职工疗养院2024年分季度台账\n"
    "季度\t接待疗养员(人)\t营期(期)\n"
    "第一季度\t210\t2\n第二季度\t356\t3\n第三季度\t402\t3\n第四季度\t188\t1\n"
    "合计\t1156\t9\n上年合计\t1043\t8\n"))


def test_a_column_named_with_its_own_measure_word_is_named_by_the_noun_before_it():
    # 营期(期): the header's name ends in its measure word, as “康养之旅”营9期 writes the noun and the measure apart
    got = {m.text: m.status for m in check("举办“康养之旅”营9期，比上年8期多1期。", [QUARTERS]).mentions}
    assert got["9期"] == "exact" and got["8期"] == "exact" and got["1期"] == "derived"
    got = {m.text: m.status for m in check("举办“康养之旅”营9期，比上年7期多2期。", [QUARTERS]).mentions}
    assert got["7期"] == "unsupported"


def test_a_numeral_in_words_before_a_lexicon_measure_word_is_a_slogan_not_a_count():
    # 全院一盘棋, 一颗心, 二胎政策: the lexicon's words count after Arabic figures (86群); after 一 / 二 they make idioms
    got = [(m.text, m.ignored) for m in extract_mentions("全院一盘棋推进疗养服务，医护人员一颗心服务职工，落实二胎政策。")]
    assert got == [("一", True), ("一", True), ("二", True)]
