"""Records keyed by their names in a data file (重点项目: {病原监测: {…}, 免疫评价: {…}, 流调处置: {…}}) are a list, as a
list of records is: 重点项目三个 is their count, the 合计 record no item of it (issue 10). Another count stays unsupported.

Kind: a 动物疫病预防控制中心's department data file in YAML.
"""

from __future__ import annotations

from drafter.check import SourceData, check

DATA = SourceData(name="部门支出.yaml", text="# 金额单位：元\n", data={
    "单位": "某市动物疫病预防控制中心", "年度": 2024,
    "重点项目": {"病原监测": {"预算": 416000, "执行": 402350}, "免疫效果评价": {"预算": 288000, "执行": 279640},
                 "流调处置": {"预算": 196000, "执行": 190470}, "合计": {"预算": 900000, "执行": 872460}}})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [DATA]).mentions if m.status != "ignored"}


def test_records_keyed_by_their_names_are_counted_without_their_total():
    assert status("中心承担动物疫病监测职能，重点项目三个。")["三个"] == "exact"
    assert status("中心承担动物疫病监测职能，重点项目四个。")["四个"] == "unsupported"
