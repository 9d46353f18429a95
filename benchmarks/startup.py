"""Start-up figures (issue 13): median of 5 wall-clock runs of `drafter --version` and `drafter --help`
(targets: --version < 0.2 s) and of the seed's offline draft `drafter draft examples/tianhe-2022`
(target < 0.5 s), each a new process as a user starts it. Also lists the modules a bare start imports.

    python benchmarks/startup.py
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def command() -> list[str]:
    script = Path(sys.executable).with_name("drafter")  # the installed console script, as a user runs it
    return [str(script)] if script.exists() else [sys.executable, "-m", "drafter"]


def median_seconds(args: list[str], home: str) -> tuple[float, float]:
    """Median wall time and median CPU time (user + sys of the child: what a quiet machine's wall time
    approaches when other work shares the cores)."""
    env = {**os.environ, "DRAFTER_HOME": home}
    for name in ("DRAFTER_MODEL", "DRAFTER_API_KEY", "OPENAI_API_KEY"):
        env.pop(name, None)
    times, cpu = [], []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run([*command(), *args], cwd=ROOT, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"drafter {' '.join(args)} failed: {proc.stderr.decode(errors='replace')}")
    return statistics.median(times), statistics.median(cpu)


def main() -> None:
    home = tempfile.mkdtemp(prefix="drafter-startup-")
    try:
        rows = [("drafter --version", ["--version"], 0.2), ("drafter --help", ["--help"], None),
                ("drafter draft examples/tianhe-2022 (offline)", ["draft", "examples/tianhe-2022"], 0.5)]
        for label, args, target in rows:
            t, cpu = median_seconds(args, home)
            verdict = "" if target is None else (f"  target < {target} s: " + ("met" if t < target else "NOT met"))
            print(f"{label:48} median of {RUNS}: {t:.3f} s wall, {cpu:.3f} s CPU{verdict}")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
