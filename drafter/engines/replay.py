"""The replay engine: LLM responses recorded once, read back by request key, so the LLM path runs offline.

A recording is one JSON file per request, `<folder>/<key>.json`, holding the record the LLM layer stores
in its cache (drafter.cache: kind, output, usage, model, step, and the request itself — model name,
params, method, schema, messages; never a URL or a key). The key is `drafter.cache.request_key` of that
request, so a recording made against any endpoint replays against any other, and a changed prompt,
schema, model or parameter is a different key.

- `ReplayStore(folder)` — read-only: a hit returns the record, a miss raises `LLMError` naming the key,
  the step and the folder, with the command that re-records. Nothing ever reaches a server.
- `RecordingStore(folder, inner)` — `--record`: answers come from `inner` (the user's cache, or no cache),
  misses go to the server as usual, and every answer used is written to the folder. `used` lists the
  keys of the run, so the caller can prune recordings no request asks for any more.

Both satisfy the `drafter.cache.ResponseStore` protocol (`get`, `put`).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..cache import NullStore, ResponseStore
from ..errors import InputError, LLMError

_KEY = re.compile(r"^[0-9a-f]{64}$")


def recording_path(folder: Path, key: str) -> Path:
    if not _KEY.match(key):
        raise ValueError(f"not a request key: {key!r}")
    return folder / f"{key}.json"


def read_recording(path: Path) -> dict[str, Any]:
    from ..safefile import read_bytes

    try:  # a regular file within DRAFTER_MAX_INPUT_MB: a FIFO or a device there is one line, never a hang
        data = json.loads(read_bytes(path, "input").decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(path, f"无法读取录制的响应 / cannot read recording ({e})") from None
    except RecursionError:
        raise InputError(path, "录制的响应嵌套过深 / recording nested too deeply") from None
    except json.JSONDecodeError as e:
        raise InputError(path, f"录制的响应不是有效 JSON：{e.msg}", where=f"第{e.lineno}行") from None
    if not isinstance(data, dict) or "output" not in data:
        raise InputError(path, "录制文件缺少 output 字段 / recording has no output", where="output")
    return data


def write_recording(path: Path, record: dict[str, Any]) -> None:
    """Atomic, pretty, UTF-8: recordings are committed and reviewed, so they should diff well."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ReplayStore:
    """Recorded responses only; a miss is an error, never a network call."""

    def __init__(self, folder: str | Path, *, hint: str = "drafter eval SUITE --record"):
        self.folder = Path(folder)
        self.hint = hint
        self._lock = threading.Lock()
        self.used: set[str] = set()

    def get(self, key: str) -> dict[str, Any]:
        path = recording_path(self.folder, key)
        if not (path.exists() or path.is_symlink()):  # a FIFO or device there is refused by read_recording
            raise LLMError(
                f"{self.folder}: 没有与请求匹配的录制响应，key {key}（提示词、模型、参数或输入已变化？请重新录制：{self.hint}）"
                f" / no recorded response for request key {key}; re-record with {self.hint}"
            )
        with self._lock:
            self.used.add(key)
        return read_recording(path)

    def put(self, key: str, record: dict[str, Any]) -> None:
        # Unreachable through the LLM layer (every get either hits or raises); a replay never writes.
        return None


class RecordingStore:
    """`--record`: the run's answers, live or from `inner`, are written to the folder as they are used."""

    def __init__(self, folder: str | Path, inner: ResponseStore | None = None):
        self.folder = Path(folder)
        self.inner: ResponseStore = inner if inner is not None else NullStore()
        self._lock = threading.Lock()
        self.used: set[str] = set()
        self.written = 0

    def get(self, key: str) -> dict[str, Any] | None:
        hit = self.inner.get(key)
        if hit is not None:
            self._write(key, hit)
        return hit

    def put(self, key: str, record: dict[str, Any]) -> None:
        self.inner.put(key, record)
        self._write(key, record)

    def _write(self, key: str, record: dict[str, Any]) -> None:
        path = recording_path(self.folder, key)
        with self._lock:
            self.used.add(key)
            write_recording(path, record)
            self.written += 1

    def prune(self) -> int:
        """Delete recordings of this folder that no request of the run asked for; returns how many."""
        removed = 0
        for path in sorted(self.folder.glob("*.json")):
            if _KEY.match(path.stem) and path.stem not in self.used:
                path.unlink()
                removed += 1
        return removed
