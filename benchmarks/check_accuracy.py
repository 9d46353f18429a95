"""Precision and recall of the checker's `unsupported` verdict on the labelled corpus (tests/corpus).

    python benchmarks/check_accuracy.py

Prints one line per case, the totals, and every disagreement between label and verdict. tests/test_corpus.py asserts the same figures (≥ 0.95).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.corpus import evaluate_corpus, report_lines  # noqa: E402


def main() -> None:
    result = evaluate_corpus(ROOT / "tests" / "corpus")
    print("\n".join(report_lines(result)))

if __name__ == "__main__":
    main()
