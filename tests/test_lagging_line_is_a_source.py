"""The money left unspent is named by the funding source that left it: when the form splits its total both by
source (本级财政拨款, 上级专项补助) and by kind of spending (基本支出, 项目支出), the lagging line named in the problem
of the unspent money ("执行进度慢于其他资金") is the slowest SOURCE — a kind of spending is no 资金. A form that splits
by kind only names the slowest kind, as before."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.pipeline import draft


def _unit(lines: list[dict]) -> dict:
    return {
        "部门名称": "临溪市国防动员办公室", "被评价年度": 2025, "表格类型": "部门整体支出",
        "部门资金情况": {"单位": "万元", "年初预算": "400.00", "调整预算": "400.00", "实际支出": "386.40", "其中": lines},
        "绩效指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "更新改造防空警报器",
                      "年度指标值": "≥40台", "实际完成值": "43台", "分值": 50, "得分": 50}],
    }


SOURCES = [{"名称": "本级财政拨款", "调整预算": "300.00", "实际支出": "295.50"},
           {"名称": "上级人防专项补助", "调整预算": "100.00", "实际支出": "90.90"}]
KINDS = [{"名称": "基本支出", "调整预算": "250.00", "实际支出": "249.00"},
         {"名称": "项目支出", "调整预算": "150.00", "实际支出": "137.40"}]


def _problem(tmp_path: Path, lines: list[dict]) -> str:
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(_unit(lines), allow_unicode=True), encoding="utf-8")
    return next(p.text for s in draft(folder).sections if s.name == "存在问题" for p in s.paragraphs
                if "预算资金未全部执行" in p.text)


def test_the_lagging_line_is_the_slowest_source_not_a_kind_of_spending(tmp_path):
    problem = _problem(tmp_path, SOURCES + KINDS)  # 上级人防专项补助 90.90%, 项目支出 91.60%
    assert "其中上级人防专项补助执行率90.90%" in problem and "其中项目支出" not in problem


def test_a_kind_slower_than_every_source_is_still_no_source(tmp_path):
    kinds = [{"名称": "基本支出", "调整预算": "250.00", "实际支出": "250.00"},
             {"名称": "项目支出", "调整预算": "150.00", "实际支出": "136.40"}]
    sources = [{"名称": "本级财政拨款", "调整预算": "300.00", "实际支出": "292.40"},
               {"名称": "上级人防专项补助", "调整预算": "100.00", "实际支出": "94.00"}]
    problem = _problem(tmp_path, sources + kinds)  # 项目支出 90.93% is the slowest line of all
    assert "其中项目支出" not in problem and "其中上级人防专项补助执行率94.00%" in problem


def test_a_form_split_by_kind_only_names_the_slowest_kind(tmp_path):
    """The negative: with no source split, the kind is all there is to name."""
    problem = _problem(tmp_path, KINDS)
    assert "其中项目支出执行率91.60%" in problem


def test_a_lagging_line_named_other_money_is_compared_with_the_rest(tmp_path):
    """其他资金 lagging: “其他资金…执行进度慢于其他资金” compares the line with itself — the rest of the money is 其余资金."""
    sources = [{"名称": "财政拨款", "调整预算": "366.00", "实际支出": "360.02"},
               {"名称": "其他资金", "调整预算": "34.00", "实际支出": "26.38"}]
    problem = _problem(tmp_path, sources)
    assert "其中其他资金执行率77.59%" in problem and "慢于其余资金" in problem and "慢于其他资金" not in problem
