"""The form readers take the quirks of real 自评表 files: what finance officers type, merge, wrap and copy.

Each case is a small form of its own (any unit's form has these quirks); tests/forms_sweep holds eight whole
forms of new unit kinds with their hand-written expected imports, checked at the end of this file.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from drafter.check import check
from drafter.forms import import_form, read_form
from drafter.load import parse_data_file, read_docx_text

SWEEP = Path(__file__).parent / "forms_sweep"

INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def sheet(tmp_path: Path, rows: list[list], merges: tuple[str, ...] = (), name: str = "自评表.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value not in (None, ""):
                cell = ws.cell(r, c, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(tmp_path / name)
    return tmp_path / name


def test_an_empty_spacer_column_between_a_label_and_its_value_is_skipped(tmp_path):
    # column B is the template's narrow gap: empty in every row, or covered by a title merged across it
    path = sheet(tmp_path, [
        ["2023年度项目支出绩效自评表"],
        ["项目名称", "", "2023年农村公路养护经费"],
        ["主管部门", "", "平川县交通运输局", "实施单位", "平川县公路事务中心"],
        ["", "", "", "年初预算数", "全年预算数", "全年执行数"],
        ["", "", "年度资金总额", 80, 80, 76.5],
    ], merges=("A1:F1",))
    data = import_form(path).input
    assert data["项目名称"] == "2023年农村公路养护经费"
    assert data["主管部门"] == "平川县交通运输局" and data["实施单位"] == "平川县公路事务中心"
    assert data["项目资金"]["全年执行数"] == Decimal("76.5")


def test_a_label_whose_own_cell_is_empty_does_not_take_the_next_labels_text(tmp_path):
    path = sheet(tmp_path, [
        ["项目名称", "2023年农村公路养护经费", "", ""],
        ["主管部门", "", "实施单位", "平川县公路事务中心"],
        ["（2023年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", 80, 80, 76.5],
    ])
    data = import_form(path).input
    assert "主管部门" not in data and data["实施单位"] == "平川县公路事务中心"


def test_a_funds_header_with_its_unit_in_brackets_gives_the_column_and_the_money_unit(tmp_path):
    # a two-row header: 预算数（元） merged over 年初预算数 | 调整后预算数, 全年执行数（元） merged down
    path = sheet(tmp_path, [
        ["项目名称", "2024年社区矫正工作经费"],
        ["（2024年度）"],
        ["资金来源", "预算数（元）", "", "全年执行数（元）", "执行率"],
        ["", "年初预算数", "调整后预算数", "", ""],
        ["合计", "320,000.00", "350,000.00", "341,250.00", "97.50%"],
    ], merges=("A3:A4", "B3:C3", "D3:D4", "E3:E4"))
    result = import_form(path)
    funds = result.input["项目资金"]
    assert funds["单位"] == "元"
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (320000, 350000, 341250)


def test_a_date_excel_made_of_a_typed_month_and_day_reads_as_it_shows(tmp_path):
    # typing 9月30日 into a Chinese Excel stores a date shown under the format m"月"d"日"
    import datetime as dt

    path = sheet(tmp_path, [
        ["项目名称", "2024年防汛物资储备经费"], ["（2024年度）"],
        INDICATOR_HEADER,
        ["产出指标", "时效指标", "物资采购完成时间", "10月31日前", dt.datetime(2024, 9, 30), 10, 10, ""],
        ["产出指标", "时效指标", "物资验收时间", "11月前", dt.datetime(2024, 10, 15), 10, 10, ""],
    ])
    wb = openpyxl.load_workbook(path)
    wb.active["E4"].number_format = 'm"月"d"日"'
    wb.active["E5"].number_format = 'yyyy"年"m"月"d"日"'
    wb.save(path)
    indicators = import_form(path).input["绩效指标"]
    assert [i["实际完成值"] for i in indicators] == ["9月30日", "2024年10月15日"]


def test_a_hidden_sheet_of_dropdown_lists_is_not_a_second_form(tmp_path):
    # provincial templates keep the lists behind their dropdowns (一级 / 二级 指标 names) on a hidden sheet
    path = sheet(tmp_path, [
        ["项目名称", "2024年村级公益事业一事一议奖补资金"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", 300, 300, 285.69],
        INDICATOR_HEADER,
        ["产出指标", "数量指标", "奖补项目个数", "≥25个", "26个", 20, 20, ""],
    ])
    wb = openpyxl.load_workbook(path)
    lists = wb.create_sheet("下拉选项")
    for row in (["一级指标", "二级指标"], ["产出指标", "数量指标"], ["效益指标", "社会效益指标"]):
        lists.append(row)
    lists.sheet_state = "hidden"
    wb.save(path)
    data = import_form(path).input
    assert [i["三级指标"] for i in data["绩效指标"]] == ["奖补项目个数"]
    assert all("下拉选项" not in place for _, place in read_form(path).lines())


def test_a_rate_typed_as_a_number_under_a_literal_percent_format_is_that_rate(tmp_path):
    # 95.23 under the custom format 0.00"%" shows 95.23% (Excel scales only by an unquoted %)
    path = sheet(tmp_path, [
        ["项目名称", "2024年村级公益事业一事一议奖补资金"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", 300, 300, 285.69, 95.23],
    ])
    wb = openpyxl.load_workbook(path)
    wb.active["E4"].number_format = '0.00"%"'
    wb.save(path)
    assert import_form(path).input["项目资金"]["执行率"] == Decimal("95.23")
    assert "年度资金总额\t300\t300\t285.69\t95.23%" in [t for t, _ in read_form(path).lines()]


def test_a_rate_column_headed_with_its_percent_sign_holds_bare_rates(tmp_path):
    path = sheet(tmp_path, [
        ["项目名称", "2024年城市内河水质监测经费"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数", "分值（分）", "执行率（%）", "得分（分）"],
        ["年度资金总额", 64, 64, 61.5, 10, 96.09, 9.61],
    ])
    funds = import_form(path).input["项目资金"]
    assert (funds["分值"], funds["执行率"], funds["得分"]) == (10, Decimal("96.09"), Decimal("9.61"))


def test_columns_headed_with_their_formula_letters_are_read_by_name(tmp_path):
    # the current national template: 全年预算数（A）, 全年执行数（B）, 执行率（B/A）; 年度指标值（A）, 实际完成值（B）
    path = sheet(tmp_path, [
        ["项目名称", "2024年公共法律服务体系建设经费"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        ["年度资金总额", 40, 42, 41.16, 10, "98.00%", 9.8],
        ["一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "提供法律咨询人次", "≥6000人次", "6420人次", 20, 20, ""],
    ])
    data = import_form(path).input
    assert (data["项目资金"]["全年预算数"], data["项目资金"]["全年执行数"], data["项目资金"]["执行率"]) == (
        42, Decimal("41.16"), Decimal("98.00"))
    assert (data["绩效指标"][0]["年度指标值"], data["绩效指标"][0]["实际完成值"]) == ("≥6000人次", "6420人次")


def test_the_year_after_the_units_name_in_the_title_is_the_forms_year(tmp_path):
    path = sheet(tmp_path, [
        ["平川县档案馆2024年度项目支出绩效自评表"],
        ["项目名称", "2024年档案数字化加工经费"],
        ["", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", 50, 50, 49.2],
    ])
    assert import_form(path).input["被评价年度"] == 2024


def test_a_fund_source_the_unit_names_itself_is_a_line_of_the_funds(tmp_path):
    path = sheet(tmp_path, [
        ["项目名称", "2024年高素质农民培育经费"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", 120, 120, 114],
        ["其中：中央补助资金", 90, 90, 86],
        ["县级配套资金", 30, 30, 28],
        ["项目资金合计说明", "", "", ""],
    ])
    lines = import_form(path).input["项目资金"]["其中"]
    assert [(x["名称"], x["全年执行数"]) for x in lines] == [("中央补助资金", 86), ("县级配套资金", 28)]


def test_a_departments_spending_split_into_basic_and_project_spending_is_its_breakdown(tmp_path):
    path = sheet(tmp_path, [
        ["部门名称", "平川县文化馆", "被评价年度", "2023年"],
        ["部门资金情况", "年初预算", "320.00", "调整预算", "338.50"],
        ["", "实际支出", "331.20", "其中：基本支出", "214.60"],
        ["", "预算完成率", "97.84%", "项目支出", "116.60"],
        ["主要任务", "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及金额"],
        ["群众文化活动", "举办文化活动60场", "举办72场", "举办文化活动场次", "72场", "45.00"],
    ])
    funds = import_form(path).input["部门资金情况"]
    assert funds["其中"] == [{"名称": "基本支出", "实际支出": Decimal("214.60")},
                           {"名称": "项目支出", "实际支出": Decimal("116.60")}]


def test_amounts_typed_with_spaces_between_digit_groups_or_in_full_width_digits_are_numbers(tmp_path):
    path = tmp_path / "自评表.md"
    path.write_text(
        "# 2024年度项目支出绩效自评表\n\n"
        "| 项目名称 | 2024年法律顾问服务经费 |\n|---|---|\n\n"
        "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n"
        "| 年度资金总额 | 1 200 000.00 | 1 250 000.00 | １２４８０００.００ |\n\n单位：元\n", encoding="utf-8")
    funds = import_form(path).input["项目资金"]
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (1200000, 1250000, 1248000)


def word_form(tmp_path: Path, target: str, actual: str) -> Path:
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表（2024年度）")
    rows = [["项目名称", "2024年基层医疗卫生机构能力提升", "", "", "", "", "", ""],
            INDICATOR_HEADER,
            ["产出指标", "质量指标", "家庭医生签约服务覆盖率", target, actual, "10", "10", ""]]
    table = document.add_table(rows=len(rows), cols=8)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            lines = value.split("\n")
            cell = table.cell(r, c)
            cell.text = lines[0]
            for line in lines[1:]:  # Enter pressed inside the cell: a second paragraph
                cell.add_paragraph(line)
    document.save(tmp_path / "自评表.docx")
    return tmp_path / "自评表.docx"


def test_a_target_typed_on_two_lines_of_its_cell_is_one_value(tmp_path):
    indicator = import_form(word_form(tmp_path, "≥\n90%", "９２.５%")).input["绩效指标"][0]
    assert indicator["年度指标值"] == "≥90%" and indicator["实际完成值"] == "92.5%"


def test_a_word_source_row_stays_one_line_when_a_short_cell_holds_a_line_break(tmp_path):
    text = read_docx_text(word_form(tmp_path, "≥\n90%", "87.5%"))
    assert "产出指标\t质量指标\t家庭医生签约服务覆盖率\t≥90%\t87.5%\t10\t10\t" in text.splitlines()
    report = check("家庭医生签约服务覆盖率87.5%，比目标低2.5个百分点。", [tmp_path / "自评表.docx"])
    assert {m.text: m.status for m in report.mentions}["2.5个百分点"] == "derived"


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def revised_word_form(tmp_path: Path) -> Path:
    """全年执行数 corrected with track changes on (412.60 deleted, 421.60 inserted); the project name typed into
    a content control; the year line a content control of its own above the table."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.element.body.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>（2024年度）</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    table = document.add_table(rows=3, cols=4)
    for c, text in enumerate(["", "年初预算数", "全年预算数", "全年执行数"]):
        table.cell(1, c).text = text
    for c, text in enumerate(["年度资金总额", "430.00", "430.00"]):
        table.cell(2, c).text = text
    table.cell(0, 0).text = "项目名称"
    table.cell(0, 1).paragraphs[0]._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtContent><w:r><w:t>2024年城乡环卫一体化运营经费</w:t></w:r></w:sdtContent></w:sdt>'))
    p = table.cell(2, 3).paragraphs[0]._p
    p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="财务"><w:r><w:delText>412.60</w:delText></w:r></w:del>'))
    p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="财务"><w:r><w:t>421.60</w:t></w:r></w:ins>'))
    document.save(tmp_path / "自评表.docx")
    return tmp_path / "自评表.docx"


