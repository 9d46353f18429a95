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


def station_sheet(tmp_path: Path) -> Path:
    """乡镇综合文化站 · 免费开放: the sheet's year header merged over two columns each (本年 over 预算 | 执行,
    上年同期 over 预算 | 执行, the last one at the sheet's right edge), 项目 merged down over both header rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "经费执行"
    for row in (["2024年乡镇综合文化站免费开放经费执行表"],
                ["项目", "本年", "", "上年同期", ""],
                ["", "预算", "执行", "预算", "执行"],
                ["免费开放运行", 36.5, 33.84, 30.6, 25.84],
                ["流动文化服务", 12.5, 11.52, 10.4, 9.16],
                ["数字文化设备运维完成日期", "", "11月20日", "", "12月8日"]):
        ws.append(row)
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:C2")
    ws.merge_cells("D2:E2")
    path = tmp_path / "文化站经费.xlsx"
    wb.save(path)
    return path


def test_a_merged_year_header_over_two_columns_gives_each_of_them_its_year(tmp_path):
    index = SourceIndex.build(station_sheet(tmp_path))
    years = {f.written: f.ytag for f in index.facts if f.kind != "year"}
    assert years["30.6"] == years["25.84"] == years["9.16"] == -1
    assert index.year_now == 2024 and years["33.84"] in (None, 2024)


def test_last_years_figures_and_dates_under_a_merged_header_are_not_this_years(tmp_path):
    src = station_sheet(tmp_path)
    assert status("免费开放运行经费执行33.84万元。", src)["33.84万元"] != "unsupported"
    assert status("免费开放运行经费执行25.84万元。", src) == {"25.84万元": "unsupported"}
    assert status("数字文化设备运维于12月8日完成。", src) == {"12月8日": "unsupported"}
