"""Every form fixture and every example drafts offline with each number traced: an untraced figure in
drafter's own draft is a bug of the checker or of the writer, never something to wave through."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.pipeline import draft

ROOT = Path(__file__).resolve().parents[1]
FORMS = sorted(p for p in (ROOT / "tests" / "forms").iterdir()
               if p.suffix in (".docx", ".xlsx", ".pdf", ".txt", ".md") and p.name != "README.md")
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())


@pytest.mark.parametrize("source", FORMS + EXAMPLES, ids=lambda p: p.name)
def test_the_offline_draft_of_each_form_and_example_has_no_untraced_number(source):
    result = draft(source, engine="offline")
    assert result.check is not None and result.check.summary.numbers > 0
    untraced = [f"{m.text}: {m.reason}" for m in result.check.unsupported]
    assert not untraced and not any(p.unsupported for s in result.sections for p in s.paragraphs), untraced
