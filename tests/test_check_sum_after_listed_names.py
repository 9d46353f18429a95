"""A sum word alone in its clause right after a clause of its sentence that opens on names and their count —
"铅山、婺源两县网店培训覆盖不足，合计仅53家" — sums the figures those names name, as "铅山、婺源两县合计53家" does
(issue 10, precision). Another county's figure in the sum, or a sum one off, stays unsupported.

Unit: an e-commerce service centre (上饶市电子商务服务中心) and its county ledger; names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LEDGER = [SourceText(name="分县网店台账.txt", text=(
    "上饶市2025年电商网店分县台账\n\n"
    "县（区）      新开网店(家)    培训(人次)    上年网店(家)\n"
    "广丰区              64           420            58\n"
    "玉山县              41           310            37\n"
    "婺源县              29           260            25\n"
    "铅山县              24           180            22\n"
    "合计               158          1170           142\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, LEDGER).mentions if m.status != "ignored"}


def test_a_sum_after_the_clause_that_lists_its_names():
    assert status("问题：铅山、婺源两县电商基础薄弱，合计仅53家。")["53家"] == "derived"  # 24 + 29


@pytest.mark.parametrize("text, figure", [
    ("问题：铅山、玉山两县电商基础薄弱，合计仅53家。", "53家"),   # 24 + 41 = 65
    ("问题：铅山、婺源两县电商基础薄弱，合计仅52家。", "52家"),
])
def test_another_countys_sum_stays_unsupported(text, figure):
    assert status(text)[figure] == "unsupported"
