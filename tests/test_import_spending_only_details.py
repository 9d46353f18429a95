"""A project form's 支出明细 given as spending only (支出内容 | 全年执行数, no budget column) is read as the spending
items when its 合计 row is what its rows add up to — each item with its 执行数 — and the draft then tells how the
year's spending splits, with each item's share of it (航道…198.56万元，占39.84%-style), every figure traced. A
two-column table without such a 合计 (rows that do not add up to it, or no 合计) is no spending block. A national park
administration (国家公园管理局)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form
from drafter.pipeline import draft

FORM = """# 项目支出绩效自评表

（2025年度）

| 项目名称 | 河池国家公园生态保护与巡护项目 |
|---|---|
| 主管部门 | 河池市林业局 |
| 实施单位 | 河池国家公园管理局 |

单位：万元

| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 结余 | 备注 |
|---|---|---|---|---|---|---|
| 年度资金总额 | 260.00 | 260.00 | 251.30 | 96.65% | 8.70 | |

## 支出明细

| 支出内容 | 全年执行数（万元） |
|---|---|
| 生态巡护 | 112.40 |
| 红外相机监测 | 68.50 |
| 界桩和标识维护 | 42.60 |
| 自然教育 | 27.80 |
| 合计 | 251.30 |

## 年度总体目标

全年开展生态巡护不少于6000公里，布设红外相机不少于150台。

## 绩效指标

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 上年实际 | 分值 | 得分 | 偏差原因 |
|---|---|---|---|---|---|---|---|---|
| 产出指标 | 数量指标 | 生态巡护里程 | ≥6000公里 | 6240公里 | 5980公里 | 40 | 40 | |
| 产出指标 | 数量指标 | 红外相机布设 | ≥150台 | 162台 | 140台 | 30 | 30 | |
| 满意度指标 | 服务对象满意度指标 | 周边社区满意度 | ≥90% | 94.10% | 93.20% | 20 | 20 | |
| 总分 | | | | | | 100 | 100 | |
"""


def _form(tmp_path: Path, text: str = FORM) -> Path:
    folder = tmp_path / "park"
    folder.mkdir()
    path = folder / "项目支出绩效自评表.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_spending_only_details_closed_by_their_total_are_the_spending_items(tmp_path):
    items = import_form(_form(tmp_path)).input["支出构成"]
    assert [i["名称"] for i in items] == ["生态巡护", "红外相机监测", "界桩和标识维护", "自然教育"]
    assert [i["全年执行数"] for i in items] == [Decimal("112.40"), Decimal("68.50"), Decimal("42.60"), Decimal("27.80")]


def test_a_two_column_table_whose_rows_miss_its_total_is_no_spending_block(tmp_path):
    text = FORM.replace("| 合计 | 251.30 |", "| 合计 | 260.00 |")
    assert "支出构成" not in import_form(_form(tmp_path, text)).input


def test_the_draft_tells_the_spending_split_with_shares(tmp_path):
    result = draft(_form(tmp_path).parent)
    assert not [m for m in result.check.mentions if m.status == "unsupported"]
    text = "\n".join(p.text for s in result.sections for p in s.paragraphs)
    assert "生态巡护112.40万元，占44.73%" in text
    assert "自然教育27.80万元，占11.06%" in text
