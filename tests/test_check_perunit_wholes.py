"""Per-unit figures, rate gaps, counts and linked clauses the checker used to refuse (issue 10, precision;
drafter/check/perunit.py, shares.py, rows.py, stated.py, derive.py, dates.py, match.py):

- a per-unit over a count whose 人次均 / 吨均 names the count's base measure (12.46万人次 → 124,600人次), of the
  whole's spending when its words name no money item, and of the part its words name (其中惠民演出每人次);
- a per-unit written 约 at two decimals, and one of three significant digits over a count its own sentence told;
- a line's rate against the whole's (低于项目整体…个百分点); a row's per-unit against its table's whole
  (每场成本高出全市平均…元);
- a rate whose name sits in the clause before (执行率最低，为82.70%) — the extreme checked among the table's rows;
- a 、-list of four told right before 四个方面; days between told dates written with 日 (用时21日); a count of batches
  in a sentence naming one of them by ordinal (第二期…，两期共…); a count whose noun abbreviates the form field's
  name (新剧3部 ← 新创排剧目);
- a cause inside a figure's clause (因市级财政追加调整为) names no line of it; a record's 上年参训 is last year's
  参训人数 though the unit is given to the latter alone.
Beside each positive, the planted error that must stay unsupported: another part's per-unit, last year's count, the
wrong whole, the wrong side, an extreme that is not, a wrong count of the list.

Three units of our own: 海东市评剧团, 格尔木潮汐观测站 and 德令哈市风电项目服务中心; names and values invented.
"""

from __future__ import annotations

import yaml

from drafter.check import SourceData, SourceText, check

_TROUPE_YAML = (
    "# 海东市评剧团 2025年惠民演出与新剧创排项目 绩效数据\n"
    "# 金额单位：元；观众单位：万人次\n"
    "单位: 海东市评剧团\n"
    "年度: 2025\n"
    "资金来源:\n"
    "  市级财政: {年初: 2400000, 全年: 2560000, 支出: 2486300}\n"
    "  演出收入: {年初: 600000, 全年: 600000, 支出: 541700}\n"
    "  合计: {年初: 3000000, 全年: 3160000, 支出: 3028000}\n"
    "支出构成:\n"
    "  惠民演出: 1412600\n"
    "  新剧创排: 846000\n"
    "  舞美设备: 502400\n"
    "  演员培训: 267000\n"
    "成果:\n"
    "  演出观众: {计划: 11, 完成: 12.46, 上年完成: 11.80}\n"
    "  新创排剧目: {计划: 2部, 完成: 3部}\n"
    "送戏下乡批次:\n"
    "  - {批次: 第一批, 开始: 2025-04-08, 结束: 2025-04-19, 场次: 30}\n"
    "  - {批次: 第二批, 开始: 2025-10-14, 结束: 2025-10-25, 场次: 26}\n")
TROUPE = [SourceData(name="评剧团绩效数据.yaml", data=yaml.safe_load(_TROUPE_YAML), text=_TROUPE_YAML), SourceText(name="送戏下乡分乡镇统计.txt", text=(
    "乡镇\t演出场次\t经费（元）\n"
    "高庙镇\t18\t52,650\n"
    "碾伯镇\t22\t60,280\n"
    "瞿昙镇\t16\t49,120\n"
    "合计\t56\t162,050\n"))]

TIDE = [SourceText(name="潮汐观测站项目表.txt", text=(
    "格尔木潮汐观测站 2025年项目支出明细（单位：万元）\n"
    "支出项目\t执行数\n"
    "潮位观测运行\t38.62\n"
    "设备校准维护\t21.40\n"
    "数据整编发布\t12.75\n"
    "合计\t72.77\n"
    "\n"
    "绩效指标\t年度指标值\t实际完成值\n"
    "潮位观测\t≥3000次\t3,268次\n"
    "数据整编报告\t≥8份\t9份\n"))]

