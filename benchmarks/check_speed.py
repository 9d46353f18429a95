"""Speed of the number checker: a 1 MB text against 1 MB of sources (target: under 2 s in total).

Prints the time to index the sources and to check texts of 0.25, 0.5 and 1 MB (UTF-8 bytes), so the growth
with text length can be read off. The data is generated (fixed seed): report records in a YAML file and
work-log paragraphs in Markdown, at about twice the number density of a real draft (≈ 11,000 numbers per
MB in the seed and the offline drafts, ≈ 25,000 here); the text restates their numbers exactly, rounded, converted to 元,
derived (execution rates, differences) and, for one number in fifty, wrongly. Also the index through the
cache (drafter.index_cache, in a temporary DRAFTER_HOME): cold = build and store, warm = read back.
On a shared machine, --repeat N times every step N times and prints the fastest (wall and CPU alike).
--sizes lists the text sizes in MB (default 0.25,0.5,1): CPU seconds per MB at each shows whether check time
grows linearly with the text (against the same 1 MB of sources).
Each text is checked in one process, then with jobs=2 (drafter/check/parallel.py: two processes, each tracing
half of the text, where the platform forks): its wall seconds, and its CPU seconds of both processes.
Last, the 1 MB text through the command as a user runs it again, a new process each time: `drafter check TEXT
--source FOLDER` (its start-up and imports, the index and the compiled regexes read back from a temporary
DRAFTER_HOME, the check — jobs=2 where a core is idle, parallel.verb_jobs — and the table), wall and CPU seconds.

    python benchmarks/check_speed.py [--repeat 5] [--sizes 0.25,0.5,1,2]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drafter.check import SourceIndex, check  # noqa: E402
from drafter.check.parallel import SPLIT_MIN  # noqa: E402
from drafter.index_cache import build_cached  # noqa: E402

MB = 1_000_000
TOWNS = "石桥 江湾 东圃 沙河 员村 龙洞 黄村 珠吉 车陂 新塘 凤凰 长兴 前进 元岗 猎德 冼村".split()
PROSE = (
    "通过扎实开展安全生产和应急管理各项工作，提高应急指挥调度能力和执法水平，推进基层治理规范化。",
    "坚持问题导向，压实属地责任，形成部门协同、上下联动的工作格局，群众满意度持续提升。",
    "进一步完善工作机制，统一部署、分类推进，确保各项任务落到实处、取得实效。",
)
WORKS = ("开展安全检查", "组织应急演练", "举办宣传活动", "排查风险隐患", "培训基层骨干", "走访企业单位")
UNITS = ("家次", "场", "人次", "处", "份", "个")


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def make_record(rng: random.Random, i: int) -> dict:
    budget = Decimal(rng.randint(1000, 999999)) / 100
    actual = q2(budget * Decimal(rng.randint(600, 1000)) / 1000)
    counts = [(rng.choice(WORKS), rng.randint(30, 99999), rng.choice(UNITS)) for _ in range(4)]
    return {"name": f"{rng.choice(TOWNS)}街道第{i}号项目", "unit": "万元", "budget": budget, "actual": actual,
            "counts": counts}


def yaml_of(records: list[dict]) -> str:
    out = ["projects:"]
    for r in records:
        out.append(f"  - name: {r['name']}\n    unit: 万元\n    budget: {r['budget']}\n    actual: {r['actual']}")
        out.append("    indicators:")
        for work, n, unit in r["counts"]:
            out.append(f"      - {{name: {work}, actual: {n}, unit: {unit}}}")
    return "\n".join(out) + "\n"


def log_of(rng: random.Random, r: dict) -> str:
    parts = [f"{work}{n}{unit}" for work, n, unit in r["counts"]]
    return f"## {r['name']}\n\n全年{'，'.join(parts)}，累计投入资金{r['actual']}万元。{rng.choice(PROSE)}\n\n"


def text_of(rng: random.Random, r: dict) -> str:
    b, a = r["budget"], r["actual"]
    rate = q2(a / b * 100)
    work, n, unit = rng.choice(r["counts"])
    wrong = rng.random() < 0.02
    shown = n + 7 if wrong else n
    yuan = (a * 10000).quantize(Decimal("1"))
    return (f"{r['name']}全年预算{b}万元，实际支出{a}万元（合{yuan}元），执行率{rate}%，"
            f"结余{q2(b - a)}万元；{work}{shown}{unit}，累计投入资金约{a.quantize(Decimal('1'), ROUND_HALF_UP)}万元。"
            f"{rng.choice(PROSE)}\n\n")


def build(target_bytes: int, rng: random.Random) -> tuple[list[dict], str, str]:
    records: list[dict] = []
    size = 0
    while size < target_bytes:
        r = make_record(rng, len(records) + 1)
        records.append(r)
        size += len(yaml_of([r]).encode()) + len(log_of(rng, r).encode())
    return records, yaml_of(records), "".join(log_of(rng, r) for r in records)


@dataclass
class Material:
    """The generated sources, indexed, and a text restating their figures (the same for every benchmark)."""

    index: SourceIndex
    text: str
    source_bytes: int
    t_index: float      # wall seconds to index the sources
    c_index: float      # CPU seconds
    # index cache: cold (build + store) and warm (read back), wall and CPU seconds, and the entry's MB
    cache: tuple[float, float, float, float, float] | None = None


def cache_figures(paths: list[Path], home: Path) -> tuple[float, float, float, float, float]:
    """Through drafter.index_cache: a cold run (build and store the entry), then a warm one (read back), each in
    wall and CPU seconds, and the entry's size in MB."""
    os.environ["DRAFTER_HOME"] = str(home)
    t0, c0 = time.perf_counter(), time.process_time()
    _, store = build_cached(paths)
    store()
    t1, c1 = time.perf_counter(), time.process_time()
    build_cached(paths)
    t2, c2 = time.perf_counter(), time.process_time()
    size = sum(p.stat().st_size for p in (home / "index").glob("*.json")) / MB
    return t1 - t0, c1 - c0, t2 - t1, c2 - c1, size


