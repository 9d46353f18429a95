"""Tables in text sources (issue 10, class 1): a column header that is a year (2023年实际, 2022年, 上年, 本年)
or a role (目标值, 全年执行数) gives each cell of its column that year or role, the row label says what every
cell of the row counts, a header may run over two lines, and a 合计 row totals the rows above it.
Units: a community health service centre (社区卫生服务中心), a township water works (农村供水站).
"""

from __future__ import annotations

from drafter.check import SourceIndex, SourceText, check

# A Markdown table whose columns are this year's and last year's results.
CLINIC = SourceText(name="家庭医生签约服务.md", text=(
    "# 某街道社区卫生服务中心 2023年家庭医生签约服务\n\n"
    "## 绩效指标\n\n"
    "| 指标 | 年度目标 | 2023年实际 | 2022年实际 |\n"
    "| --- | --- | --- | --- |\n"
    "| 家庭医生签约人数 | ≥12000人 | 13,460人 | 11,980人 |\n"
    "| 重点人群签约人数 | ≥6000人 | 7,215人 | 6,430人 |\n"
    "| 签约居民满意度 | ≥90% | 95.1% | 93.6% |\n"))

# A whitespace ledger with 本年 / 上年 columns and a 合计 row.
WATER = SourceText(name="供水台账.txt", text=(
    "某镇2023年农村供水工程运行台账\n"
    "片区      本年供水量（万吨）   上年供水量（万吨）   本年维修次数\n"
    "东片      128.6               119.2               46\n"
    "西片      97.4                101.3               38\n"
    "合计      226.0               220.5               84\n"))

# A Word table read as tab lines: the year over two columns in a merged cell, the role under it.
FORM = SourceText(name="自评表.docx", text=(
    "绩效指标完成情况\n"
    "指标\t2023年\t\t2022年\n"
    "\t目标值\t实际完成值\t实际完成值\n"
    "慢病随访人次\t≥8000人次\t9,316人次\t8,540人次\n"
    "健康讲座场次\t≥24场\t31场\t26场\n"))


def status(text: str, *sources: SourceText) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


# -- a year column ------------------------------------------------------------------------------------------

def test_a_cell_under_last_years_column_is_not_this_years():
    assert status("全年家庭医生签约13460人。", CLINIC) == {"13460人": "exact"}
    assert status("全年家庭医生签约11980人。", CLINIC) == {"11980人": "unsupported"}


def test_a_cell_under_last_years_column_is_last_years_figure_and_gives_the_growth():
    got = status("家庭医生签约13460人，较上年的11980人增加1480人，增长12.35%。", CLINIC)
    assert got == {"13460人": "exact", "11980人": "exact", "1480人": "derived", "12.35%": "derived"}, got


def test_shang_nian_and_ben_nian_columns_of_a_whitespace_ledger():
    assert status("东片供水128.6万吨。", WATER) == {"128.6万吨": "exact"}
    got = status("东片供水128.6万吨，较上年的119.2万吨增长7.89%。", WATER)
    assert got == {"128.6万吨": "exact", "119.2万吨": "exact", "7.89%": "derived"}, got


def test_the_year_and_role_of_a_column_are_read_into_its_cells():
    ix = SourceIndex.build([CLINIC, WATER])
    by_written = {f.written: f for f in ix.facts if f.date is None}
    assert by_written["11,980人"].ytag == 2022
    assert ix.year_now == 2023
    assert by_written["13,460人"].ytag == 2023  # 本年 / 2023年 columns: the sources' own year
    assert by_written["119.2"].ytag == -1
    assert by_written["128.6"].ytag == 2023  # 本年: this year, the sources' year
    assert by_written["12000人"].role == "target"


# -- the row label ------------------------------------------------------------------------------------------

