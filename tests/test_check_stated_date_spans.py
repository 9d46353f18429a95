"""Days a stated span lasts: "专项行动自1月8日至2月20日，历时44天" counts both ends (a span written with 至 / 到 /
起…止 runs from the first day through the last), "4月1日闭馆改造，9月15日重新开放，闭馆167天" counts the days
between two events (the reopening day is open again). Both dates must be ones the checker traced; a wrong count, or a
span whose dates the sources do not give, stays unsupported. A span over the year's end counts the months between.

A county flood-control office and a city swimming hall (their logs), never a unit of a corpus.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="工作记录.md", text=(
    "# 2024年工作记录\n\n"
    "## 2024-01-08\n“冬季安全生产”专项检查启动。\n\n"
    "## 2024-02-20\n“冬季安全生产”专项检查结束。\n\n"
    "## 2024-04-01\n游泳馆闭馆改造。\n\n"
    "## 2024-09-15\n游泳馆改造完成，重新开放。\n\n"
    "## 2024-11-15\n冬季供暖保障期开始。\n"))
WINTER = SourceText(name="供暖保障.md", text=(
    "## 2023-11-15\n上一供暖保障期开始。\n\n## 2024-03-15\n上一供暖保障期结束。\n"))


def status(text: str, sources=(LOG,)) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_span_from_one_day_to_another_counts_both_ends():
    got = status("“冬季安全生产”专项检查自1月8日至2月20日，历时44天，检查企业126家。")
    assert got["1月8日"] == "exact" and got["2月20日"] == "exact"
    assert got["44天"] == "derived"


def test_a_wrong_count_of_a_span_is_unsupported():
    assert status("“冬季安全生产”专项检查自1月8日至2月20日，历时45天。")["45天"] == "unsupported"


def test_days_between_two_events_do_not_count_the_second_day():
    got = status("游泳馆自4月1日闭馆改造，9月15日重新开放，闭馆167天。")
    assert got["167天"] == "derived"
    assert status("游泳馆自4月1日闭馆改造，9月15日重新开放，闭馆170天。")["170天"] == "unsupported"


def test_a_span_whose_dates_the_sources_do_not_give_derives_nothing():
    got = status("“冬季安全生产”专项检查自1月9日至2月21日，历时44天。")
    assert got["44天"] == "unsupported"


def test_a_span_over_the_year_end_counts_through_february_of_its_year():
    got = status("上一供暖保障期自11月15日起至3月15日止，共122天。", (LOG, WINTER))
    assert got["122天"] == "derived"  # 2023-11-15 … 2024-03-15, February 2024 has 29 days
