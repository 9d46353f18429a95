"""Two-column tables (issue 10, index): a ledger of label → value (支出项目 | 金额（万元）, 类别 | 金额 under
单位：万元, 服务项目 | 人次, a Markdown pipe table, a tab or whitespace ledger, an Excel sheet or a Word table of
two columns) is read as a table like a wider one — each row a record, its value in the header's unit (or the
unit stated above the table), its label and the table's caption naming it, and the 合计 row the whole its
rows are parts of. A line of two cells in prose, or a second column of words, is no such table.
Units: a township home for the elderly (敬老院), a hydrological station (水文站), a township cultural station
(综合文化站), a county centre for disease control (疾控中心), a middle school (中学).
"""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceIndex, SourceText, check

# A Markdown table: the unit in the value column's header, a 合计 row.
HOME = SourceText(name="经费支出.md", text=(
    "# 某镇中心敬老院2024年运营经费支出情况\n\n"
    "| 支出项目 | 金额（万元） |\n"
    "| --- | --- |\n"
    "| 护理员补贴 | 58.60 |\n"
    "| 伙食补助 | 36.20 |\n"
    "| 水电燃气 | 17.45 |\n"
    "| 设施维修 | 11.75 |\n"
    "| 合计 | 124.00 |\n"))

# A tab ledger (a Word table as the reader gives it): the unit stated above it, its header without one.
HYDRO = SourceText(name="水文站经费.docx", text=(
    "某县水文站2024年水文监测经费执行情况\n"
    "单位：万元\n"
    "类别\t金额\n"
    "站网运行维护\t42.8\n"
    "水质监测\t26.5\n"
    "应急测报\t15.7\n"
    "合计\t85.0\n"))

# A whitespace ledger whose value column counts 人次.
STATION = SourceText(name="服务台账.txt", text=(
    "某乡综合文化站2024年免费开放服务台账\n"
    "服务项目        人次\n"
    "图书借阅        6,420\n"
    "电子阅览        2,315\n"
    "培训辅导        1,865\n"
    "合计            10,600\n"))


