"""A building-work measure names the season the cause names, never another: work that must wait for a window the
cause states (需待枯水期施工, 待冬季停航期施工) is prepared for that window; work held up by the weather the cause names
is scheduled around that weather; work late for another reason (a contractor in late) gets the schedule without any
season — "雨季、汛期施工提前安排" for a winter shutdown contradicts the cause. A national park administration
(国家公园管理局) and a winter-sports centre (冰雪运动中心)."""

from __future__ import annotations

from drafter.domain.measures import action_for


def test_work_that_waits_for_a_window_is_prepared_for_that_window():
    answer = action_for("其余2处栈道涉及桥梁加固，需待枯水期施工")
    assert "枯水期" in answer and "雨季" not in answer and "汛期" not in answer
    answer = action_for("3处看台结构加固需待冬季闭馆期施工")
    assert "冬季闭馆期" in answer and "雨季" not in answer


def test_work_held_up_by_the_weather_is_scheduled_around_that_weather():
    answer = action_for("受汛期持续降雨影响，巡护步道修复工程停工40天")
    assert "汛期" in answer and "倒排工期" in answer
    answer = action_for("1月寒潮低温，造雪场地改造工程停工")
    assert "低温" in answer and "雨季" not in answer


def test_work_late_for_another_reason_names_no_season():
    answer = action_for("施工单位进场较晚，保护站改造工程年内未完工")
    assert "倒排工期" in answer
    assert not any(w in answer for w in ("雨季", "汛期", "冬季", "枯水期"))


def test_work_kept_off_by_the_weather_avoids_the_weather_its_cause_names():
    # not a building job: the weather answer names the weather the cause names, not a generic list
    answer = action_for("7月至8月受汛期防汛任务影响，8场自然课堂活动取消")
    assert "汛期" in answer and "高温" not in answer
    answer = action_for("7月连续高温，户外研学暂停")
    assert "高温" in answer and "汛期" not in answer
