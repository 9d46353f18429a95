"""Figures the text relates to figures it told (issue 10): the words name the other operand, the paragraph told it.

- a comparison naming a sibling item (比第一批多 / 比第二轮少): the other operand is the figure of the target's
  measure word told before in the paragraph under that item (the segment it opens: 第一批…完成236段), the new one the
  figure its own clause chain told (or the item the clause before it named: 第一批占…，比第二批多); the gap has the
  side 多 / 少 says;
- a told sum (两批合计 / 两轮共 heading the sentence, carried to its bare clauses: …，观众3.02万人次), then a part's
  share of it (第一批占) and a gap between the parts;
- 由X增至Y where the earlier column of the row carries no measure word of its own (上年监测井 beside 监测井(眼)).

Each positive has its planted negative beside it: the swapped subject, the wrong side word, the wrong sibling, a
share of the wrong whole.

Three units: 吴忠市天然气管网运行中心 (two and three batches of pipe patrols and valve overhauls), 石嘴山市交响乐团
(two rounds of community concerts), 中卫市盐湖资源管理局 (a whitespace ledger of monitoring wells).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

PIPE_FORM = SourceData(name="管网项目自评表.yaml", data={
    "项目名称": "2024年吴忠市天然气管网运行中心管网安全运行保障项目",
    "资金": {"市级财政资金": "1,860,000元", "实际支出": "1,742,300元"},
    "绩效指标": [
        {"三级指标": "巡检管段", "年度指标值": "≥700段", "实际完成值": "757段"},
        {"三级指标": "检修阀门", "年度指标值": "≥2000个", "实际完成值": "2,177个"}],
})
PIPE_LOG = SourceText(name="管网运行记录.md", text=(
    "- 4月8日 第一批管道巡检在利通区开始，4月19日结束，巡检管段236段。\n"
    "- 9月2日 第二批管道巡检在青铜峡市开始，9月13日结束，巡检管段271段。\n"
    "- 11月4日 第三批管道巡检在同心县开始，11月15日结束，巡检管段250段。\n"
    "- 3月11日 第一批阀室检修开始，3月29日结束，检修阀门1,284个。\n"
    "- 9月16日 第二批阀室检修开始，9月27日结束，检修阀门893个。\n"))
PIPE = [PIPE_FORM, PIPE_LOG]

BAND_FORM = SourceData(name="乐团项目自评表.yaml", data={
    "项目名称": "2025年石嘴山市交响乐团公益演出项目",
    "资金": {"市级财政资金": "980,000元", "实际支出": "951,600元"},
    "绩效指标": [
        {"三级指标": "全年公益演出场次", "年度指标值": "≥90场", "实际完成值": "96场"},
        {"三级指标": "全年公益演出观众", "年度指标值": "≥7万人次", "实际完成值": "7.35万人次"}],
})
BAND_LOG = SourceText(name="乐团工作日志.txt", text=(
    "5月6日 “交响进社区”第一轮在大武口区开始，5月25日结束，演出22场，观众1.64万人次。\n"
    "10月8日 “交响进社区”第二轮在惠农区开始，10月27日结束，演出19场，观众1.38万人次。\n"))
BAND = [BAND_FORM, BAND_LOG]

SALT_LEDGER = SourceText(name="监测点台账.txt", text=(
    "监测点        监测井(眼)   采样(次)    上年监测井\n"
    "东湖区           36         412          32\n"
    "西湖区           28         356          24\n"
    "北岸区           31         380          30\n"
    "合计             95       1,148          86\n"
    "\n"
    "备注：第一轮质量复核5月10日至5月14日在东湖区进行，复核采样41次；第二轮10月9日至10月13日在北岸区进行，复核采样37次。\n"))
SALT_FORM = SourceData(name="盐湖项目自评表.yaml", data={
    "项目名称": "2023年中卫市盐湖资源管理局盐湖资源动态监测项目",
    "资金": {"市级财政资金": "640,000元", "实际支出": "612,800元"},
})
SALT = [SALT_FORM, SALT_LEDGER]


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


# --- a comparison naming a sibling item: that item's figure told before in the paragraph --------------------------

PATROL = ("管道巡检分两批：第一批4月8日至4月19日在利通区，巡检236段；"
          "第二批9月2日至9月13日在青铜峡市，巡检271段，比第一批多35段。")


def test_a_batch_compared_with_the_batch_its_words_name_takes_that_batchs_told_figure():
    assert status(PATROL, PIPE)["35段"] == "derived"  # 271 − 236


def test_a_gap_to_a_named_batch_with_the_wrong_side_word_stays_unsupported():
    assert status(PATROL.replace("多35段", "少35段"), PIPE)["35段"] == "unsupported"


def test_a_gap_to_a_named_batch_of_the_wrong_size_stays_unsupported():
    assert status(PATROL.replace("多35段", "多45段"), PIPE)["45段"] == "unsupported"


THREE = ("管道巡检分三批：第一批4月8日至4月19日在利通区，巡检236段；第二批9月2日至9月13日在青铜峡市，巡检271段；"
         "第三批11月4日至11月15日在同心县，巡检250段，比第一批多14段。")


def test_a_third_batch_compared_with_the_first_takes_the_first_batchs_figure():
    assert status(THREE, PIPE)["14段"] == "derived"  # 250 − 236


def test_a_gap_against_the_wrong_sibling_stays_unsupported():
    # 250 − 271 is below zero: 比第二批多 is false; 35 is 第二批's lead over 第一批, not 第三批's
    assert status(THREE.replace("比第一批多14段", "比第二批多14段"), PIPE)["14段"] == "unsupported"
    assert status(THREE.replace("比第一批多14段", "比第一批多35段"), PIPE)["35段"] == "unsupported"


# --- a told sum, a part's share of it, a gap between the parts -------------------------------------------------------

VALVES = ("阀室检修分两批：第一批3月11日至3月29日，检修阀门1,284个；第二批9月16日至9月27日，检修阀门893个。"
          "两批合计2,177个，第一批占58.98%，比第二批多391个。")


def test_a_part_named_by_its_batch_is_a_share_of_the_sum_told_before_it_and_leads_the_other_part():
    got = status(VALVES, PIPE)
    assert got["2,177个"] != "unsupported"
    assert got["58.98%"] == "derived"  # 1,284 ÷ 2,177
    assert got["391个"] == "derived"   # 1,284 − 893: the subject 第一批 carried from the clause before


def test_the_other_batch_named_with_the_first_batchs_share_stays_unsupported():
    assert status(VALVES.replace("第一批占58.98%", "第二批占58.98%"), PIPE)["58.98%"] == "unsupported"


def test_the_other_batchs_share_and_its_shortfall_are_derived_on_their_own_side():
    text = VALVES.replace("第一批占58.98%，比第二批多391个", "第二批占41.02%，比第一批少391个")
    got = status(text, PIPE)
    assert got["41.02%"] == "derived" and got["391个"] == "derived"


def test_a_gap_between_the_parts_with_the_wrong_side_word_stays_unsupported():
    assert status(VALVES.replace("比第二批多391个", "比第二批少391个"), PIPE)["391个"] == "unsupported"
    text = VALVES.replace("第一批占58.98%，比第二批多391个", "第二批占41.02%，比第一批多391个")
    assert status(text, PIPE)["391个"] == "unsupported"


CONCERTS = ("“交响进社区”分两轮：第一轮5月6日至5月25日在大武口区，演出22场、观众1.64万人次；"
            "第二轮10月8日至10月27日在惠农区，演出19场、观众1.38万人次。"
            "两轮共演出41场，占全年42.71%，观众3.02万人次，占全年观众的41.09%。")


def test_a_sum_heading_its_sentence_covers_its_bare_clauses_and_their_share_of_the_year():
    got = status(CONCERTS, BAND)
    assert got["41场"] == "derived" and got["42.71%"] == "derived"  # 22 + 19; ÷ 96
    assert got["3.02万人次"] == "derived"  # 1.64 + 1.38: 两轮共 heads the sentence
    assert got["41.09%"] == "derived"  # 3.02 ÷ 7.35


def test_a_wrong_sum_under_a_sum_heading_its_sentence_stays_unsupported():
    got = status(CONCERTS.replace("观众3.02万人次", "观众3.12万人次").replace("41.09%", "42.45%"), BAND)
    assert got["3.12万人次"] == "unsupported"


def test_the_audiences_share_written_as_the_shows_share_stays_unsupported():
    text = CONCERTS.replace("占全年观众的41.09%", "占全年观众的42.71%")
    got = status(text, BAND)
    assert got["3.02万人次"] == "derived"
    assert [m.status for m in check(text, BAND).mentions if m.text == "42.71%"][-1] == "unsupported"


# --- 由X增至Y: the earlier column carries no measure word of its own -------------------------------------------------

def test_from_to_takes_the_rows_earlier_column_without_a_measure_word():
    got = status("西湖区监测井由24眼增至28眼，增长16.67%。", SALT)
    assert got["24眼"] == "exact" and got["28眼"] == "exact" and got["16.67%"] == "derived"


def test_from_to_of_another_row_or_the_other_way_stays_unsupported():
    assert status("东湖区监测井由24眼增至28眼。", SALT)["24眼"] == "unsupported"
    assert status("西湖区监测井由25眼增至28眼。", SALT)["25眼"] == "unsupported"
    assert status("西湖区监测井由28眼降至24眼。", SALT)["24眼"] == "unsupported"


# --- a told sum's share of the ledger's whole its words name ------------------------------------------------------

CHECKS = ("质量复核分两轮：第一轮5月10日至5月14日在东湖区，复核采样41次；第二轮10月9日至10月13日在北岸区，复核采样37次。"
          "两轮共复核采样78次，占全部采样的6.79%。")


def test_a_told_sum_is_a_share_of_the_ledgers_total_its_words_name():
    got = status(CHECKS, SALT)
    assert got["78次"] == "derived" and got["6.79%"] == "derived"  # 41 + 37; ÷ 1,148


def test_a_told_sums_share_of_the_wrong_total_stays_unsupported():
    assert status(CHECKS.replace("6.79%", "6.97%"), SALT)["6.97%"] == "unsupported"


SIX_LEDGER = SourceText(name="监测点台账.txt", text=(
    "监测点        监测井(眼)   采样(次)    上年监测井\n"
    "东湖区           36         412          32\n"
    "西湖区           28         356          24\n"
    "北岸区           31         380          30\n"
    "南岸区           22         268          21\n"
    "沙湾区           19         231          18\n"
    "红柳区           17         205          15\n"
    "合计            153       1,852         140\n"
    "\n"
    "备注：第一轮质量复核5月10日至5月14日在东湖区进行，复核采样41次；第二轮10月9日至10月13日在北岸区进行，复核采样37次。\n"))


def test_a_told_sums_share_of_a_column_named_by_its_head_is_of_the_columns_total_however_many_rows():
    # six rows and the 合计 are all named by 采样: the whole is the 合计 (78 ÷ 1,852), never cut off by the rows
    text = CHECKS.replace("占全部采样的6.79%", "占采样的4.21%")
    got = status(text, [SALT_FORM, SIX_LEDGER])
    assert got["78次"] == "derived" and got["4.21%"] == "derived"
    assert status(text.replace("4.21%", "4.12%"), [SALT_FORM, SIX_LEDGER])["4.12%"] == "unsupported"


PIPE_SPENDING = SourceText(name="支出明细.md", text=(
    "项目支出明细（单位：万元）\n\n"
    "| 支出明细 | 预算数 | 执行数 |\n|---|---|---|\n| 管道巡检 | 60.00 | 58.40 |\n| 阀室检修 | 48.00 | 46.25 |\n"
    "| 应急抢修 | 40.00 | 38.07 |\n| 安全培训 | 26.00 | 24.50 |\n| 合计 | 174.00 | 167.22 |\n"))
SPENT = ("支出明细中，管道巡检58.40万元，阀室检修46.25万元；应急抢修38.07万元、安全培训24.50万元，合计62.57万元，占37.42%，"
         "其中安全培训占14.65%。")


def test_a_told_sum_of_table_cells_in_the_tables_unit_is_a_share_of_the_tables_total():
    # the cells carry no unit of their own (单位：万元 over the table): 62.57 ÷ 167.22, the 执行数 合计
    got = status(SPENT, [PIPE_SPENDING])
    assert got["62.57万元"] == "derived" and got["37.42%"] == "derived" and got["14.65%"] == "derived"


def test_a_told_sums_share_of_the_budget_total_or_a_wrong_share_stays_unsupported():
    assert status(SPENT.replace("37.42%", "35.96%"), [PIPE_SPENDING])["35.96%"] == "unsupported"  # ÷ 174.00 预算
    assert status(SPENT.replace("37.42%", "37.24%"), [PIPE_SPENDING])["37.24%"] == "unsupported"


# --- the gap between the year's two halves: the year less the half the sources give, less that half again ---------

BAND_HALF = SourceText(name="乐团半年小结.txt", text="6月30日 上半年累计完成公益演出39场，观众2.96万人次。\n")
HALVES = "五、存在问题\n\n演出排期前松后紧，下半年公益演出场次比上半年多18场，人员调度压力集中在年底。"


def test_the_gap_between_the_halves_is_the_year_less_twice_the_half_the_sources_give():
    assert status(HALVES, [BAND_FORM, BAND_HALF])["18场"] == "derived"  # (96 − 39) − 39


def test_the_halves_gap_with_the_wrong_side_or_the_halves_swapped_or_the_other_half_stays_unsupported():
    assert status(HALVES.replace("多18场", "少18场"), [BAND_FORM, BAND_HALF])["18场"] == "unsupported"
    swapped = HALVES.replace("下半年公益演出场次比上半年", "上半年公益演出场次比下半年")
    assert status(swapped, [BAND_FORM, BAND_HALF])["18场"] == "unsupported"
    assert status(HALVES.replace("多18场", "多57场"), [BAND_FORM, BAND_HALF])["57场"] == "unsupported"


# --- a comparison naming a sibling item the text never told: the same field of the sibling record in the source ----

def test_a_batch_compared_with_a_batch_the_text_never_told_takes_the_sibling_records_same_field():
    text = "管道巡检第二批9月2日至9月13日在青铜峡市进行，巡检271段，比第一批多35段。"
    assert status(text, PIPE)["35段"] == "derived"  # the log's 第一批 line: 236段
    third = "管道巡检第三批11月4日至11月15日在同心县进行，巡检250段，比第一批多14段。"
    assert status(third, PIPE)["14段"] == "derived"
    valves = "阀室检修第二批检修阀门893个，比第一批少391个。"
    assert status(valves, PIPE)["391个"] == "derived"  # 1,284 − 893


def test_a_gap_to_an_untold_sibling_with_the_wrong_side_or_sibling_or_field_stays_unsupported():
    text = "管道巡检第二批9月2日至9月13日在青铜峡市进行，巡检271段，比第一批少35段。"
    assert status(text, PIPE)["35段"] == "unsupported"
    third = "管道巡检第三批11月4日至11月15日在同心县进行，巡检250段，比第二批多14段。"
    assert status(third, PIPE)["14段"] == "unsupported"  # 14 is 第三批 over 第一批, not over 第二批
    valves = "阀室检修第二批检修阀门893个，比第一批多391个。"
    assert status(valves, PIPE)["391个"] == "unsupported"


# --- the same relations as a rate: 比第一批增长 / 下半年比上半年增长 -------------------------------------------------

def test_a_rate_against_an_untold_sibling_batch_or_between_the_halves_is_over_the_old_one():
    text = "管道巡检第二批9月2日至9月13日在青铜峡市进行，巡检271段，比第一批增长14.83%。"
    assert status(text, PIPE)["14.83%"] == "derived"  # (271 − 236) ÷ 236
    valves = "阀室检修第二批检修阀门893个，比第一批下降30.45%。"
    assert status(valves, PIPE)["30.45%"] == "derived"  # (1,284 − 893) ÷ 1,284
    halves = HALVES.replace("多18场", "增长46.15%")
    assert status(halves, [BAND_FORM, BAND_HALF])["46.15%"] == "derived"  # (57 − 39) ÷ 39


def test_a_rate_against_a_sibling_or_half_with_the_wrong_side_or_base_stays_unsupported():
    text = "管道巡检第二批9月2日至9月13日在青铜峡市进行，巡检271段，比第一批下降14.83%。"
    assert status(text, PIPE)["14.83%"] == "unsupported"
    text = "管道巡检第二批9月2日至9月13日在青铜峡市进行，巡检271段，比第一批增长12.92%。"  # (271 − 236) ÷ 271
    assert status(text, PIPE)["12.92%"] == "unsupported"
    halves = HALVES.replace("多18场", "增长31.58%")  # (57 − 39) ÷ 57
    assert status(halves, [BAND_FORM, BAND_HALF])["31.58%"] == "unsupported"
