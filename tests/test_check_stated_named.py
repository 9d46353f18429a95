"""Operands the words name among the figures the text stated (issue 10, point 2):

- 'A相当于B的N%' with no figure in its sentence: A and B are the levels the text stated before that the words
  before 相当于 and after it name best — as the text named them, whatever the sources call them;
- 'A、B、C三条…合计N公里，占M%': the sum of the items listed (their count, when the words give one, must be the
  list's) and its share of the whole those items are parts of;
- 'X率' right after a sum the text stated (全年合计6份，不合格率0.47%): that sum over the level of its unit the text
  stated before for what the sum's sentence counts (抽检).

Every positive case has its negative beside it: a base never stated, a flagged base, a count that is not the
list's, a wrong sum, a rate over a level of something else.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

# A district cultural centre (区文化馆): its form calls the figures 场馆参观人次 and 流动服务人次
CULTURE = [SourceData(name="文化馆项目自评表.yaml", data={
    "项目名称": "2024年区文化馆公共文化服务项目",
    "绩效指标": [
        {"三级指标": "场馆参观人次", "年度指标值": "≥15万人次", "实际完成值": "18.64万人次"},
        {"三级指标": "流动服务人次", "年度指标值": "≥3万人次", "实际完成值": "3.26万人次"},
        {"三级指标": "送戏下乡场次", "年度指标值": "≥40场", "实际完成值": "46场"}],
})]

# A town's rural roads (镇乡村道路养护): a table of roads with its 合计 row
ROADS = [SourceText(name="道路养护统计.md", text=(
    "# 2024年镇乡村道路养护统计\n\n"
    "| 道路 | 养护里程（公里） | 养护经费（万元） |\n"
    "| --- | --- | --- |\n"
    "| 东岭路 | 12.4 | 18.6 |\n"
    "| 西坑路 | 9.8 | 14.2 |\n"
    "| 南山路 | 7.6 | 10.9 |\n"
    "| 其他村道 | 30.2 | 26.3 |\n"
    "| 合计 | 60.0 | 70.0 |\n"))]

# A county water plant (县自来水厂): the form's sampling count and a log of the failed samples
WATER = [SourceData(name="水厂项目自评表.yaml", data={
    "项目名称": "2024年县自来水厂水质保障项目",
    "绩效指标": [
        {"三级指标": "水质抽检份数", "年度指标值": "≥1200份", "实际完成值": "1280份"},
        {"三级指标": "发放节水宣传资料", "年度指标值": "≥5000份", "实际完成值": "5000份"}],
}), SourceText(name="水质检测记录.md", text=(
    "- 2024-03-28：一季度水质抽检发现浊度超标样品 4 份，已复检整改。\n"
    "- 2024-09-25：三季度水质抽检发现余氯不足样品 2 份，已复检整改。\n"))]


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


# -- A相当于B的N%: both sides named -----------------------------------------------------------------------------------

CULTURE_TEXT = ("全年馆内活动参与18.64万人次，完成目标15万人次的124.27%。送戏下乡46场，流动文化服务3.26万人次。\n\n"
                "流动文化服务人次相当于馆内活动参与的{}。")


def test_a_ratio_with_no_figure_of_its_own_is_of_the_two_levels_its_words_name():
    # 3.26 ÷ 18.64 = 17.49 %
    assert status(CULTURE_TEXT.format("17.49%"), CULTURE)["17.49%"] == "derived"


def test_a_wrong_ratio_of_the_two_named_levels_is_unsupported():
    assert status(CULTURE_TEXT.format("17.94%"), CULTURE)["17.94%"] == "unsupported"


def test_a_ratio_over_a_level_the_text_never_stated_is_unsupported():
    # the sources call it 场馆参观人次: only the text's own 馆内活动参与 names it, and here the text never states it
    text = "送戏下乡46场，流动文化服务3.26万人次。\n\n流动文化服务人次相当于馆内活动参与的17.49%。"
    assert status(text, CULTURE)["17.49%"] == "unsupported"


def test_a_ratio_over_a_flagged_level_is_unsupported():
    # 18.46万 is not the centre's figure (18.64万): 3.26 ÷ 18.46 = 17.66 % leans on a figure the checker flagged
    text = "全年馆内活动参与18.46万人次。送戏下乡46场，流动文化服务3.26万人次。\n\n流动文化服务人次相当于馆内活动参与的17.66%。"
    got = status(text, CULTURE)
    assert got["18.46万人次"] == "unsupported"
    assert got["17.66%"] == "unsupported"


# -- A、B、C三条…合计: the sum of the items listed, and its share ---------------------------------------------------------

def test_a_sum_of_the_roads_listed_with_their_count_and_its_share_of_their_total():
    # 12.4 + 9.8 + 7.6 = 29.8公里; 29.8 ÷ 60.0 = 49.67 %
    got = status("东岭路、西坑路、南山路三条县道合计29.8公里，占49.67%；其他村道30.2公里，占50.33%。", ROADS)
    assert got["29.8公里"] == "derived"
    assert got["49.67%"] == "derived"


def test_a_sum_whose_count_is_not_the_lists_is_unsupported():
    # three roads listed, 两条 said: the words do not say which items add up
    assert status("东岭路、西坑路、南山路两条县道合计29.8公里。", ROADS)["29.8公里"] == "unsupported"


def test_a_wrong_sum_of_the_roads_listed_is_unsupported():
    assert status("东岭路、西坑路、南山路三条县道合计28.9公里。", ROADS)["28.9公里"] == "unsupported"


# -- X率 right after a stated sum: over the level of what its sentence counts ----------------------------------------

WATER_HEAD = "全年水质抽检1280份，完成目标1200份的106.67%；发放节水宣传资料5000份。"


def test_a_rate_after_a_stated_sum_is_over_the_level_its_sentence_counts():
    # 4 + 2 = 6份; 6 ÷ 1280 = 0.47 %
    got = status(WATER_HEAD + "一季度抽检不合格4份，三季度不合格2份，全年合计6份，不合格率0.47%。", WATER)
    assert got["6份"] == "derived"
    assert got["0.47%"] == "derived"


def test_a_rate_after_a_stated_sum_over_the_target_is_unsupported():
    # 6 ÷ 1200 = 0.50 %: over the target, which no rate is of
    got = status(WATER_HEAD + "一季度抽检不合格4份，三季度不合格2份，全年合计6份，不合格率0.50%。", WATER)
    assert got["0.50%"] == "unsupported"


def test_a_rate_after_a_stated_sum_over_a_level_of_something_else_is_unsupported():
    # 6 ÷ 5000 = 0.12 %: the leaflets share no word with what the sum's sentence counts
    got = status(WATER_HEAD + "一季度抽检不合格4份，三季度不合格2份，全年合计6份，不合格率0.12%。", WATER)
    assert got["0.12%"] == "unsupported"
