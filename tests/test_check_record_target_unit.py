"""A data file's indicator record states its unit once, in its target (目标值: "≥96%"): its bare result and
last-year fields (完成值: 97.4, 上年完成: 96.8) count what the target counts — over the file's legend for its counts
(计量说明: 数量单位为件), which is the unit of the records that state none (issue 10). A target of another field
(办结率目标 beside the counts 受理 / 办结) gives the counts nothing.

Unit of our own: 临湘市消费者协会 (its indicator file).
"""

from __future__ import annotations

from drafter.check import SourceData, check

CONSUMER = [SourceData(name="临湘市消费者协会2024年绩效数据.json", data={
    "单位": "临湘市消费者协会",
    "年度": 2024,
    "计量说明": "投诉数量单位为件；比率为百分数",
    "指标": [
        {"名称": "受理消费投诉", "目标值": "≥1500件", "完成值": 1638, "上年完成": 1512},
        {"名称": "投诉调解成功率", "目标值": "≥96%", "完成值": 97.4, "上年完成": 96.8},
        {"名称": "开展消费教育活动", "目标值": "≥20场", "完成值": 24, "上年完成": 21},
        {"名称": "为消费者挽回经济损失", "完成值": 386},
    ],
    "热线": {"受理": 4620, "按时办结": 4588, "按时办结率目标": "≥98%"},
})]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CONSUMER).mentions if m.status != "ignored"}


def test_a_records_bare_results_count_what_its_target_counts():
    got = status("投诉调解成功率97.4%，比上年96.8%提高0.6个百分点；开展消费教育活动24场，比上年多3场。")
    assert got["97.4%"] == "exact" and got["96.8%"] == "exact" and got["0.6个百分点"] == "derived"
    assert got["24场"] == "exact"


def test_the_legend_still_counts_the_records_that_state_no_unit():
    got = status("受理消费投诉1638件，为消费者挽回经济损失386件次。")
    assert got["1638件"] == "exact"


def test_a_rate_given_as_a_count_is_unsupported():
    # 97.4 is the 成功率, no count of 件 (the legend's unit is not this record's)
    assert status("调解成功97.4件。")["97.4件"] == "unsupported"


def test_another_fields_target_gives_the_counts_nothing():
    got = status("热线受理4620件，按时办结4588件。")
    assert got["4620件"] == "exact" and got["4588件"] == "exact"