def test_the_row_label_names_every_cell_of_its_row():
    assert status("重点人群签约7215人。", CLINIC) == {"7215人": "exact"}
    assert status("重点人群签约13460人。", CLINIC) == {"13460人": "unsupported"}  # the 家庭医生签约人数 row's
    ix = SourceIndex.build([WATER])
    east = next(f for f in ix.facts if f.written == "128.6")
    assert "东片" in east.subj and "西片" not in east.subj


# -- a header over two lines --------------------------------------------------------------------------------

def test_a_header_over_two_lines_gives_each_column_its_year_and_role():
    assert status("全年慢病随访9316人次。", FORM) == {"9316人次": "exact"}
    assert status("全年慢病随访8540人次。", FORM) == {"8540人次": "unsupported"}   # 2022's
    assert status("全年慢病随访8000人次。", FORM) == {"8000人次": "unsupported"}   # the target
    got = status("健康讲座31场，较上年的26场增加5场。", FORM)
    assert got == {"31场": "exact", "26场": "exact", "5场": "derived"}, got
    ix = SourceIndex.build([FORM])
    cell = next(f for f in ix.facts if f.written == "8,540人次")
    assert cell.ytag == 2022 and cell.role == "actual"


# -- the 合计 row -------------------------------------------------------------------------------------------

def test_the_total_row_totals_each_column_of_the_rows_above_it():
    assert status("东片供水占全镇供水量的56.9%。", WATER) == {"56.9%": "derived"}
    ix = SourceIndex.build([WATER])
    parts = {(a.written, b.written) for a, b, why in ix.pairs if why == "part"}
    assert {("128.6", "226.0"), ("97.4", "226.0"), ("119.2", "220.5"), ("46", "84")} <= parts


# -- a heading that names a year ----------------------------------------------------------------------------

STATION = SourceText(name="活动台账.md", text=(
    "# 某街道综合文化站 群众文化活动台账\n\n"
    "## 2022年活动情况\n\n"
    "| 活动 | 场次 | 参与人次 |\n| --- | --- | --- |\n| 广场舞展演 | 12场 | 3,600人次 |\n| 戏曲进社区 | 8场 | 2,100人次 |\n\n"
    "## 2023年活动情况\n\n"
    "| 活动 | 场次 | 参与人次 |\n| --- | --- | --- |\n| 广场舞展演 | 15场 | 4,350人次 |\n| 戏曲进社区 | 10场 | 2,680人次 |\n"))


def test_a_heading_that_names_one_year_dates_the_table_under_it():
    assert status("全年开展广场舞展演15场。", STATION) == {"15场": "exact"}
    assert status("全年开展广场舞展演12场。", STATION) == {"12场": "unsupported"}
    got = status("广场舞展演15场，较上年的12场增加3场。", STATION)
    assert got == {"15场": "exact", "12场": "exact", "3场": "derived"}, got


def test_a_ledger_whose_rows_are_batches_counts_them_by_what_its_columns_record():
    checkups = SourceText(name="体检台账.txt", text=(
        "某街道2023年老年人免费体检台账\n"
        "批次      体检人数    发现异常\n"
        "第一批    1,200人     86人\n"
        "第二批    1,350人     97人\n"))
    assert status("两批体检人数共2550人。", checkups)["两批"] == "exact"
    assert status("三批体检人数共2550人。", checkups)["三批"] == "unsupported"


def test_a_rate_under_last_years_column_is_not_this_years_rate():
    assert status("签约居民满意度95.1%。", CLINIC) == {"95.1%": "exact"}
    assert status("签约居民满意度93.6%。", CLINIC) == {"93.6%": "unsupported"}


def test_a_ledger_whose_header_leaves_the_row_label_column_blank():
    water = SourceText(name="供水台账.txt", text=(
        "某镇2023年农村供水工程运行台账\n"
        "          本年供水量（万吨）   上年供水量（万吨）   本年维修次数\n"
        "东片      128.6               119.2               46\n"
        "西片      97.4                101.3               38\n"))
    assert status("东片供水128.6万吨。", water) == {"128.6万吨": "exact"}
    assert status("东片供水119.2万吨。", water) == {"119.2万吨": "unsupported"}
