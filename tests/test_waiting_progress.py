"""A request that waits on the model is visible (issue 13, "progress shows a request that is waiting"), and a
run has an overall deadline even when none is configured.

Over real HTTP: the local OpenAI-compatible server answers after a set latency. The notice thresholds are
drafter's own module constants, lowered here so that a one-second wait is "long"; nothing of openai or
LangChain is patched. capsys's stderr is not a terminal, as in a pipe or a CI log.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from drafter.chains.draft import draft_with_llm
from drafter.load import load_input
from drafter.models import resolve_settings
from drafter.testing.openai_server import OpenAIServer, Reply
from drafter.testing.responders import DraftResponder

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
NOTICE = re.compile(r"等待模型回复 (\d+) s（(?P<host>[^，]+)，第 (?P<n>\d+)/(?P<of>\d+) 次请求）")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from drafter.cli import main

    try:
        main(list(argv))
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tianhe(tmp_path: Path) -> Path:
    dst = tmp_path / "tianhe"
    shutil.copytree(TIANHE, dst, ignore=shutil.ignore_patterns("seed-ocr.txt"))
    return dst


@pytest.fixture
def quick_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wait counts as long after 0.2 s and is repeated every 0.3 s (defaults: 5 s and 10 s)."""
    from drafter.engines import llm

    monkeypatch.setattr(llm, "WAIT_NOTICE_AFTER", 0.2)
    monkeypatch.setattr(llm, "WAIT_NOTICE_EVERY", 0.3)


def notices(err: str) -> list[re.Match[str]]:
    return [m for line in err.splitlines() if (m := NOTICE.search(line))]


def test_a_slow_model_reply_shows_a_waiting_line_with_seconds_host_and_attempt_under_v(tianhe, capsys, quick_notices):
    with OpenAIServer(responder=DraftResponder(), latency=0.8) as server:
        host = server.url.split("//", 1)[1].split("/", 1)[0]
        code, out, err = run(capsys, "-v", "draft", str(tianhe), "--model", "m", "--base-url", server.url,
                             "--section", "目标完成情况")
    assert code == 0, err
    seen = notices(err)
    assert seen, err
    assert {m["host"] for m in seen} == {host}
    assert {(m["n"], m["of"]) for m in seen} == {("1", "5")}  # one attempt of the SDK's 1 + 4 retries
    assert len(seen) >= 2  # repeated while requests keep waiting
    assert "目标完成情况" in "\n".join(l for l in err.splitlines() if NOTICE.search(l))  # names the step


def test_a_retried_request_names_which_attempt_is_waiting(tianhe, capsys, quick_notices):
    with OpenAIServer(responder=DraftResponder(), latency=0.8) as server:
        server.script(Reply.server_error(retry_after_ms=10))
        code, out, err = run(capsys, "-v", "draft", str(tianhe), "--model", "m", "--base-url", server.url,
                             "--section", "目标完成情况")
    assert code == 0, err
    assert ("2", "5") in {(m["n"], m["of"]) for m in notices(err)}, err


def test_the_attempts_shown_follow_the_retries_configured(tianhe, capsys, quick_notices, drafter_home):
    with OpenAIServer(responder=DraftResponder(), latency=0.8) as server:
        (drafter_home / "models.yaml").write_text(f"models:\n  - name: m\n    base_url: {server.url}\n",
                                                  encoding="utf-8")
        settings = resolve_settings(model="m", max_retries=1)
        draft_with_llm(load_input(tianhe), ["目标完成情况"], settings, progress=True)
    err = capsys.readouterr().err
    assert {m["of"] for m in notices(err)} == {"2"}, err


def test_without_v_a_pipe_gets_no_waiting_line(tianhe, capsys, quick_notices):
    with OpenAIServer(responder=DraftResponder(), latency=0.8) as server:
        code, out, err = run(capsys, "draft", str(tianhe), "--model", "m", "--base-url", server.url,
                             "--section", "目标完成情况")
    assert code == 0, err
    assert not notices(err) and "等待模型回复" not in err


def test_a_quick_reply_shows_no_waiting_line(tianhe, capsys):
    with OpenAIServer(responder=DraftResponder()) as server:
        code, out, err = run(capsys, "-v", "draft", str(tianhe), "--model", "m", "--base-url", server.url)
    assert code == 0, err
    assert "等待模型回复" not in err


def test_an_endpoint_that_never_answers_shows_the_wait_then_ends_at_the_deadline(tianhe, capsys, quick_notices):
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        code, out, err = run(capsys, "-v", "draft", str(tianhe), "--model", "m", "--base-url", url,
                             "--deadline", "1.5")
    assert code == 2
    assert notices(err)
    last = err.strip().splitlines()[-1]
    assert "总时限" in last and "1.5" in last


# ------------------------------------------------------------------------------------ default deadline


def test_a_run_has_an_overall_deadline_when_none_is_configured():
    from drafter.models import DEFAULT_DEADLINE, resolve_settings

    settings = resolve_settings(model="m", base_url="http://127.0.0.1:9/v1")
    assert settings.deadline == DEFAULT_DEADLINE
    assert 300 <= DEFAULT_DEADLINE <= 3600  # long enough for a slow model's draft and repairs, not unbounded


def test_the_default_deadline_is_raised_by_the_models_file_or_the_option(drafter_home):
    from drafter.models import resolve_settings

    (drafter_home / "models.yaml").write_text(
        "models:\n  - name: m\n    base_url: http://127.0.0.1:9/v1\n    deadline: 7200\n", encoding="utf-8")
    assert resolve_settings(model="m").deadline == 7200
    assert resolve_settings(model="m", deadline=30).deadline == 30


def test_the_default_deadline_is_documented():
    from drafter.models import DEFAULT_DEADLINE

    shown = f"{DEFAULT_DEADLINE:g}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    builtin = (ROOT / "drafter" / "data" / "models.yaml").read_text(encoding="utf-8")
    assert f"默认 {shown} 秒" in readme
    assert "deadline" in builtin and shown in builtin
