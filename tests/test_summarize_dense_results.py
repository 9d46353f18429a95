"""A report's main result is often its most figure-dense sentence — the count, its target, last year's figure and
the growth in one line ("全年接种疫苗48620剂次，完成目标的108.04%，比上年增加3215剂次，增长7.08%"). Such a sentence
is writing, not OCR debris, and a leadership summary must not drop it for the figures it carries; digits that
crowd out the words with no unit to any of them still are debris. Units: a county CDC's immunisation programme
(县疾病预防控制中心免疫规划), a street's elderly canteen (长者饭堂)."""

from __future__ import annotations

from drafter.chains.summarize import summarize
from drafter.engines.offline_summary import _garbled

REPORT = """# 免疫规划项目2024年度绩效自评报告

## 一、预算执行情况

项目年初预算420.00万元，全年预算436.50万元，全年执行421.30万元，执行率96.52%，结余15.20万元。

## 二、绩效目标完成情况

全年接种免疫规划疫苗48620剂次，完成目标的108.04%，比上年增加3215剂次，增长7.08%；四季度接种12406剂次，占全年的25.52%。
开展预防接种门诊规范化督导36次，覆盖全部18个接种门诊。
适龄儿童免疫规划疫苗接种率98.7%，群众满意度95.3%。

## 三、存在问题

流动儿童建卡率93.2%，低于95%的目标，主要是部分流动人口居住地变动频繁。

## 四、改进措施

2025年联合村（社区）开展流动儿童入户摸排，按月比对出生登记信息。
"""


def test_the_figure_dense_main_result_sentence_is_a_point_of_the_summary(tmp_path):
    path = tmp_path / "自评报告.md"
    path.write_text(REPORT, encoding="utf-8")
    points = "".join(next(s for s in summarize(path, chars=500).sections if s.name == "主要成效").items)
    assert "48620剂次" in points


def test_a_figure_dense_sentence_with_its_units_is_no_debris():
    assert not _garbled("全年接种免疫规划疫苗48620剂次，完成目标的108.04%，比上年增加3215剂次，增长7.08%；")
    assert not _garbled("长者饭堂全年供餐126480人次，日均346.5人次，比上年增长11.26%，补贴43.27万元。")


def test_digits_that_crowd_out_the_words_without_units_are_still_debris():
    assert _garbled("预算420.00执行421.30完成96.52结余15.20")
    assert _garbled("任务1 59.12 100% 100%")
