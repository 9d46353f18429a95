"""Run one fuzz case as a user would — a new `drafter` process in the case folder — and judge it.

Judged per case: the exit code is one a correct drafter may give (0, 1 or 2; 3 is an internal error), exit 1
only with the check result that caused it (a number named untraceable, or an eval's failed comparison), no
Python traceback, wall time under the bound, peak resident memory under the bound (the child's own
ru_maxrss via wait4; an address-space limit stops a blow-up before it takes the machine), and on an error
exit nothing new or changed in the case folder or in DRAFTER_HOME.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from drafter.testing.openai_server import not_json_server

from cases import Case, Servers  # type: ignore[import-not-found]  # tests/fuzz is put on sys.path by the callers

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BOUND_MB = 1024
# What a check result says when it exits 1: the table's or draft's "无法溯源", a paragraph "待核实", check --json's
# "ok": false, an eval's ✗ / FAIL line.
RESULT_MARKS = ("无法溯源", "待核实", '"ok": false', "✗", "FAIL")
ADDRESS_SPACE_LIMIT = 3 * 1024**3  # a run past this dies (MemoryError) instead of swapping the machine


@dataclass
class Result:
    case: Case
    code: int | None  # None: killed at the time bound
    seconds: float
    peak_mb: float
    stderr: str
    written: list[str] = field(default_factory=list)
    time_bound: float = 0.0
    stdout_tail: str = ""  # the last few KB of stdout (none when the case sends stdout elsewhere)

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr

    @property
    def over_time(self) -> bool:
        return self.code is None or self.seconds > self.time_bound

    @property
    def over_memory(self) -> bool:
        return self.peak_mb > MEMORY_BOUND_MB or "MemoryError" in self.stderr

    @property
    def writes_on_error(self) -> bool:
        return bool(self.written) and self.code not in (0, 1)

    @property
    def bad_code(self) -> bool:
        return self.code is not None and self.code not in (0, 1, 2)

    @property
    def exit1_without_result(self) -> bool:
        said = self.stderr + self.stdout_tail
        return self.code == 1 and not any(mark in said for mark in RESULT_MARKS)

    @property
    def ok(self) -> bool:
        return not (self.traceback or self.over_time or self.over_memory or self.writes_on_error or self.bad_code
                    or self.exit1_without_result)

    def problems(self) -> list[str]:
        names = [("traceback", self.traceback), ("over time", self.over_time), ("over memory", self.over_memory),
                 ("writes on error", self.writes_on_error), (f"exit {self.code}", self.bad_code),
                 ("exit 1 without a result", self.exit1_without_result)]
        return [n for n, bad in names if bad]

    @property
    def killed(self) -> bool:
        """Stopped at the time bound: its peak memory is the peak until then, a lower bound of the real one."""
        return self.code is None

    def line(self) -> str:
        last = self.stderr.strip().splitlines()[-1][:160] if self.stderr.strip() else ""
        flag = "ok " if self.ok else "BAD"
        extra = f" written={self.written[:3]}" if self.written else ""
        if self.killed:
            extra += f" KILLED at {self.seconds:.0f}s, peak until then {self.peak_mb:.0f}MB (a lower bound)"
        return (f"{flag} [{self.case.cls}] {self.case.name[:48]:48} exit={self.code} {self.seconds:5.1f}s "
                f"{self.peak_mb:6.0f}MB {','.join(self.problems())}{extra} | {last}")


def snapshot(*folders: Path) -> dict[str, tuple[int, int]]:
    """Every entry under the folders (not following links) with its size and mtime."""
    seen: dict[str, tuple[int, int]] = {}
    for top in folders:
        for dirpath, dirnames, filenames in os.walk(top):
            for name in dirnames + filenames:
                p = os.path.join(dirpath, name)
                try:
                    st = os.lstat(p)
                except OSError:
                    continue
                seen[p] = (st.st_size, st.st_mtime_ns)
    return seen


def _limits() -> None:
    os.setsid()
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_case(case: Case, folder: Path, servers: Servers, time_bound: float = 20.0) -> Result:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    home = folder / "home"
    home.mkdir(exist_ok=True)
    run = case.build(folder, servers)
    env = {"PATH": "/usr/bin:/bin", "DRAFTER_HOME": str(home), "HOME": str(home), "LANG": "C.UTF-8",
           "PYTHONPATH": str(ROOT), **run.env}
    before = snapshot(folder)
    stdout_path = folder.parent / f".{folder.name}.stdout"  # outside the case folder: not a write of drafter's
    stdout = open(run.stdout or stdout_path, "wb")  # noqa: SIM115
    stderr_path = folder.parent / f".{folder.name}.stderr"
    with open(stderr_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "drafter", *run.argv], cwd=folder, env=env,
                                stdin=subprocess.PIPE if run.stdin is not None else subprocess.DEVNULL,
                                stdout=stdout, stderr=err, preexec_fn=_limits)
        if run.stdin is not None:
            threading.Thread(target=_feed, args=(proc, run.stdin), daemon=True).start()
        code, peak_kb = _wait(proc, start, time_bound)
        seconds = time.monotonic() - start
    stdout.close()
    tail = _tail(stdout_path)
    stdout_path.unlink(missing_ok=True)
    stderr = stderr_path.read_bytes().decode("utf-8", "replace")
    stderr_path.unlink()
    after = snapshot(folder)
    written = sorted(os.path.relpath(p, folder) for p, meta in after.items()
                     if before.get(p) != meta and not _tokenizer_cache(folder, p))
    return Result(case, code, seconds, peak_kb / 1024, stderr, written, time_bound, tail)


def _tail(path: Path, size: int = 8192) -> str:
    """The end of a file that may be megabytes (a check table of 10 MB of numbers): where the verdict is."""
    try:
        with open(path, "rb") as fh:
            fh.seek(max(fh.seek(0, os.SEEK_END) - size, 0))
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _tokenizer_cache(folder: Path, p: str) -> bool:
    """DRAFTER_HOME/tiktoken holds the tokenizer table unpacked from the bpe-openai package on first use:
    a cache of an installed file, not output — and the home folder itself, which holds it."""
    rel = os.path.relpath(p, folder)
    return rel in ("home", "home/tiktoken") or rel.startswith("home/tiktoken/")


def _feed(proc: subprocess.Popen, data: bytes) -> None:
    try:
        proc.stdin.write(data)  # type: ignore[union-attr]
        proc.stdin.close()  # type: ignore[union-attr]
    except OSError:
        pass


def _wait(proc: subprocess.Popen, start: float, bound: float) -> tuple[int | None, int]:
    """Wait for the child with wait4 (for its peak RSS); past the bound kill its whole process group."""
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, usage.ru_maxrss
        if time.monotonic() - start > bound:
            os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return None, usage.ru_maxrss
        time.sleep(0.02)


@contextmanager
def servers() -> Iterator[Servers]:
    """A socket that accepts and never answers, and an HTTP server whose 200 replies are not JSON."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    try:
        with not_json_server() as not_json:
            yield Servers(silent=f"http://127.0.0.1:{silent.getsockname()[1]}/v1", not_json=not_json)
    finally:
        silent.close()
