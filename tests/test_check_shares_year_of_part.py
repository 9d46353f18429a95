"""占全年X的 where X is what the part's own clause counts, in words no source figure goes by, is the year's figure of
it (issue 10): "第二期参训256人，占全年参训人数的52.67%" is of the 486人 its paragraph stated for the year (the form
calls it 家政技能培训学员) — never the target's 450人.

A county human resources bureau's domestic service skills training (2024), in two sessions.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年家政技能培训项目绩效自评表（长宁县人力资源和社会保障局）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 家政技能培训学员 | ≥450人 | 486人 | 431人 |\n| 培训合格率 | ≥90% | 93.4% | 91.8% |\n"))
LOG = SourceText(name="培训记录.md", text=(
    "# 2024年家政技能培训记录\n\n- 第一期：4月8日至4月19日，参训学员 230 人。\n"
    "- 第二期：9月9日至9月20日，参训学员 256 人。\n"))

TEXT = "全年分两期完成家政技能培训486人，超过450人的目标。第一期参训230人；第二期参训256人，占全年参训人数的{}。"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


def test_a_share_of_the_years_count_of_what_the_part_counts_is_of_the_year_stated():
    assert status(TEXT.format("52.67%"))["52.67%"] == "derived"  # 256 ÷ 486


def test_the_targets_count_or_a_wrong_share_stays_unsupported():
    assert status(TEXT.format("56.89%"))["56.89%"] == "unsupported"  # 256 ÷ 450, the target
    assert status(TEXT.format("50.00%"))["50.00%"] == "unsupported"
