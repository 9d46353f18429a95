"""A cause the form states after its tally refers back to it (…已处置46处；其余6处位于核心区陡坡…): quoted alone, "其余6处"
leaves the reader asking 其余 of what. The quotation then starts at the tally the cause refers to, as the form writes it.
A cause that names its own subject (因8月山洪…) is quoted without the tally before it. A national park
administration (国家公园管理局)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems

PARK = """
    项目名称: 2025年度国家公园生态巡护与问题点位处置项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 河池市林业局
    实施单位: 河池国家公园管理局
    项目资金:
      单位: 万元
      全年预算数: 180.00
      全年执行数: 179.10
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 质量指标, 三级指标: 巡护问题点位处置率, 年度指标值: ≥95%, 实际完成值: 88.46%, 偏差原因: 巡护发现问题点位52处，已处置46处；其余6处位于核心区陡坡，需待枯水期进场处置，已列入2026年二季度计划}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 生态巡护里程, 年度指标值: ≥6000公里, 实际完成值: 5620公里, 偏差原因: 全年巡护5620公里，因8月山洪冲毁北线巡护步道，北线巡护暂停40天}
"""


def test_a_cause_that_refers_back_is_quoted_from_the_tally_it_refers_to(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, PARK)
    missed = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)
    from drafter.domain.problems import form_cause_text

    said = form_cause_text(missed)
    assert "据自评表填报为“巡护发现问题点位52处，已处置46处；其余6处位于核心区陡坡，需待枯水期进场处置”" in said
    # the cause naming its own subject keeps its quotation from the reason on, without the tally
    assert "“因8月山洪冲毁北线巡护步道，北线巡护暂停40天”" in said and "“全年巡护5620公里" not in said
    # the measure answers the cause itself, not the tally
    assert all(not c.cause.startswith("巡护发现") for c in missed.form_causes)
