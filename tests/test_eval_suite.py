"""Suite files and the baseline verdict: a malformed suite is one line naming file and key, exit 2;
a metric worse than its baseline beyond tolerance, or past its threshold, is a named regression."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.evals import Aggregate, Baseline, Stat, compare, load_suite, make_baseline, threshold_findings

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"


def write_suite(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "suite.yaml"
    path.write_text(body.replace("TIANHE", str(TIANHE)), encoding="utf-8")
    return path


GOOD = """
name: mini
cases:
  - id: tianhe-problems
    input: TIANHE
    task: 存在问题
    key_figures: auto
    assert:
      headings: [存在问题]
      length: {min: 100, max: 3000}
variants:
  - {name: offline, engine: offline}
thresholds: {number_fidelity: 1}
tolerances: {default: 0, rouge_l_char: 0.02}
"""


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_a_valid_suite_loads_with_paths_relative_to_the_suite_file(tmp_path):
    suite = load_suite(write_suite(tmp_path, GOOD), allow_outside=True)
    assert suite.cases[0].task == "存在问题"
    assert suite.tolerance("rouge_l_char") == Decimal("0.02") and suite.tolerance("pairing") == 0
    assert suite.recordings_dir == tmp_path / "recordings" / "mini"


@pytest.mark.parametrize(
    "change, where",
    [
        (("task: 存在问题", "task: 问题"), "cases[0].task"),
        (("    key_figures: auto", "    key_figures: auto\n    refrence: x"), "cases[0].refrence"),
        (("length: {min: 100, max: 3000}", "length: {min: 3000, max: 100}"), "cases[0].assert.length"),
        (("{name: offline, engine: offline}", "{name: llm-1, engine: llm}"), "variants[0]"),
        (("thresholds: {number_fidelity: 1}", "thresholds: {fidelity: 1}"), "thresholds.fidelity"),
        (("input: TIANHE", "input: no-such-folder"), "cases[0].input"),
    ],
)
def test_a_malformed_suite_names_the_file_and_the_key(tmp_path, change, where):
    path = write_suite(tmp_path, GOOD.replace(*change))
    with pytest.raises(InputError) as err:
        load_suite(path, allow_outside=True)
    assert err.value.where == where
    assert str(path) in str(err.value)


def test_an_unknown_prompt_version_is_caught_before_anything_runs(tmp_path):
    body = GOOD.replace("{name: offline, engine: offline}",
                        "{name: v9, engine: replay, model: deepseek-chat, prompts: {eval_judge: v9}}")
    with pytest.raises(InputError) as err:
        load_suite(write_suite(tmp_path, body), allow_outside=True)
    assert err.value.where == "variants[0].prompts.eval_judge"


def test_cli_malformed_suite_exits_2_with_one_line_and_writes_nothing(tmp_path):
    path = write_suite(tmp_path, GOOD.replace("task: 存在问题", "task: 问题"))
    out = tmp_path / "base.json"
    proc = run_cli("eval", str(path), "--allow-outside", "--save-baseline", str(out), cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cases[0].task" in lines[0] and "suite.yaml" in lines[0]
    assert "Traceback" not in proc.stderr and not out.exists()


def test_cli_broken_yaml_names_the_line(tmp_path):
    path = write_suite(tmp_path, GOOD.replace("variants:", "variants: [\n"))
    proc = run_cli("eval", str(path), "--allow-outside", cwd=tmp_path)
    assert proc.returncode == 2 and "行" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def _agg(case: str, variant: str, **means: str) -> Aggregate:
    return Aggregate(case=case, variant=variant,
                     metrics={k: Stat(mean=Decimal(v), spread=Decimal(0), n=1) for k, v in means.items()},
                     latency_seconds=Stat(mean=Decimal(0), spread=Decimal(0), n=1))


def test_a_drop_beyond_tolerance_is_a_regression_named_by_case_metric_and_amount(tmp_path):
    suite = load_suite(write_suite(tmp_path, GOOD), allow_outside=True)
    base = make_baseline(suite, [_agg("tianhe-problems", "offline", key_figures="1", rouge_l_char="0.50",
                                      unsupported="0")])
    now = [_agg("tianhe-problems", "offline", key_figures="0.6667", rouge_l_char="0.49", unsupported="2")]
    diffs, findings = compare(suite, now, base)
    regressed = {(f.metric, f.by) for f in findings}
    # rouge_l_char fell by 0.01, within its 0.02 tolerance; the others have none.
    assert regressed == {("key_figures", Decimal("0.3333")), ("unsupported", Decimal("2"))}
    line = next(f for f in findings if f.metric == "key_figures").line()
    assert "tianhe-problems" in line and "key_figures" in line and "0.3333" in line
    assert {d.metric: d.status for d in diffs} == {"key_figures": "regressed", "rouge_l_char": "worse",
                                                   "unsupported": "regressed"}


def test_improvement_and_informational_changes_never_fail(tmp_path):
    suite = load_suite(write_suite(tmp_path, GOOD), allow_outside=True)
    base = make_baseline(suite, [_agg("c", "v", pairing="0.5", chars="900")])
    diffs, findings = compare(suite, [_agg("c", "v", pairing="1", chars="400")], base)
    assert findings == [] and {d.metric: d.status for d in diffs} == {"pairing": "better", "chars": "info"}


def test_thresholds_fail_without_any_baseline(tmp_path):
    suite = load_suite(write_suite(tmp_path, GOOD), allow_outside=True)
    findings = threshold_findings(suite, [_agg("c", "v", number_fidelity="0.95")])
    assert [(f.kind, f.metric, f.by) for f in findings] == [("threshold", "number_fidelity", Decimal("0.05"))]


def test_a_case_missing_from_the_run_is_reported_but_not_a_failure(tmp_path):
    suite = load_suite(write_suite(tmp_path, GOOD), allow_outside=True)
    base = Baseline(suite="mini", saved="2026-01-01T00:00:00", repeats=1, metrics={"gone/offline": {"pairing": Decimal(1)}})
    diffs, findings = compare(suite, [], base)
    assert [d.status for d in diffs] == ["missing"] and [f.kind for f in findings] == ["missing"]


def test_a_matrix_expands_prompt_versions_times_engines_and_offline_appears_once(tmp_path):
    body = GOOD.replace("variants:\n  - {name: offline, engine: offline}",
                        "matrix:\n  engines: [offline, replay]\n  models: [deepseek-chat]\n"
                        "  prompts: {eval_judge: [v1]}")
    suite = load_suite(write_suite(tmp_path, body), allow_outside=True)
    names = [(v.name, v.engine, v.prompts) for v in suite.all_variants()]
    assert names == [("offline", "offline", {}), ("replay-deepseek-chat-judgev1", "replay", {"eval_judge": "v1"})]


@pytest.mark.parametrize("name", ["tianhe", "jiangwan", "shiqiao", "summaries", "forms"])
def test_shipped_suite_passes_its_committed_baseline_offline(name):
    """What CI runs: offline and replayed variants, no network. A miss here means: re-record
    (python evals/record_local.py) after a change to prompts, facts or problem detection."""
    from drafter.evals import load_baseline, run_suite

    suite = load_suite(ROOT / "evals" / f"{name}.yaml", allow_outside=True)
    result = run_suite(suite, baseline=load_baseline(ROOT / "evals" / "baselines" / f"{name}.json"))
    assert not result.failed, [f.line() for f in result.findings]
    assert result.calls == 0
