"""Hostile and huge inputs (issue 13): one line naming the file, exit 2, nothing written; an unexpected
error is exit 3 with "内部错误"; limits are data with an environment variable to raise each.

Runs the command in-process through `drafter.cli.main(argv)` except where a real file descriptor is the
point (stdout on /dev/full, the modules a bare start imports).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from drafter.testing.cli import run_drafter
from drafter.testing.openai_server import not_json_server

ROOT = Path(__file__).resolve().parents[1]
TIANHE = ROOT / "examples" / "tianhe-2022"
SENTENCE = "2022年全年实际支出3229.91万元，预算完成率92.94%。"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from drafter.cli import main

    try:
        main(list(argv))
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def listing(*folders: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for top in folders:
        for dirpath, dirnames, filenames in os.walk(top):
            for name in dirnames + filenames:
                st = os.lstat(os.path.join(dirpath, name))
                out[os.path.join(dirpath, name)] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.fixture
def tianhe(tmp_path: Path) -> Path:
    dst = tmp_path / "tianhe"
    shutil.copytree(TIANHE, dst, ignore=shutil.ignore_patterns("seed-ocr.txt"))
    return dst


def with_amount(folder: Path, value: str) -> Path:
    path = folder / "input.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("实际支出: 3229.91", f"实际支出: {value}", 1), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------- exit codes


def test_an_unexpected_error_is_one_line_with_exit_3_not_the_check_result_code(tmp_path, capsys, monkeypatch):
    import drafter.check  # noqa: F401

    checker = sys.modules["drafter.check"]

    def broken(*args, **kwargs):
        raise KeyError("索引损坏")

    monkeypatch.setattr(checker, "check", broken)
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(TIANHE / "input.yaml"))
    assert code == 3
    line = one_line(err)
    assert "内部错误" in line and "DRAFTER_DEBUG" in line and "issues" in line


@pytest.mark.parametrize("exit_with", [1, "索引损坏"])
def test_a_component_that_exits_1_on_its_own_is_an_internal_error_not_a_check_result(tmp_path, capsys, monkeypatch,
                                                                                    exit_with):
    """Exit 1 means "numbers not traceable" (or an eval regression) and comes only from a verb's result; a
    dependency's sys.exit(1) — or sys.exit("message"), which also exits 1 — is a bug, reported as such."""
    import drafter.check  # noqa: F401

    checker = sys.modules["drafter.check"]

    def exits(*args, **kwargs):
        sys.exit(exit_with)

    monkeypatch.setattr(checker, "check", exits)
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(TIANHE / "input.yaml"))
    assert code == 3
    assert "内部错误" in one_line(err)


@pytest.mark.parametrize("how", ["env", "flag"])
def test_debug_mode_shows_the_traceback_of_an_unexpected_error(tmp_path, capsys, monkeypatch, how):
    import drafter.check  # noqa: F401

    checker = sys.modules["drafter.check"]

    def broken(*args, **kwargs):
        raise KeyError("索引损坏")

    monkeypatch.setattr(checker, "check", broken)
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    argv = ["check", str(tmp_path / "t.txt"), "--source", str(TIANHE / "input.yaml")]
    if how == "env":
        monkeypatch.setenv("DRAFTER_DEBUG", "1")
    else:
        argv.insert(0, "-v")
    code, out, err = run(capsys, *argv)
    assert code == 3
    assert "Traceback" in err and "索引损坏" in err


# ---------------------------------------------------------------------------------------------- limits


def test_limits_are_documented_in_the_readme_with_their_variables():
    from drafter.limits import LIMITS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(LIMITS) >= 10
    for limit in LIMITS.values():
        assert limit.env in readme, limit.env


