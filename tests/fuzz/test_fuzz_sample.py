"""A small seeded sample of the fuzz catalogue, run as real processes: one case of each class plus a few
random mutants. The full run (every case, 400+ inputs, time and memory figures) is benchmarks/fuzz.py."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cases import catalogue, mutants  # noqa: E402
from harness import run_case, servers  # noqa: E402


def _sample() -> list:
    r = random.Random(2026)
    light = [c for c in catalogue() if not c.heavy and not c.checker and c.cls != "endpoints"]
    by_class: dict[str, list] = {}
    for c in light:
        by_class.setdefault(c.cls, []).append(c)
    return [r.choice(cs) for _, cs in sorted(by_class.items())] + mutants(5, seed=r.randrange(10**6))


@pytest.mark.parametrize("case", _sample(), ids=lambda c: f"{c.cls}:{c.name}")
def test_a_hostile_input_ends_in_one_line_without_writing(case, tmp_path):
    with servers() as srv:
        result = run_case(case, tmp_path / "case", srv, time_bound=60)
    assert result.ok, result.line()
