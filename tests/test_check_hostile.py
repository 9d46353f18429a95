"""Hostile and huge numbers (issue 13): the parser and the index stay bounded, nothing raises."""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceIndex, SourceText, check
from drafter.numbers import extract_mentions, parse_chinese_numeral


def test_a_thousand_wan_in_a_row_is_text_not_a_recursion():
    mentions = extract_mentions("共" + "万" * 1000 + "人")
    assert all(m.ignored or m.value is None or m.value < 10**16 for m in mentions)


def test_a_long_run_of_numerals_is_read_once_as_text():
    run = "一二三四五六七八九十" * 1200  # 12,000 characters
    mentions = extract_mentions(f"共计{run}人。")
    assert [m.reason for m in mentions] == ["too long"] and mentions[0].end - mentions[0].start == len(run)


def test_a_five_thousand_digit_integer_is_text_and_parse_refuses_overlong_numerals():
    mentions = extract_mentions("支出" + "9" * 5000 + "元")
    assert [m.reason for m in mentions] == ["too long"]
    try:
        parse_chinese_numeral("九" * 500)
    except ValueError:
        pass


def test_a_year_range_without_end_indexes_no_more_than_two_hundred_years():
    index = SourceIndex.build([SourceText(name="log.md", text="2020—99999999年共巡查3处。")])
    assert sum(len(v) for v in index.years.values()) <= 201


def test_amounts_beyond_any_budget_are_not_indexed_and_raise_nothing():
    data = SourceData(name="input.json", data={"部门资金情况": {
        "年初预算": float("inf"), "调整预算": Decimal("1e400"), "实际支出": 10 ** 5000,
        "其中": [{"名称": "一般公共预算", "实际支出": Decimal("1e-400")}]}, "绩效": "支出1e400万元"})
    index = SourceIndex.build([data])
    assert all(abs(f.value) < 10**15 for f in index.facts if f.date is None)
    report = check("实际支出" + "9" * 40 + "万元，调整预算1e400万元。", index)
    assert not report.ok  # refused as figures, reported, not raised
