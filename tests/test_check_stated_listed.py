"""Two more ways the words fix operands among the figures the text stated (issue 10, point 2):

- '人均办理案件38.2件、出庭54.6次': a figure listed with 、 right after an average is an average per the same count —
  the second total over the count the first was over, whatever record that total comes from;
- '…比宣传支出多6.25万元': the compared item is the level its paragraph stated that the words after 比 name best
  (普法宣传12.35万元 for 宣传支出), even where they name it by one word of its own.

Every positive case has its negative beside it: a wrong average, an average over another count, a year's total
over a record's own count, a wrong gap, a gap to an item the paragraph never stated.

A county legal aid centre (县法律援助中心): its form and its spending lines, which name the lines otherwise than the
text does.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="法律援助项目自评表.yaml", data={
    "项目名称": "2024年县法律援助中心法律援助项目",
    "基本情况": {"专职律师人数": "15名", "值班律师人数": "14名"},
    "绩效指标": [
        {"三级指标": "办理法律援助案件", "年度指标值": "≥500件", "实际完成值": "573件"},
        {"三级指标": "出庭次数", "年度指标值": "≥700次", "实际完成值": "819次"},
        {"三级指标": "法律咨询人次", "年度指标值": "≥5000人次", "实际完成值": "5400人次"}],
})
LOG = SourceText(name="工作日志.md", text="- 2024-12-20：全年开展普法下乡活动 24 场，受众 1920 人次。\n")
SPENDING = SourceText(name="支出明细.txt", text=(
    "项目支出明细（单位：万元）\n"
    "支出内容                  金额\n"
    "律师办案补贴及咨询服务    18.60\n"
    "普法活动及材料印制        12.35\n"
    "办公耗材                  4.10\n"
    "合计                      35.05\n"))
SOURCES = [FORM, SPENDING, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 人均X、Y: both per the same count -------------------------------------------------------------------------------

HEAD = "全年办理法律援助案件573件，出庭819次。"


def test_a_figure_listed_after_an_average_is_per_the_same_count():
    # 573 ÷ 15 = 38.2件; 819 ÷ 15 = 54.6次
    got = status(HEAD + "中心专职律师15名，人均办理案件38.2件、出庭54.6次。")
    assert got["38.2件"] == "derived"
    assert got["54.6次"] == "derived"


def test_a_wrong_figure_listed_after_an_average_is_unsupported():
    assert status(HEAD + "中心专职律师15名，人均办理案件38.2件、出庭56.4次。")["56.4次"] == "unsupported"


def test_a_figure_listed_after_an_average_over_another_count_is_unsupported():
    # 819 ÷ 14 (the duty lawyers) = 58.5: the 人均 is over the 15 its sentence counts
    assert status(HEAD + "中心专职律师15名，人均办理案件38.2件、出庭58.5次。")["58.5次"] == "unsupported"


def test_a_figure_listed_after_a_records_own_average_is_of_that_record():
    # 1920 ÷ 24 = 80 per activity, both of the log's line; 5400 ÷ 24 = 225 puts the year's consultations, no
    # figure of those activities, over them
    got = status("全年开展普法下乡活动24场，受众1920人次，平均每场受众80人次、咨询225人次。")
    assert got["80人次"] == "derived"
    assert got["225人次"] == "unsupported"


# -- 比X多: the item the words name best -----------------------------------------------------------------------------

LINES = "按用途分，普法宣传12.35万元，办公耗材4.10万元；法律咨询服务18.60万元，比{}多{}万元。"


def test_a_gap_to_the_stated_item_the_words_name_best_is_their_difference():
    # 18.60 − 12.35 = 6.25
    assert status(LINES.format("宣传支出", "6.25"))["6.25万元"] == "derived"


def test_a_wrong_gap_to_the_named_item_is_unsupported():
    assert status(LINES.format("宣传支出", "6.52"))["6.52万元"] == "unsupported"


def test_a_gap_to_an_item_the_paragraph_never_stated_is_unsupported():
    # 18.60 − 4.10 = 14.50, but the words name 差旅, which no figure of the paragraph is
    assert status(LINES.format("差旅支出", "14.50"))["14.50万元"] == "unsupported"


BOTH_NAMED = "按用途分，法律咨询服务18.60万元，普法宣传12.35万元，办公耗材4.10万元。法律咨询服务比普法宣传多{}万元。"


def test_a_gap_with_no_figure_of_its_own_is_between_the_two_levels_its_words_name():
    # 18.60 − 12.35 = 6.25: the words before 比 name one stated level, those after it the other
    assert status(BOTH_NAMED.format("6.25"))["6.25万元"] == "derived"


def test_a_wrong_gap_between_two_named_levels_is_unsupported():
    assert status(BOTH_NAMED.format("5.25"))["5.25万元"] == "unsupported"


def test_a_gap_between_a_named_level_and_an_item_never_stated_is_unsupported():
    # 18.60 − 4.10 = 14.50, but 差旅 is no item the paragraph stated
    text = BOTH_NAMED.replace("比普法宣传多", "比差旅支出多").format("14.50")
    assert status(text)["14.50万元"] == "unsupported"
