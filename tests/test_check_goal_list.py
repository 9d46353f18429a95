"""A goal label heads its whole list (issue 10): a form's 年度预期目标 is written as one sentence of items split by ；,
and every item's figure is a target, not only the first one's. A lacquerware institute (漆器研究所) whose touring
exhibition fell short of its county target."""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="漆器研究所绩效自评表.yaml", data={
    "年度预期目标": "全年举办漆器展览12场以上；巡回展览覆盖8个县区；培训髹漆学徒60人次以上。",
    "绩效指标": [
        {"指标": "全年举办展览场次", "目标值": "≥12场", "实际完成值": "15场"},
        {"指标": "巡回展览覆盖县区", "目标值": "≥8个", "实际完成值": "5个"},
        {"指标": "髹漆学徒培训", "目标值": "≥60人次", "实际完成值": "64人次"}],
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_every_item_of_a_goal_list_split_by_semicolons_is_a_target():
    got = status("年度预期目标：全年举办漆器展览12场以上；巡回展览覆盖8个县区；培训髹漆学徒60人次以上。")
    assert got["8个"] != "unsupported"
    assert got["12场"] != "unsupported" and got["60人次"] != "unsupported"


def test_the_same_item_under_a_result_label_is_the_result_and_the_target_is_refused():
    got = status("完成情况：全年举办漆器展览15场；巡回展览覆盖8个县区；培训髹漆学徒64人次。")
    assert got["8个"] == "unsupported"  # 5 were covered: 8 is the target, told here as done
    assert got["15场"] == "exact" and got["64人次"] == "exact"


def test_a_goal_label_ends_with_its_sentence():
    got = [m.status for m in check("年度预期目标：巡回展览覆盖8个县区以上。全年巡回展览覆盖8个县区。", [FORM]).mentions]
    assert got[0] != "unsupported" and got[1] == "unsupported"  # the second sentence claims the target as done
