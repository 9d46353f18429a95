"""How fast `drafter summarize` is on a 300,000-character report — offline, and through the LLM path.

    python benchmarks/summarize_speed.py [--chars 300000] [--latency 0.3] [--concurrency 4] [--runs 2]

Offline: the whole `summarize()` call (read, layout, select, check) on a synthetic report
(drafter.testing.reports) — target under 5 s; the `drafter summarize` command is timed too (imports
included).

LLM: the local OpenAI-compatible server (drafter.testing.openai_server) runs in a separate process and
answers every call after `--latency` seconds with the extractive stand-in model. The target is

    wall ≤ 1.3 × (map calls ÷ concurrency + reduce depth) × latency

where reduce depth counts the sequential levels after the map, the final pass included. The first run
pays for one-time client setup (HTTP client, LangChain binding); later runs are "warm". The response
cache is off so every run makes every call. A run at zero latency shows the pure per-call overhead.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SERVER = """
import sys
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.reports import summary_responder
with OpenAIServer(summary_responder, latency=float(sys.argv[1])) as s:
    print(s.url, flush=True)
    sys.stdin.read()
"""


def offline(path: Path) -> None:
    from drafter.chains.summarize import summarize

    t = time.perf_counter()
    s = summarize(path)
    took = time.perf_counter() - t
    t = time.perf_counter()
    cli = subprocess.run([sys.executable, "-m", "drafter", "summarize", str(path)], capture_output=True, text=True)
    cli_took = time.perf_counter() - t
    print(f"offline  summarize(): {took:.2f} s   (target < 5 s: {'ok' if took < 5 else 'MISSED'})")
    print(f"offline  drafter summarize (new process, imports included): {cli_took:.2f} s, exit {cli.returncode}")
    print(f"         summary {s.chars}/{s.chars_limit} chars, {len(s.section('主要成效').items)} points, "
          f"numbers all traced: {s.ok}, budget figure: {s.budget_figure}")


def llm(path: Path, latency: float, concurrency: int, runs: int) -> None:
    from drafter.chains.summarize import asummarize_llm, make_checker
    from drafter.models import LLMSettings, ModelSpec
    from drafter.reports import read_report
    from drafter.tokens import count_tokens

    doc = read_report(path)
    checker = make_checker(doc)
    count_tokens("预热")  # tiktoken's BPE load is a one-time cost of the process, not of the chain

    def run(lat: float) -> list[tuple[float, dict[str, int], bool]]:
        proc = subprocess.Popen([sys.executable, "-c", SERVER, str(lat)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        try:
            url = proc.stdout.readline().strip()
            settings = LLMSettings(spec=ModelSpec(name="bench", base_url=url), api_key="sk-bench", progress=False,
                                   use_cache=False, concurrency=concurrency)
            out = []
            for _ in range(runs):
                t = time.perf_counter()
                s = asyncio.run(asummarize_llm(doc, chars=500, focus=None, settings=settings, checker=checker))
                out.append((time.perf_counter() - t, s.stats, s.ok))
            return out
        finally:
            proc.stdin.close()
            proc.wait()

    zero = run(0.0)
    timed = run(latency)
    stats = timed[-1][1]
    ideal = (stats["map_calls"] / concurrency + stats["reduce_depth"]) * latency
    bound = 1.3 * ideal
    print(f"llm      {stats['chunks']} chunks → {stats['map_calls']} map calls, {stats['reduce_calls']} reduce calls, "
          f"reduce depth {stats['reduce_depth']} (final pass included), concurrency {concurrency}, latency {latency * 1000:.0f} ms")
    print(f"         ideal (map calls ÷ concurrency + reduce depth) × latency = {ideal:.2f} s; bound 1.3× = {bound:.2f} s")
    for i, (took, _, ok) in enumerate(timed):
        label = "cold" if i == 0 else "warm"
        print(f"         run {i + 1} ({label}): {took:.2f} s = {took / ideal:.2f}× ideal "
              f"({'within' if took <= bound else 'OVER'} bound), numbers all traced: {ok}")
    for i, (took, _, _) in enumerate(zero):
        print(f"         same calls at 0 ms latency, run {i + 1}: {took:.2f} s "
              f"(client + test-server overhead, {took / max(1, sum(stats[k] for k in ('map_calls', 'reduce_calls')) + 1) * 1000:.0f} ms a call)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--latency", type=float, default=0.3)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    os.environ.setdefault("DRAFTER_HOME", tempfile.mkdtemp(prefix="drafter-bench-"))
    from drafter.testing.reports import synthetic_report

    report = synthetic_report(args.chars, seed=7)
    path = Path(tempfile.mkdtemp(prefix="drafter-bench-")) / "report-300k.txt"
    path.write_text(report.text, encoding="utf-8")
    print(f"report   {len(report.text):,} characters, {report.sections} sections, completion {report.completion}")
    offline(path)
    llm(path, args.latency, args.concurrency, args.runs)


if __name__ == "__main__":
    main()
