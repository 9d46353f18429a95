"""A derived figure whose operands its own sentence states: the relation is read from the words touching the figure
(a difference: 增加 / 减少 / 多 / 少 / 快 / 慢 / 提前 / 缩短 / 高 / 低; a change in per cent: 增长 / 下降; a gap in 个百分点;
an average: 日均 / 每X / X均; a rate: X率 / 调整率), and its operands are the figures the same sentence states before it —
the base the words name (比30分钟的时限, 比上年的1,185艘次, 由120.00万元调增为…) against the level the sentence is about
— in units that agree, at the precision the figure displays (issue 10, point 2; CHECKER.md principle 2).

Every positive case has a negative of another unit kind beside it: a wrong difference, the wrong direction, a base
the sentence does not state (比上年 with no last-year figure must not pick the target instead), a figure of another
measure word, an average over days of another sentence, a level that only happens to equal a difference.

Two units in no corpus: a county fishing-port management station (渔港管理站) and a municipal food inspection
institute (食品检验所), each with its project form and a short work log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

PORT = SourceData(name="渔港管理站项目自评表.yaml", data={
    "项目名称": "2024年县渔港管理站渔港安全监管项目",
    "项目资金": {"年初预算": "120.00万元", "全年预算": "138.00万元", "全年执行数": "131.46万元"},
    "支出明细": [
        {"支出内容": "港池航道疏浚", "疏浚长度": "3.6公里", "金额": "78.48万元"},
        {"支出内容": "码头护岸修复", "修复长度": "0.8公里", "金额": "29.60万元"},
        {"支出内容": "安全检查与签证服务", "金额": "23.38万元"}],
    "绩效指标": [
        {"三级指标": "渔船安全检查艘次", "年度指标值": "≥1200艘次", "实际完成值": "1326艘次", "上年实际": "1185艘次"},
        {"三级指标": "进出港签证办理时长", "年度指标值": "≤30分钟", "实际完成值": "18分钟"},
        {"三级指标": "渔民满意度", "年度指标值": "≥90%", "实际完成值": "96.4%", "上年实际": "93.7%"}],
})
PORT_LOG = SourceText(name="渔港工作记录.md", text=(
    "# 渔港安全监管工作记录\n\n"
    "- 6月1日至7月16日伏季休渔期，开展休渔渔船集中检查，历时46天，检查渔船1,058艘次。\n"
    "- 全年组织渔业船员适任考试412人次，考试合格389人次。\n"
    "- 全年签发渔船进出港签证4,860艘次，上年4,500艘次。\n"))
PORT_SOURCES = [PORT, PORT_LOG]

LAB = SourceData(name="食品检验所项目自评表.yaml", data={
    "项目名称": "2024年市食品检验所食品安全抽检监测项目",
    "项目资金": {"年初预算": "560.00万元", "全年预算": "540.00万元", "全年执行数": "526.32万元"},
    "绩效指标": [
        {"三级指标": "食品抽检批次", "年度指标值": "≥2400批次", "实际完成值": "2450批次"},
        {"三级指标": "检验报告出具时限", "年度指标值": "≤15个工作日", "实际完成值": "12个工作日"},
        {"三级指标": "抽检任务完成率", "年度指标值": "≥95%", "实际完成值": "97.62%"}],
})
LAB_LOG = SourceText(name="检验工作记录.md", text=(
    "# 抽检监测工作记录\n\n"
    "- 全年抽检食品2,450批次（上年2,200批次），检出不合格58批次。\n"
    "- 节前专项抽检历时21天，抽检食品336批次。\n"))
LAB_SOURCES = [LAB, LAB_LOG]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def port(text: str) -> dict[str, str]:
    return status(text, PORT_SOURCES)


def lab(text: str) -> dict[str, str]:
    return status(text, LAB_SOURCES)


# -- a difference against a base the 比 phrase states ----------------------------------------------------------------

def test_faster_than_a_stated_time_limit_is_the_limit_less_the_time():
    got = port("进出港签证平均办理时长18分钟，比30分钟的时限快12分钟。")
    assert got["12分钟"] == "derived"  # 30 − 18


def test_a_wrong_gap_to_a_stated_time_limit_is_unsupported():
    got = lab("检验报告平均出具时间12个工作日，比15个工作日的时限快4个工作日。")
    assert got["4个工作日"] == "unsupported"  # 15 − 12 = 3


def test_slower_than_a_stated_limit_when_the_time_is_shorter_is_unsupported():
    got = lab("检验报告平均出具时间12个工作日，比15个工作日的时限慢3个工作日。")
    assert got["3个工作日"] == "unsupported"  # 12 is faster than 15: 慢 says the other way


def test_a_gap_to_last_year_that_the_sentence_does_not_state_takes_no_target_instead():
    # 15 − 12 = 3, but 15 is the time limit: the sentence states no last year's time, the sources none either
    got = lab("检验报告平均出具时间12个工作日，时限为15个工作日，比上年快3个工作日。")
    assert got["3个工作日"] == "unsupported"


def test_more_than_last_years_stated_count_is_the_difference_of_the_two():
    got = port("全年开展渔船安全检查1,326艘次，比上年的1,185艘次增加141艘次，增长11.90%。")
    assert got["141艘次"] == "derived" and got["11.90%"] == "derived"


def test_a_wrong_growth_over_a_stated_base_is_unsupported():
    got = lab("全年抽检食品2,450批次，比目标的2,400批次增加50批次，增长3.08%。")
    assert got["50批次"] == "derived"
    assert got["3.08%"] == "unsupported"  # 50 ÷ 2,400 = 2.08 %


def test_a_level_that_equals_a_difference_of_the_sentences_figures_is_not_derived():
    # 1,326 − 1,185 = 141, but 141处 is a count of hazards, a level no source states
    got = port("全年开展渔船安全检查1,326艘次，比上年的1,185艘次增加141艘次，整改安全隐患141处。")
    assert got["141处"] == "unsupported"


def test_a_small_level_that_equals_a_gap_of_the_sentence_is_not_derived():
    got = lab("检验报告平均出具时间12个工作日，比15个工作日的时限快3个工作日，开设受理窗口3个。")
    assert got["3个工作日"] == "derived"
    assert got["3个"] == "unsupported"


# -- a gap in 个百分点 between two rates the sentence states ------------------------------------------------------

def test_points_above_a_stated_target_rate():
    got = lab("抽检任务完成率97.62%，高于95%的目标2.62个百分点。")
    assert got["2.62个百分点"] == "derived"


def test_wrong_points_above_a_stated_rate_are_unsupported():
    got = port("渔民满意度96.4%，比上年的93.7%提高3.7个百分点。")
    assert got["3.7个百分点"] == "unsupported"  # 96.4 − 93.7 = 2.7
    assert port("渔民满意度96.4%，比上年的93.7%提高2.7个百分点。")["2.7个百分点"] == "derived"


# -- an average over a count its sentence states --------------------------------------------------------------------

def test_a_daily_average_over_days_stated_before_the_total():
    got = port("伏季休渔期集中检查历时46天，检查渔船1,058艘次，日均23.00艘次。")
    assert got["23.00艘次"] == "derived"  # 1,058 ÷ 46


def test_a_daily_average_in_another_measure_word_is_unsupported():
    got = lab("节前专项抽检历时21天，抽检食品336批次，日均16.00人次。")
    assert got["16.00人次"] == "unsupported"  # 336 ÷ 21 = 16 批次, not 人次


def test_a_wrong_daily_average_over_stated_days_is_unsupported():
    got = lab("节前专项抽检历时21天，抽检食品336批次，日均17.00批次。")
    assert got["17.00批次"] == "unsupported"


def test_a_per_length_cost_of_the_record_its_length_is_traced_to():
    got = port("全年疏浚港池航道3.6公里，每公里疏浚费用21.80万元。")
    assert got["21.80万元"] == "derived"  # 78.48万元 ÷ 3.6公里, of the same spending line


def test_a_per_length_cost_of_another_lines_money_is_unsupported():
    # 78.48 ÷ 3.6 = 21.80 is dredging's; the revetment's 0.8公里 cost 29.60万元 (37.00万元 a kilometre)
    got = port("全年修复码头护岸0.8公里，每公里修复费用21.80万元。")
    assert got["21.80万元"] == "unsupported"


# -- a rate of figures the text stated ------------------------------------------------------------------------------

def test_a_pass_rate_over_the_figure_right_before_it_of_a_part_named_earlier():
    got = port("全年组织渔业船员适任考试412人次，合格389人次，考试合格率94.42%。")
    assert got["94.42%"] == "derived"  # 389 ÷ 412


def test_a_wrong_failure_rate_is_unsupported():
    got = lab("全年抽检食品2,450批次，检出不合格58批次，不合格率2.73%。")
    assert got["2.73%"] == "unsupported"  # 58 ÷ 2,450 = 2.37 %
    assert lab("全年抽检食品2,450批次，检出不合格58批次，不合格率2.37%。")["2.37%"] == "derived"


def test_an_adjustment_rate_is_the_change_over_the_amount_it_changed_from():
    got = port("项目预算由120.00万元调增为138.00万元，调增18.00万元，调整率15.00%。")
    assert got["18.00万元"] == "derived" and got["15.00%"] == "derived"  # 18 ÷ 120


def test_an_adjustment_rate_over_the_amount_it_changed_to_is_unsupported():
    got = lab("项目预算由560.00万元调减为540.00万元，调减20.00万元，调整率-3.70%。")
    assert got["20.00万元"] == "derived"
    assert got["-3.70%"] == "unsupported"  # 20 ÷ 540: the base is what it changed from, 560 (−3.57 %)


# -- a later 比上年 with no figure of its own, after the sentence stated last year's figure -------------------------

def test_a_growth_over_last_year_the_sentence_stated_before_is_over_that_figure():
    got = lab("全年抽检食品2,450批次，比上年的2,200批次增加250批次，抽检量比上年增长11.36%。")
    assert got["250批次"] == "derived" and got["11.36%"] == "derived"  # 250 ÷ 2,200


def test_a_growth_over_last_year_equal_to_another_records_growth_is_unsupported():
    # the visas grew 8.00 %; 11.90 % is the safety checks' growth (1,326 over 1,185), a record the words do not name
    got = port("全年签发进出港签证4,860艘次，比上年的4,500艘次增加360艘次，签证量比上年增长11.90%。")
    assert got["11.90%"] == "unsupported"


def test_a_growth_whose_words_name_another_record_is_not_held_to_the_stated_pair():
    got = port("全年签发进出港签证4,860艘次，比上年的4,500艘次增加360艘次，渔船安全检查比上年增长11.90%。")
    assert got["11.90%"] == "derived"  # 1,326 over 1,185: the words name the safety checks


# -- a base the sentence states but the sources do not: the change is of that quantity or of none -------------------

def test_a_change_after_a_wrong_base_is_not_taken_from_another_records_pair():
    # last year's visas are 4,500, not 4,600; 141 and 11.90 % are the safety checks' (1,326 − 1,185), whose record
    # the words do not name: the sentence compares the visas with a base it states
    got = port("全年签发进出港签证4,860艘次，比上年的4,600艘次增加141艘次，增长11.90%。")
    assert got["4,600艘次"] == "unsupported"
    assert got["141艘次"] == "unsupported" and got["11.90%"] == "unsupported"


def test_a_change_after_a_wrong_base_may_still_be_the_quantitys_own_change():
    # the base 2,300 is wrong (the sources give 2,200), yet 250 and 11.36 % are the samples' true change: a pair of
    # the level the sentence compares still gives them
    got = lab("全年抽检食品2,450批次，比上年的2,300批次增加250批次，增长11.36%。")
    assert got["2,300批次"] == "unsupported"
    assert got["250批次"] == "derived" and got["11.36%"] == "derived"
