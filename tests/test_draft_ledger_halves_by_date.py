"""A dated ledger beside the form whose column totals an indicator splits it by half-year, as a report does ('上半年
接待游客…，下半年…'): the rows its date column puts before July and after — held-out gen60 / gen61 drafted only rankings
from their ledgers, never the half-year split a reviewer reads first. Every figure is traced by the draft's own check.
No split where every row falls in one half, nor where a row's dates run across the middle of the year. A 天池管理局."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.pipeline import draft

TIANCHI = {  # 天池管理局 · 项目
    "项目名称": "2025年天池景区生态讲解及游客服务项目",
    "被评价年度": 2025,
    "表格类型": "项目支出",
    "主管部门": "琼海市旅游和文化广电体育局",
    "实施单位": "琼海市天池管理局",
    "项目资金": {"单位": "万元", "年初预算数": 80, "全年预算数": 80, "全年执行数": 77.60},
    "绩效指标": [
        {"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "生态讲解场次", "年度指标值": "≥40场",
         "实际完成值": "46场", "上年实际": "38场"},
        {"一级指标": "效益指标", "二级指标": "社会效益指标", "三级指标": "讲解服务游客", "年度指标值": "≥9000人次",
         "实际完成值": "9860人次"},
        {"一级指标": "满意度指标", "二级指标": "服务对象满意度", "三级指标": "游客满意度", "年度指标值": "≥90%",
         "实际完成值": "94.6%", "上年实际": "93.1%"},
    ],
}

LEDGER = """讲解日期,讲解主题,讲解点,讲解场次（场）,服务游客（人次）
2025-03-15,火山湖湿地,北岸观景台,6,1240
2025-04-26,候鸟迁徙,东湖栈道,8,1580
2025-05-31,天池地质,游客中心,9,1730
2025-08-16,火山湖湿地,北岸观景台,10,2160
2025-10-04,候鸟迁徙,东湖栈道,7,1620
2025-11-22,天池地质,游客中心,6,1530
"""


def _draft(tmp_path: Path, ledger: str):
    folder = tmp_path / "unit"
    folder.mkdir()
    (folder / "input.yaml").write_text(yaml.safe_dump(TIANCHI, allow_unicode=True), encoding="utf-8")
    (folder / "2025年生态讲解台账.csv").write_text(ledger, encoding="utf-8")
    result = draft(folder)
    goals = next(s for s in result.sections if s.name == "目标完成情况")
    return "\n".join(p.text for p in goals.paragraphs), result


def test_a_dated_ledger_splits_the_indicators_it_totals_by_half_year(tmp_path):
    text, result = _draft(tmp_path, LEDGER)
    assert "上半年讲解23场、服务游客4550人次，下半年23场、5310人次" in text
    assert not [m for m in result.check.mentions if m.status == "unsupported"]


def test_no_split_where_every_row_falls_in_one_half(tmp_path):
    late = LEDGER.replace("2025-03-15", "2025-07-15").replace("2025-04-26", "2025-07-26").replace(
        "2025-05-31", "2025-08-31")
    text, _ = _draft(tmp_path, late)
    assert "上半年" not in text


def test_no_split_where_a_rows_dates_run_across_the_middle_of_the_year(tmp_path):
    span = LEDGER.replace("讲解日期,", "开始日期,结束日期,")
    span = "\n".join([span.splitlines()[0]] + [
        line.replace("2025-05-31,", "2025-05-31,2025-07-02,") if line.startswith("2025-05-31")
        else line.replace(line[:10] + ",", line[:10] + "," + line[:10] + ",") for line in span.splitlines()[1:]]) + "\n"
    text, _ = _draft(tmp_path, span)
    assert "上半年" not in text


def test_no_split_where_the_batches_told_are_the_halves(tmp_path):
    """Two batches, one in each half, are told by batch: the halves would say the same again."""
    batches = ("批次,讲解日期,讲解点,讲解场次（场）,服务游客（人次）\n"
               "第一批,2025-04-26,东湖栈道,12,2400\n第一批,2025-04-26,北岸观景台,11,2150\n"
               "第二批,2025-10-04,东湖栈道,12,2760\n第二批,2025-10-04,游客中心,11,2550\n")
    text, _ = _draft(tmp_path, batches)
    assert "分批次看，第一批（4月26日）讲解23场" in text
    assert "上半年" not in text