def test_a_word_figure_corrected_with_track_changes_reads_as_the_new_figure(tmp_path):
    path = revised_word_form(tmp_path)
    assert import_form(path).input["项目资金"]["全年执行数"] == Decimal("421.60")
    statuses = {m.text: m.status for m in check("全年执行421.60万元。此前统计为412.60万元。", [path]).mentions}
    assert statuses == {"421.60万元": "exact", "412.60万元": "unsupported"}  # the deleted figure is not a source


def test_word_content_controls_in_cells_and_around_paragraphs_are_read(tmp_path):
    data = import_form(revised_word_form(tmp_path)).input
    assert data["项目名称"] == "2024年城乡环卫一体化运营经费" and data["被评价年度"] == 2024


def test_word_rows_and_cells_inside_content_controls_are_read(tmp_path):
    # a template's repeating section wraps the indicator rows in a content control; a fill-in cell may be wrapped too
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表（2024年度）")
    table = document.add_table(rows=3, cols=8)
    table.cell(0, 0).text = "项目名称"
    table.cell(0, 1).text = "2024年农村饮水安全维修养护经费"
    for c, text in enumerate(INDICATOR_HEADER):
        table.cell(1, c).text = text
    for c, text in enumerate(["产出指标", "数量指标", "维修养护供水工程处数", "≥40处", "43处", "20", "20", ""]):
        table.cell(2, c).text = text
    row = table.rows[2]._tr
    repeated = parse_xml(f'<w:sdt {W_NS}><w:sdtPr/><w:sdtContent/></w:sdt>')
    row.addprevious(repeated)
    repeated[1].append(row)  # the row now sits inside the control
    second = parse_xml(row.xml.replace("维修养护供水工程处数", "水质检测合格率").replace("≥40处", "≥95%")
                       .replace("43处", "96.5%"))
    repeated[1].append(second)
    tc = second.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")[4]
    wrapper = parse_xml(f'<w:sdt {W_NS}><w:sdtPr/><w:sdtContent/></w:sdt>')
    tc.addprevious(wrapper)
    wrapper[1].append(tc)  # a cell-level control around the actual value
    document.save(tmp_path / "自评表.docx")
    indicators = import_form(tmp_path / "自评表.docx").input["绩效指标"]
    assert [(i["三级指标"], i["实际完成值"]) for i in indicators] == [("维修养护供水工程处数", "43处"), ("水质检测合格率", "96.5%")]
    assert "产出指标\t数量指标\t水质检测合格率\t≥95%\t96.5%\t20\t20\t" in read_docx_text(tmp_path / "自评表.docx").splitlines()


