"""A leadership summary's 主要成效 are what the money achieved, not a cost kept under its cap: "单台补贴目标≤800元，
实际为800元" meets an indicator but tells a leader nothing done, and a summary that lists it drops an output it had
room for. A rural-energy station's clean-energy project (农村能源服务站)."""

from __future__ import annotations

from drafter.chains.summarize import summarize

REPORT = """# 农村清洁能源推广项目2025年度绩效自评报告

## 一、目标完成情况

项目全年预算96.00万元，全年执行91.35万元，执行率95.16%。

绩效指标完成情况：“推广太阳能热水器”目标≥150台，实际完成163台，达到目标；“推广生物质炉具”目标≥260台，实际完成271台，达到目标；“废弃沼气池安全处置”目标≥60口，实际完成72口，达到目标；“生物质炉具单台补贴”目标≤800元，实际为800元，达到目标；“技术培训农户”目标≥300人次，实际完成318人次，达到目标；“年减少标准煤消耗”目标≥700吨，实际完成760吨，达到目标；“受益农户满意度”目标≥90%，实际完成93.7%，达到目标。

## 二、存在问题

部分乡镇农户更愿意使用电磁炉，生物质炉具推广难度加大。

## 三、改进措施

结合农户用能习惯调整推广品类。
"""


def test_a_cost_kept_under_its_cap_is_no_main_result(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    points = next(s for s in summarize(path, chars=500).sections if s.name == "主要成效").items
    assert points and not [p for p in points if "单台补贴" in p]
    assert any("163台" in p for p in points)
