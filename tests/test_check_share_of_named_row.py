"""A share whose own clause names its part by a source row's name and states no figure ('应急专业分队训练占25.28%',
'数字资源订阅仅占9.58%'): the part is that row's figure, the whole its table's whole in the same column — the 合计
row, or the sum of the rows where the table has none. Found on seven spent corpora by different authors (blind3,
blind4, blind14, blind21, blind22, blind24, blind27): the writer states a row's amount in one sentence or not at all,
and its share later by name only, so no figure stands before the share for the structural stages to start from.

Every positive case has its negative beside it: another row's share given to this one, a share the row's figure
does not give, the budget's share where the column is spending, a clause naming two rows.

A county public library (县图书馆部门整体支出): the department form as drafter's input YAML — its tasks with their
任务涉及金额 (no 合计: the whole is their sum) and indicators, one of which bears its task's name.
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="input.yaml", data={
    "部门名称": "县图书馆", "被评价年度": 2024, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": 124.00, "调整预算": 120.00, "实际支出": 116.91},
    "主要任务": [
        {"编号": "任务1", "任务": "图书采购", "任务涉及金额": 55.62,
         "关键指标": [{"指标": "新增馆藏图书", "目标值": "≥2.5万册", "实际值": 2.86, "单位": "万册"}]},
        {"编号": "任务2", "任务": "流动服务车运行", "任务涉及金额": 21.35,
         "关键指标": [{"指标": "流动服务车运行", "目标值": "≥150车次", "实际值": 168, "单位": "车次"}]},
        {"编号": "任务3", "任务": "阅读推广活动", "任务涉及金额": 28.74,
         "关键指标": [{"指标": "举办阅读推广活动", "目标值": "≥80场", "实际值": 86, "单位": "场"}]},
        {"编号": "任务4", "任务": "数字资源订阅", "任务涉及金额": 11.20,
         "关键指标": [{"指标": "数字资源访问量", "目标值": "≥30万次", "实际值": 31.5, "单位": "万次"}]},
    ],
})
SOURCES = [FORM]


def status(text: str, figure: str) -> str:
    return [m.status for m in check(text, SOURCES).mentions if m.text == figure][-1]


# 55.62 ÷ 116.91 = 47.57 %; 21.35 ÷ 116.91 = 18.26 %; 28.74 ÷ 116.91 = 24.58 %; 11.20 ÷ 116.91 = 9.58 %


def test_a_share_naming_its_row_is_that_rows_figure_over_the_tables_whole():
    text = "图书采购是最大的支出项。从支出结构看，流动服务车运行占18.26%，阅读推广活动占24.58%。"
    assert status(text, "18.26%") == "derived"
    assert status(text, "24.58%") == "derived"


def test_a_share_naming_its_row_in_a_sentence_of_its_own_is_that_rows_share():
    assert status("电子书品种偏少，数字资源订阅仅占9.58%。", "9.58%") == "derived"


def test_another_rows_share_given_to_the_named_row_is_unsupported():
    # 24.58 % is 阅读推广活动's share, not 流动服务车运行's
    assert status("从支出结构看，流动服务车运行占24.58%。", "24.58%") == "unsupported"


def test_a_share_the_named_rows_figure_does_not_give_is_unsupported():
    assert status("从支出结构看，流动服务车运行占19.26%。", "19.26%") == "unsupported"
    assert status("数字资源订阅支出超过一成，电子书品种偏少。", "超过一成") == "unsupported"


def test_a_share_of_the_budget_named_where_the_figure_is_the_spending_share_is_unsupported():
    # 21.35 ÷ 116.91 = 18.26 % of the spending; of the budget it would be 21.35 ÷ 120.00 = 17.79 %
    assert status("流动服务车运行占项目预算的18.26%。", "18.26%") == "unsupported"


def test_a_share_whose_clause_names_two_rows_is_not_read_as_either():
    # 两项 of two rows: their sum's share (42.84 %) is another stage's; neither row alone gives 18.26 % here
    assert status("流动服务车运行和阅读推广活动合计占18.26%。", "18.26%") == "unsupported"


def test_a_share_whose_words_name_another_measure_of_the_row_is_unsupported():
    # 18.26 % is the task's money share; the words give it to the 车次 the task ran
    assert status("从服务量看，流动服务车运行车次占18.26%。", "18.26%") == "unsupported"
