"""Per-unit figures of the whole (issue 10): 按执行数计 makes the amount of a per-unit cost the whole spending (the
form's 合计 of 执行), over the 合计 of the count the words name (每学员人次 → the ledger's 合计 row, however many rows
it has); 每开一班次 is per 班次; 每套 after a count of 套 is the amount of the line that count's words name; 每万人 is per
ten thousand of the population the sources state.

A county seniors' university (老年大学, 2024): its project form and its ledger of courses.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="老年大学项目自评表.md", text=(
    "# 2024年度老年教育项目支出绩效自评表\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 90.00 | 90.00 | 86.40 |\n\n"
    "## 支出明细（单位：万元）\n\n"
    "| 支出内容 | 全年执行数 |\n| --- | --- |\n"
    "| 教师课时补贴 | 51.30 |\n| 助听设备采购 | 28.20 |\n| 教材印制 | 6.90 |\n| 合计 | 86.40 |\n\n"
    "## 绩效指标\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 开设教学班次 | ≥40班次 | 48班次 |\n"
    "| 产出指标 | 数量指标 | 为听障学员配置助听设备 | ≥100套 | 120套 |\n"))
LEDGER = SourceText(name="各课程学员统计.txt", text=(
    "课程\t班次\t学员人次\n书法\t8\t392\n国画\t6\t288\n声乐\t9\t451\n太极\t7\t364\n"
    "摄影\t5\t230\n智能手机\t8\t376\n养生保健\t5\t215\n合计\t48\t2316\n"))
PEOPLE = SourceText(name="县情.md", text="- 2024年末全县常住人口36.8万人。\n")
SOURCES = [FORM, LEDGER, PEOPLE]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_an_cost_per_occurrence_an_ji_the_spending_is_the_whole_over_the_count_named():
    assert status("按执行数计，每开一班次成本18000.00元。")["18000.00元"] == "derived"  # 86.40万元 ÷ 48班次
    # the wrong count: 86.40万元 ÷ 2316人次 = 373.06 is per 学员人次, not per 班次
    assert status("按执行数计，每开一班次成本373.06元。")["373.06元"] == "unsupported"


def test_a_cost_per_named_person_time_is_the_whole_over_the_total_row_of_the_count():
    assert status("全年学员2316人次；按执行数计，每学员人次培训成本373.06元。")["373.06元"] == "derived"
    # 86.40万元 ÷ 392人次 (书法's row) is no cost per 学员人次 of the year
    assert status("按执行数计，每学员人次培训成本2204.08元。")["2204.08元"] == "unsupported"


def test_an_amount_per_measure_word_after_a_count_is_the_line_the_counts_words_name():
    assert status("为听障学员配置助听设备120套，每套2350.00元。")["2350.00元"] == "derived"  # 28.20万元 ÷ 120套
    # another line (教材印制 6.90万元 ÷ 120 = 575.00) is not what 助听设备 names
    assert status("为听障学员配置助听设备120套，每套575.00元。")["575.00元"] == "unsupported"


def test_a_figure_per_ten_thousand_people_is_over_the_stated_population():
    assert status("全年学员2316人次，每万人参学62.93人次。")["62.93人次"] == "derived"  # 2316 ÷ 36.8万 × 10000
    assert status("全年学员2316人次，每万人参学69.23人次。")["69.23人次"] == "unsupported"
