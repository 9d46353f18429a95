"""The figure after a budget change ("年中核减县级财政资金后调整为132.00万元", "年中追加后为584.00万元"), and a target
named after its figure ("完成900件计划的114%") — issue 10, what a number counts.

- The words of the change before 后 (its verb and what it changed: 核减县级财政资金, 追加) name the event, not the
  figure: the figure is the budget after it, so no row or log line those words name (the 县级 line's own budget,
  the 追加's amount) is a rival. The words after 后, and a subject before the verb (县级财政资金年中核减后), still name
  it.
- A figure stated as the budget after a change is a budget: the 执行数 of the same row is no figure of it.
- A figure followed by 计划的 / 任务的 (完成900件计划的114%) is the plan, which the source's bound ≥900件 states.

A county weather service's project data (a record with 来源 lines, in 元) and a disaster-relief store's project form
(a table row of 年初 / 全年预算 / 执行数, and a log line of the 追加). Beside each positive, the planted error of
the same family stays unsupported.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

WEATHER = SourceData(name="人工影响天气项目自评数据.yaml", text="# 金额单位：元\n", data={
    "单位": "某县气象服务中心", "年度": 2024, "项目": "人工影响天气作业项目",
    "资金": {"年初预算": 1500000, "调整后预算": 1320000, "支出": 1286400, "来源": [
        {"名称": "县级财政资金", "年初预算": 1100000, "调整后预算": 920000, "支出": 901300},
        {"名称": "省级补助资金", "年初预算": 400000, "调整后预算": 400000, "支出": 385100}]},
    "成果": [{"指标": "人工增雨作业", "计划": "≥60次", "完成": "72次"},
             {"指标": "作业人员安全培训", "计划": "≥180人次", "完成": "204人次"}]})

STORE = SourceText(name="救灾物资储备项目自评表.md", text=(
    "# 2024年度救灾物资储备项目支出绩效自评表\n\n| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
    "| --- | --- | --- | --- |\n| 年度资金总额 | 520.00 | 584.00 | 571.36 |\n"))
STORE_LOG = SourceText(name="工作日志.txt", text="2024-07-15  年中追加应急帐篷采购资金64.00万元，用于汛期储备。\n")


def status(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- the words of the change before 后 name the event, not the budget after it ----------------------------------

def test_the_budget_after_a_cut_of_one_line_is_the_projects():
    got = status("项目年初预算150.00万元，年中核减县级财政资金后调整为132.00万元。", WEATHER)
    assert got["132.00万元"] in ("exact", "converted")


def test_the_same_budget_given_to_the_line_cut_stays_unsupported():
    got = status("项目年初预算150.00万元，年中核减县级财政资金后县级财政资金调整为132.00万元。", WEATHER)
    assert got["132.00万元"] == "unsupported"


def test_a_line_named_before_its_own_cut_keeps_its_budget():
    got = status("县级财政资金年中核减后调整为92.00万元。", WEATHER)
    assert got["92.00万元"] in ("exact", "converted")


def test_the_budget_after_a_top_up_is_not_the_top_up():
    got = status("全年预算资金年初安排520.00万元，年中追加后达到584.00万元。", STORE, STORE_LOG)
    assert got["584.00万元"] == "exact"


def test_the_spending_given_as_the_budget_after_a_top_up_stays_unsupported():
    got = status("全年预算资金年初安排520.00万元，年中追加后达到571.36万元。", STORE, STORE_LOG)
    assert got["571.36万元"] == "unsupported"


# -- a figure followed by 计划的 / 任务的 is the plan --------------------------------------------------------------

def test_a_plan_named_after_its_figure_is_the_sources_bound():
    got = status("全年开展人工增雨作业72次，完成60次计划的120.00%。", WEATHER)
    assert got["60次"] == "exact"
    assert got["120.00%"] == "derived"


def test_a_task_named_after_its_figure_is_the_sources_bound():
    got = status("作业人员安全培训204人次，完成180人次任务的113.33%。", WEATHER)
    assert got["180人次"] == "exact"


def test_the_plan_restated_as_what_was_done_stays_unsupported():
    got = status("全年开展人工增雨作业60次，超过计划。", WEATHER)
    assert got["60次"] == "unsupported"
