"""Tables in text sources (issue 10): a cell is what its column header and row label say — a Markdown
table of a budget in 元, and a form copied out of a PDF as space-separated cells."""

from __future__ import annotations

from drafter.check import SourceText, check

# A district animal disease control centre (动物疫病预防控制中心).
BUDGET = SourceText(name="经费执行表.md", text=(
    "# 2023年动物防疫经费执行情况\n\n单位：元\n\n"
    "| 项目 | 年初预算 | 调整后预算 | 实际支出 |\n| --- | --- | --- | --- |\n"
    "| 强制免疫疫苗采购 | 2,400,000 | 2,100,000 | 2,058,600 |\n"
    "| 动物防疫监测经费 | 600,000 | 650,000 | 633,750 |\n"
    "| 合计 | 3,000,000 | 2,750,000 | 2,692,350 |\n"))
FORM = SourceText(name="自评表.txt", text=(
    "项目支出绩效自评表\n绩效指标\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
    "产出指标 时效指标 疫情报告时限 2小时以内 1.5小时 10 10\n"
    "产出指标 数量指标 畜禽免疫数量 ≥12万头 13.6万头 15 15\n"
    "满意度指标 服务对象满意度指标 养殖户满意度 ≥90% 93.5% 10 9\n"
    "总分 94 自评等级 优\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [BUDGET, FORM]).mentions if m.status != "ignored"}


def test_a_rate_of_a_table_row_is_derived_on_its_adjusted_budget():
    assert status("疫苗采购执行率98.03%。") == {"98.03%": "derived"}
    assert status("疫苗采购执行率85.78%。") == {"85.78%": "unsupported"}  # on the 年初 column


def test_a_row_is_a_part_of_the_total_row_in_the_same_column():
    got = status("疫苗采购支出205.86万元，占实际支出的76.46%。")
    assert got == {"205.86万元": "converted", "76.46%": "derived"}, got


def test_a_balance_is_the_budget_cell_minus_the_spending_cell_of_its_row():
    assert status("动物防疫监测经费结余1.63万元。") == {"1.63万元": "derived"}
    assert status("动物防疫经费结余25万元。") == {"25万元": "unsupported"}  # 300 − 275 is the cut, not a balance
    assert status("动物防疫经费调减25万元。") == {"25万元": "derived"}


def test_the_total_row_is_named_by_the_title_over_the_table():
    assert status("全年动物防疫经费年初预算300万元。") == {"300万元": "converted"}


def test_a_target_cell_is_not_the_result_of_its_row():
    assert status("疫情报告平均用时1.5小时。") == {"1.5小时": "exact"}
    assert status("疫情报告平均用时2小时。") == {"2小时": "unsupported"}


def test_a_score_cell_is_read_under_its_column():
    assert status("养殖户满意度得分9分。") == {"9分": "exact"}
    assert status("养殖户满意度得分10分。") == {"10分": "unsupported"}  # 10 is its 分值, the weight


def test_a_target_and_actual_of_a_row_give_the_excess():
    assert status("畜禽免疫数量比目标多1.6万头。") == {"1.6万头": "derived"}


# A form copied out of Excel or Word as tab-separated text: the merged first column (项目资金（万元）) leaves
# each money row starting with a tab, and the row keeps all eight columns of its header.
TAB_FORM = SourceText(name="惠民演出项目自评表.txt", text=(
    "项目支出绩效自评表\n（2023年度）\n"
    "项目名称\t2023年文化惠民演出项目\n"
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t260.00\t260.00\t257.92\t10\t99.20%\t9.92\n"
    "\t其中：本年财政拨款\t260.00\t260.00\t257.92\t—\t99.20%\t—\n"
    "\t上年结转资金\t0\t0\t0\t—\t—\t—\n"))


def tab_status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [TAB_FORM]).mentions if m.status != "ignored"}


def test_a_tab_row_under_a_merged_first_column_keeps_its_leading_empty_cell():
    assert tab_status("全年执行数257.92万元，执行率99.20%。") == {"257.92万元": "exact", "99.20%": "exact"}
    assert tab_status("全年执行数10万元。") == {"10万元": "unsupported"}  # 10 is the row's 分值
    assert tab_status("执行率得分9.92分。") == {"9.92分": "exact"}