def _statuses(folder: Path, text: str, source: str, env: dict[str, str] | None = None) -> dict[str, str]:
    """`drafter check --json` in a new process (limits are read when drafter starts): number → status."""
    (folder / "t.txt").write_text(text, encoding="utf-8")
    (folder / "src.txt").write_text(source, encoding="utf-8")
    proc = run_drafter("check", "t.txt", "--source", "src.txt", "--json", home=folder / "home", cwd=folder, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return {m["text"]: m["status"] for m in json.loads(proc.stdout)["mentions"]}


def test_the_checker_and_the_number_reader_take_their_bounds_from_the_limits(tmp_path):
    source = "2015—2022年累计投入专项资金860万元。\n全年累计处理数据123456789012条。\n"
    text = "2019年，专项资金投入持续加大，全年累计处理数据123456789012条。"
    assert _statuses(tmp_path, text, source) == {"2019年": "exact", "123456789012条": "exact"}
    lowered = _statuses(tmp_path, text, source, {"DRAFTER_MAX_RANGE_SPAN": "2", "DRAFTER_MAX_DIGITS": "10"})
    assert lowered["2019年"] == "unsupported"  # 2015—2022年 now stands for 2015–2017 only
    assert "123456789012条" not in lowered or lowered["123456789012条"] == "ignored"  # 12 digits: text, not a figure


def test_no_module_keeps_its_own_copy_of_a_limit():
    import importlib

    from drafter.limits import MAX_MAGNITUDE, limit

    check, numbers = importlib.import_module("drafter.check.index"), importlib.import_module("drafter.numbers")

    assert numbers.MAX_DIGITS == limit("digits").amount
    assert check.MAX_DEPTH == limit("depth").amount and check.MAX_YEAR_SPAN == limit("range_span").amount
    assert check.MAX_ABS == MAX_MAGNITUDE


def _purchases(n: int) -> str:
    """A ledger of n invented purchases, each stating one figure (批次 are enumerators, not figures)."""
    return "".join(f"第{i}批采购办公用品{i}.37万元。\n" for i in range(1, n + 1))


def _budget(folder: Path) -> Path:
    path = folder / "预算.yaml"
    path.write_text("部门名称: 某某区图书馆\n部门资金情况:\n  单位: 万元\n  调整预算: 612.40\n  实际支出: 587.36\n",
                    encoding="utf-8")
    return path


def test_a_text_with_more_figures_than_the_limit_is_refused_naming_the_file_the_limit_and_the_variable(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_FIGURES", "50")
    (tmp_path / "台账.md").write_text(_purchases(51), encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "台账.md"), "--source", str(_budget(tmp_path)))
    assert code == 2 and out == ""
    line = one_line(err)
    assert "台账.md" in line and "DRAFTER_MAX_FIGURES" in line and "50 个" in line


def test_a_text_with_as_many_figures_as_the_limit_is_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_FIGURES", "50")
    (tmp_path / "台账.md").write_text(_purchases(50), encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "台账.md"), "--source", str(_budget(tmp_path)))
    assert code == 1 and "数字 50 个：50 个无法溯源" in out and err == ""


def test_sources_with_more_figures_than_their_limit_are_refused_naming_the_source(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_SOURCE_FIGURES", "50")
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "采购台账.md").write_text(_purchases(60), encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "src"))
    assert code == 2 and out == ""
    line = one_line(err)
    assert "采购台账.md" in line and "DRAFTER_MAX_SOURCE_FIGURES" in line and "50 个" in line


def test_the_text_limit_and_the_sources_limit_are_separate(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_FIGURES", "5")  # the text states two figures; the ledger, sixty
    (tmp_path / "t.txt").write_text("第3批采购办公用品3.37万元，第4批4.37万元。", encoding="utf-8")
    (tmp_path / "采购台账.md").write_text(_purchases(60), encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "采购台账.md"))
    assert code == 0 and err == ""


