"""Measure the sweep:  python tests/quality/sweep/measure.py  (prints one line per form and the totals)

For each form, as its unit holds it: does it import (fields, warnings); does the offline draft pass its own
check (exit code of `drafter draft`); the problems found against expected.yaml (recall, false problems, the
form's causes stated and answered, measures using a phrase banned for the unit such as 执行率偏低 at 95 %, a
wrong figure or another task's overview in 目标完成情况, clauses repeated within one section); and does the 500-character 领导摘要 keep the budget (全年预算数,
全年执行数, 执行率), stay within its budget of characters, and keep every missed indicator out of 主要成效.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
DRAFTER = [sys.executable, "-m", "drafter"]
FORM_SUFFIXES = (".xlsx", ".docx", ".pdf", ".txt", ".md")
REPEAT_CLAUSE_CHARS = 10  # shorter clauses (未达到目标, 达到目标) are the listing's grammar, not boilerplate
REPEAT_RATIO = 85  # rapidfuzz ratio: 明确责任人和完成时限 ~ 明确责任科室和完成时限


def repeated_clauses(paragraphs: list[str]) -> list[str]:
    """Boilerplate said twice: clauses of one section, without figures (a figure restated as an item's evidence
    is not boilerplate) and past an item's heading, that say again what an earlier clause said (same or nearly)."""
    import re

    from rapidfuzz import fuzz

    clauses = []
    for p in paragraphs:
        parts = re.split(r"[。；，：;,:]", p)
        if re.match(r"^（[一二三四五六七八九十]+）", p):
            parts = parts[1:]  # the item's heading: a task's or a problem's name
        clauses += [c for c in parts if len(c) >= REPEAT_CLAUSE_CHARS and not re.search(r"\d", c)]
    return [c for i, c in enumerate(clauses) if any(fuzz.ratio(c, d) >= REPEAT_RATIO for d in clauses[:i])]


def form_of(folder: Path) -> Path:
    return next(p for p in sorted(folder.iterdir()) if p.suffix in FORM_SUFFIXES)


def measure(folder: Path, chars: int = 500) -> dict:
    from drafter.chains.summarize import summarize
    from drafter.forms import import_form
    from drafter.numbers import extract_mentions
    from drafter.quality import load_expectations, score_quality

    form = form_of(folder)
    row: dict = {"case": folder.name, "format": form.suffix}
    try:
        imported = import_form(form)
        row["import"] = "ok"
        row["fields"] = len(imported.sources)
        row["warnings"] = len(imported.warnings)
        from drafter.load import load_input
        report = load_input(form)
    except Exception as exc:  # noqa: BLE001 - a failed import is a figure of the sweep, not a crash
        row["import"] = f"failed: {str(exc)[:60]}"
        return row

    run = subprocess.run([*DRAFTER, "draft", str(form), "--format", "json"], capture_output=True, text=True)
    row["draft_exit"] = run.returncode
    if run.returncode in (0, 1):
        draft = json.loads(run.stdout)
        sections = {s["name"]: [SimpleNamespace(**{k: p.get(k) for k in ("text", "kind", "id", "ref")})
                                for p in s["paragraphs"]] for s in draft["sections"]}
        exp = load_expectations(folder / "expected.yaml")
        values, details = score_quality(sections.get("存在问题", []), sections.get("改进措施", []), exp,
                                        sections.get("目标完成情况", []))
        row.update({k: str(v) for k, v in values.items()})
        row["details"] = details
        row["repeated"] = [c for s in draft["sections"] for c in repeated_clauses([p["text"] for p in s["paragraphs"]])]
        row["untraced"] = [m["text"] for m in draft["check"].get("mentions", []) if m["status"] == "unsupported"]

    summary = summarize(form, chars=chars)
    text = summary.text if hasattr(summary, "text") else str(summary)
    budget = report.budget
    wanted = {"全年预算数": budget.adjusted if budget.adjusted is not None else budget.initial,
              "全年执行数": budget.actual}
    if budget.actual is not None and wanted["全年预算数"]:
        wanted["执行率"] = (budget.actual / wanted["全年预算数"] * 100).quantize(Decimal("0.01"))
    said = {Decimal(m.value) for m in extract_mentions(text) if m.value is not None}
    row["summary_keeps"] = [k for k, v in wanted.items() if v is not None and Decimal(v) in said]
    row["summary_missing"] = [k for k, v in wanted.items() if v is None or Decimal(v) not in said]
    from drafter.summary import count_chars
    row["summary_chars"] = f"{count_chars(text)}/{chars}"
    results = text.split("主要成效", 1)[1].split("存在问题", 1)[0] if "主要成效" in text else ""
    missed = [s for e in exp.problems if "indicator_below_target" in e.kind for s in e.subject]
    row["missed_as_results"] = [s for s in missed if s in results]
    return row


def main() -> int:
    rows = [measure(folder) for folder in sorted(HERE.iterdir()) if (folder / "expected.yaml").exists()]
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))
    ok = [r for r in rows if r.get("import") == "ok"]
    clean = [r for r in ok if r.get("draft_exit") == 0]
    recall = sum(Decimal(r.get("problem_recall", 0)) for r in ok) / len(rows)
    false = sum(Decimal(r.get("false_problems", 0)) for r in ok)
    cause = sum(Decimal(r.get("cause_recall", 0)) for r in ok) / len(rows)
    answered = sum(Decimal(r.get("cause_measures", 0)) for r in ok) / len(rows)
    keeps = sum(not r.get("summary_missing") for r in ok)
    as_results = sum(len(r.get("missed_as_results", [])) for r in ok)
    misfit = sum(Decimal(r.get("misfit_measures", 0)) for r in ok)
    wrong_story = sum(Decimal(r.get("narrative_banned", 0)) for r in ok)
    repeated = sum(len(r.get("repeated", [])) for r in ok)
    print(f"sweep: {len(rows)} forms; import ok {len(ok)}/{len(rows)}; offline draft exit 0 {len(clean)}/{len(rows)}; "
          f"problem recall {recall:.4f}; false problems {false}; causes stated {cause:.4f}, answered {answered:.4f}; "
          f"summary keeps 预算/执行/执行率 {keeps}/{len(rows)}; missed indicators in 主要成效 {as_results}; "
          f"banned measure phrases {misfit}; banned narrative {wrong_story}; repeated clauses in a section {repeated}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
