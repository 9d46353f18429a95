"""Running suites: LLM variants through the cache (a rerun makes no requests), replay and --record,
a worse prompt version caught by --baseline with exit 1, reports and per-record results."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.engines.replay import RecordingStore, ReplayStore
from drafter.errors import LLMError
from drafter.evals import RunOptions, load_suite, run_suite

ROOT = Path(__file__).resolve().parents[1]
JIANGWAN = ROOT / "examples" / "jiangwan-library-2023"


def _load_record_local():
    spec = importlib.util.spec_from_file_location("record_local", ROOT / "evals" / "record_local.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


record_local = _load_record_local()
WORSE_MARK = "简要概括即可，不必写数字"


def model_like(request):
    """The shipped hand-written replies; a prompt asking for no figures gets the vague answer it asks for."""
    if WORSE_MARK in request.system_text and request.schema_name == "ProblemSection":
        return {"paragraphs": [{"problem": pid, "text": "相关工作取得显著成效，但仍有一定提升空间。", "cites": []}
                               for pid, _ in record_local.problem_lines(request)]}
    return record_local.respond(request)


def suite_file(tmp_path: Path, engine: str, *, version: str = "v3", repeats: int = 1, extra: str = "") -> Path:
    path = tmp_path / "suite.yaml"
    path.write_text(f"""
name: jiangwan-test
cases:
  - id: jiangwan-problems
    input: {JIANGWAN}
    task: 存在问题
    key_figures: auto
    assert:
      headings: [存在问题]
      length: {{min: 100, max: 3000}}
  - id: jiangwan-measures
    input: {JIANGWAN}
    task: 改进措施
    assert: {{headings: [改进措施]}}
variants:
  - name: model
    engine: {engine}
    model: handwritten-local
    base_url: http://127.0.0.1:9/v1
    structured_method: json_schema
    prompts: {{draft_存在问题: {version}}}
