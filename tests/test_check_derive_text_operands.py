"""Figures the checked text itself states serve as operands (issue 10, point 2): a figure the text states and
that is supported (or derived) may be the base of the next figure its words relate to it — a total then its
share or average, a level then its change against an earlier year's level the sentence quotes, a derived
figure restated with 即 at another scale, a count of items (四批) its paragraph states for a 平均每批, a completion
date against the deadline it beat (提前8天). The relation must be in the words; a figure the words do not bind
stays unsupported.

A county hospital (县人民医院): its project form, its ledger and its work log.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="医院项目自评表.yaml", data={
    "项目名称": "2023年县人民医院基层医疗服务能力提升项目",
    "资金": {"中央补助": "1,080,000元", "县级配套": "720,000元", "实际支出": "1,736,420元"},
    "绩效指标": [
        {"三级指标": "巡诊批次", "年度指标值": "4批", "实际完成值": "4批"},
        {"三级指标": "受益群众", "年度指标值": "≥2000人次", "实际完成值": "2,360人次"},
        {"三级指标": "设备安装完成时间", "年度指标值": "11月底前", "实际完成值": "11月22日"}],
    "义诊": {"场次": "24场", "支出": "132,000元"},
})
LOG = SourceText(name="医院工作记录.md", text=(
    "2022年全院门诊接诊16,200人次，项目资金合计160万元。\n"
    "11月22日，影像设备完成安装调试并通过验收。\n\n"
    "门诊量按季度统计如下（单位：人次）\n"
    "序号  季度      门诊人次   转诊人次\n"
    "1     一季度    4,210      96\n"
    "2     二季度    4,530      102\n"
    "3     三季度    4,880      115\n"
    "4     四季度    5,020      121\n"
    "      合计      18,640     434\n"))
LEDGER = SourceText(name="支出明细.txt", text=(
    "序号  项目            预算数          支出数\n"
    "1     设备购置        1,200,000.00    1,186,420.00\n"
    "2     人员培训        600,000.00      550,000.00\n"
    "      合计            1,800,000.00    1,736,420.00\n"))
SOURCES = [FORM, LOG]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, SOURCES).mentions if m.status != "ignored"}


def test_a_derived_figure_restated_with_ji_at_another_scale_is_derived():
    # 132,000元 ÷ 24场 = 5500元, i.e. 0.55万元
    text = "全年开展义诊24场，场均支出5500元，即约0.55万元。"
    assert status(text)["约0.55万元"] == "derived"
    assert status(text.replace("约0.55万元", "约0.65万元"))["约0.65万元"] == "unsupported"


def test_a_change_against_an_earlier_years_level_the_sentence_quotes_takes_the_level_stated_before():
    # 18,640 is the ledger's 合计 row, whose words name nothing: the text states it, then compares it
    text = "全年门诊接诊18,640人次，转诊434人次。与2022年的16,200人次相比增加2440人次，增长15.06%。"
    got = status(text)
    assert got["2440人次"] == "derived" and got["15.06%"] == "derived"  # 18,640 − 16,200; ÷ 16,200
    wrong = status(text.replace("2440人次", "2540人次").replace("15.06%", "15.68%"))
    assert wrong["2540人次"] == "unsupported" and wrong["15.68%"] == "unsupported"


def test_a_total_the_text_derived_is_the_level_of_a_later_change_in_its_paragraph():
    # 108万 + 72万 = 180万元 (derived), then 180 − 160 (the log's 2022) = 20万元, 20 ÷ 160 = 12.5 %
    text = ("项目资金合计180万元，其中中央补助108万元、县级配套72万元。"
            "资金总额比2022年的160万元增加20万元，增长12.5%。")
    got = status(text)
    assert got["20万元"] == "derived" and got["12.5%"] == "derived"
    assert status(text.replace("20万元", "22万元"))["22万元"] == "unsupported"


def test_a_change_is_not_taken_from_a_level_of_another_item_in_the_paragraph():
    # 2,360人次 is the 受益群众 of the 巡诊: no level of the 门诊 whose change the sentence states
    text = "巡诊受益群众2,360人次。门诊量比2022年的16,200人次减少13840人次。"
    assert status(text)["13840人次"] == "unsupported"


def test_an_average_per_batch_divides_by_the_count_of_batches_its_paragraph_states():
    text = "全年分四批开展巡诊。参与群众2,360人次，平均每批590人次。"
    assert status(text)["590人次"] == "derived"  # 2,360 ÷ 4批
    assert status(text.replace("590人次", "610人次"))["610人次"] == "unsupported"


def test_days_early_against_a_month_end_deadline_count_from_the_completion_date():
    text = "影像设备于11月22日完成安装，早于11月底的时限，提前8天。"
    assert status(text)["8天"] == "derived"  # 30 − 22
    assert status(text.replace("提前8天", "提前9天"))["9天"] == "unsupported"


def test_a_share_of_the_total_spending_named_as_zong_takes_the_spending_its_paragraph_states():
    text = "全年实际支出1,736,420元。其中人员培训支出550,000元，占总支出的31.67%。"
    got = {m.text: m.status for m in check(text, [LEDGER]).mentions}
    assert got["31.67%"] == "derived"  # 550,000 ÷ 1,736,420
    got = {m.text: m.status for m in check(text.replace("31.67%", "30.56%"), [LEDGER]).mentions}
    assert got["30.56%"] == "unsupported"  # 550,000 ÷ 1,800,000 is the share of the budget, not of 总支出


def test_an_average_per_batch_takes_the_count_of_batches_its_paragraph_states_though_no_word_names_it():
    form = SourceData(name="社区卫生服务中心.yaml", data={
        "项目名称": "2023年家庭医生签约服务项目", "上门巡诊批次": "5批", "实际": {"参与居民": "1,340人次"}})
    text = "全年分五批开展上门巡诊，均按计划完成。参与居民1,340人次，平均每批268人次。"
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got(text)["268人次"] == "derived"  # 1,340 ÷ 5批
    assert got(text.replace("268人次", "286人次"))["286人次"] == "unsupported"
    assert got(text.replace("分五批", "分五期"))["268人次"] == "unsupported"  # no count in 批 stated


def test_an_average_over_a_bare_ledger_count_whose_header_names_its_unit():
    ledger = SourceText(name="义诊台账.txt", text=(
        "序号  活动          支出数         场次    服务人次\n"
        "1     社区义诊      96,000.00      16      4,960\n"
        "2     下乡巡诊      54,000.00      12      2,880\n"))
    got = lambda text: {m.text: m.status for m in check(text, [ledger]).mentions}  # noqa: E731
    assert got("下乡巡诊12场，场均服务240人次。")["240人次"] == "derived"  # 2,880 ÷ 12
    assert got("下乡巡诊12场，场均服务250人次。")["250人次"] == "unsupported"


def test_a_named_item_less_than_another_is_the_other_less_it_and_never_the_other_way_round():
    assert status("县级配套比中央补助少36万元。")["36万元"] == "derived"  # 1,080,000 − 720,000
    assert status("中央补助比县级配套少36万元。")["36万元"] == "unsupported"
    assert status("县级配套比中央补助多36万元。")["36万元"] == "unsupported"