def test_an_input_over_the_size_limit_names_the_file_the_limit_and_the_variable(tianhe, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_INPUT_MB", "0.01")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    line = one_line(err)
    assert "input.yaml" in line and "DRAFTER_MAX_INPUT_MB" in line and "0.01 MB" in line


def test_a_log_line_over_the_limit_is_refused_with_its_line(tianhe, capsys):
    log = tianhe / "worklogs" / "2022-99-巡查.md"
    log.write_text("## 2022-05-06\n" + "巡查3处，" * 30000 + "\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    line = one_line(err)
    assert "2022-99-巡查.md" in line and "第2行" in line and "DRAFTER_MAX_LINE_CHARS" in line


def test_a_yaml_alias_bomb_as_a_source_is_refused_before_it_expands(tmp_path, capsys):
    lines = ['a0: &a0 ["哈哈"]'] + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\n实际支出: *a9\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "bomb.yaml"))
    assert code == 2
    line = one_line(err)
    assert "bomb.yaml" in line and "别名" in line and "DRAFTER_MAX_YAML_ALIASES" in line


def test_json_nested_2000_deep_is_one_line(tmp_path, capsys):
    (tmp_path / "input.json").write_text('{"部门名称": ' + "[" * 2000 + "]" * 2000 + "}", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tmp_path / "input.json"))
    assert code == 2
    line = one_line(err)
    assert "input.json" in line and "嵌套" in line and "DRAFTER_MAX_DEPTH" in line


@pytest.mark.parametrize("date", ["2022-13-01", "0000-01-01", "2022-02-30"])
def test_an_impossible_yaml_date_is_one_line_with_its_line_number(tianhe, capsys, date):
    path = tianhe / "input.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"填报日期: {date}\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    line = one_line(err)
    assert "input.yaml" in line and date in line and "行" in line


def _docx_with_document_of(size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"0" * size)
    return buf.getvalue()


