"""A whole named in words no source figure goes by is the part's whole as the sources state it (issue 10): "少儿借阅
占流通总量的33.26%" — the work log's "全年借阅各类文献18.40万册次，其中少儿借阅6.12万册次…" — never a sibling item.

A county library's lending (2024).
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="工作记录.md", text=(
    "# 2024年工作记录（摘录）\n\n"
    "- 全年借阅各类文献18.40万册次，其中少儿借阅6.12万册次、成人借阅10.85万册次、电子借阅1.43万册次。\n"
    "- 全年举办阅读推广活动126场。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_a_whole_in_words_of_its_own_is_the_parts_whole_the_sources_state():
    assert status("少儿借阅占流通总量的33.26%。")["33.26%"] == "derived"  # 6.12 ÷ 18.40


def test_a_sibling_is_no_such_whole():
    assert status("少儿借阅占流通总量的56.41%。")["56.41%"] == "unsupported"  # 6.12 ÷ 10.85, the adults' lending
