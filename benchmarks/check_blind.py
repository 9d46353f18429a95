"""The blind corpus (tests/corpus_blind): precision and recall of `unsupported`, and exit codes.

    python benchmarks/check_blind.py

Six units not in tests/corpus (agriculture, transport, elderly care, ecology, market supervision, sports),
labelled from the forms before the checker was changed for them. Prints, per case and in total, the
precision and recall of the `unsupported` verdict over the labelled mentions, every disagreement, and the
exit codes: each paragraph of a case is also checked alone, as `drafter check` would check a text of one
paragraph — exit 1 expected exactly when the paragraph holds a mention labelled u.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.check import SourceIndex, check  # noqa: E402
from drafter.corpus import evaluate_corpus, strip_labels  # noqa: E402

BLIND = ROOT / "tests" / "corpus_blind"


def exit_codes(folder: Path) -> tuple[int, list[str]]:
    """(paragraphs checked, the paragraphs whose exit code differs from the labels)."""
    index = SourceIndex.build([folder / "sources"])
    wrong: list[str] = []
    paragraphs = [p for p in (folder / "text.md").read_text(encoding="utf-8").split("\n\n") if "{{" in p]
    for marked in paragraphs:
        text, spans = strip_labels(marked.strip())
        expected = 1 if any(label == "u" for *_, label in spans) else 0
        got = 0 if check(text, index).ok else 1
        if got != expected:
            wrong.append(f"{folder.name}: exit {got}, expected {expected}: {text[:70]}")
    return len(paragraphs), wrong


def main() -> None:
    result = evaluate_corpus(BLIND)
    print(f"{'case':<10} {'labels':>6} {'u':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'agree':>6} {'paras':>6} {'exit≠':>6}")
    total_paras, all_wrong = 0, []
    for case in result.cases:
        paras, wrong = exit_codes(BLIND / case.name)
        total_paras += paras
        all_wrong += wrong
        print(f"{case.name:<10} {case.labels:>6} {case.positives:>4} {case.tp:>4} {case.fp:>4} {case.fn:>4} "
              f"{case.agreement:>6.1%} {paras:>6} {len(wrong):>6}")
    print(f"{'total':<10} {result.labels:>6} {result.positives:>4} {result.tp:>4} {result.fp:>4} {result.fn:>4} "
          f"{result.agreement:>6.1%} {total_paras:>6} {len(all_wrong):>6}")
    print(f"unsupported: precision {result.precision:.3f}  recall {result.recall:.3f}  "
          f"(over {result.labels} labelled mentions, {result.positives} labelled unsupported); "
          f"exit codes wrong: {len(all_wrong)} of {total_paras} paragraphs")
    problems = [d for c in result.cases for d in c.disagreements]
    if problems:
        print("\ndisagreements (label → verdict):")
        for d in problems:
            print("  " + d)
    if all_wrong:
        print("\nwrong exit codes:")
        for w in all_wrong:
            print("  " + w)


if __name__ == "__main__":
    main()
