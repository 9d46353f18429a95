"""A count of days between two dates the text itself states is arithmetic on the text's own figures (issue 10).

A 航道养护所 (waterway maintenance office) reports its dredging sections and its buoy batches. Real reports write the
days of a period either way — 3月3日开始、3月14日完成，用时12天 (both ends counted) or 用时11天 (the days between) —
so a count right after the two dates its clause states is supported by either; a gap between two periods
(两批相隔) counts the days between the first one's end and the second one's start, whether the sentence joins each
period's dates with 至 or with their own words (开始…完成, 起运…到户), and a gap written as a sentence of its own
(两批到货相隔168天) is between the dates of that event the sentence before it told. A listed record named by its
ordinal (段次: 第二疏浚段) gives its dates to the text that names it, so 第二疏浚段9月2日至10月11日 traces both.
A count that fits neither reading stays unsupported.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceIndex, check

SECTIONS = """单位: 江口航道养护所
年度: 2025
疏浚段:
  - {段次: 第一疏浚段, 开工: 2025-04-07, 完工: 2025-05-16, 地点: 下关河段}
  - {段次: 第二疏浚段, 开工: 2025-09-02, 完工: 2025-10-11, 地点: 上坝河段}
"""

LOG = ("江口航道养护所2025年航标工作日志\n"
       "2025-03-03  第一批航标到货，开始更换。\n"
       "2025-03-14  第一批航标更换完成，共46座。\n"
       "2025-08-18  第二批航标到货，开始更换。\n"
       "2025-08-29  第二批航标更换完成，共52座。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "疏浚段.yaml").write_text(SECTIONS, encoding="utf-8")
    (tmp_path / "航标日志.txt").write_text(LOG, encoding="utf-8")
    result = check(text, SourceIndex.build([tmp_path / "疏浚段.yaml", tmp_path / "航标日志.txt"]))
    return {m.text: m.status for m in result.mentions}


def test_a_record_named_by_its_ordinal_gives_its_span_to_the_text_naming_it(tmp_path):
    got = verdicts(tmp_path, "第二疏浚段9月2日至10月11日施工，历时40天。")
    assert got["9月2日"] == "exact" and got["10月11日"] == "exact"
    assert got["40天"] == "derived"


def test_the_other_records_span_given_to_an_ordinal_record_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第二疏浚段4月7日至5月16日施工。")
    assert got["4月7日"] == "unsupported" or got["5月16日"] == "unsupported"


@pytest.mark.parametrize("days", ["11天", "12天"])
@pytest.mark.parametrize("word", ["用时", "历时", "共"])
@pytest.mark.parametrize("opened", ["到货", "开始更换"])
def test_days_after_the_two_dates_of_its_clause_count_either_way(tmp_path, opened, word, days):
    got = verdicts(tmp_path, f"第一批航标3月3日{opened}、3月14日完成，{word}{days}，更换46座。")
    assert got[days] == "derived"


@pytest.mark.parametrize("word", ["用时", "历时"])
def test_days_fitting_neither_count_of_the_two_dates_are_unsupported(tmp_path, word):
    got = verdicts(tmp_path, f"第一批航标3月3日到货、3月14日更换完成，{word}13天，更换46座。")
    assert got["13天"] == "unsupported"


def test_a_gap_between_two_periods_each_told_by_its_own_words(tmp_path):
    text = "第一批航标3月3日在下关河段到货、3月14日全部换毕，更换46座；第二批8月18日至8月29日，更换52座；两批相隔157天。"
    assert verdicts(tmp_path, text)["157天"] == "derived"


@pytest.mark.parametrize("gap", ["156天", "158天", "168天"])
def test_a_gap_other_than_the_days_between_the_periods_is_unsupported(tmp_path, gap):
    text = f"第一批航标3月3日开始更换、3月14日全部完成，更换46座；第二批8月18日至8月29日，更换52座；两批相隔{gap}。"
    assert verdicts(tmp_path, text)[gap] == "unsupported"


def test_a_gap_sentence_of_its_own_is_between_the_event_dates_told_before_it(tmp_path):
    text = "第一批航标3月3日到货、3月14日更换完成；第二批8月18日到货、8月29日更换完成。两批到货相隔168天。"
    assert verdicts(tmp_path, text)["168天"] == "derived"


def test_a_gap_sentence_of_its_own_that_fits_no_event_is_unsupported(tmp_path):
    text = "第一批航标3月3日到货、3月14日更换完成；第二批8月18日到货、8月29日更换完成。两批到货相隔157天。"
    assert verdicts(tmp_path, text)["157天"] == "unsupported"


def test_a_gap_between_the_periods_names_no_event_by_之间(tmp_path):
    text = "第一批航标3月3日至3月14日更换；第二批8月18日至8月29日更换；两批之间间隔157天。"
    assert verdicts(tmp_path, text)["157天"] == "derived"
