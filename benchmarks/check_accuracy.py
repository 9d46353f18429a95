"""Precision and recall of the checker's `unsupported` verdict on the labelled corpus (tests/corpus).

    python benchmarks/check_accuracy.py

Prints one line per case, the totals, and every disagreement between label and verdict. tests/test_corpus.py asserts the same figures (≥ 0.95).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.corpus import evaluate_corpus  # noqa: E402


def main() -> None:
    result = evaluate_corpus(ROOT / "tests" / "corpus")
    print(f"{'case':<10} {'labels':>6} {'u':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'agree':>6}")
    for case in result.cases:
        print(f"{case.name:<10} {case.labels:>6} {case.positives:>4} {case.tp:>4} {case.fp:>4} {case.fn:>4} "
              f"{case.agreement:>6.1%}")
    print(f"{'total':<10} {result.labels:>6} {result.positives:>4} {result.tp:>4} {result.fp:>4} {result.fn:>4} "
          f"{result.agreement:>6.1%}")
    print(f"unsupported: precision {result.precision:.3f}  recall {result.recall:.3f}  "
          f"(over {result.labels} labelled mentions, {result.positives} labelled unsupported)")
    problems = [d for c in result.cases for d in c.disagreements]
    if problems:
        print("\ndisagreements (label → verdict):")
        for d in problems:
            print("  " + d)


if __name__ == "__main__":
    main()
