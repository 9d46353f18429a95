"""A shortfall written with 差 and no base before it — "接驳站点建设差2个未达目标", "接驳站点建设尚差2个" — is the
target less the result of the indicator its words name, as "比目标少2个" is (issue 10, precision). Another indicator's
gap, a value one off and a gap over its own base (比上年) stay unsupported.

Unit: a rail transit construction office (南平市轨道交通建设办公室); names and values invented.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceData, check

FORM = [SourceData(name="项目绩效数据.json", data={
    "单位": "南平市轨道交通建设办公室",
    "年度": 2025,
    "指标": [
        {"名称": "新建公交接驳站点", "目标值": "20个", "完成值": "18个", "上年完成": "15个"},
        {"名称": "新建充电桩", "目标值": "≥30个", "完成值": "27个", "上年完成": "21个"},
    ]})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FORM).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text, figure", [
    ("二是公交接驳站点建设差2个未达目标，选址协调滞后。", "2个"),
    ("公交接驳站点建设尚差2个，充电桩差3个未达目标。", "2个"),
    ("公交接驳站点建设尚差2个，充电桩差3个未达目标。", "3个"),
])
def test_a_shortfall_with_cha_is_the_target_less_the_result(text, figure):
    assert status(text)[figure] == "derived"


@pytest.mark.parametrize("text, figure", [
    ("二是公交接驳站点建设差3个未达目标。", "3个"),          # the charging piles' gap
    ("二是公交接驳站点建设尚差1个。", "1个"),                # one off
    ("二是充电桩建设尚差2个。", "2个"),                      # the stations' gap
])
def test_another_indicators_gap_stays_unsupported(text, figure):
    assert status(text)[figure] == "unsupported"


def test_a_gap_between_two_items_is_no_shortfall_to_a_target():
    assert status("接驳站点与充电桩完成数相差2个。")["2个"] == "unsupported"
