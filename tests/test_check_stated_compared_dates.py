"""Days against a date the text compares with (issue 10, point 2): '于11月22日完成，比上年的11月29日提前7天' is the days
between the completion date its sentence states and the date its 比 / 较 phrase names — whatever stands between
比 and the date (上年的, 去年同期的, a bracket) and whichever way the direction word says (提前 / 早: earlier, 推迟 /
晚 / 滞后: later). Both dates must be ones the checker traced. A span whose first date its words open (开始, 启动) and
whose second they close with its completion (完成) runs through its last day, as 开始…结束 does. And a day count the
text derived once, restated later with the words of the same event and the same base (比上年, 比要求), is that same
derivation.

Every positive case has its negative beside it: a wrong count, the wrong direction, a base date the checker flagged,
a restatement against another base or of another event, a span's day count off by one.

A county archive's digitisation project (县档案馆馆藏档案数字化项目): the form and the archive's work log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="档案数字化项目自评表.yaml", data={
    "项目名称": "2024年县档案馆馆藏档案数字化项目",
    "绩效指标": [
        {"三级指标": "年度数字化任务完成时间", "年度指标值": "12月10日前", "实际完成值": "11月22日",
         "上年实际": "11月29日"},
        {"三级指标": "开放审核完成时间", "年度指标值": "12月底前", "实际完成值": "12月6日", "上年实际": "11月28日"},
        {"三级指标": "数字化档案", "年度指标值": "≥12万画幅", "实际完成值": "13.6万画幅"}],
})
LOG = SourceText(name="工作记录.md", text=(
    "# 县档案馆2024年工作记录\n\n"
    "- 破损档案抢救修复：3月4日开始，4月12日完成，修复档案2,860卷。\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 比上年的DATE提前N天: the days between the two dates -----------------------------------------------------------------

def test_days_earlier_than_a_compared_date_are_the_days_between_the_two():
    # 11月29日 − 11月22日 = 7 days
    got = status("年度数字化任务于11月22日完成，比上年的11月29日提前7天。")
    assert got["7天"] == "derived", got


def test_a_wrong_count_of_days_earlier_than_a_compared_date_is_unsupported():
    assert status("年度数字化任务于11月22日完成，比上年的11月29日提前9天。")["9天"] == "unsupported"


def test_days_earlier_in_other_compare_forms_are_the_days_between():
    # 较 with the date in a bracket, 去年同期的 between 比 and the date, 早 and 早了 for earlier
    assert status("年度数字化任务11月22日完成，较上年（11月29日）早7天。")["7天"] == "derived"
    assert status("年度数字化任务于11月22日全部完成，比去年同期的11月29日早了7天。")["7天"] == "derived"


def test_days_earlier_than_a_compared_date_after_a_deadline_it_beat():
    # 12月10日前: 18 days early (the deadline stage); 比上年的11月29日: 7 days
    got = status("年度数字化任务于11月22日完成，比“12月10日前”的要求提前18天，比上年的11月29日提前7天。")
    assert got["18天"] == "derived" and got["7天"] == "derived", got


def test_days_later_than_a_compared_date_are_the_days_between():
    # 12月6日 − 11月28日 = 8 days later
    got = status("开放审核于12月6日完成，比上年的11月28日推迟8天。")
    assert got["8天"] == "derived", got
    assert status("开放审核于12月6日完成，比上年的11月28日晚8天。")["8天"] == "derived"


def test_days_the_wrong_way_round_are_unsupported():
    # 12月6日 is after 11月28日: not 提前
    assert status("开放审核于12月6日完成，比上年的11月28日提前8天。")["8天"] == "unsupported"


def test_days_against_a_compared_date_the_checker_flagged_are_unsupported():
    # 11月25日 is no date of the sources: 11月25日 − 11月22日 = 3 leans on a flagged date
    got = status("年度数字化任务于11月22日完成，比上年的11月25日提前3天。")
    assert got["11月25日"] == "unsupported"
    assert got["3天"] == "unsupported"


# -- A开始，B完成，历时N天: through the completion day ------------------------------------------------------------------

def test_a_span_opened_and_closed_by_its_completion_runs_through_its_last_day():
    # 3月4日 … 4月12日, both counted: 28 + 12 = 40 days
    got = status("破损档案抢救修复3月4日开始，4月12日完成，历时40天，修复档案2,860卷。")
    assert got["40天"] == "derived", got


def test_a_span_counted_without_its_first_day_is_the_days_between():
    # reports write a period's days both ways (blind24 历时39天 for 10月20日启动、11月28日完成; blind28 用时13天 for
    # 10月8日起运、10月20日到户): 39 is the days between 3月4日 and 4月12日
    assert status("破损档案抢救修复3月4日开始，4月12日完成，历时39天。")["39天"] == "derived"


def test_a_span_two_days_short_is_unsupported():
    assert status("破损档案抢救修复3月4日开始，4月12日完成，历时38天。")["38天"] == "unsupported"


# -- a day count derived once, restated later --------------------------------------------------------------------

FIRST = "年度数字化任务于11月22日完成，比上年的11月29日提前7天。破损档案修复2,860卷。\n\n"


def test_a_derived_day_count_restated_with_its_event_and_base_is_that_derivation():
    got = status(FIRST + "## 另稿\n\n年度数字化任务比上年提前7天完成，修复档案2,860卷。")
    assert got["7天"] == "derived", got


def test_a_derived_day_count_restated_against_another_base_is_unsupported():
    # the text derived 7 days against last year's date, not against the 12月10日 requirement (18 days)
    got = check(FIRST + "## 另稿\n\n年度数字化任务比要求提前7天完成。", SOURCES)
    assert [m.status for m in got.mentions if m.text == "7天"][-1] == "unsupported"


def test_a_derived_day_count_restated_for_another_event_is_unsupported():
    got = check(FIRST + "## 另稿\n\n开放审核比上年提前7天完成。", SOURCES)
    assert [m.status for m in got.mentions if m.text == "7天"][-1] == "unsupported"


def test_days_the_wrong_way_round_between_two_dates_of_one_sentence_are_unsupported():
    # 11月22日 is before 11月29日: 推迟 says the other way, whatever the days between the two dates
    assert status("年度数字化任务于11月22日完成，比上年的11月29日推迟7天。")["7天"] == "unsupported"
