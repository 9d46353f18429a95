"""first_chars / first_class (drafter.check._common): the characters a regex match can start with, read from the
pattern, so a hot pattern is tried only where one of them stands. A wrong set would skip a real match and move a
verdict: every match must start with a character of the set."""

from __future__ import annotations

import importlib
import re

from drafter.check._common import first_chars, first_class

_context = importlib.import_module("drafter.check.context")
_match = importlib.import_module("drafter.check.match")

# a 教研室's report: bounds, targets and comparisons around its figures
TEXT = ("教研室全年完成教学研讨活动48场，较上年增加6场，超出年度目标40场的要求；公开课不少于12节，"
        "比计划多3节，低于全年计划数的上限。课题经费执行率96.5%，年底前结题2项，比2023年同期提高4个百分点，"
        "与上年相比少2项；教材编写控制在3本以内，在规定时间内完成，之内、标准、下限、任务的。")


def test_first_chars_of_simple_patterns():
    assert first_chars(re.compile(r"(?:ab|c)d")) == frozenset("ac")
    assert first_chars(re.compile(r"x?y")) == frozenset("xy")
    assert first_chars(re.compile(r"(?=z)[pq]")) == frozenset("pq")  # a look-ahead only narrows
    assert first_chars(re.compile(r"a?")) is None  # may match empty: nothing to rule out
    assert first_chars(re.compile(r"\d+")) is None  # a class too wide to list
    assert first_chars(re.compile(r"[^，]")) is None
    assert first_chars(re.compile(r"[\u4e00-\u9fff]")) is None
    assert first_chars(re.compile(r"ab", re.I)) is None


def test_first_class_matches_anywhere_when_it_cannot_tell():
    assert first_class(re.compile(r"\d年")).search("全年") is not None
    assert first_class(re.compile(r"比|较")).search("全年预算") is None


def test_every_match_starts_with_a_first_char():
    for pattern in (_context._TARGET_AFTER, _match._REF):
        chars = first_chars(pattern)
        assert chars
        found = 0
        for k in range(len(TEXT)):
            if pattern.match(TEXT, k):
                found += 1
                assert TEXT[k] in chars, (pattern.pattern, TEXT[k:k + 8])
        assert found >= 5
