"""A JSON of a unit's own shape (issue 10): 资金来源 lists the parts of the budget, 实际 is the result of
an indicator record, a key that names its count keeps it under the file's 金额单位, and last year's figure
is no rival of this year's. A district Red Cross (红十字会) relief fund."""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceData, check

FUND = SourceData(name="救助资金.json", data={
    "项目": "2023年人道救助资金", "单位": "某区红十字会", "金额单位": "元",
    "预算": {"调整后预算": 3200000, "执行": 3050000, "资金来源": [
        {"名称": "财政拨款", "调整后预算": 1920000, "执行": 1920000},
        {"名称": "社会捐赠", "调整后预算": 1280000, "执行": 1130000}]},
    "指标": [
        {"名称": "应急救护培训人数", "单位": "人", "目标": "≥5000", "实际": 5630},
        {"名称": "救助申请办结时限", "单位": "个工作日", "目标": "≤7", "实际": 5}],
    "上年同期": {"应急救护培训人次": 4820, "救助资金执行（元）": Decimal("2680000")},
})


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FUND]).mentions if m.status != "ignored"}


def test_a_funding_source_is_a_part_of_the_budget():
    assert status("其中财政拨款192万元，占调整后预算的六成。") == {"192万元": "converted", "六成": "derived"}


def test_the_target_of_an_indicator_is_not_its_result():
    assert status("救助申请平均5个工作日办结。") == {"5个工作日": "exact"}
    assert status("救助申请平均7个工作日办结。") == {"7个工作日": "unsupported"}


def test_a_key_that_names_its_count_is_not_money_under_the_files_money_unit():
    assert status("应急救护培训较上年的4820人次有所增加。") == {"4820人次": "exact"}


def test_last_years_figure_is_supported_though_this_years_shares_its_words():
    # this year's 救助资金执行 is named by every word of the sentence, last year's only by 执行: still no rival
    fund = SourceData(name="救助资金.json", data={"金额单位": "元", "救助资金执行": 3050000, "上年同期": {"执行": 2680000}})
    got = {m.text: m.status for m in check("救助资金执行较上年的268万元。", [fund]).mentions}
    assert got == {"268万元": "converted"}


def test_a_change_on_last_year_takes_the_same_item_under_the_earlier_years_key():
    # 上年同期 repeats this year's fields a year earlier: 305 − 268 = 37, 37 ÷ 268 = 13.81 %
    fund = SourceData(name="救助资金.json", data={
        "金额单位": "元", "预算": {"调整后预算": 3200000, "执行": 3050000}, "上年同期": {"执行": 2680000}})
    got = {m.text: m.status for m in check("预算执行305万元，较上年增加37万元，增长13.81%。", [fund]).mentions}
    assert got == {"305万元": "converted", "37万元": "derived", "13.81%": "derived"}
    wrong = {m.text: m.status for m in check("预算执行305万元，较上年增加73万元。", [fund]).mentions}
    assert wrong["73万元"] == "unsupported"


def test_a_target_beside_another_figure_of_its_unit_is_no_result_whatever_the_field_is_called():
    # 建成 is the result here though no word of it says 实际
    sites = SourceData(name="社区服务站.yaml", data={"社区养老服务站建设": {"目标": "30个", "建成": "27个", "其中农村": "19个"}})
    got = lambda text: {m.text: m.status for m in check(text, [sites]).mentions}  # noqa: E731
    assert got("全年建成社区养老服务站30个。") == {"30个": "unsupported"}
    assert got("社区养老服务站建设目标30个，建成27个。") == {"30个": "exact", "27个": "exact"}


def test_the_count_of_a_records_list_shadows_no_target():
    # 关键指标 lists one record: its count (1个) is no result of 预期目标
    task = SourceData(name="任务.yaml", data={"主要任务": [{
        "任务": "农村生活垃圾分类", "预期目标": "覆盖20个行政村",
        "关键指标": [{"指标": "覆盖行政村", "目标值": "≥20个", "实际值": 32}]}]})
    got = {m.text: m.status for m in check("年度预期目标：农村生活垃圾分类覆盖20个行政村。", [task]).mentions}
    assert got == {"20个": "exact"}


def test_a_fields_own_unit_outranks_the_files_money_unit():
    stock = SourceData(name="储备.json", data={"金额单位": "元", "上年": {"年度轮换数量（吨）": 7420}})
    assert {m.text: m.status for m in check("上年轮换7420吨。", [stock]).mentions} == {"7420吨": "exact"}


def test_a_field_of_spending_beside_a_budget_is_the_records_spending_whatever_it_is_called():
    # 已支付 / 支出 say 执行 without the word: 结余 and 执行率 are on it, and 执行率 on the adjusted budget
    lines = SourceData(name="补贴资金.json", data={"金额单位": "元", "明细": [
        {"用途": "轮换费用补贴", "年初": 1800000, "调整后": 2100000, "已支付": 1905750.4}]})
    got = lambda text: {m.text: m.status for m in check(text, [lines]).mentions}  # noqa: E731
    assert got("轮换费用补贴结余19.42万元。") == {"19.42万元": "derived"}  # 2100000 − 1905750.4
    assert got("轮换费用补贴执行率90.75%。") == {"90.75%": "derived"}
    assert got("轮换费用补贴执行率105.88%。") == {"105.88%": "unsupported"}  # on 年初: not what 执行率 means