def test_a_source_cell_with_digit_groups_parted_by_any_space_is_one_number(tmp_path):
    # a plain, a no-break (Word's Ctrl+Shift+Space) and a full-width space between digit groups
    path = sheet(tmp_path, [
        ["项目名称", "2024年残疾人康复服务经费"], ["（2024年度）"],
        ["", "年初预算数", "全年预算数", "全年执行数"],
        ["年度资金总额", "1 280.00", "1\u00a0336.50", "1\u3000302.75"],
    ])
    assert "年度资金总额\t1280.00\t1336.50\t1302.75" in [t for t, _ in read_form(path).lines()]
    funds = import_form(path).input["项目资金"]
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (1280, Decimal("1336.50"), Decimal("1302.75"))


def test_a_markdown_cell_line_break_written_br_is_a_line_break(tmp_path):
    path = tmp_path / "自评表.md"
    path.write_text(
        "# 2024年度项目支出绩效自评表\n\n| 项目名称 | 2024年矛盾纠纷调解经费 |\n|---|---|\n\n"
        "| " + " | ".join(INDICATOR_HEADER) + " |\n" + "|---" * 8 + "|\n"
        "| 产出指标 | 数量指标 | 调解纠纷件数 | ≥<br>300件 | 286件 | 10 | 9.53 | 原因：部分纠纷转入诉讼。<br/>措施：加强诉调对接。 |\n",
        encoding="utf-8")
    indicator = import_form(path).input["绩效指标"][0]
    assert indicator["年度指标值"] == "≥300件"
    assert re.sub(r"\s", "", indicator["偏差原因分析及改进措施"]) == "原因：部分纠纷转入诉讼。措施：加强诉调对接。"


