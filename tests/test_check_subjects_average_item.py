"""An average per item (每站 / 场均 / 平均每站) is of the item its words name before the per-word (水位站每站运维经费,
西岭乡场均观众): an operand of another item — one task's amount over another task's count, one township's audience
over another's shows — gives no figure of it, however exactly it divides (issue 10: derivations only between
related numbers, and a figure is supported only by the same fact).

A county hydrology station's data (two tasks, each with its amount and its count of stations) and a cultural
centre's ledger of shows by township. Beside each planted error (the other item's operand), the correct average
stays derived.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

HYDRO = SourceData(name="水文测报项目自评数据.yaml", data={
    "单位": "某县水文站", "年度": 2024, "金额单位": "万元",
    "主要任务": [
        {"任务": "雨量站运维", "任务涉及金额": D("86.40"),
         "绩效指标": [{"指标": "运维雨量站数量", "目标值": "≥45个", "实际完成值": 48}]},
        {"任务": "水位站运维", "任务涉及金额": D("52.80"),
         "绩效指标": [{"指标": "运维水位站数量", "目标值": "≥15个", "实际完成值": 16}]}]})

TOUR = SourceText(name="送戏下乡台账.md", text=(
    "# 2024年送戏下乡分乡镇台账\n\n| 乡镇 | 演出场次 | 观众人次 |\n| --- | --- | --- |\n"
    "| 东关镇 | 24 | 6,480 |\n| 西岭乡 | 18 | 3,960 |\n| 南河镇 | 15 | 4,125 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [HYDRO, TOUR]).mentions if m.status != "ignored"}


def test_a_tasks_amount_over_its_own_count_is_derived():
    assert status("运维水位站16个，水位站每站运维经费3.30万元。")["3.30万元"] == "derived"  # 52.80 ÷ 16
    assert status("运维雨量站48个，雨量站平均每站运维经费1.80万元。")["1.80万元"] == "derived"  # 86.40 ÷ 48


def test_another_tasks_amount_over_the_count_is_unsupported():
    assert status("运维水位站16个，水位站每站运维经费5.40万元。")["5.40万元"] == "unsupported"  # 86.40 ÷ 16
    assert status("运维雨量站48个，雨量站平均每站运维经费1.10万元。")["1.10万元"] == "unsupported"  # 52.80 ÷ 48


def test_a_townships_audience_over_its_own_shows_is_derived():
    got = status("东关镇演出24场、观众6,480人次；西岭乡18场、3,960人次。西岭乡场均观众220人次。")
    assert got["220人次"] == "derived"  # 3960 ÷ 18


def test_a_townships_audience_over_another_townships_shows_is_unsupported():
    got = status("东关镇演出24场、观众6,480人次；西岭乡18场、3,960人次。西岭乡场均观众165人次。")
    assert got["165人次"] == "unsupported"  # 3960 ÷ 24, the 东关镇's shows


def test_each_townships_average_in_its_own_clause_is_derived():
    got = status("东关镇演出24场、观众6,480人次，场均270人次；西岭乡18场、3,960人次，场均220人次。")
    assert got["270人次"] == "derived"
    assert got["220人次"] == "derived"
