"""Operands the TEXT states, second part (issue 10, point 2; CHECKER.md principle 2):

- a daily average in a sentence that states its period by two dates and no count of days (自9月9日起集中加工，至11月7日
  全部完成，…，日均) is over the days of that period, both ends counted — never over a day count an earlier sentence
  states for another period;
- a sum its words count by the noun of its items (三站合计) adds the last items of its measure word its sentence
  listed, even where a ；runs through the list;
- a count of days with its period in a bracket right after it (检修29天（4月8日至5月6日）) is that period's, both ends
  counted;
- a rate after a part whose words after it deny the rate's own (其中8台不达标，达标率) is the rest over the whole;
- a count its words deny (不合格2台) after a part and its rate (合格46台，合格率95.83%) is the rest of the one whole
  that part and rate give (46 ÷ 95.83 % = 48).

Every positive case has its negative beside it. A county hydrological station network (县水文站网), never a unit of a
corpus.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="水文站网工作记录.md", text=(
    "# 2024年县水文站网工作记录\n\n"
    "## 2024-04-08\n汛前测验设施检修启动。\n\n"
    "## 2024-05-06\n汛前测验设施检修结束，检修设施112台（套）。\n\n"
    "## 2024-06-01\n主汛期水情值守开始。\n\n"
    "## 2024-08-31\n主汛期水情值守结束，全期报送水情信息8,096条。\n\n"
    "## 2024-10-15\n测验设施年检336台，其中不达标8台，已更换。\n\n"
    "## 2024-11-20\n水位计比测校准：合格46台，合格率95.83%。\n"))
STATIONS = SourceText(name="分站测流统计.md", text=(
    "# 2024年各水文站测流次数\n\n"
    "| 水文站 | 测流（次） |\n|---|---|\n"
    "| 龙潭站 | 246 |\n| 石门站 | 218 |\n| 青溪站 | 195 |\n| 白沙站 | 141 |\n| 合计 | 800 |\n"))
SOURCES = [LOG, STATIONS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- a daily average over the period its sentence states by two dates


def test_a_daily_average_is_over_the_days_of_the_period_its_two_dates_state():
    # 6月1日 through 8月31日: 30 + 31 + 31 = 92 days; 8,096 ÷ 92 = 88.00
    got = status("主汛期自6月1日起开展水情值守，至8月31日结束，报送水情信息8,096条，日均88.00条。")
    assert got["88.00条"] == "derived"


def test_a_daily_average_over_a_day_less_than_the_period_is_unsupported():
    # 8,096 ÷ 91 = 88.97: the days between the dates, not through the last one
    got = status("主汛期自6月1日起开展水情值守，至8月31日结束，报送水情信息8,096条，日均88.97条。")
    assert got["88.97条"] == "unsupported"


def test_a_daily_average_is_not_over_the_days_an_earlier_sentence_states_for_another_period():
    # 4月8日 through 5月6日 is 29 days; 8,096 ÷ 29 = 279.17 is no average of the flood season
    got = status("汛前检修自4月8日至5月6日，历时29天，检修设施112台（套）。"
                 "主汛期自6月1日起开展水情值守，至8月31日结束，报送水情信息8,096条，日均279.17条。")
    assert got["29天"] == "derived"
    assert got["279.17条"] == "unsupported"


# -- a sum counted by its items' noun, over a list a ；runs through


def test_a_sum_of_three_named_stations_adds_the_three_figures_listed_before_it():
    got = status("分站看，龙潭站测流246次，为各站最多；石门站218次，青溪站195次，三站合计659次。")
    assert got["659次"] == "derived"


def test_a_wrong_sum_of_three_named_stations_is_unsupported():
    got = status("分站看，龙潭站测流246次，为各站最多；石门站218次，青溪站195次，三站合计679次。")
    assert got["679次"] == "unsupported"


def test_a_count_of_two_stations_adds_only_the_last_two_listed():
    # 218 + 195 = 413; 246 + 218 + 195 = 659 is not two stations' sum
    got = status("分站看，龙潭站测流246次，为各站最多；石门站218次，青溪站195次，两站合计413次。")
    assert got["413次"] == "derived"
    got = status("分站看，龙潭站测流246次，为各站最多；石门站218次，青溪站195次，两站合计659次。")
    assert got["659次"] == "unsupported"


# -- a day count with its period in a bracket after it


def test_a_day_count_with_its_period_in_a_bracket_after_it_counts_both_ends():
    got = status("汛前测验设施检修历时29天（4月8日至5月6日），检修设施112台（套）。")
    assert got["29天"] == "derived"


def test_a_day_count_that_is_not_the_period_in_its_bracket_is_unsupported():
    got = status("汛前测验设施检修历时30天（4月8日至5月6日），检修设施112台（套）。")
    assert got["30天"] == "unsupported"


# -- a rate after a part its following words deny


def test_a_rate_after_a_part_its_following_words_deny_is_the_rest_over_the_whole():
    # (336 − 8) ÷ 336 = 97.62 %
    got = status("全年年检测验设施336台，其中8台不达标，达标率97.62%。")
    assert got["97.62%"] == "derived"


def test_the_denied_part_over_the_whole_is_no_such_rate():
    # 8 ÷ 336 = 2.38 % is the share that failed, no 达标率
    got = status("全年年检测验设施336台，其中8台不达标，达标率2.38%。")
    assert got["2.38%"] == "unsupported"


# -- the denied count after a part and its rate


def test_a_denied_count_after_a_part_and_its_rate_is_the_rest_of_the_whole_they_give():
    # 46 ÷ 95.83 % = 48.00: the whole is 48, and 48 − 46 = 2
    got = status("全年水位计比测合格46台，合格率95.83%，不合格2台。")
    assert got["2台"] == "derived"


def test_a_denied_count_the_part_and_its_rate_do_not_give_is_unsupported():
    got = status("全年水位计比测合格46台，合格率95.83%，不合格3台。")
    assert got["3台"] == "unsupported"


# -- a period its dates' own words open and close (开训 … 结训, 开放 … 闭园), with no 至 between

EVENTS = SourceText(name="站务记录.md", text=(
    "# 2024年站务记录\n\n"
    "## 2024-05-01\n水文科普园开放。\n\n"
    "## 2024-07-08\n水文测验技能培训开训。\n\n"
    "## 2024-07-26\n水文测验技能培训结训。\n\n"
    "## 2024-10-31\n水文科普园闭园。\n"))


def test_a_period_opened_and_closed_by_its_dates_words_counts_both_ends():
    # 7月8日 through 7月26日: 19 days; 5月1日 through 10月31日: 184 days
    got = {m.text: m.status for m in check("水文测验技能培训7月8日开训，7月26日结训，历时19天。", [EVENTS]).mentions}
    assert got["19天"] == "derived"
    got = {m.text: m.status for m in check("水文科普园5月1日开放，10月31日闭园，开放184天。", [EVENTS]).mentions}
    assert got["184天"] == "derived"


def test_the_days_between_the_dates_of_a_period_they_open_and_close_count_too():
    # reports write a period's days both ways: the days between 7月8日 and 7月26日 (18) as well as through (19)
    got = {m.text: m.status for m in check("水文测验技能培训7月8日开训，7月26日结训，历时18天。", [EVENTS]).mentions}
    assert got["18天"] == "derived"
    got = {m.text: m.status for m in check("水文科普园5月1日开放，10月31日闭园，开放183天。", [EVENTS]).mentions}
    assert got["183天"] == "derived"


def test_days_fitting_neither_count_of_a_period_they_open_and_close_are_unsupported():
    got = {m.text: m.status for m in check("水文测验技能培训7月8日开训，7月26日结训，历时17天。", [EVENTS]).mentions}
    assert got["17天"] == "unsupported"
    got = {m.text: m.status for m in check("水文科普园5月1日开放，10月31日闭园，开放185天。", [EVENTS]).mentions}
    assert got["185天"] == "unsupported"
