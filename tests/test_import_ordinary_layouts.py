"""Three ordinary layouts of the 自评表 that units hold, each of which must import and draft from its folder:

1. an Excel 部门整体 form whose unit cell is labelled 填报单位（盖章） (not 部门名称), with its title in a cell
   and a 偏差原因 row under the indicator table — a department form by its title and tables, not by one label;
2. a Word 项目 form with a list of dated 实施节点 lines and a 偏差说明 paragraph under its tables — a form with
   paragraphs is still a form, the dated lines are the year's dated entries, the 偏差说明 is the stated cause;
3. a Markdown 部门整体 form with a line of fields parted by full-width spaces and the 年度总体目标 paragraph under
   a heading of that name.

Units: a 业余体校 and two 教师发展中心 (invented names)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

from drafter.errors import InputError
from drafter.forms import import_form, is_form
from drafter.load import load_input
from drafter.testing.cli import run_drafter

# --- 1. Excel department form, unit labelled 填报单位（盖章） ---------------------------------------------------

SCHOOL = "清溪县业余体育学校"
SCHOOL_GOAL = ("全年向上级运动队输送运动员8名以上，举办县级青少年体育赛事6次以上；训练场馆维修8月底前完工，"
               "训练场馆安全事故为0，学员及家长满意度90%以上。")
SCHOOL_CAUSE = "训练场馆维修因雨季延长工期，9月19日完工，未在8月底前完成。"
# the cause row as units often write it: the indicator's name and 未达标 before a colon, then the cause
SCHOOL_CAUSE_ROW = "训练场馆维修完成时间未达标：" + SCHOOL_CAUSE


def school_sheet(tmp_path: Path, label: str = "填报单位（盖章）", unit: str = SCHOOL, project: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体自评表"
    ws["A1"] = "清溪县2025年度部门整体支出绩效自评表"
    ws.merge_cells("A1:G1")
    rows = [
        [label, unit, "", "", "金额单位：万元"],
        ["资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["年度资金总额", "186.00", "194.40", "188.62", "97.03%"],
        ["其中：本级财政拨款", "150.00", "150.00", "146.82", "97.88%"],
        ["上级补助（省体育彩票公益金）", "36.00", "44.40", "41.80", "94.14%"],
        ["基本支出", "120.00", "120.00", "119.10", "99.25%"],
        ["项目支出", "66.00", "74.40", "69.52", "93.44%"],
        ["项目支出构成", "", "全年预算数", "全年执行数"],
        ["青少年业余训练", "", "48.40", "45.62"],
        ["县级青少年体育赛事承办", "", "26.00", "23.90"],
        ["合计", "", "74.40", "69.52"],
        ["年度总体目标", SCHOOL_GOAL],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "向上级运动队输送运动员", "≥8名", "9名", "20", "20"],
        ["产出指标", "数量指标", "举办县级青少年体育赛事", "≥6次", "7次", "20", "20"],
        ["产出指标", "时效指标", "训练场馆维修完成时间", "8月底前", "9月19日", "20", "16"],
        ["效益指标", "社会效益指标", "训练场馆安全事故", "≤0起", "0起", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%", "93.5%", "20", "20"],
        ["总分", "", "", "", "", "100", "96"],
        ["偏差原因分析", SCHOOL_CAUSE_ROW],
    ]
    if project:  # the same sheet as a project's form: its 项目名称 above
        rows.insert(0, ["项目名称", "青少年业余训练补助项目"])
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    first = 3 if project else 2
    ws.merge_cells(f"B{first}:D{first}")
    goal_row = first + 11
    ws.merge_cells(f"B{goal_row}:G{goal_row}")
    ws.merge_cells(f"B{first + 19}:G{first + 19}")
    folder = tmp_path / "体校自评"
    folder.mkdir()
    path = folder / "部门整体支出绩效自评表.xlsx"
    wb.save(path)
    (folder / "2025年工作记录.txt").write_text(
        "2025年5月12日 承办县级青少年田径锦标赛，参赛学员326人。\n\n"
        "2025年9月19日 训练场馆维修完工并通过验收。\n", encoding="utf-8")
    return path


def test_a_department_form_whose_unit_cell_is_labelled_tianbao_danwei_gaizhang_is_that_department(tmp_path):
    result = import_form(school_sheet(tmp_path))
    assert result.kind == "department"
    assert result.input["部门名称"] == SCHOOL


@pytest.mark.parametrize("label", ["填报单位", "填报单位（公章）", "单位名称", "预算单位", "部门名称", "主管部门及代码"])
def test_every_label_units_print_for_their_name_names_the_department(tmp_path, label):
    assert import_form(school_sheet(tmp_path, label=label)).input["部门名称"] == SCHOOL


def test_the_code_beside_the_name_under_a_label_with_its_code_is_no_part_of_the_name(tmp_path):
    path = school_sheet(tmp_path, label="主管部门及代码", unit="518003 清溪县业余体育学校")
    assert import_form(path).input["部门名称"] == SCHOOL


def test_a_project_form_carrying_a_tianbao_danwei_label_stays_a_project_form(tmp_path):
    result = import_form(school_sheet(tmp_path, project=True))
    assert result.kind == "project" and result.input["项目名称"] == "青少年业余训练补助项目"


def test_a_cause_row_under_the_indicator_table_is_the_cause_of_the_indicator_scored_below_full_marks(tmp_path):
    inds = import_form(school_sheet(tmp_path)).input["绩效指标"]
    by_name = {i["三级指标"]: i for i in inds}
    assert by_name["训练场馆维修完成时间"]["偏差原因分析及改进措施"] == SCHOOL_CAUSE
    assert "偏差原因分析及改进措施" not in by_name["举办县级青少年体育赛事"]  # met in full: no cause of its own


def test_a_departments_project_spending_block_headed_xiangmu_zhichu_goucheng_is_read_as_its_projects(tmp_path):
    projects = import_form(school_sheet(tmp_path)).input["重点项目"]
    assert [(p["项目名称"], p["执行数"]) for p in projects] == [
        ("青少年业余训练", Decimal("45.62")), ("县级青少年体育赛事承办", Decimal("23.90"))]


def test_the_folder_of_a_tianbao_danwei_form_drafts(tmp_path):
    path = school_sheet(tmp_path)
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(path.parent), "--out", str(out), "--engine", "offline", home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert SCHOOL in text and "偏差原因分析栏未填写" not in text
    assert "全部可溯源" in result.stderr


def test_a_department_form_with_its_unit_cell_left_blank_names_the_file_and_the_field_in_one_line(tmp_path):
    path = school_sheet(tmp_path, unit="")
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(path.parent), "--out", str(out), "--engine", "offline", home=tmp_path)
    assert result.returncode == 2 and not out.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and path.name in lines[0] and "部门名称" in lines[0], result.stderr


# --- 2. Word project form, dated node lines and a 偏差说明 under its tables -----------------------------------

CENTRE = "溪南区教师发展中心"
NODES = [
    "2025年2月27日 寒假集中培训结束，参训教师1180人次。",
    "2025年4月15日 新教师跟岗研修开班，126人分赴18所基地学校。",
    "2025年7月 暑期全员培训完成，累计2650人次。",
    "2025年9月8日 名师工作室评审启动，入选10个。",
    "2025年11月21日 10个名师工作室挂牌建成。",
    "2025年12月12日 全员培训结项，全年3415人次。",
]
CENTRE_CAUSE = "名师工作室主持人遴选推迟一个月，挂牌建成晚于10月底的计划。"


def centre_word_form(tmp_path: Path, report: bool = False) -> Path:
    document = docx.Document()
    document.add_paragraph("2025年度项目支出绩效自评表")
    if report:  # the same tables appended to a 自评报告 of numbered prose sections
        for head, body in (("一、基本情况", "溪南区教师发展中心承担全区中小学教师培训、教研指导和名师培养工作，"
                                            "全年围绕教师专业成长组织集中培训、跟岗研修和送教活动，覆盖全区中小学校。"),
                           ("二、绩效目标完成情况", "全年完成教师全员培训3415人次，新教师跟岗研修126人，名师工作室"
                                                  "挂牌10个，参训教师满意度95.1%，各项产出指标基本完成，培训质量稳步提高。"),
                           ("三、存在问题", "名师工作室建设进度滞后于计划，主持人遴选环节耗时较长，部分工作室到年底"
                                          "才开展活动，辐射带动作用尚未充分发挥，培训需求调研不够深入细致。"),
                           ("四、改进措施", "提前启动名师工作室主持人遴选，细化建设进度安排，按月调度；加强培训需求"
                                          "调研，按学科学段分层设计培训课程，提高培训的针对性和实效性。")):
            document.add_paragraph(head)
            document.add_paragraph(body)
            document.add_paragraph(body)
        document.add_paragraph("附：项目支出绩效自评表")
    head = document.add_table(rows=6, cols=6)
    cells = [
        ["项目名称", "中小学教师全员培训项目", "", "", "", ""],
        ["主管部门", "溪南区教育局", "", "实施单位", CENTRE, ""],
        ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "结余"],
        ["年度资金总额", "96.00", "96.00", "91.20", "95.00%", "4.80"],
        ["其中：中央转移支付（乡村教师培训）", "36.00", "36.00", "33.84", "94.00%", "2.16"],
        ["区级财政资金", "60.00", "60.00", "57.36", "95.60%", "2.64"],
    ]
    for r, values in enumerate(cells):
        for c, value in enumerate(values):
            head.cell(r, c).text = value
    head.cell(0, 1).merge(head.cell(0, 5)).text = "中小学教师全员培训项目"
    document.add_paragraph("年度总体目标：完成中小学教师全员培训3200人次以上；组织新教师跟岗研修120人以上；"
                           "10月底前建成区级名师工作室10个，参训教师满意度90%以上。")
    indicators = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "教师全员培训", "≥3200人次", "3415人次", "30", "30"],
        ["产出指标", "数量指标", "新教师跟岗研修", "≥120人", "126人", "20", "20"],
        ["产出指标", "时效指标", "名师工作室建成时间", "10月底前", "11月21日", "20", "14"],
        ["效益指标", "社会效益指标", "名师工作室建成数量", "≥10个", "10个", "10", "10"],
        ["满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "95.1%", "20", "20"],
        ["总分", "", "", "", "", "100", "94"],
    ]
    table = document.add_table(rows=len(indicators), cols=7)
    for r, values in enumerate(indicators):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("项目实施主要节点：")
    for line in NODES:
        document.add_paragraph(line)
    document.add_paragraph("偏差说明：" + CENTRE_CAUSE)
    document.add_paragraph("填表说明：")
    document.add_paragraph("1. 本表金额单位为万元。")
    document.add_paragraph("2. 实施节点按时间先后填写。")
    folder = tmp_path / ("自评报告" if report else "培训项目自评")
    folder.mkdir()
    path = folder / ("绩效自评报告.docx" if report else "项目支出绩效自评表.docx")
    document.save(path)
    return path


def test_a_word_form_with_dated_node_lines_and_a_deviation_note_under_its_tables_is_a_form(tmp_path):
    assert is_form(centre_word_form(tmp_path))


def test_a_report_of_prose_sections_with_the_form_appended_is_still_a_report(tmp_path):
    assert not is_form(centre_word_form(tmp_path, report=True))


def test_the_deviation_note_is_the_stated_cause_of_the_indicator_scored_below_full_marks(tmp_path):
    by_name = {i["三级指标"]: i for i in import_form(centre_word_form(tmp_path)).input["绩效指标"]}
    assert by_name["名师工作室建成时间"]["偏差原因分析及改进措施"] == CENTRE_CAUSE
    assert "偏差原因分析及改进措施" not in by_name["参训教师满意度"]


def test_the_first_line_under_qizhong_is_a_line_whatever_the_unit_calls_it(tmp_path):
    lines = import_form(centre_word_form(tmp_path)).input["项目资金"]["其中"]
    assert [(x["名称"], x["全年执行数"]) for x in lines] == [
        ("中央转移支付（乡村教师培训）", Decimal("33.84")), ("区级财政资金", Decimal("57.36"))]


def test_the_dated_node_lines_are_the_years_dated_entries(tmp_path):
    report = load_input(centre_word_form(tmp_path).parent, warn=lambda _: None)
    dated = {log.date: log.text for log in report.logs if log.date}
    assert "126人分赴18所基地学校" in dated[dt.date(2025, 4, 15)]
    assert "10个名师工作室挂牌建成" in dated[dt.date(2025, 11, 21)]
    assert any("2650人次" in log.text and log.date == dt.date(2025, 7, 31) for log in report.logs)
    assert not any(log.text.startswith("项目实施主要节点") for log in report.logs)


def test_a_label_over_lines_that_are_no_dated_entries_opens_no_list(tmp_path):
    titles = [log.title for log in import_form(centre_word_form(tmp_path)).logs]
    assert "项目实施主要节点" in titles and "填表说明" not in titles


def test_the_folder_of_a_word_form_with_node_lines_drafts_and_quotes_its_cause(tmp_path):
    path = centre_word_form(tmp_path)
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(path.parent), "--out", str(out), "--engine", "offline", home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "偏差原因分析栏未填写" not in text and "主持人遴选推迟" in text
    goal = next(line for line in text.splitlines() if "完成中小学教师全员培训3200人次以上" in line)
    assert "参训教师满意度90%以上" in goal  # the goal whole, not cut at its first clause
    assert "全部可溯源" in result.stderr


# --- 3. Markdown department form, full-width-spaced field line, goal under a heading --------------------------

CENTRE2 = "石门县教师发展中心"
CENTRE2_GOAL = ("开展中小学教师培训4000人次以上，送教下乡12次以上；完成教研课题结题20项以上，11月底前完成全县"
                "教学质量监测分析报告；参训教师满意度90%以上。")
CENTRE2_CAUSE = "监测数据11月下旬才回收完毕，分析报告12月16日印发。"
MARKDOWN = f"""# 2025年度部门整体支出绩效自评表

