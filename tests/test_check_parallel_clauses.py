"""In a run of parallel clauses — "黑鲷单价0.16元，对虾单价0.02元，黄鳍鲷单价0.18元" — each figure's subject is
in its own clause: the row an earlier clause names belongs to that clause's figure, so it is no rival for the
next one, even when the next one's own words (对虾 in 斑节对虾) are not recognised."""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="苗种采购台账.txt", text="""城区渔政大队 2024年增殖放流苗种采购台账

批次     品种         单价(元/尾)     数量(尾)          金额(元)
第一批   黑鲷           0.16          3,200,000         512,000.00
第二批   斑节对虾       0.02         21,500,000         430,000.00
第三批   黄鳍鲷         0.18          2,800,000         504,000.00
""")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, [LEDGER]).mentions]


def test_each_parallel_clause_names_its_own_row():
    assert verdicts("黑鲷单价0.16元，对虾单价0.02元，黄鳍鲷单价0.18元。") == [
        ("0.16元", "exact"), ("0.02元", "exact"), ("0.18元", "exact")]


def test_a_figure_given_to_the_wrong_row_in_a_parallel_run_is_still_caught():
    assert ("0.16元", "unsupported") in verdicts("黑鲷单价0.16元，黄鳍鲷单价0.16元。")


def test_a_clause_without_a_figure_of_its_own_still_carries_its_row_to_the_next_figure():
    got = dict(verdicts("第三批放流黄鳍鲷2,800,000尾、采购金额504,000元，第一批放流黑鲷320万尾。"))
    assert got["504,000元"] == "exact"
