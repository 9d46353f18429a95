"""A list of records each named by its ordinal (段次: 第一疏浚段, 第二疏浚段) is a count in that name's measure word
(两段): the sources number the sections, so "疏浚分两段进行" is borne out by the list — as 第一批 / 第二期 records
already were. A 航道养护所's dredging sections; a count of another size stays unsupported."""

from __future__ import annotations

from drafter.check import SourceIndex, check

SECTIONS = """单位: 江口航道养护所
年度: 2025
疏浚段:
  - {段次: 第一疏浚段, 开工: 2025-04-07, 完工: 2025-05-16, 地点: 下关河段, 疏浚量（立方米）: 12600}
  - {段次: 第二疏浚段, 开工: 2025-09-02, 完工: 2025-10-11, 地点: 上坝河段, 疏浚量（立方米）: 9800}
"""


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "疏浚段.yaml").write_text(SECTIONS, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "疏浚段.yaml"])).mentions}


def test_a_count_of_records_named_by_their_ordinals_is_the_list(tmp_path):
    assert verdicts(tmp_path, "航道疏浚分两段在下关河段和上坝河段进行。")["两段"] != "unsupported"


def test_a_count_of_more_sections_than_listed_is_unsupported(tmp_path):
    assert verdicts(tmp_path, "航道疏浚分三段进行。")["三段"] == "unsupported"
