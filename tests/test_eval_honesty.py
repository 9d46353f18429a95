"""`drafter eval` fails a prompt that makes the model miss every problem (model_share), reports a prompt
edited under its old version, and offers custom assertions, cost and latency thresholds and JUnit XML."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from drafter import metrics as M
from drafter.evals import RunOptions, load_suite, run_suite
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.responders import DraftResponder

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"


class WrongIds(DraftResponder):
    def __call__(self, request):
        answer = super().__call__(request)
        for p in answer.get("paragraphs", []) if isinstance(answer, dict) else []:
            for field in ("problem", "answers"):
                if field in p:
                    p[field] = "Q" + p[field][1:]
        return answer


def write_suite(tmp_path: Path, *, model: str = "tianhe-local", extra: str = "", assertions: str = "") -> Path:
    path = tmp_path / "suite.yaml"
    path.write_text(f"""name: tianhe-honesty
cases:
  - id: tianhe-problems
    input: {TIANHE}
    task: 存在问题
    assert:
      headings: [存在问题]
{assertions}
  - id: tianhe-all
    input: {TIANHE}
    task: all
variants:
  - {{name: model, engine: llm, model: {model}, structured_method: json_schema}}
{extra}
""", encoding="utf-8")
    return path


def cli(args: list[str], home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "DRAFTER_HOME": str(home), **(env or {})}
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=300)


def test_a_model_that_cites_no_valid_problem_fails_on_model_share_by_default(tmp_path, drafter_home):
    suite = write_suite(tmp_path)
    with OpenAIServer(responder=WrongIds()) as server:
        out = cli(["eval", str(suite), "--allow-outside", "--base-url", server.url], drafter_home)
    assert out.returncode == 1, out.stderr
    failed = [line for line in out.stdout.splitlines() if line.startswith("✗")]
    assert any("tianhe-problems / model / model_share" in line and "低于阈值" in line for line in failed)
    assert any("tianhe-all / model / model_share" in line for line in failed)


def test_an_honest_model_passes_model_share(tmp_path):
    with OpenAIServer(responder=DraftResponder()) as server:
        result = run_suite(load_suite(write_suite(tmp_path), allow_outside=True), RunOptions(base_url=server.url))
    assert [r.metrics["model_share"] for r in result.records] == [Decimal(1), Decimal(1)]
    assert not result.failed


def test_the_offline_engine_has_no_model_share(tmp_path):
    path = write_suite(tmp_path, extra="  - {name: offline, engine: offline}")
    with OpenAIServer(responder=DraftResponder()) as server:
        result = run_suite(load_suite(path, allow_outside=True), RunOptions(base_url=server.url))
    offline = [r for r in result.records if r.variant == "offline"]
    assert offline and all("model_share" not in r.metrics for r in offline)


def test_a_prompt_edited_under_its_old_version_is_reported(tmp_path, drafter_home):
    suite = write_suite(tmp_path)
    baseline = tmp_path / "baseline.json"
    edited = tmp_path / "prompts"
    edited.mkdir()
    original = (ROOT / "prompts" / "draft_存在问题.v4.md").read_text(encoding="utf-8")
    (edited / "draft_存在问题.v4.md").write_text(original.replace("100 字左右", "150 字左右"), encoding="utf-8")
    with OpenAIServer(responder=DraftResponder()) as server:
        saved = cli(["eval", str(suite), "--allow-outside", "--base-url", server.url, "--save-baseline", str(baseline)], drafter_home)
        assert saved.returncode == 0, saved.stdout + saved.stderr
        out = cli(["eval", str(suite), "--allow-outside", "--base-url", server.url, "--baseline", str(baseline)], drafter_home,
                  env={"DRAFTER_PROMPTS": str(edited)})
    assert out.returncode == 1, out.stderr
    line = next(line for line in out.stdout.splitlines() if "draft_存在问题 v4" in line)
    assert line.startswith("✗") and "sha256" in line and "版本号未变" in line


def test_each_output_records_the_name_version_and_sha256_of_its_prompts(tmp_path):
    import hashlib

    with OpenAIServer(responder=DraftResponder()) as server:
        rec = run_suite(load_suite(write_suite(tmp_path), allow_outside=True), RunOptions(base_url=server.url)).records[0]
    text = (ROOT / "prompts" / "draft_存在问题.v4.md").read_text(encoding="utf-8")
    assert rec.prompts["draft_存在问题"] == "v4"
    assert rec.prompt_sha256["draft_存在问题"] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_regex_and_python_assertions_fail_naming_case_metric_and_what_failed(tmp_path):
    (tmp_path / "checks.py").write_text(
        "def names_forest_fire(text, output):\n"
        "    return '森林防火' in text, '未提到森林防火经费'\n"
        "def never(text, output):\n"
        "    return False, '按设计总是失败'\n", encoding="utf-8")
    assertions = """      regex: ['预算完成率为?\\d+(\\.\\d+)?%', {pattern: '暂无|无问题', absent: true}, '第[一二三四五六七八九十]+季度']
      python: ['checks.py:names_forest_fire', 'checks.py:never']"""
    with OpenAIServer(responder=DraftResponder()) as server:
        result = run_suite(load_suite(write_suite(tmp_path, assertions=assertions), allow_outside=True), RunOptions(base_url=server.url))
    rec = result.records[0]
    assert rec.metrics["regex"] == Decimal("0.6667") and rec.metrics["custom"] == Decimal("0.5")
    assert rec.details["regex_failed"] == ["第[一二三四五六七八九十]+季度"]
    assert rec.details["custom_failed"] == ["checks.py:never（按设计总是失败）"]
    lines = [f.line() for f in result.findings]
    assert any("tianhe-problems / model / regex" in line for line in lines)
    assert any("tianhe-problems / model / custom" in line for line in lines)


def test_a_python_assertion_that_cannot_be_found_is_a_suite_error(tmp_path):
    from drafter.errors import InputError

    with pytest.raises(InputError) as err:
        load_suite(write_suite(tmp_path, assertions="      python: ['checks.py:missing']"), allow_outside=True)
    assert "cases[0].assert.python" in str(err.value)


def test_cost_and_latency_have_thresholds(tmp_path):
    path = write_suite(tmp_path, model="gpt-4o-mini", extra="thresholds: {cost: 0.0000001, latency_seconds: 0.001}")
    with OpenAIServer(responder=DraftResponder(), latency=0.01) as server:
        result = run_suite(load_suite(path, allow_outside=True), RunOptions(base_url=server.url))
    failed = {(f.case, f.metric) for f in result.findings}
    assert ("tianhe-problems", "cost") in failed and ("tianhe-all", "latency_seconds") in failed
    assert result.failed


def test_junit_xml_lists_a_testcase_per_case_and_variant_with_its_failures(tmp_path, drafter_home):
    suite = write_suite(tmp_path)
    junit = tmp_path / "eval.xml"
    with OpenAIServer(responder=WrongIds()) as server:
        out = cli(["eval", str(suite), "--allow-outside", "--base-url", server.url, "--junit", str(junit)], drafter_home)
    assert out.returncode == 1
    root = ET.parse(junit).getroot()
    suite_el = root if root.tag == "testsuite" else root.find("testsuite")
    assert suite_el.get("name") == "tianhe-honesty" and suite_el.get("tests") == "2"
    cases = {c.get("name"): c for c in suite_el.iter("testcase")}
    assert set(cases) == {"tianhe-problems / model", "tianhe-all / model"}
    failure = cases["tianhe-problems / model"].find("failure")
    assert failure is not None and "model_share" in failure.get("message")


def _lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize("a, b", [
    ("全年实际支出3229.91万元，预算完成率92.94%。", "实际支出3229.91万元，完成率为92.94%"),
    ("森林防火经费执行率71.02%", "执行率偏低"),
    ("", "预算"),
    ("预算执行率不足预算执行率不足", "执行率不足预算"),
])
def test_rouge_l_through_rapidfuzz_gives_the_lcs_length(a, b):
    assert M.lcs_length(list(a), list(b)) == _lcs(a, b)
    assert M.lcs_length(M.word_tokens(a), M.word_tokens(b)) == _lcs(M.word_tokens(a), M.word_tokens(b))
