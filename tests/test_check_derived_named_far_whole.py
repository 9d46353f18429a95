"""A share's whole its words name is the figure the text told of it, however far before (issue 10): "第一批占全年示范
面积的45.00%" is 1.62万亩 (the batch its words name) over the 示范面积3.60万亩 told four paragraphs earlier — a whole the
sources give in the form, its batches in a log, so no source structure ties them; the words do. The other batch's share
given to the first, or a share of another value, stays unsupported.

A hybrid rice research centre (塔城), 2025.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 塔城地区杂交水稻研究中心 2025年新组合示范推广项目支出绩效自评表\n\n## 项目资金（万元）\n\n"
    "| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | ---: | ---: | ---: | ---: |\n"
    "| 年度资金总额 | 210.00 | 210.00 | 200.00 | 95.24% |\n\n## 绩效指标\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n| 推广新组合 | ≥10个 | 12个 |\n"
    "| 示范面积 | ≥3.5万亩 | 3.60万亩 |\n| 培训农技人员 | ≥500人次 | 560人次 |\n| 农户满意度 | ≥90% | 94.5% |\n"))
LOG = SourceText(name="示范日志.txt", text=(
    "塔城地区杂交水稻研究中心 2025年示范日志\n2025年4月10日　第一批示范开始。\n2025年4月25日　第一批示范结束，示范1.62万亩。\n"
    "2025年5月8日　第二批示范开始。\n2025年5月20日　第二批示范结束，示范1.98万亩。\n"))
BODY = ("全年推广新组合12个，示范面积3.60万亩，完成目标3.5万亩的102.86%。\n\n"
        "培训农技人员560人次，农户满意度94.5%。\n\n项目支出200.00万元，执行率95.24%。\n\n资金按计划拨付。\n\n"
        "示范分两批：第一批4月10日至4月25日，示范1.62万亩；第二批5月8日至5月20日，示范1.98万亩，比第一批多0.36万亩。")


def status(tail: str) -> dict[str, str]:
    text = BODY + tail
    return {m.text: m.status for m in check(text, [FORM, LOG]).mentions if m.start >= len(BODY)}


def test_a_share_of_a_whole_its_words_name_takes_the_figure_told_of_it_far_before():
    assert status("第一批占全年示范面积的45.00%。")["45.00%"] == "derived"  # 1.62 ÷ 3.60


def test_the_other_batchs_share_or_another_value_stays_unsupported():
    assert status("第一批占全年示范面积的55.00%。")["55.00%"] == "unsupported"  # 第二批's 1.98 ÷ 3.60
    assert status("第一批占全年示范面积的46.00%。")["46.00%"] == "unsupported"
