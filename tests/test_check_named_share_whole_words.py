"""A share that names its part by a source row's name (馆藏档案数字化占…%) is that row's figure over its column's whole —
but only when the words after 占 name that whole (占任务金额的, 占合计的, 占四项任务资金的) or name none (占55.32%,
占比). When they name another whole (占全年支出的, 占总支出的, 占财政拨款的), the column's whole is not what the sentence
says: the share derives from the whole the words name, or not at all.

Found on the spent corpus blind28 (防象围栏建设占全年支出的39.33% passed as the row's share of the tasks' sum,
118.60 ÷ 301.55, where the year's spending is 583.91): a share of the wrong whole — a planted error, and the commonest
way a writer misstates a structure (the tasks are a part of the year's spending, not all of it).

A county archives (县档案馆部门整体支出): its four tasks' 任务涉及金额 add up to 77.00万元 of a year's spending of
128.40万元 (the rest is staff and running costs), so a task's share of the tasks and of the spending differ.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, SourceText, check


def form(spent: str) -> SourceData:
    return SourceData(name="input.yaml", data={
        "部门名称": "县档案馆", "被评价年度": 2025, "表格类型": "部门整体支出",
        "部门资金情况": {"单位": "万元", "年初预算": 131.00, "调整预算": 133.50, "实际支出": Decimal(spent)},
        "主要任务": [
            {"编号": "任务1", "任务": "馆藏档案数字化", "任务涉及金额": 42.60,
             "关键指标": [{"指标": "完成档案数字化", "目标值": "≥12万页", "实际值": 12.8, "单位": "万页"}]},
            {"编号": "任务2", "任务": "库房温湿度改造", "任务涉及金额": 18.35,
             "关键指标": [{"指标": "改造库房", "目标值": "4间", "实际值": 4, "单位": "间"}]},
            {"编号": "任务3", "任务": "民间档案征集", "任务涉及金额": 9.80,
             "关键指标": [{"指标": "征集民间档案", "目标值": "≥300件", "实际值": 326, "单位": "件"}]},
            {"编号": "任务4", "任务": "地方史料编研", "任务涉及金额": 6.25,
             "关键指标": [{"指标": "出版编研成果", "目标值": "2部", "实际值": 2, "单位": "部"}]},
        ]})


ARCHIVES = [form("128.40")]  # the tasks are 77.00 of the year's 128.40
ONLY_TASKS = [form("77.00")]  # a year whose spending is the tasks' and nothing else


def status(text: str, figure: str, sources=ARCHIVES) -> str:
    return [m.status for m in check(text, sources).mentions if m.text == figure][-1]


# 42.60 ÷ 77.00 = 55.32 % of the tasks; 42.60 ÷ 128.40 = 33.18 % of the year's spending


def test_a_share_of_the_years_spending_given_the_tasks_whole_is_unsupported():
    assert status("馆藏档案数字化占全年支出的55.32%，是最大的支出项。", "55.32%") == "unsupported"
    assert status("从支出结构看，馆藏档案数字化占总支出的55.32%。", "55.32%") == "unsupported"


def test_a_share_of_a_funding_source_given_the_tasks_whole_is_unsupported():
    assert status("馆藏档案数字化占财政拨款的55.32%。", "55.32%") == "unsupported"


def test_the_share_of_the_whole_the_words_name_is_derived():
    assert status("馆藏档案数字化占全年支出的33.18%。", "33.18%") == "derived"


def test_a_share_whose_words_name_the_tasks_or_no_whole_is_the_rows_share_of_the_tasks():
    for text in ("馆藏档案数字化占55.32%。", "从支出结构看，馆藏档案数字化占比55.32%。",
                 "馆藏档案数字化占任务金额的55.32%。", "馆藏档案数字化占四项任务资金的55.32%。",
                 "馆藏档案数字化占合计的55.32%。"):
        assert status(text, "55.32%") == "derived", text


def test_when_the_tasks_are_the_whole_years_spending_its_share_of_the_spending_is_derived():
    assert status("馆藏档案数字化占全年支出的55.32%。", "55.32%", ONLY_TASKS) == "derived"
    assert status("馆藏档案数字化占总支出的55.32%。", "55.32%", ONLY_TASKS) == "derived"


# A department form read as a table: the 项目支出明细's 合计 is the 项目支出 line (46.50) of the year's spending (128.40);
# 占全年支出的 / 占总支出的 is over the latter, never the breakdown's own 合计 (blind31 camel 34.13%).
DEPARTMENT = [SourceText(name="部门整体支出绩效自评表.md", text="""# 部门整体支出绩效自评表（2025年度）

部门名称：县档案馆

| 资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |
| --- | --- | --- | --- |
| 年度资金总额 | 131.00 | 133.50 | 128.40 |
| 基本支出 | 82.00 | 82.00 | 81.90 |
| 项目支出 | 49.00 | 51.50 | 46.50 |

| 项目支出明细（万元） | 金额 |
| --- | --- |
| 馆藏档案数字化 | 24.60 |
| 库房温湿度改造 | 12.10 |
| 民间档案征集 | 9.80 |
| 合计 | 46.50 |
""")]

# 24.60 ÷ 46.50 = 52.90 % of the project spending; 24.60 ÷ 128.40 = 19.16 % of the year's


def test_a_breakdown_row_s_share_of_the_years_spending_is_over_the_year_not_its_line():
    assert status("馆藏档案数字化占全年支出的52.90%。", "52.90%", DEPARTMENT) == "unsupported"
    assert status("馆藏档案数字化占全年支出的19.16%。", "19.16%", DEPARTMENT) == "derived"
    assert status("馆藏档案数字化占项目支出的52.90%。", "52.90%", DEPARTMENT) == "derived"
