"""完成情况 tells what was done. A log line that issues the year's plan and lists its targets ("印发年度演出计划，全年进校园
演出120场以上，…") is no result — the draft reported it as done though the 120 were missed (held-out gen55); and a
log line that is the very reason a problem gives ("原定…的12场演出改为线上直播") is that problem's matter, not an
achievement among the results (gen54). Unit: a vocal-mimicry troupe (口技艺术团)."""

from __future__ import annotations

from drafter.domain.logs import result_part
from drafter.engines.offline import write_draft

PLAN = "印发年度口技惠民演出计划，全年进校园演出120场以上，培训青年演员30人以上。"


def test_a_plan_issued_with_its_targets_is_no_result():
    assert result_part(PLAN, 2025) is None


def test_a_result_with_a_bound_and_no_plan_before_it_stays_one():
    done = "全年进校园演出108场，观众满意度达96%以上。"
    assert result_part(done, 2025) == done


def test_the_work_a_line_did_before_it_lists_a_plans_targets_is_kept():
    line = "完成新编口技剧目《百鸟朝凤》首演2场，印发下半年演出计划，进校园演出60场以上。"
    assert result_part(line, 2025) == "完成新编口技剧目《百鸟朝凤》首演2场。"


TROUPE = """
    项目名称: 2025年口技艺术惠民演出项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 朝阳市文化旅游和广播电视局
    实施单位: 朝阳市口技艺术团
    项目资金: {单位: 万元, 全年预算数: 500.00, 全年执行数: 472.40}
    支出明细:
      - {名称: 口技进校园演出, 全年预算数: 300.00, 全年执行数: 279.00}
      - {名称: 口技剧目创排, 全年预算数: 120.00, 全年执行数: 118.00}
      - {名称: 音响设备购置, 全年预算数: 30.00, 全年执行数: 26.40}
      - {名称: 演员培训, 全年预算数: 50.00, 全年执行数: 49.00}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 进校园演出场次, 年度指标值: ≥120场, 实际完成值: 108场,
         偏差原因分析及改进措施: 口技进校园演出执行率偏低，主要是原定在学校礼堂举办的12场演出改为线上直播。}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 新创口技剧目, 年度指标值: ≥2部, 实际完成值: 2部}
"""

LOG = """\
- 1月8日：印发年度口技惠民演出计划，全年进校园演出120场以上，培训青年演员30人以上。
- 5月20日：新编口技剧目《百鸟朝凤》在朝阳剧场首演，演出2场，观众1,260人次。
- 10月9日：原定在学校礼堂举办的12场演出改为线上直播。
- 12月26日：全年进校园演出108场，新创口技剧目2部。
"""


def test_neither_the_plan_nor_a_problems_reason_is_told_as_done(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, TROUPE, {"2025年工作记录.md": LOG})
    goals = write_draft(report, sheet).sections[0]
    told = "".join(p.text for p in goals.paragraphs)
    assert "120场以上" not in told.split("年度预期目标")[-1].split("完成情况：")[-1]
    assert "改为线上直播" not in told
    assert "首演" in told and "全年进校园演出108场" in told  # the results stay