WIND = [SourceText(name="风电项目服务中心资金表.txt", text=(
    "德令哈市风电项目服务中心 2025年项目资金执行表（单位：万元）\n"
    "资金来源\t全年预算数\t全年执行数\n"
    "市级财政资金\t120.00\t116.40\n"
    "省级补助资金\t60.00\t49.62\n"
    "单位自有资金\t25.00\t23.50\n"
    "合计\t205.00\t189.52\n"
    "\n"
    "并网协调批次\t开始\t结束\t协调项目数\n"
    "第一批\t2025-03-03\t2025-03-21\t14\n"
    "第二批\t2025-08-11\t2025-08-29\t17\n"
    "\n"
    "支出用途\t执行数（万元）\n"
    "并网协调服务\t78.60\n"
    "场址踏勘\t42.30\n"
    "运维监测\t40.12\n"
    "业务培训\t28.50\n"
    "\n"
    "备注：监测设备3月4日下单，3月25日到货。\n"))]


def status(text: str, sources) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_mean_over_a_count_in_its_base_measure_is_the_whole_spending_and_a_named_part_its_own():
    head = "全年演出观众12.46万人次，完成计划11万人次的113.27%，比上年11.80万人次增加0.66万人次。"
    got = status(head + "人次均成本24.30元，其中惠民演出每人次11.34元。", TROUPE)
    assert got["24.30元"] == "derived"  # 3,028,000元 ÷ 124,600人次: no item named, the whole's spending
    assert got["11.34元"] == "derived"  # 惠民演出 1,412,600元 ÷ 124,600人次
    # 新剧创排's money per visitor given to 惠民演出: another part's per-unit
    assert status(head + "人次均成本24.30元，其中惠民演出每人次6.79元。", TROUPE)["6.79元"] == "unsupported"
    # over last year's 11.80万人次: no count of this year
    assert status(head + "人次均成本25.66元。", TROUPE)["25.66元"] == "unsupported"
    # a part's per-unit as the whole's mean: the words name no part
    assert status(head + "人次均成本11.34元。", TROUPE)["11.34元"] == "unsupported"


def test_an_approximate_per_unit_at_two_decimals_and_a_three_digit_per_unit_of_its_own_sentence():
    head = "全年完成潮位观测3,268次，完成目标的108.93%。"
    assert status(head + "潮位观测运行经费按观测次数计，每次约118.18元。", TIDE)["约118.18元"] == "derived"  # 38.62万 ÷ 3,268
    # 设备校准维护's money per observation: the words name 潮位观测运行
    assert status(head + "潮位观测运行经费按观测次数计，每次约65.48元。", TIDE)["约65.48元"] == "unsupported"
    assert status("编制数据整编报告9份，每份平均1.42万元。", TIDE)["1.42万元"] == "derived"  # 12.75万 ÷ 9
    assert status("编制数据整编报告9份，每份平均2.38万元。", TIDE)["2.38万元"] == "unsupported"  # 设备校准维护 ÷ 9
    assert status("编制数据整编报告9份，目标8份，每份平均1.59万元。", TIDE)["1.59万元"] == "unsupported"  # over the target


def test_a_line_rate_below_the_whole_project_rate():
    text = "省级补助资金执行率82.70%，低于项目整体{}个百分点。"
    assert status(text.format("9.75"), WIND)["9.75个百分点"] == "derived"  # 92.45% − 82.70%
    assert status(text.format("14.30"), WIND)["14.30个百分点"] == "unsupported"  # the 市级 line's 97.00%, no whole
    assert status("省级补助资金执行率82.70%，高于项目整体9.75个百分点。", WIND)["9.75个百分点"] == "unsupported"


def test_a_row_per_unit_against_its_table_whole_mean():
    head = "送戏下乡56场，经费162,050元，每场约2893.75元；瞿昙镇演出16场，经费49,120元，每场3070.00元。\n\n"
    assert status(head + "瞿昙镇每场成本高出全市平均176.25元。", TROUPE)["176.25元"] == "derived"  # 3070.00 − 2893.75
    assert status(head + "瞿昙镇每场成本低于全市平均176.25元。", TROUPE)["176.25元"] == "unsupported"  # the wrong side
    assert status(head + "瞿昙镇每场成本高出全市平均330.00元。", TROUPE)["330.00元"] == "unsupported"  # 碾伯镇's mean


def test_a_rate_named_in_the_clause_before_with_its_extreme_checked():
    assert status("省级补助资金执行率最低，为82.70%。", WIND)["82.70%"] == "derived"  # 49.62 ÷ 60.00
    assert status("省级补助资金执行率偏低，仅82.70%。", WIND)["82.70%"] == "derived"
    # the 市级 line's own rate, but it is the highest, not the lowest
    assert status("市级财政资金执行率最低，为97.00%。", WIND)["97.00%"] == "unsupported"
    assert status("省级补助资金执行率最低，为97.00%。", WIND)["97.00%"] == "unsupported"  # another line's rate


