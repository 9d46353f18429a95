"""The number checker: trace every number of a text to the sources, or flag it.

    check(text, sources) -> CheckReport
    SourceIndex.build(sources) -> SourceIndex      build once, check many times (engines' repair loops)

`sources` is a list of paths (files or folders, read recursively: .yaml/.yml/.json of any shape, .txt/.md,
.docx), in-memory `SourceText(name, text)` / `SourceData(name, data)`, or a prebuilt `SourceIndex`.

Every mention of the text gets one status:

    exact        the same value in a compatible unit (a unitless source number matches by value; an amount of
                 money only where it may be one: it has decimals, its path or column names money, or its source
                 states 元 / 万元 — a bare count 134 is no 134万元)
    converted    the same quantity in another unit: 552万元 = 5520000元, 0.9294 = 92.94%, 5‰ = 0.5%
    rounded      a source value rounded (half-up) or truncated to the precision the text shows: 92.94% → 92.9%
    approximate  the text says 约/近/超过/余/以上 … and a source value lies on that side, near enough
    derived      one arithmetic step on two source numbers: a/b as %, (a−b)/b as %, a−b, a+b
    unsupported  none of the above
    ignored      not a quantity (enumerator, name, idiom, code) or a 《title》 found verbatim in a source

Chance matches are the danger of derivations, so both operands must come from one source record or
paragraph, or both be cited by the text paragraph itself; small integers (≤ 31) are derived only from
numbers the paragraph cites; years and dates are never derived. When several derivations fit, the report
says so.

Index: facts are kept in per-unit-family lists sorted by magnitude (bisect windows, no scan of all
facts per mention), years and dates in hash maps, and facts grouped by record/paragraph for derivations.

The stages, one module each (each imports only the ones above it):

    _common.py   limits, patterns and role marks several stages share
    models.py    SourceText / SourceData in, MentionCheck / CheckReport out, status labels
    rounding.py  Decimal closeness: rounded, truncated, the step a shown figure stands for
    context.py   the checked text around a number: sentence, clause, subject words, text tables
    index.py     reading the sources and indexing their numbers as facts (SourceIndex)
    match.py     a mention's value among the facts, candidates ranked (_Checker)
    derive.py    the operand pairs a derivation may use
    dates.py     month gaps and number ranges
    run.py       the check loop: check, check_files, read_text_arg
    parallel.py  check(…, jobs=2): a large text's two halves traced by two forked processes, the same verdicts
"""

from __future__ import annotations

from .index import SOURCE_SUFFIXES, SourceIndex, load_source_path, source_paths
from .models import (CHECK_APPENDIX, STATUS_LABELS, STATUSES, CheckReport, CheckSummary, Evidence, MentionCheck,
                     SourceData, SourceText, Status, explain)
from .run import check, check_files, read_text_arg

__all__ = [
    "Status", "STATUSES", "Evidence", "MentionCheck", "CheckSummary", "CheckReport", "SourceText", "SourceData",
    "SourceIndex", "check", "check_files", "read_text_arg", "source_paths",
    "CHECK_APPENDIX", "STATUS_LABELS", "explain", "SOURCE_SUFFIXES", "load_source_path",
]
