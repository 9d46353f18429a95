"""A list whose amounts add up to the year's spending is spending (issue 10, recall): the tasks' 任务涉及金额 of a project
form sum to its 全年执行数, so "马术公益体验占全年预算的38.53%" (52.40 ÷ 136.00) is a spending item over the budget —
the planted "share of the wrong whole (the budget instead of the spending)" of blind24 (animalshelter 41.49%, mushroom
28.12%). Its share of the spending (占全年支出的40.68%) stays derived, and where the tasks add up to the budget their
share of it does.

Unit of our own: 和田地区马术队 (a project form as YAML).
"""

from __future__ import annotations

from drafter.check import SourceData, check


def form(amounts: tuple[float, float, float]) -> SourceData:
    return SourceData(name="input.yaml", data={
        "项目名称": "2025年马术运动推广项目",
        "实施单位": "和田地区马术队",
        "项目资金": {"单位": "万元", "年初预算数": 120.00, "全年预算数": 136.00, "全年执行数": 128.80},
        "主要任务": [
            {"任务": "马术公益体验", "任务涉及金额": amounts[0]},
            {"任务": "青少年骑术培训", "任务涉及金额": amounts[1]},
            {"任务": "赛事组织", "任务涉及金额": amounts[2]},
        ],
    })


SPENT = form((52.40, 46.20, 30.20))      # adds up to 全年执行数 128.80
BUDGETED = form((55.60, 48.20, 32.20))   # adds up to 全年预算数 136.00


def status(text: str, source: SourceData, figure: str) -> str:
    return next(m.status for m in check(text, [source]).mentions if m.text == figure)


def test_a_spent_task_s_share_of_the_spending_stands():
    assert status("马术公益体验支出52.40万元，占全年支出的40.68%。", SPENT, "40.68%") == "derived"


def test_a_spent_task_s_share_of_the_budget_is_unsupported():
    assert status("马术公益体验占全年预算的38.53%。", SPENT, "38.53%") == "unsupported"


def test_a_budgeted_task_s_share_of_the_budget_stands():
    assert status("马术公益体验占全年预算的40.88%。", BUDGETED, "40.88%") == "derived"
