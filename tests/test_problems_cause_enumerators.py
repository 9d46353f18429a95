"""A 偏差说明 that numbers its causes (一是…；二是…) gives each shortfall its cause without the enumerator: the quotation
starts at what happened ("“造雪管网施工拆除后未能复装…”", not "“一是造雪管网…”"). A cause that merely begins with a
numeral word in its own sense (一是 inside a word does not occur; 三级雪道 stays) is kept whole. A winter-sports centre
(冰雪运动中心)."""

from __future__ import annotations

from drafter.domain.problems import ProblemKind, detect_problems, form_cause_text

CENTRE = """
    项目名称: 2025年度冰雪场馆运营项目
    被评价年度: 2025
    表格类型: 项目支出
    主管部门: 贺州市体育局
    实施单位: 贺州市冰雪运动中心
    项目资金: {单位: 万元, 全年预算数: 150.00, 全年执行数: 148.20}
    绩效指标:
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 造雪面积, 年度指标值: ≥30000平方米, 实际完成值: 26500平方米, 偏差原因: 一是造雪管网施工拆除后未能复装，北区雪道未能造雪}
      - {一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 开放雪道, 年度指标值: ≥8条, 实际完成值: 7条, 偏差原因: 三级雪道因护栏更换年内未开放}
"""


def test_numbered_causes_are_quoted_without_their_enumerator(tmp_path):
    from conftest import write_unit

    report, sheet = write_unit(tmp_path, CENTRE)
    missed = next(p for p in detect_problems(report, sheet) if p.kind is ProblemKind.indicator_below_target)
    said = form_cause_text(missed)
    assert "“造雪管网施工拆除后未能复装，北区雪道未能造雪”" in said and "一是" not in said
    assert "“三级雪道因护栏更换年内未开放”" in said
