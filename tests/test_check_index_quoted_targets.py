"""A target the report quotes as the form writes it is shown whole (the reader's convention of the labelled corpora since
blind7): “11月15日前”, “3个工作日以内”, “=12期” — the sign and the 前 / 以内 belong to the target. A full date's 前 belongs
to it too where the sources state that deadline (年度指标值 11月15日前), quoted or not; where the sources hold the date
as a result, "于10月20日前完成" still shows the date alone, and an unquoted "在3个工作日以内" shows the figure alone.
The verdicts are those of the figure.

A city archives bureau (市档案馆): its project form."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="档案馆项目自评表.yaml", data={
    "项目名称": "2024年馆藏档案数字化项目",
    "绩效指标": [
        {"三级指标": "年度数字化任务完成时间", "年度指标值": "11月15日前", "实际完成值": "11月8日"},
        {"三级指标": "查档申请办结时限", "年度指标值": "3个工作日以内", "实际完成值": "2个工作日"},
        {"三级指标": "编发档案信息", "年度指标值": "=12期", "实际完成值": "12期"},
        {"三级指标": "库房温湿度巡检完成时间", "年度指标值": "10月底前", "实际完成值": "10月20日"},
    ],
})


def spans(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_quoted_full_date_deadline_keeps_its_before_word():
    got = spans("年度数字化任务于11月8日完成，比“11月15日前”的要求提前7天。")
    assert got.get("11月15日前") == "exact", got


def test_a_deadline_the_sources_state_keeps_its_before_word_unquoted_too():
    got = spans("下一年度数字化任务继续在11月15日前完成。")
    assert got.get("11月15日前") == "exact", got


def test_a_date_the_sources_hold_as_a_result_shows_alone_before_its_before_word():
    got = spans("库房温湿度巡检于10月20日前全部完成。")
    assert "10月20日" in got and "10月20日前" not in got, got


def test_a_quoted_time_limit_keeps_its_within_word():
    got = spans("查档申请平均2个工作日办结，比“3个工作日以内”的要求快1个工作日。")
    assert got.get("3个工作日以内") == "exact", got


def test_an_unquoted_time_limit_shows_the_figure_alone():
    got = spans("查档申请均在3个工作日以内办结。")
    assert "3个工作日" in got and "3个工作日以内" not in got, got


def test_a_quoted_target_keeps_its_sign():
    got = spans("全年编发档案信息12期，达到“=12期”的要求。")
    assert got.get("=12期") == "exact", got
    assert got.get("12期") == "exact", got
