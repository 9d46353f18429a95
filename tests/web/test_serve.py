"""`drafter serve` as the README starts it: the page answers, --open hands the printed address to the browser."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from .conftest import serve


def test_serve_starts_the_page_on_loopback_without_a_token(tmp_path: Path) -> None:
    server = serve(tmp_path)
    try:
        assert server.url.startswith("http://127.0.0.1:") and server.token is None
        page = httpx.get(server.url)
        assert page.status_code == 200 and "上传自评表或输入" in page.text
    finally:
        server.stop()
    assert list((tmp_path / "tmp").iterdir()) == []  # the work folder goes with the server


def test_open_hands_the_printed_address_to_the_browser(tmp_path: Path) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    browser.chmod(0o755)
    server = serve(tmp_path, "--open", env={"BROWSER": f"{browser} %s"})
    try:
        for _ in range(100):
            if opened.exists() and opened.read_text().strip():
                break
            time.sleep(0.1)
        assert opened.read_text().strip() == server.url
    finally:
        server.stop()
