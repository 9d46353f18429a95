"""A figure restated in a later paragraph (issue 10) is the earlier derivation only for the same part of the year:
下半年189次 derived in the results paragraph and 上半年189次 in the summary is the other half's figure given to this one
(a planted swap), while 下半年189次 said again is the restatement.

Units of our own: 青川市科技成果转化中心 (its service statistics).
"""

from __future__ import annotations

import json

from drafter.check import SourceData, check

STATS = [
    SourceData(name="青川市科技成果转化中心2024年服务统计.json", data=json.loads(json.dumps({
        "单位": "青川市科技成果转化中心",
        "年度": 2024,
        "企业上门服务": {"全年": "347次", "上半年": "158次"},
    }))),
]


def statuses(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.status) for m in check(text, STATS).mentions if m.status != "ignored"]


def test_the_same_half_restated_is_the_derivation():
    got = statuses("全年企业上门服务347次，上半年158次，下半年189次。\n\n总的看，全年上门服务347次，下半年189次。")
    assert [s for f, s in got if f == "189次"] == ["derived", "derived"]


def test_the_other_halfs_figure_restated_is_unsupported():
    got = statuses("全年企业上门服务347次，上半年158次，下半年189次。\n\n总的看，全年上门服务347次，上半年189次。")
    assert [s for f, s in got if f == "189次"] == ["derived", "unsupported"]
