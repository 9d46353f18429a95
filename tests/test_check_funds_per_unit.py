"""Per-unit money of a named row (issue 10): 每人资助资金，城关镇…元 is the row's money over its count of what 每X
names — and when the row counts 人 in two columns (资助学生 and 结对帮扶), over the one the sentence names.

Kind: a 关工委 (关心下一代工作委员会) ledger of towns.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="关工委分乡镇助学台账.md", text=(
    "# 2024年分乡镇助学台账\n\n"
    "| 乡镇 | 资助学生（人） | 结对帮扶（人） | 资助资金（元） |\n"
    "| --- | ---: | ---: | ---: |\n"
    "| 城关镇 | 86 | 124 | 107,500 |\n"
    "| 石桥镇 | 64 | 90 | 78,720 |\n"
    "| 河口乡 | 52 | 71 | 66,040 |\n"
    "| 合计 | 202 | 285 | 252,260 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_a_rows_average_is_over_the_count_column_its_sentence_names():
    got = status("每人资助资金，城关镇1,250.00元，石桥镇1,230.00元，全县1,248.81元。")
    assert got == {"1,250.00元": "derived", "1,230.00元": "derived", "1,248.81元": "derived"}
    # 107,500 ÷ 86; 78,720 ÷ 64; 252,260 ÷ 202


def test_another_rows_average_or_one_over_the_other_column_stays_unsupported():
    assert status("每人资助资金，城关镇1,230.00元。")["1,230.00元"] == "unsupported"  # 石桥镇's
    assert status("每人资助资金，城关镇866.94元。")["866.94元"] == "unsupported"  # over 结对帮扶's 124
