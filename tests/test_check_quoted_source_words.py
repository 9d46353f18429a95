"""A figure inside a quotation the source writes word for word is the source's figure (issue 10): a draft that quotes
the form's 偏差原因 cell ("据自评表填报为“7月下旬至8月强降雨……”") in a sentence about a deadline indicator quotes the
cell's month, not the indicator's result — the quotation's own words, not the sentence's, say what it dates. A
quotation the sources do not write word for word earns nothing: its figures are judged as any other.

Unit of our own: 凉山州彝族文化传习馆 (its project form, with a deadline indicator missed after the rains).
"""

from __future__ import annotations

from drafter.check import SourceData, check

FORM = SourceData(name="传习馆项目自评表.yaml", data={
    "项目名称": "2025年彝族非遗传习进村项目",
    "绩效指标": [
        {"三级指标": "传习进村活动完成时间", "年度指标值": "11月底前", "实际完成值": "12月16日",
         "偏差原因分析及改进措施": "7月中旬至8月暴雨，美姑、雷波部分村道中断，14场活动顺延至12月；今后雨季前后错峰安排。"},
        {"三级指标": "传习进村活动场次", "年度指标值": "≥80场", "实际完成值": "84场"},
    ],
})


def status_of(text: str, figure: str) -> str:
    return next(m.status for m in check(text, [FORM]).mentions if m.text == figure)


def test_a_month_quoted_word_for_word_from_the_cause_cell_is_the_cells():
    text = ("“传习进村活动完成时间”未达标的原因，据自评表填报为“7月中旬至8月暴雨，美姑、雷波部分村道中断”。")
    assert status_of(text, "7月中旬") == "exact"


def test_a_month_in_a_quotation_the_sources_never_wrote_is_still_judged():
    text = ("“传习进村活动完成时间”未达标的原因，据自评表填报为“9月中旬至10月暴雨，美姑、雷波部分村道中断”。")
    assert status_of(text, "9月中旬") == "unsupported"
