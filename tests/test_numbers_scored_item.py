"""一项 before the score it got (预算执行率一项得4.89分, 满意度一项扣0.5分) is "that item" of the form, not a count of items:
ignored, so it is never flagged. A count of items stays a count (完成一项, 新增一项改革任务)."""

from __future__ import annotations

import pytest

from drafter.numbers import extract_mentions


@pytest.mark.parametrize("text", ["宁远县机关服务中心预算执行率一项得4.89分。", "服务对象满意度一项扣0.5分，总分96.2分。"])
def test_the_item_that_got_a_score_is_no_count(text):
    (m,) = [m for m in extract_mentions(text) if m.text == "一项"]
    assert m.ignored


@pytest.mark.parametrize("text", ["全年新增一项公务接待管理制度。", "节能改造完成一项，得到上级肯定。"])
def test_a_count_of_items_stays_a_count(text):
    (m,) = [m for m in extract_mentions(text) if m.text == "一项"]
    assert not m.ignored and m.value == 1
