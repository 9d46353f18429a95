"""A log line without a figure may still be the year's main output: the day a time indicator was met ("10月18日：新编
口技剧目完成合成排练并首演" beside 新编剧目首演时间 目标10月底前, 实际10月18日) is that output's day, and the line is
told in 完成情况 — the draft quoted a minor line with a figure (3月…演出2场) and left the premiere out (gen58). A line
without a figure on another day stays out. Unit: a vocal-mimicry troupe (口技艺术团)."""

from __future__ import annotations

from drafter.engines.offline import write_draft

TROUPE = """
    项目名称: 2025年口技新剧目创排及惠民演出项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 朝阳市文化旅游和广播电视局
    实施单位: 朝阳市口技艺术团
    项目资金: {单位: 万元, 全年预算数: 90.00, 全年执行数: 88.20}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 惠民演出场次, 年度指标值: ≥60场, 实际完成值: 64场}
      - {一级指标: 产出指标, 二级指标: 时效指标, 三级指标: 新编剧目首演时间, 年度指标值: 10月底前, 实际完成值: 10月18日}
"""

LOG = """\
- 3月2日：召开年度演出工作部署会。
- 4月12日：赴喀左县开展“口技进乡村”惠民演出，当日演出2场。
- 10月18日：新编口技剧目《百鸟朝凤》完成合成排练并首演。
"""


def test_the_line_of_the_day_a_time_target_was_met_is_told(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, TROUPE, {"2025年工作记录.md": LOG})
    told = "".join(p.text for p in write_draft(report, sheet).sections[0].paragraphs)
    assert "10月18日，新编口技剧目《百鸟朝凤》完成合成排练并首演。" in told
    assert "部署会" not in told  # no figure, and no target's day
