"""Trust boundary 4: a cached answer is used only for the endpoint that gave it.

Each cached answer records the endpoint's host (not its port: a local server on a new port still hits)
and the model. An answer from another host is not used unless the user says `--cache-any-endpoint`, so a
test or hostile server cannot seed the answers a production run uses. `drafter cache stats` shows the
answers per endpoint, `drafter cache clear [--older-than DAYS]` removes them.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import OpenAIServer, Reply
from drafter.testing.responders import LocalModel

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
DRAFT = ("draft", str(TIANHE), "-s", "存在问题", "--model", "m")


def on_localhost(server: OpenAIServer) -> str:
    """The same local server under another host name."""
    return server.url.replace("127.0.0.1", "localhost")


def seed(home: Path) -> int:
    with OpenAIServer(responder=LocalModel()) as seeder:
        run = run_drafter(*DRAFT, "--base-url", seeder.url, home=home)
        assert run.returncode == 0, run.stderr
        return seeder.count


def test_answers_cached_from_one_host_are_not_replayed_for_another(tmp_path):
    home = tmp_path / "home"
    assert seed(home) > 0
    with OpenAIServer() as production:
        production.script(*[Reply.unauthorized()] * 3)
        run = run_drafter(*DRAFT, "--base-url", on_localhost(production), home=home)
        assert production.count == 1  # it was asked, and said 401
    assert run.returncode == 2 and "HTTP 401" in run.stderr


def test_the_user_may_accept_answers_from_any_endpoint(tmp_path):
    home = tmp_path / "home"
    seed(home)
    with OpenAIServer() as other:
        other.script(Reply.unauthorized())
        run = run_drafter(*DRAFT, "--base-url", on_localhost(other), "--cache-any-endpoint", home=home)
        assert other.count == 0
    assert run.returncode == 0, run.stderr


def test_the_same_host_on_a_new_port_still_hits(tmp_path):
    home = tmp_path / "home"
    seed(home)
    with OpenAIServer() as restarted:
        run = run_drafter(*DRAFT, "--base-url", restarted.url, home=home)
        assert restarted.count == 0
    assert run.returncode == 0, run.stderr


def test_each_answer_records_its_host_and_model_and_stats_count_them(tmp_path):
    home = tmp_path / "home"
    sent = seed(home)
    with OpenAIServer(responder=LocalModel()) as other:
        run = run_drafter("draft", str(TIANHE), "-s", "改进措施", "--model", "m2", "--base-url", on_localhost(other),
                          home=home)
        assert run.returncode == 0, run.stderr
        more = other.count
    rows = sqlite3.connect(home / "cache.sqlite3").execute("SELECT host, model FROM responses").fetchall()
    assert sorted(set(rows)) == [("127.0.0.1", "m"), ("localhost", "m2")]
    stats = run_drafter("cache", "stats", home=home)
    assert stats.returncode == 0, stats.stderr
    lines = {line.split()[0]: line.split() for line in stats.stdout.splitlines() if line.split()}
    assert lines["127.0.0.1"][1:3] == ["m", str(sent)] and lines["localhost"][1:3] == ["m2", str(more)]


def test_cache_clear_removes_answers_older_than_the_given_days(tmp_path):
    home = tmp_path / "home"
    sent = seed(home)
    db = sqlite3.connect(home / "cache.sqlite3")
    db.execute("UPDATE responses SET created = ? WHERE rowid = (SELECT MIN(rowid) FROM responses)",
               (time.time() - 40 * 86400,))
    db.commit()
    db.close()
    run = run_drafter("cache", "clear", "--older-than", "30", home=home)
    assert run.returncode == 0 and "1" in run.stdout + run.stderr
    count = sqlite3.connect(home / "cache.sqlite3").execute("SELECT COUNT(*) FROM responses").fetchone()[0]
    assert count == sent - 1
    run_drafter("cache", "clear", home=home)
    assert sqlite3.connect(home / "cache.sqlite3").execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 0
