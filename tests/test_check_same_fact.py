"""A number is supported by the same fact, never by a coincidence (issue 10).

The opening examples of the issue, against the tianhe example folder, and the correct text that must
still pass: deadline months, a part's share of its whole, fraction words justified by a rate.
"""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.check import SourceData, SourceIndex, SourceText, check
from drafter.corpus import evaluate_corpus

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"


@pytest.fixture(scope="module")
def tianhe() -> SourceIndex:
    return SourceIndex.build([TIANHE])


def verdicts(text: str, sources) -> dict[str, object]:
    return {m.text: m for m in check(text, sources).mentions if m.status != "ignored"}


def test_a_count_of_another_thing_with_the_same_value_is_unsupported_and_names_the_candidates(tianhe):
    m = verdicts("全区共设置卡口检查站28个。", tianhe)["28个"]
    assert m.status == "unsupported"
    assert any("网格28个" in e.text or "检查站24个" in e.text for e in m.evidence)  # the reader sees why


def test_two_figures_swapped_between_their_subjects_are_both_unsupported(tianhe):
    m = verdicts("全区共出动2565人次，巡查2582处。", tianhe)
    assert (m["2565人次"].status, m["2582处"].status) == ("unsupported", "unsupported")


def test_the_figures_in_their_own_places_stay_exact(tianhe):
    m = verdicts("全区共出动2582人次，巡查2565处，设置卡口检查站24个，网格28个。", tianhe)
    assert {k: v.status for k, v in m.items()} == dict.fromkeys(["2582人次", "2565处", "24个", "28个"], "exact")


def test_close_below_is_not_borne_out_by_a_rate_above(tianhe):
    assert verdicts("预算执行率接近九成。", tianhe)["接近九成"].status == "unsupported"
    assert verdicts("预算执行率超过九成。", tianhe)["超过九成"].status != "unsupported"


def test_invented_figures_in_report_sentences_are_supported_at_most_once_in_a_hundred(tianhe):
    spec = importlib.util.spec_from_file_location("check_fabricated", ROOT / "benchmarks" / "check_fabricated.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    import random

    rng = random.Random(20240601)
    passed = []
    for _ in range(300):
        text, fig = gen.sentence(rng)
        hit = [m for m in check(text, tianhe).mentions if fig in m.text]
        if hit and hit[0].status not in ("unsupported", "ignored"):
            passed.append(text)
    assert len(passed) <= 3, passed


def test_the_blind_corpus_scores_098_on_unsupported():
    result = evaluate_corpus(ROOT / "tests" / "corpus_blind")
    disagreements = [d for c in result.cases for d in c.disagreements]
    assert result.precision >= 0.98, disagreements
    assert result.recall >= 0.98, disagreements


# ------------------------------------------------------------------ correct text passes

FORM = SourceData(name="项目自评表.yaml", data={
    "项目名称": "2023年农村人居环境整治项目",
    "项目资金": {"单位": "万元", "全年预算数": Decimal("860"), "全年执行数": Decimal("812.4"),
                 "其中": [{"名称": "上级资金", "全年预算数": Decimal("520")},
                          {"名称": "区级资金", "全年预算数": Decimal("340")}]},
    "绩效指标": [
        {"三级指标": "村道硬化完成时间", "年度指标值": "10月前", "实际完成值": "9月", "单位": "月"},
        {"三级指标": "审批办结时限", "年度指标值": "≤15", "实际完成值": 10, "单位": "个工作日"},
        {"三级指标": "农户参与率", "年度指标值": "≥30%", "实际完成值": Decimal("36.4"), "单位": "%"},
    ],
})


def test_a_deadline_month_met_earlier_traces_to_the_target_and_the_actual():
    m = verdicts("村道硬化于9月完成，早于10月前的时限；审批10个工作日内办结，短于15个工作日的时限。", FORM)
    assert {k: v.status for k, v in m.items()} == {
        "9月": "exact", "10月前": "exact", "10个工作日": "exact", "15个工作日": "exact"}


def test_a_part_share_of_its_whole_is_derived():
    m = verdicts("项目全年预算860万元，其中上级资金520万元，占60.47%。", FORM)
    assert m["60.47%"].status == "derived" and "520" in m["60.47%"].formula and "860" in m["60.47%"].formula


def test_fraction_words_justified_by_a_rate_show_the_rate():
    m = verdicts("农户参与率36.4%，超过三成，不足四成。", FORM)
    assert m["超过三成"].status != "unsupported" and m["不足四成"].status != "unsupported"
    assert verdicts("农户参与率接近四成。", FORM)["接近四成"].status != "unsupported"
    assert verdicts("农户参与率过半。", FORM)["过半"].status == "unsupported"


def test_a_share_is_never_the_whole_over_its_part():
    m = verdicts("项目全年预算860万元，其中上级资金520万元，占165.38%。", FORM)
    assert m["165.38%"].status == "unsupported"


def test_the_deadline_month_stated_as_the_month_of_completion_is_unsupported():
    assert verdicts("村道硬化于10月完成。", FORM)["10月"].status == "unsupported"
    assert verdicts("村道硬化于8月完成。", FORM)["8月"].status == "unsupported"
    assert verdicts("审批12个工作日内办结。", FORM)["12个工作日"].status == "unsupported"


def test_a_bound_in_the_sources_supports_no_approximation_from_the_other_side():
    # 不低于90% says the figure is 90 % or more; 接近九成 / 不足九成 say it is below
    goals = SourceText(name="年度目标.md", text="家庭医生签约服务居民满意度不低于90%，重点人群签约率不超过上年的两倍。")
    assert verdicts("签约居民满意度接近九成。", goals)["接近九成"].status == "unsupported"
    assert verdicts("签约居民满意度不足九成。", goals)["不足九成"].status == "unsupported"
    assert verdicts("签约居民满意度九成以上。", goals)["九成以上"].status != "unsupported"
    form = SourceData(name="自评表.yaml", data={"绩效指标": [
        {"三级指标": "签约居民满意度", "年度指标值": "≥90%"}, {"三级指标": "慢病患者规范管理率", "年度指标值": "≦60%"}]})
    assert verdicts("签约居民满意度接近九成。", form)["接近九成"].status == "unsupported"
    assert verdicts("慢病患者规范管理率六成以上。", form)["六成以上"].status == "unsupported"
    assert verdicts("签约居民满意度九成以上。", form)["九成以上"].status != "unsupported"


def test_a_deadline_written_as_a_bound_month_is_found_by_its_month():
    # "≤10月" is a bound of the unit 月, not a date: only the month look-up finds the deadline
    form = SourceData(name="项目自评表.yaml", data={"绩效指标": [
        {"三级指标": "污水管网完工时间", "年度指标值": "≤10月", "实际完成值": "9月"}]})
    m = verdicts("污水管网于9月完工，早于10月的时限。", form)
    assert {k: v.status for k, v in m.items()} == {"9月": "exact", "10月": "exact"}
    assert "≤10月" in m["10月"].evidence[0].text
