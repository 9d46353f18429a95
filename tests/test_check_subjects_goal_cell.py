"""A goal's target restated as the result (issue 10: a target value stated as done is not the achievement): a form
that lays out its goals as a label cell and a prose cell (年度绩效目标 | 推动…项目落地8个; 预期目标<TAB>…) states targets
in that cell, so "友城合作项目落地8个" is unsupported when the actual differs, while "年度目标为…落地8个" is the target
the cell states and the actual (6个, in the 实际完成情况 cell or the log) stays exact. A ledger's label cell and
its bare figure (计划生育奖励 | 120) are no goal.

A city foreign-affairs office's project form in three layouts (a Markdown two-column table, tab-separated lines,
a goal line alone) and a log.
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

LOG = SourceText(name="工作日志.txt", text="2024-11-20  全年友城合作项目共落地6个，其中经贸类4个。\n")
FORMS = {
    "markdown": SourceText(name="自评表.md", text=(
        "# 某市外事办2024年项目自评表\n\n| 栏目 | 内容 |\n| --- | --- |\n"
        "| 年度绩效目标 | 推动友城交流合作项目落地8个，举办国际友城交流活动12场 |\n"
        "| 实际完成情况 | 友城合作项目落地6个，举办交流活动14场 |\n")),
    "tabs": SourceText(name="自评表.txt", text=(
        "项目名称\t友城交流合作\n预期目标\t推动友城交流合作项目落地8个，举办国际友城交流活动12场\n"
        "实际完成\t友城合作项目落地6个，举办交流活动14场\n")),
    "goal alone": SourceText(name="自评表.txt", text=(
        "项目名称\t友城交流合作\n年度目标\t推动友城交流合作项目落地8个，举办国际友城交流活动12场\n")),
}


def status(text: str, form: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORMS[form], LOG]).mentions if m.status != "ignored"}


@pytest.mark.parametrize("form", list(FORMS))
def test_the_target_restated_as_the_result_is_unsupported(form):
    assert status("全年友城合作项目落地8个。", form)["8个"] == "unsupported"
    assert status("友城交流项目落地8个，超额完成任务。", form)["8个"] == "unsupported"


@pytest.mark.parametrize("form", list(FORMS))
def test_the_target_stated_as_the_target_and_the_actual_stay_exact(form):
    assert status("年度目标为友城合作项目落地8个。", form)["8个"] == "exact"
    assert status("全年友城合作项目落地6个，未达到8个的目标。", form) == {"6个": "exact", "8个": "exact"}


def test_a_ledgers_label_and_bare_figure_are_no_goal():
    ledger = SourceText(name="奖励台账.md", text=(
        "| 项目 | 人数 |\n| --- | --- |\n| 计划生育奖励 | 120人 |\n| 独生子女补助 | 86人 |\n"))
    assert {m.text: m.status for m in check("全年发放计划生育奖励120人。", [ledger]).mentions}["120人"] == "exact"
