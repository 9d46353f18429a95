"""Averages and shares of the whole spending (issue 10): a per-unit cost that names no item of its own
(每人次平均投入 / 每宗服务成本 / 人均支出) is the spending — a 合计 of 执行 first, else the unit's 实际支出 — over the
count the words name; a share of a sum the text adds up is of the spending even where the form's cells carry
no unit (its 单位：万元 stated apart), as both are written.

A community health centre (社区卫生服务中心): its project form as tab-separated text whose funds table has no
unit of its own, and a department form in YAML.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceText(name="家庭医生签约服务项目自评表.txt", text=(
    "2024年家庭医生签约服务项目支出绩效自评表\n"
    "项目资金\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t300.00\t290.00\t276.48\t95.34%\n"
    "支出明细\t全年执行数\n"
    "签约服务补助\t152.60\n"
    "慢病随访耗材\t58.30\n"
    "健康宣教\t35.62\n"
    "信息系统维护\t29.96\n"
    "合计\t276.48\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
    "产出指标\t数量指标\t上门随访人次\t≥9000人次\t9642人次\n"
    "产出指标\t数量指标\t签约居民\t≥6000人\t6318人\n"))
DEPARTMENT = SourceData(name="部门整体自评.yaml", data={
    "部门资金情况": {"年初预算": "520.00万元", "调整预算": "548.00万元", "实际支出": "536.70万元"},
    "主要任务": [{"名称": "辖区居民健康服务", "关键指标": [{"名称": "服务辖区居民人数", "实际值": "18500人"}]}],
})


def status(text: str, sources: list) -> dict[str, str]:
    return {m.text: m.status for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_cost_per_visit_naming_no_item_is_the_spending_over_the_count_the_words_name():
    got = status("按上门随访人次计，每人次平均投入286.75元。", [FORM])
    assert got["286.75元"] == "derived"  # 276.48万元 ÷ 9642人次
    assert status("按上门随访人次计，每人次平均投入437.61元。", [FORM])["437.61元"] == "unsupported"  # ÷ 6318人


def test_spending_per_head_of_a_department_is_its_actual_spending_over_the_people_served():
    got = status("按服务人群计，人均支出290.11元。", [DEPARTMENT])
    assert got["290.11元"] == "derived"  # 536.70万元 ÷ 18500人
    assert status("按服务人群计，人均支出296.22元。", [DEPARTMENT])["296.22元"] == "unsupported"  # 548.00万元, the budget


def test_a_sum_the_text_adds_up_is_a_share_of_a_total_whose_cell_has_no_unit():
    got = status("签约服务补助152.60万元，慢病随访耗材58.30万元，两项合计210.90万元，占支出的76.28%。", [FORM])
    assert got["210.90万元"] == "derived"  # 152.60 + 58.30
    assert got["76.28%"] == "derived"  # 210.90 ÷ 276.48, both as written
    assert status("签约服务补助152.60万元，慢病随访耗材58.30万元，两项合计210.90万元，占支出的72.68%。", [FORM])[
        "72.68%"] == "unsupported"


def test_an_average_word_carries_over_to_the_next_figure_its_list_names():
    # 每人次…、健康宣教: per 人次 too — 35.62万元 ÷ 9642人次
    got = status("按上门随访人次计，每人次随访耗材60.46元、健康宣教36.94元。", [FORM])
    assert got["60.46元"] == got["36.94元"] == "derived"
    assert status("按上门随访人次计，每人次随访耗材60.46元、健康宣教38.90元。", [FORM])["38.90元"] == "unsupported"
