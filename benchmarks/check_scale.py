"""Growth of the checker's time and memory with the text: 1, 2, 4 … MB of text against 1 MB of sources.

    python benchmarks/check_scale.py [--max-mb 10]

Same generated material as check_speed.py (report records, work logs, a text restating their figures).
Prints CPU seconds per MB for each size (flat = linear) and the process's peak resident memory (the
issue's bound: under 1 GB at 10 MB).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_speed import MB, material  # noqa: E402

from drafter.check import check  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-mb", type=int, default=4)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        m = material(MB, Path(tmp))
    index, unit = m.index, m.text
    print(f"{'text MB':>8} {'numbers':>8} {'cpu s':>7} {'cpu s/MB':>9} {'peak RSS MB':>12}")
    sizes = sorted({min(2 ** k, args.max_mb) for k in range(0, 8) if 2 ** (k - 1) < args.max_mb} | {1})
    for size in sizes:
        text = unit * size
        c0 = time.process_time()
        report = check(text, index)
        dc = time.process_time() - c0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:8d} {report.summary.numbers:8d} {dc:7.2f} {dc / size:9.2f} {rss:12.0f}")
        del report, text


if __name__ == "__main__":
    main()
