"""A 、-list of figures (issue 10): each figure is named by the words right before it — 普查样本312份、报告6份 — even
when those words are too common to be read as a word of their own (报告): when the record the figure matches is named
by them (成果报告), an earlier item of the list (普查样本) names the earlier figure, not this one. Another record's
figure written after the same words stays unsupported.

Units of our own: 吐鲁番市苗医药研究所 (a data file of results, measure words in a legend).
"""

from __future__ import annotations

from drafter.check import SourceData, check

RESULTS = [
    SourceData(name="吐鲁番市苗医药研究所2025年成果统计.yaml", data={
        "计量说明": {"普查样本": "份", "整理古籍": "部", "成果报告": "份", "药材标本": "份"},
        "成果": {
            "普查样本": {"计划": 300, "完成": 312},
            "整理古籍": {"计划": 40, "完成": 46},
            "成果报告": {"计划": 6, "完成": 6},
            "药材标本": {"计划": 450, "完成": 8},
        },
    }),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, RESULTS).mentions if m.status != "ignored"}


def test_a_listed_figure_is_named_by_the_words_right_before_it():
    got = status("全年完成古籍整理46部、普查样本312份、报告6份，全部通过验收。")
    assert got["312份"] == "exact" and got["6份"] == "exact"


def test_another_records_figure_after_the_same_words_stays_unsupported():
    got = status("全年完成古籍整理46部、普查样本312份、报告8份，全部通过验收。")
    assert got["8份"] == "unsupported"  # 药材标本's
