"""`drafter draft` end to end, through the installed console script, on the bundled Tianhe 2022 example."""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from drafter.testing.cli import run_drafter

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
HOME = tempfile.mkdtemp(prefix="drafter-home-")  # no user models file, no cache from earlier runs
atexit.register(shutil.rmtree, HOME, True)  # a module-level folder: no fixture removes it, so every run left one in /tmp


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_drafter(*args, home=HOME, stdin=stdin)


@pytest.fixture(scope="module")
def tianhe_md() -> subprocess.CompletedProcess:
    return run("draft", str(TIANHE))


def test_draft_prints_three_sections_with_the_computed_rates(tianhe_md):
    assert tianhe_md.returncode == 0, tianhe_md.stderr
    out = tianhe_md.stdout
    assert [line for line in out.splitlines() if line.startswith("## ")] == ["## 目标完成情况", "## 存在问题", "## 改进措施"]
    assert "预算完成率（实际支出÷调整预算）为92.94%" in out
    assert "预算调整率为调减15.74%" in out
    assert "执行率71.02%" in out


def test_problems_name_the_cut_and_the_forest_fire_project_with_their_figures(tianhe_md):
    problems = tianhe_md.stdout.split("## 存在问题")[1].split("## 改进措施")[0]
    assert "调减15.74%" in problems
    assert "森林防火经费项目" in problems and "71.02%" in problems
    assert problems.strip() not in ("无", "暂无")


def test_each_measure_answers_a_named_problem(tianhe_md):
    problems = [p for p in tianhe_md.stdout.split("## 存在问题")[1].split("## 改进措施")[0].split("\n\n") if p.strip()]
    measures = [m for m in tianhe_md.stdout.split("## 改进措施")[1].split("\n\n") if m.strip()]
    assert len(measures) == len(problems)
    assert all("针对" in m for m in measures)


def test_every_number_in_the_draft_is_traced_back_to_the_example(tianhe_md, tmp_path):
    text = tmp_path / "draft.md"
    text.write_text(tianhe_md.stdout, encoding="utf-8")
    checked = run("check", str(text), "--source", str(TIANHE))
    assert checked.returncode == 0, checked.stdout[-3000:]
    assert "全部可溯源" in tianhe_md.stderr