def test_a_docx_part_larger_than_the_limit_is_refused_by_its_declared_size(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_PART_MB", "1")
    (tmp_path / "r.docx").write_bytes(_docx_with_document_of(3 * 1024 * 1024))
    code, out, err = run(capsys, "summarize", str(tmp_path / "r.docx"))
    assert code == 2
    line = one_line(err)
    assert "r.docx" in line and "word/document.xml" in line and "DRAFTER_MAX_PART_MB" in line


def _pdf_inflating_to(size: int) -> bytes:
    stream = zlib.compress(b"BT (" + b" " * size + b") Tj ET")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    pdf, offsets = bytearray(b"%PDF-1.7\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


def test_a_pdf_stream_that_inflates_past_the_limit_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DRAFTER_MAX_PART_MB", "1")
    (tmp_path / "r.pdf").write_bytes(_pdf_inflating_to(4 * 1024 * 1024))
    code, out, err = run(capsys, "summarize", str(tmp_path / "r.pdf"))
    assert code == 2
    line = one_line(err)
    assert "r.pdf" in line and "DRAFTER_MAX_PART_MB" in line


def test_a_pdf_form_that_inflates_past_the_limit_is_refused_before_pdfplumber(tmp_path, monkeypatch):
    from drafter.errors import InputError
    from drafter.forms.importer import read_form

    monkeypatch.setenv("DRAFTER_MAX_PART_MB", "1")
    (tmp_path / "表.pdf").write_bytes(_pdf_inflating_to(4 * 1024 * 1024))
    with pytest.raises(InputError) as e:
        read_form(tmp_path / "表.pdf")
    assert "DRAFTER_MAX_PART_MB" in str(e.value)


# ---------------------------------------------------------------------------------------------- numbers at load


@pytest.mark.parametrize("value", ["1e15", "2e30", "1e400", "9" * 5000, "0.1234567", "-1e-400"])
def test_an_amount_out_of_range_is_refused_at_load_with_its_field(tianhe, capsys, value):
    with_amount(tianhe, value)
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    line = one_line(err)
    assert "input.yaml" in line and "实际支出" in line


def test_an_amount_just_inside_the_range_loads(tianhe):
    from drafter.load import load_input

    path = with_amount(tianhe, "999999999999999")
    path.write_text(path.read_text(encoding="utf-8").replace("年初预算: 4124.28", "年初预算: 4124.281234", 1), encoding="utf-8")
    report = load_input(tianhe)
    assert report.budget.actual == 999999999999999
    assert str(report.budget.initial) == "4124.281234"


def test_a_task_amount_of_5000_digits_names_its_task(tianhe, capsys):
    path = tianhe / "input.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("任务涉及金额: 59.12", "任务涉及金额: " + "9" * 5000, 1),
                    encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    assert "input.yaml" in one_line(err)


# ---------------------------------------------------------------------------------------------- not files


def _make(kind: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        os.symlink("/dev/zero", path)
    elif kind == "loop":
        os.symlink(path.name, path)
    elif kind == "folder":
        path.mkdir()
    return path


KINDS = ["fifo", "dev-zero", "loop", "folder"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_text_to_check_must_be_a_regular_file(tmp_path, capsys, kind):
    target = _make(kind, tmp_path / "text.md")
    code, out, err = run(capsys, "check", str(target), "--source", str(TIANHE / "input.yaml"))
    assert code == 2
    assert "text.md" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop"])
def test_a_source_that_is_not_a_regular_file_is_refused(tmp_path, capsys, kind):
    (tmp_path / "t.txt").write_text(SENTENCE, encoding="utf-8")
    _make(kind, tmp_path / "src" / "data.yaml")
    code, out, err = run(capsys, "check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "src"))
    assert code == 2
    assert "data.yaml" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "loop"])
def test_an_input_file_that_is_not_a_regular_file_is_refused(tianhe, capsys, kind):
    (tianhe / "input.yaml").unlink()
    _make(kind, tianhe / "input.yaml")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    assert "input.yaml" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_work_log_that_is_not_a_regular_file_is_refused(tianhe, capsys, kind):
    _make(kind, tianhe / "worklogs" / "2022-99-巡查.md")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    assert "2022-99-巡查.md" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_report_that_is_not_a_regular_file_is_refused(tmp_path, capsys, kind):
    target = _make(kind, tmp_path / "报告.md")
    code, out, err = run(capsys, "summarize", str(target))
    assert code == 2
    assert "报告.md" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_models_file_that_is_not_a_regular_file_is_refused(drafter_home, capsys, kind):
    _make(kind, drafter_home / "models.yaml")
    code, out, err = run(capsys, "models")
    assert code == 2
    assert "models.yaml" in one_line(err)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_suite_or_baseline_that_is_not_a_regular_file_is_refused(tmp_path, capsys, kind):
    _make(kind, tmp_path / "suite.yaml")
    code, out, err = run(capsys, "eval", str(tmp_path / "suite.yaml"))
    assert code == 2
    assert "suite.yaml" in one_line(err)


def test_a_file_name_too_long_is_one_line_naming_it(tmp_path, capsys):
    name = str(tmp_path / ("长" * 100 + ".md"))
    code, out, err = run(capsys, "check", name, "--source", str(TIANHE / "input.yaml"))
    assert code == 2
    assert "长长长" in one_line(err)
    code, out, err = run(capsys, "summarize", name)
    assert code == 2
    assert "长长长" in one_line(err)
    for suffix in (".yaml", ".xlsx"):
        code, out, err = run(capsys, "draft", str(tmp_path / ("长" * 100 + suffix)))
        assert code == 2
        assert "长长长" in one_line(err)


def test_work_logs_under_proc_never_give_a_traceback(tianhe, capsys):
    path = tianhe / "input.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "工作日志: /proc/self\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tianhe))
    assert code == 2
    assert "/proc/" in one_line(err)


def test_the_safe_reader_refuses_what_is_not_a_regular_file(tmp_path):
    from drafter.errors import InputError
    from drafter.safefile import read_bytes

    (tmp_path / "ok.txt").write_text("预算", encoding="utf-8")
    assert read_bytes(tmp_path / "ok.txt", "input") == "预算".encode()
    for kind in KINDS:
        with pytest.raises(InputError) as e:
            read_bytes(_make(kind, tmp_path / kind / "x.txt"), "input")
        assert "x.txt" in str(e.value)


# ---------------------------------------------------------------------------------------------- outputs


def test_out_on_a_dangling_symlink_is_refused_and_the_link_left_as_it_was(tianhe, tmp_path, capsys, drafter_home):
    os.symlink("missing/nowhere.md", tmp_path / "out.md")
    before = listing(tmp_path, drafter_home)
    code, out, err = run(capsys, "draft", str(tianhe), "--out", str(tmp_path / "out.md"))
    assert code == 2
    assert "符号链接" in one_line(err)
    assert os.readlink(tmp_path / "out.md") == "missing/nowhere.md"
    assert listing(tmp_path, drafter_home) == before


def test_out_on_a_symlink_loop_is_refused(tianhe, tmp_path, capsys):
    os.symlink("out.md", tmp_path / "out.md")
    code, out, err = run(capsys, "draft", str(tianhe), "--out", str(tmp_path / "out.md"))
    assert code == 2
    assert "out.md" in one_line(err)
    assert os.path.islink(tmp_path / "out.md")


def test_force_replaces_the_symlink_itself_never_its_target(tianhe, tmp_path, capsys):
    victim = tmp_path / "victim.md"
    victim.write_text("原文件", encoding="utf-8")
    os.symlink("victim.md", tmp_path / "out.md")
    code, out, err = run(capsys, "draft", str(tianhe), "--out", str(tmp_path / "out.md"), "--force")
    assert code == 0
    assert not os.path.islink(tmp_path / "out.md")
    assert "目标完成情况" in (tmp_path / "out.md").read_text(encoding="utf-8")
    assert victim.read_text(encoding="utf-8") == "原文件"


def test_nothing_is_left_behind_when_the_input_is_bad(tianhe, tmp_path, capsys, drafter_home):
    with_amount(tianhe, "1e400")
    before = listing(tmp_path, drafter_home)
    code, out, err = run(capsys, "draft", str(tianhe), "--out", str(tmp_path / "out.docx"))
    assert code == 2
    assert listing(tmp_path, drafter_home) == before


def test_a_write_error_on_stdout_is_one_line(tmp_path):
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "drafter", "draft", str(TIANHE)], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env={"PATH": "/usr/bin:/bin", "DRAFTER_HOME": str(tmp_path), "HOME": str(tmp_path)})
    assert proc.returncode == 2
    assert "标准输出" in one_line(proc.stderr)


