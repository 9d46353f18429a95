"""A form row whose 年度指标值 cell repeats the row's own name (a label merged across the row: 预算执行率 | 预算执行率 |
95.31%) states no target: the draft wrote "“预算执行率”目标为“预算执行率”" (held-out gen54). The row is told with its
actual only; a worded target of its own (目标为“全面完成”) is still quoted. Unit: a paper-cut art institute."""

from __future__ import annotations

from drafter.engines.offline import write_draft

INSTITUTE = """
    部门名称: 松原市剪纸艺术研究院
    被评价年度: 2025
    表格类型: 部门整体支出
    部门资金情况: {单位: 万元, 年初预算数: 420.00, 全年预算数: 420.00, 全年执行数: 409.50}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 征集民间剪纸作品, 年度指标值: ≥600件, 实际完成值: 652件}
      - {一级指标: 预算执行率, 二级指标: 预算执行率, 三级指标: 预算执行率, 年度指标值: 预算执行率, 实际完成值: 97.50%}
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 馆藏作品修复质量, 年度指标值: 全面完成, 实际完成值: 全面完成}
"""


def test_a_target_cell_repeating_the_rows_name_is_no_target(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, INSTITUTE)
    told = "".join(p.text for p in write_draft(report, sheet).sections[0].paragraphs)
    assert "目标为“预算执行率”" not in told
    assert "“预算执行率”实际完成97.50%" in told
    assert "目标为“全面完成”" in told  # a worded target of its own stays