def test_a_cell_excel_quoted_over_several_lines_of_copied_tab_text_is_one_cell(tmp_path):
    # Excel's copy quotes a cell holding a line break; the row goes on after the closing quote
    path = tmp_path / "自评表.txt"
    path.write_text(
        "项目名称\t2024年全民健身设施维护经费\n（2024年度）\n"
        + "\t".join(INDICATOR_HEADER) + "\n"
        "产出指标\t数量指标\t维护健身路径数\t\"≥\n120条\"\t112条\t10\t9.33\t\"部分设施待更换，\n次年一季度完成。\"\n"
        "产出指标\t质量指标\t设施完好率\t≥95%\t97%\t10\t10\t\n", encoding="utf-8")
    indicators = import_form(path).input["绩效指标"]
    assert [(i["三级指标"], i["年度指标值"], i["实际完成值"]) for i in indicators] == [
        ("维护健身路径数", "≥120条", "112条"), ("设施完好率", "≥95%", "97%")]
    assert indicators[0]["偏差原因分析及改进措施"] == "部分设施待更换，次年一季度完成。"


def test_an_excel_source_row_with_a_long_cause_keeps_its_figures_on_one_line(tmp_path):
    cause = "受第三季度连续强降雨影响，两处站点设备进水停用一个月，已于十一月完成更换并恢复运行，下一年度将提前做好防汛加固"
    path = sheet(tmp_path, [
        ["项目名称", "2024年空气质量自动监测站运维经费"], ["（2024年度）"],
        INDICATOR_HEADER,
        ["产出指标", "质量指标", "监测数据有效率", "≥\n95%", "91.2%", 10, 9.6, cause],
    ])
    lines = [text for text, _ in read_form(path).lines()]
    assert "产出指标\t质量指标\t监测数据有效率\t≥95%\t91.2%\t10\t9.6\t" in lines and cause in lines
    report = check("监测数据有效率91.2%，比目标低3.8个百分点。", [path])
    assert {m.text: m.status for m in report.mentions}["3.8个百分点"] == "derived"


