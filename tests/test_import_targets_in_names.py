"""Department forms whose 关键指标 column writes the target after the indicator's name, in brackets —
"结婚登记办理量（≥3000对）", "登记办结时限（1个工作日以内）", "档案数字化完成时间（10月底前）" — with the actual
alone under 指标完成情况. The bracket is the indicator's target: imported as 指标值, so the draft compares actual
with target instead of reporting "未填目标值", and a date meets its deadline instead of reading as unquantified.
Also: a second 其中 fund line written beside 预算完成率 is imported, not dropped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from drafter.forms import import_form
from drafter.load import load_input

ROWS = [
    ["部门整体支出绩效自评表"],
    ["填报单位：临江区婚姻登记处", "", "", "", "", "单位：万元"],
    ["部门名称", "临江区婚姻登记处", "", "被评价年度", "2024年", ""],
    ["部门资金情况", "年初预算", "268.00", "调整预算", "281.50", ""],
    ["", "实际支出", "270.36", "其中：一般公共预算拨款", "262.16", ""],
    ["", "预算完成率", "96.04%", "其他资金", "8.20", ""],
    ["", "预算调整率", "5.04%", "", "", ""],
    ["主要任务", "预期目标", "目标完成情况", "关键指标", "指标完成情况", "任务涉及金额"],
    ["婚姻登记服务", "全年办理婚姻登记不少于3000对，登记办结时限压缩至1个工作日以内。",
     "办理婚姻登记3264对，当场办结。", "结婚登记办理量（≥3000对）", "3264对", "126.40"],
    ["", "", "", "登记办结时限（1个工作日以内）", "0.5个工作日", ""],
    ["档案管理", "10月底前完成历史婚姻档案数字化。", "9月28日完成数字化。",
     "档案数字化完成时间（10月底前）", "9月28日", "58.70"],
    ["", "", "", "颁证厅（含涉外）使用场次", "412场", ""],
    ["存在问题", "无", "", "", "", ""],
]


def _form(tmp_path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    for r, values in enumerate(ROWS, 1):
        for c, v in enumerate(values, 1):
            if v != "":
                ws.cell(row=r, column=c, value=v)
    for rng in ("A4:A7", "A9:A10", "B9:B10", "C9:C10", "F9:F10", "A11:A12", "B11:B12", "C11:C12", "F11:F12"):
        ws.merge_cells(rng)
    path = tmp_path / "婚姻登记处自评表.xlsx"
    wb.save(path)
    return path


def _indicators(result) -> list[dict]:
    return [ind for task in result.input["主要任务"] for ind in task["关键指标"]]


def test_a_bracketed_target_after_the_indicator_name_is_its_target(tmp_path):
    inds = _indicators(import_form(_form(tmp_path)))
    assert [(i["关键指标"], i.get("指标值"), i["指标完成情况"]) for i in inds] == [
        ("结婚登记办理量", "≥3000对", "3264对"),
        ("登记办结时限", "1个工作日以内", "0.5个工作日"),
        ("档案数字化完成时间", "10月底前", "9月28日"),
        ("颁证厅（含涉外）使用场次", None, "412场"),  # a bracket that is no target stays in the name
    ]


def test_the_target_read_from_the_name_is_compared_with_the_actual(tmp_path):
    report = load_input(_form(tmp_path), warn=lambda _: None)
    met = {ind.name: ind.met for task in report.tasks for ind in task.indicators}
    assert met == {"结婚登记办理量": True, "登记办结时限": True, "档案数字化完成时间": True, "颁证厅（含涉外）使用场次": None}


def test_a_fund_line_beside_the_completion_rate_is_imported(tmp_path):
    report = load_input(_form(tmp_path), warn=lambda _: None)
    assert [(line.name, line.actual) for line in report.budget.lines] == [
        ("一般公共预算拨款", Decimal("262.16")), ("其他资金", Decimal("8.20"))]


DEPARTMENT = """部门名称: 临江区不动产登记服务站
被评价年度: 2024
部门资金情况: {单位: 万元, 年初预算: 300, 调整预算: 300, 实际支出: 295}
主要任务:
  - 任务: 登记服务
    预期目标: 全年办理不动产登记不少于8000件，一般登记办理时限压缩至2天以内。
    关键指标:
      - {关键指标: 一般登记办理时限, 指标完成情况: 1.6天}
      - {关键指标: 不动产登记办理量, 指标完成情况: 7650件}
    任务涉及金额: 120
"""


def test_a_ceiling_in_the_task_goal_is_met_by_a_smaller_actual(tmp_path):
    """"压缩至2天以内" is a ceiling: 1.6天 meets it, while 7650件 falls short of "不少于8000件"."""
    from drafter.domain.problems import ProblemKind, detect_problems
    from drafter.engines.offline import write_draft
    from drafter.facts import build_facts

    (tmp_path / "input.yaml").write_text(DEPARTMENT, encoding="utf-8")
    report = load_input(tmp_path)
    sheet = build_facts(report)
    below = [p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target]
    assert [p.subjects or [p.subject] for p in below] == [["不动产登记办理量"]]
    text = write_draft(report, sheet).section("目标完成情况").text
    assert "“一般登记办理时限”任务预期目标为压缩至2天以内，实际完成1.6天，达到预期目标" in text
