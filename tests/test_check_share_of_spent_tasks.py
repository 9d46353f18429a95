"""A list whose amounts add up to the year's spending is spending (issue 10, recall): the tasks' 任务涉及金额 of a project
form sum to its 全年执行数, so "马术公益体验占全年预算的38.53%" (52.40 ÷ 136.00) is a spending item over the budget —
the planted "share of the wrong whole (the budget instead of the spending)" of blind24 (animalshelter 41.49%, mushroom
28.12%). Its share of the spending (占全年支出的40.68%) stays derived, and where the tasks add up to the budget their
share of it does.

Unit of our own: 和田地区马术队 (a project form as YAML).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check


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


# The same shape on a form read as a table (PDF / Excel / Markdown): the 支出明细's rows add up, in its 合计 row, to the
# 全年执行数 — each row is spending, so its share of the budget is no share (blind26 grotto 33.78%, sericulture 15.54%).
TABLE = SourceText(name="项目支出绩效自评表.md", text="""# 项目支出绩效自评表（2025年度）

项目名称：2025年马术运动推广项目
实施单位：和田地区马术队

| 资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
| --- | --- | --- | --- | --- |
| 年度资金总额 | 120.00 | 136.00 | 128.80 | 94.71% |

| 支出明细（万元） | 金额 |
| --- | --- |
| 马术公益体验 | 52.40 |
| 青少年骑术培训 | 46.20 |
| 赛事组织 | 30.20 |
| 合计 | 128.80 |
""")


def test_a_spent_table_row_s_share_of_the_budget_is_unsupported_and_of_the_spending_derived():
    assert status("马术公益体验占全年预算的38.53%。", TABLE, "38.53%") == "unsupported"
    assert status("马术公益体验支出52.40万元，占全年预算的38.53%。", TABLE, "38.53%") == "unsupported"
    assert status("马术公益体验占全年支出的40.68%。", TABLE, "40.68%") == "derived"
    assert status("马术公益体验占40.68%。", TABLE, "40.68%") == "derived"


# A ledger whose 经费 column adds up to a 明细 row (524,000元 = 马术公益体验 52.40万元): the total is that row's spending
# stated again, so its share of the budget is no share either (blind31 pear 32.82%: 462,800 ÷ 141.00)
LEDGER = SourceText(name="乡镇推广台账.md", text="""| 乡镇 | 体验人次 | 马术公益体验经费（元） |
| --- | --- | --- |
| 伊里其乡 | 1,260 | 286,400 |
| 吉亚乡 | 980 | 237,600 |
| 合计 | 2,240 | 524,000 |
""")


def test_a_ledger_total_that_restates_a_spent_row_is_no_part_of_the_budget():
    assert next(m.status for m in check("马术公益体验经费占全年预算的38.53%。", [TABLE, LEDGER]).mentions
                if m.text == "38.53%") == "unsupported"
    assert next(m.status for m in check("伊里其乡占54.66%。", [TABLE, LEDGER]).mentions
                if m.text == "54.66%") == "derived"
