"""One comparison vocabulary (issue 10, transfer): every stage that reads how a figure is set against another — the
base a change is on and the side of its target (match), the gap between two items' rates (shares), the base a
sentence states (relations) — reads the same table of comparison words (_common.COMPARATIVES), so a word one stage
knows no other stage misses: 落后于年度目标 says the result is below its target as 低于 does, and 同上年相比 compares
with last year as 与上年相比 does (the target's figure is no base of it).

Sources: a radio administration bureau (无线电管理局) spectrum-monitoring project's indicators with last year's figures;
names and values invented. Each planted error sits beside the correct figure in the same wording.
"""

from __future__ import annotations

from drafter.check import SourceData, check
from drafter.check._common import COMPARATIVES, comparatives

RADIO = SourceData(name="无线电监测项目.yaml", data={
    "项目名称": "无线电频谱监测能力提升项目",
    "绩效指标": [{"指标": "重点区域频谱监测覆盖率", "年度目标": "95%", "实际完成": "97.6%"},
                 {"指标": "台站数据核查准确率", "年度目标": "98%", "实际完成": "96.5%"},
                 {"指标": "违规电台查处数量", "年度目标": "40个", "实际完成": "46个"}],
    "上年情况": {"重点区域频谱监测覆盖率": "93.2%"}})


def verdict(text: str) -> str:
    return [m.status for m in check(text, [RADIO]).mentions if m.status != "ignored"][-1]


def test_below_the_target_in_any_comparative_word():
    # 96.5 % is 1.5 points below its 98 % target; 97.6 % is above its 95 %, not below it
    assert verdict("台站数据核查准确率96.5%，落后于年度目标1.5个百分点。") == "derived"
    assert verdict("重点区域频谱监测覆盖率97.6%，落后于年度目标2.6个百分点。") == "unsupported"
    assert verdict("重点区域频谱监测覆盖率97.6%，低于年度目标2.6个百分点。") == "unsupported"
    assert verdict("重点区域频谱监测覆盖率97.6%，领先年度目标2.6个百分点。") == "derived"


def test_compared_with_last_year_by_tong_as_by_yu():
    # last year's 93.2 % is the base of 同上年相比 as of 与上年相比: 4.4 points, never the 2.6 above the target
    assert verdict("重点区域频谱监测覆盖率97.6%，同上年相比提高4.4个百分点。") == "derived"
    assert verdict("重点区域频谱监测覆盖率97.6%，同上年相比提高2.6个百分点。") == "unsupported"
    assert verdict("重点区域频谱监测覆盖率97.6%，与上年相比提高2.6个百分点。") == "unsupported"
    # no count of last year in the sources: 46 − 40 is the target's gap, no change on last year
    assert verdict("违规电台查处46个，同上年相比增加6个。") == "unsupported"
    assert verdict("违规电台查处46个，超过年度目标6个。") == "derived"


def test_one_table_of_comparison_words():
    assert {side for side in COMPARATIVES.values()} == {"+", "−", "time", "than", "with"}
    # longest first: 领先于 and 落后于 are read whole, not as 领先 / 落后 and a stray 于
    words = comparatives("+", "−").split("|")
    assert words.index("领先于") < words.index("领先") and words.index("落后于") < words.index("落后")
