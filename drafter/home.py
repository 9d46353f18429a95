"""Where drafter keeps per-user state: `$DRAFTER_HOME`, default `~/.drafter`.

Holds the user's `models.yaml`, the LLM response cache (`cache.sqlite3`) and the seeded tiktoken files.
Tests point DRAFTER_HOME at a temporary folder so they never touch the real one.
"""

from __future__ import annotations

import os
from pathlib import Path


def drafter_home() -> Path:
    raw = os.environ.get("DRAFTER_HOME", "").strip()
    return Path(raw).expanduser() if raw else Path.home() / ".drafter"
