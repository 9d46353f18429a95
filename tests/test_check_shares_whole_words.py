"""Whose rate, and of which whole, the words say (issue 10: precision AND recall of `unsupported` — a swapped subject or
whole is the commonest planted error, and must stay flagged):

- 其执行率 after a line's figure: 其 (its) names no subject of its own — the rate is the line's the clause before names
  (市级财政资金结余8.00万元，其执行率…), never the whole project's;
- A在支出中占X%: the whole stands before 占 (在…中), and A's share of it is A's line over the whole's spending — the
  other line's share given to A stays unsupported;
- 占项目支出 / 占执行额 name spending: a budget figure (调整后预算, a sum of 预算 rows) is no such whole, and another
  record's spending is no part of a budget (占全年预算);
- 占项目支出 where 项目支出 is a line beside 基本支出: that line's figure is the whole, not the unit's;
- 占项目执行额 names the project's spending: one funding line's spending (市级财政资金执行) is no whole of it — only a
  line the words name is.

Units: a municipal key-project construction centre (重点项目建设中心, 代建): its project form saved as tab text, and its
department-level JSON (部门整体: 基本支出 / 项目支出 with 调整后预算 and 实际支出, and its key projects).
"""

from __future__ import annotations

import json

import pytest

from drafter.check import SourceText, check

BUILDING = SourceText(name="重点项目代建管理项目支出绩效自评表.docx", text=(
    "# 项目支出绩效自评表（2025年度）\n"
    "项目名称：政府投资项目代建管理    主管部门：某市发展和改革委员会    实施单位：某市重点项目建设中心\n\n"
    "项目资金（单位：万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分（分值10）\n"
    "年度资金总额\t520.00\t548.00\t531.56\t97.00%\t9.70\n"
    "其中：市级财政资金\t400.00\t400.00\t392.00\t\t\n"     # 98.00 %, 73.75 % of the spending
    "上级补助资金\t120.00\t148.00\t139.56\t\t\n"           # 94.30 %, 26.25 % of the spending
    "备注\t上级补助资金年中追加\t\t\t\t\n\n"
    "支出明细（单位：万元）\n\n支出项目\t金额\n代建管理费\t318.20\n工程监理\t146.86\n"   # 工程监理 27.63 %
    "造价咨询\t66.50\n合计\t531.56\n"))                                                    # 造价咨询 12.51 %

DEPARTMENT = {
    "单位名称": "某市重点项目建设中心", "评价年度": 2025, "报表": "部门整体支出绩效自评", "金额单位": "万元",
    "收支情况": {
        "基本支出": {"年初预算": "312.40", "调整后预算": "318.60", "实际支出": "315.22"},
        "项目支出": {"年初预算": "260.00", "调整后预算": "250.00", "实际支出": "228.14"},
        "合计": {"年初预算": "572.40", "调整后预算": "568.60", "实际支出": "543.36"}},
    "资金来源": [
        {"来源": "财政拨款", "年初预算": "540.00", "调整后预算": "526.70", "实际支出": "511.48"},
        {"来源": "其他收入", "年初预算": "32.40", "调整后预算": "34.40", "实际支出": "31.88"}],
    "重点项目": [
        {"名称": "政府投资项目代建管理", "预算": "118.00", "支出": "112.36"},   # 49.25 % of 项目支出's spending
        {"名称": "工程质量安全巡查", "预算": "64.50", "支出": "58.92"},
        {"名称": "项目档案数字化", "预算": "60.00", "支出": "56.86"}]}

PROJECTS = ("二、资金使用\n\n三个重点项目：政府投资项目代建管理预算118.00万元、支出112.36万元，工程质量安全巡查预算"
            "64.50万元、支出58.92万元，项目档案数字化预算60.00万元、支出56.86万元。")


