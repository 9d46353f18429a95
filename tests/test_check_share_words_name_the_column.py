"""A share is computed on the column its words name. When the words before 占 name a column of the sources (劳务费,
造林面积, 整治面积) or the words after it name one (占全部造林面积的, 占全部成交金额的), a share computed on another
column — the count of a row whose money the words name, the spending of a breakdown whose area the words name — is not
what the sentence says, however well the row's name matches.

Found on three spent corpora by two authors, four planted errors (blind6 exams 普通高考劳务费占劳务费的24.61% — the
考生人次 share; blind25 exchange 增值额占全部成交金额的39.23% — the 增值额 column's share; blind25 farm 节水灌溉占全部
节水面积超过四分之一 — a share of money; blind25 landfix 整治面积占比超过一成半 — a share of scores): every share stage
matched the row and the arithmetic and none compared the measure the words name with the operands' column.

Own unit kinds: a county greening project (国土绿化, two tables: by township with area and money, and a spending
breakdown) and a county sports federation's events (全民健身赛事: 参赛人次 and 裁判劳务费 per sport, a text table).
"""

from __future__ import annotations

from drafter.check import SourceText, check

GREENING = SourceText(name="分乡镇造林统计.md", text=(
    "# 2025年国土绿化项目分乡镇完成情况\n\n"
    "| 乡镇 | 造林面积（亩） | 补助资金（万元） |\n| --- | ---: | ---: |\n"
    "| 东岗镇 | 1,200 | 48.00 |\n| 西坪镇 | 900 | 30.00 |\n| 南川乡 | 600 | 22.00 |\n"
    "| 合计 | 2,700 | 100.00 |\n\n"
    "## 项目支出明细（万元）\n\n| 支出内容 | 执行数 |\n| --- | ---: |\n"
    "| 造林补助 | 100.00 |\n| 苗木采购 | 60.00 |\n| 抚育管护 | 40.00 |\n| 合计 | 200.00 |\n"))
EVENTS = SourceText(name="分项目赛事统计.txt", text=(
    "县体育总会 2025年全民健身赛事分项目统计（劳务费单位：元）\n\n"
    "赛事项目\t比赛天数\t参赛人次\t裁判劳务费\n篮球\t6\t2,840\t96,600\n乒乓球\t4\t1,960\t38,400\n"
    "象棋\t2\t720\t12,800\n广场舞\t3\t4,480\t32,200\n合计\t15\t10,000\t180,000\n"))


def status(text: str, sources: list[SourceText], figure: str) -> str:
    return [m.status for m in check(text, sources).mentions if m.text == figure][-1]


# 抚育管护 40.00 of the spending 200.00 = 20.00 %; 篮球 2,840 of 10,000 人次 = 28.40 %, 96,600 of 180,000 元 = 53.67 %


def test_a_share_of_the_spending_is_derived():
    assert status("抚育管护占全部支出的20.00%。", [GREENING], "20.00%") == "derived"
    assert status("抚育管护占20.00%。", [GREENING], "20.00%") == "derived"


def test_the_spending_share_given_as_a_share_of_the_area_is_unsupported():
    assert status("抚育管护占全部造林面积的20.00%。", [GREENING], "20.00%") == "unsupported"


def test_a_share_of_the_column_its_words_name_is_derived():
    assert status("篮球裁判劳务费占全部劳务费的53.67%。", [EVENTS], "53.67%") == "derived"
    assert status("篮球参赛人次占28.40%。", [EVENTS], "28.40%") == "derived"
    assert status("篮球2,840人次，占28.40%。", [EVENTS], "28.40%") == "derived"


def test_the_count_share_given_to_the_money_the_words_name_is_unsupported():
    assert status("篮球劳务费占28.40%。", [EVENTS], "28.40%") == "unsupported"
