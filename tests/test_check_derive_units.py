"""A share between a table that states no unit and a form that does (issue 10, point 2): the part 86.40 of a
支出明细 without units is a share of the form's 全年执行数 360.00万元 as both are written (24%), never of its
magnitude in 元 (0.0024%); a ratio the words do not make a share is not read that way.

A county archive (县档案馆): its project form and its spending table.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceData(name="档案馆项目自评表.yaml", data={
    "项目名称": "2023年县档案馆数字化建设项目",
    "项目资金": {"全年预算数": "380.00万元", "全年执行数": "360.00万元"},
})
TABLE = SourceText(name="支出明细.md", text=(
    "| 支出内容 | 支出 |\n| --- | --- |\n| 档案数字化加工 | 198.00 |\n| 数字资源采购 | 86.40 |\n"
    "| 设备购置 | 75.60 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM, TABLE]).mentions if m.status != "ignored"}


def test_a_part_from_a_table_without_units_is_a_share_of_the_forms_total_as_both_are_written():
    assert status("数字资源采购占全年执行的24%。")["24%"] == "derived"  # 86.40 ÷ 360.00
    assert status("数字资源采购占全年执行的22.74%。")["22.74%"] == "unsupported"  # 86.40 ÷ 380.00, the budget


def test_an_average_of_an_amount_without_unit_may_be_of_a_table_in_wan_at_a_precision_no_chance_reaches():
    form = SourceData(name="培训记录.yaml", data={"档案业务培训": {"期数": "6期", "参训": "164人次"}})
    table = SourceText(name="支出表.md", text="| 支出内容 | 预算 | 支出 |\n| --- | --- | --- |\n"
                                               "| 档案业务培训 | 45.00 | 43.56 |\n| 设备购置 | 80.00 | 75.60 |\n")
    got = lambda text: {m.text: m.status for m in check(text, [form, table]).mentions}  # noqa: E731
    assert got("档案业务培训164人次，人均培训支出2656.10元。")["2656.10元"] == "derived"  # 43.56万 ÷ 164
    assert got("档案业务培训164人次，人均培训支出2665.10元。")["2665.10元"] == "unsupported"


def test_an_average_cost_takes_the_amount_spent_that_one_other_word_names():
    form = SourceData(name="档案馆培训.yaml", data={
        "项目资金": {"业务培训资金": "12.60万元", "设备购置资金": "75.60万元"},
        "绩效指标": [{"三级指标": "参加培训人员", "实际完成值": "280人次"}]})
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got("全年参训280人次，人均培训成本450元。")["450元"] == "derived"  # 12.60万 ÷ 280: 成本 is the 资金 spent
    assert got("全年参训280人次，人均培训成本2700元。")["2700元"] == "unsupported"  # 75.60万 ÷ 280 is no 培训's
