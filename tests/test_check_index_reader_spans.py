"""The span a report shows for each figure is the figure as a reader marks it (the convention of the labelled corpora,
tests/corpus/README.md): a deadline keeps its 前 ("10月底前"); a bound or target keeps its words outside ("不低于90%"
shows 90%, "保持在98%以上" shows 98%); a verb comparing with a quoted target stays outside ("超过50万人次的目标"
shows 50万人次); an approximation word stays inside ("超过52万人次", "约52万人次"). A rate per a scaled unit
("0.8次/百公里") is one figure. The verdicts are those of the figure itself."""

from __future__ import annotations

from drafter.check import SourceData, check
from drafter.numbers import extract_mentions

# A district library's project form.
FORM = SourceData(name="图书馆项目自评表.yaml", data={
    "项目名称": "2024年公共图书馆免费开放项目",
    "绩效指标": [
        {"三级指标": "接待读者", "年度指标值": "≥50万人次", "实际完成值": "52.3万人次"},
        {"三级指标": "读者满意度", "年度指标值": "≥90%", "实际完成值": "96.5%"},
        {"三级指标": "图书上架合格率", "年度指标值": "≥98%", "实际完成值": "99.1%"},
        {"三级指标": "自助借还设备更新完成时间", "年度指标值": "10月底前", "实际完成值": "10月20日"},
        {"三级指标": "流动服务车故障率", "年度指标值": "≤1.5次/百公里", "实际完成值": "0.8次/百公里"},
    ],
})


def spans(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_quoted_deadline_keeps_its_before_word():
    got = spans("自助借还设备于10月20日完成更新，早于“10月底前”的要求。")
    assert got == {"10月20日": "exact", "10月底前": "exact"}, got


def test_a_month_deadline_without_the_end_of_month_keeps_its_before_word_too():
    assert "10月前" in spans("设备更新要求在10月前完成。")


def test_around_a_month_is_no_deadline():
    assert "10月" in spans("设备更新在10月前后完成。")


def test_a_bound_word_before_a_target_stays_outside():
    got = spans("读者满意度96.5%，目标为不低于90%。")
    assert got == {"96.5%": "exact", "90%": "exact"}, got


def test_a_bound_after_a_kept_target_stays_outside():
    got = spans("下一步图书上架合格率保持在98%以上。")
    assert got == {"98%": "exact"}, got


def test_a_verb_comparing_with_the_quoted_target_stays_outside():
    got = spans("全年接待读者52.3万人次，超过50万人次的目标。")
    assert got == {"52.3万人次": "exact", "50万人次": "exact"}, got


def test_an_approximation_word_stays_inside():
    assert list(spans("全年接待读者超过52万人次。")) == ["超过52万人次"]
    assert list(spans("全年接待读者约52万人次。")) == ["约52万人次"]


def test_a_fraction_word_keeps_its_bound():
    assert [m.text for m in extract_mentions("外借图书占馆藏四成以上")] == ["四成以上"]


def test_a_rate_per_a_scaled_unit_is_one_figure():
    got = spans("流动服务车故障率0.8次/百公里，低于1.5次/百公里的上限。")
    assert got == {"0.8次/百公里": "exact", "1.5次/百公里": "exact"}, got


def test_a_rate_per_ten_thousand_without_a_unit_before_the_stroke_is_one_figure():
    (m,) = extract_mentions("输血不良反应发生率0.35/万人次")
    assert (m.text, m.per) == ("0.35/万人次", "万人次")


def test_a_monthly_day_deadline_keeps_its_before_word():
    text = "读者借阅月报均在每月10日前报送。"
    (m,) = [m for m in check(text, [FORM]).mentions if "10" in m.text]
    assert m.text == "10日前"


def test_a_full_dates_before_word_stays_outside():
    text = "自助借还设备于10月20日前完成更新。"
    (m,) = [m for m in check(text, [FORM]).mentions if "10" in m.text]
    assert m.text == "10月20日"