def test_a_count_of_the_list_told_right_before_it():
    text = "资金用于并网协调服务、场址踏勘、运维监测与数据整理、业务培训与考核{}方面。"
    assert status(text.format("四个"), WIND)["四个"] == "derived"
    assert status(text.format("五个"), WIND)["五个"] == "unsupported"
    after = "工作涵盖风机巡检、升压站维护、线路清障和应急演练，共{}内容。"  # the list in the clause before 共
    assert status(after.format("四项"), WIND)["四项"] == "derived"
    assert status(after.format("五项"), WIND)["五项"] == "unsupported"


def test_days_between_told_dates_written_with_ri():
    text = "监测设备3月4日下单、3月25日到货，用时{}。"
    assert status(text.format("21日"), WIND)["21日"] == "derived"
    assert status(text.format("22日"), WIND)["22日"] == "derived"  # both ends counted, as reports also write
    assert status(text.format("23日"), WIND)["23日"] == "unsupported"


def test_a_count_of_batches_in_a_sentence_naming_one_by_ordinal():
    assert status("第二批并网协调8月11日开始，两批共协调31个项目。", WIND)["两批"] == "exact"
    # a list of batch records: the sentence names the second by its ordinal, the count is of that list
    assert status("第二批自10月14日至10月25日演出，两批均在乡镇舞台。", TROUPE)["两批"] == "exact"
    assert status("第二批自10月14日至10月25日演出，三批均在乡镇舞台。", TROUPE)["三批"] == "unsupported"
    assert status("第二批并网协调8月11日开始，三批共协调31个项目。", WIND)["三批"] == "unsupported"


def test_a_count_whose_noun_abbreviates_the_form_field():
    assert status("全年惠民演出观众12.46万人次、新剧3部。", TROUPE)["3部"] == "exact"
    assert status("全年惠民演出观众12.46万人次、新剧2部。", TROUPE)["2部"] == "unsupported"  # the target's 2部


def test_a_cause_in_the_clause_names_no_line_of_the_figure():
    text = "年初预算300.00万元，因市级财政追加调整为{}，全年支出302.80万元。"
    assert status(text.format("316.00万元"), TROUPE)["316.00万元"] in ("exact", "converted")  # the whole's 全年 3,160,000元
    # the 市级 line's own 全年 as the whole's: the cause is no line the figure is of
    assert status(text.format("256.00万元"), TROUPE)["256.00万元"] == "unsupported"


MILITIA = [SourceData(name="训练期次统计.json", data={
    "计量说明": "参训人数单位为人，经费单位为元",
    "轮训期次": [
        {"乡镇": "平安镇", "期次": 3, "参训人数": 468, "上年参训": 431, "经费": 321650},
        {"乡镇": "互助镇", "期次": 3, "参训人数": 442, "上年参训": 418, "经费": 298400},
    ]})]


def test_a_record_field_against_its_last_year_field_of_another_name():
    assert status("互助镇参训442人，增长5.74%。", MILITIA)["5.74%"] == "derived"  # (442 − 418) ÷ 418
    assert status("互助镇参训442人，增长8.58%。", MILITIA)["8.58%"] == "unsupported"  # 平安镇's growth


def test_days_between_the_two_dates_of_the_event_the_gap_names():
    text = "备件分两批采购：第一批3月6日下单、3月21日到货；第二批8月14日下单、8月25日到货；前后下单相隔{}。"
    assert status(text.format("161天"), WIND)["161天"] == "derived"  # 3月6日 → 8月14日
    assert status(text.format("172天"), WIND)["172天"] == "unsupported"  # 3月6日 → 8月25日: another event's date
    assert status(text.format("11天"), WIND)["11天"] == "unsupported"  # the second batch's own span


WIND_TARGETS = WIND + [SourceText(name="风电项目服务中心绩效指标.txt", text=(
    "指标\t年度指标值\t实际完成值\t上年实际\n"
    "并网手续办结时间\t≤5个工作日\t3.2个工作日\t4.1个工作日\n"
    "监测设备可用率\t≥99.5%\t99.92%\t99.60%\n"))]


