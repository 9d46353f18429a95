"""A form and the year's work logs in one folder: staff hand drafter the 自评表 they hold plus their logs,
without running `drafter import` first and moving the logs into worklogs/ by hand."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.load import load_input
from drafter.testing.cli import run_drafter

FORMS = Path(__file__).parent / "forms"

LOG = """# 临江区第二实验小学 2023年工作记录

## 2023-04-18
完成东教学楼教室照明改造12间，更换护眼灯具288盏。

## 2023-09-01
秋季开学在校学生1912人，公用经费按生均标准拨付到校。
"""


def _school_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "公用经费自评"
    folder.mkdir()
    shutil.copy(FORMS / "school.xlsx", folder / "自评表.xlsx")
    (folder / "工作日志.md").write_text(LOG, encoding="utf-8")
    return folder


def test_a_folder_holding_one_form_and_loose_logs_is_read_as_that_form_with_those_logs(tmp_path):
    report = load_input(_school_folder(tmp_path), warn=lambda _: None)
    assert report.year == 2023 and report.budget.actual == Decimal("185.21")
    from_log = [log for log in report.logs if log.source.endswith("工作日志.md")]
    assert any("288盏" in log.text for log in from_log)
    assert {str(log.date) for log in from_log if log.date} >= {"2023-04-18", "2023-09-01"}


def test_a_form_file_reads_the_worklogs_folder_beside_it_as_an_input_yaml_does(tmp_path):
    folder = tmp_path / "学校"
    (folder / "worklogs").mkdir(parents=True)
    shutil.copy(FORMS / "school.xlsx", folder / "自评表.xlsx")
    (folder / "worklogs" / "2023.md").write_text(LOG, encoding="utf-8")
    report = load_input(folder / "自评表.xlsx", warn=lambda _: None)
    assert any("288盏" in log.text for log in report.logs)


def test_a_form_alone_still_loads_without_logs_of_its_own(tmp_path):
    shutil.copy(FORMS / "school.xlsx", tmp_path / "自评表.xlsx")
    report = load_input(tmp_path / "自评表.xlsx", warn=lambda _: None)
    assert not [log for log in report.logs if not log.source.startswith(str(Path(report.source_path).parent))]


def test_drafting_the_folder_checks_the_draft_against_the_logs_too(tmp_path):
    result = run_drafter("draft", str(_school_folder(tmp_path)), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "义务教育学校公用经费" in result.stdout and "全部可溯源" in result.stderr


def test_a_folder_with_two_forms_names_both_and_exits_2_writing_nothing(tmp_path):
    folder = _school_folder(tmp_path)
    shutil.copy(FORMS / "water.xlsx", folder / "水利自评表.xlsx")
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(folder), "--out", str(out), home=tmp_path)
    assert result.returncode == 2 and not out.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "自评表.xlsx" in lines[0] and "水利自评表.xlsx" in lines[0], result.stderr


def test_a_folder_with_neither_input_nor_form_says_so_in_one_line(tmp_path):
    (tmp_path / "工作日志.md").write_text(LOG, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_input(tmp_path)
    assert "input.yaml" in str(e.value) and "自评表" in str(e.value)


def test_a_folder_whose_only_form_cannot_be_opened_names_that_file_and_why(tmp_path):
    """A password on the form is what the user must hear about, not "no form in the folder"."""
    folder = tmp_path / "资料"
    folder.mkdir()
    shutil.copy(FORMS / "bad" / "password.docx", folder / "自评表.docx")
    (folder / "工作日志.md").write_text(LOG, encoding="utf-8")
    out = tmp_path / "草稿.md"
    result = run_drafter("draft", str(folder), "--out", str(out), home=tmp_path)
    assert result.returncode == 2 and not out.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "自评表.docx" in lines[0] and "设有打开密码" in lines[0], result.stderr
