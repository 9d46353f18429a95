"""Scoring the checker against a labelled corpus: `{{mention|label}}` markup in report texts.

Used by tests/test_corpus.py and benchmarks/check_accuracy.py; the evals can reuse it for their own
labelled texts. Labels: s supported (exact / converted / rounded / approximate), d derived, i ignored,
u unsupported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .check import SourceIndex, check

LABEL = re.compile(r"\{\{(.+?)\|([sdiu])\}\}")
EXPECTED = {"s": {"exact", "converted", "rounded", "approximate"}, "d": {"derived"}, "i": {"ignored"},
            "u": {"unsupported"}}


def strip_labels(marked: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Plain text and the labelled spans (start, end, text, label) in it."""
    out: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    length = 0
    for m in LABEL.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m[1]), m[1], m[2]))
        out.append(m[1])
        length += len(m[1])
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


@dataclass
class CaseResult:
    name: str
    labels: int = 0
    positives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: int = 0
    disagreements: list[str] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        return self.agree / self.labels if self.labels else 1.0


@dataclass
class CorpusResult:
    cases: list[CaseResult]

    def _sum(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.cases)

    labels = property(lambda self: self._sum("labels"))
    positives = property(lambda self: self._sum("positives"))
    tp = property(lambda self: self._sum("tp"))
    fp = property(lambda self: self._sum("fp"))
    fn = property(lambda self: self._sum("fn"))

    @property
    def agreement(self) -> float:
        return self._sum("agree") / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate_case(folder: Path) -> CaseResult:
    text, spans = strip_labels((folder / "text.md").read_text(encoding="utf-8"))
    report = check(text, SourceIndex.build([folder / "sources"]))
    result = CaseResult(folder.name)
    claimed: set[int] = set()
    for start, end, shown, label in spans:
        hits = [(k, m) for k, m in enumerate(report.mentions) if m.start < end and start < m.end]
        claimed.update(k for k, _ in hits)
        exact = [m for _, m in hits if m.start == start and m.end == end]
        status = exact[0].status if len(exact) == 1 else (
            "unsupported" if any(m.status == "unsupported" for _, m in hits) else "missing")
        result.labels += 1
        flagged = status == "unsupported"
        if label == "u":
            result.positives += 1
            result.tp += flagged
            result.fn += not flagged
        else:
            result.fp += flagged
        if status in EXPECTED[label]:
            result.agree += 1
        else:
            span_note = "" if exact else f" (read as {', '.join(repr(m.text) for _, m in hits) or 'nothing'})"
            result.disagreements.append(f"{folder.name}: {shown!r} {label} → {status}{span_note}")
    for k, m in enumerate(report.mentions):
        if k not in claimed and m.status != "ignored":
            result.disagreements.append(f"{folder.name}: unlabelled {m.text!r} → {m.status}")
            result.fp += m.status == "unsupported"
    return result


def evaluate_corpus(root: Path) -> CorpusResult:
    return CorpusResult([evaluate_case(p) for p in sorted(root.iterdir()) if (p / "text.md").is_file()])


def report_lines(result: CorpusResult, extra: dict[str, str] | None = None, extra_header: str = "") -> list[str]:
    """The per-case table, the totals and every disagreement, as the benchmarks print them; `extra` adds a
    column per case (and 'total')."""
    extra = extra or {}
    lines = [f"{'case':<10} {'labels':>6} {'u':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'agree':>6}{extra_header}"]
    for c in [*result.cases, None]:
        row = c or result
        name = c.name if c else "total"
        lines.append(f"{name:<10} {row.labels:>6} {row.positives:>4} {row.tp:>4} {row.fp:>4} {row.fn:>4} "
                     f"{row.agreement:>6.1%}{extra.get(name, '')}")
    lines.append(f"unsupported: precision {result.precision:.3f}  recall {result.recall:.3f}  "
                 f"(over {result.labels} labelled mentions, {result.positives} labelled unsupported)")
    problems = [d for c in result.cases for d in c.disagreements]
    if problems:
        lines += ["", "disagreements (label → verdict):"] + ["  " + d for d in problems]
    return lines
