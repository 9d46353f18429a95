"""约 among many near values (issue 10, speed): a 约 figure is borne out only by a source value that rounds to it at its
last digit, so its look-up reaches a step around it, not a tenth of its value — the same verdicts where the sources
state many figures within a tenth of it (a dense ledger), the right row found and a wrong 约 flagged; the sided words
(超过 / 近 / 不足) still reach their tenth.

Sources: a Sanya embroidery institute's (三亚刺绣研究所) training projects, their spending in 万元 close to one another;
names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceData, check

EMBROIDERY = SourceData(name="三亚刺绣研究所项目支出.yaml", data={
    "单位名称": "三亚刺绣研究所",
    "项目支出": [{"项目名称": "黎锦技艺传承培训", "预算": "38.00", "实际支出": "36.42", "单位": "万元"},
                 {"项目名称": "苏绣针法研修班", "预算": "37.50", "实际支出": "35.18", "单位": "万元"},
                 {"项目名称": "绣品图案数字化", "预算": "40.00", "实际支出": "37.66", "单位": "万元"},
                 {"项目名称": "非遗绣娘进社区", "预算": "36.00", "实际支出": "33.91", "单位": "万元"},
                 {"项目名称": "刺绣精品展览", "预算": "41.00", "实际支出": "39.27", "单位": "万元"}]})


def verdict(text: str) -> str:
    return [m.status for m in check(text, [EMBROIDERY]).mentions if m.status != "ignored"][-1]


def test_an_approximate_amount_finds_its_row_among_near_values():
    assert verdict("黎锦技艺传承培训实际支出约36万元。") == "approximate"  # 36.42
    assert verdict("苏绣针法研修班实际支出约35万元。") == "approximate"  # 35.18
    assert verdict("黎锦技艺传承培训实际支出约36.4万元。") == "approximate"


def test_an_approximate_amount_no_value_rounds_to_stays_unsupported():
    # 36.42 rounds to 36, never to 37 or 35; 37.66 (another row's, a tenth away) is no 约37 of this row
    assert verdict("黎锦技艺传承培训实际支出约37万元。") == "unsupported"
    assert verdict("黎锦技艺传承培训实际支出约35万元。") == "unsupported"
    assert verdict("黎锦技艺传承培训实际支出约36.5万元。") == "unsupported"


def test_a_sided_word_still_reaches_a_tenth():
    # 超过 / 不足 bear out a value above / below within a tenth of the figure: the wide look-up is kept for them
    assert verdict("黎锦技艺传承培训实际支出超过35万元。") == "approximate"
    assert verdict("黎锦技艺传承培训实际支出不足40万元。") == "approximate"
    assert verdict("黎锦技艺传承培训实际支出超过37万元。") == "unsupported"
