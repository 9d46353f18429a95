"""Bound anywhere but 127.0.0.1 the server wants its token on every request — over loopback too.

The server runs as `drafter serve` in its own process; the tests send their requests to 127.0.0.1 only.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from drafter.testing.cli import run_drafter

from .conftest import example_zip, serve

REQUESTS = [
    ("GET", "/", None),
    ("GET", "/static/app.js", None),
    ("GET", "/docs", None),
    ("GET", "/openapi.json", None),
    ("GET", "/api/engines", None),
    ("GET", "/api/jobs/" + "0" * 32, None),
    ("POST", "/api/draft", "zip"),
    ("POST", "/api/jobs", "zip"),
    ("GET", "/does-not-exist", None),
]


def send(base: str, method: str, path: str, upload: str | None, **kw) -> httpx.Response:
    files = {"file": ("tianhe-2022.zip", example_zip("tianhe-2022"))} if upload else None
    return httpx.request(method, base.rstrip("/") + path, files=files, follow_redirects=False, timeout=30, **kw)


@pytest.fixture(scope="module")
def exposed(tmp_path_factory: pytest.TempPathFactory):
    """`drafter serve --host 0.0.0.0` with no --token: one is generated and printed."""
    server = serve(tmp_path_factory.mktemp("exposed"), "--host", "0.0.0.0")
    yield server
    server.stop()


def test_binding_every_interface_generates_and_prints_a_token(exposed) -> None:
    assert exposed.url.startswith("http://127.0.0.1:")
    assert exposed.token and re.fullmatch(r"[A-Za-z0-9_-]{32}", exposed.token)


@pytest.mark.parametrize("method,path,upload", REQUESTS)
def test_every_request_over_loopback_without_the_token_is_refused(exposed, method: str, path: str, upload) -> None:
    response = send(exposed.url, method, path, upload)
    assert response.status_code == 401
    assert "需要访问令牌" in response.text and response.text.count("\n") <= 1
    wrong = send(exposed.url, method, path, upload, headers={"Authorization": "Bearer " + "x" * 32})
    assert wrong.status_code == 401
    near = send(exposed.url, method, path, upload, headers={"Authorization": f"Bearer {exposed.token[:-1]}"})
    assert near.status_code == 401


def test_the_token_opens_every_door(exposed) -> None:
    auth = {"Authorization": f"Bearer {exposed.token}"}
    assert send(exposed.url, "GET", "/", None, headers=auth).status_code == 200
    assert send(exposed.url, "GET", "/docs", None, headers=auth).status_code == 200
    assert send(exposed.url, "GET", "/api/engines", None, headers={"X-Drafter-Token": exposed.token}).status_code == 200
    drafted = send(exposed.url, "POST", "/api/draft", "zip", headers=auth)
    assert drafted.status_code == 200 and drafted.json()["check"]["summary"]["ok"] is True


def test_the_printed_address_sets_a_cookie_and_leaves_the_token_out_of_the_url(exposed) -> None:
    first = httpx.get(f"{exposed.url}?token={exposed.token}", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/"
    assert "HttpOnly" in first.headers["set-cookie"] and "SameSite=Strict" in first.headers["set-cookie"]
    with httpx.Client(base_url=exposed.url, cookies=first.cookies) as browser:
        assert browser.get("/").status_code == 200
        assert browser.get("/static/app.css").status_code == 200


def test_a_token_given_on_loopback_is_required_too(tmp_path: Path) -> None:
    token = "Finance-Office-Token-2024"
    server = serve(tmp_path, "--token", token)
    try:
        assert server.url.startswith("http://127.0.0.1:") and server.token == token
        assert send(server.url, "GET", "/api/engines", None).status_code == 401
        assert send(server.url, "GET", "/api/engines", None, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    finally:
        server.stop()


def test_without_a_token_the_loopback_server_answers_only_to_local_host_names(client) -> None:
    assert client.get("/api/engines").status_code == 200
    assert client.get("/api/engines", headers={"Host": "localhost:8000"}).status_code == 200
    rebound = client.get("/api/engines", headers={"Host": "attacker.example"})
    assert rebound.status_code == 400 and "只接受 127.0.0.1 或 localhost" in rebound.json()["error"]


def test_a_short_token_is_refused_before_anything_listens(drafter_home: Path) -> None:
    result = run_drafter("serve", "--host", "0.0.0.0", "--port", "0", "--token", "1234", home=drafter_home)
    assert result.returncode == 2
    assert result.stderr.strip() == "错误 / error: --token 应为至少 16 位的字母、数字或 ._~- / token too short or has other characters"
