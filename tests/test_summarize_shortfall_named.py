"""A leadership summary of a drafted report names the indicator that fell short, with its figures: a leader
reads "部分绩效指标未达到年度目标" as nothing, while a fifth "达到目标" point adds little. The budget problem's
figures are those 总体情况 already states, so they do not take the room either."""
from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 社区阅读推广经费2024年度绩效自评报告（草稿）

## 目标完成情况

2024年，社区阅读推广经费年初预算数150万元，调整后全年预算数140万元，较年初调减10万元（调减6.67%），全年执行数133.2万元，执行率（全年执行数÷全年预算数）为95.14%，结余6.8万元。

（一）社区阅读推广。关键指标：“新增馆藏图书”目标≥8000册，实际完成8350册，达到目标；“阅读推广活动场次”目标≥120场，实际完成104场，未达到目标（完成目标的86.67%）；“图书外借量”目标≥6万册次，实际完成6.4万册次，达到目标；“数字资源访问量”目标≥20万次，实际完成23.1万次，达到目标；“读者满意度”目标≥90%，实际完成94.2%，达到目标；“每周开放时间”目标≥56小时，实际完成60小时，达到目标；“志愿者服务时长”目标≥3000小时，实际完成3260小时，达到目标；“少儿阅读活动参与人次”目标≥5000人次，实际完成5630人次，达到目标。

## 存在问题

（一）预算资金未全部执行。全年执行数133.2万元，全年预算数140万元，执行率为95.14%，6.8万元预算资金未形成支出，部分已安排的支出未能在年度内完成。

（二）部分绩效指标未达到年度目标。“阅读推广活动场次”年度目标≥120场，实际完成104场，完成目标的86.67%。“阅读推广活动场次”未达标的原因，据自评表填报为“7-8月馆舍维修暂停活动，停办16场”。

（三）满意度指标缺少调查依据。“读者满意度”填报94.2%，未说明问卷、抽样调查等测评依据。

## 改进措施

（一）针对执行率偏低（全年预算数140万元、全年执行数133.2万元）的问题，项目实施单位细化分月支出计划，按合同约定和实施进度及时支付，对年内未支付的资金说明原因，按规定结转或收回。

（二）针对“阅读推广活动场次”未达到年度目标（实际完成104场、目标≥120场）的问题，将未完成部分纳入下年度工作计划，明确责任人和完成时限，按季度跟踪完成进度，并按各项偏差原因分别整改。对“阅读推广活动场次”，针对自评表填报的“7-8月馆舍维修暂停活动，停办16场”，维修期间改在社区服务站开展流动阅读活动。

（三）针对“读者满意度”（填报94.2%）缺少调查依据的问题，下年度通过问卷或第三方调查测评满意度，留存样本量和回收份数等资料，自评时按调查结果填报。
"""


def test_the_summary_names_the_shortfall_with_its_figures(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    summary = summarize(path)
    problems = next(s for s in summary.sections if s.name == "存在问题")
    said = "".join(problems.items)
    assert "阅读推广活动场次" in said and "104场" in said
    assert summary.check.summary.unsupported == 0


def test_the_summary_states_the_budget_once_and_points_carry_no_form_labels(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    summary = summarize(path)
    text = "".join(i for s in summary.sections for i in s.items)
    assert text.count("133.2万元") == 1 and text.count("95.14%") == 1
    points = next(s for s in summary.sections if s.name == "主要成效").items
    assert points and not any(p.startswith("关键指标") for p in points)
