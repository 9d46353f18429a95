"""A year's figure outranks a period's (issue 10, point 1): a log line's count "so far" (截至目前, 1-9月) is of part of
the year; where the sources also give the year's figure of the same item, a figure stated with no period is the
year's, and the part's value given for it is unsupported. Stated for the period, or with no year's figure beside
it, the part's line still supports it."""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


def verdicts(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# A county water-quality monitoring station's log: a mid-year count so far, and the year's.
WATER_LOG = SourceText(name="监测站工作日志.md", text=(
    "# 某县水质监测站2024年工作日志\n\n"
    "## 2024-06-28\n截至目前完成水样检测186批次，均按时出具报告。\n\n"
    "## 2024-12-30\n全年完成水样检测402批次，检测合格率99.2%。\n"))


def test_the_part_of_the_years_count_stated_as_the_years_is_unsupported():
    got = verdicts("全年完成水样检测186批次。", WATER_LOG)
    assert got["186批次"] == "unsupported", got


def test_the_years_count_is_exact():
    got = verdicts("全年完成水样检测402批次。", WATER_LOG)
    assert got["402批次"] == "exact", got


def test_the_part_stated_for_its_period_is_exact():
    got = verdicts("截至6月底完成水样检测186批次。", WATER_LOG)
    assert got["186批次"] == "exact", got


# A street office's complaint log: the nine months' count, and the year's.
STREET_LOG = SourceText(name="信访台账说明.txt", text=(
    "某街道办事处2024年信访工作记录\n"
    "2024-09-30：1-9月受理群众投诉312件，办结率98.1%。\n"
    "2024-12-31：全年受理群众投诉405件，办结率98.8%。\n"))


def test_the_nine_months_count_stated_for_the_year_is_unsupported():
    got = verdicts("受理群众投诉312件，办结率保持较高水平。", STREET_LOG)
    assert got["312件"] == "unsupported", got


# A county library's log: a count so far, written at the year's end, with no other figure of the year beside it.
LIBRARY_LOG = SourceText(name="图书馆工作日志.md", text=(
    "# 某县图书馆2024年工作日志\n\n"
    "## 2024-12-26\n截至目前，全年举办读书会48场，参与读者2160人次。\n"))


def test_a_count_so_far_with_no_years_figure_beside_it_still_supports_the_year():
    got = verdicts("全年举办读书会48场。", LIBRARY_LOG)
    assert got["48场"] == "exact", got


# A city's urban-management bureau: a campaign's count dated by its end (截至8月24日), and the year's total.
URBAN_LOG = SourceText(name="执法日志.md", text=(
    "# 某区城市管理综合执法局2024年执法日志\n\n"
    "- 2024-08-24：开展“夏季整治”占道经营清理行动，截至8月24日清理占道经营摊点286处。\n"
    "- 2024-12-31：全年清理占道经营摊点1032处。\n"))


def test_a_campaigns_count_named_by_its_campaign_is_exact():
    got = verdicts("“夏季整治”行动清理占道经营摊点286处。", URBAN_LOG)
    assert got["286处"] == "exact", got


def test_the_campaigns_count_stated_for_the_year_is_unsupported():
    got = verdicts("全年清理占道经营摊点286处。", URBAN_LOG)
    assert got["286处"] == "unsupported", got
