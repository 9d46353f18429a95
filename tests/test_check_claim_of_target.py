"""A claim word against the target of the indicator it names is a claim of its own (issue 10, recall): "36场，达到40场
的年度目标" and "33所，超过了40所的年度目标" state two true figures and a false relation, and "52所，超额完成年度目标"
claims a target the sources set at ≥60所 without writing it. The planted error of every generated form (达到 / 超过
for a missed target). The figure compared with is flagged where the text writes it (as claims.py did for 高于 / 超过),
the level itself where it writes none; a met target stays supported.

Unit of our own: 和田地区马术队 (its 自评表 as a Markdown table).
"""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2025年度马术运动推广项目支出绩效自评表（和田地区马术队）\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 马术公益体验活动 | ≥40场 | 36场 |\n"
    "| 产出指标 | 数量指标 | 青少年骑术培训 | ≥300人次 | 326人次 |\n"
    "| 产出指标 | 质量指标 | 马匹防疫合格率 | ≥98% | 96.5% |\n"
    "| 产出指标 | 时效指标 | 参赛报名办理时限 | ≤5个工作日 | 4个工作日 |\n"
    "| 满意度指标 | 服务对象满意度 | 参训学员满意度 | ≥90% | 93.2% |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


@pytest.mark.parametrize("text, flagged", [
    ("马术公益体验活动36场，达到40场的年度目标。", "40场"),
    ("马术公益体验活动36场，超过了40场的年度目标。", "40场"),
])
def test_reached_or_over_a_missed_target_is_flagged(text, flagged):
    got = status(text)
    assert got["36场"] == "exact"
    assert got[flagged] == "unsupported"


@pytest.mark.parametrize("text", [
    "青少年骑术培训326人次，达到300人次的年度目标。",
    "青少年骑术培训326人次，超过了300人次的年度目标。",
])
def test_reached_or_over_a_met_target_stands(text):
    assert "unsupported" not in status(text).values()


@pytest.mark.parametrize("text, flagged", [
    ("马术公益体验活动36场，超额完成年度目标。", "36场"),
    ("马术公益体验活动36场，完成年度目标任务。", "36场"),
    ("马匹防疫合格率96.5%，达到年度目标。", "96.5%"),
    ("青少年骑术培训326人次，未完成年度目标。", "326人次"),
])
def test_a_claim_word_without_the_target_is_judged_against_the_indicator_s_target(text, flagged):
    assert status(text)[flagged] == "unsupported"


@pytest.mark.parametrize("text", [
    "青少年骑术培训326人次，超额完成年度目标。",
    "参训学员满意度93.2%，达到年度目标。",
    "参赛报名办理时限4个工作日，完成年度目标。",
    "马术公益体验活动36场，未完成年度目标。",
])
def test_a_claim_word_the_indicator_bears_out_stands(text):
    assert "unsupported" not in status(text).values()


# A target written without a bound sign (样地调查 60个) is one to reach, as drafter's own drafts read it (schema.target_met:
# a plain target is ≥): 54个，超额完成年度目标 claims more than the form's 60个. Only 超额完成 is judged against a plain
# target — a plain ceiling (施药面积 50亩, 38亩 达到目标) reads either way, so 达到 / 未完成 are left to the words.
PLAIN_FORM = SourceText(name="自评表.md", text=(
    "# 2024年度三七标准化种植推广项目支出绩效自评表（文山州三七种植技术推广站）\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 数量指标 | 标准化示范基地建设 | 60个 | 54个 |\n"
    "| 产出指标 | 数量指标 | 种植户技术培训 | 1200人次 | 1356人次 |\n"
    "| 效益指标 | 生态效益指标 | 化学农药施用面积 | 50亩 | 38亩 |\n"))


def plain_status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [PLAIN_FORM]).mentions if m.status != "ignored"}


def test_over_fulfilment_claimed_below_a_plain_target_is_flagged():
    assert plain_status("标准化示范基地建设完成54个，超额完成年度目标。")["54个"] == "unsupported"


@pytest.mark.parametrize("text", [
    "种植户技术培训1356人次，超额完成年度目标。",
    "标准化示范基地建设完成54个，未完成年度目标。",
    "化学农药施用面积38亩，达到年度目标。",
])
def test_claims_a_plain_target_bears_out_or_leaves_open_stand(text):
    assert "unsupported" not in plain_status(text).values()
