"""A log kept by month — "11月 全年进校园26场…", "12月：参保5380户" — is a list of entries each dated by its month
(at the month's end: what a month's line reports is in by then), and the month is not part of the entry's text.
Before, "11月 全年青春健康教育进校园26场" went into a draft with its "11月 " and no date. A line that only opens
with a deadline ("9月底前完成…") or a month's figure in a sentence ("9月份接待…") stays a sentence. Unit: a city's
family-planning association (计划生育协会)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafter.errors import InputError
from drafter.load import parse_log_text


def test_a_line_opening_with_a_month_and_a_space_or_colon_is_an_entry_dated_at_the_months_end():
    logs = parse_log_text("计生协2025年工作日志\n11月 全年青春健康教育进校园26场。\n12月：计生家庭意外伤害保险参保5380户。\n"
                          "2025年9月 两所中学秋季课堂未能安排。\n", "日志.txt", 2025)
    assert [(e.text, e.date) for e in logs[-3:]] == [
        ("全年青春健康教育进校园26场。", dt.date(2025, 11, 30)),
        ("计生家庭意外伤害保险参保5380户。", dt.date(2025, 12, 31)),
        ("两所中学秋季课堂未能安排。", dt.date(2025, 9, 30)),
    ]


def test_a_month_inside_a_sentence_does_not_date_it():
    logs = parse_log_text("9月底前完成全部走访。\n9月份接待来访群众120人次。\n", "日志.txt", 2025)
    assert [e.text for e in logs] == ["9月底前完成全部走访。9月份接待来访群众120人次。"]
    assert logs[0].date is None


def test_a_month_that_does_not_exist_is_an_input_error_naming_the_line():
    with pytest.raises(InputError) as err:
        parse_log_text("3月 启动。\n13月 全年参保5380户。\n", "日志.txt", 2025)
    assert "第2行" in str(err.value)
