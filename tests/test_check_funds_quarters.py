"""Halves of the year from a ledger of quarters (issue 10): 上半年支出…元 is the sum of the 第一季度 and 第二季度 rows in
the column the words name (the 合计 column when they name none), 下半年 of the third and fourth, 前三季度 of three; a
share of it (占全年的) is that sum over the column's 合计 row. The other half's sum, another column's stay unsupported.

Kind: a 关工委 (关心下一代工作委员会) quarterly ledger, amounts in 元.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LEDGER = SourceText(name="关工委分季度支出台账.txt", text=(
    "某县关工委2024年分季度支出台账（单位：元）\n"
    "季度\t助学资助\t关爱活动\t合计\n"
    "第一季度\t86,000\t42,600\t128,600\n"
    "第二季度\t112,500\t68,300\t180,800\n"
    "第三季度\t145,000\t81,200\t226,200\n"
    "第四季度\t68,500\t76,300\t144,800\n"
    "合计\t412,000\t268,400\t680,400\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LEDGER]).mentions if m.status != "ignored"}


def test_a_half_year_is_the_sum_of_its_quarter_rows_and_its_share_of_the_total():
    got = status("上半年支出309,400元，占全年支出的45.47%；下半年371,000元。")
    assert got == {"309,400元": "derived", "45.47%": "derived", "371,000元": "derived"}
    assert status("上半年支出371,000元。")["371,000元"] == "unsupported"  # 下半年's
    assert status("上半年支出309,400元，占全年支出的54.53%。")["54.53%"] == "unsupported"


def test_a_half_years_sum_in_the_column_its_words_name():
    assert status("上半年关爱活动支出110,900元，前三季度助学资助343,500元。") == {
        "110,900元": "derived", "343,500元": "derived"}
    assert status("上半年关爱活动支出198,500元。")["198,500元"] == "unsupported"  # 助学资助's
