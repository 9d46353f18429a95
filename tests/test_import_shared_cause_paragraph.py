"""A 偏差原因 paragraph under a Word form's indicator table that names two shortfalls in one clause ("…停工，修缮长度
未达目标、完工时间推迟") is the stated cause of both, and the plan after it is both indicators' plan — not the first
clause to one indicator and the plan alone to the other, which left the second shortfall "without a stated cause"
in the draft. A paragraph whose clauses each name their own indicator still gives each its own (see
test_import_fund_groups_and_details). Unit of our own: 昌都市茶马古道遗址保护所, a department form."""

from __future__ import annotations

from pathlib import Path

import docx

from drafter.forms import import_form
from drafter.testing.cli import run_drafter

CAUSE = ("偏差原因分析及改进措施：栈道修缮因7月至8月连续降雨停工，修缮长度未达目标、完工时间推迟；"
         "2026年将开工时间提前至4月，并预留雨季停工时间。")


def tea_road_form(folder: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("部门整体支出绩效自评表（2025年度）")
    document.add_paragraph("部门（单位）名称：昌都市茶马古道遗址保护所")
    rows = [["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
            ["年度资金总额", "286.40", "301.80", "290.66", "96.31%", "9.63"],
            ["其中：基本支出", "172.40", "172.40", "170.12", "98.68%", ""],
            ["项目支出", "114.00", "129.40", "120.54", "93.15%", ""]]
    table = document.add_table(rows=len(rows), cols=6)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph("年度总体目标：修缮古道栈道不少于2.4公里，开展遗址巡查不少于240次，10月底前完成修缮工程。")
    inds = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "古道栈道修缮长度", "≥2.4公里", "2.1公里", "20", "17.5"],
            ["产出指标", "数量指标", "遗址巡查次数", "≥240次", "252次", "20", "20"],
            ["产出指标", "时效指标", "修缮工程完工时间", "10月底前", "11月15日", "20", "15"],
            ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "93.1%", "30", "30"]]
    table = document.add_table(rows=len(inds), cols=7)
    for r, values in enumerate(inds):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph(CAUSE)
    path = folder / "部门整体支出绩效自评表.docx"
    document.save(path)
    return path


def test_a_clause_naming_two_shortfalls_is_the_cause_of_both_and_its_plan_is_both_plans(tmp_path):
    inds = {i["三级指标"]: i for i in import_form(tea_road_form(tmp_path)).input["绩效指标"]}
    for name in ("古道栈道修缮长度", "修缮工程完工时间"):
        said = inds[name]["偏差原因分析及改进措施"]
        assert "连续降雨停工" in said, name
        assert "2026年将开工时间提前至4月" in said, name
    assert "偏差原因分析及改进措施" not in inds["遗址巡查次数"]


def test_the_draft_gives_the_second_shortfall_the_stated_cause(tmp_path):
    folder = tmp_path / "古道保护所"
    folder.mkdir()
    tea_road_form(folder)
    result = run_drafter("draft", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "未写明原因" not in result.stdout and "未说明具体原因" not in result.stdout
    assert result.stdout.count("连续降雨停工") >= 2


def test_one_stated_cause_of_two_shortfalls_is_written_once_for_both(tmp_path):
    folder = tmp_path / "古道保护所"
    folder.mkdir()
    tea_road_form(folder)
    out = run_drafter("draft", str(folder), home=tmp_path).stdout
    assert "“古道栈道修缮长度”、“修缮工程完工时间”未达标的原因，据自评表填报均为“栈道修缮因7月至8月连续降雨停工" in out
    problems = out.split("## 存在问题", 1)[1].split("## 改进措施", 1)[0]
    assert problems.count("连续降雨停工") == 1


def test_a_cause_paragraph_that_only_plans_is_said_once_to_give_no_cause(tmp_path):
    folder = tmp_path / "古道保护所"
    folder.mkdir()
    path = tea_road_form(folder)
    document = docx.Document(path)
    document.paragraphs[-1].text = "偏差原因分析及改进措施：2026年将开工时间提前至4月，并预留雨季停工时间，确保按期完工。"
    document.save(path)
    out = run_drafter("draft", str(folder), home=tmp_path).stdout
    assert "未达标的原因，自评表所填内容未说明具体原因" in out
    assert "未写明原因" not in out
