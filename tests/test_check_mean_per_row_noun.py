"""A mean per row named by a two-character noun — "平均每个工区19个" over a table whose rows are 水东工区 … 峡阳工区 — is
the table's 合计 over its rows, as "平均每个县（市）" over rows of 县 is (issue 10, precision). A mean over another
count of rows, or of another column, stays unsupported.

Unit: a rail transit construction office (南平市轨道交通建设办公室); names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

RECORD = [SourceText(name="2025年工作记录.txt", text=(
    "南平市轨道交通建设办公室2025年工作记录\n"
    "分工区巡查情况：\n\n"
    "工区\t巡查次数（次）\t发现问题（个）\t整改投入（万元）\n"
    "水东工区\t52\t31\t12.40\n"
    "延平工区\t47\t19\t8.60\n"
    "樟湖工区\t41\t15\t6.10\n"
    "峡阳工区\t36\t11\t4.30\n"
    "合计\t176\t76\t31.40\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, RECORD).mentions if m.status != "ignored"}


def test_a_mean_per_row_named_by_a_two_character_noun():
    got = status("全年巡查发现问题76个，平均每个工区19个。")
    assert got["19个"] == "derived"  # 76 ÷ 4


@pytest.mark.parametrize("text, figure", [
    ("全年巡查发现问题76个，平均每个工区25.33个。", "25.33个"),   # over three rows
    ("全年巡查发现问题76个，平均每个工区44个。", "44个"),          # the 巡查 column's mean
])
def test_another_mean_stays_unsupported(text, figure):
    assert status(text)[figure] == "unsupported"
