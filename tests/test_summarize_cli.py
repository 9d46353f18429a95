"""`drafter summarize` end to end through the console entry point: output formats, --out/--force, exit codes."""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from drafter.summary import HEADINGS, count_chars
from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.reports import summary_responder

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "tianhe-2022" / "seed-ocr.txt"
HOME = tempfile.mkdtemp(prefix="drafter-home-")
atexit.register(shutil.rmtree, HOME, True)  # a module-level folder: no fixture removes it, so every run left one in /tmp


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_drafter(*args, home=HOME, stdin=stdin)


@pytest.fixture(scope="module")
def seed_md() -> subprocess.CompletedProcess:
    return run("summarize", str(SEED))


def test_summarize_prints_at_most_500_characters_with_the_four_headings(seed_md):
    assert seed_md.returncode == 0, seed_md.stderr
    out = seed_md.stdout
    assert count_chars(out) <= 500
    assert [line.split("：")[0] for line in out.splitlines() if line.split("：")[0] in HEADINGS] == list(HEADINGS)
    assert "预算完成率92.94%" in out.split("主要成效")[0]
    assert "全部可溯源" in seed_md.stderr and seed_md.stderr.count("\n") == 1


def test_its_output_passes_drafter_check_against_the_seed(seed_md, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text(seed_md.stdout, encoding="utf-8")
    checked = run("check", str(summary), "--source", str(SEED))
    assert checked.returncode == 0, checked.stdout


def test_json_and_docx_outputs(tmp_path):
    out = tmp_path / "摘要.json"
    done = run("summarize", str(SEED), "--chars", "300", "--format", "json", "--out", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["chars"] <= data["chars_limit"] == 300
    assert [s["name"] for s in data["sections"]] == list(HEADINGS)
    assert data["check"]["summary"]["ok"] and data["check"]["summary"]["unsupported"] == 0
    assert data["budget_figure"] == "预算完成率92.94%"

    import docx

    path = tmp_path / "摘要.docx"
    assert run("summarize", str(SEED), "--format", "docx", "--out", str(path)).returncode == 0
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert all(h in text for h in HEADINGS) and "92.94%" in text


def test_out_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "摘要.md"
    out.write_text("旧内容", encoding="utf-8")
    refused = run("summarize", str(SEED), "--out", str(out))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "旧内容"
    assert run("summarize", str(SEED), "--out", str(out), "--force").returncode == 0
    assert "总体情况：" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--chars", "49"], "--chars 不能小于 50"),
    (["--format", "pdf"], "--format"),
    (["--engine", "gpt"], "--engine"),
    (["--engine", "llm"], "--model"),
])
def test_bad_options_exit_2_with_one_line(args, message):
    done = run("summarize", str(SEED), *args)
    assert done.returncode == 2
    assert message in done.stderr and done.stderr.strip().count("\n") == 0 and done.stdout == ""


def test_bad_report_exits_2_and_writes_nothing(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.md"
    done = run("summarize", str(empty), "--out", str(out))
    assert done.returncode == 2 and "文件为空" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_llm_engine_with_unfixable_number_exits_1():
    def responder(request):
        out = summary_responder(request)
        if request.schema_name == "SummaryDraft":
            out["results"] = ["开展宣讲6.8万次，受众达41.3万人次。", *out["results"][:2]]
        return out

    with OpenAIServer(responder) as server:
        done = run("summarize", str(SEED), "--engine", "llm", "--model", "local-test", "--base-url", server.url,
                   "--repair-rounds", "1", "--no-cache")
    assert done.returncode == 1, done.stderr
    assert "【待核实：6.8万次】" in done.stdout and "无法溯源：6.8万次" in done.stderr
