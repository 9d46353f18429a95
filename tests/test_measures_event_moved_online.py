"""An item whose money was left because its events were moved online ("原定在学校礼堂举办的12场演出改为线上直播") is
answered by budgeting the two ways apart and cutting or re-using what the move saves — not by the generic "据此制定应对
办法" (held-out gen54: 2场境外推介会改为线上举办). Unit: a vocal-mimicry troupe (口技艺术团)."""

from __future__ import annotations

from drafter.domain.measures import action_for


def test_an_event_moved_online_is_answered_by_budgeting_both_ways():
    answer = action_for("原定在学校礼堂举办的12场演出改为线上直播")
    assert "线上、线下" in answer and "据此制定应对办法" not in answer


def test_an_event_called_off_keeps_its_own_answer():
    assert "备选方案" in action_for("第三期研修班因场地改造停办，年内未能补办") or \
        "备选方案" in action_for("12场演出因签证受阻取消")
