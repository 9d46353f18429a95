"""A share said with 覆盖 / 惠及 — "覆盖全县行政村的82.35%" — is the figure its sentence stated (the part) over the
whole the words name (issue 10), as 占…的 is: the whole among the records that name it is one that can be (larger
than the part, of the year, no target), and neither last year's figure nor the change stated on the way is a part.

A county health commission's family doctor contract service (2024): the form, and a log giving the county's
villages.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年家庭医生签约服务项目绩效自评表（安平县卫生健康局）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 | 上年实际 |\n| --- | --- | --- | --- |\n"
    "| 签约服务覆盖行政村 | ≥100个 | 112个 | 98个 |\n| 重点人群签约率 | ≥75% | 78.6% | 74.2% |\n"))
LOG = SourceText(name="工作日志.md", text=(
    "# 安平县卫生健康局2024年工作日志（摘录）\n\n"
    "- 2024-01-10：全县辖乡镇 9 个，行政村 136 个，村卫生室 131 个。\n"
    "- 2024-04-16：首批签约团队进驻行政村 46 个。\n"
    "- 2024-06-20：第二批签约团队进驻行政村 38 个。\n"
    "- 2024-09-12：第三批签约团队进驻行政村 28 个。\n"
    "- 2024-11-30：巡回诊疗覆盖行政村 120 个，开展义诊 64 场。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.status != "ignored"}


VILLAGES = "签约服务覆盖行政村112个，超过100个的目标，比上年的98个增加14个，覆盖全县行政村的{}。"


def test_a_share_said_with_covering_is_the_part_over_the_whole_the_words_name():
    assert status(VILLAGES.format("82.35%"))["82.35%"] == "derived"  # 112 ÷ 136


def test_last_years_figure_or_the_change_is_no_part_of_the_covered_share():
    assert status(VILLAGES.format("72.06%"))["72.06%"] == "unsupported"  # 98 ÷ 136, last year's
    assert status(VILLAGES.format("10.29%"))["10.29%"] == "unsupported"  # 14 ÷ 136, the change

