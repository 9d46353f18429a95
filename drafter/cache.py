"""Response stores for LLM calls: what a request returned, keyed on the request's content.

The key (`request_key`) is a sha256 of the canonical JSON of what decides the answer — model name as sent
to the server, the messages, request parameters, the output schema and the structured-output method —
and of nothing else: not the base URL or port (a test server on a random port, a proxy, a local mirror
all hit the same entry), not the API key, not retry settings.

Any object with `get(key) -> dict | None` and `put(key, record) -> None` is a `ResponseStore`:

- `SQLiteStore` — the default cache, `$DRAFTER_HOME/cache.sqlite3`;
- `NullStore` — `--no-cache`: never reads, never writes;
- a replay store (recorded responses in files under evals/, a miss fails loudly with its key) and a
  recording wrapper are meant to implement the same two methods.

A record is plain JSON: {"kind": "structured"|"text", "output": dict|str, "usage": {"prompt_tokens",
"completion_tokens"}, "model", "step", "request": the request that produced it (no key, no URL)}.
Only successful, validated answers are stored; errors never are.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .errors import DrafterError

# Bump when the meaning of a record changes, so stale entries are never read back.
CACHE_VERSION = 1

_MIGRATIONS = (
    """CREATE TABLE responses (
        key TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        step TEXT NOT NULL,
        record TEXT NOT NULL,
        created REAL NOT NULL
    )""",
)


@runtime_checkable
class ResponseStore(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, record: dict[str, Any]) -> None: ...


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def request_key(request: dict[str, Any]) -> str:
    """sha256 over the request content. Callers pass only content fields (see module docstring)."""
    payload = canonical_json({"v": CACHE_VERSION, **request})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class NullStore:
    """--no-cache: every call goes to the server and nothing is kept."""

    def get(self, key: str) -> dict[str, Any] | None:
        return None

    def put(self, key: str, record: dict[str, Any]) -> None:
        return None


class SQLiteStore:
    """One table, append-only migrations tracked by PRAGMA user_version; WAL so parallel runs can share it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if self.path.exists():  # else created by the first put: a run that fails leaves no file behind
            self._open()

    def _open(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for i, statement in enumerate(_MIGRATIONS[version:], start=version + 1):
                self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {i}")
            self._db.commit()
        except (OSError, sqlite3.Error) as e:
            raise DrafterError(f"{self.path}: 无法打开响应缓存 / cannot open the response cache ({e}); 可加 --no-cache") from None
        return self._db

    def get(self, key: str) -> dict[str, Any] | None:
        if self._db is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT record FROM responses WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, record: dict[str, Any]) -> None:
        with self._lock:
            self._open().execute(
                "INSERT OR REPLACE INTO responses (key, model, step, record, created) VALUES (?, ?, ?, ?, ?)",
                (key, str(record.get("model", "")), str(record.get("step", "")), canonical_json(record), time.time()),
            )
            self._db.commit()

    def __len__(self) -> int:
        if self._db is None:
            return 0
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
