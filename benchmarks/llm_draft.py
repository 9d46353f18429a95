"""Benchmark: LLM drafting of examples/tianhe-2022 against a local server that answers each call after 300 ms.

The server runs in its own process (as a real endpoint would), answering drafter's prompts from the
request content (drafter.testing.responders.DraftResponder). The cache is off so every run makes every
call. The critical path is the longest chain of dependent calls, read from the server's request log:

    goals chain    = condensation depth (1 map + reduce rounds) + 目标完成情况 calls (draft + repairs)
    measures chain = 存在问题 calls (draft + repairs) + 改进措施 calls (draft + repairs)

and must not exceed 1.3 × critical path × latency in wall time. The first run pays one-time costs
(imports, jieba's dictionary, tiktoken's tables) and is reported apart; the verdict uses the median of the
warm runs.

    /work/venv/bin/python benchmarks/llm_draft.py [--latency 0.3] [--runs 5] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tianhe-2022"


def stats(url: str) -> dict:
    with urllib.request.urlopen(url.removesuffix("/v1") + "/_stats", timeout=10) as r:
        return json.load(r)


def critical_depth(requests: list[dict]) -> tuple[int, dict[str, int]]:
    kinds = {"condense": 0, "reduce": 0, "goals": 0, "problems": 0, "measures": 0}
    for r in requests:
        if r["schema"] == "GoalSection":
            kinds["goals"] += 1
        elif r["schema"] == "ProblemSection":
            kinds["problems"] += 1
        elif r["schema"] == "MeasureSection":
            kinds["measures"] += 1
        elif r["mode"] == "text":
            kinds["reduce" if r["last_user"].startswith("任务") and "各时段要点" in r["last_user"] else "condense"] += 1
    # reduce rounds: requests arriving in separate waves after the map (each round waits for the previous)
    reduce_times = sorted(r["received"] for r in requests if r["mode"] == "text")
    waves, last = 0, None
    for t in reduce_times:
        if last is None or t - last > 0.05:
            waves += 1
        last = t
    condense_depth = max(waves, 1 if kinds["condense"] else 0)
    goals = condense_depth + kinds["goals"] if kinds["goals"] else 0
    measures = kinds["problems"] + kinds["measures"]
    return max(goals, measures), kinds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()

    os.environ["DRAFTER_HOME"] = tempfile.mkdtemp(prefix="drafter-bench-")
    server = subprocess.Popen(
        [sys.executable, "-m", "drafter.testing.openai_server", "--latency", str(args.latency)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        url = server.stdout.readline().strip()
        t_import = time.perf_counter()
        from drafter.chains.draft import draft_with_llm
        from drafter.load import load_input
        from drafter.models import LLMSettings, ModelSpec
        from drafter.outputs import SECTIONS

        report = load_input(EXAMPLE)
        settings = LLMSettings(spec=ModelSpec(name="bench-model", base_url=url), use_cache=False, progress=False,
                               concurrency=args.concurrency)
        import_seconds = time.perf_counter() - t_import

        walls, result, depth, kinds, calls = [], None, 0, {}, 0
        for i in range(args.runs + 1):
            before = stats(url)["count"]
            t0 = time.perf_counter()
            result = draft_with_llm(report, list(SECTIONS), settings, progress=False)
            wall = time.perf_counter() - t0
            log = stats(url)["requests"][before:]
            depth, kinds = critical_depth(log)
            calls = len(log)
            if i == 0:
                cold = wall
            else:
                walls.append(wall)
        critical = depth * args.latency
        median = statistics.median(walls)
        ratio = median / critical
        u = result.usage
        print(f"example            {EXAMPLE.relative_to(ROOT)}")
        print(f"latency per call   {args.latency * 1000:.0f} ms   concurrency {args.concurrency}")
        print(f"calls per draft    {calls}  ({', '.join(f'{k} {v}' for k, v in kinds.items() if v)})")
        print(f"tokens per draft   prompt {u.prompt_tokens}, completion {u.completion_tokens}")
        print(f"critical path      {depth} calls = {critical:.2f} s")
        print(f"cold run           {cold:.3f} s (+ {import_seconds:.2f} s imports and input loading)")
        print(f"warm runs          median {median:.3f} s, min {min(walls):.3f} s, max {max(walls):.3f} s ({len(walls)} runs)")
        print(f"ratio              {ratio:.2f} × critical path (limit 1.30)  {'OK' if ratio <= 1.3 else 'OVER'}")
        print(f"check              {result.check.summary_line()}")
        sys.exit(0 if ratio <= 1.3 else 1)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
