"""A duration the text derived, restated in a later paragraph, carries its item's siblings (issue 10): after
"第一标段5月6日开工、7月18日完工，用时73天；第二标段5月20日开工、8月30日完工，用时102天", the 问题 paragraph's "第二标段
雪道改造用时102天，比第一标段多29天" restates 102天 (its words those of the first statement with its sentence's opening
words, 雪道改造) and compares it with the item its words name where it was first told: 102 − 73. A gap of another
value or the other way, and a restatement given another item's days, stay unsupported.

A ski resort administration centre (阿勒泰), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="雪道改造日志.txt", text=(
    "阿勒泰市滑雪场管理中心 2025年雪道改造工作日志\n"
    "2025年5月6日　第一标段开工。\n2025年5月20日　第二标段开工。\n2025年7月18日　第一标段完工。\n"
    "2025年8月30日　第二标段完工。\n2025年12月10日　年度项目资金支出108.17万元，执行率96.58%。\n"
    "2025年2月4日　春节假期（1月28日至2月4日）接待9600人次。\n2025年1月3日　元旦假期（1月1日至1月3日）接待4350人次。\n"))
BODY = ("雪道改造分两个标段：第一标段5月6日开工、7月18日完工，用时73天；第二标段5月20日开工、8月30日完工，用时102天。\n\n"
        "全年项目支出108.17万元，执行率96.58%。\n\n三、绩效目标完成情况\n\n雪道改造全部完工。\n\n四、存在的问题\n\n")


def status(problem: str) -> dict[str, str]:
    return {m.text: m.status for m in check(BODY + problem, [LOG]).mentions
            if m.start >= len(BODY) and m.status != "ignored"}


def test_a_restated_duration_is_compared_with_the_item_its_words_name_where_first_told():
    got = status("二是雪道改造进度不均，第二标段雪道改造用时102天，比第一标段多29天。")
    assert got["102天"] == "derived"  # restated: its sentence's opening words 雪道改造 are the first statement's too
    assert got["29天"] == "derived"  # 102 − 73
    got = status("二是雪道改造进度不均，第二标段用时102天，比第一标段多29天。")
    assert got["29天"] == "derived"


def test_a_gap_of_another_value_or_the_other_way_stays_unsupported():
    assert status("二是雪道改造进度不均，第二标段用时102天，比第一标段多31天。")["31天"] == "unsupported"
    assert status("二是雪道改造进度不均，第二标段用时102天，比第一标段少29天。")["29天"] == "unsupported"


def test_a_restatement_given_the_other_items_days_stays_unsupported():
    got = status("二是雪道改造进度不均，第二标段雪道改造用时73天。")
    assert got["73天"] == "unsupported"


def test_a_record_told_after_another_records_opening_words_restates_none_of_its_words():
    # 春节假期…；元旦假期…日均1450人次: the sentence opens with the first record's words, not the list's — 春节日均1450人次
    # (元旦's daily figure given to 春节) is no restatement
    body = ("春节假期1月28日至2月4日共8天，接待9600人次，日均1200人次；元旦假期1月1日至1月3日共3天，接待4350人次，"
            "日均1450人次。\n\n全年项目支出108.17万元，执行率96.58%。\n\n三、绩效目标完成情况\n\n雪道改造全部完工。\n\n"
            "四、存在的问题\n\n")
    got = {m.text: m.status for m in check(body + "一是假期客流集中，春节日均接待1450人次。", [LOG]).mentions
           if m.start >= len(body)}
    assert got["1450人次"] == "unsupported"


def test_the_words_before_the_first_records_ordinal_are_the_lists():
    # 雪道改造第一标段…；第二标段…: 雪道改造 opens the list, not the first record alone
    body = BODY.replace("雪道改造分两个标段：第一标段", "雪道改造第一标段")
    got = {m.text: m.status for m in check(body + "二是雪道改造进度不均，第二标段雪道改造用时102天，比第一标段多29天。",
                                           [LOG]).mentions if m.start >= len(body)}
    assert got["102天"] == "derived"
    assert got["29天"] == "derived"
