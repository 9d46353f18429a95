"""Relations of counts, quantities and days (issue 10, brief "counts"): what the rows a sentence names and the dates
its paragraph states give — keyed on structure, not on one phrasing.

- The count of the set a row is compared within (在六个县（市、区）中最少) is the number of rows its table lists, and
  最少 / 最多 must be true of the row the sentence names, in the column its figure is of.
- Days: 自A…至B is one period through its last day whatever event words stand between; 间隔 / 相隔 between two
  periods its sentence states is from the first one's end to the second one's start; 提前 / 推迟 a deadline counts
  from the completion date of the event the sentence names, stated earlier in its paragraph.
- 上半年X，下半年Y: the year's figure its paragraph stated less the other half's, when the sentence itself names no
  measure.
- A per-row average of counts (每个演出点演出场次，东湖区12.60场): the row's figure over its count of what 每X names.

Each positive has its planted twin beside it (another row's value, one day off, the wrong whole) that stays
unsupported. Unit kinds: a 剧团 (艺术剧院), a 体育运动学校, a 慈善总会.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

# -- a 剧团's 送戏下乡 ledger by county: six rows and a 合计 ----------------------------------------------------------------

THEATRE_FORM = SourceData(name="送戏下乡项目自评表.yaml", data={
    "项目名称": "2024年青州市艺术剧院送戏下乡项目",
    "项目资金": {"全年预算数": "180.00万元", "全年执行数": "174.36万元"},
    "绩效指标": [
        {"三级指标": "送戏下乡演出场次", "年度指标值": "≥500场", "实际完成值": "600场"},
        {"三级指标": "观众满意度", "年度指标值": "≥90%", "实际完成值": "95.2%"},
    ],
})
THEATRE_LEDGER = SourceText(name="分县送戏下乡台账.md", text=(
    "2024年分县（市、区）送戏下乡台账\n\n"
    "| 区县 | 演出场次（场） | 观众（人次） | 演出点（个） |\n"
    "| --- | --- | --- | --- |\n"
    "| 东湖区 | 126 | 38,460 | 10 |\n"
    "| 西岭区 | 98 | 29,120 | 8 |\n"
    "| 青溪县 | 84 | 22,350 | 7 |\n"
    "| 白沙县 | 112 | 31,080 | 9 |\n"
    "| 云台市 | 95 | 27,640 | 8 |\n"
    "| 石门县 | 85 | 23,150 | 6 |\n"
    "| 合计 | 600 | 171,800 | 48 |\n"))
THEATRE = [THEATRE_FORM, THEATRE_LEDGER]


def theatre(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, THEATRE).mentions}


def test_the_set_a_row_is_compared_within_is_the_rows_its_table_lists():
    got = theatre("青溪县演出84场，在六个县（市、区）中最少。")
    assert got["84场"] == "exact", got
    assert got["六个"] != "unsupported", got


def test_a_set_of_another_count_than_the_table_lists_is_unsupported():
    got = theatre("青溪县演出84场，在七个县（市、区）中最少。")
    assert got["七个"] == "unsupported", got


def test_fewest_said_of_a_row_that_is_not_the_fewest_is_unsupported():
    got = theatre("西岭区演出98场，在六个县（市、区）中最少。")
    assert got["98场"] == "exact", got
    assert got["六个"] == "unsupported", got
    got = theatre("东湖区演出126场，在六个县（市、区）中最多。")
    assert got["六个"] != "unsupported", got
    got = theatre("白沙县演出112场，在六个县（市、区）中最多。")
    assert got["六个"] == "unsupported", got


def test_a_per_row_average_of_counts_is_the_rows_figure_over_its_count_of_what_each_names():
    # 126 ÷ 10 = 12.60; 98 ÷ 8 = 12.25; 85 ÷ 6 = 14.17
    got = theatre("每个演出点演出场次，东湖区12.60场，西岭区12.25场，石门县14.17场。")
    assert got["12.60场"] == "derived", got
    assert got["12.25场"] == "derived", got
    assert got["14.17场"] == "derived", got


def test_another_rows_average_is_unsupported():
    got = [m.status for m in check("每个演出点演出场次，东湖区12.60场。西岭区每个演出点演出12.60场。", THEATRE).mentions]
    assert got == ["derived", "unsupported"], got
    got = theatre("西岭区每个演出点演出12.60场。")
    assert got["12.60场"] == "unsupported", got


# -- a 体育运动学校's training camps: dated periods in a log -------------------------------------------------------------

SCHOOL_FORM = SourceData(name="青少年集训项目自评表.yaml", data={
    "项目名称": "2025年青州市体育运动学校青少年集训项目",
    "项目资金": {"全年预算数": "96.00万元", "全年执行数": "93.12万元"},
    "绩效指标": [
        {"三级指标": "春季集训完成时间", "年度指标值": "7月15日前", "实际完成值": "7月4日",
         "上年实际": "6月30日"},
        {"三级指标": "集训学员人次", "年度指标值": "≥1200人次", "实际完成值": "1386人次"},
        {"三级指标": "集训课时", "年度指标值": "≥4000课时", "实际完成值": "4680课时"},
        {"三级指标": "参训满意度", "年度指标值": "≥90%", "实际完成值": "96.1%"},
    ],
})
SCHOOL_LOG = SourceText(name="2025年集训工作记录.md", text=(
    "# 2025年集训工作记录\n\n"
    "- 3月3日：春季集训队伍进驻训练基地，东湖区、西岭区、青溪县、白沙县同步选拔。\n"
    "- 7月4日：春季集训全部结束。\n"
    "- 9月8日：秋季集训开营。\n"
    "- 12月19日：秋季集训结营。\n"
    "- 7月5日：上半年集训学员612人次。\n"
    "- 11月20日：训练基地安全检查发现隐患46处，整改完成41处。\n"
    "- 8月10日：暑期集训营结营，参训320人次。\n"))
SCHOOL = [SCHOOL_FORM, SCHOOL_LOG]


def school(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SCHOOL).mentions}


def test_a_period_opened_by_zi_runs_through_its_last_day_whatever_words_stand_before_zhi():
    # 3月3日 … 7月4日, both counted: 29 + 30 + 31 + 30 + 4 = 124
    got = school("春季集训自3月3日进驻基地至7月4日全部结束，共124天。")
    assert got["124天"] == "derived", got
    got = school("春季集训自3月3日进驻基地至7月4日全部结束，共123天。")
    assert got["123天"] == "unsupported", got


def test_the_gap_between_two_periods_is_from_the_first_ones_end_to_the_seconds_start():
    # 7月4日 → 9月8日: 27 + 31 + 8 = 66 days between
    text = "春季集训自3月3日至7月4日，共124天；秋季集训自9月8日至12月19日，共103天；春季与秋季集训之间间隔{}天。"
    got = school(text.format(66))
    assert got["103天"] == "derived", got
    assert got["66天"] == "derived", got
    assert school(text.format(67))["67天"] == "unsupported"
    assert school(text.format(65))["65天"] == "unsupported"


def test_days_early_count_from_the_completion_its_paragraph_stated_for_the_event_named():
    # 7月15日 − 7月4日 = 11; 上年 6月30日 → 7月4日 is 4 days later
    text = "春季集训自3月3日进驻基地至7月4日全部结束，共124天。春季集训比“7月15日前”的要求提前{}天完成，比上年6月30日推迟{}天。"
    got = school(text.format(11, 4))
    assert got["11天"] == "derived", got
    assert got["4天"] == "derived", got
    got = school(text.format(12, 5))
    assert got["12天"] == "unsupported", got
    assert got["5天"] == "unsupported", got


def test_the_second_half_is_the_year_its_paragraph_stated_less_the_first_half():
    # 1386 − 612 = 774
    got = school("全年集训学员1386人次，完成目标的115.50%。其中上半年612人次，下半年774人次。")
    assert got["774人次"] == "derived", got
    got = school("全年集训学员1386人次，完成目标的115.50%。其中上半年612人次，下半年784人次。")
    assert got["784人次"] == "unsupported", got


def test_a_count_of_days_said_again_of_another_season_is_no_restatement():
    got = [m.status for m in check("春季集训自3月3日进驻基地至7月4日全部结束，共124天。秋季集训共124天。", SCHOOL).mentions
           if m.text == "124天"]
    assert got == ["derived", "unsupported"], got


def test_days_early_count_from_the_completion_of_the_season_the_sentence_names():
    # the autumn period ends later in the paragraph: the spring's 7月4日 is the one 春季 names
    text = "春季集训自3月3日至7月4日，共124天；秋季集训自9月8日至12月19日，共103天。春季集训比“7月15日前”的要求提前{}天完成。"
    assert school(text.format(11))["11天"] == "derived"
    assert school(text.format(10))["10天"] == "unsupported"


# -- a 慈善总会's statistics as JSON, the units of its fields in a legend (计量说明) -----------------------------------

CHARITY = [SourceData(name="慈善救助统计.json", data={
    "单位": "青州市慈善总会",
    "年度": 2025,
    "计量说明": {"救助站点": "个", "救助对象": "人次", "计划救助": "人次", "志愿服务时长": "万小时"},
    "分区县统计": [
        {"区县": "东湖区", "救助站点": 16, "救助对象": 2480, "计划救助": 2400, "志愿服务时长": 3.2},
        {"区县": "西岭区", "救助站点": 12, "救助对象": 1850, "计划救助": 1900, "志愿服务时长": 2.6},
        {"区县": "青溪县", "救助站点": 9, "救助对象": 1210, "计划救助": 1300, "志愿服务时长": 1.7},
    ],
    "合计": {"救助站点": 37, "救助对象": 5540, "计划救助": 5600, "志愿服务时长": 7.5},
})]


def charity(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CHARITY).mentions}


def test_a_legend_of_units_gives_each_field_its_unit():
    # 3.2 ÷ 7.5 = 42.67 %; 2480 ÷ 16 = 155.00 人次 per 站点
    got = charity("东湖区志愿服务时长3.2万小时，占全市的42.67%；每个救助站点救助对象，东湖区155.00人次。")
    assert got["3.2万小时"] == "exact", got
    assert got["42.67%"] == "derived", got
    assert got["155.00人次"] == "derived", got
    got = charity("东湖区志愿服务时长3.2万小时，占全市的34.67%；每个救助站点救助对象，东湖区154.17人次。")
    assert got["34.67%"] == "unsupported", got  # 2.6 ÷ 7.5: 西岭区's share
    assert got["154.17人次"] == "unsupported", got  # 1850 ÷ 12: 西岭区's
    assert charity("东湖区志愿服务时长3.2小时。")["3.2小时"] == "unsupported"  # 万小时 in the legend


def test_the_extreme_is_of_the_figure_right_before_the_set_not_of_an_earlier_one():
    # 84 is the fewest 场; the share after it is what 最低 is said of here, and no source row states it
    got = theatre("白沙县演出112场，占18.67%，在六个县（市、区）中最低。")
    assert got["六个"] != "unsupported", got


def test_a_share_within_one_row_is_its_column_the_words_name_over_the_column_after_zhan():
    # 东湖区: 2480 ÷ 2400 = 103.33 %; 西岭区: 1850 ÷ 1900 = 97.37 %
    assert charity("东湖区救助对象2480人次，占本区计划救助的103.33%。")["103.33%"] == "derived"
    assert charity("西岭区救助对象1850人次，占本区计划救助的97.37%。")["97.37%"] == "derived"
    assert charity("西岭区救助对象1850人次，占本区计划救助的103.33%。")["103.33%"] == "unsupported"


def test_a_second_half_share_is_of_the_year_its_half_was_taken_from():
    # 774 ÷ 1386 = 55.84 %; 612 ÷ 1386 = 44.16 % is the first half's
    text = "全年集训学员1386人次，完成目标的115.50%。其中上半年612人次，下半年774人次，下半年占{}。"
    assert school(text.format("55.84%"))["55.84%"] == "derived"
    assert school(text.format("44.16%"))["44.16%"] == "unsupported"


def test_an_average_per_each_of_a_tables_rows_is_its_whole_over_their_number():
    # 600 ÷ 6 rows = 100.00; over five it would be 120
    assert theatre("全年送戏下乡600场，平均每个县（市、区）100.00场。")["100.00场"] == "derived"
    assert theatre("全年送戏下乡600场，平均每个县（市、区）120.00场。")["120.00场"] == "unsupported"


def test_a_count_a_summary_paragraph_says_again_is_the_derivation_it_restates():
    text = "训练基地安全检查发现隐患46处，整改完成41处，尚有5处待整改。\n\n一是训练基地安全隐患尚有{}处未整改；二是部分器材老化。"
    got = [m.status for m in check(text.format(5), SCHOOL).mentions if m.text == "5处"]
    assert got == ["derived", "derived"], got
    got = [m.status for m in check(text.format(6), SCHOOL).mentions if m.text == "6处"]
    assert got == ["unsupported"], got


def test_the_rest_of_a_tables_rows_after_those_named_is_their_count_and_the_whole_less_theirs():
    # six rows less the two named: 四个; 600 − 126 − 98 = 376
    got = theatre("全年送戏下乡600场，其中东湖区126场、西岭区98场，其余四个县（市）合计376场。")
    assert got["四个"] == "derived", got
    assert got["376场"] == "derived", got
    got = theatre("全年送戏下乡600场，其中东湖区126场、西岭区98场，其余五个县（市）合计366场。")
    assert got["五个"] == "unsupported", got
    assert got["366场"] == "unsupported", got


def test_a_count_of_items_a_log_line_lists_is_the_lists_length():
    # the log lists four districts on one line; the text names two of them and counts the list
    assert school("春季集训在东湖区、西岭区等四个县区同步选拔。")["四个"] == "derived"
    assert school("春季集训在东湖区、西岭区等五个县区同步选拔。")["五个"] != "derived"


def test_a_share_of_the_whole_year_is_of_the_years_figure_of_that_measure_in_the_sources():
    # 320 ÷ 1386 = 23.09 %: the log's camp over the form's year
    assert school("暑期集训营参训学员320人次，占全年的23.09%。")["23.09%"] == "derived"
    assert school("暑期集训营参训学员320人次，占全年的24.09%。")["24.09%"] == "unsupported"


def test_a_rate_of_its_target_after_a_second_result_is_that_results_own():
    # 4680 ÷ 4000 = 117.00 %; the first result's 115.50 % is no rate of the second
    text = "全年集训学员1386人次，完成1200人次目标的115.50%，集训课时4680课时，完成目标的{}。"
    assert school(text.format("117.00%"))["117.00%"] == "derived"
    assert [m.status for m in check(text.format("115.50%"), SCHOOL).mentions if m.text == "115.50%"] \
        == ["derived", "unsupported"]


def test_a_sum_after_a_figure_given_to_each_of_the_items_listed_is_that_figure_times_their_number():
    # 西岭区 and 云台市 have 8 演出点 each: 8 × 2 = 16
    assert theatre("西岭区、云台市各有演出点8个，合计16个。")["16个"] == "derived"
    assert theatre("西岭区、云台市各有演出点8个，合计18个。")["18个"] == "unsupported"
