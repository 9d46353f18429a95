"""The summary corpus (evals/summaries/corpus): eleven reports of other units and layouts, summarized offline at
200 and 500 characters. What a leader must get is there, nothing a reader strikes out is, no sentence is cut,
every number is traced, and the room is used."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from drafter.chains.summarize import summarize
from drafter.evals import load_suite
from drafter.reports import read_report
from drafter.summary_metrics import boilerplate, cut_sentences, fill, key_fact_recall

ROOT = Path(__file__).resolve().parents[1]
SUITE = load_suite(ROOT / "evals" / "summaries.yaml")
CASES = [c for c in SUITE.cases if c.key_facts]


@lru_cache(maxsize=None)
def summary_of(case_id: str):
    case = next(c for c in CASES if c.id == case_id)
    return case, summarize(SUITE.resolve(case.input), chars=case.summary.chars)


def test_the_corpus_has_eleven_reports_in_different_layouts():
    inputs = {c.input.name for c in CASES}
    assert len(inputs) == 11
    assert {Path(i).suffix for i in inputs} >= {".txt", ".md", ".docx", ".pdf"}


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_no_boilerplate_no_cut_sentence_every_number_traced(case_id):
    case, s = summary_of(case_id)
    assert s.ok, [m.text for m in s.check.unsupported]
    assert s.chars <= case.summary.chars
    assert boilerplate(s.text) == []
    assert cut_sentences(s.text, read_report(SUITE.resolve(case.input)).cleaned_text) == []
    assert "报告未列明预算执行情况" not in s.text and "从略" not in s.text


@pytest.mark.parametrize("case_id", [c.id for c in CASES if c.summary.chars >= 500])
def test_at_500_characters_a_leader_gets_the_key_facts(case_id):
    case, s = summary_of(case_id)
    recall, missing = key_fact_recall(s.text, case.key_facts)
    assert recall >= Decimal("0.85"), missing


def test_key_fact_recall_at_500_is_at_least_nine_in_ten_over_the_corpus():
    shares = [key_fact_recall(summary_of(c.id)[1].text, c.key_facts)[0] for c in CASES if c.summary.chars >= 500]
    assert sum(shares) / len(shares) >= Decimal("0.9")


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_the_summary_uses_the_room_it_is_given(case_id):
    case, s = summary_of(case_id)
    assert fill(s.chars, case.summary.chars) >= Decimal("0.8"), s.text
