"""A balance's share of a whole balance (issue 10): '市级补助资金结余4.80万元，占项目结余的38.71%' — the whole the words
name after 占 is itself a balance, the budget less the spending of the line they name (项目 / 全部 / none: the
whole's; 项目支出 / 基本支出: that line's), which no source states. Beside each, its planted error: the same balance
given as a share of the budget (4.80 ÷ 320.00), or of another line's balance.

A district sports centre's fitness project (a project form of two funding lines) and a district archives' department
form (基本 / 项目支出), units of kinds in no corpus.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

PROJECT = SourceText(name="全民健身设施运营项目自评表.md", text=(
    "# 2024年度全民健身设施运营项目支出绩效自评表（某区体育中心）\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 300.00 | 320.00 | 307.60 |\n"         # 结余 12.40
    "| 其中：区级财政资金 | 200.00 | 200.00 | 192.40 |\n"   # 结余 7.60
    "| 市级补助资金 | 100.00 | 120.00 | 115.20 |\n"))       # 结余 4.80

DEPARTMENT = SourceData(name="档案馆部门整体支出.yaml", data={
    "部门名称": "某区档案馆", "被评价年度": 2023, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": D("800.00"), "调整预算": D("840.00"), "实际支出": D("804.44"), "其中": [
        {"名称": "基本支出", "年初预算": D("500.00"), "调整预算": D("520.00"), "实际支出": D("515.80")},    # 4.20
        {"名称": "项目支出", "年初预算": D("300.00"), "调整预算": D("320.00"), "实际支出": D("288.64")}]}})  # 31.36


def status(text: str, source: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_a_lines_balance_over_the_projects_balance():
    # 120.00 − 115.20 = 4.80 of 320.00 − 307.60 = 12.40: 38.71 %
    got = status("二是市级补助资金结余4.80万元，占项目结余的38.71%，下达偏晚。", PROJECT)
    assert got["4.80万元"] == "derived"
    assert got["38.71%"] == "derived"
    # 4.80 ÷ 320.00 = 1.50 %: a share of the budget, not of the balance the words name
    assert status("二是市级补助资金结余4.80万元，占项目结余的1.50%，下达偏晚。", PROJECT)["1.50%"] == "unsupported"


def test_the_whole_balance_may_be_named_by_its_word_alone():
    # 7.60 ÷ 12.40 = 61.29 %: of the balance of all the project's funds
    assert status("区级财政资金结余7.60万元，占全部结余的61.29%。", PROJECT)["61.29%"] == "derived"
    # 7.60 ÷ 4.80 would be another line's balance: no share of a whole
    assert status("区级财政资金结余7.60万元，占全部结余的38.71%。", PROJECT)["38.71%"] == "unsupported"


def test_a_balance_over_the_balance_of_a_department_as_a_whole():
    # 320.00 − 288.64 = 31.36 of 840.00 − 804.44 = 35.56: 88.19 %
    assert status("项目支出结余31.36万元，占部门结余资金的88.19%。", DEPARTMENT)["88.19%"] == "derived"
    # 31.36 ÷ 840.00 = 3.73 %: of the budget
    assert status("项目支出结余31.36万元，占部门结余资金的3.73%。", DEPARTMENT)["3.73%"] == "unsupported"


def test_the_whole_balance_named_as_a_total():
    # 4.80 ÷ 12.40 = 38.71 %: 结余总额 is the project's balance
    assert status("市级补助资金结余4.80万元，占结余总额的38.71%。", PROJECT)["38.71%"] == "derived"
    assert status("市级补助资金结余4.80万元，占结余总额的1.50%。", PROJECT)["1.50%"] == "unsupported"
