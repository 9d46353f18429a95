"""Measure words outside the reader's list (issue 10) are an open class; a figure read bare loses its measure, so a
planted figure in the wrong measure word passes, and a share, sum or per-unit of it loses its subject. Two ways the
reader learns one without a longer list:

- X次 after an Arabic figure counts occurrences of X (1,260伞次, 263矿次, 58河次), as 人次 / 架次 do — not before 之
  (4380亩次之: the second largest, 亩 then 次之);
- the sources write the word right after a figure of their own (第一批收购树桩素材210桩，): the same word after a text's
  figure is that figure's measure, in the text and in the source (a figure the sources count in 盆 is no 386桩).

Units: an aviation sports school (航空运动学校) and a city's bonsai garden (盆景园).
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions


def read(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.unit) for m in extract_mentions(text) if not m.ignored]


def test_an_occurrence_word_of_any_noun_after_a_figure():
    assert read("全年完成跳伞1,260伞次，") == [("1,260伞次", "伞次")]
    assert read("巡查58河次。") == [("58河次", "河次")]


def test_second_place_is_no_occurrence_word():
    assert read("疏附县4380亩次之，") == [("4380亩", "亩")]
    assert read("共培训1.2万人次之多") == [("1.2万人次", "万人次")]


def test_a_level_or_a_word_of_its_own_is_no_occurrence_word():
    assert read("分3层次推进") == [("3层", "层")]  # 层次 is a level: 3层 as before, no 3层次
    assert read("提升了三个档次") == [("三个", "个")]


FLIGHTS = SourceText(name="训练台账.tsv", text=(
    "教练组\t跳伞(伞次)\t滑翔(架次)\t训练经费(元)\n"
    "一组\t680\t212\t186,400\n"
    "二组\t580\t198\t171,200\n"
    "合计\t1,260\t410\t357,600\n"))


def status(text: str, sources: list[SourceText]) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_column_headed_by_an_occurrence_word_counts_in_it():
    got = status("喀什航空运动学校全年完成跳伞1,260伞次，其中一组680伞次，占53.97%。", [FLIGHTS])
    assert got["1,260伞次"] == "exact"
    assert got["680伞次"] == "exact"
    assert got["53.97%"] == "derived"


def test_the_same_figure_in_another_measure_word_is_unsupported():
    # 1,260 counts jumps (伞次): no 1,260架次 of gliding
    assert status("全年完成滑翔1,260架次。", [FLIGHTS])["1,260架次"] == "unsupported"


LEDGER = SourceText(name="树桩素材收购台账.txt", text=(
    "阿克苏市盆景园2025年树桩素材收购台账\n"
    "批次\t收购日期\t品种\t收购金额（元）\n"
    "第一批\t4月18日\t红柳、胡杨\t52,500\n"
    "第二批\t9月26日\t榆树、红柳\t61,250\n"
    "备注：第一批收购树桩素材210桩，第二批250桩，均已上盆养护；成活盆景386盆。\n"))


def test_a_measure_word_the_sources_write_after_a_figure():
    got = status("第一批收购树桩素材210桩，第二批250桩，比第一批多40桩。", [LEDGER])
    assert got["210桩"] == "exact"
    assert got["250桩"] == "exact"
    assert got["40桩"] == "derived"


def test_a_figure_the_sources_count_in_another_measure_word_is_unsupported():
    assert status("第二批收购树桩素材250株。", [LEDGER])["250株"] == "unsupported"
    assert status("全年成活盆景386桩。", [LEDGER])["386桩"] == "unsupported"
    assert status("全年成活盆景386盆。", [LEDGER])["386盆"] == "exact"


EQUIPMENT = SourceText(name="装备购置清单.md", text=(
    "# 喀什航空运动学校2025年安全装备购置清单\n\n"
    "| 装备 | 数量 | 金额（元） |\n| --- | --- | --- |\n"
    "| 自动体外除颤器（AED） | 2台 | 36,800 |\n| 备份伞 | 12具 | 96,000 |\n"))


def test_a_count_after_an_equipment_acronym_is_a_count():
    # AED2台 counts two machines; a code glued to letters (B1级防火, PM2.5浓度, COVID-19例) stays a code
    assert read("购置AED2台，") == [("2台", "台")]
    assert read("配备移动DR1台") == [("1台", "台")]
    assert read("采用B1级防火材料") == []
    assert read("PM2.5浓度") == []
    assert read("COVID-19例") == []
    assert status("全年购置自动体外除颤器AED2台。", [EQUIPMENT])["2台"] == "exact"
    assert status("全年购置自动体外除颤器AED3台。", [EQUIPMENT])["3台"] == "unsupported"
