"""A ledger's 合计 row totals the rows above it of its own year: a 上年合计 row under it is last year's total, no
part of this year's, and a figure the text gives for last year (比上年的…) is that row's cell. A share of the
year's total is of this year's 合计, never of last year's."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.check import SourceIndex, check

# A sub-district culture and sports centre's quarterly ledger, as its CSV is written (amounts in 元, quoted
# thousands separators).
LEDGER = (
    "季度,文体活动（场）,参与群众（人次）,活动经费（元）\n"
    "第一季度,38,4260,\"86,400.00\"\n"
    "第二季度,52,6180,\"112,600.00\"\n"
    "第三季度,61,7340,\"128,300.00\"\n"
    "第四季度,45,5120,\"96,700.00\"\n"
    "合计,196,22900,\"424,000.00\"\n"
    "上年合计,172,19860,\"398,500.00\"\n")


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "文体活动季度台账.csv"
    path.write_text(LEDGER, encoding="utf-8")
    return path


def verdicts(text: str, ledger: Path) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [ledger]).mentions if m.status != "ignored"}


def test_last_years_total_row_is_no_part_of_this_years_total(ledger: Path):
    index = SourceIndex.build([ledger])
    last = [f for f in index.facts if "上年合计" in f.snippet and f.written == "172"]
    assert last and not any(why == "part" for f in last for _, _, why in index.partners.get(id(f), ())), last


def test_a_figure_of_last_year_is_the_last_years_total_row(ledger: Path):
    got = verdicts("全年开展文体活动196场，比上年的172场增加24场。", ledger)
    assert got == {"196场": "exact", "172场": "exact", "24场": "derived"}, got
    got = verdicts("参与群众22900人次，比上年的19860人次增长15.31%。", ledger)
    assert got == {"22900人次": "exact", "19860人次": "exact", "15.31%": "derived"}, got


def test_a_quarters_share_is_of_this_years_total_not_last_years(ledger: Path):
    got = verdicts("第一季度开展文体活动38场，占全年的19.39%。", ledger)
    assert got == {"38场": "exact", "19.39%": "derived"}, got
    assert verdicts("第一季度开展文体活动38场，占全年的22.09%。", ledger)["22.09%"] == "unsupported"


def test_this_years_total_grows_on_last_years_total_row(ledger: Path):
    # (22900 − 19860) ÷ 19860 = 15.31 %; (424000 − 398500) ÷ 398500 = 6.40 %: the 上年合计 row is the base
    assert verdicts("参与群众22900人次，增长15.31%。", ledger) == {"22900人次": "exact", "15.31%": "derived"}
    assert verdicts("活动经费42.40万元，比上年增长6.40%。", ledger) == {"42.40万元": "converted", "6.40%": "derived"}
    assert verdicts("参与群众22900人次，增长16.31%。", ledger)["16.31%"] == "unsupported"
