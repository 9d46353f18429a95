"""A bare 占 right after another item's amount (…为210.40万元（占41.09%…），人员培训150.30万元居次，占29.36%) is that
amount's share of the whole the sentence's earlier share was of — here the tasks' sum, which no source states
(issue 10). Beside it the planted error: a wrong share.

Kind: a county talent-service centre's project (a YAML form whose tasks each state their amount, no total).
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="input.yaml", data={"项目名称": "2024年人才服务项目", "被评价年度": 2024, "主要任务": [
    {"任务": "设备购置", "任务涉及金额": "210.40万元"},
    {"任务": "人员培训", "任务涉及金额": "150.30万元"},
    {"任务": "宣传推广", "任务涉及金额": "88.60万元"},
    {"任务": "运行维护", "任务涉及金额": "62.70万元"}]})

TEXT = "从支出结构看，设备购置支出最多，为210.40万元（占41.09%，超过四成），人员培训150.30万元居次，占{share}。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_bare_share_after_another_items_amount_is_over_the_sentences_whole():
    got = status(TEXT.format(share="29.36%"))
    assert (got["41.09%"], got["29.36%"]) == ("derived", "derived")  # 210.40 ÷ 512.00; 150.30 ÷ 512.00


def test_a_wrong_bare_share_stays_unsupported():
    assert status(TEXT.format(share="31.25%"))["31.25%"] == "unsupported"
