"""A figure the text derived is restated only under the same per-unit word: 场均400人次 said again as 日均400人次 is
another average (per day, not per event), and unsupported unless it derives on its own.

Found on the spent corpus blind27 (yueju: 春季演出季日均观众548.33人次 passed as a restatement of the text's 场均548.33人次
— the daily mean was 240.73): the restatement reader compared the event's words and the value, never the unit the
average is per.

A county library's spring reading festival (县图书馆春季读书节): its log, and the text's own averages.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="2025年阅读推广工作记录.md", text=(
    "# 县图书馆2025年阅读推广工作记录\n\n"
    "- 4月1日：春季读书节开幕。\n- 4月20日：春季读书节闭幕，共举办活动16场，参与读者6400人次。\n"))
TOLD = "春季读书节自4月1日至4月20日，为期20天，举办活动16场，参与读者6400人次，日均320人次，场均400人次。\n\n"

# per day 6400 ÷ 20 = 320, per event 6400 ÷ 16 = 400


def last(text: str) -> tuple[str, str]:
    m = check(TOLD + text, [LOG]).mentions[-1]
    return m.text, m.status


def test_an_average_restated_under_its_own_per_unit_word_is_derived():
    assert last("全年阅读推广成效明显。春季读书节场均读者400人次。") == ("400人次", "derived")
    assert last("全年阅读推广成效明显。春季读书节日均读者320人次。") == ("320人次", "derived")


def test_an_average_restated_under_another_per_unit_word_is_unsupported():
    assert last("全年阅读推广成效明显。春季读书节日均读者400人次。") == ("400人次", "unsupported")
