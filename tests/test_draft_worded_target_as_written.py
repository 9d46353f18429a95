"""A target the form words (2天以内, 300人以上, 不少于12场) is quoted as the form writes it — "目标为“2天以内”" — never
rewritten with a sign the form does not have ("目标≤2天"); a target written with its sign (≥300人, ≦2天) keeps it. A
national park administration (国家公园管理局)."""

from __future__ import annotations

from drafter.schema import Indicator


def _ind(target: str) -> Indicator:
    return Indicator.model_validate({"三级指标": "巡护问题响应", "年度指标值": target, "实际完成值": "1天"})


def test_a_worded_target_is_kept_as_written():
    from drafter.domain.problems import stated_target
    from types import SimpleNamespace

    fact = SimpleNamespace(text="2天")
    assert stated_target(_ind("2天以内"), fact) == "为“2天以内”"
    assert stated_target(_ind("不超过2天"), fact) == "为“不超过2天”"


def test_a_target_with_its_sign_keeps_the_sign():
    from drafter.domain.problems import stated_target
    from types import SimpleNamespace

    fact = SimpleNamespace(text="2天")
    assert stated_target(_ind("≤2天"), fact) == "≤2天"
    assert stated_target(_ind("≦2天"), fact) == "≤2天"
    assert stated_target(_ind("2天"), fact) == "为2天"