def status(text: str, *sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def facts(*sources) -> dict[str, object]:
    return {f.written: f for f in SourceIndex.build(list(sources)).facts if f.date is None and f.kind != "year"}


# -- the header's unit ---------------------------------------------------------------------------------------

def test_a_cell_takes_the_unit_its_column_header_names():
    got = facts(HOME)
    assert got["58.60"].unit == "万元" and got["124.00"].unit == "万元"
    assert status("护理员补贴支出58.60万元。", HOME) == {"58.60万元": "exact"}
    assert status("护理员补贴支出58.60元。", HOME) == {"58.60元": "unsupported"}  # another magnitude


def test_a_cell_takes_the_unit_stated_above_its_table():
    assert facts(HYDRO)["42.8"].unit == "万元"
    assert status("站网运行维护支出42.8万元。", HYDRO) == {"42.8万元": "exact"}
    assert status("站网运行维护支出42.8元。", HYDRO) == {"42.8元": "unsupported"}


def test_a_count_column_counts_its_measure_word():
    assert facts(STATION)["6,420"].unit == "人次"
    assert status("全年图书借阅6420人次。", STATION) == {"6420人次": "exact"}
    assert status("全年图书借阅6420册。", STATION) == {"6420册": "unsupported"}


# -- the row label and the caption ---------------------------------------------------------------------------

def test_the_row_label_names_its_value_and_no_other_rows():
    assert status("水质监测支出26.5万元。", HYDRO) == {"26.5万元": "exact"}
    assert status("应急测报支出26.5万元。", HYDRO) == {"26.5万元": "unsupported"}
    cell = facts(HYDRO)["26.5"]
    assert "水质" in cell.subj and "应急" not in cell.subj


# -- the 合计 row: the whole of its rows ---------------------------------------------------------------------

def test_the_total_row_is_the_whole_each_row_is_a_part_of():
    index = SourceIndex.build([HOME])
    parts = {(a.written, b.written) for a, b, why in index.pairs if why == "part"}
    assert {("58.60", "124.00"), ("36.20", "124.00"), ("17.45", "124.00"), ("11.75", "124.00")} <= parts
    total = next(f for f in index.facts if f.written == "124.00")
    assert "§合" in total.subj


def test_a_rows_share_of_the_total_is_derived_and_a_wrong_share_is_not():
    assert status("护理员补贴支出58.60万元，占全年支出的47.26%。", HOME) == {"58.60万元": "exact", "47.26%": "derived"}
    assert status("护理员补贴支出58.60万元，占全年支出的52.26%。", HOME)["52.26%"] == "unsupported"
    got = status("图书借阅6420人次，占全年服务人次的60.57%。", STATION)
    assert got == {"6420人次": "exact", "60.57%": "derived"}, got


def test_the_total_rows_value_is_the_tables_whole():
    assert status("全年水文监测经费支出85.0万元。", HYDRO) == {"85.0万元": "exact"}
    assert status("全年免费开放服务10600人次。", STATION) == {"10600人次": "exact"}


# -- a header naming a year ----------------------------------------------------------------------------------

def test_a_value_column_headed_by_last_year_is_last_years():
    clinic = SourceText(name="疾控上年.md", text=(
        "# 某县疾控中心预防接种门诊服务量\n\n"
        "| 接种类别 | 上年接种剂次 |\n"
        "| --- | --- |\n"
        "| 免疫规划疫苗 | 18,460 |\n"
        "| 非免疫规划疫苗 | 6,215 |\n"))
    assert facts(clinic)["18,460"].ytag == -1


# -- Excel and Word sources ----------------------------------------------------------------------------------

def school_sheet(tmp_path: Path) -> Path:
    """某中学 · 学生资助: a two-column sheet, its title merged over both columns, a unit line, a 合计 row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资助资金"
    for row in (["某县第二中学2024年学生资助资金发放情况"], ["单位：元"], ["资助类别", "发放金额"],
                ["国家助学金", 486000], ["免学费补助", 312500], ["校内奖助学金", 41500], ["合计", 840000]):
        ws.append(row)
    ws.merge_cells("A1:B1")
    ws.merge_cells("A2:B2")
    path = tmp_path / "资助资金.xlsx"
    wb.save(path)
    return path


def test_a_two_column_excel_sheet_is_read_as_a_table(tmp_path):
    src = school_sheet(tmp_path)
    assert status("发放国家助学金48.6万元。", src) == {"48.6万元": "converted"}  # 486000元
    assert status("发放国家助学金48.6元。", src) == {"48.6元": "unsupported"}
    got = status("国家助学金486000元，占资助资金总额的57.86%。", src)
    assert got == {"486000元": "exact", "57.86%": "derived"}, got


def test_a_two_column_word_table_is_read_as_a_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某县水文站2024年水文监测经费执行情况（单位：万元）")
    table = document.add_table(rows=0, cols=2)
    for label, value in (("类别", "金额"), ("站网运行维护", "42.8"), ("水质监测", "26.5"), ("应急测报", "15.7"),
                         ("合计", "85.0")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    path = tmp_path / "水文站经费.docx"
    document.save(path)
    assert status("水质监测支出26.5万元，占全年经费的31.18%。", path) == {"26.5万元": "exact", "31.18%": "derived"}
    assert status("水质监测支出26.5元。", path) == {"26.5元": "unsupported"}


# -- what is no two-column table -----------------------------------------------------------------------------

def test_a_second_column_of_words_is_no_table():
    notes = SourceText(name="说明.txt", text=(
        "项目\t说明\n"
        "护理员补贴\t按在岗护理员人数按月发放\n"
        "伙食补助\t按入住老人人数核定\n"))
    ix = SourceIndex.build([HOME, notes])
    assert status("护理员补贴支出58.60万元。", HOME, notes) == {"58.60万元": "exact"}
    assert not any(f.src == 1 for f in ix.facts if f.kind != "year")


def test_two_cells_in_prose_make_no_header_for_the_lines_after_them():
    prose = SourceText(name="总结.txt", text=(
        "一、 基本情况\n"
        "2024年 全站共接待群众10600人次，开展培训辅导1865人次。\n"))
    cell = facts(prose)["1865人次"]
    assert cell.ytag in (None, 2024) and "基本" not in cell.subj


# -- a title names the table under it ------------------------------------------------------------------------

def test_a_forms_title_names_its_first_table_not_the_indicator_table_after_it():
    """The form's title (…支出绩效自评表) says what the funding table under it holds; the indicator table after
    the two-column 支出明细 is no spending: its 满意度 is no 执行率."""
    form = SourceText(name="自评表.docx", text=(
        "# 项目支出绩效自评表（2024年度）\n"
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分\n"
        "年度资金总额\t260.00\t260.00\t229.32\t88.20%\t8.82\n"
        "\n"
        "支出明细\t金额（万元）\n"
        "校舍维修\t128.40\n"
        "教学设备\t100.92\n"
        "合计\t229.32\n"
        "\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n"
        "满意度指标\t服务对象满意度指标\t家长满意度\t≥90%\t95.6%\t10\n"))
    assert status("资金执行率超过九成。", form) == {"超过九成": "unsupported"}
    satisfaction = facts(form)["95.6%"]
    assert "支出" not in satisfaction.subj and "§执" not in satisfaction.subj
    assert status("校舍维修支出128.40万元，占55.99%。", form) == {"128.40万元": "exact", "55.99%": "derived"}


# -- a ledger row over a work log's count ----------------------------------------------------------------------

def test_a_ledger_rows_amount_over_the_count_a_work_log_states():
    """支出明细 | 金额（万元）: "人均培训支出" is the 业务培训 row's amount over the 参训人次 a work log states."""
    ledger = SourceText(name="经费明细.docx", text=(
        "某县疾控中心2024年业务经费\n"
        "支出明细\t金额（万元）\n"
        "疫苗冷链运维\t18.60\n"
        "业务培训\t9.36\n"
        "合计\t27.96\n"))
    log = SourceText(name="培训记录.md", text="全年举办业务培训12期，参训520人次。\n")
    got = status("全年举办业务培训12期、520人次，人均培训支出180.00元。", ledger, log)
    assert got == {"12期": "exact", "520人次": "exact", "180.00元": "derived"}, got


# -- a row label with a figure in brackets -------------------------------------------------------------------

def test_a_row_label_with_a_bracketed_figure_still_names_its_row():
    """特色养殖扶持（120户）is the row's name, though it holds a figure: its amounts are that item's, and its share
    of the 合计 is derived."""
    ledger = SourceText(name="项目明细.md", text=(
        "# 某乡2024年乡村振兴衔接资金项目明细\n\n"
        "| 序号 | 项目名称 | 安排资金（万元） | 实际支出（万元） |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 村道安防设施（12公里） | 46.00 | 45.20 |\n"
        "| 2 | 特色养殖扶持（120户） | 38.00 | 36.80 |\n"
        "| 3 | 农村污水管网维护 | 16.00 | 15.60 |\n"
        "| | 合计 | 100.00 | 97.60 |\n"))
    spent = facts(ledger)["36.80"]
    assert "养殖" in spent.subj and "安防" not in spent.subj
    got = status("特色养殖扶持支出36.80万元，占全年支出的37.70%。", ledger)
    assert got == {"36.80万元": "exact", "37.70%": "derived"}, got
