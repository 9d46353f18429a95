"""Run the `drafter` command as a user would: a new process, a clean environment, its own DRAFTER_HOME."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_drafter(*args: str, home: str | Path, stdin: str | None = None, env: dict[str, str] | None = None,
                cwd: str | Path = ROOT) -> subprocess.CompletedProcess:
    """`python -m drafter ARGS` with no inherited model settings or keys (only what `env` adds)."""
    clean = {"PATH": "/usr/bin:/bin", "DRAFTER_HOME": str(home), "HOME": str(home), **(env or {})}
    return subprocess.run([sys.executable, "-m", "drafter", *args], capture_output=True, text=True, input=stdin,
                          cwd=cwd, env=clean)


def run_main(capsys: object, *args: str) -> tuple[int, str, str]:
    """`drafter ARGS` in this process (`drafter.cli.main`), with pytest's capsys: (exit code, stdout, stderr)."""
    from drafter.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    out, err = capsys.readouterr()  # type: ignore[attr-defined]
    return code, out, err
