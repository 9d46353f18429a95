"""Benchmark: the offline engine on a year of work logs grown to ~500,000 characters.

The Tianhe example's logs are copied with their figures shifted (so no sentence repeats verbatim) until
the folder holds the target size; the draft must stay fast and every number must still check.

    python benchmarks/offline_draft_scale.py [--chars 500000]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

from drafter.pipeline import draft

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tianhe-2022"
_FIGURE = re.compile(r"(?<![\d-])\d{2,}(?![\d-])")


def grow(folder: Path, target: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    logs = sorted((folder / "worklogs").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in logs]
    total, i = sum(map(len, texts)), 0
    while total < target:
        parts = re.split(r"(^## .*$)", texts[i % len(texts)], flags=re.M)  # headings keep their dates
        shifted = "".join(p if p.startswith("## ") else _FIGURE.sub(lambda m: str(int(m[0]) + rng.randint(1, 9)), p)
                          for p in parts)
        (folder / "worklogs" / f"zz-{i:04d}.md").write_text(shifted, encoding="utf-8")
        total, i = total + len(shifted), i + 1
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=500_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        unit = Path(tmp) / "unit"
        shutil.copytree(EXAMPLE, unit)
        size = grow(unit, args.chars)
        start = time.perf_counter()
        result = draft(unit)
        seconds = time.perf_counter() - start
    summary = result.check.summary_line()
    print(f"logs        {size:,} characters")
    print(f"draft       {seconds:.2f} s (load, facts, engine, check)")
    print(f"check       {summary}")
    print(f"verdict     {'OK' if result.ok else 'UNSUPPORTED NUMBERS'}")


if __name__ == "__main__":
    main()
