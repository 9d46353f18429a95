"""A word of degree narrows the reach of its approximation word (issue 10): 超过两成 is 20–30 %, but 刚超过两成 is
just above 20 % — 29.60 % is no 刚超过两成 —, and 略低于三成 / 稍高于95% are approximations too (a little below /
above), not the bare 三成 read at its own precision. The widths are one
table of data for every degree word (rounding.DEGREE_REACH).

Unit: a municipal government reception service centre (机关接待服务中心), its expenditure breakdown.
"""

from __future__ import annotations

from drafter.check import SourceText, check

BREAKDOWN = SourceText(name="接待经费支出明细.md", text=(
    "# 2025年公务接待服务保障项目支出明细（清河市机关接待服务中心）\n\n"
    "| 支出内容 | 预算数（万元） | 执行数（万元） |\n| --- | --- | --- |\n"
    "| 公务接待 | 90.00 | 84.20 |\n| 会务保障 | 52.00 | 50.37 |\n| 接待用房维护 | 38.00 | 35.59 |\n"
    "| 车辆运行维护 | 20.00 | 18.12 |\n| 合计 | 200.00 | 188.28 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [BREAKDOWN]).mentions if m.status != "ignored"}


# shares of 188.28万元: 公务接待 44.72 %, 会务保障 26.75 %, 接待用房维护 18.90 %, 车辆运行维护 9.62 %
def test_just_above_is_near_the_word_and_above_it():
    got = status("公务接待与接待用房维护合计119.79万元，占项目支出合计的63.62%，刚超过六成。")
    assert got["刚超过六成"] == "derived"


def test_just_above_far_from_the_word_is_unsupported():
    # 超过两成 would bear 26.75 % out (20–30 %); 刚超过两成 does not
    got = status("会务保障支出50.37万元，占项目支出合计的26.75%，刚超过两成。")
    assert got["26.75%"] == "derived"
    assert got["刚超过两成"] == "unsupported"
    assert status("会务保障支出50.37万元，占项目支出合计的26.75%，超过两成。")["超过两成"] == "derived"


def test_slightly_over_a_half_has_the_same_narrow_reach():
    assert status("公务接待与车辆运行维护合计102.32万元，占项目支出合计的54.34%，略超一半。")["略超一半"] == "unsupported"
    assert status("公务接待与会务保障合计134.57万元，占项目支出合计的71.47%，略超七成。")["略超七成"] == "derived"


def test_slightly_below_is_an_approximation_below_the_word():
    got = status("会务保障支出50.37万元，占项目支出合计的26.75%，略低于三成。")
    assert got["26.75%"] == "derived"
    assert got["略低于三成"] == "derived"


def test_slightly_below_far_from_the_word_is_unsupported():
    # 28.53 % rounds to 三成 at the word's own precision, and is below 四成, but not a little below it
    got = status("会务保障与车辆运行维护合计68.49万元，占项目支出合计的36.38%，略低于四成。")
    assert got["略低于四成"] == "derived"
    got = status("接待用房维护与车辆运行维护合计53.71万元，占项目支出合计的28.53%，稍低于四成。")
    assert got["稍低于四成"] == "unsupported"


def test_a_degree_word_after_the_rate_it_restates_must_be_on_its_side():
    # 9.62 % is below 一成: no 略高于一成
    assert status("车辆运行维护支出18.12万元，占项目支出合计的9.62%，略高于一成。")["略高于一成"] == "unsupported"
    assert status("车辆运行维护支出18.12万元，占项目支出合计的9.62%，略低于一成。")["略低于一成"] == "derived"


FORM = SourceText(name="自评表.md", text=(
    "# 2025年公务接待服务保障项目绩效自评表（清河市机关接待服务中心）\n\n"
    "| 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- |\n"
    "| 来宾满意度 | ≥95% | 97.6% |\n| 接待车辆调度准点率 | ≥90% | 93.4% |\n"))


def verdict(text: str, figure: str) -> str:
    return next(m.status for m in check(text, [FORM]).mentions if m.text.endswith(figure))


def test_a_bound_a_plan_sets_is_a_target_no_result_bears_out():
    # 力争…不低于96%: what the unit aims at; the result 97.6 % is above it, but no source sets 96 %
    assert verdict("改进措施：下一步力争来宾满意度不低于96%。", "96%") == "unsupported"
    assert verdict("改进措施：确保接待车辆调度准点率不低于92%。", "92%") == "unsupported"


def test_a_bound_a_plan_sets_as_the_form_does_is_its_target():
    assert verdict("改进措施：下一步力争来宾满意度不低于95%。", "95%") == "exact"


def test_a_bound_said_of_the_result_is_borne_out_by_it():
    assert verdict("全年来宾满意度不低于96%。", "96%") != "unsupported"  # 97.6 %


def test_a_bound_word_right_after_a_traced_rate_states_where_that_rate_lies():
    # 93.4 % 未达到95%: the form sets no 95 %, but the words only place the rate below it
    assert verdict("接待车辆调度准点率93.4%，未达到95%。", "95%") == "derived"
    assert verdict("接待车辆调度准点率93.4%，低于95%。", "95%") == "derived"
    assert verdict("来宾满意度97.6%，高于96%。", "96%") != "unsupported"


def test_a_bound_word_the_traced_rate_contradicts_is_unsupported():
    assert verdict("接待车辆调度准点率93.4%，未达到92%。", "92%") == "unsupported"
    assert verdict("来宾满意度97.6%，低于96%。", "96%") == "unsupported"
