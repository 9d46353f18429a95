"""A blind corpus: precision and recall of `unsupported`, and exit codes.

    python benchmarks/check_blind.py [FOLDER]      FOLDER defaults to tests/corpus_blind

FOLDER holds one case folder per unit (sources/ and text.md), e.g. tests/corpus_blind2/dev,
tests/corpus_blind2/holdout, tests/corpus_blind3 or tests/corpus_blind4 (all spent, now dev material: each sealed corpus is scored only twice, see
its README — run it only for the BEFORE and AFTER figures).

tests/corpus_blind: six units not in tests/corpus (agriculture, transport, elderly care, ecology, market
supervision, sports), labelled from the forms before the checker was changed for them. Prints, per case
and in total, the precision and recall of the `unsupported` verdict over the labelled mentions, every
disagreement, and the exit codes: each paragraph of a case is also checked alone, as `drafter check` would
check a text of one paragraph — exit 1 expected exactly when the paragraph holds a mention labelled u.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.check import SourceIndex, check  # noqa: E402
from drafter.corpus import evaluate_corpus, report_lines, strip_labels  # noqa: E402

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


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if len(args) == 1 else BLIND
    if len(args) > 1 or not (root.is_dir() and any((p / "text.md").is_file() for p in root.iterdir())):
        print(f"{root}: 没有案例目录（含 text.md）/ no case folders with a text.md\n"
              "usage: python benchmarks/check_blind.py [FOLDER]", file=sys.stderr)
        sys.exit(2)
    result = evaluate_corpus(root)
    extra: dict[str, str] = {}
    total_paras, all_wrong = 0, []
    for case in result.cases:
        paras, wrong = exit_codes(root / case.name)
        total_paras += paras
        all_wrong += wrong
        extra[case.name] = f" {paras:>6} {len(wrong):>6}"
    extra["total"] = f" {total_paras:>6} {len(all_wrong):>6}"
    print("\n".join(report_lines(result, extra, f" {'paras':>6} {'exit≠':>6}")))
    print(f"exit codes wrong: {len(all_wrong)} of {total_paras} paragraphs (each checked alone)")
    if all_wrong:
        print("\nwrong exit codes:")
        for w in all_wrong:
            print("  " + w)


if __name__ == "__main__":
    main()