repeats: {repeats}
{extra}
""", encoding="utf-8")
    return path


@pytest.fixture
def worse_prompt(tmp_path, monkeypatch):
    """draft_存在问题.v4 — the v3 prompt plus an instruction that makes drafts vaguer."""
    folder = tmp_path / "prompts"
    folder.mkdir()
    v3 = (ROOT / "prompts" / "draft_存在问题.v3.md").read_text(encoding="utf-8")
    v4 = v3.replace("version: v3", "version: v4").replace("=== user ===", f"5. {WORSE_MARK}。\n=== user ===", 1)
    (folder / "draft_存在问题.v4.md").write_text(v4, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_PROMPTS", str(folder))
    return folder


def test_a_rerun_makes_zero_requests_to_the_server(tmp_path, openai_server):
    openai_server.responder = model_like
    suite = load_suite(suite_file(tmp_path, "llm", repeats=2), allow_outside=True)
    first = run_suite(suite, RunOptions(base_url=openai_server.url))
    sent = openai_server.count
    assert sent > 0 and first.calls > 0
    second = run_suite(suite, RunOptions(base_url=openai_server.url))
    assert openai_server.count == sent  # every answer came from the cache
    assert second.calls == 0 and second.cache_hits == first.calls + first.cache_hits
    # Same outputs, same scores; tokens are still reported for the cached answers.
    assert [r.metrics for r in second.records] == [r.metrics for r in first.records]
    assert all(r.prompt_tokens > 0 for r in second.records)


def test_repeats_are_asked_separately_and_aggregated_with_mean_and_spread(tmp_path, openai_server):
    openai_server.responder = model_like
    result = run_suite(load_suite(suite_file(tmp_path, "llm", repeats=2), allow_outside=True), RunOptions(base_url=openai_server.url))
    seeds = {r.body.get("seed") for r in openai_server.requests}
    assert seeds == {None, 1}  # repeat 1 carries seed 1: its own request, its own cache entry
    assert [(r.case, r.repeat) for r in result.records] == [
        ("jiangwan-problems", 0), ("jiangwan-problems", 1), ("jiangwan-measures", 0), ("jiangwan-measures", 1)]
    agg = result.aggregates[0]
    assert agg.metrics["key_figures"].n == 2 and agg.metrics["key_figures"].spread == 0


def test_record_then_replay_offline_gives_the_same_scores_without_any_request(tmp_path, openai_server):
    openai_server.responder = model_like
    suite = load_suite(suite_file(tmp_path, "replay"), allow_outside=True)
    recorded = run_suite(suite, RunOptions(record=True, base_url=openai_server.url))
    files = sorted((tmp_path / "recordings" / "jiangwan-test").glob("*.json"))
    assert recorded.recorded == len(files) > 0
    record = json.loads(files[0].read_text(encoding="utf-8"))
    assert record["request"]["model"] == "handwritten-local" and "127.0.0.1" not in files[0].read_text(encoding="utf-8")
    sent = openai_server.count
    replayed = run_suite(suite)  # base_url in the suite points at a closed port: nothing may be contacted
    assert openai_server.count == sent
    assert [r.metrics for r in replayed.records] == [r.metrics for r in recorded.records]


def test_a_replay_miss_fails_loudly_with_the_request_key(tmp_path):
    suite = load_suite(suite_file(tmp_path, "replay"), allow_outside=True)
    with pytest.raises(LLMError) as err:
        run_suite(suite)
    message = str(err.value)
    assert "recordings" in message and "--record" in message and "\n" not in message
    assert re.search(r"key [0-9a-f]{64}", message)


def test_replay_store_reads_recordings_and_never_writes(tmp_path):
    key = "a" * 64
    store = RecordingStore(tmp_path)
    store.put(key, {"kind": "text", "output": "预算完成率96.33%", "usage": {"prompt_tokens": 3, "completion_tokens": 2}})
    replay = ReplayStore(tmp_path)
    assert replay.get(key)["output"] == "预算完成率96.33%"
    with pytest.raises(LLMError, match="b" * 64):
        replay.get("b" * 64)
    assert store.prune() == 0 and (tmp_path / f"{key}.json").is_file()


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_a_worse_prompt_version_makes_baseline_comparison_exit_1_naming_case_metric_and_amount(
        tmp_path, openai_server, worse_prompt, drafter_home):
    openai_server.responder = model_like
    env = {**os.environ, "DRAFTER_HOME": str(drafter_home), "DRAFTER_PROMPTS": str(worse_prompt)}
    baseline = tmp_path / "baseline.json"

    suite = suite_file(tmp_path, "llm", version="v3")
    saved = _cli(["eval", str(suite), "--allow-outside", "--base-url", openai_server.url, "--save-baseline", str(baseline)], env, tmp_path)
    assert saved.returncode == 0, saved.stderr
    same = _cli(["eval", str(suite), "--allow-outside", "--base-url", openai_server.url, "--baseline", str(baseline),
                 "--report-html", str(tmp_path / "r.html")], env, tmp_path)
    assert same.returncode == 0 and "PASS" in same.stdout
    assert "<table>" in (tmp_path / "r.html").read_text(encoding="utf-8")

    suite = suite_file(tmp_path, "llm", version="v4")
    worse = _cli(["eval", str(suite), "--allow-outside", "--base-url", openai_server.url, "--baseline", str(baseline),
                  "--report-md", str(tmp_path / "r.md")], env, tmp_path)
    assert worse.returncode == 1, worse.stderr
    lines = [line for line in worse.stdout.splitlines() if line.startswith("✗")]
    key_figures = next(line for line in lines if "key_figures" in line)
    # 3 of 3 key figures before, none now: a fall of 1 on a 0–1 share.
    assert "jiangwan-problems / model / key_figures" in key_figures and "退步 1" in key_figures
    assert any("banned_phrases" in line for line in lines)
    assert "jiangwan-measures" not in "".join(lines)  # the measures prompt did not change
    assert "key_figures" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_results_json_has_a_record_per_case_variant_repeat_with_tokens_latency_and_cost(tmp_path, openai_server):
    openai_server.responder = model_like
    suite_path = suite_file(tmp_path, "llm", extra="concurrency: 2")
    suite = load_suite(suite_path, allow_outside=True)
    result = run_suite(suite, RunOptions(base_url=openai_server.url))
    data = json.loads(result.model_dump_json())
    assert len(data["records"]) == 2
    rec = result.records[0]
    assert rec.prompt_tokens > 0 and rec.completion_tokens > 0 and rec.latency_seconds > 0
    assert rec.cost == Decimal(0) and rec.currency == "CNY"  # handwritten-local is priced at 0 in prices.yaml
    assert rec.prompts == {"draft_存在问题": "v3"}


def test_an_unpriced_model_reports_no_cost_rather_than_zero(tmp_path, openai_server):
    openai_server.responder = model_like
    path = suite_file(tmp_path, "llm")
    path.write_text(path.read_text(encoding="utf-8").replace("handwritten-local", "my-own-model"), encoding="utf-8")
    rec = run_suite(load_suite(path, allow_outside=True), RunOptions(base_url=openai_server.url)).records[0]
    assert rec.cost is None and rec.prompt_tokens > 0


def test_an_llm_judge_scores_each_output_on_the_chinese_rubric(tmp_path, openai_server):
    def respond(request):
        if request.schema_name == "JudgeVerdict":
            assert "评分标准" in request.system_text and "待评审的文字" in request.user_text
            return {"score": 4, "reason": "数字准确、问题具体，个别措施与问题的对应不够明确。"}
        return model_like(request)

    openai_server.responder = respond
    path = suite_file(tmp_path, "llm", extra="judge: {model: handwritten-local, structured_method: json_schema}")
    result = run_suite(load_suite(path, allow_outside=True), RunOptions(base_url=openai_server.url))
    assert [r.metrics["judge"] for r in result.records] == [Decimal(4), Decimal(4)]
    assert sum(1 for r in openai_server.requests if r.schema_name == "JudgeVerdict") == 2
