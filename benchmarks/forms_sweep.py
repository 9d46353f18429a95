"""How drafter reads the sweep forms (tests/forms_sweep): import fields right, checker false flags, planted errors.

    python benchmarks/forms_sweep.py            # one line per form, the totals, then every wrong field
    python benchmarks/forms_sweep.py --quiet    # the table only

Per form: `drafter import FORM -o DIR` is run as a user runs it (its exit code), the written input.yaml is
compared with the hand-written expected/NAME.yaml (every leaf of the expected file is one field; numbers
compare by value, a cause with its white space removed, other texts exactly; a 其中 line is found by its 名称); `drafter check`
is run on reports/NAME.md (every figure in it is right: each unsupported mention is a false flag) and on
each paragraph of reports/NAME.planted.md alone (one wrong figure, marked {{…|u}}: caught when a mention
overlapping it is unsupported), with the form itself as the only source.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.corpus import strip_labels  # noqa: E402
from drafter.load import parse_data_file  # noqa: E402

SWEEP = ROOT / "tests" / "forms_sweep"
DRAFTER = [sys.executable, "-m", "drafter"]


def forms() -> list[Path]:
    return sorted(p for p in SWEEP.iterdir() if p.suffix in (".xlsx", ".docx", ".pdf", ".md", ".txt")
                  and (SWEEP / "expected" / f"{p.stem}.yaml").is_file())


def _same(expected, got, narrative: bool) -> bool:
    if isinstance(expected, (int, Decimal)) and not isinstance(expected, bool):
        try:
            return Decimal(str(got)) == Decimal(expected)
        except Exception:
            return False
    got = "" if got is None else str(got)
    if narrative:  # a cause's paragraphs may be kept as lines
        return re.sub(r"\s+", "", str(expected)) == re.sub(r"\s+", "", got)
    return str(expected) == got.strip()  # a target or a name: as written, a line break inside it is wrong


def compare(expected: dict, got: dict) -> tuple[int, list[str]]:
    """(fields, wrong): each leaf of `expected` against the same place in `got`."""
    wrong: list[str] = []
    n = 0

    def walk(e, g, path):
        nonlocal n
        if isinstance(e, dict):
            for k, v in e.items():
                walk(v, g.get(k) if isinstance(g, dict) else None, f"{path}.{k}" if path else k)
        elif isinstance(e, list):
            for i, v in enumerate(e):
                if isinstance(v, dict) and "名称" in v:  # a 其中 line: found by its name
                    match = next((x for x in (g or []) if isinstance(x, dict) and x.get("名称") == v["名称"]), None)
                else:
                    match = g[i] if isinstance(g, list) and i < len(g) else None
                walk(v, match, f"{path}[{i}]")
        else:
            n += 1
            if not _same(e, g, path.endswith("偏差原因分析及改进措施")):
                wrong.append(f"{path}: expected {e!r}, got {g!r}")

    walk(expected, got, "")
    return n, wrong


def run_import(form: Path, tmp: Path) -> tuple[int, dict, str]:
    out = tmp / form.stem
    proc = subprocess.run([*DRAFTER, "import", str(form), "-o", str(out)], capture_output=True, text=True)
    data = parse_data_file(out / "input.yaml") if (out / "input.yaml").is_file() else {}
    return proc.returncode, data, proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""


def run_check(text: str, form: Path, tmp: Path) -> tuple[int, list[dict]]:
    f = tmp / "text.md"
    f.write_text(text, encoding="utf-8")
    proc = subprocess.run([*DRAFTER, "check", str(f), "-s", str(form), "--json"], capture_output=True, text=True)
    try:
        mentions = json.loads(proc.stdout)["mentions"]
    except (json.JSONDecodeError, KeyError):
        mentions = []
    return proc.returncode, mentions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    totals = dict(fields=0, right=0, flags=0, mentions=0, planted=0, caught=0, exits=0)
    details: list[str] = []
    print("| form | import exit | fields right | false flags (mentions) | planted caught |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for form in forms():
            code, data, err = run_import(form, tmp)
            expected = parse_data_file(SWEEP / "expected" / f"{form.stem}.yaml")
            n, wrong = compare(expected, data)
            _, mentions = run_check((SWEEP / "reports" / f"{form.stem}.md").read_text("utf-8"), form, tmp)
            flags = [m for m in mentions if m["status"] == "unsupported"]
            caught = 0
            paragraphs = [p for p in (SWEEP / "reports" / f"{form.stem}.planted.md").read_text("utf-8").split("\n\n")
                          if p.strip()]
            for para in paragraphs:
                text, spans = strip_labels(para.strip())
                _, ms = run_check(text, form, tmp)
                hit = any(m["status"] == "unsupported" and m["start"] < e and s < m["end"]
                          for m in ms for s, e, _, label in spans if label == "u")
                caught += hit
                if not hit:
                    details.append(f"{form.name} planted not caught: {text}")
            totals["fields"] += n
            totals["right"] += n - len(wrong)
            totals["flags"] += len(flags)
            totals["mentions"] += len(mentions)
            totals["planted"] += len(paragraphs)
            totals["caught"] += caught
            totals["exits"] += code == 0
            print(f"| {form.name} | {code} | {n - len(wrong)} / {n} | {len(flags)} ({len(mentions)}) | "
                  f"{caught} / {len(paragraphs)} |")
            details += [f"{form.name} import: {err}"] if code else []
            details += [f"{form.name} {w}" for w in wrong]
            details += [f"{form.name} false flag: {m['text']} — {m['reason']}" for m in flags]
    t = totals
    print(f"| total | {t['exits']} of {len(forms())} exit 0 | {t['right']} / {t['fields']} | "
          f"{t['flags']} ({t['mentions']}) | {t['caught']} / {t['planted']} |")
    if not args.quiet:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
