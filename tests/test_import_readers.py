"""The readers give tables of cells with places and paragraphs, in document order, for every format."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.forms import Paragraph, Table, import_form, parse_text_form, read_form
from drafter.forms.layout import number, rate

FORMS = Path(__file__).parent / "forms"


def test_tab_rows_keep_their_line_and_column_and_blank_lines_do_not_split_an_ocr_table():
    doc = parse_text_form("部门整体支出绩效自评表\n\n部门名称\t某局\n\n\t预算完成率\t92. 94%\n正文一段。\n")
    (table,) = doc.tables
    assert [[c.text for c in row] for row in table.rows] == [["部门名称", "某局", ""], ["", "预算完成率", "92. 94%"]]
    assert table.rows[1][2].place == "第5行第3栏"
    assert [p.text for p in doc.paragraphs] == ["部门整体支出绩效自评表", "正文一段。"]


def test_pipe_tables_skip_their_rule_line():
    doc = parse_text_form("| 项目 | 年初预算数 |\n|---|---|\n| 年度资金总额 | 120.00 |\n")
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [["项目", "年初预算数"], ["年度资金总额", "120.00"]]


def test_lines_without_any_table_are_run_on_rows():
    doc = parse_text_form("项目资金（万元） 年初预算数 全年预算数\n年度资金总额 120.00 126.50\n")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.run_on and [c.text for c in table.rows[1]] == ["年度资金总额", "120.00", "126.50"]
    assert table.rows[1][2].place == "第2行第3项"


def test_ocr_splits_and_full_width_digits_read_as_numbers():
    assert number("3475. 09") == Decimal("3475.09") and number("３，４７５．０９") == Decimal("3475.09")
    assert rate("92. 94%") == Decimal("92.94") and number("59.12万元") is None


def test_merged_cells_repeat_in_every_position_they_cover():
    for name, place in (("school.xlsx", "Sheet1!A5"), ("hospital.docx", "表1第5行第1列"), ("library.pdf", "第1页表1第5行第1列")):
        table = read_form(FORMS / name).tables[0]
        column = [row[0] for row in table.rows[4:9]]
        assert {c.place for c in column} == {place} and column[0].text.startswith("项目资金"), name


def test_docx_paragraphs_and_tables_stay_in_document_order():
    doc = read_form(FORMS / "employment-report.docx")
    kinds = [type(b).__name__ for b in doc.blocks]
    assert kinds.index("Table") > kinds.index("Paragraph")
    assert any(isinstance(b, Paragraph) and b.heading and b.text == "四、存在的问题及原因分析" for b in doc.blocks)


def test_an_amount_written_with_its_own_unit_is_converted_by_the_schema(tmp_path):
    form = tmp_path / "form.txt"
    form.write_text((FORMS / "village.txt").read_text("utf-8").replace(
        "\t年度资金总额\t\t\t\t10", "\t年度资金总额\t\t385000.00元\t385000.00元\t10"), encoding="utf-8")
    from drafter.load import load_input

    report = load_input(form, warn=lambda line: None)
    assert (report.budget.adjusted, report.budget.actual) == (Decimal("38.5"), Decimal("38.5"))
    assert import_form(form).input["项目资金"]["全年预算数"] == "385000.00元"


def test_the_year_in_a_title_without_brackets_is_the_evaluated_year(tmp_path):
    """'2023年度项目支出绩效自评表' (a relief station's form) names its year only in the title line."""
    form = tmp_path / "救助管理站自评表.txt"
    form.write_text(
        "2023年度项目支出绩效自评表\n项目名称：流浪乞讨人员救助管理经费\n"
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "| 年度资金总额 | 380.00 | 352.60 | 318.45 | 10 | 90.31% | 9.0 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 救助流浪乞讨人员 | ≥1500人次 | 1326人次 | 20 | 17 |\n", encoding="utf-8")
    assert import_form(form).input["被评价年度"] == 2023


def test_an_amount_in_a_title_is_no_year(tmp_path):
    form = tmp_path / "form.txt"
    form.write_text(
        "项目支出绩效自评表（资金2023万元）\n项目名称：某某经费\n"
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "| 年度资金总额 | 380.00 | 352.60 | 318.45 | 10 | 90.31% | 9.0 |\n", encoding="utf-8")
    with pytest.raises(InputError, match="被评价年度"):  # still asked for, not read from 2023万元
        import_form(form)
