"""Fixtures for the web page: the three examples as uploads, an in-process client, a real `drafter serve`
process, and Chromium (Debian's package) driven by Playwright.

Browser tests never skip silently in CI: with DRAFTER_BROWSER_TESTS=required (set by .ci/run) a missing
Chromium or Playwright fails the run instead of skipping it.
"""

from __future__ import annotations

import io
import os
import queue
import re
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXAMPLE_NAMES = ("tianhe-2022", "jiangwan-library-2023", "shiqiao-town-2023")
CHROMIUM = Path(os.environ.get("DRAFTER_CHROMIUM", "/usr/bin/chromium"))
REQUIRED = os.environ.get("DRAFTER_BROWSER_TESTS") == "required"

pytest.importorskip("fastapi", reason="pip install -e '.[test]' (web dependencies)")


def example_zip(name: str) -> bytes:
    """An example folder zipped the way Windows' "send to compressed folder" does: one top folder."""
    folder = EXAMPLES / name
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, f"{name}/{path.relative_to(folder).as_posix()}")
    return buf.getvalue()


def tree(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file under the roots with its size and mtime: equal snapshots mean nothing was written."""
    out = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() or path.is_symlink():
                st = path.lstat()
                out[str(path)] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture
def client(tmp_path: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from drafter.web import WebSettings, create_app

    work = tmp_path / "work"
    work.mkdir()
    app = create_app(WebSettings(workdir=work))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        c.work = work  # type: ignore[attr-defined]
        yield c


@dataclass
class Served:
    url: str            # the base URL printed by `drafter serve` (token query stripped)
    token: str | None
    process: subprocess.Popen
    tmp: Path           # TMPDIR of the server: its session folders live here

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def serve(base: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    """`python -m drafter serve --port 0 ARGS` in a clean environment; waits for the URL it prints."""
    tmp, home = base / "tmp", base / "home"
    tmp.mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DRAFTER_HOME": str(home), "TMPDIR": str(tmp),
           "PYTHONUNBUFFERED": "1", **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--port", "0", *args], cwd=base,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.put(line)
        lines.put("")

    threading.Thread(target=pump, daemon=True).start()
    url, token, seen = None, None, []
    while url is None:
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            break
        if not line:
            break
        seen.append(line)
        if m := re.search(r"serving: (http://\S+?/)(?:\?token=(\S+))?$", line.strip()):
            url, token = m[1], m[2]
    if url is None:
        proc.kill()
        raise AssertionError("drafter serve did not start:\n" + "".join(seen))
    return Served(url=url, token=token, process=proc, tmp=tmp)


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One local server (127.0.0.1, no token) for the browser tests."""
    server = serve(tmp_path_factory.mktemp("served"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, accept_downloads=True,
            locale="zh-CN", viewport={"width": 1200, "height": 900},
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        context.set_default_timeout(30_000)
        yield context
        context.close()


@pytest.fixture
def page(browser_context, served: Served) -> Iterator:
    page = browser_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served.url)
    yield page
    page.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save their screenshots: DRAFTER_SCREENSHOTS (docs/ for the README) or a temp folder."""
    target = os.environ.get("DRAFTER_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
