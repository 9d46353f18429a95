"""A ledger's rows of one group counted, and a group's sum told in the clause after the one naming it: "在尖扎县举办3场，
观众20200人次" over an exhibition ledger whose 展出地点 column puts three rows in 尖扎县 — 3场 is how many rows the
group has (each row one exhibition), and 20200人次 the group's 观众人次 (7400 + 6300 + 6500), its clause a bare 观众
that goes on from the clause naming the group. A wrong count and another group's sum stay unsupported; the whole's total after a group's clause (全年观众49700人次) is still the whole's.

Unit: a county cultural centre's touring exhibitions (a tab ledger); names and figures invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LEDGER = [SourceText(name="2024年巡展台账.txt", text=(
    "序号\t展览名称\t展出地点\t开幕日期\t观众人次\n"
    "1\t农民画精品展\t西宁\t2024-03-15\t12600\n"
    "2\t非遗传承展\t同仁市\t2024-05-20\t9800\n"
    "3\t农民画进校园\t尖扎县\t2024-06-12\t7400\n"
    "4\t乡村记忆展\t尖扎县\t2024-07-08\t6300\n"
    "5\t节庆民俗展\t同仁市\t2024-07-26\t7100\n"
    "6\t年度新作展\t尖扎县\t2024-12-10\t6500\n"
    "合计\t\t\t\t49700\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LEDGER).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text", [
    "全年巡展6场，其中在尖扎县举办3场，观众20200人次。",
    "在尖扎县举办展览3场，观众20200人次。",
])
def test_a_groups_row_count_and_its_sum_told_after_it(text):
    got = status(text)
    assert got["3场"] == "derived", got
    assert got["20200人次"] == "derived", got


@pytest.mark.parametrize("text, figure", [
    ("在尖扎县举办展览4场。", "4场"),                      # three rows are 尖扎县's
    ("在尖扎县举办展览3场，观众16900人次。", "16900人次"),  # 同仁市's 9800 + 7100
])
def test_a_wrong_count_or_another_groups_sum_stays_unsupported(text, figure):
    assert status(text)[figure] == "unsupported"


def test_the_wholes_total_after_a_groups_clause_is_still_the_wholes():
    got = status("在尖扎县举办展览3场，全年观众49700人次。")
    assert got["49700人次"] == "exact", got


REPAIRS = [SourceText(name="2024年古民居修缮台账.txt", text=(
    "序号\t所在镇\t古民居名称\t修缮面积（平方米）\t合同金额（元）\n"
    "1\t东溪镇\t承恩堂\t186\t168000\n2\t东溪镇\t敬业堂\t142\t121500\n3\t东溪镇\t树德堂\t128\t109800\n"
    "4\t南岭镇\t履安堂\t164\t146200\n5\t南岭镇\t笃行堂\t150\t132800\n合计\t\t\t770\t678300\n"))]


@pytest.mark.parametrize("text, figure, want", [
    ("其中东溪镇3栋，修缮面积456平方米，合同金额39.93万元。", "3栋", "derived"),       # 栋: one building a row
    ("其中东溪镇3栋，修缮面积456平方米，合同金额39.93万元。", "39.93万元", "derived"),  # two clauses after the group
    ("其中东溪镇3栋，修缮面积456平方米，合同金额27.90万元。", "27.90万元", "unsupported"),  # 南岭镇's sum
])
def test_a_groups_figures_told_clauses_after_the_clause_naming_it(text, figure, want):
    got = {m.text: m.status for m in check(text, REPAIRS).mentions if m.status != "ignored"}
    assert got[figure] == want, got
