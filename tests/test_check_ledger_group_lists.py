"""A ledger's group sums as reports list them: "第一批125人次、第二批122人次、第三批123人次" (each batch's clause runs from
the figure before it, so the first batch named in the clause is no rival of the second), "广丰区三批共培训127人次" (a
count of the group's own rows is no list of figures the paragraph told), "平均每批123.33人次" / "平均每个县区92.5人次"
(the column's total over the groups of the grouping column whose values the 每-noun names), and a share of a group's
sum in the whole. A column whose header ends in its measure word (排查隐患处) counts in it. Swapped groups, the mean
over the other column's groups and another group's sum stay unsupported.

Units: an e-commerce service centre (电子商务服务中心, 上饶) and its training ledger by county × batch; a rail transit
construction office (轨道交通建设办公室, 南平) and its hazard ledger by section × quarter.
"""

from __future__ import annotations

import pytest

from drafter.check import check

TRAINING = (
    "县区,批次,培训日期,培训人次\n"
    "广丰区,第一批,2025-03-12,42\n"
    "玉山县,第一批,2025-03-14,35\n"
    "婺源县,第一批,2025-03-19,28\n"
    "铅山县,第一批,2025-03-21,20\n"
    "广丰区,第二批,2025-06-10,40\n"
    "玉山县,第二批,2025-06-12,33\n"
    "婺源县,第二批,2025-06-17,31\n"
    "铅山县,第二批,2025-06-19,18\n"
    "广丰区,第三批,2025-09-09,45\n"
    "玉山县,第三批,2025-09-11,30\n"
    "婺源县,第三批,2025-09-16,26\n"
    "铅山县,第三批,2025-09-18,22\n")

HAZARDS = (
    "标段,季度,巡查次数,排查隐患处\n"
    "一标段,第一季度,21,6\n"
    "二标段,第一季度,19,4\n"
    "三标段,第一季度,18,3\n"
    "一标段,第二季度,20,5\n"
    "二标段,第二季度,22,3\n"
    "三标段,第二季度,17,1\n")


@pytest.fixture(scope="module")
def status(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shangrao")
    (folder / "2025年电商培训台账.csv").write_text(TRAINING, encoding="utf-8")
    (folder / "2025年隐患排查台账.csv").write_text(HAZARDS, encoding="utf-8")
    paths = sorted(folder.iterdir())
    return lambda text: {m.text: m.status for m in check(text, paths).mentions if m.status != "ignored"}


BATCHES = ("上饶市电子商务服务中心全年开展电商培训370人次。台账显示，培训分三批进行，第一批125人次、第二批122人次、"
           "第三批123人次，平均每批123.33人次；四个县区平均每个县区92.5人次，其中广丰区三批共培训127人次，占全部人次的"
           "34.32%，玉山县与婺源县合计183人次。")


def test_each_batch_of_a_listed_run_is_its_own_group_sum(status):
    got = status(BATCHES)
    assert (got["125人次"], got["122人次"], got["123人次"]) == ("derived", "derived", "derived")


def test_the_mean_per_batch_and_per_county_is_the_total_over_the_groups(status):
    got = status(BATCHES)
    assert (got["123.33人次"], got["92.5人次"]) == ("derived", "derived")


def test_a_group_counted_by_its_own_rows_and_its_share_of_the_whole(status):
    got = status(BATCHES)
    assert (got["127人次"], got["34.32%"]) == ("derived", "derived")


def test_a_column_headed_by_its_measure_word_sums_by_group(status):
    got = status("南平市轨道交通建设办公室全年排查隐患22处，其中第一季度13处、第二季度9处；一标段全年11处。")
    assert (got["13处"], got["9处"], got["11处"]) == ("derived", "derived", "derived")


@pytest.mark.parametrize("text, figure", [
    ("台账显示，培训分三批进行，第一批122人次、第二批125人次、第三批123人次。", "122人次"),   # batches swapped
    ("台账显示，培训分三批进行，第一批122人次、第二批125人次、第三批123人次。", "125人次"),
    ("全年开展电商培训370人次，平均每批92.5人次。", "92.5人次"),             # the mean over the counties
    ("全年开展电商培训370人次，平均每个县区123.33人次。", "123.33人次"),     # the mean over the batches
    ("其中广丰区三批共培训98人次。", "98人次"),                              # 玉山县's sum
    ("全年开展电商培训370人次，其中广丰区三批共培训127人次，占全部人次的26.49%。", "26.49%"),  # 玉山县's share
    ("南平市轨道交通建设办公室全年排查隐患22处，其中第一季度9处、第二季度13处。", "9处"),  # quarters swapped
])
def test_another_groups_figure_stays_unsupported(status, text, figure):
    assert status(text)[figure] == "unsupported"


def test_the_year_is_the_columns_total_when_its_words_name_the_column(status):
    assert status("上饶市电子商务服务中心全年开展电商培训370人次。")["370人次"] == "derived"
    assert status("上饶市电子商务服务中心全年开展电商培训375人次。")["375人次"] == "unsupported"
    assert status("上饶市电子商务服务中心全年接待来访370人次。")["370人次"] == "unsupported"  # no column names it


def test_a_batch_and_the_places_it_lists_select_their_common_rows(status):
    got = status("南平市轨道交通建设办公室第一季度一标段、二标段共排查隐患10处。")
    assert got["10处"] == "derived"  # 第一季度 × (一标段 or 二标段): 6 + 4
    got = status("南平市轨道交通建设办公室第一季度一标段、三标段共排查隐患10处。")
    assert got["10处"] == "unsupported"  # 6 + 3 = 9


def test_a_half_year_sums_the_rows_its_date_column_puts_in_it(status):
    got = status("上饶市电子商务服务中心上半年培训247人次，下半年123人次。")
    assert (got["247人次"], got["123人次"]) == ("derived", "derived")  # March + June batches; September's


@pytest.mark.parametrize("text, figure", [
    ("上饶市电子商务服务中心上半年培训123人次，下半年247人次。", "123人次"),   # halves swapped
    ("上饶市电子商务服务中心上半年培训123人次，下半年247人次。", "247人次"),
    ("上饶市电子商务服务中心上半年培训245人次。", "245人次"),
])
def test_the_other_halfs_sum_stays_unsupported(status, text, figure):
    assert status(text)[figure] == "unsupported"


OUTLETS = ("区县,批次,新增网点（个）\n"
           "信州区,第一批,12\n"
           "广信区,第一批,9\n"
           "市直,第二批,21\n"
           "弋阳县,第二批,6\n")


def test_a_groups_sum_equal_to_another_rows_figure_is_the_groups(tmp_path):
    path = tmp_path / "2025年电商服务网点台账.csv"
    path.write_text(OUTLETS, encoding="utf-8")

    def got(text: str) -> str:
        return {m.text: m.status for m in check(text, [path]).mentions}["21个"]

    assert got("第一批新增信州区、广信区网点21个。") == "derived"  # 12 + 9, though 市直's row reads 21
    assert got("第一批新增信州区、弋阳县网点21个。") == "unsupported"  # one row of 第一批: 市直's 21
    assert got("信州区新增网点21个。") == "unsupported"