def test_json_lists_every_number_with_its_source_or_formula():
    result = run("draft", str(TIANHE), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    mentions = [m for m in data["check"]["mentions"] if m["status"] != "ignored"]
    assert mentions and all(m["status"] != "unsupported" for m in mentions)
    assert all(m["evidence"] or m["formula"] for m in mentions)
    budget = data["sections"][0]["paragraphs"][0]
    rate = next(n for n in budget["numbers"] if n["text"] == "92.94%")
    assert rate["formula"] and len(rate["facts"]) == 3


def test_single_section(tmp_path):
    result = run("draft", str(TIANHE), "--section", "存在问题")
    assert result.returncode == 0
    assert "## 存在问题" in result.stdout and "## 目标完成情况" not in result.stdout


def test_docx_has_a_heading_per_section(tmp_path):
    import docx

    out = tmp_path / "自评.docx"
    result = run("draft", str(TIANHE), "--format", "docx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["目标完成情况", "存在问题", "改进措施", "附：数字核验"]


def test_docx_appendix_lists_every_number_with_its_source_or_formula(tmp_path):
    import docx

    out = tmp_path / "自评.docx"
    assert run("draft", str(TIANHE), "--format", "docx", "--out", str(out)).returncode == 0
    table = docx.Document(str(out)).tables[-1]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["数字", "核验结果", "来源或计算公式"]
    rate = next(r for r in rows if r[0] == "92.94%")
    assert rate[1] in ("一致", "推算") and rate[2]
    assert all(r[1] != "无法溯源" and r[2] for r in rows[1:])


def test_existing_output_is_kept_without_force(tmp_path):
    out = tmp_path / "draft.md"
    out.write_text("上一版草稿", encoding="utf-8")
    refused = run("draft", str(TIANHE), "--out", str(out))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "上一版草稿"
    forced = run("draft", str(TIANHE), "--out", str(out), "--force")
    assert forced.returncode == 0 and "## 存在问题" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["draft.md"]  # no temporary file left behind


BAD_INPUTS = {
    "malformed_yaml": ("input.yaml", "部门名称: 某局\n被评价年度: [2022\n", "input.yaml"),
    "malformed_json": ("input.json", '{"部门名称": "某局", ', "input.json"),
    "missing_field": ("input.yaml", "部门名称: 某局\n部门资金情况: {年初预算: 10}\n", "被评价年度"),
    "wrong_type": ("input.yaml", "部门名称: 某局\n被评价年度: 2022\n部门资金情况: {年初预算: 很多}\n", "年初预算"),
    "negative_amount": ("input.yaml", "部门名称: 某局\n被评价年度: 2022\n部门资金情况: {年初预算: -5}\n", "年初预算"),
    "execution_without_budget": ("input.yaml", "部门名称: 某局\n被评价年度: 2022\n部门资金情况: {实际支出: 5}\n", "部门资金情况"),
    "empty": ("input.yaml", "", "为空"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line_naming_the_file_and_field(case, tmp_path):
    name, content, expected = BAD_INPUTS[case]
    (tmp_path / name).write_text(content, encoding="utf-8")
    out = tmp_path / "out.md"
    result = run("draft", str(tmp_path / name), "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_log_in_an_unknown_encoding_is_named(tmp_path):
    shutil.copytree(TIANHE, tmp_path / "unit")
    bad = tmp_path / "unit" / "worklogs" / "zz-损坏.md"
    bad.write_bytes(b"\xff\xfe\x00\xd8\x81\xff broken")
    result = run("draft", str(tmp_path / "unit"))
    assert result.returncode == 2 and "zz-损坏.md" in result.stderr and "Traceback" not in result.stderr


def test_gbk_log_is_read(tmp_path):
    shutil.copytree(TIANHE, tmp_path / "unit")
    (tmp_path / "unit" / "worklogs" / "zz-gbk.md").write_bytes("## 2022-12-30\n全年共开展应急演练785场。\n".encode("gbk"))
    result = run("draft", str(tmp_path / "unit"))
    assert result.returncode == 0, result.stderr


def test_schema_command_prints_the_input_json_schema():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"unit", "year", "budget", "tasks", "key_projects"} <= set(schema["properties"])
    assert "部门名称" in schema["properties"]["unit"]["x-labels"]
    assert "调整预算" in schema["$defs"]["Budget"]["properties"]["adjusted"]["x-labels"]
    assert "logs" not in schema["properties"]  # read from the worklogs folder, never written by hand


def test_the_output_format_follows_the_out_extension(tmp_path):
    import docx

    out = tmp_path / "自评.docx"
    assert run("draft", str(TIANHE), "--out", str(out)).returncode == 0
    assert docx.Document(str(out)).paragraphs[0].text.endswith("绩效自评报告（草稿）")
    unknown = run("draft", str(TIANHE), "--out", str(tmp_path / "自评.pdf"))
    assert unknown.returncode == 2 and "--format" in unknown.stderr and not (tmp_path / "自评.pdf").exists()


@pytest.mark.parametrize("target", ["/dev/null", "folder"])
def test_an_output_that_is_not_a_regular_file_is_refused_even_with_force(target, tmp_path):
    path = str(tmp_path) if target == "folder" else target
    result = run("draft", str(TIANHE), "--out", path, "--force")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert Path("/dev/null").is_char_device()


def test_written_drafts_are_readable_by_colleagues(tmp_path):
    out = tmp_path / "draft.md"
    assert run("draft", str(TIANHE), "--out", str(out)).returncode == 0
    assert out.stat().st_mode & 0o044  # not the 0600 of a temporary file


@pytest.mark.parametrize("flag", [["--model", "deepseek-chat"], ["--structured-method", "json_mode"]])
def test_llm_options_with_the_offline_engine_are_a_usage_error(flag):
    result = run("draft", str(TIANHE), "--engine", "offline", *flag)
    assert result.returncode == 2 and "llm" in result.stderr
