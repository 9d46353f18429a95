"""Trust boundary 1: a path written in an input or a suite stays inside that file's folder.

An input, a suite or a form is something a user was handed. The paths it names are resolved against its
own folder and may not leave it (after resolving symlinks) unless the user says `--allow-outside` on the
command line. Recording cleanup deletes only what drafter itself recorded.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.evaluate import RunOptions, load_suite, run_suite
from drafter.load import load_input
from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.responders import LocalModel

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
JIANGWAN = ROOT / "examples" / "jiangwan-library-2023"
SECRET_LINE = "机密：账户密码 Tianhe#2022，全年执法检查1.29万家次，已报送区委办。"


def handed_input(tmp_path: Path, logs: str) -> Path:
    """tianhe's input as a colleague might send it, its 工作日志 key pointing at `logs`; a secret folder beside it."""
    case = tmp_path / "case"
    case.mkdir()
    text = (TIANHE / "input.yaml").read_text(encoding="utf-8")
    (case / "input.yaml").write_text(text + f"\n工作日志: {logs}\n", encoding="utf-8")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "账户.md").write_text(f"任务: 任务3\n\n## 2022-03-31\n{SECRET_LINE}\n", encoding="utf-8")
    return case


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("how", ["relative", "absolute"])
def test_a_work_log_folder_outside_the_input_folder_is_refused(tmp_path, how):
    logs = "../secret" if how == "relative" else str(tmp_path / "secret")
    case = handed_input(tmp_path, logs)
    run = run_drafter("draft", str(case), home=tmp_path / "home")
    assert run.returncode == 2
    line = one_error_line(run.stderr)
    assert "input.yaml" in line and "工作日志" in line and logs in line and "--allow-outside" in line
    assert "机密" not in run.stdout + run.stderr and run.stdout == ""


def test_the_user_may_allow_a_folder_outside_on_the_command_line(tmp_path):
    case = handed_input(tmp_path, "../secret")
    run = run_drafter("draft", str(case), "--allow-outside", home=tmp_path / "home")
    assert run.returncode == 0, run.stderr


def test_a_symlink_inside_the_input_folder_that_leads_outside_is_refused(tmp_path):
    case = handed_input(tmp_path, "worklogs")
    (case / "worklogs").symlink_to(tmp_path / "secret", target_is_directory=True)
    with pytest.raises(InputError) as err:
        load_input(case)
    assert "工作日志" in str(err.value) and "worklogs" in str(err.value)


def test_a_log_file_symlinked_to_a_file_outside_is_refused(tmp_path):
    case = handed_input(tmp_path, "logs")
    (case / "logs").mkdir()
    (case / "logs" / "notes.md").symlink_to(tmp_path / "secret" / "账户.md")
    with pytest.raises(InputError) as err:
        load_input(case)
    assert "notes.md" in str(err.value)


def test_logs_inside_the_input_folder_still_load(tmp_path):
    case = tmp_path / "tianhe"
    shutil.copytree(TIANHE, case)
    text = (case / "input.yaml").read_text(encoding="utf-8")
    (case / "input.yaml").write_text(text + "\n工作日志: ./worklogs/../worklogs\n", encoding="utf-8")
    assert len(load_input(case).logs) == len(load_input(TIANHE).logs) > 0


# ---------------------------------------------------------------- suites

SUITE = """\
name: handed
cases:
  - id: jw
    input: {input}
    task: 存在问题
variants:
  - {{name: rec, engine: replay, model: handed-local}}
"""


def handed_suite(tmp_path: Path, *, input: str = "jiangwan", extra: str = "") -> Path:
    folder = tmp_path / "suite"
    folder.mkdir(exist_ok=True)
    if not (folder / "jiangwan").exists():
        shutil.copytree(JIANGWAN, folder / "jiangwan")
    path = folder / "suite.yaml"
    path.write_text(SUITE.format(input=input) + extra, encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["relative", "absolute"])
def test_a_recordings_folder_outside_the_suite_is_refused_and_nothing_is_written_or_deleted(tmp_path, how):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    bystander = elsewhere / ("ab" * 32 + ".json")
    bystander.write_text('{"mine": true}\n', encoding="utf-8")
    value = "../elsewhere" if how == "relative" else str(elsewhere)
    suite = handed_suite(tmp_path, extra=f"recordings: {value}\n")
    with OpenAIServer(responder=LocalModel()) as server:
        run = run_drafter("eval", str(suite), "--record", "--base-url", server.url, home=tmp_path / "home")
        assert server.count == 0
    assert run.returncode == 2
    line = one_error_line(run.stderr)
    assert "suite.yaml" in line and "recordings" in line and value in line
    assert sorted(p.name for p in elsewhere.iterdir()) == [bystander.name]


@pytest.mark.parametrize("field,value", [
    ("input", "../outside"),
    ("input", "/etc"),
    ("reference", "{file: ../notes.md}"),
])
def test_a_suite_may_not_name_inputs_or_references_outside_its_folder(tmp_path, field, value):
    (tmp_path / "notes.md").write_text("参考文本\n", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    if field == "input":
        suite = handed_suite(tmp_path, input=value)
    else:
        suite = handed_suite(tmp_path)
        text = suite.read_text(encoding="utf-8").replace("task: 存在问题", f"task: 存在问题\n    reference: {value}")
        suite.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_suite(suite)
    assert "suite.yaml" in str(err.value) and f"cases[0].{field}" in str(err.value)
    load_suite(suite, allow_outside=True)  # the user's own decision on the command line


def test_record_cleanup_deletes_only_recordings_drafter_made(tmp_path):
    suite_file = handed_suite(tmp_path)
    recordings = suite_file.parent / "recordings" / "handed"
    recordings.mkdir(parents=True)
    foreign = recordings / ("cd" * 32 + ".json")  # looks like a recording, was never recorded by drafter
    foreign.write_text('{"output": "someone else\'s file"}\n', encoding="utf-8")
    with OpenAIServer(responder=LocalModel()) as server:
        first = run_suite(load_suite(suite_file), RunOptions(record=True, base_url=server.url))
        made = sorted(p.name for p in recordings.glob("*.json") if p != foreign and len(p.stem) == 64)
        assert first.recorded == len(made) > 0
        assert foreign.exists() and first.pruned == 0
        # recordings drafter made that the suite no longer asks for are pruned; the foreign file stays
        suite_file.write_text(suite_file.read_text(encoding="utf-8").replace("task: 存在问题", "task: 改进措施"),
                              encoding="utf-8")
        second = run_suite(load_suite(suite_file), RunOptions(record=True, base_url=server.url))
    assert foreign.exists()
    assert second.pruned == len(made) and not any((recordings / name).exists() for name in made)