def pdf_pages(path: Path, pages: list[list[list[str]]]) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    story = []
    for rows in pages:
        table = Table(rows, colWidths=[60, 60, 130, 70, 70, 40, 40, 120])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                                   ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(story[:-1])
    return path


def test_a_pdf_table_going_on_under_its_repeated_header_on_the_next_page_is_one_table(tmp_path):
    head = [["项目名称", "2024年河道保洁经费", "", "", "", "", "", ""], ["（2024年度）", "", "", "", "", "", "", ""],
            INDICATOR_HEADER]
    first = [["产出指标", "数量指标", "保洁河道长度", "≥85公里", "86公里", "10", "10", ""]]
    second = [["效益指标", "生态效益指标", "河面漂浮物清理率", "≥95%", "98%", "20", "20", ""]]
    path = pdf_pages(tmp_path / "自评表.pdf", [head + first, [INDICATOR_HEADER] + second])
    indicators = import_form(path).input["绩效指标"]
    assert [i["三级指标"] for i in indicators] == ["保洁河道长度", "河面漂浮物清理率"]


def test_a_pdf_printed_without_cell_borders_is_read_by_its_columns(tmp_path):
    # no ruling lines: the columns are where the text lines up; a wrapped cell prints its lines one under another
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("c", fontName="STSong-Light", fontSize=8, leading=10, wordWrap="CJK")
    rows = [["项目名称", "2024年城乡居民医保经办服务经费", "", "", "", "", "", ""],
            ["（2024年度）", "", "", "", "", "", "", ""],
            ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "36.00", "36.00", "35.10", "10", "97.50%", "9.75"],
            ["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "办理参保登记人次", "≥20000人次", "21450人次", "20", "20"]]
    table = Table([[Paragraph(c, style) if c else "" for c in r] for r in rows],
                  colWidths=[50, 80, 60, 110, 80, 70, 40, 40])  # the project name wraps in its narrow column
    SimpleDocTemplate(str(tmp_path / "自评表.pdf"), pagesize=landscape(A4), invariant=1).build([table])
    data = import_form(tmp_path / "自评表.pdf").input
    assert data["项目名称"] == "2024年城乡居民医保经办服务经费"
    assert data["项目资金"]["全年执行数"] == Decimal("35.10")
    assert (data["绩效指标"][0]["三级指标"], data["绩效指标"][0]["实际完成值"]) == ("办理参保登记人次", "21450人次")


def test_a_pdf_table_going_on_to_the_next_page_without_its_header_is_one_table(tmp_path):
    # Word repeats no header row unless told to: the next page's table starts with the next indicator row
    head = [["项目名称", "2024年河道保洁经费", "", "", "", "", "", ""], ["（2024年度）", "", "", "", "", "", "", ""],
            INDICATOR_HEADER]
    first = [["产出指标", "数量指标", "保洁河道长度", "≥85公里", "86公里", "10", "10", ""]]
    second = [["效益指标", "生态效益指标", "河面漂浮物清理率", "≥95%", "98%", "20", "20", ""],
              ["满意度指标", "服务对象满意度", "沿河居民满意度", "≥90%", "93%", "10", "10", ""]]
    path = pdf_pages(tmp_path / "自评表.pdf", [head + first, second])
    indicators = import_form(path).input["绩效指标"]
    assert [i["三级指标"] for i in indicators] == ["保洁河道长度", "河面漂浮物清理率", "沿河居民满意度"]


def test_two_forms_on_two_pdf_pages_are_still_refused(tmp_path):
    from drafter.errors import InputError

    def form(name: str) -> list[list[str]]:
        return [["项目名称", name, "", "", "", "", "", ""], INDICATOR_HEADER,
                ["产出指标", "数量指标", "保洁河道长度", "≥85公里", "86公里", "10", "10", ""]]

    path = pdf_pages(tmp_path / "两张表.pdf", [form("2024年河道保洁经费"), form("2024年水库巡查经费")])
    with pytest.raises(InputError, match="两张自评表"):
        import_form(path)


# --- the sweep forms -----------------------------------------------------------------------------------------

SWEEP_FORMS = sorted(p.name for p in SWEEP.iterdir() if (SWEEP / "expected" / f"{p.stem}.yaml").is_file())


def _leaves(expected, got, path=""):
    """(path, expected, got) for every leaf of the expected import; a 其中 line is found by its 名称."""
    if isinstance(expected, dict):
        for k, v in expected.items():
            yield from _leaves(v, got.get(k) if isinstance(got, dict) else None, f"{path}.{k}")
    elif isinstance(expected, list):
        for i, v in enumerate(expected):
            if isinstance(v, dict) and "名称" in v:
                match = next((x for x in got or [] if x.get("名称") == v["名称"]), None)
            else:
                match = got[i] if isinstance(got, list) and i < len(got) else None
            yield from _leaves(v, match, f"{path}[{i}]")
    else:
        yield path, expected, got


@pytest.mark.parametrize("name", SWEEP_FORMS)
def test_each_sweep_form_imports_to_its_hand_written_fields(name):
    got = import_form(SWEEP / name).input
    wrong = []
    for path, expected, value in _leaves(parse_data_file(SWEEP / "expected" / f"{Path(name).stem}.yaml"), got):
        if path.endswith("偏差原因分析及改进措施"):
            ok = re.sub(r"\s", "", str(expected)) == re.sub(r"\s", "", str(value))
        elif isinstance(expected, (int, Decimal)):
            ok = isinstance(value, (int, Decimal)) and Decimal(value) == Decimal(expected)
        else:
            ok = expected == value
        if not ok:
            wrong.append((path, expected, value))
    assert wrong == []
