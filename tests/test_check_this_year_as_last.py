"""This year's figure given as last year's (issue 10): 上年为2,683人次 where a ledger tags 2,683 as this year's (its
本年 column, beside a 上年 column of 2,499) is unsupported — even where another record repeats 2683 with no year of
its own (a form's 实际值). The figure the sources give to last year stays exact, and the untagged record still
supports the figure as this year's.

Units of our own: 云岭县散装水泥办公室 (a form and a ledger of its towns) and 临湘市消费者协会.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

CEMENT = [
    SourceData(name="云岭县散装水泥办公室2024年绩效自评表.yaml", data={
        "被评价年度": 2024,
        "主要任务": [{"任务": "散装水泥推广", "关键指标": [
            {"指标": "推广散装水泥", "目标值": "≥12万吨", "实际值": "12.86万吨"},
            {"指标": "检查预拌混凝土搅拌站", "目标值": "≥40家", "实际值": "46家"}]}]}),
    SourceText(name="云岭县散装水泥办公室2024年分乡镇检查台账.txt", text=(
        "云岭县散装水泥办公室2024年分乡镇检查台账\n"
        "乡镇\t检查预拌混凝土搅拌站（家）\t上年检查搅拌站（家）\n"
        "城关镇\t19\t17\n"
        "龙井乡\t15\t13\n"
        "石桥镇\t12\t11\n"
        "合计\t46\t41\n")),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CEMENT).mentions if m.status != "ignored"}


def test_this_years_figure_given_to_last_year_is_unsupported():
    got = status("全年检查预拌混凝土搅拌站46家，上年为41家。")
    assert got["46家"] == "exact" and got["41家"] == "exact"
    assert status("全年检查预拌混凝土搅拌站41家，上年为46家。")["46家"] == "unsupported"


def test_a_compared_last_year_figure_that_is_this_years_is_unsupported():
    assert status("全年检查预拌混凝土搅拌站46家，比上年的41家增加5家。")["41家"] == "exact"
    got = check("全年检查预拌混凝土搅拌站46家，与上年的46家持平。", CEMENT).mentions
    # this year's first; the second gives it to last year
    assert [m.status for m in got if m.text == "46家"] == ["exact", "unsupported"]
