"""Years of a source's figures (issue 10): a figure or a date under a last-year key or column (上年, 2022年,
上年同期) is last year's — a date there is no completion date of this year, however the file writes it (a
YAML date, a text date, a table cell). Units: an agricultural machinery extension station (农机推广站), a notary
office's ledger (公证处).
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceIndex, SourceText, check

DEEP_TILLAGE = """\
单位: 某县农机推广站
项目: 农机深松整地作业补助
作业进度:
  本年:
    作业面积: 12.6万亩
    完成时间: 2023-11-20
  上年:
    作业面积: 10.8万亩
    完成时间: 2022-12-08
验收:
  "2022年": {验收日期: 12月15日}
  "2023年": {验收日期: 11月28日}
"""


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def tillage(tmp_path: Path) -> Path:
    path = tmp_path / "深松作业台账.yaml"
    path.write_text(DEEP_TILLAGE, encoding="utf-8")
    return path


def test_a_date_under_last_years_key_is_no_completion_date_of_this_year(tmp_path):
    src = tillage(tmp_path)
    assert status("深松作业于11月20日全部完成。", src) == {"11月20日": "exact"}
    assert status("深松作业于12月8日全部完成。", src) == {"12月8日": "unsupported"}


def test_a_text_date_under_an_earlier_years_key_is_that_years(tmp_path):
    src = tillage(tmp_path)
    assert status("深松作业于11月28日通过县级验收。", src) == {"11月28日": "exact"}
    assert status("深松作业于12月15日通过县级验收。", src) == {"12月15日": "unsupported"}


def test_the_year_a_key_gives_is_on_the_date_fact(tmp_path):
    index = SourceIndex.build(tillage(tmp_path))
    years = {f.location: f.ytag for f in index.facts if f.date is not None}
    assert years["作业进度.上年.完成时间"] == -1
    assert years["验收.2022年.验收日期"] == 2022
    assert years["作业进度.本年.完成时间"] is None


LEDGER = SourceText(name="公证援助台账.xlsx", text=(
    "2023年公证法律援助工作台账\n"
    "指标\t本年\t上年同期\n"
    "减免公证件数\t372件\t318件\n"
    "援助案件办结日期\t11月20日\t12月8日\n"))


def test_a_date_in_a_same_period_last_year_column_is_last_years():
    assert status("援助案件于11月20日全部办结。", LEDGER) == {"11月20日": "exact"}
    assert status("援助案件于12月8日全部办结。", LEDGER) == {"12月8日": "unsupported"}
    assert status("全年减免公证318件。", LEDGER) == {"318件": "unsupported"}
