"""Trust boundary 3: keys and secret parameters never leave the request.

A marker key is planted in DRAFTER_API_KEY and secret values in the models file's `params`; the local
server echoes the key back in three forms (as sent, upper case, re-split with dashes) in its answers and
in its error messages. Afterwards the key is searched for — in every form, ignoring case and separators —
in every file drafter wrote (cache, recordings, outputs, reports, baselines) and in every stream.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import ChatRequest, OpenAIServer, Reply
from drafter.testing.responders import LocalModel

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
JIANGWAN = ROOT / "examples" / "jiangwan-library-2023"
KEY = "sk-trust-7f3a9c2e4b1d8e60"
HEADER_SECRET = "hdr-5b8e1f0c9a7d"
KWARG_SECRET = "tok-2c6d0e8f4a1b"


def forms(secret: str) -> list[str]:
    """As sent, upper case, and its letters and digits re-split with dashes every four characters."""
    bare = re.sub(r"[^0-9A-Za-z]", "", secret)
    return [secret, secret.upper(), "-".join(bare[i:i + 4] for i in range(0, len(bare), 4))]


def squashed(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def leaks(text: str) -> list[str]:
    s = squashed(text)
    return [secret for secret in (KEY, HEADER_SECRET, KWARG_SECRET) if squashed(secret) in s]


class Echo:
    """A model that repeats the caller's key in three forms inside its answers — every answer, or every
    other one (`every=2`), so that clean answers are cached and recorded beside the echoing ones."""

    def __init__(self, every: int = 1) -> None:
        self.inner = LocalModel()
        self.every = every
        self.answered = 0
        self.echoed = 0

    def __call__(self, request: ChatRequest) -> Any:
        answer = self.inner(request)
        self.answered += 1
        if self.answered % self.every:
            return answer
        said = "（密钥 " + "、".join(forms(KEY)) + "）"
        self.echoed += 1
        if isinstance(answer, str):
            return answer + said
        return self._plant(answer, said)

    def _plant(self, node: Any, said: str) -> Any:
        if isinstance(node, dict):
            return {k: self._plant(v, said) for k, v in node.items()}
        if isinstance(node, list):
            return [self._plant(v, said) for v in node]
        if isinstance(node, str) and len(node) > 8:
            return node + said
        return node


def write_models_file(home: Path, url: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "models.yaml").write_text(
        "models:\n"
        "  - name: trusty\n"
        f"    base_url: {url}\n"
        "    params:\n"
        "      temperature: 0.2\n"
        f"      default_headers: {{X-Gateway-Token: {HEADER_SECRET}}}\n"
        f"      model_kwargs: {{extra_headers: {{X-User-Token: {KWARG_SECRET}}}}}\n", encoding="utf-8")


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def assert_nowhere(folder: Path, streams: list[str]) -> None:
    """Every file under `folder` but the user's own models file, and every stream given."""
    for path in every_file(folder):
        if path.name == "models.yaml":
            continue
        found = leaks(path.read_bytes().decode("latin-1"))
        if not found:  # UTF-8 files: read as text as well, in case a form sits between Chinese characters
            try:
                found = leaks(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                pass
        assert not found, f"{found} in {path}"
    for stream in streams:
        assert not leaks(stream), stream


SUITE = """\
name: planted
cases:
  - id: jw
    input: jiangwan
    task: all
    key_figures: auto
variants:
  - {name: live, engine: llm, model: trusty}
  - {name: rec, engine: replay, model: trusty}
"""


def test_a_planted_key_is_found_nowhere_for_draft_summarize_and_eval(tmp_path):
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    shutil.copytree(JIANGWAN, work / "suite" / "jiangwan")
    (work / "suite" / "suite.yaml").write_text(SUITE, encoding="utf-8")
    env = {"DRAFTER_API_KEY": KEY}
    streams: list[str] = []
    echo = Echo(every=2)
    with OpenAIServer(responder=echo) as server:
        write_models_file(home, server.url)
        runs = [
            run_drafter("draft", str(TIANHE), "--model", "trusty", "--out", str(work / "draft.json"), home=home, env=env),
            run_drafter("draft", str(TIANHE), "--model", "trusty", "-s", "存在问题", home=home, env=env),  # cached
            run_drafter("summarize", str(TIANHE / "seed-ocr.txt"), "--model", "trusty", "--out", str(work / "s.md"),
                        home=home, env=env),
            run_drafter("eval", str(work / "suite" / "suite.yaml"), "--record", "--base-url", server.url,
                        "--json", str(work / "eval.json"), "--report-md", str(work / "eval.md"),
                        "--report-html", str(work / "eval.html"), "--save-baseline", str(work / "base.json"),
                        home=home, env=env),
        ]
        assert server.count > 0 and echo.echoed > 0
        headers = [r.headers for r in server.requests]
    for run in runs:
        assert run.returncode in (0, 1), run.stderr
        streams += [run.stdout, run.stderr]
    # the secrets did travel where they belong: the request's headers and body
    assert all(h["authorization"] == f"Bearer {KEY}" and h["x-gateway-token"] == HEADER_SECRET
               and h["x-user-token"] == KWARG_SECRET for h in headers)
    # clean answers were kept, so the cache and the recordings were really written (and searched)
    assert (home / "cache.sqlite3").stat().st_size > 0 and list((work / "suite" / "recordings").rglob("*.json"))
    assert_nowhere(home, streams)
    assert_nowhere(work, [])


@pytest.mark.parametrize("reply", [
    Reply(status=401, error=f"Incorrect API key provided: {forms(KEY)[1]}"),
    Reply(status=400, error=f"key {forms(KEY)[2]} may not use response_format json_schema"),
    Reply(status=404, error=f"model not found for {KEY}"),
])
def test_a_key_echoed_in_an_error_never_reaches_stderr(tmp_path, reply):
    with OpenAIServer() as server:
        server.script(reply)
        run = run_drafter("draft", str(TIANHE), "--model", "m", "--base-url", server.url, "--no-cache",
                          home=tmp_path / "home", env={"DRAFTER_API_KEY": KEY})
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and not leaks(run.stderr + run.stdout), run.stderr


def test_a_reply_containing_the_key_is_not_cached(tmp_path):
    with OpenAIServer(responder=Echo()) as server:
        first = run_drafter("draft", str(TIANHE), "--model", "m", "--base-url", server.url, "-s", "存在问题",
                            home=tmp_path / "home", env={"DRAFTER_API_KEY": KEY})
        sent = server.count
        second = run_drafter("draft", str(TIANHE), "--model", "m", "--base-url", server.url, "-s", "存在问题",
                             home=tmp_path / "home", env={"DRAFTER_API_KEY": KEY})
        assert server.count == 2 * sent  # nothing was kept to answer the second run
    assert first.returncode in (0, 1) and second.returncode in (0, 1)
    assert_nowhere(tmp_path / "home", [first.stdout, first.stderr, second.stdout, second.stderr])


def test_the_redactor_covers_case_and_separator_variants():
    from drafter.secrets import Redactor

    redact = Redactor([KEY])
    for form in forms(KEY) + ["sk_trust_7f3a9c2e4b1d8e60", "SK TRUST 7F3A 9C2E 4B1D 8E60"]:
        out = redact(f"服务端返回：{form}。")
        assert not leaks(out) and out.startswith("服务端返回：") and out.endswith("。"), out
    assert redact("预算完成率92.94%") == "预算完成率92.94%"


def test_secret_params_are_found_by_name_at_any_depth():
    from drafter.secrets import secret_values

    params = {"temperature": 0.2, "default_headers": {"X-Gateway-Token": HEADER_SECRET, "Accept": "json"},
              "model_kwargs": {"extra_headers": {"X-User-Token": KWARG_SECRET}, "extra_body": {"Authorization": "Bearer abcdef123"}},
              "api_key": "k-123456", "client_secret": "s-654321", "top_p": 0.9}
    found = set(secret_values(params))
    assert {HEADER_SECRET, KWARG_SECRET, "Bearer abcdef123", "k-123456", "s-654321"} <= found
    assert "0.2" not in found and 0.9 not in found


def test_drafter_models_does_not_print_secret_params(tmp_path):
    home = tmp_path / "home"
    write_models_file(home, "http://127.0.0.1:9/v1")
    run = run_drafter("models", home=home)
    assert run.returncode == 0 and "trusty" in run.stdout
    assert not leaks(run.stdout + run.stderr)
