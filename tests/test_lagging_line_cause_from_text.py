"""The funding line that left money unspent is given with the unit's own words about it: a clause of its text (a log,
the form's 偏差原因 box) that names the line (all its name but three characters) and says why or that it came late
("新增自筹资金采购的查验设备12月中旬才完成安装调试") follows "执行进度慢于其他资金" — the reason, not a bare rate.
A clause naming another line, or naming it without a reason, is not."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.pipeline import draft

FREE_TRADE_ZONE = {  # 保税区管理委员会 · 项目: three sources, 管委会自筹资金 the slowest
    "项目名称": "2025年度综合保税区卡口智能化改造项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "临沂市商务局",
    "实施单位": "临沂综合保税区管理委员会",
    "项目资金": {"单位": "万元", "年初预算数": "200.00", "全年预算数": "220.00", "全年执行数": "208.10",
                 "其中": [{"名称": "市级财政资金", "全年预算数": "150.00", "全年执行数": "146.50"},
                         {"名称": "管委会自筹资金", "全年预算数": "70.00", "全年执行数": "61.60"}]},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "改造智能卡口", "年度指标值": "≥8个",
         "实际完成值": "8个"},
    ],
}


def _problems(tmp_path: Path, log: str) -> str:
    folder = tmp_path / "unit"
    (folder / "worklogs").mkdir(parents=True)
    (folder / "input.yaml").write_text(yaml.safe_dump(FREE_TRADE_ZONE, allow_unicode=True), encoding="utf-8")
    (folder / "worklogs" / "日志.txt").write_text(log, encoding="utf-8")
    result = draft(folder)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    return next(s for s in result.sections if s.name == "存在问题").text


def test_a_clause_naming_the_lagging_line_and_its_late_finish_is_its_cause(tmp_path: Path):
    text = _problems(tmp_path, "2025-05-10 8个智能卡口完成改造。\n"
                               "2025-12-18 新增自筹资金采购的查验设备12月中旬才完成安装调试，部分尾款未支付。\n")
    assert ("其中管委会自筹资金执行率88.00%，8.40万元未形成支出，执行进度慢于其他资金，"
            "据工作记录，新增自筹资金采购的查验设备12月中旬才完成安装调试") in text


def test_a_clause_naming_the_line_without_a_reason_is_not(tmp_path: Path):
    text = _problems(tmp_path, "2025-05-10 8个智能卡口完成改造。\n2025-09-01 管委会自筹资金用于卡口设备采购。\n")
    assert "据工作记录" not in text
