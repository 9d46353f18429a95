"""A row label that states its unit in brackets (巡查河道（公里）) gives the bare figures of its row that unit, as a
column header's brackets give a column's (issue 10, index) — an indicator table often puts the unit on the row, since
each row counts another thing. A column that names its own unit keeps it, and a rate, a score or a year column of
that row takes none. A 单位：批次 line that a sheet exported as CSV writes with trailing commas is still the table's
count statement.

Units: a river chief office (河长制办公室: 公里, 吨, 次) and a county forestry station (林业站: 批次).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import SourceIndex, check


def csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def rivers(tmp_path: Path) -> Path:
    return csv(tmp_path, "河湖巡查.csv", RIVERS)


RIVERS = """项目,2025年,,上年实际,完成率（%）
,目标值,实际值,,
巡查河道（公里）,1200,1286,1150,107.17
清理漂浮物（吨）,300,342,296,114.00
督办问题（件）,60,58,64,96.67
"""


def facts(src: Path) -> dict[str, object]:
    return {f.written: f for f in SourceIndex.build([src]).facts if f.kind != "year"}


def statuses(text: str, src: Path) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [src]).mentions if m.status != "ignored"}


def test_a_row_labels_bracketed_unit_is_its_bare_figures_unit(rivers):
    got = facts(rivers)
    assert [got[w].unit for w in ("1200", "1286", "1150")] == ["公里"] * 3
    assert [got[w].unit for w in ("300", "342", "296")] == ["吨"] * 3
    assert got["58"].unit == "件"


def test_a_rate_column_of_that_row_takes_no_unit_of_the_row(rivers):
    got = facts(rivers)
    assert got["107.17"].unit == "%" and got["114.00"].unit == "%"


def test_the_row_unit_lets_the_words_meet_the_row_and_refuses_another_unit(rivers):
    got = statuses("全年巡查河道1286公里，完成目标1200公里的107.17%，比上年增加136公里。", rivers)
    assert got == {"1286公里": "exact", "1200公里": "exact", "107.17%": "exact", "136公里": "derived"}, got
    assert statuses("全年清理漂浮物342立方米。", rivers) == {"342立方米": "unsupported"}


def test_a_column_that_names_its_own_unit_keeps_it(tmp_path):
    """Negative: the header's unit is the column's, whatever the row label says."""
    src = csv(tmp_path, "河湖经费.csv", """项目,工作量,经费（万元）
巡查河道（公里）,1286,36.5
清理漂浮物（吨）,342,18.2
""")
    got = facts(src)
    assert got["36.5"].unit == "万元" and got["18.2"].unit == "万元"
    assert got["1286"].unit == "公里"


FORESTRY = """2025年县林业站林木种苗检查统计,,,,
单位：批次,,,,
乡镇,抽检苗木,合格,不合格,上年抽检
城关镇,46,44,2,41
河西乡,38,37,1,35
合计,84,81,3,76
"""


def test_a_count_statement_exported_with_trailing_commas_still_states_the_unit(tmp_path):
    src = tmp_path / "种苗检查.csv"
    src.write_bytes(FORESTRY.encode("gbk"))  # as a Chinese Excel saves a CSV
    got = facts(src)
    assert [got[w].unit for w in ("84", "81", "3", "76")] == ["批次"] * 4
    assert statuses("全年抽检林木种苗84批次，合格81批次。", src) == {"84批次": "exact", "81批次": "exact"}
    assert statuses("全年抽检林木种苗84株。", src) == {"84株": "unsupported"}
