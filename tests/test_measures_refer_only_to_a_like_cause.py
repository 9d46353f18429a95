"""A measure refers to an earlier one ("按对“X”的做法一并落实") only when the two causes speak of the same matter (they
share a word: 高温 / 推迟); two causes that merely draw the same generic answer — pipes relaid under a street and a road
rebuilt in a new district — are not referred to each other by name, since that would apply one matter's remedy to the
other: the later one is told to adapt the way of it to its own cause. No answer is written twice. A winter-sports centre (冰雪运动中心)."""

from __future__ import annotations

from drafter.domain.measures import Answers


def test_a_like_cause_refers_to_the_first():
    answers = Answers()
    first = answers.give("倒排工期、按月跟踪进度", "造雪系统改造", "造雪管网施工推迟，造雪系统改造年内未完工")
    again = answers.give("倒排工期、按月跟踪进度", "雪道照明改造", "雪道照明施工推迟")
    assert first == "倒排工期、按月跟踪进度" and again == "按对“造雪系统改造”的做法一并落实"


def test_an_unlike_cause_is_not_referred_to_the_first_by_name():
    answers = Answers()
    answers.give("倒排工期、按月跟踪进度", "造雪系统改造", "造雪管网施工拆除后未能复装")
    other = answers.give("倒排工期、按月跟踪进度", "冰场开放时间", "受滨江新城道路改造影响，11月才开放")
    assert other == "参照前述做法，结合该事项的具体原因落实" and "造雪系统改造" not in other
