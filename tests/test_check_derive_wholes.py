"""Wholes and counts a derivation takes (issue 10): a share's whole is a figure of the same year that is no
target, named by the words before 总数 / 总量 / 总额; an average per measure word (平均每场) is over a count in
that measure word, found beside the total wherever the sources state that total; an amount stated without a
unit is taken in the text's unit.

A street cultural station (街道综合文化站): its indicator form and its activity log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="文化站绩效自评表.yaml", data={
    "项目名称": "2023年街道公共文化服务项目",
    "绩效指标": [
        {"三级指标": "文化活动受众人次", "年度指标值": "≥2万人次", "实际完成值": "2.36万人次"},
        {"三级指标": "送戏下乡演出场次", "年度指标值": "≥20场", "实际完成值": "24场"},
        {"三级指标": "文化服务点数量", "年度指标值": "≥40个", "实际完成值": "45个", "上年完成值": "38个"}],
})
LOG = SourceText(name="文化站活动记录.md", text=(
    "全年举办广场文化活动38场，受众2.36万人次。\n"
    "2022年送戏下乡演出19场。\n"
    "文化服务点中，综合文化室6个、农家书屋14个、文化广场25个。\n\n"
    "| 项目 | 受益人数 | 经费 |\n| --- | --- | --- |\n| 送戏下乡 | 360人 | 86,400 |\n| 书画培训 | 120人 | 30,000 |\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_an_average_per_measure_word_divides_by_a_count_in_that_measure_word():
    assert status("文化活动平均每场受众621人次。")["621人次"] == "derived"  # 2.36万人次 ÷ 38场
    assert status("文化活动平均每场受众721人次。")["721人次"] == "unsupported"


def test_a_share_of_a_total_takes_the_total_the_words_before_zongshu_name():
    assert status("文化广场占文化服务点总数的55.56%。")["55.56%"] == "derived"  # 25 ÷ 45


def test_a_share_is_never_of_the_target_or_of_another_years_figure():
    assert status("文化广场占文化服务点总数的62.5%。")["62.5%"] == "unsupported"  # 25 ÷ 40, the target
    assert status("文化广场占文化服务点总数的65.79%。")["65.79%"] == "unsupported"  # 25 ÷ 38, last year's


def test_an_amount_without_a_unit_is_taken_in_the_texts_unit_for_an_average():
    assert status("送戏下乡人均成本240元。")["240元"] == "derived"  # 86,400 ÷ 360人
    assert status("书画培训人均成本240元。")["240元"] == "unsupported"  # 30,000 ÷ 120人 is 250


def test_a_rate_of_change_after_the_change_relates_the_same_two_figures():
    # 24 (the form) − 19 (the log's 2022) = 5; then 5 ÷ 19 = 26.3 %
    assert status("送戏下乡演出较上年增加5场，增长超过两成。")["超过两成"] == "derived"
    assert status("送戏下乡演出较上年增加5场，增长不足两成。")["不足两成"] == "unsupported"


def test_a_total_is_named_by_the_words_before_zongshu_however_short_its_fields_name():
    stations = SourceData(name="监测站点.yaml", data={"监测站点": {"目标": "≥42个", "实际": "45个", "上年": "38个"}})
    log = SourceText(name="站点台账.md", text="水文站6个，水位站14个，雨量站25个。\n")
    got = lambda text: {m.text: m.status for m in check(text, [stations, log]).mentions}  # noqa: E731
    assert got("雨量站25个，占站点总数的55.56%。")["55.56%"] == "derived"  # 25 ÷ 45
    assert got("雨量站25个，占站点总数的59.52%。")["59.52%"] == "unsupported"  # 25 ÷ 42, the target
