"""A comparison word between two figures the sources bear out is itself a claim (issue 10: "signs agree with the
words"): 93.8%，高于95%的目标 states two true figures and a false relation. The figure compared with is flagged, with
the reason, when the word's side contradicts the figures: 高于 / 超过 / 超出 need the level above what it is compared
with, 低于 / 不足 / 未达到 below it; a date called early against its deadline must come before it (there the completion date is flagged).

Unit: a county fishery resources monitoring station (渔业资源监测站).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="项目支出绩效自评表.md", text=(
    "# 2025年度渔业资源监测项目支出绩效自评表（温岭县渔业资源监测站）\n\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |\n| --- | --- | --- | --- | --- |\n"
    "| 产出指标 | 质量指标 | 样品检测合格率 | ≥95% | 93.8% |\n"
    "| 产出指标 | 质量指标 | 监测数据上报及时率 | ≥90% | 96.5% |\n"
    "| 产出指标 | 时效指标 | 年度资源监测报告报送时间 | 11月30日前 | 11月20日 |\n"
    "| 产出指标 | 时效指标 | 秋季增殖放流效果评估完成时间 | 10月底前 | 11月6日 |\n"
    "| 满意度指标 | 服务对象满意度 | 渔民满意度 | ≥90% | 92.4% |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_above_the_target_when_the_result_is_above_it_stands():
    got = status("监测数据上报及时率96.5%，高于90%的目标。")
    assert got["96.5%"] == "exact" and got["90%"] == "exact"


def test_above_the_target_when_the_result_fell_short_is_flagged():
    got = status("样品检测合格率93.8%，高于95%的目标。")
    assert got["93.8%"] == "exact"
    assert got["95%"] == "unsupported"


def test_below_the_target_when_the_result_met_it_is_flagged():
    assert status("渔民满意度92.4%，低于90%的目标。")["90%"] == "unsupported"
    assert status("样品检测合格率93.8%，低于95%的目标。")["95%"] == "exact"


def test_over_written_as_the_approximation_word_is_read_as_the_comparison():
    got = status("样品检测合格率93.8%，超过95%的目标。")
    assert [s for t, s in got.items() if t.endswith("95%")] == ["unsupported"]
    got = status("监测数据上报及时率96.5%，超过90%的目标。")
    assert [s for t, s in got.items() if t.endswith("90%")] != ["unsupported"]


def test_early_for_a_date_after_the_deadline_is_flagged():
    assert status("年度资源监测报告11月20日报送，提前完成“11月30日前”的要求。")["11月30日前"] != "unsupported"
    # (the completion date is the figure flagged here: the source gives it after its deadline)
    got = status("秋季增殖放流效果评估11月6日完成，提前完成“10月底前”的要求。")
    assert got["11月6日"] == "unsupported"


SURVEY = SourceText(name="满意度调查.md", text=(
    "| 调查项目 | 2025年 | 上年 |\n|---|---:|---:|\n| 渔民满意度 | 92.4% | 94.1% |\n| 渔政服务满意度 | 95.2% | 91.0% |\n"))


def test_a_rise_on_last_year_when_the_figure_fell_is_flagged():
    # a change word after a base the sentence states, with no gap figure after it: the two figures decide it
    said = lambda text: {m.text: m.status for m in check(text, [SURVEY]).mentions}  # noqa: E731
    assert said("渔民满意度92.4%，比上年的94.1%有所提高。")["94.1%"] == "unsupported"
    assert said("渔民满意度92.4%，比上年的94.1%有所下降。")["94.1%"] == "exact"
    assert said("渔政服务满意度95.2%，较上年91.0%进一步提升。")["91.0%"] == "exact"
    assert said("渔政服务满意度95.2%，较上年91.0%有所下降。")["91.0%"] == "unsupported"