# ---------------------------------------------------------------------------------------------- endpoints


@pytest.mark.parametrize("url", ["not a url", "file:///etc/passwd", "ftp://127.0.0.1/v1", "http://"])
def test_a_base_url_that_is_not_http_is_a_usage_error_at_once(tianhe, tmp_path, capsys, drafter_home, url):
    before = listing(tmp_path, drafter_home)
    code, out, err = run(capsys, "draft", str(tianhe), "--model", "m", "--base-url", url)
    assert code == 2
    assert "http" in one_line(err)
    assert listing(tmp_path, drafter_home) == before


def test_a_base_url_in_the_models_file_that_is_not_http_names_the_entry(tianhe, capsys, drafter_home):
    (drafter_home / "models.yaml").write_text("models:\n  - name: m\n    base_url: file:///etc/passwd\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(tianhe), "--model", "m")
    assert code == 2
    line = one_line(err)
    assert "models.yaml" in line and "base_url" in line


def test_timeout_and_deadline_are_options_and_fields_of_the_models_file(drafter_home):
    from drafter.models import resolve_settings

    (drafter_home / "models.yaml").write_text(
        "models:\n  - name: m\n    base_url: http://127.0.0.1:9/v1\n    timeout: 7\n    deadline: 60\n", encoding="utf-8")
    settings = resolve_settings(model="m")
    assert settings.timeout == 7 and settings.deadline == 60
    settings = resolve_settings(model="m", timeout=3, deadline=10)
    assert settings.timeout == 3 and settings.deadline == 10


def test_an_endpoint_that_never_answers_ends_at_the_deadline_with_one_line(tianhe, tmp_path, capsys):
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        code, out, err = run(capsys, "draft", str(tianhe), "--model", "m", "--base-url", url,
                                 "--timeout", "0.5", "--deadline", "2")
    assert code == 2
    assert "2" in one_line(err)


@pytest.mark.parametrize("content", [b"42\n", bytes(range(256)) * 4, b"models:\n  - name: m\n    base_url: http://127.0.0.1:9/v1\n    params: {timeout: 5}\n"])
def test_a_malformed_models_file_is_one_line(drafter_home, tianhe, capsys, content):
    (drafter_home / "models.yaml").write_bytes(content)
    code, out, err = run(capsys, "draft", str(tianhe), "--model", "m", "--timeout", "0.5", "--deadline", "1")
    assert code == 2
    assert "models.yaml" in one_line(err)


def test_a_200_reply_that_is_not_json_is_one_line_naming_the_endpoint(tianhe, tmp_path, capsys, drafter_home):
    """A proxy or web server answering 200 with an HTML page: no retries worth making, no traceback."""
    before = listing(tmp_path)
    with not_json_server() as url:
        code, out, err = run(capsys, "draft", str(tianhe), "--model", "m", "--base-url", url, "--out",
                             str(tmp_path / "稿.md"))
    assert code == 2
    line = one_line(err)
    assert url in line and "JSON" in line
    assert listing(tmp_path) == before


def test_an_eval_matrix_of_ten_prompts_by_ten_versions_is_refused_before_it_expands(tmp_path, capsys):
    prompts = "".join(f"    p{i}: [{', '.join(f'v{j}' for j in range(10))}]\n" for i in range(10))
    (tmp_path / "suite.yaml").write_text(
        "name: 矩阵\ncases:\n  - id: a\n    input: tianhe\n    task: all\nmatrix:\n  engines: [replay]\n"
        "  models: [m]\n  prompts:\n" + prompts, encoding="utf-8")
    code, out, err = run(capsys, "eval", str(tmp_path / "suite.yaml"))
    assert code == 2
    line = one_line(err)
    assert "suite.yaml" in line and "DRAFTER_MAX_VARIANTS" in line


def test_an_aes_encrypted_pdf_report_is_one_line_not_a_missing_library(tmp_path, capsys):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="mima2023", owner_password="owner", algorithm="AES-256")
    with open(tmp_path / "自评报告.pdf", "wb") as fh:
        writer.write(fh)
    code, out, err = run(capsys, "summarize", str(tmp_path / "自评报告.pdf"))
    assert code == 2
    line = one_line(err)
    assert "自评报告.pdf" in line and "加密" in line and "cryptography" not in line


