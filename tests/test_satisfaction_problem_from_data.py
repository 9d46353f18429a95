"""A 满意度 problem comes from the data, never as boilerplate: a satisfaction figure that met its target and rose on
the 上年实际 the form gives is a tracked series doing well — no "满意度指标缺少调查依据"; one that fell on last year
is raised with its fall; one with neither a survey nor last year's figure keeps the survey question (the quality
corpus pins that). The adjustment rate is written to the two decimals its sibling rates have (调增10.00%)."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from drafter.pipeline import draft

TESTING_INSTITUTE = {  # 质量技术监督检测所 · 项目: every indicator met, satisfaction up on last year
    "项目名称": "2025年度计量器具强制检定及产品质量监督抽检项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "汉中市市场监督管理局",
    "实施单位": "汉中市质量技术监督检测所",
    "项目资金": {"单位": "万元", "年初预算数": 160, "全年预算数": 165, "全年执行数": 161.92},
    "支出明细": [
        {"名称": "强制检定设备维护", "全年预算数": "70.00", "全年执行数": "69.30"},
        {"名称": "监督抽检样品购置", "全年预算数": "55.00", "全年执行数": "53.62"},
        {"名称": "检测人员培训", "全年预算数": "40.00", "全年执行数": "39.00"},
    ],
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "强制检定计量器具", "年度指标值": "≥12000台件",
         "实际完成值": "12860台件", "上年实际": "11900台件"},
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "检定报告差错率", "年度指标值": "≤0.5%",
         "实际完成值": "0.2%", "上年实际": "0.3%"},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度", "三级指标": "送检企业满意度", "年度指标值": "≥90%",
         "实际完成值": "95.8%", "上年实际": "94.6%"},
    ],
}


def _draft(tmp_path: Path, data: dict):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    sections = {s.name: "\n".join(p.text for p in s.paragraphs) for s in result.sections}
    return sections, result


def test_a_satisfaction_met_and_risen_on_last_year_raises_no_problem(tmp_path: Path):
    sections, result = _draft(tmp_path, TESTING_INSTITUTE)
    assert "调查依据" not in sections["存在问题"] and "满意度" not in sections["存在问题"]
    assert "问卷" not in sections["改进措施"]
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_a_satisfaction_fallen_on_last_year_is_raised_with_its_fall(tmp_path: Path):
    data = copy.deepcopy(TESTING_INSTITUTE)
    data["绩效指标"][2]["实际完成值"] = "93.9%"
    sections, _ = _draft(tmp_path, data)
    assert "满意度较上年下降，下降原因和测评依据均未说明。“送检企业满意度”填报93.9%，上年实际94.6%，较上年下降0.7个百分点" in sections["存在问题"]


def test_a_satisfaction_without_last_year_or_survey_keeps_the_survey_question(tmp_path: Path):
    data = copy.deepcopy(TESTING_INSTITUTE)
    del data["绩效指标"][2]["上年实际"]
    sections, _ = _draft(tmp_path, data)
    assert "满意度指标缺少调查依据" in sections["存在问题"]


def test_no_problem_left_names_the_lowest_spending_line(tmp_path: Path):
    sections, result = _draft(tmp_path, TESTING_INSTITUTE)
    text = sections["存在问题"]
    assert "各项已量化的关键指标均达到年度目标" in text
    assert "执行率最低的是支出明细“监督抽检样品购置”（97.49%）" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_the_adjustment_rate_keeps_two_decimals(tmp_path: Path):
    data = copy.deepcopy(TESTING_INSTITUTE)
    data["项目资金"]["年初预算数"] = 150  # 150 → 165: 调增10.00%, beside 执行率98.13%
    sections, result = _draft(tmp_path, data)
    assert "调增10.00%" in sections["目标完成情况"]
    assert "调增10%" not in "".join(sections.values()) and "调增10.00%" in sections["存在问题"]
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
