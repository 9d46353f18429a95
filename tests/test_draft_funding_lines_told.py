"""The budget paragraph tells each funding line's own execution, as a reviewer reads the 资金来源 table: where two or
more lines have a budget and a spending, each line's budget, spending, 执行率 and balance follow the whole's
("其中，市级财政资金全年预算数66.00万元，执行数65.10万元，执行率98.64%，结余0.90万元；…"); a line whose budget changed
during the year gives its 年初 budget and the change first ("自治区冰雪运动补助年初预算数20.00万元，全年预算数30.00万元（调增
10.00万元），…"), since which money was added or cut is what the whole's adjustment hides. A budget of one line, or lines
with spending only, adds nothing. A line whose clause the draft's check cannot place is left out alone. A
winter-sports centre (冰雪运动中心)."""

from __future__ import annotations

import copy
from pathlib import Path
from types import SimpleNamespace

import yaml

from drafter.domain.budget import budget_sentence, line_clauses
from drafter.facts import build_facts
from drafter.pipeline import draft
from drafter.schema import ReportInput

SNOW = {  # 冰雪运动中心 · 项目
    "项目名称": "2025年度青少年冰雪运动冬训营项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "贺州市体育局",
    "实施单位": "贺州市冰雪运动中心",
    "项目资金": {"单位": "万元", "年初预算数": "86.00", "全年预算数": "96.00", "全年执行数": "92.40", "其中": [
        {"名称": "市级财政资金", "年初预算数": "66.00", "全年预算数": "66.00", "全年执行数": "65.10"},
        {"名称": "自治区冰雪运动补助", "年初预算数": "20.00", "全年预算数": "30.00", "全年执行数": "27.30",
         "备注": "9月追加10.00万元用于冬训营"}]},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "冬训营培训青少年", "年度指标值": "≥300人",
         "实际完成值": "326人"},
    ],
}


def _budget_text(data: dict) -> str:
    report = ReportInput.model_validate(data)
    return budget_sentence(report, build_facts(report))[0]


def test_each_funding_lines_execution_follows_the_wholes():
    text = _budget_text(SNOW)
    assert ("其中，市级财政资金全年预算数66.00万元，执行数65.10万元，执行率98.64%，结余0.90万元；"
            "自治区冰雪运动补助年初预算数20.00万元，全年预算数30.00万元（调增10.00万元），执行数27.30万元，执行率91.00%，"
            "结余2.70万元。") in text
    assert text.index("执行率（全年执行数÷全年预算数）") < text.index("其中，市级财政资金全年预算数")


def test_one_line_or_lines_without_budgets_add_nothing():
    one = copy.deepcopy(SNOW)
    one["项目资金"]["其中"] = one["项目资金"]["其中"][:1]
    assert "其中，市级财政资金全年预算数" not in _budget_text(one)
    spent_only = copy.deepcopy(SNOW)
    for line in spent_only["项目资金"]["其中"]:
        del line["年初预算数"], line["全年预算数"]
    assert "执行率98.64%" not in _budget_text(spent_only)


def test_a_lines_clause_the_check_cannot_place_is_left_out_alone():
    report = ReportInput.model_validate(SNOW)
    sheet = build_facts(report)
    clauses = line_clauses(report, sheet)
    assert [c.split("全年预算数")[0].split("年初预算数")[0] for c in clauses] == ["市级财政资金", "自治区冰雪运动补助"]
    text = budget_sentence(report, sheet, frozenset({clauses[1]}))[0]
    assert "市级财政资金全年预算数66.00万元" in text and "自治区冰雪运动补助年初预算数" not in text
    from drafter.domain.ledger_story import untraced_sentences

    full = budget_sentence(report, sheet)[0]
    at = full.index("91.00%")
    assert untraced_sentences(report, full, [SimpleNamespace(start=at)], sheet) == frozenset({clauses[1]})


def test_the_draft_tells_the_lines_and_traces_them(tmp_path: Path):
    folder = tmp_path / "snow"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(SNOW, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    budget = next(s for s in result.sections if s.name == "目标完成情况").paragraphs[0].text
    assert "执行率91.00%，结余2.70万元" in budget


def test_a_department_lines_cut_is_told_with_its_initial_budget():
    dept = {
        "部门名称": "贺州市冰雪运动中心", "被评价年度": 2025, "表格类型": "部门整体支出",
        "部门资金情况": {"单位": "万元", "年初预算": "313.40", "调整预算": "310.70", "实际支出": "301.75", "其中": [
            {"名称": "一般公共预算拨款", "年初预算": "268.40", "调整预算": "252.10", "实际支出": "246.87"},
            {"名称": "上级转移支付资金", "年初预算": "45.00", "调整预算": "58.60", "实际支出": "54.88"}]},
    }
    text = _budget_text(dept)
    assert "一般公共预算拨款年初预算268.40万元，调整预算252.10万元（调减16.30万元），实际支出246.87万元" in text
    assert "上级转移支付资金年初预算45.00万元，调整预算58.60万元（调增13.60万元），实际支出54.88万元" in text