# ---------------------------------------------------------------------------------------------- start-up


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["draft", "--help"]])
def test_a_bare_start_imports_neither_the_checker_nor_langchain(argv, tmp_path):
    code = ("import sys\nfrom drafter.cli import main\ntry:\n    main(%r)\nexcept SystemExit:\n    pass\n"
            "print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr)\n" % argv)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "DRAFTER_HOME": str(tmp_path), "HOME": str(tmp_path)})
    modules = set(proc.stderr.split("MODULES", 1)[1].split())
    for heavy in ("drafter.check", "drafter.numbers", "drafter.facts", "drafter.pipeline", "langchain_core",
                  "langchain_openai", "openai", "jieba", "docx", "pypdf", "tiktoken"):
        assert heavy not in modules, heavy


# ---------------------------------------------------------------------------------------------- forms (drafter import)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_a_form_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    from drafter.errors import InputError
    from drafter.forms.importer import read_form

    with pytest.raises(InputError) as e:
        read_form(_make(kind, tmp_path / "自评表.xlsx"))
    assert "自评表.xlsx" in str(e.value)


def test_a_form_zip_bomb_is_refused_by_its_declared_size(tmp_path, monkeypatch):
    from drafter.errors import InputError
    from drafter.forms.importer import read_form

    monkeypatch.setenv("DRAFTER_MAX_PART_MB", "1")
    (tmp_path / "表.docx").write_bytes(_docx_with_document_of(3 * 1024 * 1024))
    with pytest.raises(InputError) as e:
        read_form(tmp_path / "表.docx")
    assert "DRAFTER_MAX_PART_MB" in str(e.value) and "word/document.xml" in str(e.value)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_recording_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    from drafter.engines.replay import read_recording
    from drafter.errors import InputError

    with pytest.raises(InputError) as e:
        read_recording(_make(kind, tmp_path / ("a" * 64 + ".json")))
    assert "aaaa" in str(e.value)


