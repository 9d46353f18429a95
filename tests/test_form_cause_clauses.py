"""The form's stated cause read clause by clause as a reviewer reads it: a thousands comma inside a figure
(2,436个) is a digit group, never a clause break, and is quoted as written; the opening that only restates the
shortfall (X未达标) and the tallies that give its figures (下发…2,436个，核查2,205个) are no cause — the clause
that says why is; a plan ends with its sentence, so the next sentence, about another matter, is not a plan of
this shortfall; and a quotation cut for length ends where a clause ends, never mid-word."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.domain.problems import clip, deviation_reason
from drafter.pipeline import draft
from drafter.schema import Indicator


def _ind(name: str, note: str) -> Indicator:
    return Indicator.model_validate({"三级指标": name, "年度指标值": "≥95%", "实际完成值": "90.5%",
                                     "偏差原因分析及改进措施": note})


def test_a_thousands_comma_in_a_stated_cause_stays_a_digit_group():
    c = deviation_reason(_ind("图斑核查完成率", "受无人机禁飞区审批影响，1,260个图斑改为人工核查，年内未能全部完成；"
                                                 "2026年一季度补查。"), 2025)
    assert c.cause == "受无人机禁飞区审批影响，1,260个图斑改为人工核查，年内未能全部完成"
    assert c.plan == "2026年一季度补查"


def test_a_cause_that_restates_the_shortfall_and_its_tallies_quotes_the_reason():
    c = deviation_reason(_ind("图斑核查完成率", "图斑核查完成率未达标。全年下发疑似变化图斑2,436个，核查2,205个，"
                                                 "其中山区乡镇林下图斑因卫星影像云量过大需无人机补飞后才能核查，已列入2026年计划。"), 2025)
    assert "因卫星影像云量过大需无人机补飞后才能核查" in c.cause
    assert not c.cause.startswith("图斑核查完成率") and "2，436" not in c.cause + c.plan
    assert "2,205个" not in c.plan  # a tally of what was done is no plan (整改1,189条 is a count)
    assert c.plan == "已列入2026年计划"


def test_a_plan_ends_with_its_sentence_and_the_next_matter_is_not_this_shortfalls():
    c = deviation_reason(_ind("图斑核查完成率", "林下图斑因卫星影像云量过大需无人机补飞，已列入2026年计划。"
                                                 "测绘成果质检因外业队伍10月才进场，部分检测费未到支付节点。"), 2025)
    assert c.cause == "林下图斑因卫星影像云量过大需无人机补飞"
    assert c.plan == "已列入2026年计划"


def test_a_cause_with_no_plan_keeps_its_later_sentences():
    """The negative: without a plan every sentence of the cell is the cause, as before."""
    c = deviation_reason(_ind("图斑核查完成率", "外业核查受汛期影响暂停。8月后山区道路中断，部分图斑无法到达。"), 2025)
    assert c.cause == "外业核查受汛期影响暂停，8月后山区道路中断，部分图斑无法到达" and c.plan == ""


def test_a_quotation_cut_for_length_ends_where_a_clause_ends():
    text = "其中市不动产登记中心和市住房公积金中心的历史数据字段缺失问题需原业务系统改造后才能整改，已列入明年计划"
    cut = clip(text, 30)
    assert cut == "其中市不动产登记中心和市住房公积金中心的历史数据字段缺失问题需原业务系统改造后才能整改……"
    assert clip("受汛期影响，外业核查暂停两个月，山区乡镇图斑未能按期核查完毕", 20) == "受汛期影响，外业核查暂停两个月……"  # as before


MONITORING_INSTITUTE = {  # 自然资源调查监测院 · 项目, one indicator short with a long cause holding a tally
    "项目名称": "2025年度国土变更调查及图斑核查项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "澄江市自然资源和规划局",
    "实施单位": "澄江市自然资源调查监测院",
    "项目资金": {"单位": "万元", "年初预算数": 180, "全年预算数": 180, "全年执行数": 172.4},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "核查疑似变化图斑", "年度指标值": "≥2000个",
         "实际完成值": "2205个", "分值": 20, "得分": 20},
        {"一级指标": "产出指标", "二级指标": "质量指标", "三级指标": "图斑核查完成率", "年度指标值": "≥95%",
         "实际完成值": "90.5%", "分值": 20, "得分": 16,
         "偏差原因分析及改进措施": "图斑核查完成率未达标。全年下发疑似变化图斑2,436个，核查2,205个，其中山区乡镇林下图斑"
                                   "因卫星影像云量过大需无人机补飞后才能核查，已列入2026年计划。"},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度指标", "三级指标": "用图单位满意度", "年度指标值": "≥90%",
         "实际完成值": "94%", "分值": 20, "得分": 20},
    ],
}


def test_a_drafted_cause_quotes_the_digit_groups_as_written_and_traces_them(tmp_path: Path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(MONITORING_INSTITUTE, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    text = "\n".join(p.text for s in result.sections for p in s.paragraphs)
    assert "2，436" not in text and "2，205" not in text
    assert "因卫星影像云量过大需无人机补飞后才能核查" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
