"""Response stores for LLM calls: what a request returned, keyed on the request's content.

The key (`request_key`) is a sha256 of the canonical JSON of what decides the answer — model name as sent
to the server, the messages, request parameters (secret ones scrubbed, see drafter.secrets), the output
schema and the structured-output method — and of nothing else: not the base URL or port, not the API
key, not retry settings.

Each cached answer also records the endpoint's host (`endpoint_host`: not the port, so a local server on
a new port still hits) and the model. The LLM layer uses a hit only when its host is the one it is about
to call, unless the user said --cache-any-endpoint: answers seeded by a test or hostile server are never
replayed to a production run. Entries written before hosts were recorded have host '' and match none.

Any object with `get(key) -> dict | None` and `put(key, record) -> None` is a `ResponseStore`:

- `SQLiteStore` — the default cache, `$DRAFTER_HOME/cache.sqlite3`;
- `NullStore` — `--no-cache`: never reads, never writes;
- a replay store (recorded responses in files under evals/, a miss fails loudly with its key) and a
  recording wrapper are meant to implement the same two methods.

A record is plain JSON: {"kind": "structured"|"text", "output": dict|str, "usage": {"prompt_tokens",
"completion_tokens"}, "model", "step", "endpoint": host, "request": the request that produced it (no key,
no URL)}. Only successful, validated answers are stored, never errors and never an answer in which the
server repeated a secret.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from urllib.parse import urlsplit
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
    "ALTER TABLE responses ADD COLUMN host TEXT NOT NULL DEFAULT ''",
)


@runtime_checkable
class ResponseStore(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, record: dict[str, Any]) -> None: ...


def endpoint_host(base_url: str | None) -> str:
    """The host a cached answer came from: lower-case name or address, no scheme, port, user or path."""
    try:
        return (urlsplit(base_url or "").hostname or "").lower()
    except ValueError:
        return ""


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
        """The record, its "endpoint" the host column (so an entry from before hosts were kept says '')."""
        if self._db is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT record, host FROM responses WHERE key = ?", (key,)).fetchone()
        return {**json.loads(row[0]), "endpoint": row[1]} if row else None

    def put(self, key: str, record: dict[str, Any]) -> None:
        with self._lock:
            self._open().execute(
                "INSERT OR REPLACE INTO responses (key, model, step, record, created, host) VALUES (?, ?, ?, ?, ?, ?)",
                (key, str(record.get("model", "")), str(record.get("step", "")), canonical_json(record), time.time(),
                 str(record.get("endpoint", ""))),
            )
            self._db.commit()

    def stats(self) -> list[dict[str, Any]]:
        """Answers per endpoint host and model, with the oldest and newest time (epoch seconds)."""
        if self._db is None:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT host, model, COUNT(*), MIN(created), MAX(created) FROM responses"
                " GROUP BY host, model ORDER BY host, model").fetchall()
        return [{"host": h, "model": m, "answers": n, "oldest": lo, "newest": hi} for h, m, n, lo, hi in rows]

    def clear(self, older_than_days: float | None = None) -> int:
        """Delete every answer, or those stored more than `older_than_days` days ago; returns how many."""
        if self._db is None:
            return 0
        with self._lock:
            if older_than_days is None:
                cur = self._db.execute("DELETE FROM responses")
            else:
                cur = self._db.execute("DELETE FROM responses WHERE created < ?",
                                       (time.time() - older_than_days * 86400,))
            self._db.commit()
            return cur.rowcount

    def __len__(self) -> int:
        if self._db is None:
            return 0
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
