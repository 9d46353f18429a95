"""A form in 元 (schools, villages and small centres keep their books in 元) is drafted with its amounts grouped in
thousands, as finance officers write them: 2,860,000.00元, never 2860000.00元 — a seven-digit figure read at a
glance. 万元 amounts and small 元 amounts (a per-unit 891.33元) are written as before, and the check still traces
every figure.

A unit of our own: a village cultural station's project (figures invented)."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.pipeline import draft

UNIT = {
    "项目名称": "村级综合文化服务中心提升项目", "被评价年度": 2024, "表格类型": "项目支出", "实施单位": "某镇综合文化站",
    "项目资金": {"单位": "元", "年初预算数": "286000.00", "全年预算数": "312000.00", "全年执行数": "298743.65"},
    "绩效指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "提升村级文化服务中心", "年度指标值": "≥6个",
                  "实际完成值": "6个", "分值": 100, "得分": 100}],
}


def test_yuan_amounts_are_grouped_in_thousands(tmp_path: Path):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(UNIT, allow_unicode=True), encoding="utf-8")
    result = draft(folder)
    text = "".join(p.text for s in result.sections for p in s.paragraphs)
    assert "312,000.00元" in text and "298,743.65元" in text, text
    assert "312000.00元" not in text
    assert result.check.summary.unsupported == 0
