"""A 部门整体支出绩效自评表 kept in Word the way the finance bureaus' template prints it: one table whose first
rows hold "部门（单位）名称" and the 主管部门 across merged cells, the 部门资金情况 block under a label merged down
its rows, 年度主要任务 with their amounts, the 年度总体目标 beside its completion, and the indicators in a table of
their own. Drafting such a folder must not need an input.yaml."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from drafter.forms import import_form
from drafter.load import form_in_folder


def department_word_form(folder: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("部门整体支出绩效自评表")
    document.add_paragraph("（2024年度）")
    rows = [
        ["部门（单位）名称", "桐庐县蚕桑技术推广站", "", "", "", ""],
        ["主管部门", "桐庐县农业农村局", "", "", "", ""],
        ["部门资金情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", "212.40", "228.60", "219.45", "96.00%"],
        ["", "其中：一般公共预算拨款", "200.40", "216.60", "208.45", "96.24%"],
        ["", "其他资金（社会捐赠）", "12.00", "12.00", "11.00", "91.67%"],
        ["", "其中：基本支出", "150.00", "153.00", "152.30", "99.54%"],
        ["", "项目支出", "62.40", "75.60", "67.15", "88.82%"],
        ["年度主要任务", "任务名称", "主要内容", "预算数（万元）", "执行数（万元）", ""],
        ["", "蚕桑良种繁育推广", "繁育推广优质蚕种，建设示范基地", "46.00", "44.20", ""],
        ["", "桑园病虫害绿色防控", "开展桑园病虫害监测和统防统治", "28.50", "26.10", ""],
        ["年度总体目标", "预期目标", "", "实际完成情况", "", ""],
        ["", "推广优质蚕种3000张以上，桑园病虫害统防统治面积不少于5000亩。", "",
         "推广优质蚕种3260张，统防统治面积5120亩。", "", ""],
    ]
    table = document.add_table(rows=len(rows), cols=6)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for r in (0, 1):
        table.cell(r, 1).merge(table.cell(r, 5)).text = rows[r][1]
    table.cell(2, 0).merge(table.cell(7, 0)).text = "部门资金情况（万元）"
    table.cell(8, 0).merge(table.cell(10, 0)).text = "年度主要任务"
    table.cell(11, 0).merge(table.cell(12, 0)).text = "年度总体目标"
    for r in (11, 12):
        table.cell(r, 1).merge(table.cell(r, 2)).text = rows[r][1]
        table.cell(r, 3).merge(table.cell(r, 5)).text = rows[r][3]
    document.add_paragraph("年度绩效指标")
    indicators = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "优质蚕种推广数量", "≥3000张", "3260张", "20", "20", ""],
        ["", "", "病虫害统防统治面积", "≥5000亩", "5120亩", "20", "20", ""],
        ["", "时效指标", "春季蚕种发放", "4月底前", "4月18日", "10", "10", ""],
        ["满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "88.5%", "10", "9.83", "部分蚕农反映技术指导不及时"],
    ]
    second = document.add_table(rows=len(indicators), cols=8)
    for r, values in enumerate(indicators):
        for c, value in enumerate(values):
            second.cell(r, c).text = value
    second.cell(1, 0).merge(second.cell(3, 0)).text = "产出指标"
    path = folder / "部门整体支出绩效自评表.docx"
    document.save(path)
    return path


def test_a_word_department_form_headed_bumen_danwei_mingcheng_names_the_unit_and_its_year(tmp_path):
    data = import_form(department_word_form(tmp_path)).input
    assert data["部门名称"] == "桐庐县蚕桑技术推广站"
    assert data["被评价年度"] == 2024


def test_a_word_department_forms_funds_are_read_with_both_of_their_breakdowns(tmp_path):
    result = import_form(department_word_form(tmp_path))
    funds = result.input["部门资金情况"]
    assert (funds["年初预算数"], funds["全年预算数"], funds["全年执行数"]) == (
        Decimal("212.40"), Decimal("228.60"), Decimal("219.45"))
    lines = {line["名称"]: line["全年执行数"] for line in funds["其中"]}
    assert lines == {"一般公共预算拨款": Decimal("208.45"), "其他资金（社会捐赠）": Decimal("11.00"),
                     "基本支出": Decimal("152.30"), "项目支出": Decimal("67.15")}
    # by source and by kind of spending: each split adds up to the total on its own, so nothing disagrees
    assert not [w for w in result.warnings if "不一致" in w.message]


def test_a_split_by_source_that_does_not_add_up_is_still_named_beside_a_split_by_kind_that_does(tmp_path):
    from drafter.schema import Budget
    budget = Budget.model_validate({"年初预算": "212.40", "调整预算": "228.60", "实际支出": "219.45", "其中": [
        {"名称": "一般公共预算拨款", "实际支出": "198.45"}, {"名称": "其他资金", "实际支出": "11.00"},
        {"名称": "基本支出", "实际支出": "152.30"}, {"名称": "项目支出", "实际支出": "67.15"}]})
    assert [(field, total, parts) for field, total, parts, _ in budget.lines_disagree()] == [
        ("actual", Decimal("219.45"), Decimal("209.45"))]


def test_the_templates_task_table_gives_each_task_its_content_budget_and_spending(tmp_path):
    tasks = import_form(department_word_form(tmp_path)).input["主要任务"]
    assert [(t["任务名称"], t["预期目标"], t["任务涉及金额"], t["执行数"]) for t in tasks] == [
        ("蚕桑良种繁育推广", "繁育推广优质蚕种，建设示范基地", Decimal("46.00"), Decimal("44.20")),
        ("桑园病虫害绿色防控", "开展桑园病虫害监测和统防统治", Decimal("28.50"), Decimal("26.10"))]


def test_the_indicator_table_beside_the_tasks_is_the_units_own_indicators(tmp_path):
    from drafter.schema import ReportInput
    result = import_form(department_word_form(tmp_path))
    report = ReportInput.model_validate(result.input)
    assert [t.name for t in report.tasks] == ["蚕桑良种繁育推广", "桑园病虫害绿色防控", "桐庐县蚕桑技术推广站"]
    assert [i.name for i in report.tasks[-1].indicators] == [
        "优质蚕种推广数量", "病虫害统防统治面积", "春季蚕种发放", "蚕农满意度"]
    assert report.tasks[0].spent == Decimal("44.20")


def test_a_folder_holding_a_word_department_form_and_a_log_is_that_form_with_its_log(tmp_path):
    form = department_word_form(tmp_path)
    (tmp_path / "工作日志.txt").write_text("4月18日：春季蚕种发放完成，共发放1860张。\n", encoding="utf-8")
    found, logs = form_in_folder(tmp_path)
    assert found == form
    assert [p.name for p in logs] == ["工作日志.txt"]
