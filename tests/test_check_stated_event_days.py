"""Days between a date the text stated and an event the words name (issue 10, point 2): '尾款于7月26日支付，晚于系统上线
38天' is the date its sentence stated (one the checker traced) less the date the sources give the event named after 晚于
/ 早于 (系统上线: the form's 完成 date, never its deadline), on the side the word says.

Every positive case has its negative beside it: a wrong count of days, the wrong side, an event the sources do not
name, a flagged date.

A county hospital (县人民医院), its information system upgrade: the project form and the contract's payments.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="信息化项目自评表.yaml", data={
    "项目名称": "2024年县人民医院信息系统升级项目",
    "绩效指标": [
        {"三级指标": "系统上线时间", "年度指标值": "6月底前", "实际完成值": "6月18日"},
        {"三级指标": "接入科室数", "年度指标值": "≥30个", "实际完成值": "34个"}],
})
PAYMENTS = SourceText(name="合同付款记录.md", text=(
    "# 信息系统升级合同付款记录\n\n"
    "- 2024-03-12：预付合同款 360,000 元。\n"
    "- 2024-07-26：支付尾款 120,000 元。\n"))
SOURCES = [FORM, PAYMENTS]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_days_after_an_event_the_sources_date_are_the_gap_between_the_two_dates():
    # 7月26日 − 6月18日 = 38 days
    got = status("系统尾款于7月26日支付，晚于系统上线38天。")
    assert got["7月26日"] == "exact"
    assert got["38天"] == "derived"


def test_a_wrong_count_of_days_after_the_event_is_unsupported():
    assert status("系统尾款于7月26日支付，晚于系统上线36天。")["36天"] == "unsupported"


def test_days_on_the_wrong_side_of_the_event_are_unsupported():
    # the payment came after the system went live: 早于 says the opposite
    assert status("系统尾款于7月26日支付，早于系统上线38天。")["38天"] == "unsupported"


def test_days_after_an_event_the_sources_do_not_name_are_unsupported():
    assert status("系统尾款于7月26日支付，晚于设备验收38天。")["38天"] == "unsupported"


def test_days_from_a_flagged_date_are_unsupported():
    # the balance was paid on 7月26日: 7月28日 is flagged, and 7月28日 − 6月18日 = 40 leans on it
    got = status("系统尾款于7月28日支付，晚于系统上线40天。")
    assert got["7月28日"] == "unsupported"
    assert got["40天"] == "unsupported"
