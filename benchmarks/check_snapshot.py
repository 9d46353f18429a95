"""Every verdict of the number checker on the repository's material, for proving a change changes none.

    python benchmarks/check_snapshot.py OUT.jsonl              # write the snapshot
    python benchmarks/check_snapshot.py NEW.jsonl --diff OLD.jsonl   # write, then list what differs

One line per checked text: its case name, the number of source facts, and for each mention its span,
value, unit, status, evidence (source, location, snippet, in order), formula, reason and alternatives.
The texts: every labelled corpus (tests/corpus*, labels stripped) against its sources; each example folder's
reference and its own work logs against the folder; invented sentences (benchmarks/check_fabricated.py)
against each example folder; the generated 1 MB text of benchmarks/check_speed.py against its sources.
Keep snapshots outside the repository; a speed change must leave the diff empty.
--split checks every text in two processes (drafter/check/parallel.py, cut near its middle whatever its length):
its diff against a one-process snapshot must be empty too.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from check_fabricated import sentence  # noqa: E402
from check_speed import MB, material  # noqa: E402

from drafter.check import CheckReport, SourceIndex  # noqa: E402
from drafter.check import check as check_text  # noqa: E402
from drafter.check import parallel  # noqa: E402
from drafter.corpus import strip_labels  # noqa: E402


def record(name: str, report: CheckReport, tmp: str = "") -> dict:
    def clean(s: str) -> str:
        return s.replace(tmp, "<tmp>") if tmp else s.replace(str(ROOT), "<root>")

    return {"case": name, "facts": report.summary.facts, "mentions": [
        [m.start, m.end, m.text, str(m.value), m.unit, m.status,
         [[clean(e.source), e.location, e.text] for e in m.evidence], m.formula, m.reason, m.alternatives]
        for m in report.mentions]}


VIA_CACHE = False  # --via-cache: every index stored in a temporary DRAFTER_HOME, then read back and used
JOBS = 1  # --split: 2


def check(text: str, index: SourceIndex) -> CheckReport:
    return check_text(text, index, jobs=JOBS)


def index_of(paths: list[Path]) -> SourceIndex:
    if not VIA_CACHE:
        return SourceIndex.build(paths)
    from drafter.index_cache import build_cached, load, source_key

    _, store = build_cached(paths)
    store()
    key = source_key(paths)
    hit = load(key) if key else None
    assert hit is not None, f"no cache entry for {paths}"
    return hit


SEALED = {"corpus_blind32"}  # folders under tests/ sealed now (blind3 … 31 are spent, see their READMEs)


def cases() -> Iterator[dict]:
    for marked in sorted(ROOT.glob("tests/corpus*/**/text.md")):  # corpus_blind2 has dev/ and holdout/ levels
        if SEALED & set(marked.parts):  # a sealed corpus's verdicts are read only at the end (see its README)
            continue
        text, _ = strip_labels(marked.read_text(encoding="utf-8"))
        name = str(marked.parent.relative_to(ROOT / "tests"))
        yield record(name, check(text, index_of([marked.parent / "sources"])))
    rng = random.Random(20240601)
    invented = [sentence(rng)[0] for _ in range(600)]
    for folder in sorted(p for p in (ROOT / "examples").iterdir() if (p / "input.yaml").is_file()):
        index = index_of([folder])
        texts = {"worklogs": "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("worklogs/*")))}
        for p in sorted(folder.glob("*.md")) + sorted(folder.glob("*.txt")):
            texts[p.name] = p.read_text(encoding="utf-8")
        for name, text in texts.items():
            yield record(f"examples/{folder.name}/{name}", check(text, index))
        for k, text in enumerate(invented):
            yield record(f"examples/{folder.name}/invented#{k}", check(text, index))
    with tempfile.TemporaryDirectory() as tmp:
        m = material(MB, Path(tmp))
        yield record("check_speed/1MB", check(m.text, index_of([Path(tmp)]) if VIA_CACHE else m.index), tmp)


def _sum_order(m: list) -> list:
    """A mention whose formula is a sum, with its operands (and their evidence) in one canonical order."""
    formula = m[7] or ""
    sides = formula.split(" = ")
    if len(sides) == 2 and sides[0].count(" + ") == 1 and "(" not in sides[0]:
        a, b = sorted(sides[0].split(" + "))
        m = m[:6] + [sorted(m[6]), f"{a} + {b} = {sides[1]}"] + m[8:]
    return m


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--diff", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--via-cache", action="store_true",
                    help="check against indexes stored in and read back from the index cache (temporary DRAFTER_HOME)")
    ap.add_argument("--sum-order", action="store_true",
                    help="take a + b and b + a as one derivation (their order followed memory addresses before the speed work)")
    ap.add_argument("--split", action="store_true",
                    help="check every text in two processes, cut near its middle (drafter/check/parallel.py)")
    args = ap.parse_args()
    if args.split:
        global JOBS
        JOBS = 2
        parallel.SPLIT_MIN = 0
    if args.via_cache:
        import os
        import tempfile

        global VIA_CACHE
        VIA_CACHE = True
        os.environ["DRAFTER_HOME"] = tempfile.mkdtemp(prefix="drafter-snapshot-home-")
    n_cases = n_mentions = 0
    with args.out.open("w", encoding="utf-8") as f:
        for rec in cases():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n_cases += 1
            n_mentions += len(rec["mentions"])
    print(f"{n_cases} texts, {n_mentions} mentions → {args.out}")
    if not args.diff:
        return 0
    def load(path: Path) -> dict[str, dict]:
        recs = {r["case"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        if args.sum_order:
            for r in recs.values():
                r["mentions"] = [_sum_order(m) for m in r["mentions"]]
        return recs

    old, new = load(args.diff), load(args.out)
    changed = 0
    for name in sorted(old.keys() | new.keys()):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        changed += 1
        if a is None or b is None:
            print(f"{name}: only in {'new' if a is None else 'old'}")
            continue
        if a["facts"] != b["facts"]:
            print(f"{name}: facts {a['facts']} → {b['facts']}")
        if len(a["mentions"]) != len(b["mentions"]):
            print(f"{name}: {len(a['mentions'])} → {len(b['mentions'])} mentions")
        shown = 0
        for x, y in zip(a["mentions"], b["mentions"]):
            if x != y and shown < 5:
                print(f"{name}:\n  - {x}\n  + {y}")
                shown += 1
    print(f"{changed} of {len(old | new)} texts differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