def test_a_bound_quoted_as_the_promise_or_the_indicator_is_that_target():
    text = "并网手续办结平均3.2个工作日，比承诺的{}少{}。"
    assert status(text.format("5个工作日", "1.8个工作日"), WIND_TARGETS)["5个工作日"] == "exact"
    assert status(text.format("6个工作日", "2.8个工作日"), WIND_TARGETS)["6个工作日"] == "unsupported"
    rate = "监测设备可用率99.92%，高出{}的指标{}。"
    assert status(rate.format("99.5%", "0.42个百分点"), WIND_TARGETS)["99.5%"] == "exact"
    assert status(rate.format("99.6%", "0.32个百分点"), WIND_TARGETS)["99.6%"] == "unsupported"


def test_a_figure_right_after_its_records_date_is_that_records():
    text = "送戏下乡分两批：第一批4月8日开始演出{}，第二批10月14日开始演出{}。"
    got = status(text.format("30场", "26场"), TROUPE)
    assert got["30场"] == "exact" and got["26场"] == "exact"
    swapped = status(text.format("26场", "30场"), TROUPE)  # each batch given the other's count
    assert swapped["26场"] == "unsupported" and swapped["30场"] == "unsupported"


def test_a_gap_to_the_quoted_target_after_a_change_on_last_year():
    text = "监测设备可用率99.92%，比上年的99.60%提高0.32个百分点，超出99.5%的指标{}。"
    assert status(text.format("0.42个百分点"), WIND_TARGETS)["0.42个百分点"] == "derived"  # 99.92 − 99.5
    assert status(text.format("0.10个百分点"), WIND_TARGETS)["0.10个百分点"] == "unsupported"  # 99.60 − 99.5


def test_a_told_sum_per_the_source_count_its_noun_names():
    text = "设备校准维护费214,000元折合每次观测{}。"
    assert status(text.format("65.48元"), TIDE)["65.48元"] == "derived"  # ÷ 3,268次 of the 潮位观测 indicator
    assert status(text.format("71.33元"), TIDE)["71.33元"] == "unsupported"  # ÷ the target's 3000次


TROUPE_LOG = TROUPE + [SourceText(name="评剧团工作日志.txt", text=(
    "海东市评剧团2025年工作日志（摘录）\n"
    "2025-04-08  第一轮“送戏下乡”在高庙镇开演\n"
    "2025-04-19  第一轮结束，共演出30场\n"
    "2025-10-14  第二轮“送戏下乡”在瞿昙镇开演\n"
    "2025-10-25  第二轮结束，共演出26场\n"))]


def test_a_count_of_rounds_a_log_dates_line_by_line():
    assert status("“送戏下乡”分两轮在高庙镇、瞿昙镇举行。", TROUPE_LOG)["两轮"] == "exact"
    assert status("“送戏下乡”分三轮在高庙镇、瞿昙镇举行。", TROUPE_LOG)["三轮"] == "unsupported"


WIND_LOG = WIND + [SourceText(name="风电项目服务中心工作记录.txt", text=(
    "绩效指标\t年度指标值\t实际完成值\n"
    "走访企业\t≥120家次\t136家次\n"
    "\n"
    "2025-04-06  风电运维培训周开班\n"
    "2025-04-12  培训周结束，培训学员560人次\n"))]


def test_a_per_unit_over_a_count_whose_measure_starts_with_a_classifier_character():
    text = "全年走访企业136家次。按业务培训支出计算，每家次走访平均花费{}。"
    assert status(text.format("2095.59元"), WIND_LOG)["2095.59元"] == "derived"  # 28.50万元 ÷ 136
    assert status(text.format("3110.29元"), WIND_LOG)["3110.29元"] == "unsupported"  # 场址踏勘's 42.30万元 ÷ 136


def test_days_of_a_span_whose_end_names_the_day_alone():
    text = "4月6日至12日举办风电运维培训周，{}培训学员560人次，日均{}。"
    got = status(text.format("7天", "80.00人次"), WIND_LOG)
    assert got["7天"] == "derived" and got["80.00人次"] == "derived"
    assert status(text.format("8天", "70.00人次"), WIND_LOG)["8天"] == "unsupported"