@pytest.fixture(scope="module")
def department(tmp_path_factory):
    path = tmp_path_factory.mktemp("daijian") / "部门整体支出绩效自评.json"
    path.write_text(json.dumps(DEPARTMENT, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def last(text: str, *sources) -> tuple[str, str]:
    m = [m for m in check(text, list(sources)).mentions if m.status != "ignored"][-1]
    return m.text, m.status


# -- 其执行率: the line the clause before names ---------------------------------------------------------------------

def test_its_rate_after_a_lines_figure_is_that_lines_rate():
    assert last("市级财政资金执行392.00万元，其执行率98.00%。", BUILDING) == ("98.00%", "derived")


def test_the_projects_rate_given_to_a_line_as_its_rate_stays_unsupported():
    # 97.00 % is the whole's (531.56 ÷ 548.00); 市级财政资金's is 98.00 %
    assert last("市级财政资金结余8.00万元，其执行率97.00%。", BUILDING) == ("97.00%", "unsupported")


# -- A在支出中占: the whole before 占 -------------------------------------------------------------------------------

def test_a_lines_share_in_the_spending_named_before_its_share_word_is_derived():
    assert last("市级财政资金支出392.00万元，上级补助资金支出139.56万元，上级资金在支出中占26.25%。",
                BUILDING) == ("26.25%", "derived")


def test_the_other_lines_share_in_the_spending_stays_unsupported():
    assert last("市级财政资金支出392.00万元，上级补助资金支出139.56万元，上级资金在支出中占73.75%。",
                BUILDING) == ("73.75%", "unsupported")
    assert last("（另稿表述）市级财政资金执行率98.00%，上级补助资金结余8.44万元，上级资金在支出中占73.75%。",
                BUILDING) == ("73.75%", "unsupported")


# -- 占项目支出: spending, never a budget ----------------------------------------------------------------------------

def test_a_share_of_the_project_spending_is_over_its_spending(department):
    assert last(PROJECTS + "代建管理支出占项目支出的49.25%。", department) == ("49.25%", "derived")  # ÷ 228.14


def test_a_share_over_the_project_budget_stated_as_of_its_spending_stays_unsupported(department):
    # 112.36 ÷ 250.00 (项目支出's 调整后预算) = 44.94 %, 118.00 ÷ 250.00 = 47.20 %: the words name its spending
    assert last(PROJECTS + "\n\n（另稿表述）代建管理支出占项目支出44.94%。", department) == ("44.94%", "unsupported")
    assert last(PROJECTS + "\n\n（另稿表述）代建管理占项目支出的47.20%。", department) == ("47.20%", "unsupported")


def test_a_share_of_the_named_line_is_over_that_line_not_the_units_whole(department):
    # 项目支出 beside 基本支出 is a line: 112.36 ÷ 543.36 (the unit's whole spending) = 20.68 % is no share of it
    assert last(PROJECTS + "\n\n（另稿表述）代建管理支出占项目支出的20.68%。", department) == ("20.68%", "unsupported")
    assert last(PROJECTS + "工程质量安全巡查支出占全年支出的10.84%。", department) == ("10.84%", "derived")  # ÷ 543.36


def test_another_records_spending_over_a_budget_stays_unsupported(department):
    # 58.92 (a key project's spending) ÷ 568.60 (the unit's full-year budget) = 10.36 %: spending is no part of a budget
    assert last(PROJECTS + "\n\n（另稿表述）工程质量安全巡查支出占全年预算的10.36%。", department) == ("10.36%", "unsupported")


# -- 占项目执行额: the project's spending, no one line's ------------------------------------------------------------

def test_a_share_of_the_projects_spending_is_over_the_whole():
    assert last("工程监理占项目执行额的27.63%。", BUILDING) == ("27.63%", "derived")  # 146.86 ÷ 531.56
    assert last("造价咨询占项目执行额超过一成。", BUILDING) == ("超过一成", "derived")  # 12.51 %


def test_a_share_over_one_funding_lines_spending_stays_unsupported():
    # 146.86 ÷ 392.00 (市级财政资金's spending) = 37.46 %, 66.50 ÷ 139.56 (上级补助资金's) = 47.65 %
    assert last("（另稿表述）市级财政资金全年未调整；工程监理占项目执行额接近四成。", BUILDING) == ("接近四成", "unsupported")
    assert last("（另稿表述）上级补助资金年中调增28.00万元；造价咨询占项目执行额接近一半。",
                BUILDING) == ("接近一半", "unsupported")
