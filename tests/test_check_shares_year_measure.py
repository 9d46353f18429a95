"""A share of the year's figure named by what the part counts (占全年场次的 / 占全年人次的): the year's own result of
that measure in the sources — the same as 占全年的 — never last year's figure nor a target (issue 10).

Unit: a county investment-promotion service centre (招商服务中心): its indicator table (with 上年实际) and its work log.
"""

from __future__ import annotations

from drafter.check import SourceText, check

INDICATORS = SourceText(name="招商服务中心项目支出绩效自评表.docx", text=(
    "# 项目支出绩效自评表（2025年度）\n\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t上年实际\n"
    "产出指标\t数量指标\t举办招商推介会\t≥40场\t48场\t43场\n"
    "产出指标\t数量指标\t接待客商\t≥300批次\t336批次\t305批次\n"))
LOG = SourceText(name="2025年工作记录.md", text=(
    "# 某县招商服务中心2025年工作记录\n\n## 2025-04-14\n\n"
    "招商推介周 4 月 8 日启动，4 月 14 日结束。期间举办招商推介会 12 场，接待客商 57 批次。\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [INDICATORS, LOG]).mentions if m.status != "ignored"}


def test_a_share_of_the_years_figure_named_by_its_measure_is_over_this_years_result():
    got = status("招商推介周自4月8日至4月14日，举办推介会12场，占全年场次的25.00%，达到四分之一。")
    assert got["25.00%"] == "derived"  # 12 ÷ 48


def test_a_share_over_last_years_figure_stays_unsupported():
    # 12 ÷ 43 (上年实际) = 27.91 %, 12 ÷ 40 (the target) = 30.00 %
    assert status("招商推介周自4月8日至4月14日，举办推介会12场，占全年场次的27.91%。")["27.91%"] == "unsupported"
    assert status("招商推介周自4月8日至4月14日，举办推介会12场，占全年场次的30.00%。")["30.00%"] == "unsupported"
