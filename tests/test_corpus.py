"""The labelled corpus (tests/corpus): the checker's `unsupported` verdict against human labels."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus import evaluate_corpus, strip_labels

CORPUS = Path(__file__).parent / "corpus"


def test_the_corpus_has_at_least_150_labelled_mentions_of_every_kind():
    labels = []
    for text in CORPUS.glob("*/text.md"):
        labels += [label for *_, label in strip_labels(text.read_text(encoding="utf-8"))[1]]
    assert len(labels) >= 150
    assert {label: labels.count(label) >= 10 for label in "sdiu"} == dict.fromkeys("sdiu", True)


def test_precision_and_recall_of_unsupported_are_at_least_095():
    result = evaluate_corpus(CORPUS)
    disagreements = [d for c in result.cases for d in c.disagreements]
    assert result.precision >= 0.95, disagreements
    assert result.recall >= 0.95, disagreements
    assert result.agreement >= 0.9, disagreements


def test_labels_are_stripped_to_the_exact_spans():
    text, spans = strip_labels("预算完成率{{92.94%|d}}，{{一是|i}}")
    assert text == "预算完成率92.94%，一是"
    assert [(text[a:b], label) for a, b, _, label in spans] == [("92.94%", "d"), ("一是", "i")]
