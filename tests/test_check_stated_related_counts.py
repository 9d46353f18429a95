"""Counts and amounts the text derives from figures it states itself (issue 10, point 2), by the relation its words
name:

- a part right after its rate — '检测水样1,248份，合格率96.80%，合格1,208份': the whole its sentence stated before
  the rate, times the rate, when the rate's precision leaves one count only;
- the rest its words deny — '整治点位86个，完成整治74个；未完成整治的12个': the whole less the part whose words the
  negation (未 / 尚未 / 没有 / 不) takes;
- a mean of the figures it listed — '六个重点乡镇平均检测208.5份': the N figures of its unit the paragraph listed
  last, added and divided by N;
- a gap whose base a 与…相比 phrase names — '与年初预算相比，实际支出多3.26万元': the level its words name less the
  level the phrase names, as for 比.

Every positive case has its negative beside it: a part the rate does not give, a wrong rest, a wrong mean, a wrong
gap.

A county's rural drinking-water quality monitoring (县农村饮水水质监测项目): the form and the monitoring station's
record.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="水质监测项目自评表.yaml", data={
    "项目名称": "2024年县农村饮水水质监测项目",
    "项目资金": {"年初预算": "128.00万元", "调整后预算": "135.50万元", "实际支出": "131.26万元"},
    "绩效指标": [
        {"三级指标": "检测水样", "年度指标值": "≥1200份", "实际完成值": "1,248份", "上年实际": "1,130份"},
        {"三级指标": "水样合格率", "年度指标值": "≥95%", "实际完成值": "96.80%"},
        {"三级指标": "水源地隐患点位整治", "年度指标值": "≥70个", "实际完成值": "74个"},
        {"三级指标": "供水工程规范化管理纳入率", "年度指标值": "≥70%", "实际完成值": "76.3%", "上年实际": "71.2%"}],
})
RECORD = SourceText(name="监测站工作记录.md", text=(
    "# 县水质监测站2024年工作记录\n\n"
    "全县排查水源地隐患点位86个，年内完成整治74个。\n\n"
    "全年排查农村集中供水工程186处，其中纳入规范化管理台账142处。\n\n"
    "| 乡镇 | 检测水样（份） |\n| --- | --- |\n"
    "| 城关镇 | 252 |\n| 河口镇 | 236 |\n| 石桥镇 | 214 |\n| 青山乡 | 198 |\n| 柳林镇 | 187 |\n"
    "| 白沙乡 | 164 |\n| 东岭乡 | 61 |\n| 西坪乡 | 36 |\n"
    "| 合计 | 1,348 |\n"))
SOURCES = [FORM, RECORD]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


# -- 合格率r，合格N: the whole times its rate -----------------------------------------------------------------------

def test_a_part_right_after_its_rate_is_the_whole_times_the_rate():
    # 1,248 × 96.80 % = 1,208.06: 96.795–96.805 % of 1,248 is 1,208 and no other count
    got = status("全年检测水样1,248份，合格率96.80%，合格1,208份。")
    assert got["1,208份"] == "derived", got


def test_a_part_after_its_rate_in_other_words_is_the_whole_times_the_rate():
    got = status("全年共检测水样1,248份，水样合格率为96.80%，其中合格水样1,208份。")
    assert got["1,208份"] == "derived", got


def test_a_part_the_rate_does_not_give_is_unsupported():
    assert status("全年检测水样1,248份，合格率96.80%，合格1,210份。")["1,210份"] == "unsupported"


# -- 未X的N: the whole less the part its words deny ---------------------------------------------------------------

def test_the_rest_its_words_deny_is_the_whole_less_the_part():
    # 86 − 74 = 12
    got = status("全县排查水源地隐患点位86个，完成整治74个；未完成整治的12个已列入下年计划。")
    assert got["12个"] == "derived", got
    assert status("全县排查水源地隐患点位86个，完成整治74个，尚未完成整治12个。")["12个"] == "derived"


def test_the_rest_its_words_deny_is_not_the_part_they_name():
    # 未纳入台账 names 纳入台账's 142处 only to deny it: 186 − 142 = 44
    got = status("全年排查农村集中供水工程186处，纳入规范化管理台账142处，纳入率76.3%，比上年的71.2%提高5.1个百分点；"
                 "未纳入台账的44处。")
    assert got["44处"] == "derived", got


def test_a_wrong_rest_its_words_deny_is_unsupported():
    got = status("全县排查水源地隐患点位86个，完成整治74个；未完成整治的14个已列入下年计划。")
    assert got["14个"] == "unsupported", got
    got = status("全年排查农村集中供水工程186处，纳入规范化管理台账142处，纳入率76.3%；未纳入台账的46处。")
    assert got["46处"] == "unsupported", got


# -- N个X平均: the mean of the N figures it listed -------------------------------------------------------------------

LISTED = "分乡镇看，城关镇检测252份，河口镇236份，石桥镇214份，青山乡198份，柳林镇187份，白沙乡164份。"


def test_a_mean_of_the_n_figures_listed_is_their_sum_over_n():
    # (252 + 236 + 214 + 198 + 187 + 164) ÷ 6 = 1,251 ÷ 6 = 208.5
    got = status(LISTED + "六个重点乡镇平均检测208.5份。")
    assert got["208.5份"] == "derived", got
    assert status(LISTED + "6个重点乡镇平均每个检测水样208.5份。")["208.5份"] == "derived"


def test_a_wrong_mean_of_the_n_figures_listed_is_unsupported():
    assert status(LISTED + "六个重点乡镇平均检测210.5份。")["210.5份"] == "unsupported"


def test_a_mean_over_another_count_than_the_figures_listed_is_unsupported():
    # 1,251 ÷ 5 = 250.2: the words count five, the paragraph listed six
    assert status(LISTED + "五个重点乡镇平均检测250.2份。")["250.2份"] == "unsupported"


# -- 与X相比，Y多N: the gap to the level the phrase names ------------------------------------------------------------

BUDGET = "项目年初预算128.00万元，调整后预算135.50万元，实际支出131.26万元。"


def test_a_gap_whose_base_a_yu_xiangbi_phrase_names_is_the_difference_of_the_two_levels():
    # 131.26 − 128.00 = 3.26
    got = status(BUDGET + "与年初预算相比，实际支出多3.26万元。")
    assert got["3.26万元"] == "derived", got
    assert status(BUDGET + "同年初预算相比，实际支出增加3.26万元。")["3.26万元"] == "derived"


def test_a_wrong_gap_whose_base_a_yu_xiangbi_phrase_names_is_unsupported():
    assert status(BUDGET + "与年初预算相比，实际支出多3.62万元。")["3.62万元"] == "unsupported"
