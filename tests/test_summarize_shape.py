"""The summary's shape and length rule: what --chars counts, and the deterministic cut to the limit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.summary import HEADINGS, SummarySection, compose, count_chars, fit_to_budget, sentences_of

BUDGET = "调整预算3475.09万元，实际支出3229.91万元，预算完成率92.94%。"
SENTENCES = [
    "全区共执法检查各类生产经营单位1.29万家次，发现并消除隐患2485条。",
    "开展宣讲5.9万次，受众达41.3万人次。",
    "完成全区230个综合减灾社区创建任务。",
    "组织开展天河区森林防灭火应急演练4次。",
    "今年累计机动巡查达15799.5公里，共发现并制止37起野外违规用火。",
    "实施项目过程中不确定因素较多，绩效指标设置难以全面涵盖。",
    "加强绩效管理，预算调整调剂时同时调整绩效指标。",
    "2022年整体支出绩效指标基本完成。",
]


def test_chars_counts_every_non_whitespace_character_of_the_printed_text():
    sections = [SummarySection(name="总体情况", items=["预算完成率92.94%。"]),
                SummarySection(name="主要成效", items=["开展宣讲5.9万次。", "受众达41.3万人次。"]),
                SummarySection(name="存在问题", items=[]),
                SummarySection(name="下一步", items=["加强绩效管理。"])]
    text = compose(sections)
    assert text == ("总体情况：预算完成率92.94%。\n\n主要成效：\n1. 开展宣讲5.9万次。\n2. 受众达41.3万人次。\n\n"
                    "存在问题：从略。\n\n下一步：加强绩效管理。\n")
    # headings with their colons, "1." "2.", punctuation and digits count; spaces and line breaks do not
    assert count_chars(text) == len(text.replace("\n", "").replace(" ", ""))


@settings(max_examples=150, deadline=None)
@given(
    overall=st.lists(st.sampled_from(SENTENCES), max_size=2),
    results=st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), max_size=7),
    problem=st.lists(st.sampled_from(SENTENCES), max_size=3),
    measure=st.lists(st.sampled_from(SENTENCES), max_size=3),
    limit=st.integers(min_value=50, max_value=700),
)
def test_fit_to_budget_cuts_whole_sentences_until_it_fits_and_keeps_the_budget_sentence(
        overall, results, problem, measure, limit):
    sections = [SummarySection(name="总体情况", items=[BUDGET, "".join(overall)] if overall else [BUDGET]),
                SummarySection(name="主要成效", items=["".join(r) for r in results]),
                SummarySection(name="存在问题", items=["".join(problem)] if problem else []),
                SummarySection(name="下一步", items=["".join(measure)] if measure else [])]
    fitted, trimmed = fit_to_budget(sections, limit, keep={BUDGET}, essential="92.94%")
    text = compose(fitted)
    assert count_chars(text) <= limit
    assert trimmed == (count_chars(compose(sections)) > limit)
    assert [s.name for s in fitted] == list(HEADINGS)
    if limit >= 60:
        assert "预算完成率92.94%" in fitted[0].body
    originals = set(SENTENCES) | set(sentences_of(BUDGET))
    for sec in fitted:
        for item in sec.items:
            for sent in sentences_of(item):
                # whole sentences from the input, or the budget sentence shortened at a clause boundary
                shortened = all(c in BUDGET for c in sent.rstrip("。").split("，"))  # clauses dropped, none cut
                assert sent in originals or shortened, sent
