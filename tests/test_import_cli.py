"""`drafter import`: bad inputs end with one line naming the file and the place, exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.testing.cli import run_drafter

FORMS = Path(__file__).parent / "forms"


@pytest.mark.parametrize("name, says", [
    ("not_a_form.xlsx", "未找到自评表：没有“项目名称 / 项目资金 / 绩效指标”或“部门名称 / 部门资金情况 / 主要任务”"),
    ("password.docx", "设有打开密码"),
    ("scanned.pdf", "没有文字层"),
    ("formula_without_cached_value.xlsx", "[Sheet1!G6]: 公式单元格没有保存计算结果"),
    ("two_forms.xlsx", "两张自评表"),
])
def test_a_bad_input_exits_2_with_one_line_naming_file_and_place_and_writes_nothing(name, says, tmp_path):
    out = tmp_path / "out"
    result = run_drafter("import", str(FORMS / "bad" / name), "--out", str(out), home=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and says in lines[0], result.stderr
    assert not out.exists()


def test_two_forms_side_by_side_name_both_places(tmp_path):
    result = run_drafter("import", str(FORMS / "bad" / "two_forms.xlsx"), home=tmp_path)
    assert "Sheet1!A3" in result.stderr and "Sheet1!L3" in result.stderr and "并排" in result.stderr


def test_import_writes_the_folder_and_an_existing_one_is_kept_without_force(tmp_path):
    out = tmp_path / "school"
    first = run_drafter("import", str(FORMS / "school.xlsx"), "--out", str(out), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert (out / "input.yaml").is_file() and any((out / "worklogs").iterdir())
    (out / "input.yaml").write_text("# 已手工修改\n", encoding="utf-8")
    again = run_drafter("import", str(FORMS / "school.xlsx"), "--out", str(out), home=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    assert (out / "input.yaml").read_text(encoding="utf-8") == "# 已手工修改\n"
    forced = run_drafter("import", str(FORMS / "school.xlsx"), "--out", str(out), "--force", home=tmp_path)
    assert forced.returncode == 0 and "项目名称" in (out / "input.yaml").read_text(encoding="utf-8")


def test_warnings_go_to_stderr_and_name_their_place(tmp_path):
    result = run_drafter("import", str(FORMS / "clinic.txt"), "--out", str(tmp_path / "c"), home=tmp_path)
    assert result.returncode == 0
    assert "[第6行第4项]" in result.stderr and "总计行与其中行不一致" in result.stderr
    assert "4 条提示" in result.stdout


def test_draft_on_a_form_prints_the_import_warnings_on_stderr(tmp_path):
    result = run_drafter("draft", str(FORMS / "clinic.txt"), "-s", "目标完成情况", home=tmp_path)
    assert result.returncode in (0, 1)
    assert "总计行与其中行不一致" in result.stderr and "目标完成情况" in result.stdout


def test_summarize_takes_a_form_sheet_directly(tmp_path):
    result = run_drafter("summarize", str(FORMS / "school.xlsx"), home=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert "185.21万元" in result.stdout


def test_a_narrative_report_with_an_embedded_table_is_no_form():
    from drafter.forms import is_form

    assert not is_form(FORMS / "employment-report.docx") and is_form(FORMS / "hospital.docx")
    assert not is_form(Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022" / "seed-ocr.txt")
