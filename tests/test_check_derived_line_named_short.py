"""A funding line named short by the word that sets it apart names that line (issue 10): "返还资金用款40.18万元，执行率
94.99%，结余2.12万元" is the 门票收入返还资金 row's — 还 ending a verb (返还 / 退还 / 归还 / 偿还) is that verb's, not the
adverb 还 that splits a phrase, so the row and the words share 返还. Another line's rate or balance stays unsupported.

A ski resort administration centre (阿勒泰), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check
from drafter.subjects import held_words, tokens

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 阿勒泰市滑雪场管理中心 2025年雪场运营项目支出绩效自评表\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 150.00 | 138.30 | 131.65 | 95.19% |\n| 其中：市级财政资金 | 96.00 | 96.00 | 91.47 | |\n"
    "| 门票收入返还资金 | 54.00 | 42.30 | 40.18 | |\n"))
HEAD = "市级财政资金用款91.47万元，执行率95.28%；"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_verb_ending_in_huan_is_held_whole():
    assert "返还" in tokens("返还资金用款")
    assert held_words("返还 3000 v\n用于 5000 v\n成为 900 v\n") == ["返还"]  # (于 / 为 closing a verb: function)


def test_a_line_named_by_its_distinct_word_gives_its_rate_and_balance():
    got = status(HEAD + "返还资金用款40.18万元，执行率94.99%，结余2.12万元。")
    assert got["40.18万元"] == "exact"
    assert got["94.99%"] == "derived"  # 40.18 ÷ 42.30
    assert got["2.12万元"] == "derived"  # 42.30 − 40.18


def test_another_lines_rate_stays_unsupported():
    got = status(HEAD + "返还资金用款40.18万元，执行率95.28%。")
    assert got["95.28%"] == "unsupported"
