"""A ledger kept beside the form (CSV, tab text) is read as data: its key columns (批次, 片区, 半年), its count columns
and its rows. Where a count column's total is an indicator's actual, 完成情况 says how its groups split it, as a
report does: "分批次看，第一批（3月20日）新增入区企业12家…"; "上半年…，下半年…" (a value that names its column needs no
lead); with many groups, the first of them ("…，居各检定站之首"). The draft's own check traces every figure (the
ledger is one of its sources). A ledger whose columns match no indicator adds nothing."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from drafter.pipeline import draft

FREE_TRADE_ZONE = {  # 保税区管理委员会 · 项目
    "项目名称": "2025年度综合保税区招商引资与通关便利化项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "临沂市商务局",
    "实施单位": "临沂综合保税区管理委员会",
    "项目资金": {"单位": "万元", "年初预算数": 120, "全年预算数": 120, "全年执行数": 118.20},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "新增入区企业", "年度指标值": "≥30家",
         "实际完成值": "36家", "上年实际": "28家"},
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "受理报关单", "年度指标值": "≥5000票",
         "实际完成值": "5230票"},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度", "三级指标": "入区企业满意度", "年度指标值": "≥90%",
         "实际完成值": "94.2%", "上年实际": "93.0%"},
    ],
}

ENTRY_LEDGER = """批次,备案日期,片区,新增入区企业（家）,报关单（票）
第一批,2025-03-20,综保A区,7,980
第一批,2025-03-20,综保B区,5,640
第二批,2025-06-18,综保A区,8,1120
第二批,2025-06-18,物流园区,4,510
第三批,2025-09-25,综保B区,6,890
第三批,2025-09-25,物流园区,6,1090
合计,,,36,5230
"""

TESTING_INSTITUTE = {  # 质量技术监督检测所 · 项目
    "项目名称": "2025年度计量器具强制检定项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "汉中市市场监督管理局",
    "实施单位": "汉中市质量技术监督检测所",
    "项目资金": {"单位": "万元", "年初预算数": 90, "全年预算数": 90, "全年执行数": 88.50},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "强制检定计量器具", "年度指标值": "≥9000台件",
         "实际完成值": "9420台件"},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度", "三级指标": "送检企业满意度", "年度指标值": "≥90%",
         "实际完成值": "95.1%", "上年实际": "94.0%"},
    ],
}

# five stations, each twice (上半年 / 下半年): the halves split the year, the stations too many to list
CHECK_LEDGER = "\n".join(["检定站\t半年\t检定器具（台件）",
                          "汉台站\t上半年\t1180", "汉台站\t下半年\t1260",
                          "南郑站\t上半年\t820", "南郑站\t下半年\t910",
                          "城固站\t上半年\t760", "城固站\t下半年\t840",
                          "洋县站\t上半年\t700", "洋县站\t下半年\t780",
                          "勉县站\t上半年\t1010", "勉县站\t下半年\t1160",
                          "合计\t\t9420"]) + "\n"


def _draft(tmp_path: Path, data: dict, ledgers: dict[str, str]):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for name, text in ledgers.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = draft(folder)
    goals = next(s for s in result.sections if s.name == "目标完成情况")
    return "\n".join(p.text for p in goals.paragraphs), result


def test_a_ledgers_batches_and_areas_split_the_indicators_it_totals(tmp_path: Path):
    text, result = _draft(tmp_path, FREE_TRADE_ZONE, {"2025年入区企业备案台账.csv": ENTRY_LEDGER})
    assert ("分批次看，第一批（3月20日）新增入区企业12家、报关单1620票，第二批（6月18日）12家、1630票，"
            "第三批（9月25日）12家、1980票") in text
    assert "分片区看，综保A区新增入区企业15家、报关单2100票，综保B区11家、1530票，物流园区10家、1600票" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_halves_need_no_lead_and_many_groups_name_the_first(tmp_path: Path):
    text, result = _draft(tmp_path, TESTING_INSTITUTE, {"检定台账.tsv": CHECK_LEDGER})
    assert "上半年检定器具4470台件，下半年4950台件" in text
    assert "分检定站看，汉台站检定器具2440台件，居各检定站之首" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_a_ledger_whose_columns_match_no_indicator_adds_nothing(tmp_path: Path):
    data = copy.deepcopy(FREE_TRADE_ZONE)
    data["绩效指标"][0]["实际完成值"] = "35家"  # the ledger's 36 is no indicator's figure now
    data["绩效指标"][1]["实际完成值"] = "5200票"
    text, result = _draft(tmp_path, data, {"2025年入区企业备案台账.csv": ENTRY_LEDGER})
    assert "分批次看" not in text and "分片区看" not in text and "第一批" not in text


def test_without_a_ledger_the_draft_is_as_before(tmp_path: Path):
    text, _ = _draft(tmp_path, FREE_TRADE_ZONE, {})
    assert "分批次看" not in text