def material(text_bytes: int, folder: Path, with_cache: bool = False) -> Material:
    """Write 1 MB of sources into `folder`, index them, and generate at least `text_bytes` of text."""
    rng = random.Random(20240601)
    records, data_yaml, logs = build(MB, rng)
    (folder / "input.yaml").write_text(data_yaml, encoding="utf-8")
    (folder / "worklogs.md").write_text(logs, encoding="utf-8")
    t0, c0 = time.perf_counter(), time.process_time()
    index = SourceIndex.build([folder])
    t_index, c_index = time.perf_counter() - t0, time.process_time() - c0
    if with_cache:
        with tempfile.TemporaryDirectory() as home:
            warm = cache_figures([folder], Path(home))
    else:
        warm = None
    text_rng = random.Random(7)
    parts: list[str] = []
    size = 0
    while size < text_bytes:
        parts.append(text_of(text_rng, text_rng.choice(records)))
        size += len(parts[-1].encode())
    return Material(index, "".join(parts), len(data_yaml.encode()) + len(logs.encode()), t_index, c_index, warm)


def cpu_both() -> float:
    """CPU seconds of this process and of its children that have ended (a jobs=2 check's child)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def command_again(text: str, sources: Path, runs: int) -> tuple[float, float, int]:
    """`drafter check TEXT --source SOURCES` in a new process, once to fill the caches, then `runs` times: the fastest
    wall and CPU seconds of the process (and of its jobs=2 child), and the processes it used (one or two)."""
    with tempfile.TemporaryDirectory() as home:
        path = Path(home) / "text.md"
        path.write_text(text, encoding="utf-8")
        script = Path(sys.executable).with_name("drafter")  # the installed console script, as a user runs it
        cmd = [str(script)] if script.exists() else [sys.executable, "-m", "drafter"]
        env = {**os.environ, "DRAFTER_HOME": home, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        cmd += ["check", str(path), "--source", str(sources)]
        subprocess.run(cmd, env=env, capture_output=True)
        wall = cpu = float("inf")
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True)
            wall = min(wall, time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = min(cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        from drafter.check.parallel import verb_jobs
        return wall, cpu, verb_jobs()


def fastest(a: tuple[float, ...] | None, b: tuple[float, ...]) -> tuple[float, ...]:
    return b if a is None else tuple(min(x, y) for x, y in zip(a, b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=1, help="time each step this many times, print the fastest")
    ap.add_argument("--sizes", default="0.25,0.5,1", help="text sizes in MB, comma-separated (default 0.25,0.5,1)")
    args = ap.parse_args()
    runs = max(1, args.repeat)
    sizes = [float(x) for x in args.sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        m = material(int(MB * max(sizes + [1.0])), Path(tmp), with_cache=True)
        one_mb = m.text.encode()[:MB].decode("utf-8", errors="ignore")
        again = command_again(one_mb[: one_mb.rfind("\n\n") + 2], Path(tmp), runs)
        t_index, c_index, cache = m.t_index, m.c_index, m.cache
        for _ in range(runs - 1):  # a fresh index each time, as a cold run builds it
            t0, c0 = time.perf_counter(), time.process_time()
            SourceIndex.build([Path(tmp)])
            t_index, c_index = min(t_index, time.perf_counter() - t0), min(c_index, time.process_time() - c0)
            with tempfile.TemporaryDirectory() as home:
                cache = fastest(cache, cache_figures([Path(tmp)], Path(home)))  # type: ignore[assignment]
    index = m.index
    print(f"sources: {m.source_bytes / MB:.2f} MB, {len(index.facts)} numbers indexed in {t_index:.2f} s "
          f"(cpu {c_index:.2f} s)" + (f", fastest of {runs}" if runs > 1 else ""))
    full = m.text
    print(f"{'text MB':>8} {'numbers':>8} {'unsupported':>12} {'check s':>8} {'s per MB':>9} {'cpu s':>6} "
          f"{'cpu/MB':>7} {'jobs=2 s':>9} {'cpu s':>6} {'cpu/MB':>7}")
    at_1mb: tuple[float, float, float, float] | None = None
    for share in sizes:
        cut = full.encode()[: int(MB * share)].decode("utf-8", errors="ignore")
        cut = cut[: cut.rfind("\n\n") + 2]
        dt = dc = dt2 = dc2 = float("inf")
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            report = check(cut, index)
            dt, dc = min(dt, time.perf_counter() - t0), min(dc, time.process_time() - c0)
            t0, c0 = time.perf_counter(), cpu_both()
            report2 = check(cut, index, jobs=2)
            dt2, dc2 = min(dt2, time.perf_counter() - t0), min(dc2, cpu_both() - c0)
        assert report2.summary == report.summary, "jobs=2 gave other verdicts"
        mb = len(cut.encode()) / MB
        print(f"{mb:8.2f} {report.summary.numbers:8d} {report.summary.unsupported:12d} {dt:8.2f} {dt / mb:9.2f} "
              f"{dc:6.2f} {dc / mb:7.2f} {dt2:9.2f} {dc2:6.2f} {dc2 / mb:7.2f}")
        if share == 1.0 or at_1mb is None:
            at_1mb = (dt, dc, dt2, dc2)
    dt, dc, dt2, dc2 = at_1mb
    print(f"1 MB text against 1 MB of sources, index + check: {t_index + dt:.2f} s wall, "
          f"{c_index + dc:.2f} s cpu (target < 2 s)")
    print(f"  … with jobs=2 (two processes where the platform forks — what `drafter check` does with a text of "
          f"{SPLIT_MIN:,} characters or more when a core is idle, parallel.verb_jobs): {t_index + dt2:.2f} s wall, "
          f"{c_index + dc2:.2f} s cpu of both")
    if cache:
        cold, c_cold, warm, c_warm, size = cache
        print(f"through the index cache ($DRAFTER_HOME/index, entry {size:.1f} MB): cold {cold:.2f} s (build + store) "
              f"+ check = {cold + dt:.2f} s (cpu {c_cold + dc:.2f} s); warm {warm:.2f} s (read back) + check = "
              f"{warm + dt:.2f} s (cpu {c_warm + dc:.2f} s)")
        # what a second `drafter check` of the text against the same sources costs: the cache is on by default
        # (drafter/cli/check.py), and so is jobs=2 where a core is idle
        print(f"  … the default `drafter check` run again (warm cache, jobs=2): {warm + dt2:.2f} s wall, "
              f"{c_warm + dc2:.2f} s cpu of both")
    wall, cpu, jobs = again
    print(f"`drafter check` of the 1 MB text run again as a new process (start-up, caches read back, jobs={jobs} at "
          f"this load, the table): {wall:.2f} s wall, {cpu:.2f} s cpu")


if __name__ == "__main__":
    main()
