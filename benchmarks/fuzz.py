"""Full fuzz run (issue 13): every hand-written hostile case plus seeded random mutants, each as a new
`drafter` process, judged for exit code, traceback, time, peak memory and files written on error.

    python benchmarks/fuzz.py                      # 195 hand-written + 340 mutants + 48 form mutants = 583, 2 workers, 20 s
    python benchmarks/fuzz.py --mutants 50 --only numbers,structure --log /tmp/fuzz.log

Prints one line per failing case and the totals (tracebacks, over time, over 1 GB, writes on error, exit codes
outside 0/1/2, exit 1 without the check result behind it); exit 1 when any case fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

from cases import all_cases  # noqa: E402
from harness import MEMORY_BOUND_MB, run_case, servers  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mutants", type=int, default=340)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--time-bound", type=float, default=20.0, help="seconds per case")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated classes (numbers, structure, …)")
    ap.add_argument("--skip-heavy", action="store_true", help="leave out the ≥ 10 MB cases and bombs")
    ap.add_argument("--log", type=Path, help="write every case's line here")
    ap.add_argument("--rerun-killed", type=float, default=120.0, metavar="SECONDS",
                    help="run each case killed at the bound again with this bound, to report its full time and peak "
                         "memory (it stays a failure); 0 = don't")
    args = ap.parse_args()

    cases = all_cases(args.mutants, args.seed)
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c.cls in wanted or c.cls.replace("mutant-", "") in wanted]
    if args.skip_heavy:
        cases = [c for c in cases if not c.heavy]
    work = Path(tempfile.mkdtemp(prefix="drafter-fuzz-"))
    start = time.monotonic()
    with servers() as srv, ThreadPoolExecutor(args.workers) as pool:
        results = list(pool.map(lambda ic: run_case(ic[1], work / f"c{ic[0]:04d}", srv, args.time_bound),
                                enumerate(cases)))
        # A killed run's peak is only the peak until the kill: run it again, longer, to say what it really takes.
        again = {id(r): run_case(r.case, work / f"again{k:04d}", srv, args.rerun_killed)
                 for k, r in enumerate(results) if r.killed and args.rerun_killed > args.time_bound}
    wall = time.monotonic() - start
    lines = [r.line() for r in results]
    if args.log:
        args.log.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="replace")
    for r in results:
        if not r.ok:
            print(r.line().encode("utf-8", "replace").decode())
            if id(r) in again:
                a = again[id(r)]
                print(f"    given {args.rerun_killed:.0f} s: "
                      + (f"killed again, peak until then {a.peak_mb:.0f} MB" if a.killed else
                         f"exit {a.code} after {a.seconds:.1f} s, peak {a.peak_mb:.0f} MB"))
    codes = Counter(r.code for r in results)
    bad = [r for r in results if not r.ok]
    secs = sorted(r.seconds for r in results)
    print(f"\n{len(results)} inputs in {wall:.0f} s (bound {args.time_bound:.0f} s, memory bound {MEMORY_BOUND_MB} MB)")
    print(f"  tracebacks:       {sum(r.traceback for r in results)}")
    killed = [r for r in results if r.killed]
    print(f"  over time bound:  {sum(r.over_time for r in results)}"
          + (f" ({len(killed)} killed at the bound; peak until then, a lower bound: "
             f"{', '.join(f'{r.peak_mb:.0f} MB' for r in killed)})" if killed else ""))
    print(f"  over 1 GB:        {sum(r.over_memory for r in results)}")
    print(f"  writes on error:  {sum(r.writes_on_error for r in results)}")
    print(f"  exit not 0/1/2:   {sum(r.bad_code for r in results)}")
    print(f"  exit 1, no result:{sum(r.exit1_without_result for r in results):>3}")
    print(f"  exit codes:       {dict(sorted(codes.items(), key=lambda kv: str(kv[0])))}")
    print(f"  time median/max:  {secs[len(secs) // 2]:.2f} s / {secs[-1]:.2f} s;"
          f" peak memory max {max(r.peak_mb for r in results):.0f} MB")
    print(f"  failing cases:    {len(bad)} ({', '.join(sorted(Counter(r.case.cls for r in bad)))})")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
