"""A log line that dates its entry in full (2025-11-18) and then an end of the same event as month and day without a
zero (11-22 结业) states that day too (issue 10): 11月18日至11月22日的培训班 is borne out by the line, as a zero-padded
03-28 already is. A number pair that is no day of a month (培训 20-30 人, 13-15 组) stays a range, and a day the
line does not state (11月23日) stays unsupported.

Kind: a county rural-economy station's work log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="农经站工作日志.txt", text=(
    "宁乡市农经站2025年工作日志\n"
    "2025-11-18  农经人员培训班开班，11-22 结业，培训 420 人次，经费 26,350 元。\n"
    "2025-03-04  合同纠纷调解员考核，10-12 人一组，共 6 组。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_month_and_day_after_a_full_date_in_a_log_line_is_a_date_of_that_line():
    assert status("11月18日至11月22日的培训班为期5天，培训420人次。")["11月22日"] == "exact"


def test_a_day_the_line_does_not_state_or_a_range_stays_unsupported():
    assert status("11月18日至11月23日的培训班，培训420人次。")["11月23日"] == "unsupported"
    assert status("10月12日组织调解员考核。")["10月12日"] == "unsupported"  # 10-12 人 is a group's size
