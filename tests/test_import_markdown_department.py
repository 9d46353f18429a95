"""A 部门整体支出绩效自评表 copied out of Word into Markdown: the unit's name on a line with 金额单位 after it,
the funds as a header row over a row of figures, the task table, then the year's goal and its completion as
label rows of a table of their own — each Markdown table begins at its header and |---| rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form, read_form

FORM = """# 2024年度部门整体支出绩效自评表

部门名称：嘉兴市社会科学界联合会　　金额单位：万元

| 年初预算 | 调整预算 | 实际支出 | 预算完成率 | 预算调整率 |
|---|---|---|---|---|
| 286.00 | 301.50 | 290.26 | 96.27% | 5.42% |

| 主要任务 | 预期目标 | 目标完成情况 | 关键指标 | 指标完成情况 | 任务涉及金额 |
|---|---|---|---|---|---|
| 社科普及 | 举办社科普及讲座不少于120场 | 举办讲座136场，听众2.4万人次 | 社科普及讲座场次（≥120场） | 136场 | 58.00 |
| 课题研究 | 立项社科研究课题不少于40项 | 立项课题46项，结题38项 | 立项课题数（≥40项） | 46项 | 72.40 |

| 年度总体目标 | 举办社科普及讲座120场以上，立项社科研究课题40项以上。 |
|---|---|
| 目标完成情况 | 举办社科普及讲座136场，立项课题46项。 |
"""


def form(tmp_path: Path) -> Path:
    path = tmp_path / "部门整体支出绩效自评表.md"
    path.write_text(FORM, encoding="utf-8")
    return path


def test_markdown_tables_parted_by_a_blank_line_are_tables_of_their_own(tmp_path):
    tables = read_form(form(tmp_path)).tables
    assert [t.rows[0][0].text for t in tables] == ["年初预算", "主要任务", "年度总体目标"]


def test_the_units_name_stops_where_the_next_label_of_its_line_begins(tmp_path):
    assert import_form(form(tmp_path)).input["部门名称"] == "嘉兴市社会科学界联合会"


def test_funds_given_as_a_header_row_over_a_row_of_figures_are_read(tmp_path):
    funds = import_form(form(tmp_path)).input["部门资金情况"]
    assert (funds["年初预算"], funds["调整预算"], funds["实际支出"]) == (
        Decimal("286.00"), Decimal("301.50"), Decimal("290.26"))


def test_the_years_goal_and_its_completion_as_label_rows_are_no_tasks(tmp_path):
    data = import_form(form(tmp_path)).input
    assert [t["任务"] for t in data["主要任务"]] == ["社科普及", "课题研究"]
    assert data["年度目标"] == ["举办社科普及讲座120场以上，立项社科研究课题40项以上。"]
