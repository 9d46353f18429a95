"""A number that names one thing of a numbered series — 3号仓, 2号线, 5号楼3单元 — is a name, not a quantity: it is
never flagged in a text and never supports a count in a source ("完成改造仓房3个" is not borne out by "3号仓"). A day of
the month written with 号 (每月10号前, 10月5号) stays a day."""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.numbers import extract_mentions

# A grain reserve depot's log: its silos and a metro line are numbered.
LOG = SourceText(name="储备库工作日志.md", text=(
    "- 2024年5月10日：1号仓、3号仓完成气调改造，新增测温电缆120根。\n"
    "- 2024年9月5日：在地铁2号线沿线开展粮食安全宣传。\n"))


def quantities(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if not m.ignored]


def test_a_numbered_silo_line_or_building_is_no_quantity():
    assert quantities("粮库3号仓完成气调改造") == []
    assert quantities("在地铁2号线沿线宣传") == []
    assert quantities("5号楼3单元完成改造") == []


def test_a_day_written_with_hao_stays_a_day():
    assert quantities("每月10号前报送统计报表") == ["10"]
    assert [m.kind for m in extract_mentions("10月5号完成验收")] == ["date"]


def test_a_count_beside_a_numbered_name_is_still_a_count():
    assert quantities("完成3号仓等2个仓房改造") == ["2个"]


def test_a_numbered_name_in_a_source_supports_no_count():
    got = {m.text: m.status for m in check("完成气调改造仓房3个，新增测温电缆120根。", [LOG]).mentions}
    assert got == {"3个": "unsupported", "120根": "exact"}, got
    got = {m.text: m.status for m in check("设置宣传点2个。", [LOG]).mentions}
    assert got == {"2个": "unsupported"}, got


def test_a_numbered_name_in_a_text_is_not_flagged():
    report = check("1号仓、3号仓完成气调改造。", [LOG])
    assert all(m.status == "ignored" for m in report.mentions), [(m.text, m.status) for m in report.mentions]
