"""The form's cause opens, as units write it, by saying the result again — '晒盐技艺展示覆盖4个盐区，未达到6个盐区的目标。'
— before it says why: a clause that names the row and gives its own actual figure is that restatement, never part of
the cause the draft quotes (held-out gen60 quoted '省内巡演覆盖5个城市，原计划…' as the cause). A clause with another
figure (其余2个盐区…) stays the cause. A 盐场 (saltworks)."""

from __future__ import annotations

from drafter.domain.problems import deviation_reason
from drafter.schema import Indicator

NOTE = ("晒盐技艺展示覆盖4个盐区，未达到6个盐区的目标。原定下半年赴北区、西区的展示，因台风季道路封闭取消，"
        "展示活动经费相应结余。")


def _ind(note: str) -> Indicator:
    return Indicator.model_validate({"三级指标": "晒盐技艺展示覆盖盐区", "年度指标值": "≥6个", "实际完成值": "4个",
                                     "偏差原因分析及改进措施": note})


def test_a_clause_giving_the_rows_own_actual_is_no_part_of_the_cause():
    cause = deviation_reason(_ind(NOTE)).cause
    assert cause.startswith("原定下半年赴北区、西区的展示，因台风季道路封闭取消"), cause
    assert "覆盖4个盐区" not in cause


def test_a_clause_with_another_figure_stays_the_cause():
    cause = deviation_reason(_ind("晒盐技艺展示覆盖4个盐区，其余2个盐区因台风季道路封闭取消。")).cause
    assert "其余2个盐区因台风季道路封闭取消" in cause