填报单位：{CENTRE2}　　编制人数：14人　　实有人数：12人

## 一、年度预算资金（单位：万元）

| 资金项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---:|---:|---:|---:|
| 年度资金总额 | 268.00 | 284.50 | 276.41 | 97.16% |
| 按来源：县级财政拨款 | 268.00 | 284.50 | 276.41 | 97.16% |
| 按性质：基本支出 | 172.00 | 172.00 | 170.86 | 99.34% |
| 项目支出 | 96.00 | 112.50 | 105.55 | 93.82% |

## 二、年度总体目标

{CENTRE2_GOAL}

## 三、绩效指标

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---:|---:|
| 产出指标 | 数量指标 | 教师培训 | ≥4000人次 | 4286人次 | 20 | 20 |
|  |  | 送教下乡 | ≥12次 | 13次 | 20 | 20 |
|  | 时效指标 | 教学质量监测分析报告完成时间 | 11月底前 | 12月16日 | 20 | 15 |
| 效益指标 | 社会效益指标 | 教研课题结题 | ≥20项 | 22项 | 20 | 20 |
| 满意度指标 | 服务对象满意度指标 | 参训教师满意度 | ≥90% | 94.2% | 20 | 20 |
| 总分 |  |  |  |  | 100 | 95 |

偏差说明：{CENTRE2_CAUSE}
"""


def centre_markdown(tmp_path: Path, text: str = MARKDOWN) -> Path:
    folder = tmp_path / "发展中心自评"
    folder.mkdir()
    path = folder / "部门整体支出绩效自评表.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_unit_named_on_a_line_of_fields_parted_by_full_width_spaces_is_read_without_the_next_field(tmp_path):
    assert import_form(centre_markdown(tmp_path)).input["部门名称"] == CENTRE2


def test_the_paragraph_under_a_heading_naming_the_years_goal_is_the_goal(tmp_path):
    assert import_form(centre_markdown(tmp_path)).input["年度目标"] == [CENTRE2_GOAL]


def test_a_paragraph_under_another_heading_is_no_goal(tmp_path):
    text = MARKDOWN.replace("## 二、年度总体目标", "## 二、单位职能")
    assert "年度目标" not in import_form(centre_markdown(tmp_path, text)).input


def test_the_markdown_forms_deviation_note_is_the_stated_cause(tmp_path):
    by_name = {i["三级指标"]: i for i in import_form(centre_markdown(tmp_path)).input["绩效指标"]}
    assert by_name["教学质量监测分析报告完成时间"]["偏差原因分析及改进措施"] == CENTRE2_CAUSE


def test_the_folder_of_the_markdown_form_drafts_and_quotes_the_goal_whole(tmp_path):
    path = centre_markdown(tmp_path)
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(path.parent), "--out", str(out), "--engine", "offline", home=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert CENTRE2 in text
    goal = next(line for line in text.splitlines() if "开展中小学教师培训4000人次以上" in line)
    assert "参训教师满意度90%以上" in goal  # the goal whole, not its first clause
    assert "全部可溯源" in result.stderr


def test_a_folder_of_prose_under_headings_with_no_table_still_holds_no_form(tmp_path):
    text = "# 2025年工作总结\n\n## 二、年度总体目标\n\n" + CENTRE2_GOAL + "\n\n## 三、完成情况\n\n全年培训教师4286人次。\n"
    path = centre_markdown(tmp_path, text)
    with pytest.raises(InputError) as e:
        load_input(path.parent)
    assert "自评表" in str(e.value) and "input.yaml" in str(e.value)


def test_amounts_of_the_markdown_form_are_read_as_written(tmp_path):
    funds = import_form(centre_markdown(tmp_path)).input["部门资金情况"]
    assert (funds["全年预算数"], funds["全年执行数"]) == (Decimal("284.50"), Decimal("276.41"))
