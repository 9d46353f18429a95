"""The page's work in progress: one job per upload, held in memory, its session folder deleted with it.

A job is reached only by its random id (checked against a pattern, never joined to a path). Jobs expire
after `ttl` seconds without use, the oldest goes when `max_jobs` are held, and all go at shutdown.
"""

from __future__ import annotations

import re
import secrets
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal

from .uploads import Session, new_session

JOB_ID = re.compile(r"[0-9a-f]{32}")


@dataclass
class Job:
    id: str
    kind: Literal["draft", "summary"]
    file: str
    session: Session
    state: Literal["ready", "running", "done", "error"] = "ready"
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    about: dict[str, str] = field(default_factory=dict)
    input_path: Path | None = None
    report: Any = None          # the loaded ReportInput (drafts)
    places: dict[str, str] = field(default_factory=dict)  # imported form: field path → cell on the form
    result: Any = None          # Draft or Summary
    index: Any = None           # SourceIndex for re-checking edits, built on first edit
    started: float = 0.0
    finished: float = 0.0
    used: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def elapsed(self) -> float:
        if not self.started:
            return 0.0
        return (self.finished or time.monotonic()) - self.started


class Jobs:
    def __init__(self, root: Path, ttl: float = 3600.0, max_jobs: int = 32, workers: int = 2):
        self.root = root
        self.ttl = ttl
        self.max_jobs = max_jobs
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="drafter-job")

    def session(self) -> Session:
        self.root.mkdir(parents=True, exist_ok=True)
        return new_session(self.root)

    def add(self, kind: Literal["draft", "summary"], file: str, session: Session) -> Job:
        self.sweep()
        job = Job(id=secrets.token_hex(16), kind=kind, file=file, session=session)
        with self._lock:
            while len(self._jobs) >= self.max_jobs:
                oldest = min(self._jobs.values(), key=lambda j: j.used)
                self._drop(oldest.id)
            self._jobs[job.id] = job
        return job

    def get(self, job_id: str) -> Job | None:
        self.sweep()
        if not JOB_ID.fullmatch(job_id):
            return None
        with self._lock:
            job = self._jobs.get(job_id)
        if job is not None:
            job.used = time.monotonic()
        return job

    def run(self, job: Job, work: Callable[[], Any], on_error: Callable[[BaseException], str]) -> None:
        """Run `work` in the pool; the page polls the job for its state."""
        job.state, job.error, job.started, job.finished = "running", None, time.monotonic(), 0.0

        def task() -> None:
            try:
                job.result = work()
                job.state = "done"
            except BaseException as e:  # the page must learn of any failure, in one line
                job.error = on_error(e)
                job.state = "error"
            finally:
                job.finished = time.monotonic()

        self._pool.submit(task)

    def remove(self, job_id: str) -> None:
        with self._lock:
            self._drop(job_id)

    def sweep(self) -> None:
        now = time.monotonic()
        with self._lock:
            for job_id in [j.id for j in self._jobs.values() if now - j.used > self.ttl and j.state != "running"]:
                self._drop(job_id)

    def _drop(self, job_id: str) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            job.session.remove()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            for job_id in list(self._jobs):
                self._drop(job_id)
        shutil.rmtree(self.root, ignore_errors=True)
