"""How `drafter draft FOLDER` does on the dev forms of tests/forms_draft (a form beside its work log, per folder).

    python benchmarks/forms_draft.py            # one line per form, the totals, then every miss
    python benchmarks/forms_draft.py --quiet    # the table only

Per folder, `drafter draft FOLDER` is run as a user runs it: its exit code; the checker's line (numbers traced /
unsupported); the form imported in memory against expected/NAME.yaml `import` (one field per leaf, as
benchmarks/forms_sweep.py compares); and the draft against expected/NAME.yaml `draft`, all hand-written from the
form: `stated` — the rates the form states, each to be restated as stated; `not_computed` — the rate the printed
amounts give where the form states another (must not appear); `contains` / `not_done` (a plan the log records,
never given as done); `short` — each indicator that fell short: a problem is right when one paragraph of 存在问题
names it with its target, its actual value and its cause, else missed; its measure is right when a sentence of
改进措施 naming it has one of the words that act on that cause; a met indicator named as short, or a
`false_problems` phrase in 存在问题, is a false problem; `circular` phrases in a measure are circular measures.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from forms_sweep import compare  # noqa: E402

DEV = ROOT / "tests" / "forms_draft"
DRAFTER = [sys.executable, "-m", "drafter"]
SHORT_WORDS = re.compile(r"未达到|未达标|相差|推迟|未按期|完成目标的")


def section(text: str, head: str) -> str:
    m = re.search(rf"^## {head}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    return m.group(1) if m else ""


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；])", text) if s.strip()]


def imported(form: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([*DRAFTER, "import", str(form), "-o", f"{tmp}/out"], capture_output=True, text=True)
        if proc.returncode:
            return {}
        return yaml.safe_load((Path(tmp) / "out" / "input.yaml").read_text(encoding="utf-8")) or {}


def score(name: str) -> dict:
    folder = DEV / name
    exp = yaml.safe_load((DEV / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))
    proc = subprocess.run([*DRAFTER, "draft", str(folder)], capture_output=True, text=True)
    out, err = proc.stdout, proc.stderr
    m = re.search(r"数字核验：(\d+) 个数字全部可溯源", err)
    traced, unsupported = (int(m.group(1)), 0) if m else (0, 0)
    m = re.search(r"数字核验：(\d+) 个数字中 ?(\d+) 个无法溯源|(\d+) 个数字[^\n]*?(\d+) 个无法溯源", err)
    if m:
        total = int(m.group(1) or m.group(3))
        unsupported = int(m.group(2) or m.group(4))
        traced = total - unsupported
    fields, wrong = compare(exp["import"], imported(folder / exp["form"]))
    d = exp["draft"]
    misses: list[str] = [f"import {w}" for w in wrong]
    if proc.returncode != d["rc"]:
        misses.append(f"exit {proc.returncode}: {err.strip().splitlines()[-1] if err.strip() else ''}")
    done = section(out, "目标完成情况")
    problems, measures = section(out, "存在问题"), section(out, "改进措施")
    stated = sum(s in done for s in d["stated"])
    misses += [f"stated rate not restated: {s}" for s in d["stated"] if s not in done]
    computed = [s for s in d["not_computed"] if s in out]
    misses += [f"own computed rate written: {s}" for s in computed]
    misses += [f"missing: {s}" for s in d["contains"] if s not in out]
    misses += [f"plan given as done: {s}" for s in d["not_done"] if s in done]
    right = missed = false = 0
    measured = circular = 0
    short_names = {s["name"] for s in d["short"]}
    for s in d["short"]:
        paras = [p for p in problems.split("\n") if f"“{s['name']}”" in p]
        if any(s["target"] in p and s["actual"] in p and s["cause"] in p for p in paras):
            right += 1
        else:
            missed += 1
            misses.append(f"problem missed or incomplete: {s['name']} ({s['target']} / {s['actual']} / {s['cause']})")
        said = [x for x in sentences(measures) if s["name"] in x]
        if any(w in x for x in said for w in s["measure"]):
            measured += 1
        else:
            misses.append(f"measure does not act on the cause: {s['name']} ({'/'.join(s['measure'])})")
    for ind in exp["import"]["绩效指标"]:
        n = ind["三级指标"]
        if n not in short_names and any(f"“{n}”" in x and SHORT_WORDS.search(x) for x in sentences(problems)):
            false += 1
            misses.append(f"false problem: met indicator {n} given as short")
    for phrase in d["false_problems"]:
        if phrase in problems:
            false += 1
            misses.append(f"false problem: {phrase}")
    for phrase in d["circular"]:
        n = measures.count(phrase)
        circular += n
        if n:
            misses.append(f"circular measure: {phrase} ×{n}")
    return dict(name=name, rc=proc.returncode, traced=traced, unsupported=unsupported, fields=fields,
                fields_right=fields - len(wrong), stated=stated, stated_of=len(d["stated"]), computed=len(computed),
                right=right, missed=missed, false=false, measured=measured, circular=circular, misses=misses)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    names = sorted(p.stem for p in (DEV / "expected").glob("*.yaml"))
    rows = [score(n) for n in names]
    print("| folder | exit | traced (unsupported) | import fields | rates as stated | own rate written | problems right / missed / false | measures on cause | circular |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(f"| {r['name']} | {r['rc']} | {r['traced']} ({r['unsupported']}) | {r['fields_right']} / {r['fields']} | "
              f"{r['stated']} / {r['stated_of']} | {r['computed']} | {r['right']} / {r['missed']} / {r['false']} | "
              f"{r['measured']} / {r['right'] + r['missed']} | {r['circular']} |")
    t = {k: sum(r[k] for r in rows) for k in ("traced", "unsupported", "fields_right", "fields", "stated", "stated_of",
                                              "computed", "right", "missed", "false", "measured", "circular")}
    ok = sum(r["rc"] == 0 for r in rows)
    print(f"| total | {ok} of {len(rows)} exit 0 | {t['traced']} ({t['unsupported']}) | {t['fields_right']} / {t['fields']} | "
          f"{t['stated']} / {t['stated_of']} | {t['computed']} | {t['right']} / {t['missed']} / {t['false']} | "
          f"{t['measured']} / {t['right'] + t['missed']} | {t['circular']} |")
    if not args.quiet:
        for r in rows:
            for m in r["misses"]:
                print(f"{r['name']}: {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