def _workbook(tmp_path: Path, rows: list[list[object]], far_corner: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "自评表"
    for row in rows:
        wb.active.append(row)
    if far_corner:
        wb.active["XFD1048576"] = "备注"  # one cell at the sheet's last row and column
    path = tmp_path / "社区卫生服务中心自评表.xlsx"
    wb.save(path)
    return path


FORM_ROWS = [["部门整体支出绩效自评表"], ["部门名称", "某某社区卫生服务中心", "被评价年度", "2023年"],
             ["部门资金情况", "年初预算", 820.5, "调整预算", 860.0], ["", "实际支出", 812.37, "预算完成率", "94.46%"]]


def test_an_xlsx_form_cell_beyond_any_budget_is_one_line_naming_the_cell(tmp_path, capsys):
    rows = [list(r) for r in FORM_ROWS]
    rows[3][2] = 1e300  # 实际支出 typed with an exponent
    form = _workbook(tmp_path, rows)
    before = listing(tmp_path)
    code, out, err = run(capsys, "import", str(form))
    assert code == 2
    line = one_line(err)
    assert form.name in line and "自评表!C4" in line and "10¹⁵" in line
    assert listing(tmp_path) == before


def test_an_xlsx_form_with_a_cell_at_the_far_corner_is_refused_by_its_cell_count(tmp_path, capsys):
    form = _workbook(tmp_path, FORM_ROWS, far_corner=True)
    code, out, err = run(capsys, "import", str(form))
    assert code == 2
    line = one_line(err)
    assert form.name in line and "自评表" in line and "DRAFTER_MAX_FORM_CELLS" in line


@pytest.mark.parametrize("target", ["dangling", "folder"])
def test_import_out_on_a_symlink_is_refused_and_its_target_left_alone(tmp_path, capsys, target):
    form = _workbook(tmp_path, FORM_ROWS)
    elsewhere = tmp_path / "别的单位"
    if target == "folder":
        elsewhere.mkdir()
    out = tmp_path / "导入"
    out.symlink_to(elsewhere)
    code, _, err = run(capsys, "import", str(form), "--out", str(out))
    assert code == 2
    assert "符号链接" in one_line(err)
    assert out.is_symlink() and (not elsewhere.exists() or not any(elsewhere.iterdir()))


def test_import_force_replaces_a_symlinked_out_by_a_folder_never_writing_through_it(tmp_path, capsys):
    form = _workbook(tmp_path, FORM_ROWS)
    elsewhere = tmp_path / "别的单位"
    elsewhere.mkdir()
    out = tmp_path / "导入"
    out.symlink_to(elsewhere)
    code, _, err = run(capsys, "import", str(form), "--out", str(out), "--force")
    assert code == 0, err
    assert not out.is_symlink() and (out / "input.yaml").is_file()
    assert not any(elsewhere.iterdir())


def test_a_failed_import_leaves_no_half_written_folder(tmp_path, capsys, monkeypatch):
    """The folder appears whole or not at all: a write that fails half-way (disk full) removes what it began."""
    from drafter.forms import importer

    form = _workbook(tmp_path, FORM_ROWS)

    def full(self):  # noqa: ANN001, ANN202 — the log files cannot be written: ENOSPC
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer.ImportResult, "log_files", full)
    before = listing(tmp_path)
    code, _, err = run(capsys, "import", str(form), "--out", str(tmp_path / "导入"))
    assert code == 2
    assert "导入" in one_line(err)
    assert listing(tmp_path) == before
