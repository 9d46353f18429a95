"""Last year's total row of a ledger kept in Excel (a merged title row, units in the header, an empty 备注 column,
合计 then 上年合计): a figure the words give to this year (全年…) is not last year's row, whatever the sheet's
shape; the words that name last year (比上年的…, 上年…) are supported by it.

The merged title row ("2024年…统计" and empty cells) is read as the header's first line, so every column's header
begins with it; its year is the table's (check.index._title_over), and the 上年合计 row's own words date that row.
(Reading the title as the table's caption instead lost five correct derivations of corpus_blind5 and corpus_blind6:
the columns keep the title's words.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from drafter.check import check

def ledger(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "路灯维护台账"
    ws.append(["2024年城区路灯维护分片统计"])
    ws.merge_cells("A1:E1")
    ws.append(["片区", "巡查里程（公里）", "修复故障（处）", "更换灯具（盏）", "备注"])
    for row in (["东片", 1260, 1480, 356, None], ["西片", 1130, 1325, 298, None], ["南片", 980, 1160, 241, None],
                ["合计", 3370, 3965, 895, None], ["上年合计", 3120, 3618, 812, None]):
        ws.append(row)
    path = tmp_path / "路灯维护台账.xlsx"
    wb.save(path)
    return path


def statuses(text: str, path: Path) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [path]).mentions if m.status != "ignored"}


def test_last_years_total_in_a_sheet_given_as_this_years_is_unsupported(tmp_path):
    assert statuses("全年修复路灯故障3618处。", ledger(tmp_path))["3618处"] == "unsupported"


def test_last_years_total_in_a_sheet_supports_the_words_that_name_last_year(tmp_path):
    got = statuses("全年修复路灯故障3965处，比上年的3618处增加347处。", ledger(tmp_path))
    assert got["3965处"] == "exact" and got["3618处"] == "exact"
