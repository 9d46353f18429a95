"""A plan that restates this year's bound or target (issue 10): 2025年将继续按“≥60项”组织成果对接 / 不少于1200份的企业
需求问卷 / 2025年技术合同登记不少于350项 — the source's target or bound of the item the plan's own words name (before
or after the figure) supports it, whatever this year's result near it; and a count of the items the plan itself lists
(在安平、白河两县各建…) is that list's count. A plan quantity the words give another item (专利转化不少于60项
where 60 is 成果对接's target), or equal only to a current result, stays unsupported.

Units of our own: 青川市科技成果转化中心 (its self-evaluation form) and 南岭市城市客运管理处 (a passenger-transport
indicator table).
"""

from __future__ import annotations

import json

from drafter.check import SourceData, check

TRANSFER = [
    SourceData(name="青川市科技成果转化中心2024年项目绩效自评表.json", data=json.loads(json.dumps({
        "单位": "青川市科技成果转化中心",
        "年度": 2024,
        "年度总体目标": ["完成不少于1200份的企业技术需求问卷，组织成果对接不少于60项，举办成果路演不少于40场"],
        "绩效指标": [
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "组织成果对接", "年度指标值": "≥60项",
             "实际完成值": "72项"},
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "促成专利转化", "年度指标值": "≥45项",
             "实际完成值": "60项"},
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "技术合同登记（项）", "年度指标值": "≥350",
             "实际完成值": 382},
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "企业技术需求问卷", "年度指标值": "≥1200份",
             "实际完成值": "1364份"},
            {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "举办成果路演", "年度指标值": "≥40场",
             "实际完成值": "46场"},
        ],
        "年度工作小结": "全年登记技术合同382项，组织成果对接72项。",
        "分区": [
            {"区县": "安平县", "转化驿站": 3, "服务企业": 118},
            {"区县": "白河县", "转化驿站": 4, "服务企业": 96},
        ],
    }))),
]


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_quoted_bound_restated_for_next_year_is_supported():
    got = status("2025年将继续按“≥60项”组织成果对接，压实转化服务。", TRANSFER)
    assert got["≥60项"] == "exact"


def test_a_bound_whose_item_follows_it_is_supported():
    got = status("2025年将继续完成不少于1200份的企业技术需求问卷和不少于40场成果路演。", TRANSFER)
    assert got["1200份"] == "exact" and got["40场"] == "exact"


def test_a_bound_met_by_a_larger_current_result_is_supported_by_the_target():
    got = status("2025年技术合同登记不少于350项，在安平县新增转化驿站1个。", TRANSFER)
    assert got["350项"] == "exact"
    assert got["1个"] == "unsupported"


def test_a_count_of_the_plans_own_list_is_supported():
    got = status("2025年组织成果对接不少于60项，在安平、白河两县各建成果中试基地1个。", TRANSFER)
    assert got["60项"] == "exact"
    assert got["两县"] == "derived"
    assert got["1个"] == "unsupported"


def test_another_items_bound_restated_as_a_plan_is_unsupported():
    # 60 is 成果对接's target (and 专利转化's result): the words name 专利转化, whose target is 45
    got = status("2025年促成专利转化不少于60项，技术合同登记不少于350项。", TRANSFER)
    assert got["60项"] == "unsupported"
    assert got["350项"] == "exact"


def test_a_plan_equal_to_a_current_result_stays_unsupported():
    got = status("2025年将继续按“≥60项”组织成果对接，计划举办成果路演46场，服务企业118家。", TRANSFER)
    assert got["≥60项"] == "exact"
    assert got["46场"] == "unsupported" and got["118家"] == "unsupported"
