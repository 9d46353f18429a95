"""The arithmetic of time (issue 10): every unit with a calendar states figures of a part of the year, days late or
early against a deadline, durations saved against a time limit and daily averages over a dated span. Each is one
mechanism keyed on the period, deadline or span the words name, not on a sentence shape:
- the year's last part (下半年 / 四季度 / 7-12月) is the year's figure of the same measure less the first part's,
  both in the sources; a figure the sources give for the other half is not the half the words name;
- days late (推迟 / 延后 / 超期 / 逾期) or early (提前) between a completion date and its deadline — the deadline
  stated in the sentence (9月30日前, 9月底前) or, when the words only say 比计划 / 较时限, the deadline of the form's
  indicator whose result is that completion date;
- a duration saved against a ≤ limit, and the share of the limit it saved (压缩60.00%);
- a daily average over the days of a span the sentence dates, of a total the sources give for that event.

Unit: a municipal government reception service centre (机关接待服务中心): its indicator form and its dated log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2025年公务接待服务保障项目绩效自评表（清河市机关接待服务中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 全年公务接待场次 | ≥24场 | 26场 |\n"
    "| 公务接待来宾人次 | ≥4500人次 | 4830人次 |\n"
    "| 接待方案报批时限 | ≤5个工作日 | 2个工作日 |\n"
    "| 接待费用结算时限 | ≤1小时 | 0.5小时 |\n"
    "| 接待用房改造完成时间 | 9月30日前 | 10月18日 |\n"
    "| 接待车辆年检完成时间 | 6月30日前 | 6月19日 |\n"))
LOG = SourceText(name="接待工作日志.txt", text=(
    "2025年接待工作日志（清河市机关接待服务中心）\n"
    "6月30日 上半年累计完成公务接待14场，接待来宾2570人次。\n"
    "5月8日 启动接待台账清理专项行动。\n"
    "6月30日 接待台账清理专项行动结束，累计清理历年接待台账1946家。\n"
    "10月18日 接待用房改造完成验收。\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- the year's last part: the year less its first part ----------------------------------------------------------
def test_the_second_half_is_the_year_less_the_first_half_of_the_same_measure():
    got = status("下半年完成公务接待12场，接待来宾2260人次。")
    assert got["12场"] == "derived"  # 26 − 14
    assert got["2260人次"] == "derived"  # 4830 − 2570


def test_a_wrong_second_half_stays_unsupported():
    got = status("下半年完成公务接待11场，接待来宾2360人次。")
    assert got["11场"] == "unsupported"
    assert got["2360人次"] == "unsupported"


def test_the_first_halfs_figure_is_no_second_half():
    got = status("全年完成公务接待26场，其中下半年14场。")
    assert got["26场"] == "exact"
    assert got["14场"] == "unsupported"  # the log's 14场 is 上半年's


# -- days late or early against a deadline -----------------------------------------------------------------------
def test_days_late_against_a_month_end_deadline_the_sentence_states():
    assert status("接待用房改造原定9月底前完成，实际于10月18日完成验收，推迟18天。")["18天"] == "derived"
    assert status("接待用房改造原定9月底前完成，实际于10月18日完成验收，推迟17天。")["17天"] == "unsupported"


def test_days_late_against_the_forms_deadline_when_the_words_only_say_the_plan():
    assert status("接待用房改造于10月18日完成验收，比计划推迟18天。")["18天"] == "derived"
    assert status("接待用房改造于10月18日完成验收，较时限超期18天。")["18天"] == "derived"
    assert status("接待用房改造于10月18日完成验收，比计划推迟19天。")["19天"] == "unsupported"


def test_days_early_against_the_forms_deadline():
    assert status("接待车辆年检于6月19日完成，比计划提前11天。")["11天"] == "derived"
    assert status("接待车辆年检于6月19日完成，比计划提前12天。")["12天"] == "unsupported"
    # late is not early: the form's completion beat its deadline
    assert status("接待车辆年检于6月19日完成，比计划推迟11天。")["11天"] == "unsupported"


# -- a duration saved against a ≤ limit --------------------------------------------------------------------------
def test_the_share_of_the_limit_a_duration_saved():
    got = status("接待方案报批时限2个工作日，比“≤5个工作日”缩短3个工作日，压缩60.00%。")
    assert got["3个工作日"] == "derived"
    assert got["60.00%"] == "derived"  # 3 ÷ 5
    assert status("接待方案报批时限2个工作日，比时限缩短3个工作日，压缩60.00%。")["60.00%"] == "derived"
    assert status("接待方案报批时限2个工作日，比时限缩短3个工作日，压缩50.00%。")["50.00%"] == "unsupported"


def test_a_duration_saved_is_stated_at_the_precision_of_its_operands():
    # (the gap 1 − 0.5, not the result 0.5 itself: a figure after 比时限缩短 is the gap to the limit)
    assert status("接待费用结算平均用时0.5小时，比时限缩短0.5小时。")["0.5小时"] == "derived"
    # 1 − 0.5 is 0.5, not 1: a difference of figures written to a tenth is no whole hour
    assert status("接待费用结算平均用时0.5小时，比时限缩短1小时。")["1小时"] == "unsupported"


# -- a daily average over the days of a dated span ---------------------------------------------------------------
def test_a_daily_average_over_a_dated_span_of_the_events_total_in_the_log():
    text = "接待台账清理专项行动自5月8日启动，至6月30日结束，历时54天，日均清理{}。"
    assert status(text.format("36.04家"))["36.04家"] == "derived"  # 1946 ÷ 54
    assert status(text.format("37.04家"))["37.04家"] == "unsupported"


LAST_YEAR_FORM = SourceText(name="自评表.md", text=(
    "# 2025年公务接待服务保障项目绩效自评表（清河市机关接待服务中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年完成值 |\n| --- | --- | --- | --- |\n"
    "| 接待方案报批时限 | ≤5个工作日 | 2个工作日 | 3个工作日 |\n"
    "| 来宾满意度 | ≥95% | 97.6% | 96.8% |\n"))


def test_a_duration_saved_against_the_limit_beside_last_years_equal_duration():
    # 5 − 2 = 3: last year's 3个工作日 in the same row is another year's level, not this figure's own item
    def got(text: str) -> dict[str, str]:
        return {m.text: m.status for m in check(text, [LAST_YEAR_FORM]).mentions if m.status != "ignored"}

    said = got("接待方案报批时限2个工作日，比“≤5个工作日”缩短3个工作日，比上年缩短1个工作日。")
    assert said["3个工作日"] == "derived"
    assert said["1个工作日"] == "derived"
    assert got("接待方案报批时限2个工作日，比“≤5个工作日”缩短4个工作日。")["4个工作日"] == "unsupported"


# -- spans a log dates: its two ends joined by their own words, on one line or on two --------------------------------
SPAN_LOG = SourceText(name="接待工作台账.txt", text=(
    "2025年接待工作台账（清河市机关接待服务中心）\n"
    "5月8日 启动接待台账清理专项行动。\n"
    "5月20日 接待省直机关调研组一行12人。\n"
    "6月30日 接待台账清理专项行动结束，累计清理历年接待台账1946家。\n"
    "接待用房改造7月28日开始、8月16日结束，改造用房14间。\n"))


def span_status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [SPAN_LOG]).mentions if m.status != "ignored"}


def test_a_span_whose_ends_are_written_start_and_end_on_one_line_lasts_through_its_last_day():
    assert span_status("接待用房改造历时20天，改造用房14间。")["20天"] == "derived"  # 7月28日 … 8月16日
    assert span_status("接待用房改造历时21天，改造用房14间。")["21天"] == "unsupported"


def test_a_campaign_a_log_opens_on_one_line_and_closes_on_another_is_one_span():
    got = span_status("接待台账清理专项行动历时54天，日均清理36.04家。")
    assert got["54天"] == "derived"  # 5月8日 … 6月30日
    assert got["36.04家"] == "derived"  # 1946 ÷ 54
    assert span_status("接待台账清理专项行动历时43天。")["43天"] == "unsupported"  # 5月8日 … 5月20日 is no span



def test_the_first_three_quarters_are_one_period_not_the_third_quarter():
    from drafter.check.periods import cell_period, said_period

    assert said_period("前三季度累计接待来宾") == "1-9"
    assert cell_period("前三季度", "接待来宾（人次）") == "1-9"
    assert said_period("第三季度接待来宾") == "7-9"


# -- the date of a numbered batch is that batch's ------------------------------------------------------------------
BATCH_LOG = SourceText(name="接待培训日志.txt", text=(
    "2025年接待培训日志（清河市机关接待服务中心）\n"
    "3月15日 第一批接待服务人员岗前培训结业，培训42人。\n"
    "6月20日 第二批接待服务人员岗前培训结业，培训38人。\n"))


def batch_status(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [BATCH_LOG]).mentions if m.status != "ignored"]


def test_each_batch_keeps_its_own_date():
    got = batch_status("第一批接待服务人员岗前培训于3月15日结业；第二批于6月20日结业。")
    assert got == [("3月15日", "exact"), ("6月20日", "exact")]


def test_dates_swapped_between_two_numbered_batches_are_unsupported():
    got = batch_status("第一批接待服务人员岗前培训于6月20日结业；第二批于3月15日结业。")
    assert got == [("6月20日", "unsupported"), ("3月15日", "unsupported")]


# -- an average per month over the months of the period its figure is of ------------------------------------------
def test_a_monthly_average_of_a_halfs_figure_is_over_that_halfs_six_months():
    got = status("上半年完成公务接待14场，月均2.33场。")
    assert got["2.33场"] == "derived"  # 14 ÷ 6
    assert status("上半年完成公务接待14场，月均1.17场。")["1.17场"] == "unsupported"  # 14 ÷ 12: the year's months


def test_a_monthly_average_of_the_year_stays_over_twelve_months():
    assert status("全年完成公务接待26场，月均2.17场。")["2.17场"] == "derived"
