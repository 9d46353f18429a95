"""A survey rate (满意度, 知晓率 …) is what a survey measured, never the ratio of two amounts that happens to land
in the same 85–100 % band as an execution rate (issue 10: derivations only between related numbers); a survey's
own counts (满意 of 回收 questionnaires) still derive it.

A township health centre (乡镇卫生院): its project form and its survey log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="卫生院项目自评表.yaml", data={
    "项目名称": "2023年乡镇卫生院基本公共卫生服务项目",
    "项目资金": {"全年预算数": "340.00万元", "全年执行数": "320.00万元"},
})
SURVEY = SourceText(name="满意度调查记录.md", text="12月发放问卷560份，回收544份，其中表示满意498份。\n")


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, SURVEY]).mentions if m.status != "ignored"}


def test_a_satisfaction_rate_is_no_ratio_of_the_budget_figures():
    # 320 ÷ 340 = 94.12 %: the execution rate, not what the residents said
    assert status("全年执行320.00万元，执行率94.12%。")["94.12%"] == "derived"
    assert status("全年执行320.00万元，群众满意度94.12%。")["94.12%"] == "unsupported"


def test_a_satisfaction_rate_of_the_surveys_own_counts_is_derived():
    assert status("回收问卷544份，群众满意度91.54%。")["91.54%"] == "derived"  # 498 ÷ 544
