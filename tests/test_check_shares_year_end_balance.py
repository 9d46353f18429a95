"""年终结余 / 年末结余 is the unit's balance for the year — the top of its funds — like 全部结余 / 总结余: a share of it is
never over the 合计 of a 项目支出明细, which is one line (项目支出) of the unit's funds. Read from a plain-text print of the
form (鹤岗市豫剧团, tests/test_check_text_form_source.py), where the detail table's rows trace with their columns.

Balances: 剧场设备更新 52.00 − 45.80 = 6.20; the detail's 合计 330.00 − 307.20 = 22.80 (项目结余); the unit's 26.64."""

from __future__ import annotations

from pathlib import Path

from drafter.check import check

from test_check_text_form_source import FORM


def status(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "部门整体支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    return [(m.text, m.status) for m in check(text, [path]).mentions if m.status != "ignored"]


def test_a_share_of_the_year_end_balance_is_of_the_units_balance(tmp_path):
    assert status("项目支出结余22.80万元，占年终结余的85.59%。", tmp_path) == [("22.80万元", "exact"),
                                                                        ("85.59%", "derived")]


def test_a_share_of_the_project_balance_is_of_the_detail_tables_total(tmp_path):
    assert status("剧场设备更新结余6.20万元，占项目结余的27.19%。", tmp_path) == [("6.20万元", "exact"),
                                                                         ("27.19%", "derived")]


def test_the_project_balances_share_given_as_the_year_ends_stays_unsupported(tmp_path):
    assert status("剧场设备更新结余6.20万元，占年终结余的27.19%。", tmp_path) == [("6.20万元", "exact"),
                                                                         ("27.19%", "unsupported")]
